"""Creating, changing, cancelling and closing events, and their questions."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.services import model_update

from ..models import (
    ACTIVE_STATUSES,
    Event,
    EventQuestion,
    EventStatus,
    Registration,
    SurveyQuestion,
)
from ..signals import event_held
from .notifications import notify_registration
from .registrations import promote_waiting

#: Path segments under /events/ that a slug must not take.
RESERVED_SLUGS = frozenset({"registrations", "calendar", "create", "manage"})


def unique_slug(model: Any, title: str, *, exclude_pk: int | None = None) -> str:
    base = (slugify(title) or "event")[:70]
    if base in RESERVED_SLUGS:
        base = f"{base}-event"
    slug, n = base, 2
    while model.objects.filter(slug=slug).exclude(pk=exclude_pk).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def event_create(*, data: dict[str, Any], trainers: Any = (), actor: User) -> Event:
    with transaction.atomic():
        event = Event(**data)
        event.slug = unique_slug(Event, data.get("title_lt") or data.get("title") or "")
        event.full_clean(exclude=["slug"])
        event.save()
        event.trainers.set(trainers)
        audit_record(
            actor=actor, action="events.event.created", obj=event, changed_fields=list(data)
        )
    return event


def event_update(*, event: Event, data: dict[str, Any], trainers: Any, actor: User) -> Event:
    if "status" in data and data["status"] not in {EventStatus.DRAFT, EventStatus.PUBLISHED}:
        raise ValidationError(_("Use the cancel and held actions to change to that status."))
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=event.pk)
        if event.status in {EventStatus.CANCELLED, EventStatus.HELD}:
            data.pop("status", None)
        changed = model_update(event, fields=data, data=data)
        event.full_clean()
        event.save()
        if set(event.trainers.all()) != set(trainers):
            event.trainers.set(trainers)
            changed.append("trainers")
        audit_record(actor=actor, action="events.event.changed", obj=event, changed_fields=changed)
        # More places (or publishing) may let people in from the waiting list.
        promote_waiting(event=event, actor=actor)
    return event


def event_publish(*, event: Event, actor: User) -> Event:
    """Open a draft to the public (and to registration, from its opening time)."""
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=event.pk)
        if event.status != EventStatus.DRAFT:
            raise ValidationError(_("Only a draft can be published."), code="not_draft")
        if event.ends_at <= timezone.now():
            raise ValidationError(
                _("This event has ended: it can no longer be published."), code="ended"
            )
        event.status = EventStatus.PUBLISHED
        event.save(update_fields=["status", "updated_at"])
        audit_record(
            actor=actor, action="events.event.published", obj=event, changed_fields=["status"]
        )
        # Participants a coordinator added to the draft may now come off the waiting list.
        promote_waiting(event=event, actor=actor)
    return event


def event_cancel(*, event: Event, actor: User) -> Event:
    """Cancel the event and tell everyone registered, waiting or pending."""
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=event.pk)
        if event.status in {EventStatus.CANCELLED, EventStatus.HELD}:
            raise ValidationError(_("This event can no longer be cancelled."))
        event.status = EventStatus.CANCELLED
        event.save(update_fields=["status", "updated_at"])
        audit_record(
            actor=actor, action="events.event.cancelled", obj=event, changed_fields=["status"]
        )
        for registration in Registration.objects.filter(event=event, status__in=ACTIVE_STATUSES):
            notify_registration(registration, "event_cancelled")
    return event


def event_mark_held(*, event: Event, actor: User) -> Event:
    """Close the event: attendance is frozen from now on (later changes are audited)."""
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=event.pk)
        if event.status != EventStatus.PUBLISHED:
            raise ValidationError(_("Only a published event can be marked as held."))
        if event.ends_at > timezone.now():
            raise ValidationError(
                _("The event has not ended yet: mark it as held after its last day."),
                code="not_ended",
            )
        event.status = EventStatus.HELD
        event.held_at = timezone.now()
        event.save(update_fields=["status", "held_at", "updated_at"])
        audit_record(
            actor=actor, action="events.event.held", obj=event, changed_fields=["status", "held_at"]
        )
        event_held.send(sender=Event, event=event)
    return event


def event_question_create(*, event: Event, data: dict[str, Any], actor: User) -> EventQuestion:
    with transaction.atomic():
        question = EventQuestion(event=event, **data)
        question.full_clean()
        question.save()
        audit_record(
            actor=actor, action="events.question.created", obj=question, changed_fields=list(data)
        )
    return question


def event_question_delete(*, question: EventQuestion, actor: User) -> None:
    with transaction.atomic():
        audit_record(actor=actor, action="events.question.deleted", obj=question)
        question.delete()


def survey_question_create(*, event: Event, data: dict[str, Any], actor: User) -> SurveyQuestion:
    with transaction.atomic():
        question = SurveyQuestion(event=event, **data)
        question.full_clean()
        question.save()
        audit_record(
            actor=actor,
            action="events.survey_question.created",
            obj=question,
            changed_fields=list(data),
        )
    return question


def survey_question_delete(*, question: SurveyQuestion, actor: User) -> None:
    if question.event.survey_responses.exists():
        raise ValidationError(_("People have answered the survey; its questions stay as they are."))
    with transaction.atomic():
        audit_record(actor=actor, action="events.survey_question.deleted", obj=question)
        question.delete()
