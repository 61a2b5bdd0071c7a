"""Cache scopes: what a cached thing shows, and the version of each.

A *scope* names what a page or a piece of cached data shows: one object
(``"learning.programme:12"``), every object of a model, as lists show them
(``"learning.programme:*"``), or a name of its own. Each scope has a version, a
random token in the shared cache; a cached thing is stored with the versions
of its scopes and served only while they are all current (pretix keeps a cache
namespace per event the same way).

Writing a row changes the scopes of the objects whose pages show it: each app
declares that (``PlatformApp.cache_scopes``: a lesson is shown on its
programme's pages), and ``post_save``/``post_delete`` receivers replace those
versions once the transaction commits. A registration therefore changes its
event, and the lists of events that count places, and nothing else. A write
that bypasses signals (``update()``, ``bulk_create()``) calls
:func:`rows_changed` itself.

Versions live only in the cache: no row that every write must lock. A missing
version is a new one, so a flushed or evicted cache never serves an old page.
Every key also carries the release (``settings.RELEASE``): a deploy starts
with an empty cache without anyone emptying it. Each worker keeps the versions
it read for ``LOCAL_SECONDS``: the worker that wrote sees its change at once,
the others that much later at most.
"""

import secrets
import time
from collections.abc import Iterable
from functools import partial
from operator import attrgetter
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.db.models import Model
from django.db.models.signals import post_delete, post_save

Scoped = Model | type[Model] | str

#: Seconds a worker trusts the versions it read.
LOCAL_SECONDS = 1.0
LOCAL_MAX = 20_000
_local: dict[str, tuple[str, float]] = {}


def key(name: str) -> str:
    """A cache key of this release."""
    return f"{settings.RELEASE}:{name}"


def scope_of(thing: Scoped) -> str:
    """``"app.model:pk"`` for an object, ``"app.model:*"`` for a model (its lists)."""
    if isinstance(thing, str):
        return thing
    if isinstance(thing, Model):
        return f"{_concrete(type(thing))._meta.label_lower}:{thing.pk}"
    return f"{_concrete(thing)._meta.label_lower}:*"


def _concrete(model: type[Model]) -> type[Model]:
    """The model whose table holds the rows (a proxy's concrete model)."""
    return model._meta.concrete_model or model


def _version_key(scope: str) -> str:
    return key(f"scope:{scope}")


def versions(scopes: Iterable[str]) -> dict[str, str]:
    """The current version of each scope: from this worker's memory when it
    read it less than ``LOCAL_SECONDS`` ago, else from the cache in one round
    trip (a scope without a version gets one)."""
    now = time.monotonic()
    found: dict[str, str] = {}
    missing = []
    for scope in set(scopes):
        local = _local.get(scope)
        if local is not None and local[1] > now:
            found[scope] = local[0]
        else:
            missing.append(scope)
    if missing:
        stored = cache.get_many([_version_key(scope) for scope in missing])
        for scope in missing:
            version = stored.get(_version_key(scope))
            if version is None:
                # add() keeps a version another worker set meanwhile.
                cache.add(_version_key(scope), secrets.token_hex(8), None)
                version = cache.get(_version_key(scope)) or secrets.token_hex(8)
            found[scope] = version
            if len(_local) > LOCAL_MAX:
                _local.clear()
            _local[scope] = (version, now + LOCAL_SECONDS)
    return found


def _replace(scopes: set[str]) -> None:
    cache.set_many({_version_key(scope): secrets.token_hex(8) for scope in scopes}, None)
    for scope in scopes:
        _local.pop(scope, None)


def scopes_changed(*things: Scoped) -> None:
    """New versions for these scopes once the transaction commits (at once
    outside one): cached things that show them are rendered afresh."""
    scopes = {scope_of(thing) for thing in things}
    if scopes:
        transaction.on_commit(partial(_replace, scopes))


def rows_changed(model: type[Model], rows: Iterable[Model] = ()) -> None:
    """For writes that send no signals (``update()``, ``bulk_create()``): the
    scopes these rows of ``model`` feed, or all of the model's when none are given."""
    rows = list(rows)
    targets = _TRACKED.get(_concrete(model), [])
    if not rows:
        scopes_changed(
            *(scope for owner, via in targets for scope in _owner_scopes(owner, via, None))
        )
        return
    for row in rows:
        _row_changed(model, row)


def forget_local() -> None:
    _local.clear()


# --- What a write changes ---------------------------------------------------

#: model -> [(owner model label, attribute path to the owner's id)]
_TRACKED: dict[type[Model], list[tuple[str, str]]] = {}


def _owner_id(row: Model, via: str) -> Any:
    try:
        return attrgetter(via)(row)
    except (ObjectDoesNotExist, AttributeError):  # the owner went first
        return None


def _owner_scopes(owner: str, via: str, row: Model | None) -> set[str]:
    if "." not in owner:  # a named scope, such as "site"
        return {owner}
    lists = scope_of(apps.get_model(owner))
    owner_id = None if row is None else _owner_id(row, via)
    return {lists} if owner_id is None else {lists, f"{lists.removesuffix('*')}{owner_id}"}


def _row_changed(sender: type[Model], instance: Model, **kwargs: Any) -> None:
    scopes = set()
    for owner, via in _TRACKED.get(_concrete(sender), []):
        scopes |= _owner_scopes(owner, via, instance)
    if scopes:
        transaction.on_commit(partial(_replace, scopes))


def track(model: type[Model], *, owner: str, via: str) -> None:
    """Rows of ``model`` are shown on the pages of ``owner``: a model label, whose
    id is ``via`` on the row (writing one changes that owner's scope and the
    scope of the owner's lists), or the name of a scope (such as ``"site"``)."""
    concrete = model._meta.concrete_model
    if concrete is None:
        raise TypeError(f"{model.__name__} is abstract: name the models that have rows")
    _TRACKED.setdefault(concrete, [])
    if (owner, via) not in _TRACKED[concrete]:
        _TRACKED[concrete].append((owner, via))
    post_save.connect(_row_changed, dispatch_uid="cache-scopes")
    post_delete.connect(_row_changed, dispatch_uid="cache-scopes")
