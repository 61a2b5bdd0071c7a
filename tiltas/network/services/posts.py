"""Threads and posts: writing, editing (history kept), reactions, subscriptions
and the notifications they cause (replies to watchers, @mentions)."""

import re
from collections.abc import Collection, Sequence
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.files import files_kept_on_success
from tiltas.notifications.services import notify

from ..mentions import handle_of, handles_in
from ..models import (
    POST_MAX_LENGTH,
    Cluster,
    Message,
    Post,
    PostRevision,
    Reaction,
    Subscription,
    SubscriptionLevel,
    Thread,
)
from .activity import activity_post
from .attachments import (
    attachments_check,
    attachments_count_check,
    attachments_remove,
    attachments_store,
)
from .blocks import who_blocked
from .clusters import suspension_check
from .search import post_index, thread_index

Uploads = Sequence[UploadedFile[bytes]]

#: New members (accounts younger than this) write under first-day limits.
NEW_MEMBER_AGE = timedelta(hours=24)
NEW_MEMBER_POSTS_PER_HOUR = 3
LINK = re.compile(r"https?://|www\.|\]\(", re.IGNORECASE)


def first_day_limits_check(*, person: User, body: str, now: datetime | None = None) -> None:
    """Like Discourse's trust level 0: in their first day, members post a few
    times an hour and without links."""
    now = now or timezone.now()
    if person.date_joined <= now - NEW_MEMBER_AGE:
        return
    if LINK.search(body):
        raise ValidationError(
            _("New members can add links after their first day. Please write the address out."),
            code="links",
        )
    hour_ago = now - timedelta(hours=1)
    # Posts and private messages count together: a newcomer cannot flood either.
    recent = (
        Post.objects.filter(author=person, created_at__gt=hour_ago).count()
        + Message.objects.filter(author=person, created_at__gt=hour_ago).count()
    )
    if recent >= NEW_MEMBER_POSTS_PER_HOUR:
        raise ValidationError(
            ngettext(
                "In their first day new members can post %(count)d time an hour. "
                "Please try again later.",
                "In their first day new members can post %(count)d times an hour. "
                "Please try again later.",
                NEW_MEMBER_POSTS_PER_HOUR,
            )
            % {"count": NEW_MEMBER_POSTS_PER_HOUR},
            code="first_day",
        )


def _body_check(body: str) -> str:
    body = body.strip()
    if not body:
        raise ValidationError({"body": _("Write a message.")})
    if len(body) > POST_MAX_LENGTH:
        raise ValidationError(
            {
                "body": _("A post can be at most %(limit)d characters long; this one has %(n)d.")
                % {"limit": POST_MAX_LENGTH, "n": len(body)}
            }
        )
    return body


def _mentioned(cluster: Cluster, body: str) -> list[User]:
    """Members of the cluster whose handle the text mentions (others: plain text)."""
    handles = handles_in(body)
    if not handles:
        return []
    members = User.objects.filter(cluster_memberships__cluster=cluster, is_active=True)
    return [person for person in members if handle_of(person.full_name) in handles]


def _muted(thread: Thread) -> set[int]:
    return set(
        thread.subscriptions.filter(level=SubscriptionLevel.MUTED).values_list(
            "person_id", flat=True
        )
    )


def _tell(post: Post, author: User) -> None:
    thread = post.thread
    url = reverse("network:post", args=[post.pk])
    params = {
        "cluster": thread.cluster_id,
        "thread": thread.title,
        "person": author.full_name,
    }
    # Those who muted the thread or blocked the author hear nothing of the post.
    muted = _muted(thread) | who_blocked(author)
    mentioned = [p for p in _mentioned(thread.cluster, post.body) if p.pk not in muted]
    if mentioned:
        notify(recipients=mentioned, kind="network.mention", actor=author, url=url, params=params)
    told = {p.pk for p in mentioned}
    watchers = User.objects.filter(
        network_subscriptions__thread=thread,
        network_subscriptions__level=SubscriptionLevel.WATCHING,
        cluster_memberships__cluster=thread.cluster_id,
    ).exclude(pk__in=told | muted)
    notify(recipients=watchers, kind="network.reply", actor=author, url=url, params=params)


