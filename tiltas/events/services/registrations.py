"""Registering for events: capacity, waiting list, approval, cancellation.

Every write that depends on the number of places taken first locks the event
row (``select_for_update``) inside the transaction, so concurrent sign-ups are
counted one after another and an event is never overbooked. On SQLite the
connection opens its transactions IMMEDIATE, which serialises writers the
same way.
"""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.scopes import rows_changed

from ..models import (
    ACTIVE_STATUSES,
    Event,
    EventStatus,
    QuestionKind,
    Registration,
    RegistrationStatus,
)
from .notifications import notify_registration

Status = RegistrationStatus


def _lock_event(event: Event) -> Event:
    return Event.objects.select_for_update().get(pk=event.pk)


def _places_taken(event: Event) -> int:
    return Registration.objects.filter(event=event, status=Status.CONFIRMED).count()


def _next_position(event: Event) -> int:
    last = Registration.objects.filter(event=event, status=Status.WAITING).aggregate(
        last=Max("position")
    )["last"]
    return (last or 0) + 1


def _place_status(event: Event) -> tuple[str, int | None]:
    """Confirmed if a place is free, otherwise the next place on the waiting list.
    Call only with the event row locked."""
    if _places_taken(event) < event.capacity:
        return Status.CONFIRMED, None
    return Status.WAITING, _next_position(event)


def _renumber_waiting(event: Event) -> None:
    """Close the gaps a promotion or a departure leaves: whoever is first in
    line reads place 1. Call only with the event row locked, so no other
    transaction changes this waiting list meanwhile."""
    waiting = list(
        Registration.objects.filter(event=event, status=Status.WAITING).order_by("position", "id")
    )
    changed = []
    for place, registration in enumerate(waiting, start=1):
        if registration.position != place:
            registration.position = place
            changed.append(registration)
    if changed:
        Registration.objects.bulk_update(changed, ["position"])
        rows_changed(Registration, changed)  # bulk_update sends no signals


def _set_status(registration: Registration, status: str, position: int | None = None) -> None:
    registration.status = status
    registration.position = position
    registration.status_changed_at = timezone.now()
    registration.save(update_fields=["status", "position", "status_changed_at"])


def clean_answers(*, event: Event, answers: dict[str, Any]) -> dict[str, str]:
    """Keep answers to this event's questions only; refuse missing required ones."""
    cleaned: dict[str, str] = {}
    errors: dict[str, str] = {}
    for question in event.questions.all():
        value = str(answers.get(str(question.pk), "") or "").strip()
        if question.kind == QuestionKind.YES_NO and value not in {"", "yes", "no"}:
            errors[question.field_name] = _("Answer yes or no.")
        elif (
            question.kind == QuestionKind.CHOICE and value and value not in _choice_values(question)
        ):
            errors[question.field_name] = _("Choose one of the options.")
        elif question.required and not value:
            errors[question.field_name] = _("This question needs an answer.")
        if value:
            cleaned[str(question.pk)] = value
    if errors:
        raise ValidationError(errors)
    return cleaned


def _choice_values(question: Any) -> list[str]:
    # Answers are stored in the default language so they read the same for everyone.
    return [
        line.strip()
        for line in (question.options_lt or question.options).splitlines()
        if line.strip()
    ]


def registration_create(
    *, event: Event, person: User, answers: dict[str, Any], actor: User | None = None
) -> Registration:
    """A member registers: confirmed, waiting, or pending approval."""
    with transaction.atomic():
        event = _lock_event(event)
        if event.status == EventStatus.CANCELLED:
            raise ValidationError(_("This event was cancelled."), code="cancelled")
        if not event.registration_is_open():
            raise ValidationError(_("Registration for this event is closed."), code="closed")
        cleaned = clean_answers(event=event, answers=answers)
        existing = Registration.objects.filter(event=event, person=person).first()
        if existing is not None and existing.status in ACTIVE_STATUSES:
            raise ValidationError(_("You are already registered for this event."), code="twice")
        if existing is not None and existing.status == Status.REJECTED:
            raise ValidationError(
                _("The organisers did not approve your registration for this event."),
                code="rejected",
            )
        status: str
        position: int | None
        if event.approval_required:
            status, position = Status.PENDING, None
        else:
            status, position = _place_status(event)
        registration = _save_registration(
            event=event,
            person=person,
            existing=existing,
            status=status,
            position=position,
            answers=cleaned,
        )
        audit_record(
            actor=actor or person,
            action="events.registration.created",
            obj=registration,
            changed_fields=["status", "answers"],
        )
        notify_registration(registration, status)
    return registration


def _save_registration(
    *,
    event: Event,
    person: User,
    existing: Registration | None,
    status: str,
    position: int | None,
    answers: dict[str, str],
) -> Registration:
    now = timezone.now()
    if existing is not None:
        # Someone who cancelled earlier registers again: the same row comes back to life.
        existing.status, existing.position, existing.answers = status, position, answers
        existing.created_at = existing.status_changed_at = now
        existing.reminder_sent_at = None
        existing.save()
        return existing
    try:
        with transaction.atomic():
            return Registration.objects.create(
                event=event, person=person, status=status, position=position, answers=answers
            )
    except IntegrityError as exc:
        # The unique constraint is the last guard against a double registration.
        raise ValidationError(
            _("You are already registered for this event."), code="twice"
        ) from exc


