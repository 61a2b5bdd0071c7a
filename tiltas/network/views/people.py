"""The people directory, a person's page and the person's own network profile."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from tiltas.core.access import public, signed_in
from tiltas.core.forms import form_add_service_error

from ..forms.people import PeopleFilterForm, ProfileForm, profile_initial
from ..permissions.people import access_person_by_id
from ..selectors import people as selectors
from ..selectors.follows import follows
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
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "cards": selectors.person_cards(request.user, list(page)),
        "query": query.urlencode(),
    }
    return render(request, "network/people.html", context)


@public
def person(request: HttpRequest, pk: int) -> HttpResponse:
    found = access_person_by_id(request.user, pk)
    card = selectors.profile_page(request.user, found)
    context = {"card": card, "following": follows(request.user, person=found)}
    return render(request, "network/person.html", context)


@signed_in
def profile_settings(request: HttpRequest) -> HttpResponse:
    areas = selectors.profile_areas()
    if request.method != "POST":
        initial = profile_initial(selectors.profile_of(request.user))
        form = ProfileForm(initial=initial, areas=areas)
        return render(request, "network/profile_settings.html", {"form": form})
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
    return render(request, "network/profile_settings.html", {"form": form}, status=400)
