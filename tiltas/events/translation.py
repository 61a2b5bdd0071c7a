"""Content fields that carry a translation per language (lt default, en, nb)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Event, EventQuestion, StudyVisit, SurveyQuestion


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "description", "report")


@register(EventQuestion)
class EventQuestionTranslation(TranslationOptions):
    fields = ("text", "options")


@register(SurveyQuestion)
class SurveyQuestionTranslation(TranslationOptions):
    fields = ("text",)


@register(StudyVisit)
class StudyVisitTranslation(TranslationOptions):
    fields = ("title", "purpose", "agenda", "report")
