from django.conf import settings
from django.http import HttpRequest

from .access import STAFF_ROLES


def site(request: HttpRequest) -> dict:
    user = getattr(request, "user", None)
    return {
        "site_name": settings.TILTAS_SITE_NAME,
        "is_staff_member": bool(user and user.is_authenticated and user.role in STAFF_ROLES),
    }
