"""Content fields that carry a translation per language (lt is the default).

A trainer may write in any one language (a Norwegian trainer in Norwegian), so
a text missing in the reader's language falls back to Lithuanian, then English,
then Norwegian: it is never shown empty.
"""

from modeltranslation.translator import TranslationOptions, register

from tiltas.core.i18n import LANGUAGE_CODES

from .models import Lesson, Material, MaterialSet, Module, Option, Programme, Question, Quiz


class AnyLanguage(TranslationOptions):
    fallback_languages = {"default": LANGUAGE_CODES}


@register(Programme)
class ProgrammeTranslation(AnyLanguage):
    fields = ("title", "summary", "audience")


@register(Module)
class ModuleTranslation(AnyLanguage):
    fields = ("title", "summary")


@register(Lesson)
class LessonTranslation(AnyLanguage):
    fields = ("title", "body")


@register(Quiz)
class QuizTranslation(AnyLanguage):
    fields = ("title",)


@register(Question)
class QuestionTranslation(AnyLanguage):
    fields = ("text", "feedback")


@register(Option)
class OptionTranslation(AnyLanguage):
    fields = ("text", "feedback")


@register(MaterialSet)
class MaterialSetTranslation(AnyLanguage):
    fields = ("title", "description")


@register(Material)
class MaterialTranslation(AnyLanguage):
    fields = ("title",)
