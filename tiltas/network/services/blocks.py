"""Blocking: a person stops hearing from another (conversations, @mentions,
notifications about their posts). The blocked person is never told."""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record

from ..models import Block


def block(*, blocker: User, blocked: User) -> Block:
    """Block a person; blocking them again changes nothing."""
    if blocker.pk == blocked.pk:
        raise ValidationError(_("You cannot block yourself."), code="oneself")
    try:
        with transaction.atomic():
            made = Block.objects.create(blocker=blocker, blocked=blocked)
            audit_record(actor=blocker, action="network.person.blocked", obj=made)
    except IntegrityError:  # already blocked, perhaps by a double click
        return Block.objects.get(blocker=blocker, blocked=blocked)
    return made


def unblock(*, blocker: User, blocked: User) -> None:
    with transaction.atomic():
        for found in Block.objects.filter(blocker=blocker, blocked=blocked):
            audit_record(actor=blocker, action="network.person.unblocked", obj=found)
            found.delete()


def blocked_between(person: User, others: Iterable[User]) -> set[int]:
    """Those of ``others`` who blocked ``person`` or whom ``person`` blocked."""
    ids = [other.pk for other in others]
    pairs = Block.objects.filter(
        Q(blocker=person, blocked_id__in=ids) | Q(blocked=person, blocker_id__in=ids)
    ).values_list("blocker_id", "blocked_id")
    return {blocker if blocked == person.pk else blocked for blocker, blocked in pairs}


def who_blocked(author: User) -> set[int]:
    """The people who do not want to hear from ``author``."""
    return set(Block.objects.filter(blocked=author).values_list("blocker_id", flat=True))


def messaging_check(person: User, others: Iterable[User]) -> None:
    """Refuse to put ``person`` in a conversation with someone either of them
    blocked; the message says no more than that it cannot be done."""
    refused = blocked_between(person, others)
    if refused:
        names = ", ".join(sorted(o.full_name for o in others if o.pk in refused))
        raise ValidationError(
            _("You cannot message this person: %(names)s.") % {"names": names},
            code="blocked",
        )
