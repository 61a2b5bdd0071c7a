"""The public verification of a certificate number."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache

from tiltas.core.access import public
from tiltas.core.throttle import rate_limited

from .. import selectors
from ..forms import VerifyForm

#: Numbers looked up per client and minute: enough for a person at a desk,
#: far too few to walk the 80-bit space.
VERIFY_LIMIT = 30


def _noindex(response: HttpResponse) -> HttpResponse:
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@public
@never_cache
@rate_limited("credentials.verify", limit=VERIFY_LIMIT, window=60)
def verify_form(request: HttpRequest) -> HttpResponse:
    form = VerifyForm(request.GET if "number" in request.GET else None)
    if form.is_bound and form.is_valid():
        number = selectors.normalise_number(form.cleaned_data["number"])
        if number is not None:
            return redirect("credentials:verify", number=number)
        return _noindex(
            render(
                request,
                "credentials/verify.html",
                {"result": selectors.Verification("not_found"), "form": form},
                status=404,
            )
        )
    return _noindex(render(request, "credentials/verify_form.html", {"form": form}))


@public
@never_cache
@rate_limited("credentials.verify", limit=VERIFY_LIMIT, window=60)
def verify(request: HttpRequest, number: str) -> HttpResponse:
    """Valid, revoked (with its date) or expired, with the holder's name, the
    achievement and the issuer; unknown and malformed numbers get the same
    "not found" page."""
    result = selectors.certificate_verify(number)
    status = 404 if result.status == "not_found" else 200
    context = {"result": result, "form": VerifyForm(initial={"number": number})}
    return _noindex(render(request, "credentials/verify.html", context, status=status))
