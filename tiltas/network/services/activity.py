"""What the network's services write for the activity stream: one row per new
thread, reply, published good practice, "we use this too" mark and event
linked to a cluster. Who may see a row is decided when the stream is read."""

from datetime import datetime

from django.db.models import OuterRef, Subquery

from tiltas.accounts.models import User
from tiltas.events.models import Event

from ..models import Activity, Cluster, Post, Practice, PracticeUse, Thread, Verb


def activity_post(*, post: Post, thread: Thread, person: User, first: bool) -> Activity:
    """A thread's first post records the thread; later ones a reply."""
    return Activity.objects.create(
        actor=person,
        verb=Verb.THREAD_STARTED if first else Verb.REPLIED,
        cluster_id=thread.cluster_id,
        thread=thread,
        post=post,
        created_at=post.created_at,
    )


def activity_practice_published(*, practice: Practice, actor: User, at: datetime) -> Activity:
    """The organisation a practice belongs to is its contact organisation, else
    its author's."""
    return Activity.objects.create(
        actor=actor,
        verb=Verb.PRACTICE_PUBLISHED,
        practice=practice,
        organisation_id=practice.contact_organisation_id or actor.organisation_id,
        created_at=at,
    )


def activity_practice_used(*, use: PracticeUse, actor: User) -> Activity:
    return Activity.objects.create(
        actor=actor,
        verb=Verb.PRACTICE_USED,
        practice_id=use.practice_id,
        organisation_id=use.organisation_id,
        created_at=use.created_at,
    )


def activity_practice_unused(*, practice: Practice, organisation_id: int) -> None:
    Activity.objects.filter(
        verb=Verb.PRACTICE_USED, practice=practice, organisation_id=organisation_id
    ).delete()


def activity_event_linked(*, cluster: Cluster, event: Event, actor: User) -> Activity:
    return Activity.objects.create(
        actor=actor, verb=Verb.EVENT_LINKED, cluster=cluster, event=event
    )


def activity_event_unlinked(*, cluster: Cluster, event: Event) -> None:
    Activity.objects.filter(verb=Verb.EVENT_LINKED, cluster=cluster, event=event).delete()


def activity_backfill() -> int:
    """Stream items for posts written before the stream existed (or loaded
    without the services, as the demo's): a thread's first post records the
    thread, the others replies. Posts already recorded are left alone."""
    first_of_thread = (
        Post.objects.filter(thread=OuterRef("thread")).order_by("created_at", "pk").values("pk")
    )
    posts = (
        Post.objects.filter(author__isnull=False)
        .exclude(pk__in=Activity.objects.filter(post__isnull=False).values("post_id"))
        .annotate(first_id=Subquery(first_of_thread[:1]))
        .select_related("thread")
    )
    rows = [
        Activity(
            actor_id=post.author_id or 0,  # the query kept only posts with an author
            verb=Verb.THREAD_STARTED if post.pk == post.first_id else Verb.REPLIED,
            cluster_id=post.thread.cluster_id,
            thread_id=post.thread_id,
            post=post,
            created_at=post.created_at,
        )
        for post in posts
    ]
    Activity.objects.bulk_create(rows)
    return len(rows)
