"""Clusters: creating one, joining, requests, invitations and linked events."""

import secrets
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.mail import mail_in_language
from tiltas.core.site import base_url
from tiltas.events.models import Event
from tiltas.notifications.services import notify

from ..models import (
    CLUSTER_MODERATORS,
    Cluster,
    ClusterMembership,
    ClusterOrganisation,
    ClusterRole,
    ClusterTheme,
    ClusterVisibility,
    Decision,
    Invitation,
    JoinPolicy,
    JoinRequest,
    NetworkSuspension,
)
from .activity import activity_event_linked, activity_event_unlinked


def suspension_check(person: User) -> None:
    """Suspended people may read but not join or write."""
    if NetworkSuspension.objects.filter(person=person).exists():
        raise ValidationError(
            _("Your participation in the network is suspended. Contact a coordinator."),
            code="suspended",
        )


def _unique_slug(name: str) -> str:
    base = slugify(name)[:70] or "cluster"
    slug, n = base, 1
    while Cluster.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _membership_add(
    cluster: Cluster, person: User, role: str = ClusterRole.MEMBER
) -> ClusterMembership:
    membership, _created = ClusterMembership.objects.get_or_create(
        cluster=cluster, person=person, defaults={"role": role}
    )
    if person.organisation_id:
        ClusterOrganisation.objects.get_or_create(
            cluster=cluster, organisation_id=person.organisation_id
        )
    return membership


def cluster_create(*, person: User, themes: Iterable[int] = (), **fields: str) -> Cluster:
    """A member starts a cluster and becomes its owner."""
    suspension_check(person)
    with transaction.atomic():
        if fields.get("visibility") == ClusterVisibility.PRIVATE:
            fields["join_policy"] = JoinPolicy.REQUEST
        cluster = Cluster.objects.create(
            slug=_unique_slug(fields.get("name", "")), created_by=person, **fields
        )
        ClusterTheme.objects.bulk_create(
            ClusterTheme(cluster=cluster, theme=int(number)) for number in sorted(set(themes))
        )
        _membership_add(cluster, person, ClusterRole.OWNER)
        audit_record(actor=person, action="network.cluster.created", obj=cluster)
    return cluster


def _moderators(cluster: Cluster) -> list[User]:
    return list(
        User.objects.filter(
            cluster_memberships__cluster=cluster, cluster_memberships__role__in=CLUSTER_MODERATORS
        )
    )


def cluster_join(
    *, cluster: Cluster, person: User, message: str = ""
) -> ClusterMembership | JoinRequest:
    """Join an open public cluster at once; otherwise ask its moderators."""
    suspension_check(person)
    if ClusterMembership.objects.filter(cluster=cluster, person=person).exists():
        raise ValidationError(_("You are already a member of this cluster."), code="member")
    if cluster.join_policy == JoinPolicy.OPEN and not cluster.is_private:
        with transaction.atomic():
            membership = _membership_add(cluster, person)
            audit_record(actor=person, action="network.cluster.joined", obj=cluster)
        return membership
    try:
        with transaction.atomic():
            request = JoinRequest.objects.create(cluster=cluster, person=person, message=message)
    except IntegrityError:
        raise ValidationError(
            _("You have already asked to join; the moderators will decide."), code="twice"
        ) from None
    notify(
        recipients=_moderators(cluster),
        kind="network.join_request",
        actor=person,
        url=reverse("network:cluster", args=[cluster.slug]),
        params={"cluster": cluster.pk, "cluster_name": cluster.name, "person": person.full_name},
    )
    return request


def join_request_decide(*, request: JoinRequest, accept: bool, actor: User) -> None:
    with transaction.atomic():
        request = JoinRequest.objects.select_for_update().get(pk=request.pk)
        if request.status != Decision.PENDING:
            raise ValidationError(_("This request was already decided."), code="decided")
        request.status = Decision.ACCEPTED if accept else Decision.DECLINED
        request.decided_at = timezone.now()
        request.save(update_fields=["status", "decided_at"])
        if accept:
            _membership_add(request.cluster, request.person)
        audit_record(
            actor=actor,
            action=f"network.join_request.{request.status}",
            obj=request.cluster,
        )


