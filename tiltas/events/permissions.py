"""Access functions: each fetches one object a URL names, or raises Http404."""

from typing import Any

from django.http import Http404

from tiltas.core.access import MANAGERS, TEACHERS

from .models import (
    DelegationMember,
    Event,
    EventQuestion,
    EventStatus,
    Registration,
    StudyVisit,
    SurveyQuestion,
    VisitFile,
)
from .models.visits import PUBLIC_VISIT_STATUSES


def _has_role(user: Any, roles: tuple[str, ...]) -> bool:
    return bool(user.is_authenticated and user.is_active and user.role in roles)


def access_event_by_slug(user: Any, slug: str) -> Event:
    """Public event page: any event but drafts, which only staff see."""
    event = Event.objects.select_related("programme").filter(slug=slug).first()
    if event is None or (event.status == EventStatus.DRAFT and not _has_role(user, TEACHERS)):
        raise Http404
    return event


def access_event_for_staff_by_id(user: Any, pk: int) -> Event:
    """Coordinators and administrators manage every event; a trainer only the
    events they teach (SECURITY AC-2): any other is a 404, not a 403, so its
    existence is not confirmed."""
    if not _has_role(user, TEACHERS):
        raise Http404
    events = Event.objects.filter(pk=pk)
    if user.role not in MANAGERS:
        events = events.filter(trainers=user)
    event = events.first()
    if event is None:
        raise Http404
    return event


def access_registration_by_id(user: Any, pk: int) -> Registration:
    """A member's own registration; anyone else's is a 404, staff included."""
    registration = (
        Registration.objects.select_related("event").filter(pk=pk, person_id=user.pk).first()
        if user.is_authenticated
        else None
    )
    if registration is None:
        raise Http404
    return registration


def access_event_registration_by_id(user: Any, event: Event, pk: int) -> Registration:
    registration = (
        Registration.objects.select_related("event", "person").filter(pk=pk, event=event).first()
    )
    if registration is None or not _has_role(user, TEACHERS):
        raise Http404
    return registration


def access_event_question_by_id(user: Any, event: Event, pk: int) -> EventQuestion:
    question = EventQuestion.objects.filter(pk=pk, event=event).first()
    if question is None or not _has_role(user, MANAGERS):
        raise Http404
    return question


def access_survey_question_by_id(user: Any, event: Event, pk: int) -> SurveyQuestion:
    question = SurveyQuestion.objects.filter(pk=pk, event=event).select_related("event").first()
    if question is None or not _has_role(user, MANAGERS):
        raise Http404
    return question


def _visit_is_public(visit: StudyVisit) -> bool:
    return visit.status in PUBLIC_VISIT_STATUSES


def access_visit_by_slug(user: Any, slug: str) -> StudyVisit:
    visit = StudyVisit.objects.filter(slug=slug).first()
    if visit is None or not (_visit_is_public(visit) or _has_role(user, MANAGERS)):
        raise Http404
    return visit


def access_visit_for_staff_by_id(user: Any, pk: int) -> StudyVisit:
    visit = StudyVisit.objects.filter(pk=pk).first()
    if visit is None or not _has_role(user, MANAGERS):
        raise Http404
    return visit


def access_visit_file_by_id(user: Any, visit: StudyVisit, pk: int) -> VisitFile:
    item = VisitFile.objects.filter(pk=pk, visit=visit).first()
    if item is None or not (_visit_is_public(visit) or _has_role(user, MANAGERS)):
        raise Http404
    return item


def access_delegation_member_by_id(user: Any, visit: StudyVisit, pk: int) -> DelegationMember:
    member = DelegationMember.objects.filter(pk=pk, visit=visit).first()
    if member is None or not _has_role(user, MANAGERS):
        raise Http404
    return member
