"""The guide's state machine and who may move it, the version check on
sections, publication as numbered versions, the consultation and its audit."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tiltas.core.models import AuditEntry
from tiltas.core.roles import Role
from tiltas.integrity.models import Comment, GuideState, GuideVersion
from tiltas.integrity.services import (
    chapter_create,
    comment_add,
    comment_answer,
    guide_move,
    guide_publish,
    section_update,
)

from .factories import CHANGE_LOG, first_section, the_guide

pytestmark = pytest.mark.django_db

EDITING_ROLES = [Role.COORDINATOR, Role.INTEGRITY_OFFICER, Role.ADMINISTRATOR]


def test_the_project_content_is_published_as_version_one():
    guide = the_guide()
    assert guide.state == GuideState.PUBLISHED
    version = GuideVersion.objects.get(guide=guide)
    assert version.number == 1
    for code in ("lt", "en", "nb"):
        chapters = version.content[code]
        assert len(chapters) >= 6
        assert all(c["title"] and c["sections"] for c in chapters)
        assert all(len(s["body"]) > 200 for c in chapters for s in c["sections"])
    assert version.content["nb"][1]["title"] == "Interessekonflikter"


@pytest.mark.parametrize(
    ("role", "may"),
    [
        (Role.MEMBER, False),
        (Role.TRAINER, False),
        (Role.INTEGRITY_OFFICER, False),
        (Role.COORDINATOR, True),
        (Role.ADMINISTRATOR, True),
    ],
)
def test_only_coordinators_open_the_consultation(make_user, role, may):
    guide = the_guide()
    person = make_user(role=role)
    if may:
        assert guide_move(guide=guide, actor=person, to=GuideState.CONSULTATION).state == (
            GuideState.CONSULTATION
        )
        assert AuditEntry.objects.filter(action="integrity.guide.consultation").exists()
    else:
        with pytest.raises(PermissionDenied):
            guide_move(guide=guide, actor=person, to=GuideState.CONSULTATION)
        guide.refresh_from_db()
        assert guide.state == GuideState.PUBLISHED


@pytest.mark.parametrize("role", EDITING_ROLES)
def test_editors_close_the_consultation(make_user, coordinator, role):
    guide = guide_move(guide=the_guide(), actor=coordinator, to=GuideState.CONSULTATION)
    guide = guide_move(guide=guide, actor=make_user(role=role), to=GuideState.DRAFT)
    assert guide.state == GuideState.DRAFT


def test_a_member_cannot_close_the_consultation(member, coordinator):
    guide = guide_move(guide=the_guide(), actor=coordinator, to=GuideState.CONSULTATION)
    with pytest.raises(PermissionDenied):
        guide_move(guide=guide, actor=member, to=GuideState.DRAFT)


def test_a_move_the_machine_does_not_know_is_refused(coordinator):
    guide = the_guide()
    with pytest.raises(ValidationError):
        guide_move(guide=guide, actor=coordinator, to=GuideState.PUBLISHED)
    with pytest.raises(ValidationError):
        guide_move(guide=guide, actor=coordinator, to="archived")


def test_editing_a_published_guide_starts_the_next_draft(integrity_officer):
    guide = the_guide()
    section = first_section(guide)
    section_update(
        section=section,
        actor=integrity_officer,
        data={"body_en": "New English text."},
        revision=section.revision,
    )
    guide.refresh_from_db()
    section.refresh_from_db()
    assert guide.state == GuideState.DRAFT
    assert section.revision == 2
    assert section.body_en == "New English text."
    # The published version keeps the old text.
    assert "New English text." not in str(guide.versions.get().content)
    assert AuditEntry.objects.filter(
        action="integrity.section.updated", object_id=str(section.pk)
    ).exists()


def test_a_second_editor_saving_an_older_revision_is_refused(coordinator, integrity_officer):
    section = first_section(the_guide())
    opened_at = section.revision
    section_update(section=section, actor=coordinator, data={"title_en": "A"}, revision=opened_at)
    with pytest.raises(ValidationError) as refused:
        section_update(
            section=section, actor=integrity_officer, data={"title_en": "B"}, revision=opened_at
        )
    assert refused.value.code == "stale"
    section.refresh_from_db()
    assert section.title_en == "A"


def test_members_and_trainers_do_not_edit(member, trainer):
    guide = the_guide()
    for person in (member, trainer):
        with pytest.raises(PermissionDenied):
            chapter_create(guide=guide, actor=person, data={"title_lt": "Naujas"})


def test_publishing_numbers_versions_and_keeps_the_text(coordinator):
    guide = the_guide()
    section = first_section(guide)
    section_update(
        section=section, actor=coordinator, data={"title_lt": "Nauja"}, revision=section.revision
    )
    version = guide_publish(guide=guide, actor=coordinator, change_log=CHANGE_LOG)
    assert version.number == 2
    assert version.content["lt"][0]["sections"][0]["title"] == "Nauja"
    assert guide.versions.get(number=1).content["lt"][0]["sections"][0]["title"] != "Nauja"
    guide.refresh_from_db()
    assert guide.state == GuideState.PUBLISHED
    assert AuditEntry.objects.filter(action="integrity.guide.published").count() == 2


def test_publishing_needs_a_change_log_and_a_new_text(coordinator, integrity_officer):
    guide = the_guide()
    with pytest.raises(ValidationError):  # already published: nothing new
        guide_publish(guide=guide, actor=coordinator, change_log=CHANGE_LOG)
    guide_move(guide=guide, actor=coordinator, to=GuideState.CONSULTATION)
    with pytest.raises(ValidationError) as refused:
        guide_publish(guide=guide, actor=coordinator, change_log={"change_log_lt": "  "})
    assert "change_log_lt" in refused.value.error_dict
    with pytest.raises(PermissionDenied):
        guide_publish(guide=guide, actor=integrity_officer, change_log=CHANGE_LOG)
    assert guide.versions.count() == 1


def test_comments_only_while_the_consultation_is_open(member, coordinator):
    guide = the_guide()
    section = first_section(guide)
    with pytest.raises(ValidationError):
        comment_add(section=section, author=member, body="Per anksti")
    guide_move(guide=guide, actor=coordinator, to=GuideState.CONSULTATION)
    comment = comment_add(section=section, author=member, body="Gerai parašyta")
    assert comment.round == 2  # about the next version
    answered = comment_answer(comment=comment, actor=coordinator, answer="Ačiū")
    assert answered.answer == "Ačiū" and answered.answered_by == coordinator
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"integrity.comment.created", "integrity.comment.answered"} <= actions


def test_members_do_not_answer(member, coordinator):
    guide = guide_move(guide=the_guide(), actor=coordinator, to=GuideState.CONSULTATION)
    comment = comment_add(section=first_section(guide), author=member, body="Klausimas")
    with pytest.raises(PermissionDenied):
        comment_answer(comment=comment, actor=member, answer="Pats sau")
    assert Comment.objects.get().answer == ""