def promote_waiting(*, event: Event, actor: User) -> list[Registration]:
    """Fill free places from the waiting list, first come first served.
    Call only with the event row locked."""
    promoted: list[Registration] = []
    free = event.capacity - _places_taken(event)
    if free <= 0 or event.status != EventStatus.PUBLISHED:
        return promoted
    waiting = Registration.objects.filter(event=event, status=Status.WAITING).order_by(
        "position", "id"
    )[:free]
    for registration in list(waiting):
        _set_status(registration, Status.CONFIRMED)
        audit_record(
            actor=actor,
            action="events.registration.promoted",
            obj=registration,
            changed_fields=["status", "position"],
        )
        notify_registration(registration, "promoted")
        promoted.append(registration)
    if promoted:
        _renumber_waiting(event)
    return promoted


def _leave(
    *, registration: Registration, actor: User, status: str, action: str, notice: str = ""
) -> Registration:
    """Take a registration out (cancelled, rejected or removed) and fill its place;
    ``notice`` names the e-mail that tells the person (sent after commit)."""
    with transaction.atomic():
        event = _lock_event(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status not in ACTIVE_STATUSES:
            raise ValidationError(_("This registration is no longer active."), code="inactive")
        was_waiting = registration.status == Status.WAITING
        _set_status(registration, status)
        audit_record(actor=actor, action=action, obj=registration, changed_fields=["status"])
        if notice:
            notify_registration(registration, notice)
        if not promote_waiting(event=event, actor=actor) and was_waiting:
            _renumber_waiting(event)
    return registration


def registration_cancel(*, registration: Registration, actor: User) -> Registration:
    """The participant cancels, until the event's cancellation deadline."""
    if not registration.event.may_cancel():
        raise ValidationError(_("The deadline for cancelling has passed."), code="deadline")
    return _leave(
        registration=registration,
        actor=actor,
        status=Status.CANCELLED,
        action="events.registration.cancelled",
    )


def registration_remove(
    *, registration: Registration, actor: User, notify: bool = True
) -> Registration:
    """A coordinator takes a participant off the list, and the person is told
    (not when moved: the new event's e-mail says it all)."""
    return _leave(
        registration=registration,
        actor=actor,
        status=Status.CANCELLED,
        action="events.registration.removed",
        notice="removed" if notify else "",
    )


def registration_reject(*, registration: Registration, actor: User) -> Registration:
    return _leave(
        registration=registration,
        actor=actor,
        status=Status.REJECTED,
        action="events.registration.rejected",
        notice="rejected",
    )


def registration_approve(*, registration: Registration, actor: User) -> Registration:
    """Approve a pending registration: a free place, or the waiting list."""
    with transaction.atomic():
        event = _lock_event(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != Status.PENDING:
            raise ValidationError(_("Only registrations awaiting approval can be approved."))
        status, position = _place_status(event)
        _set_status(registration, status, position)
        audit_record(
            actor=actor,
            action="events.registration.approved",
            obj=registration,
            changed_fields=["status"],
        )
        notify_registration(registration, status)
    return registration


def registration_add(*, event: Event, person: User, actor: User) -> Registration:
    """A coordinator adds someone: no window or approval, but capacity still holds."""
    with transaction.atomic():
        event = _lock_event(event)
        if event.status in {EventStatus.CANCELLED, EventStatus.HELD}:
            raise ValidationError(_("Participants cannot be added to this event any more."))
        existing = Registration.objects.filter(event=event, person=person).first()
        if existing is not None and existing.status in ACTIVE_STATUSES:
            raise ValidationError(_("This person is already registered for this event."))
        status, position = _place_status(event)
        registration = _save_registration(
            event=event,
            person=person,
            existing=existing,
            status=status,
            position=position,
            answers={},
        )
        audit_record(
            actor=actor,
            action="events.registration.added",
            obj=registration,
            changed_fields=["status"],
        )
        notify_registration(registration, status)
    return registration


def registration_move(*, registration: Registration, target: Event, actor: User) -> Registration:
    """Move a participant to another event (its place here goes to the waiting list)."""
    if target.pk == registration.event_id:
        raise ValidationError(_("Choose a different event."))
    with transaction.atomic():
        # Both events locked up front, lowest id first: two opposite moves at the
        # same time then wait for each other instead of deadlocking.
        list(
            Event.objects.select_for_update()
            .filter(pk__in=[registration.event_id, target.pk])
            .order_by("pk")
        )
        person = registration.person
        if person is None:  # anonymised after the event
            raise ValidationError(_("An anonymised registration cannot be moved."))
        registration_remove(registration=registration, actor=actor, notify=False)
        moved = registration_add(event=target, person=person, actor=actor)
        audit_record(
            actor=actor, action="events.registration.moved", obj=moved, changed_fields=["event"]
        )
    return moved


def registration_answers_update(
    *, registration: Registration, answers: dict[str, Any], actor: User
) -> Registration:
    if registration.status not in ACTIVE_STATUSES or registration.event.is_past:
        raise ValidationError(_("These answers can no longer be changed."))
    with transaction.atomic():
        registration.answers = clean_answers(event=registration.event, answers=answers)
        registration.save(update_fields=["answers"])
        audit_record(
            actor=actor,
            action="events.registration.answers_changed",
            obj=registration,
            changed_fields=["answers"],
        )
    return registration
