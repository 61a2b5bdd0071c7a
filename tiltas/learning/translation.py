"""Content fields that carry a translation per language (lt is the default)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Lesson, Material, MaterialSet, Module, Option, Programme, Question, Quiz


@register(Programme)
class ProgrammeTranslation(TranslationOptions):
    fields = ("title", "summary", "audience")


@register(Module)
class ModuleTranslation(TranslationOptions):
    fields = ("title", "summary")


@register(Lesson)
class LessonTranslation(TranslationOptions):
    fields = ("title", "body")


@register(Quiz)
class QuizTranslation(TranslationOptions):
    fields = ("title",)


@register(Question)
class QuestionTranslation(TranslationOptions):
    fields = ("text", "feedback")


@register(Option)
class OptionTranslation(TranslationOptions):
    fields = ("text", "feedback")


@register(MaterialSet)
class MaterialSetTranslation(TranslationOptions):
    fields = ("title", "description")


@register(Material)
class MaterialTranslation(TranslationOptions):
    fields = ("title",)
