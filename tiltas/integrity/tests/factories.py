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
