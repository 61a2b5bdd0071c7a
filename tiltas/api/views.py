"""A trainer's or coordinator's personal API tokens: create one (its text shown
once, in the answer to the POST), see them, revoke one."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import get_or_404, roles_required
from tiltas.core.forms import form_add_service_error
from tiltas.core.roles import TEACHERS, is_manager

from . import selectors, services
from .forms import TokenForm


@roles_required(*TEACHERS)
def tokens(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST if request.method == "POST" else None)
    created = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            token, text = services.token_create(
                person=request.user, name=data["name"], scope=data["scope"], days=data["days"]
            )
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            created = {"token": token, "text": text}
            form = TokenForm()
    context = {
        "form": form,
        "created": created,
        "tokens": selectors.tokens_of(request.user),
        "is_manager": is_manager(request.user),
    }
    return render(request, "api/tokens.html", context)


@roles_required(*TEACHERS)
@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_or_404(selectors.tokens_of(request.user), pk=pk)
    services.token_revoke(token=token, actor=request.user)
    messages.success(request, _("The token was revoked: it no longer works."))
    return redirect("api_tokens:tokens")
