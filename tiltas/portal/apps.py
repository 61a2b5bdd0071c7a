from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "tiltas.portal"
    label = "portal"
    verbose_name = _("Portal")

    def ready(self) -> None:
        from tiltas.core import personal_data
        from tiltas.core.access import MANAGERS
        from tiltas.core.navigation import MANAGE_SECTIONS, ManageSection

        from .models import NewsItem
        from .services import author_data_erase, author_data_export

        MANAGE_SECTIONS.append(
            ManageSection("portal:manage_index", _("Portal and news"), frozenset(MANAGERS))
        )
        personal_data.register(
            "portal",
            models=(NewsItem,),
            export=author_data_export,
            erase=author_data_erase,
        )
        from tiltas.core.public_cache import track_content_rows

        from .models import Page, ProjectText, Theme

        track_content_rows(ProjectText, Theme, Page, NewsItem)
