"""Content fields that carry a translation per language (lt default, en, nb)."""

from modeltranslation.translator import TranslationOptions, register

from tiltas.core.i18n import LANGUAGE_CODES

from .models import Chapter, Guide, GuideVersion, Measure, Section


class _Translated(TranslationOptions):
    fallback_languages = {"default": LANGUAGE_CODES}


@register(Guide)
class GuideTranslation(_Translated):
    fields = ("title", "summary")


@register(Chapter)
class ChapterTranslation(_Translated):
    fields = ("title",)


@register(Section)
class SectionTranslation(_Translated):
    fields = ("title", "body")


@register(GuideVersion)
class GuideVersionTranslation(_Translated):
    fields = ("change_log",)


@register(Measure)
class MeasureTranslation(_Translated):
    fields = ("title", "description", "evidence", "resources")
