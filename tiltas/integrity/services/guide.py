"""Writing the guide: its chapters and sections, the consultation and its
answers, and publication as a numbered version. Every change is audited."""

from collections.abc import Callable, Mapping
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.i18n import LANGUAGE_CODES, translated_names
from tiltas.core.services import model_update

from ..models import Chapter, Comment, Guide, GuideState, GuideVersion, Section
from ..roles import is_editor, is_publisher
from .pdf import version_pdfs_schedule

CHAPTER_FIELDS = translated_names("title")
SECTION_FIELDS = translated_names("title", "body")
#: Who may move the guide from one state to another.
TRANSITIONS: dict[tuple[str, str], Callable[[User], bool]] = {
    (GuideState.DRAFT, GuideState.CONSULTATION): is_publisher,
    (GuideState.CONSULTATION, GuideState.DRAFT): is_editor,
    (GuideState.PUBLISHED, GuideState.CONSULTATION): is_publisher,
}


def guide_start() -> Guide:
    """The guide, created empty (a draft with the project's title) if it does not exist yet."""
    from ..content.guide_text import SUMMARY, TITLE
    from ..selectors import GUIDE_SLUG

    guide, _created = Guide.objects.get_or_create(
        slug=GUIDE_SLUG,
        defaults={
            **{f"title_{code}": text for code, text in TITLE.items()},
            **{f"summary_{code}": text for code, text in SUMMARY.items()},
        },
    )
    return guide


def _require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied


def _reopen(guide: Guide, actor: User) -> None:
    """An edit to a published guide starts the next draft."""
    if guide.state == GuideState.PUBLISHED:
        guide.state = GuideState.DRAFT
        guide.save(update_fields=["state", "updated_at"])
        audit_record(
            actor=actor, action="integrity.guide.draft", obj=guide, changed_fields=["state"]
        )


def _locked_guide(guide_id: int) -> Guide:
    return Guide.objects.select_for_update().get(pk=guide_id)


def _next_position(rows: Any) -> int:
    return (rows.aggregate(top=Max("position"))["top"] or 0) + 1


@transaction.atomic
def chapter_create(*, guide: Guide, actor: User, data: Mapping[str, Any]) -> Chapter:
    _require(is_editor(actor))
    locked = _locked_guide(guide.pk)
    chapter = Chapter(guide=locked, position=_next_position(locked.chapters))
    changed = model_update(chapter, fields=CHAPTER_FIELDS, data=data, strict=True)
    chapter.save()
    _reopen(locked, actor)
    audit_record(
        actor=actor, action="integrity.chapter.created", obj=chapter, changed_fields=changed
    )
    return chapter


@transaction.atomic
def chapter_update(*, chapter: Chapter, actor: User, data: Mapping[str, Any]) -> Chapter:
    _require(is_editor(actor))
    locked_guide = _locked_guide(chapter.guide_id)
    locked = Chapter.objects.select_for_update().get(pk=chapter.pk)
    changed = model_update(locked, fields=CHAPTER_FIELDS, data=data, strict=True)
    if changed:
        locked.save()
        _reopen(locked_guide, actor)
        audit_record(
            actor=actor, action="integrity.chapter.updated", obj=locked, changed_fields=changed
        )
    return locked


@transaction.atomic
def section_create(*, chapter: Chapter, actor: User, data: Mapping[str, Any]) -> Section:
    _require(is_editor(actor))
    guide = _locked_guide(chapter.guide_id)
    section = Section(chapter=chapter, position=_next_position(chapter.sections))
    changed = model_update(section, fields=SECTION_FIELDS, data=data, strict=True)
    section.save()
    _reopen(guide, actor)
    audit_record(
        actor=actor, action="integrity.section.created", obj=section, changed_fields=changed
    )
    return section


@transaction.atomic
def section_update(
    *, section: Section, actor: User, data: Mapping[str, Any], revision: int
) -> Section:
    """Save an editor's text, unless someone saved the section since they
    opened it (``revision``): then nothing is written and the form says so."""
    _require(is_editor(actor))
    guide = _locked_guide(section.chapter.guide_id)
    locked = Section.objects.select_for_update().get(pk=section.pk)
    if locked.revision != revision:
        raise ValidationError(
            _(
                "Someone else saved this section while you were editing it. Your text is "
                "still in the form: compare it with the current text below, then save again."
            ),
            code="stale",
        )
    changed = model_update(locked, fields=SECTION_FIELDS, data=data, strict=True)
    if changed:
        locked.revision += 1
        locked.save()
        _reopen(guide, actor)
        audit_record(
            actor=actor, action="integrity.section.updated", obj=locked, changed_fields=changed
        )
    return locked


