"""E-mail delivery: the person's preferences, and the one-click unsubscribe
link of every notification e-mail (no sign-in needed)."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from tiltas.core.access import public, signed_in

from .. import kinds as registry
from .. import selectors, services
from ..forms import PreferenceForm
from ..unsubscribe import BadToken, read_token

#: RFC 8058: what a mail program POSTs to unsubscribe in one click.
ONE_CLICK = "One-Click"


@signed_in
def preferences(request: HttpRequest) -> HttpResponse:
    kinds = sorted(registry.registered().values(), key=lambda kind: str(kind.label))
    preference = selectors.preference_of(request.user)
    if request.method == "POST":
        form = PreferenceForm(request.POST, kinds=kinds)
        if form.is_valid():
            services.preference_set(
                person=request.user,
                delivery=form.cleaned_data["delivery"],
                by_kind=form.by_kind(),
            )
            messages.success(request, _("Your e-mail preferences are saved."))
            return redirect("notifications:preferences")
    else:
        form = PreferenceForm(initial=PreferenceForm.initial_of(preference, kinds), kinds=kinds)
    return render(request, "notifications/preferences.html", {"form": form})


@public
@csrf_exempt  # RFC 8058: a mail program's one-click POST carries no token (page POSTs are checked)
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET asks to confirm; a POST from the page's button (with its CSRF token)
    or a mail program's one-click POST (RFC 8058, which cannot carry one)
    unsubscribes. Only the one-click POST skips the CSRF check."""
    if request.method == "POST" and request.POST.get("List-Unsubscribe") == ONE_CLICK:
        return _unsubscribe(request, token, one_click=True)
    return _confirm(request, token)


@csrf_protect
def _confirm(request: HttpRequest, token: str) -> HttpResponse:
    if request.method == "POST":
        return _unsubscribe(request, token, one_click=False)
    try:
        wanted = read_token(token)
    except BadToken:
        return _bad_token(request)
    return render(request, "notifications/unsubscribe.html", {"kind_label": _label(wanted.kind)})


def _unsubscribe(request: HttpRequest, token: str, *, one_click: bool) -> HttpResponse:
    try:
        wanted = read_token(token)
    except BadToken:
        return _bad_token(request)
    services.unsubscribe(person_id=wanted.person_id, kind=wanted.kind)
    if one_click:
        return HttpResponse(status=200)
    return render(request, "notifications/unsubscribed.html", {"kind_label": _label(wanted.kind)})


def _label(key: str) -> str:
    kind = registry.registered().get(key)
    return str(kind.label) if kind is not None else ""


def _bad_token(request: HttpRequest) -> HttpResponse:
    return render(request, "notifications/unsubscribe_invalid.html", status=400)
