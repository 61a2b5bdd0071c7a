"""What the apps contribute to the platform, gathered from their
:class:`~tiltas.core.platform.PlatformApp` declarations.

Everything here reads the declarations; nothing is registered by import side
effects. Lists come in INSTALLED_APPS order, then by each item's ``order``.
"""

from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from django.apps import apps
from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from django.utils.module_loading import import_string

from .platform import (
    FooterLink,
    HomeCard,
    Job,
    ManageSection,
    NavItem,
    NextStep,
    PlatformApp,
    WayIn,
)


def platform_apps() -> Iterator[PlatformApp]:
    for config in apps.get_app_configs():
        if isinstance(config, PlatformApp):
            yield config


def navigation() -> list[NavItem]:
    items = [item for config in platform_apps() for item in config.navigation]
    return sorted(items, key=lambda item: item.order)


def manage_sections() -> list[ManageSection]:
    items = [item for config in platform_apps() for item in config.manage_sections]
    return sorted(items, key=lambda item: item.order)


def home_cards() -> list[HomeCard]:
    items = [item for config in platform_apps() for item in config.home_cards]
    return sorted(items, key=lambda item: item.order)


def home_ways_in() -> list[WayIn]:
    items = [item for config in platform_apps() for item in config.home_ways_in]
    return sorted(items, key=lambda item: item.order)


@cache
def _next_step_finders() -> list[Callable[[Any], list[NextStep]]]:
    return [import_string(config.next_steps) for config in platform_apps() if config.next_steps]


def next_steps(user: Any) -> list[NextStep]:
    """What ``user`` could do next, from every app that answers, in ``order``."""
    steps = [step for finder in _next_step_finders() for step in finder(user)]
    return sorted(steps, key=lambda step: step.order)


def footer_links() -> list[FooterLink]:
    items = [item for config in platform_apps() for item in config.footer_links]
    return sorted(items, key=lambda item: item.order)


def _declared_once(declaration: str) -> Any:
    values = [getattr(config, declaration) for config in platform_apps()]
    values = [value for value in values if value]
    if len(values) != 1:
        raise LookupError(f"exactly one app must declare {declaration}, found {values}")
    return values[0]


@cache
def home_url_name() -> str:
    return str(_declared_once("home_url_name"))


@cache
def privacy_notice() -> FooterLink:
    notice: FooterLink = _declared_once("privacy_notice")
    return notice


def privacy_notice_url() -> str:
    notice = privacy_notice()
    return reverse(notice.url_name, args=notice.args)


def jobs() -> dict[str, Job]:
    return {job.name: job for config in platform_apps() for job in config.jobs}


@cache
def counters() -> dict[str, Callable[..., Any]]:
    return {
        source: import_string(path)
        for config in platform_apps()
        for source, path in config.counters.items()
    }


@cache
def personal_data_sources() -> list[Any]:
    """Every app's personal-data sources, erasers in ascending ``order``."""
    found = [import_string(path) for config in platform_apps() for path in config.personal_data]
    return sorted(found, key=lambda source: (source.order, source.name))


@cache
def sitemaps() -> dict[str, type[Sitemap]]:
    return {
        name: import_string(path)
        for config in platform_apps()
        for name, path in config.sitemaps.items()
    }


def content_loaders(kind: str) -> list[tuple[str, Callable[[], Any]]]:
    """``kind`` is "project" or "demo": (app label, loader) in INSTALLED_APPS order."""
    attribute = {"project": "project_content", "demo": "demo_content"}[kind]
    return [
        (config.label, import_string(getattr(config, attribute)))
        for config in platform_apps()
        if getattr(config, attribute)
    ]


def extension(slot: str) -> Callable[..., Any] | None:
    """The function a higher app offers for ``slot`` (a read a lower app's page
    shows, such as a programme's coming events), or None when none does."""
    for config in platform_apps():
        if slot in config.extensions:
            return import_string(config.extensions[slot])
    return None
