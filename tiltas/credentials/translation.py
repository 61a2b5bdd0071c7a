"""Content fields that carry a translation per language (lt default, en, nb)."""

from modeltranslation.translator import TranslationOptions, register

from tiltas.core.i18n import LANGUAGE_CODES

from .models import Signatory


@register(Signatory)
class SignatoryTranslation(TranslationOptions):
    fields = ("title",)
    fallback_languages = {"default": LANGUAGE_CODES}
