"""Content translation (django-modeltranslation): an organisation's description
is shown on the partners page in lt, en and nb; lt is the fallback."""

from modeltranslation.translator import TranslationOptions, register

from .models import Organisation


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("description",)
