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
