from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse

from tiltas.core.access import public


@public
def healthz(request: HttpRequest) -> JsonResponse:
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception:
        checks["database"] = "error"
    try:
        cache.set("tiltas:healthz", "1", 5)
        checks["cache"] = "ok" if cache.get("tiltas:healthz") == "1" else "error"
    except Exception:
        checks["cache"] = "error"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503
    )
