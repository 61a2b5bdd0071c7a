"""``/healthz`` for the load balancer and the monitoring: database and cache.

The database is checked on a connection of its own, opened and closed here:
the request's persistent connection may look fine (or be the broken one) and
says nothing about whether a new connection can be made right now.
"""

import contextlib
import logging
import uuid

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.utils import load_backend
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache

from tiltas.core.access import public

logger = logging.getLogger("tiltas.health")

#: Seconds to wait for PostgreSQL before the check counts as failed.
CONNECT_TIMEOUT = 3


def database_ok(alias: str = DEFAULT_DB_ALIAS) -> bool:
    settings_dict = dict(connections.settings[alias])
    if settings_dict["ENGINE"].endswith("postgresql"):
        settings_dict["OPTIONS"] = {
            **settings_dict.get("OPTIONS", {}),
            "connect_timeout": CONNECT_TIMEOUT,
        }
        # A pool would hand back a pooled connection: the point is a new one.
        settings_dict["OPTIONS"].pop("pool", None)
    connection = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, alias)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        logger.warning("healthz: database check failed", exc_info=True)
        return False
    finally:
        with contextlib.suppress(Exception):  # it may never have opened
            connection.close()


def cache_ok() -> bool:
    key = f"tiltas:healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "1", 5)
        healthy = cache.get(key) == "1"
        cache.delete(key)
        return healthy
    except Exception:
        logger.warning("healthz: cache check failed", exc_info=True)
        return False


@public
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    checks = {
        "database": "ok" if database_ok() else "error",
        "cache": "ok" if cache_ok() else "error",
    }
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503
    )
