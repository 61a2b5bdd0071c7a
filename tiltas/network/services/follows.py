"""Following a cluster, a person or an organisation, and taking it back."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from tiltas.accounts.models import Organisation, User

from ..models import Cluster, Follow


def _target(
    cluster: Cluster | None, person: User | None, organisation: Organisation | None
) -> dict[str, Any]:
    given: dict[str, Any] = {"cluster": cluster, "person": person, "organisation": organisation}
    chosen = {name: value for name, value in given.items() if value is not None}
    if len(chosen) != 1:
        raise ValueError("follow exactly one cluster, person or organisation")
    return chosen


def follow_set(
    *,
    follower: User,
    following: bool,
    cluster: Cluster | None = None,
    person: User | None = None,
    organisation: Organisation | None = None,
) -> bool:
    """Follow the target (once: a second click changes nothing) or stop
    following it; True when the follower now follows it. The caller has
    checked that the follower may see the target."""
    target = _target(cluster, person, organisation)
    if person is not None and person.pk == follower.pk:
        raise ValidationError(_("You cannot follow yourself."), code="oneself")
    if not following:
        Follow.objects.filter(follower=follower, **target).delete()
        return False
    try:
        with transaction.atomic():
            Follow.objects.get_or_create(follower=follower, **target)
    except IntegrityError:
        pass  # a double click raced us: the first one counted
    return True
