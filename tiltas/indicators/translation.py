from modeltranslation.translator import TranslationOptions, register

from .models import Activity, Goal, Indicator, Objective


@register(Goal)
class GoalTranslation(TranslationOptions):
    fields = ("title", "text")


@register(Objective)
class ObjectiveTranslation(TranslationOptions):
    fields = ("title", "description")


@register(Activity)
class ActivityTranslation(TranslationOptions):
    fields = ("title", "description")


@register(Indicator)
class IndicatorTranslation(TranslationOptions):
    fields = ("name", "counting_rule")
