"""How the events app reacts to its own domain signals for the apps below it:
attending a training of a programme is evidence of the competencies the
programme develops."""

from typing import Any

from tiltas.competencies.services import evidence_add_automatic
from tiltas.learning.selectors import programme_competency_levels

from .models import Event, Registration
from .signals import event_held


def connect() -> None:
    event_held.connect(attendance_evidence_add, dispatch_uid="events.evidence")


def attendance_evidence_add(sender: Any, *, event: Event, **kwargs: Any) -> None:
    """Everyone present at least one day gets evidence at the programme's target
    level. Idempotent: the competencies service returns the evidence already
    recorded for the same registration and competency."""
    if event.programme_id is None:
        return
    levels = programme_competency_levels(event.programme_id)
    if not levels:
        return
    attended = (
        Registration.objects.filter(event=event, attendances__isnull=False)
        .select_related("person")
        .distinct()
        .order_by("id")
    )
    occurred_on = event.local_ends_at.date()
    for registration in attended:
        for competency, level in levels:
            evidence_add_automatic(
                person=registration.person,
                competency=competency,
                level=level,
                source="event_attendance",
                source_ref=str(registration.pk),
                occurred_on=occurred_on,
                title=event.title,
            )
