"""Writes of the good-practice library: entries, comments and "we use this too"."""

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.services import model_update
from tiltas.notifications.services import notify

from ..models import Practice, PracticeComment, PracticeStatus, PracticeTag, PracticeUse
from ..permissions.practices import may_edit, may_read
from .activity import (
    activity_practice_published,
    activity_practice_unused,
    activity_practice_used,
)
from .search import practice_index

PRACTICE_FIELDS = [
    "title",
    "problem",
    "solution",
    "results",
    "resources",
    "contact_organisation",
    "theme",
    "country",
    "audience",
    "status",
]
MAX_TAGS = 8
TAG_MAX_LENGTH = 40
COMMENTED = "network.practice_commented"


def tags_parse(text: str) -> list[str]:
    """Comma-separated tags, each kept once; too many or too long ones refused."""
    names: dict[str, str] = {}
    for part in text.split(","):
        name = " ".join(part.split())
        if name:
            names.setdefault(slugify(name, allow_unicode=True) or name.casefold(), name)
    if len(names) > MAX_TAGS:
        raise ValidationError({"tags": _("At most %(count)d tags.") % {"count": MAX_TAGS}})
    if any(len(name) > TAG_MAX_LENGTH for name in names.values()):
        raise ValidationError(
            {"tags": _("A tag is at most %(count)d characters.") % {"count": TAG_MAX_LENGTH}}
        )
    return list(names.values())


def _set_tags(practice: Practice, names: list[str]) -> bool:
    tags = []
    for name in names:
        slug = slugify(name, allow_unicode=True) or name.casefold()
        tag, _created = PracticeTag.objects.get_or_create(slug=slug, defaults={"name": name})
        tags.append(tag)
    if {tag.pk for tag in tags} == set(practice.tags.values_list("pk", flat=True)):
        return False
    practice.tags.set(tags)
    return True


@transaction.atomic
def practice_save(
    *,
    actor: User,
    data: Mapping[str, Any],
    tags: str | None = None,
    practice: Practice | None = None,
    now: datetime | None = None,
) -> Practice:
    """Write a practice (a new one is the actor's); its author and coordinators
    may change it. Publishing it the first time dates it."""
    now = now or timezone.now()
    if practice is None:
        target = Practice(author=actor, created_at=now)
    else:
        if not may_edit(actor, practice):
            raise PermissionDenied
        target = Practice.objects.select_for_update().get(pk=practice.pk)
    names = tags_parse(tags) if tags is not None else None
    changed = model_update(target, fields=PRACTICE_FIELDS, data=data)
    first_published = target.status == PracticeStatus.PUBLISHED and target.published_at is None
    if first_published:
        target.published_at = now
    target.updated_at = now
    target.full_clean(exclude=["author", "contact_organisation", "tags"])
    target.save()
    if names is not None and _set_tags(target, names):
        changed.append("tags")
    if first_published:
        activity_practice_published(practice=target, actor=actor, at=now)
    action = "network.practice.created" if practice is None else "network.practice.updated"
    audit_record(actor=actor, action=action, obj=target, changed_fields=changed)
    practice_index(target)
    return target


def _practice_url(practice: Practice, language: str) -> str:
    with translation.override(language):
        return reverse("network:practice", kwargs={"pk": practice.pk})


@transaction.atomic
def comment_add(*, actor: User, practice: Practice, body: str) -> PracticeComment:
    """A member comments on a practice they may read; its author is told."""
    if not may_read(actor, practice) or not actor.is_authenticated:
        raise PermissionDenied
    comment = PracticeComment(practice=practice, author=actor, body=body.strip())
    comment.full_clean()
    comment.save()
    audit_record(actor=actor, action="network.practice.commented", obj=comment)
    author = practice.author
    if author is not None and author.pk != actor.pk:
        notify(
            recipients=[author],
            kind=COMMENTED,
            actor=actor,
            url=_practice_url(practice, author.preferred_language) + f"#comment-{comment.pk}",
            params={"name": actor.full_name, "title": practice.title, "practice": practice.pk},
        )
    return comment


@transaction.atomic
def practice_use_mark(*, actor: User, practice: Practice) -> PracticeUse:
    """The actor says their organisation uses this practice too (once; a second
    mark changes nothing)."""
    if actor.organisation_id is None:
        raise ValidationError(_("Only people who belong to an organisation can say so."))
    if practice.status != PracticeStatus.PUBLISHED or not may_read(actor, practice):
        raise PermissionDenied
    try:
        with transaction.atomic():
            use = PracticeUse.objects.create(
                practice=practice, organisation_id=actor.organisation_id, marked_by=actor
            )
    except IntegrityError:
        return PracticeUse.objects.get(practice=practice, organisation_id=actor.organisation_id)
    activity_practice_used(use=use, actor=actor)
    audit_record(actor=actor, action="network.practice.used", obj=use)
    return use


@transaction.atomic
def practice_use_unmark(*, actor: User, practice: Practice) -> None:
    """Someone from the organisation takes its mark back."""
    if actor.organisation_id is None:
        return
    uses = PracticeUse.objects.filter(practice=practice, organisation_id=actor.organisation_id)
    if uses.delete()[0]:
        activity_practice_unused(practice=practice, organisation_id=actor.organisation_id)
        audit_record(actor=actor, action="network.practice.use_withdrawn", obj=practice)


def practices_erase_person(person: User) -> None:
    """The person's comments go; the practices they wrote and the organisations'
    marks stay, no longer linked to them."""
    PracticeComment.objects.filter(author=person).delete()
    Practice.objects.filter(author=person).update(author=None)
    PracticeUse.objects.filter(marked_by=person).update(marked_by=None)
