from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CompetenciesConfig(AppConfig):
    name = "tiltas.competencies"
    label = "competencies"
    verbose_name = _("Competencies")

    def ready(self) -> None:
        from tiltas.core import personal_data
        from tiltas.core.access import TEACHERS
        from tiltas.core.navigation import MANAGE_SECTIONS, ManageSection

        from . import counting, models, services

        del counting  # imported for its @counter registrations

        MANAGE_SECTIONS.append(
            ManageSection("competencies:manage_index", _("Competencies"), frozenset(TEACHERS))
        )
        personal_data.register(
            "competencies",
            models=(
                models.SelfAssessment,
                models.SelfAssessmentItem,
                models.Evidence,
                models.ProfileChoice,
            ),
            export=services.person_data_export,
            erase=services.person_data_erase,
        )
        _track_cached_pages(models)


def _track_cached_pages(models) -> None:
    from tiltas.core.person_cache import track_person_rows
    from tiltas.core.public_cache import track_content_rows

    track_content_rows(
        models.Framework,
        models.ProficiencyLevel,
        models.Area,
        models.Competency,
        models.LevelDescriptor,
        models.TargetProfile,
        models.TargetLevel,
    )
    for model in (models.ProfileChoice, models.SelfAssessment, models.Evidence):
        track_person_rows(model)
