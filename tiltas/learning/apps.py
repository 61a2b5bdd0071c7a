from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    name = "tiltas.learning"
    label = "learning"
    verbose_name = _("Learning")

    def ready(self) -> None:
        from tiltas.core.access import TEACHERS
        from tiltas.core.navigation import MANAGE_SECTIONS, ManageSection

        from . import counting, personal_data  # noqa: F401 - registers counters and data

        MANAGE_SECTIONS.append(
            ManageSection("learning:manage_list", _("Programmes"), frozenset(TEACHERS))
        )
        personal_data.register_sources()
        _track_cached_pages()


def _track_cached_pages() -> None:
    from tiltas.core.person_cache import track_person_rows
    from tiltas.core.public_cache import track_content_rows

    from . import models

    track_content_rows(
        models.Programme,
        models.Module,
        models.Lesson,
        models.LessonAttachment,
        models.Quiz,
        models.ProgrammeCompetency,
        models.MaterialSet,
        models.Material,
    )
    for model in (models.Enrolment, models.Attempt, models.Completion, models.ExternalLearning):
        track_person_rows(model)
    # Opening a lesson records it, but no page shows that: only completing does.
    track_person_rows(models.LessonProgress, shown=lambda row: row.completed_at is not None)
