"""The main navigation and the "Manage" page, from the apps' declarations
(:mod:`tiltas.core.platform`)."""

from django.urls import reverse

from . import contributions
from .roles import Someone, has_role


def resolved_items(path: str) -> list[dict]:
    parts = path.strip("/").split("/")
    current = parts[1] if len(parts) > 1 else ""
    return [
        {"url": reverse(item.url_name), "label": item.label, "current": item.section == current}
        for item in contributions.navigation()
    ]


def manage_sections(user: Someone) -> list[dict]:
    return [
        {"url": reverse(section.url_name), "label": section.label}
        for section in contributions.manage_sections()
        if has_role(user, section.roles)
    ]


def home_cards() -> list[dict]:
    return [
        {"url": reverse(card.url_name), "title": card.title, "text": card.text}
        for card in contributions.home_cards()
    ]


def ways_in() -> list[dict]:
    return [
        {"url": reverse(way.url_name), "title": way.title, "text": way.text}
        for way in contributions.home_ways_in()
    ]


def footer_links() -> list[dict]:
    return [
        {"url": reverse(link.url_name, args=link.args), "label": link.label}
        for link in contributions.footer_links()
    ]
