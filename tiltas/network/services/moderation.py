"""Moderation: flags, the hiding and restoring of posts, and suspensions."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.notifications.services import notify

from ..models import Flag, NetworkSuspension, Post
from .search import person_index, post_index


def flag_create(*, post: Post, person: User, reason: str, note: str = "") -> Flag:
    try:
        with transaction.atomic():
            return Flag.objects.create(post=post, person=person, reason=reason, note=note.strip())
    except IntegrityError:
        raise ValidationError(
            _("You have already flagged this post; the moderators will look at it."),
            code="twice",
        ) from None


def _flags_resolve(post: Post) -> None:
    post.flags.filter(resolved_at__isnull=True).update(resolved_at=timezone.now())


def post_hide(*, post: Post, actor: User) -> None:
    """Hide a post from everyone but its author and the moderators; its flags
    are dealt with and its author is told."""
    with transaction.atomic():
        post.is_hidden = True
        post.save(update_fields=["is_hidden"])
        _flags_resolve(post)
        audit_record(actor=actor, action="network.post.hidden", obj=post)
        post_index(post)
    if post.author is not None:
        notify(
            recipients=[post.author],
            kind="network.post_hidden",
            actor=actor,
            url=reverse("network:post", args=[post.pk]),
            params={"cluster": post.thread.cluster_id, "thread": post.thread.title},
        )


def post_restore(*, post: Post, actor: User) -> None:
    with transaction.atomic():
        post.is_hidden = False
        post.save(update_fields=["is_hidden"])
        audit_record(actor=actor, action="network.post.restored", obj=post)
        post_index(post)


def flags_dismiss(*, post: Post, actor: User) -> None:
    """The post stays: its open flags are closed."""
    with transaction.atomic():
        _flags_resolve(post)
        audit_record(actor=actor, action="network.flags.dismissed", obj=post)


def member_suspend(*, person: User, reason: str, actor: User) -> NetworkSuspension:
    """A coordinator stops a person from posting and joining in the network."""
    with transaction.atomic():
        suspension, _created = NetworkSuspension.objects.update_or_create(
            person=person, defaults={"reason": reason.strip(), "suspended_by": actor}
        )
        audit_record(actor=actor, action="network.member.suspended", obj=person)
        person_index(person)
    return suspension


def member_unsuspend(*, person: User, actor: User) -> None:
    with transaction.atomic():
        NetworkSuspension.objects.filter(person=person).delete()
        audit_record(actor=actor, action="network.member.unsuspended", obj=person)
        person_index(person)
