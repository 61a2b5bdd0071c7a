"""The moderators' queue: flagged posts hidden, restored or kept; suspensions."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.accounts.models import User
from tiltas.core.access import get_or_404, roles_required, signed_in
from tiltas.core.forms import posted
from tiltas.core.roles import MANAGERS, is_manager

from ..forms.threads import SuspendForm
from ..models import NetworkSuspension
from ..permissions.clusters import access_post_to_moderate
from ..selectors import clusters as selectors
from ..services import moderation as services


@signed_in
def moderation_queue(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.moderation_queue(request.user), 20).get_page(request.GET.get("page"))
    return render(
        request,
        "network/moderation/queue.html",
        {"page": page, "query": "", "can_suspend": is_manager(request.user)},
    )


@signed_in
@require_POST
def post_moderate(request: HttpRequest, pk: int) -> HttpResponse:
    post = access_post_to_moderate(request.user, pk)
    action = request.POST.get("action")
    if action == "hide":
        services.post_hide(post=post, actor=request.user)
        messages.success(request, _("The post is hidden."))
    elif action == "restore":
        services.post_restore(post=post, actor=request.user)
        messages.success(request, _("The post is visible again."))
    elif action == "dismiss":
        services.flags_dismiss(post=post, actor=request.user)
        messages.success(request, _("The flags were dismissed; the post stays."))
    else:
        raise Http404
    if request.POST.get("next") == "queue":
        return redirect("network:moderation")
    return redirect("network:post", pk=post.pk)


@roles_required(*MANAGERS)
def member_suspend(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_or_404(User.objects.filter(is_active=True), pk=pk)
    suspension = NetworkSuspension.objects.filter(person=person).first()
    form = SuspendForm(posted(request))
    if request.method == "POST" and "lift" in request.POST:
        services.member_unsuspend(person=person, actor=request.user)
        messages.success(request, _("The suspension was lifted."))
        return redirect("network:moderation")
    if request.method == "POST" and form.is_valid():
        services.member_suspend(
            person=person, reason=form.cleaned_data["reason"], actor=request.user
        )
        messages.success(request, _("The person can no longer post or join in the network."))
        return redirect("network:moderation")
    return render(
        request,
        "network/moderation/suspend.html",
        {"person": person, "suspension": suspension, "form": form},
    )
