from modeltranslation.translator import TranslationOptions, register

from .models import Area, Competency, Framework, LevelDescriptor, ProficiencyLevel, TargetProfile


@register(Framework)
class FrameworkTranslation(TranslationOptions):
    fields = ("title", "description")


@register(ProficiencyLevel)
class ProficiencyLevelTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Area)
class AreaTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Competency)
class CompetencyTranslation(TranslationOptions):
    fields = ("name", "description")


@register(LevelDescriptor)
class LevelDescriptorTranslation(TranslationOptions):
    fields = ("text",)


@register(TargetProfile)
class TargetProfileTranslation(TranslationOptions):
    fields = ("name", "description")
