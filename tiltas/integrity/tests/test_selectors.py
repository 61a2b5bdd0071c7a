"""The difference between two versions, per language."""

import pytest

from tiltas.integrity.selectors import version_diff
from tiltas.integrity.services import guide_publish, section_update

from .factories import CHANGE_LOG, first_section, the_guide

pytestmark = pytest.mark.django_db


def test_the_diff_shows_the_removed_and_added_lines_with_context(coordinator):
    guide = the_guide()
    section = first_section(guide)
    old_first_line = section.body_en.splitlines()[0]
    section_update(
        section=section,
        actor=coordinator,
        data={
            "body_en": "A brand new first paragraph.\n\n"
            + "\n".join(section.body_en.splitlines()[1:])
        },
        revision=section.revision,
    )
    new = guide_publish(guide=guide, actor=coordinator, change_log=CHANGE_LOG)
    old = guide.versions.get(number=1)
    hunks = version_diff(old, new, "en")
    lines = [(line.kind, line.text) for hunk in hunks for line in hunk]
    assert ("removed", old_first_line) in lines
    assert ("added", "A brand new first paragraph.") in lines
    assert any(kind == "same" for kind, _text in lines)  # context around the change
    assert len(hunks) == 1
    # Lithuanian did not change.
    assert version_diff(old, new, "lt") == []
