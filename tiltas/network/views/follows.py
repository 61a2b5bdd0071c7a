"""Following clusters, people and organisations, and the member's activity stream."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import signed_in
from tiltas.core.forms import error_text

from ..permissions import access_organisation_by_slug
from ..permissions.clusters import access_cluster
from ..permissions.people import access_person_by_id
from ..selectors.activity import activity_stream
from ..services.follows import follow_set

STREAM_PAGE_SIZE = 20


def _follow(request: HttpRequest, **target: object) -> None:
    following = request.POST.get("follow") == "1"
    try:
        follow_set(follower=request.user, following=following, **target)  # type: ignore[arg-type]
    except ValidationError as exc:
        messages.error(request, error_text(exc))
    else:
        if following:
            messages.success(request, _("You follow it now: what happens shows in your stream."))
        else:
            messages.success(request, _("You no longer follow it."))


@signed_in
@require_POST
def cluster_follow(request: HttpRequest, slug: str) -> HttpResponse:
    cluster, _membership = access_cluster(request.user, slug)
    _follow(request, cluster=cluster)
    return redirect("network:cluster", slug=cluster.slug)


@signed_in
@require_POST
def person_follow(request: HttpRequest, pk: int) -> HttpResponse:
    person = access_person_by_id(request.user, pk)
    _follow(request, person=person)
    return redirect("network:person", pk=person.pk)


@signed_in
@require_POST
def organisation_follow(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = access_organisation_by_slug(request.user, slug)
    _follow(request, organisation=organisation)
    return redirect("network:organisation", slug=organisation.slug)


@signed_in
def activity(request: HttpRequest) -> HttpResponse:
    page = Paginator(activity_stream(request.user), STREAM_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "network/activity/stream.html", {"page": page, "query": ""})
