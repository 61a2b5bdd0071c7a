from django.conf import settings
from django.http import HttpRequest

from .roles import is_staff


def site(request: HttpRequest) -> dict:
    user = getattr(request, "user", None)
    return {
        "site_name": settings.TILTAS_SITE_NAME,
        "is_staff_member": is_staff(user),
    }
