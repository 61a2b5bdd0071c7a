"""The app's hooks into the rest of Tiltas: management section, personal data,
indicators and translation catalogues."""

from pathlib import Path

import pytest

from tiltas.competencies.models import Evidence, ProfileChoice, SelfAssessment, SelfAssessmentItem
from tiltas.core.navigation import manage_sections
from tiltas.core.personal_data import covered_models
from tiltas.core.roles import Role
from tiltas.core.tests.test_translations import parse_po
from tiltas.indicators.registry import get_counter

LOCALE = Path(__file__).resolve().parent.parent / "locale"


@pytest.mark.django_db
def test_the_management_section_is_listed_for_teaching_staff(make_user):
    for role, listed in (
        (Role.TRAINER, True),
        (Role.COORDINATOR, True),
        (Role.ADMINISTRATOR, True),
        (Role.INTEGRITY_OFFICER, False),
        (Role.MEMBER, False),
    ):
        urls = [section["url"] for section in manage_sections(make_user(role=role))]
        assert any("/manage/competencies/" in url for url in urls) is listed, role


def test_personal_data_models_are_registered():
    assert {SelfAssessment, SelfAssessmentItem, Evidence, ProfileChoice} <= covered_models()


def test_the_counter_is_registered():
    assert get_counter("competencies.framework_published") is not None


@pytest.mark.parametrize("language", ["lt", "nb"])
def test_the_catalogue_is_complete(language):
    path = LOCALE / language / "LC_MESSAGES" / "django.po"
    entries = [entry for entry in parse_po(path.read_text()) if entry.msgid]
    assert len(entries) > 100
    untranslated = [e.msgid for e in entries if not all(e.msgstr.values()) or not e.msgstr]
    fuzzy = [e.msgid for e in entries if "fuzzy" in e.flags]
    assert not untranslated, untranslated[:10]
    assert not fuzzy, fuzzy[:10]
    assert (LOCALE / language / "LC_MESSAGES" / "django.mo").exists()
