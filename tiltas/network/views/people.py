"""The people directory, a person's page and the person's own network profile."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import public, signed_in
from tiltas.core.forms import error_text, form_add_service_error
from tiltas.core.listing import listing_page

from ..forms.people import PeopleFilterForm, ProfileForm, profile_initial
from ..permissions.people import access_person_by_id
from ..selectors import conversations
from ..selectors import people as selectors
from ..selectors.follows import follows
from ..services import blocks
from ..services.people import profile_save

PAGE_SIZE = 25


@signed_in
def people(request: HttpRequest) -> HttpResponse:
    form = PeopleFilterForm(request.GET or None, areas=selectors.area_choices())
    filters = form.cleaned_data if form.is_valid() else {}
    rows = selectors.people_directory(
        country=filters.get("country", ""),
        region=filters.get("region", ""),
        type=filters.get("type", ""),
        area=filters.get("area", ""),
    )
    page, query = listing_page(request, rows.values_list("pk", flat=True), per_page=PAGE_SIZE)
    shown = selectors.people_shown(list(page))
    context = {
        "form": form,
        "page": page,
        "cards": selectors.person_cards(request.user, shown),
        "query": query,
    }
    return render(request, "network/people.html", context)


@public
def person(request: HttpRequest, pk: int) -> HttpResponse:
    found = access_person_by_id(request.user, pk)
    card = selectors.profile_page(request.user, found)
    context = {
        "card": card,
        "blocking": conversations.is_blocking(request.user, found),
        "following": follows(request.user, person=found),
    }
    return render(request, "network/person.html", context)


@signed_in
@require_POST
def person_block(request: HttpRequest, pk: int) -> HttpResponse:
    """Block or unblock a person (from their page or the profile settings)."""
    found = access_person_by_id(request.user, pk)
    if request.POST.get("action") == "unblock":
        blocks.unblock(blocker=request.user, blocked=found)
        messages.success(request, _("%(name)s is no longer blocked.") % {"name": found.full_name})
    else:
        try:
            blocks.block(blocker=request.user, blocked=found)
        except ValidationError as error:
            messages.error(request, error_text(error))
        else:
            messages.success(
                request,
                _("You blocked %(name)s: they cannot message you and you hear nothing from them.")
                % {"name": found.full_name},
            )
    if request.POST.get("next") == "settings":
        return redirect("network:profile_settings")
    return redirect("network:person", pk=found.pk)


def _settings_page(request: HttpRequest, form: ProfileForm, status: int = 200) -> HttpResponse:
    context = {"form": form, "blocked": conversations.blocked_by(request.user)}
    return render(request, "network/profile_settings.html", context, status=status)


@signed_in
def profile_settings(request: HttpRequest) -> HttpResponse:
    areas = selectors.profile_areas()
    if request.method != "POST":
        initial = profile_initial(selectors.profile_of(request.user))
        return _settings_page(request, ProfileForm(initial=initial, areas=areas))
    form = ProfileForm(request.POST, areas=areas)
    if form.is_valid():
        data = dict(form.cleaned_data)
        chosen = data.pop("areas")
        try:
            profile_save(person=request.user, data=data, areas=chosen)
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(request, _("Your network profile is saved."))
            return redirect("network:profile_settings")
    return _settings_page(request, form, status=400)
