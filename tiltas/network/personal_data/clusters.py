"""Clusters, threads and posts: what they hold about a person (GDPR).

Erasure keeps a person's posts, signed "former member", with the files attached
to them, so that the threads they took part in still read; memberships,
requests, invitations to their address, reactions, subscriptions and flags go."""

from collections.abc import Iterator
from typing import Any

from django.db import transaction
from django.db.models.fields.files import FieldFile

from tiltas.accounts.models import User
from tiltas.core.personal_data import PersonalDataSource

from ..models import (
    Cluster,
    ClusterMembership,
    Flag,
    Invitation,
    JoinRequest,
    NetworkSuspension,
    Post,
    PostAttachment,
    PostRevision,
    Reaction,
    Subscription,
    Thread,
)


def export(user: User) -> dict[str, Any]:
    return {
        "cluster_memberships": [
            {"cluster": m.cluster.name, "role": m.role, "joined_at": m.joined_at.isoformat()}
            for m in ClusterMembership.objects.filter(person=user).select_related("cluster")
        ],
        "join_requests": [
            {"cluster": r.cluster.name, "message": r.message, "status": r.status}
            for r in JoinRequest.objects.filter(person=user).select_related("cluster")
        ],
        "posts": [
            {
                "thread": p.thread.title,
                "written_at": p.created_at.isoformat(),
                "text": p.body,
                "hidden": p.is_hidden,
            }
            for p in Post.objects.filter(author=user).select_related("thread")
        ],
        "post_attachments": [
            {
                "post_id": a.post_id,
                "name": a.original_name,
                "type": a.content_type,
                "size": a.size,
                "uploaded_at": a.uploaded_at.isoformat(),
            }
            for a in _attachments_of(user)
        ],
        "reactions": list(Reaction.objects.filter(person=user).values("post_id", "kind")),
        "thread_subscriptions": [
            {"thread": s.thread.title, "level": s.level}
            for s in Subscription.objects.filter(person=user).select_related("thread")
        ],
        "flags": list(Flag.objects.filter(person=user).values("post_id", "reason", "note")),
    }


def _attachments_of(user: User) -> Iterator[PostAttachment]:
    return PostAttachment.objects.filter(post__author=user).order_by("pk").iterator()


def post_attachment_files(user: User) -> Iterator[tuple[str, FieldFile]]:
    for attachment in _attachments_of(user):
        yield attachment.original_name, attachment.file


def erase(user: User) -> None:
    with transaction.atomic():
        ClusterMembership.objects.filter(person=user).delete()
        JoinRequest.objects.filter(person=user).delete()
        Invitation.objects.filter(email__iexact=user.email).delete()
        Invitation.objects.filter(invited_by=user).update(invited_by=None)
        NetworkSuspension.objects.filter(person=user).delete()
        NetworkSuspension.objects.filter(suspended_by=user).update(suspended_by=None)
        Cluster.objects.filter(created_by=user).update(created_by=None)
        Thread.objects.filter(author=user).update(author=None)
        Post.objects.filter(author=user).update(author=None)
        PostRevision.objects.filter(edited_by=user).update(edited_by=None)
        Reaction.objects.filter(person=user).delete()
        Subscription.objects.filter(person=user).delete()
        Flag.objects.filter(person=user).delete()


CLUSTERS = PersonalDataSource(
    "network_clusters",
    models=(
        Cluster,
        ClusterMembership,
        JoinRequest,
        Invitation,
        NetworkSuspension,
        Thread,
        Post,
        PostAttachment,
        PostRevision,
        Reaction,
        Subscription,
        Flag,
    ),
    export=export,
    erase=erase,
    files=post_attachment_files,
)