def _post_add(
    *, thread: Thread, person: User, body: str, now: datetime, first: bool = False
) -> Post:
    post = Post.objects.create(thread=thread, author=person, body=body, created_at=now)
    activity_post(post=post, thread=thread, person=person, first=first)
    Thread.objects.filter(pk=thread.pk).update(last_posted_at=now, post_count=F("post_count") + 1)
    Subscription.objects.get_or_create(
        thread=thread, person=person, defaults={"level": SubscriptionLevel.WATCHING}
    )
    return post


def thread_create(
    *,
    cluster: Cluster,
    person: User,
    title: str,
    body: str,
    uploads: Uploads = (),
    now: datetime | None = None,
) -> Thread:
    """A member opens a thread with its first post (and its files)."""
    now = now or timezone.now()
    suspension_check(person)
    body = _body_check(body)
    first_day_limits_check(person=person, body=body, now=now)
    files = attachments_check(uploads)
    with files_kept_on_success() as keep, transaction.atomic():
        thread = Thread.objects.create(
            cluster=cluster, title=title.strip(), author=person, created_at=now, last_posted_at=now
        )
        post = _post_add(thread=thread, person=person, body=body, now=now, first=True)
        attachments_store(post=post, files=files, keep=keep)
        audit_record(actor=person, action="network.thread.created", obj=thread)
        thread_index(thread)
        post_index(post)
    thread.refresh_from_db()
    _tell(post, person)
    return thread


def post_create(
    *, thread: Thread, person: User, body: str, uploads: Uploads = (), now: datetime | None = None
) -> Post:
    """A member replies in a thread of their cluster (with files, if any)."""
    now = now or timezone.now()
    suspension_check(person)
    body = _body_check(body)
    first_day_limits_check(person=person, body=body, now=now)
    files = attachments_check(uploads)
    with files_kept_on_success() as keep, transaction.atomic():
        post = _post_add(thread=thread, person=person, body=body, now=now)
        attachments_store(post=post, files=files, keep=keep)
        post_index(post)
    _tell(post, person)
    return post


def post_edit(
    *,
    post: Post,
    body: str,
    actor: User,
    uploads: Uploads = (),
    remove: Collection[int] = (),
) -> Post:
    """Change a post, add files to it or remove some; what it said before is
    kept for the moderators."""
    body = _body_check(body)
    if body == post.body and not uploads and not remove:
        return post
    kept = post.attachments.exclude(pk__in=remove).count()
    files = attachments_check(uploads, kept=kept)
    with files_kept_on_success() as keep, transaction.atomic():
        # Two edits at once must not carry the post past its limit of files.
        Post.objects.select_for_update().filter(pk=post.pk).first()
        removed = attachments_remove(post=post, ids=remove)
        attachments_count_check(post.attachments.count() + len(files))
        attachments_store(post=post, files=files, keep=keep)
        changed = ["attachments"] if removed or files else []
        if body != post.body:
            PostRevision.objects.create(post=post, body=post.body, edited_by=actor)
            post.body = body
            changed.insert(0, "body")
        post.edited_at = timezone.now()
        post.save(update_fields=["body", "edited_at"])
        audit_record(actor=actor, action="network.post.edited", obj=post, changed_fields=changed)
        post_index(post)
    return post


def reaction_toggle(*, post: Post, person: User, kind: str) -> bool:
    """Add the person's reaction, or take it back; True when it is now there."""
    removed, _counts = Reaction.objects.filter(post=post, person=person, kind=kind).delete()
    if removed:
        return False
    try:
        with transaction.atomic():
            Reaction.objects.create(post=post, person=person, kind=kind)
    except IntegrityError:
        pass  # a double click: the first one counted
    return True


def subscription_set(*, thread: Thread, person: User, level: str) -> Subscription:
    subscription, _created = Subscription.objects.update_or_create(
        thread=thread, person=person, defaults={"level": level}
    )
    return subscription