def cluster_leave(*, cluster: Cluster, person: User) -> None:
    with transaction.atomic():
        membership = (
            ClusterMembership.objects.select_for_update()
            .filter(cluster=cluster, person=person)
            .first()
        )
        if membership is None:
            return
        owners = cluster.memberships.filter(role=ClusterRole.OWNER)
        if membership.role == ClusterRole.OWNER and owners.count() == 1:
            raise ValidationError(
                _("You are the only owner: make another member an owner before leaving."),
                code="last_owner",
            )
        membership.delete()
        audit_record(actor=person, action="network.cluster.left", obj=cluster)


def invitation_send(*, cluster: Cluster, email: str, actor: User) -> Invitation:
    """E-mail an invitation in the invited person's language when they have an
    account (the site's language otherwise); they also get a notification."""
    email = email.strip().lower()
    if ClusterMembership.objects.filter(cluster=cluster, person__email__iexact=email).exists():
        raise ValidationError(_("This person is already a member."), code="member")
    try:
        with transaction.atomic():
            invitation = Invitation.objects.create(
                cluster=cluster, email=email, token=secrets.token_urlsafe(32), invited_by=actor
            )
            audit_record(actor=actor, action="network.invitation.sent", obj=cluster)
    except IntegrityError:
        raise ValidationError(
            _("An invitation to this address is already waiting for an answer."), code="twice"
        ) from None
    invited = User.objects.filter(email__iexact=email, is_active=True).first()
    context = {
        "cluster": cluster,
        "inviter": actor,
        "invitation": invitation,
        "base_url": base_url(),
    }
    language = invited.preferred_language if invited else ""
    mail_in_language(
        to=email, language=language, template="network/email/invitation", context=context
    )
    if invited is not None:
        notify(
            recipients=[invited],
            kind="network.invitation",
            actor=actor,
            url=reverse("network:invitation", args=[invitation.token]),
            params={"cluster_name": cluster.name, "person": actor.full_name},
        )
    return invitation


def invitation_answer(*, invitation: Invitation, accept: bool, person: User) -> None:
    if accept:
        suspension_check(person)
    with transaction.atomic():
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation.status != Decision.PENDING:
            raise ValidationError(_("This invitation was already answered."), code="answered")
        invitation.status = Decision.ACCEPTED if accept else Decision.DECLINED
        invitation.save(update_fields=["status"])
        if accept:
            _membership_add(invitation.cluster, person)
        audit_record(
            actor=person, action=f"network.invitation.{invitation.status}", obj=invitation.cluster
        )


def cluster_event_link(*, cluster: Cluster, event: Event, actor: User) -> None:
    """A coordinator shows an event on a cluster's page."""
    with transaction.atomic():
        if not cluster.events.filter(pk=event.pk).exists():
            cluster.events.add(event)
            activity_event_linked(cluster=cluster, event=event, actor=actor)
        audit_record(
            actor=actor,
            action="network.cluster.event_linked",
            obj=cluster,
            changed_fields=["events"],
        )


def cluster_event_unlink(*, cluster: Cluster, event: Event, actor: User) -> None:
    with transaction.atomic():
        cluster.events.remove(event)
        activity_event_unlinked(cluster=cluster, event=event)
        audit_record(
            actor=actor,
            action="network.cluster.event_unlinked",
            obj=cluster,
            changed_fields=["events"],
        )


def membership_role_set(*, membership: ClusterMembership, role: str, actor: User) -> None:
    """The owner makes a member a moderator or an owner, or back."""
    with transaction.atomic():
        owners = ClusterMembership.objects.select_for_update().filter(
            cluster=membership.cluster, role=ClusterRole.OWNER
        )
        if role != ClusterRole.OWNER and list(owners.values_list("pk", flat=True)) == [
            membership.pk
        ]:
            raise ValidationError(_("A cluster keeps at least one owner."), code="last_owner")
        membership.role = role
        membership.save(update_fields=["role"])
        audit_record(
            actor=actor,
            action="network.membership.role_set",
            obj=membership.cluster,
            changed_fields=["role"],
        )
