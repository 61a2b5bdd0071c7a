"""The signed-in person's own pages: profile and "My data"."""

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import signed_in
from tiltas.core.contributions import privacy_notice_url
from tiltas.core.downloads import reauthenticated_download
from tiltas.core.throttle import exports_limited
from tiltas.core.uploads import attachment_response

from ..forms import ConfirmDeleteForm, ProfileForm
from ..models import OPTIONAL_NOTICES, Notice
from ..selectors import consent_ledger, consents_in_force
from ..services import account_delete as account_delete_service
from ..services import consent_withdraw as consent_withdraw_service
from ..services import personal_data_archive, user_profile_update


@signed_in
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        changed = user_profile_update(user=request.user, values=form.cleaned_data)
        messages.success(request, _("Your profile has been saved."))
        # A new preferred language applies at once: back to the profile in it.
        language = (
            form.cleaned_data["preferred_language"] if "preferred_language" in changed else None
        )
        with translation.override(language or translation.get_language()):
            return redirect("accounts:profile")
    return render(request, "accounts/profile.html", {"form": form})


@signed_in
def my_data(request: HttpRequest) -> HttpResponse:
    ledger = consent_ledger(user=request.user)
    in_force = consents_in_force(ledger)
    sex_counts = in_force.get(Notice.SEX_COUNTS)
    context = {
        "ledger": ledger,
        "privacy": in_force.get(Notice.PRIVACY),
        "privacy_url": privacy_notice_url(),
        "sex_counts": sex_counts,
        # Before the ledger, a stated sex was the consent.
        "sex_counts_given": sex_counts.given if sex_counts else bool(request.user.sex),
    }
    return render(request, "accounts/my_data.html", context)


@signed_in
@require_POST
def consent_withdraw(request: HttpRequest, notice: str) -> HttpResponse:
    if notice not in OPTIONAL_NOTICES:
        raise Http404
    consent_withdraw_service(person=request.user, notice=notice)
    messages.success(request, _("Your consent has been withdrawn."))
    return redirect(reverse("accounts:my_data") + "#consents")


@signed_in
@reauthenticated_download
@exports_limited("accounts.my_data")
def my_data_download(request: HttpRequest) -> HttpResponse:
    return attachment_response(
        personal_data_archive(user=request.user),
        filename="tiltas-my-data.zip",
        content_type="application/zip",
    )


@signed_in
@reauthentication_required
def account_delete(request: HttpRequest) -> HttpResponse:
    form = ConfirmDeleteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        account_delete_service(user=request.user, request=request)
        messages.success(request, _("Your account and your data have been deleted."))
        return redirect("portal:home")
    return render(request, "accounts/account_delete.html", {"form": form})
