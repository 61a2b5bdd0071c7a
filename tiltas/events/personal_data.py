"""What the events app holds about a person, for export and erasure (GDPR)."""

from typing import Any

from django.db import transaction
from django.db.models import QuerySet

from tiltas.accounts.models import User
from tiltas.core.personal_data import PersonalDataSource

from .models import (
    Attendance,
    DelegationMember,
    Event,
    Registration,
    SignedAttendanceSheet,
    SurveyResponse,
    WalkIn,
)
from .services.retention import registrations_anonymise, walk_ins_anonymise


def export(user: User) -> dict[str, Any]:
    registrations = Registration.objects.filter(person=user).select_related("event")
    return {
        "registrations": [
            {
                "event": r.event.title,
                "starts_at": r.event.starts_at.isoformat(),
                "status": r.status,
                "registered_at": r.created_at.isoformat(),
                "answers": r.answers,
                "days_attended": [a.day.isoformat() for a in r.attendances.all()],
                "survey_answers": r.survey_response.answers
                if hasattr(r, "survey_response")
                else None,
            }
            for r in registrations
        ],
        "study_visits": [
            {"visit": m.visit.title, "role": m.role, "organisation": m.organisation_name}
            for m in DelegationMember.objects.filter(person=user).select_related("visit")
        ],
        "events_as_trainer": list(
            Event.objects.filter(trainers=user).values_list("title", flat=True)
        ),
    }


def _survey_texts_remove(registrations: QuerySet[Registration]) -> None:
    """Free-text answers go: the person may have written anything, their name
    included. Ratings stay, for the event's averages."""
    for response in SurveyResponse.objects.filter(registration__in=registrations):
        ratings = {key: value for key, value in response.answers.items() if isinstance(value, int)}
        if ratings != response.answers:
            response.answers = ratings
            response.save(update_fields=["answers"])


def erase(user: User) -> None:
    """Cut every link to the person. Attendance rows stay, anonymous, because the
    donor counts participants; survey ratings stay, unlinked, their texts go."""
    with transaction.atomic():
        registrations = Registration.objects.filter(person=user)
        _survey_texts_remove(registrations)
        registrations_anonymise(registrations=registrations)
        for member in DelegationMember.objects.filter(person=user):
            member.person = None
            member.name = "—"
            member.organisation_name = ""
            member.save(update_fields=["person", "name", "organisation_name"])
        Event.trainers.through.objects.filter(user=user).delete()


EVENTS = PersonalDataSource(
    "events",
    models=(
        Registration,
        Attendance,
        SurveyResponse,
        DelegationMember,
        Event,
        Event.trainers.through,
    ),
    export=export,
    erase=erase,
)


def _walk_ins_of(user: Any) -> Any:
    """Where the person took part without an account, under their address."""
    return WalkIn.objects.filter(email=(user.email or "").lower()).exclude(email="")


def export_walk_ins(user: Any) -> dict[str, Any]:
    return {
        "present_without_registration": [
            {
                "event": w.event.title,
                "day": w.day.isoformat(),
                "name": w.name,
                "organisation": w.organisation_name,
                "email": w.email,
            }
            for w in _walk_ins_of(user).select_related("event")
        ],
        "walk_ins_recorded": WalkIn.objects.filter(recorded_by=user).count(),
    }


def erase_walk_ins(user: Any) -> None:
    """Their own walk-ins lose name and address (they stay counted); the walk-ins
    they recorded as staff lose the link to them."""
    with transaction.atomic():
        walk_ins_anonymise(walk_ins=_walk_ins_of(user))
        WalkIn.objects.filter(recorded_by=user).update(recorded_by=None)


WALK_INS = PersonalDataSource(
    "events_walk_ins", models=(WalkIn,), export=export_walk_ins, erase=erase_walk_ins
)


def export_signed_sheets(user: Any) -> dict[str, Any]:
    return {
        "signed_sheets_uploaded": [
            {"event": s.event.title, "day": s.day.isoformat(), "at": s.uploaded_at.isoformat()}
            for s in SignedAttendanceSheet.objects.filter(uploaded_by=user).select_related("event")
        ]
    }


def erase_signed_sheets(user: Any) -> None:
    """A scan is the project's evidence, not data about the staff member who
    uploaded it: only the link to them goes. (A participant's signature on a
    scan goes with the scan, when the retention job removes it.)"""
    SignedAttendanceSheet.objects.filter(uploaded_by=user).update(uploaded_by=None)


SIGNED_SHEETS = PersonalDataSource(
    "events_signed_sheets",
    models=(SignedAttendanceSheet,),
    export=export_signed_sheets,
    erase=erase_signed_sheets,
)
