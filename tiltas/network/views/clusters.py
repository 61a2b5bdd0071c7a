"""Clusters: the list, a cluster's page, joining, requests, invitations, events."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import get_or_404, public, roles_required, signed_in
from tiltas.core.forms import error_text, form_add_service_error, posted
from tiltas.core.listing import listing_page
from tiltas.core.roles import MANAGERS

from ..forms.clusters import (
    ClusterFilterForm,
    ClusterForm,
    EventLinkForm,
    InviteForm,
    JoinForm,
    RoleForm,
)
from ..models import ClusterMembership, ClusterRole, JoinRequest
from ..permissions.clusters import (
    access_cluster,
    access_cluster_as_member,
    access_cluster_to_moderate,
    access_invitation,
    access_join_request,
    may_moderate,
)
from ..selectors import clusters as selectors
from ..selectors.follows import follows
from ..services import clusters as services

THREADS_PER_PAGE = 20
#: Members and organisations on the cluster's page (those who run it first;
#: the rest on its members page, with their organisations), and members on
#: each page of its members.
MEMBERS_SHOWN = 24
MEMBERS_PER_PAGE = 50


@public
def cluster_list(request: HttpRequest) -> HttpResponse:
    form = ClusterFilterForm(request.GET or None)
    theme = form.cleaned_data.get("theme") if form.is_valid() else None
    rows = selectors.cluster_list(request.user, theme=theme)
    page = Paginator(rows, 25).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "network/clusters/list.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "theme_titles": selectors.theme_titles(),
        },
    )


@signed_in
def cluster_create(request: HttpRequest) -> HttpResponse:
    form = ClusterForm(posted(request))
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in ClusterForm.Meta.fields}
        try:
            cluster = services.cluster_create(
                person=request.user, themes=form.cleaned_data["themes"], **fields
            )
        except ValidationError as exc:
            form_add_service_error(form, exc)
        else:
            messages.success(request, _("Your cluster is ready; you are its owner."))
            return redirect("network:cluster", slug=cluster.slug)
    return render(request, "network/clusters/form.html", {"form": form})


@public
def cluster_detail(request: HttpRequest, slug: str) -> HttpResponse:
    cluster, membership = access_cluster(request.user, slug)
    moderator = may_moderate(request.user, cluster, membership)
    threads = Paginator(selectors.cluster_threads(cluster), THREADS_PER_PAGE)
    titles = selectors.theme_titles()
    return render(
        request,
        "network/clusters/detail.html",
        {
            "cluster": cluster,
            "membership": membership,
            "following": follows(request.user, cluster=cluster),
            "moderator": moderator,
            "page": threads.get_page(request.GET.get("page")),
            "query": "",
            "themes": [titles.get(n, n) for n in selectors.cluster_themes(cluster)],
            "members": list(selectors.cluster_members(cluster)[:MEMBERS_SHOWN]),
            "member_count": cluster.memberships.count(),
            "organisations": list(selectors.cluster_organisations(cluster)[:MEMBERS_SHOWN]),
            "organisation_count": cluster.organisations.count(),
            "events": selectors.cluster_events(cluster),
            "requests": selectors.pending_join_requests(cluster) if moderator else [],
            "join_form": JoinForm(),
            "role_choices": ClusterRole.choices,
            "may_link_events": request.user.is_authenticated
            and getattr(request.user, "role", "") in MANAGERS,
        },
    )


@public
def cluster_members(request: HttpRequest, slug: str) -> HttpResponse:
    """Every member of the cluster, a page at a time, for whoever sees the cluster."""
    cluster, membership = access_cluster(request.user, slug)
    page, query = listing_page(
        request, selectors.cluster_members(cluster), per_page=MEMBERS_PER_PAGE
    )
    return render(
        request,
        "network/clusters/members.html",
        {
            "cluster": cluster,
            "membership": membership,
            "members": page,
            "page": page,
            "query": query,
            "role_choices": ClusterRole.choices,
        },
    )


@signed_in
@require_POST
def cluster_join(request: HttpRequest, slug: str) -> HttpResponse:
    cluster, _membership = access_cluster(request.user, slug)
    form = JoinForm(request.POST)
    message = form.cleaned_data["message"] if form.is_valid() else ""
    try:
        outcome = services.cluster_join(cluster=cluster, person=request.user, message=message)
    except ValidationError as exc:
        messages.error(request, error_text(exc))
    else:
        if isinstance(outcome, JoinRequest):
            messages.success(request, _("Your request was sent to the cluster's moderators."))
        else:
            messages.success(request, _("Welcome: you are now a member of this cluster."))
    return redirect("network:cluster", slug=cluster.slug)


@signed_in
@require_POST
def cluster_leave(request: HttpRequest, slug: str) -> HttpResponse:
    cluster, _membership = access_cluster_as_member(request.user, slug)
    try:
        services.cluster_leave(cluster=cluster, person=request.user)
    except ValidationError as exc:
        messages.error(request, error_text(exc))
        return redirect("network:cluster", slug=cluster.slug)
    messages.success(request, _("You left the cluster."))
    return redirect("network:clusters")


@signed_in
@require_POST
def join_request_decide(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    join_request = access_join_request(request.user, slug, pk)
    accept = request.POST.get("decision") == "accept"
    try:
        services.join_request_decide(request=join_request, accept=accept, actor=request.user)
    except ValidationError as exc:
        messages.error(request, error_text(exc))
    else:
        messages.success(request, _("Request accepted.") if accept else _("Request declined."))
    return redirect("network:cluster", slug=slug)


@signed_in
def cluster_invite(request: HttpRequest, slug: str) -> HttpResponse:
    cluster = access_cluster_to_moderate(request.user, slug)
    form = InviteForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.invitation_send(
                cluster=cluster, email=form.cleaned_data["email"], actor=request.user
            )
        except ValidationError as exc:
            form_add_service_error(form, exc, fields_by_code={"member": "email", "twice": "email"})
        else:
            messages.success(request, _("The invitation was sent."))
            return redirect("network:cluster", slug=cluster.slug)
    return render(request, "network/clusters/invite.html", {"cluster": cluster, "form": form})


@signed_in
def invitation(request: HttpRequest, token: str) -> HttpResponse:
    found = access_invitation(request.user, token)
    if request.method == "POST":
        accept = request.POST.get("decision") == "accept"
        try:
            services.invitation_answer(invitation=found, accept=accept, person=request.user)
        except ValidationError as exc:
            messages.error(request, error_text(exc))
        else:
            if accept:
                messages.success(request, _("Welcome: you are now a member of this cluster."))
                return redirect("network:cluster", slug=found.cluster.slug)
            messages.success(request, _("You declined the invitation."))
            return redirect("network:clusters")
    return render(request, "network/clusters/invitation.html", {"invitation": found})


@roles_required(*MANAGERS)
def cluster_events(request: HttpRequest, slug: str) -> HttpResponse:
    cluster, _membership = access_cluster(request.user, slug)
    form = EventLinkForm(posted(request), cluster=cluster)
    if request.method == "POST" and "unlink" in request.POST:
        event = get_or_404(selectors.cluster_events(cluster), pk=request.POST["unlink"])
        services.cluster_event_unlink(cluster=cluster, event=event, actor=request.user)
        messages.success(request, _("The event is no longer shown on the cluster's page."))
        return redirect("network:cluster_events", slug=cluster.slug)
    if request.method == "POST" and form.is_valid():
        services.cluster_event_link(
            cluster=cluster, event=form.cleaned_data["event"], actor=request.user
        )
        messages.success(request, _("The event is shown on the cluster's page."))
        return redirect("network:cluster_events", slug=cluster.slug)
    return render(
        request,
        "network/clusters/events.html",
        {"cluster": cluster, "form": form, "events": selectors.cluster_events(cluster)},
    )


@signed_in
@require_POST
def member_role(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """The owner makes a member a moderator or an owner."""
    cluster, membership = access_cluster_as_member(request.user, slug)
    if membership.role != ClusterRole.OWNER:
        raise Http404
    target = get_or_404(ClusterMembership.objects.select_related("cluster"), cluster=cluster, pk=pk)
    form = RoleForm(request.POST)
    if form.is_valid():
        try:
            services.membership_role_set(
                membership=target, role=form.cleaned_data["role"], actor=request.user
            )
        except ValidationError as exc:
            messages.error(request, error_text(exc))
        else:
            messages.success(request, _("The member's role was changed."))
    if request.POST.get("next") == "members":
        return redirect("network:cluster_members", slug=cluster.slug)
    return redirect("network:cluster", slug=cluster.slug)
