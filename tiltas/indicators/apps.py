from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "tiltas.indicators"
    label = "indicators"
    verbose_name = _("Indicators")

    def ready(self) -> None:
        from tiltas.core import personal_data
        from tiltas.core.access import MANAGERS
        from tiltas.core.navigation import MANAGE_SECTIONS, ManageSection

        from .models import ManualValue
        from .personal_data import erase_person, export_person

        MANAGE_SECTIONS.append(
            ManageSection("indicators:manage_list", _("Indicators"), frozenset(MANAGERS))
        )
        personal_data.register(
            "indicators.manual_values",
            models=(ManualValue,),
            export=export_person,
            erase=erase_person,
        )
        from tiltas.core.public_cache import track_content_rows

        from . import models

        track_content_rows(
            models.Goal, models.Objective, models.Activity, models.Indicator, ManualValue
        )
