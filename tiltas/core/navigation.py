"""The main navigation: apps add their entries here; entries whose URL does not
exist yet (an app not installed) are left out rather than linking nowhere."""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class NavItem:
    url_name: str
    label: str | Promise
    section: str  # the first path segment after the language prefix, for aria-current


MAIN_NAV = [
    NavItem("portal:home", _("Home"), ""),
    NavItem("indicators:activities", _("Activities"), "activities"),
    NavItem("competencies:framework", _("Competencies"), "competencies"),
    NavItem("learning:catalogue", _("Programmes"), "programmes"),
    NavItem("events:calendar", _("Events"), "events"),
    NavItem("portal:partners", _("Partners"), "partners"),
    NavItem("portal:news_list", _("News"), "news"),
    NavItem("indicators:dashboard", _("Results"), "results"),
]


def resolved_items(path: str) -> list[dict]:
    parts = path.strip("/").split("/")
    current = parts[1] if len(parts) > 1 else ""
    items = []
    for item in MAIN_NAV:
        try:
            url = reverse(item.url_name)
        except NoReverseMatch:
            continue
        items.append({"url": url, "label": item.label, "current": item.section == current})
    return items


@dataclass(frozen=True)
class ManageSection:
    url_name: str
    label: str | Promise
    roles: frozenset[str]


#: Management areas; each app appends its own in AppConfig.ready().
MANAGE_SECTIONS: list[ManageSection] = []


def manage_sections(user) -> list[dict]:
    items = []
    for section in MANAGE_SECTIONS:
        if user.role not in section.roles:
            continue
        try:
            items.append({"url": reverse(section.url_name), "label": section.label})
        except NoReverseMatch:
            continue
    return items
