from django.utils.translation import gettext_lazy as _

from tiltas.core.platform import CacheScope, FooterLink, ManageSection, NavItem, PlatformApp
from tiltas.core.roles import MANAGERS


class PortalConfig(PlatformApp):
    name = "tiltas.portal"
    label = "portal"
    verbose_name = _("Portal")

    home_url_name = "portal:home"
    privacy_notice = FooterLink("portal:page", _("Privacy notice"), ("privacy",))
    navigation = (
        NavItem("portal:home", _("Home"), "", order=10),
        NavItem("portal:partners", _("Partners"), "partners", order=60),
        NavItem("portal:news_list", _("News"), "news", order=70),
    )
    footer_links = (
        FooterLink("portal:page", _("About"), ("about",), order=10),
        FooterLink("portal:page", _("Contact"), ("contact",), order=20),
        FooterLink("portal:page", _("Accessibility statement"), ("accessibility",), order=30),
        FooterLink("portal:page", _("Privacy notice"), ("privacy",), order=40),
        FooterLink("portal:news_feed", _("News feed (Atom)"), order=50),
    )
    manage_sections = (
        ManageSection("portal:manage_index", _("Portal and news"), MANAGERS, order=20),
    )
    personal_data = ("tiltas.portal.personal_data.AUTHORS",)
    sitemaps = {
        "portal": "tiltas.portal.sitemaps.PortalSitemap",
        "news": "tiltas.portal.sitemaps.NewsSitemap",
        "pages": "tiltas.portal.sitemaps.PageSitemap",
    }
    project_content = "tiltas.portal.content.load_project"
    demo_content = "tiltas.portal.demo.load_demo"
    extensions = {"portal.theme_titles": "tiltas.portal.selectors.theme_titles"}
    cache_scopes = (
        CacheScope("portal.ProjectText", "site"),
        CacheScope("portal.Theme", "site"),
        CacheScope("portal.Page"),
        CacheScope("portal.NewsItem"),
    )
