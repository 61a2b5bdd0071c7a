"""The warning before an idle session ends, on every signed-in page."""

from django import template
from django.http import HttpRequest

from ..session_timeout import WARN_BEFORE_SECONDS, seconds_left

register = template.Library()


@register.inclusion_tag("core/includes/session_timeout.html", takes_context=True)
def session_timeout(context: template.Context) -> dict:
    request: HttpRequest | None = context.get("request")
    user = getattr(request, "user", None)
    session = getattr(request, "session", None)
    if request is None or session is None or user is None or not user.is_authenticated:
        return {"show": False}
    return {
        "show": True,
        "ends_in": seconds_left(session),
        "warn_before": WARN_BEFORE_SECONDS,
        "next": request.get_full_path(),
        "csrf_token": context.get("csrf_token"),
        "csp_nonce": context.get("csp_nonce"),
    }
