"""Sign-in backends: Django's and allauth's, reading the signed-in person of
each request from the shared cache (see :func:`tiltas.core.person_cache.cached_person`).

Loading the person is the one database query every signed-in page makes, the
cached ones included. The copy in the cache is kept with the person's version
and used only while it is current: saving the person (a new password, a role,
deactivation) or their groups replaces the version when it commits, so the
next request reads the row again and Django checks the session against it.
"""

from typing import Any

from allauth.account import auth_backends
from django.contrib.auth import backends

from tiltas.core.person_cache import cached_person


class CachedPersonMixin:
    def get_user(self, user_id: Any) -> Any:
        return cached_person(user_id, lambda: super(CachedPersonMixin, self).get_user(user_id))  # type: ignore[misc]


class ModelBackend(CachedPersonMixin, backends.ModelBackend):
    pass


class AuthenticationBackend(CachedPersonMixin, auth_backends.AuthenticationBackend):
    pass
