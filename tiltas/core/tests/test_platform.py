"""The app protocol: every app declares its contributions in its PlatformApp,
the core knows every declaration, and each one points at something real."""

from pathlib import Path

import pytest
from django.apps import apps
from django.db.models import Model
from django.urls import reverse
from django.utils import translation
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from tiltas.core import contributions
from tiltas.core.personal_data import PersonalDataSource
from tiltas.core.platform import NavItem, PlatformApp, unknown_declarations
from tiltas.notifications.kinds import NotificationKind

TILTAS_APPS = [config for config in apps.get_app_configs() if config.name.startswith("tiltas.")]


@pytest.mark.parametrize("config", TILTAS_APPS, ids=lambda config: config.label)
def test_every_tiltas_app_is_a_platform_app_and_declares_only_what_core_knows(config):
    assert isinstance(config, PlatformApp)
    assert unknown_declarations(type(config)) == set()


def test_a_declaration_the_core_does_not_know_is_caught():
    class TypoConfig(PlatformApp):
        name = "tiltas.typo"
        navigaton = (NavItem("portal:home", _("Home"), ""),)  # sic
        ready_hook = "tiltas.typo.start"

    assert unknown_declarations(TypoConfig) == {"navigaton", "ready_hook"}
    assert TypoConfig.default is True  # Django picks it over the imported base
    assert PlatformApp.default is False


def test_every_dotted_path_resolves_to_what_its_declaration_needs():
    for config in contributions.platform_apps():
        for path in config.personal_data:
            assert isinstance(import_string(path), PersonalDataSource), path
        for path in [*config.counters.values(), *config.extensions.values()]:
            assert callable(import_string(path)), path
        for path in (
            config.project_content,
            config.demo_content,
            config.receivers,
            config.next_steps,
        ):
            assert not path or callable(import_string(path)), path
        for path in config.notification_kinds:
            assert isinstance(import_string(path), NotificationKind), path
        for scope in config.cache_scopes:
            row = apps.get_model(scope.model)
            assert issubclass(row, Model), scope.model
            if "." in scope.owner:  # a model; else the name of a scope
                assert apps.get_model(scope.owner)
                assert scope.via.split(".")[0] in {"pk"} | {f.attname for f in row._meta.fields} | {
                    f.name for f in row._meta.fields
                }, (scope.model, scope.via)


def test_every_url_the_apps_declare_reverses():
    for item in [
        *contributions.navigation(),
        *contributions.manage_sections(),
        *contributions.home_cards(),
        *contributions.home_ways_in(),
    ]:
        assert reverse(item.url_name)
    for link in contributions.footer_links():
        assert reverse(link.url_name, args=link.args)
    assert reverse(contributions.home_url_name()) == "/lt/"
    assert contributions.privacy_notice_url() == "/lt/pages/privacy/"


def test_navigation_follows_the_declared_order():
    with translation.override("en"):
        labels = [str(item.label) for item in contributions.navigation()]
    assert labels == [
        "Home",
        "Activities",
        "Competencies",
        "Programmes",
        "Events",
        "Partners",
        "Network",
        "News",
        "Integrity",
        "Results",
    ]


def test_core_templates_name_no_feature_url():
    core = Path(apps.get_app_config("core").path) / "templates"
    features = [c.label for c in TILTAS_APPS if c.label != "core"]
    for template in core.rglob("*.html"):
        text = template.read_text()
        for label in features:
            assert f"'{label}:" not in text and f'"{label}:' not in text, (template, label)


def test_each_slot_is_filled_by_one_app_at_most():
    seen: dict[str, str] = {}
    for config in contributions.platform_apps():
        for slot in config.extensions:
            assert slot not in seen, (slot, seen.get(slot), config.label)
            seen[slot] = config.label
    assert contributions.extension("no.such.slot") is None
