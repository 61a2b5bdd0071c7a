"""People to mention, for the post form's autocomplete (plain @handles work
without it)."""

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tiltas.core.access import signed_in
from tiltas.core.throttle import rate_limited

from ..permissions.clusters import access_cluster_as_member
from ..selectors import clusters as selectors

#: The most people one lookup suggests.
MENTION_SUGGESTIONS = 8
#: A lookup a keystroke: generous for typing, a brake on walking the member list.
LOOKUPS_PER_MINUTE = 120


@signed_in
@rate_limited("network.mention_lookup", limit=LOOKUPS_PER_MINUTE, window=60, by="user")
def mention_lookup(request: HttpRequest) -> HttpResponse:
    """``?cluster=<slug>&q=ab``: members of that cluster (the asker must be one,
    else 404) whose handle starts with what was typed; without a cluster, none."""
    slug = request.GET.get("cluster", "")
    people: list[tuple[str, str]] = []
    if slug:
        cluster, _membership = access_cluster_as_member(request.user, slug)
        people = selectors.mentionable(
            cluster,
            query=request.GET.get("q", "")[:80],
            viewer=request.user,
            limit=MENTION_SUGGESTIONS,
        )
    status = (
        _("No member of this cluster goes by that name.")
        if not people
        else ngettext(
            "%(count)d person found: choose with the up and down arrows, pick with Enter.",
            "%(count)d people found: choose with the up and down arrows, pick with Enter.",
            len(people),
        )
        % {"count": len(people)}
    )
    return JsonResponse(
        {"results": [{"name": name, "handle": handle} for name, handle in people], "status": status}
    )