@transaction.atomic
def guide_move(*, guide: Guide, actor: User, to: str) -> Guide:
    """Open the consultation, or take the guide back to a draft."""
    locked = _locked_guide(guide.pk)
    allowed = TRANSITIONS.get((locked.state, to))
    if allowed is None:
        raise ValidationError(_("The guide cannot move to that state now."), code="state")
    _require(allowed(actor))
    locked.state = to
    locked.save(update_fields=["state", "updated_at"])
    audit_record(actor=actor, action=f"integrity.guide.{to}", obj=locked, changed_fields=["state"])
    return locked


def guide_snapshot(guide: Guide) -> dict[str, list[dict[str, Any]]]:
    """The working text in every language, as a version keeps it."""
    chapters = list(guide.chapters.prefetch_related("sections"))
    return {
        code: [
            {
                "title": getattr(chapter, f"title_{code}") or "",
                "sections": [
                    {
                        "title": getattr(section, f"title_{code}") or "",
                        "body": getattr(section, f"body_{code}") or "",
                    }
                    for section in chapter.sections.all()
                ],
            }
            for chapter in chapters
        ]
        for code in LANGUAGE_CODES
    }


@transaction.atomic
def guide_publish(
    *, guide: Guide, actor: User | None, change_log: Mapping[str, str]
) -> GuideVersion:
    """Publish the working text as the next version, with what changed.
    ``actor`` None is the project's own content being loaded."""
    if actor is not None:
        _require(is_publisher(actor))
    locked = _locked_guide(guide.pk)
    if locked.state == GuideState.PUBLISHED:
        raise ValidationError(_("This text is already published."), code="state")
    if not (change_log.get("change_log_lt") or "").strip():
        raise ValidationError(
            {"change_log_lt": _("Say what changed in this version (in Lithuanian at least).")}
        )
    if not Section.objects.filter(chapter__guide=locked).exists():
        raise ValidationError(_("The guide has no sections to publish yet."), code="empty")
    number = (locked.versions.aggregate(top=Max("number"))["top"] or 0) + 1
    version = GuideVersion(
        guide=locked,
        number=number,
        content=guide_snapshot(locked),
        published_at=timezone.now(),
        published_by=actor,
    )
    model_update(version, fields=translated_names("change_log"), data=change_log)
    version.save()
    locked.state = GuideState.PUBLISHED
    locked.save(update_fields=["state", "updated_at"])
    audit_record(actor=actor, action="integrity.guide.published", obj=version)
    version_pdfs_schedule(version)
    return version


def consultation_round(guide: Guide) -> int:
    """The version a consultation's comments are about: the next one."""
    return (guide.versions.aggregate(top=Max("number"))["top"] or 0) + 1


@transaction.atomic
def comment_add(*, section: Section, author: User, body: str) -> Comment:
    guide = _locked_guide(section.chapter.guide_id)
    if guide.state != GuideState.CONSULTATION:
        raise ValidationError(_("The consultation is closed."), code="closed")
    text = (body or "").strip()
    if not text:
        raise ValidationError({"body": _("Write your comment first.")})
    comment = Comment.objects.create(
        section=section, author=author, body=text, round=consultation_round(guide)
    )
    audit_record(actor=author, action="integrity.comment.created", obj=comment)
    return comment


@transaction.atomic
def comment_answer(*, comment: Comment, actor: User, answer: str) -> Comment:
    _require(is_editor(actor))
    text = (answer or "").strip()
    if not text:
        raise ValidationError({"answer": _("Write the answer first.")})
    locked = Comment.objects.select_for_update().get(pk=comment.pk)
    locked.answer = text
    locked.answered_by = actor
    locked.answered_at = timezone.now()
    locked.save(update_fields=["answer", "answered_by", "answered_at"])
    audit_record(
        actor=actor, action="integrity.comment.answered", obj=locked, changed_fields=["answer"]
    )
    return locked


def comments_erase_person(user: User) -> None:
    """A person's comments go with them; answers to them stay unsigned."""
    Comment.objects.filter(author=user).delete()
    Comment.objects.filter(answered_by=user).update(answered_by=None)
