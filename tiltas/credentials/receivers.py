"""How certificates follow the achievements of the apps below: a completed
programme, an event held (or its attendance corrected after), and a holder's
new name or language."""

from typing import Any

from django.conf import settings
from django.db.models import Count
from django.db.models.signals import post_save

from tiltas.events.models import Attendance, Event, EventStatus, Registration
from tiltas.events.signals import attendance_recorded, event_held
from tiltas.learning.models import Completion
from tiltas.learning.signals import completion_recorded

from . import services

#: A change to these fields of a person may change what their certificates say.
PERSON_FIELDS = frozenset({"full_name", "preferred_language"})


def connect() -> None:
    completion_recorded.connect(completion_certificate, dispatch_uid="credentials.completion")
    event_held.connect(event_certificates, dispatch_uid="credentials.event_held")
    attendance_recorded.connect(attendance_certificate, dispatch_uid="credentials.attendance")
    post_save.connect(
        person_changed, sender=settings.AUTH_USER_MODEL, dispatch_uid="credentials.person"
    )


def completion_certificate(sender: Any, *, completion: Completion, **kwargs: Any) -> None:
    services.certificate_issue_for_completion(completion=completion)


def event_certificates(sender: Any, *, event: Event, **kwargs: Any) -> None:
    services.certificates_issue_for_event(event=event)


def attendance_certificate(
    sender: Any, *, registration: Registration, present: bool, **kwargs: Any
) -> None:
    """A coordinator's correction after the event was held may complete the
    rule; before that, the certificates wait for the event to be held."""
    if not present:
        return
    event = Event.objects.filter(pk=registration.event_id, status=EventStatus.HELD).first()
    if event is None:
        return
    registration.event = event
    days = Attendance.objects.filter(registration=registration).aggregate(n=Count("id"))["n"]
    services.certificate_issue_for_registration(registration=registration, days_attended=days)


def person_changed(sender: Any, *, instance: Any, created: bool, **kwargs: Any) -> None:
    update_fields = kwargs.get("update_fields")
    if created or (update_fields is not None and not PERSON_FIELDS & set(update_fields)):
        return
    services.certificates_reissue_for_person(person=instance)
