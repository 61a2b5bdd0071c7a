"""The guide as the project loads it, and helpers the integrity tests share."""

from tiltas.integrity.content import load_project
from tiltas.integrity.models import Guide, Section
from tiltas.integrity.selectors import guide_current


def the_guide() -> Guide:
    """The real first version of the guide (project content), published."""
    load_project()
    guide = guide_current()
    assert guide is not None
    return guide


def first_section(guide: Guide) -> Section:
    return Section.objects.filter(chapter__guide=guide).order_by("chapter__position", "position")[0]


CHANGE_LOG = {"change_log_lt": "Pakeista", "change_log_en": "Changed", "change_log_nb": "Endret"}


PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def adopted_with_evidence():
    """A demo-like organisation's adoption of a catalogue measure, with a step and its evidence."""
    from datetime import date

    from django.core.files.uploadedfile import SimpleUploadedFile

    from tiltas.accounts.tests.factories import OrganisationFactory, UserFactory
    from tiltas.core.roles import Role
    from tiltas.integrity.models import Measure
    from tiltas.integrity.services import adoption_create, adoption_update

    load_project()
    coordinator = UserFactory(role=Role.COORDINATOR)
    adoption = adoption_create(
        actor=coordinator,
        organisation=OrganisationFactory(),
        measure=Measure.objects.get(slug="four-eyes-procurement"),
        data={"adopted_on": date(2026, 1, 10), "status": "planned", "progress": 0},
    )
    adoption_update(
        actor=coordinator,
        adoption=adoption,
        data={"on": date(2026, 3, 1), "status": "in_progress", "progress": 40, "note": "Tvarka"},
        evidence=SimpleUploadedFile("tvarka.pdf", PDF_BYTES, content_type="application/pdf"),
    )
    return adoption
