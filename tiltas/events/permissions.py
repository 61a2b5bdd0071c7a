"""Access functions: each fetches one object a URL names, or raises Http404."""

from datetime import date

from django.http import Http404

from tiltas.accounts.models import Visitor
from tiltas.core.access import get_or_404
from tiltas.core.roles import is_manager, is_teacher

from .models import (
    DelegationMember,
    Event,
    EventFile,
    EventQuestion,
    EventStatus,
    Registration,
    SignedAttendanceSheet,
    StudyVisit,
    SurveyQuestion,
    VisitFile,
    WalkIn,
)
from .models.visits import PUBLIC_VISIT_STATUSES


def access_event_by_slug(user: Visitor, slug: str) -> Event:
    """Public event page: any event but drafts, which only staff see."""
    event: Event = get_or_404(Event.objects.select_related("programme"), slug=slug)
    if event.status == EventStatus.DRAFT and not is_teacher(user):
        raise Http404
    return event


def access_event_for_manage_by_id(user: Visitor, pk: int) -> Event:
    """Coordinators and administrators manage every event; a trainer only the
    events they teach (SECURITY AC-2): any other is a 404, not a 403, so its
    existence is not confirmed."""
    if not is_teacher(user):
        raise Http404
    events = Event.objects.all()
    if not is_manager(user):
        events = events.filter(trainers=user.pk)
    return get_or_404(events, pk=pk)


def access_event_file_by_id(user: Visitor, event: Event, pk: int) -> EventFile:
    """A file of an event's report: public once the event is held, before
    that only for its staff (a report in preparation is not published)."""
    if event.status != EventStatus.HELD and not is_teacher(user):
        raise Http404
    return get_or_404(EventFile.objects, pk=pk, event=event)


def access_event_file_for_manage_by_id(user: Visitor, event: Event, pk: int) -> EventFile:
    """``event`` comes from :func:`access_event_for_manage_by_id`."""
    return get_or_404(EventFile.objects, pk=pk, event=event)


def access_signed_sheet_for_manage(user: Visitor, event: Event, day: date) -> SignedAttendanceSheet:
    """The scan of ``day``'s signed sheet of ``event``, which the caller opened
    with :func:`access_event_for_manage_by_id` (its trainers and coordinators)."""
    if not is_teacher(user):
        raise Http404
    return get_or_404(SignedAttendanceSheet.objects, event=event, day=day)


def access_registration_by_id(user: Visitor, pk: int) -> Registration:
    """A member's own registration; anyone else's is a 404, staff included."""
    if not user.is_authenticated:
        raise Http404
    return get_or_404(Registration.objects.select_related("event"), pk=pk, person_id=user.pk)


def access_registration_for_manage_by_id(user: Visitor, event: Event, pk: int) -> Registration:
    """A registration for ``event``, which the caller opened with
    :func:`access_event_for_manage_by_id`."""
    if not is_teacher(user):
        raise Http404
    return get_or_404(Registration.objects.select_related("event", "person"), pk=pk, event=event)


def access_walk_in_for_manage_by_id(user: Visitor, event: Event, pk: int) -> WalkIn:
    """A walk-in of ``event``, which the caller opened with
    :func:`access_event_for_manage_by_id`."""
    if not is_teacher(user):
        raise Http404
    return get_or_404(WalkIn.objects.select_related("event"), pk=pk, event=event)


def access_event_question_for_manage_by_id(user: Visitor, event: Event, pk: int) -> EventQuestion:
    if not is_manager(user):
        raise Http404
    return get_or_404(EventQuestion.objects, pk=pk, event=event)


def access_survey_question_for_manage_by_id(user: Visitor, event: Event, pk: int) -> SurveyQuestion:
    if not is_manager(user):
        raise Http404
    return get_or_404(SurveyQuestion.objects.select_related("event"), pk=pk, event=event)


def _visit_is_public(visit: StudyVisit) -> bool:
    return visit.status in PUBLIC_VISIT_STATUSES


def access_visit_by_slug(user: Visitor, slug: str) -> StudyVisit:
    visit: StudyVisit = get_or_404(StudyVisit.objects, slug=slug)
    if not (_visit_is_public(visit) or is_manager(user)):
        raise Http404
    return visit


def access_visit_for_manage_by_id(user: Visitor, pk: int) -> StudyVisit:
    if not is_manager(user):
        raise Http404
    return get_or_404(StudyVisit.objects, pk=pk)


def access_visit_file_by_id(user: Visitor, visit: StudyVisit, pk: int) -> VisitFile:
    if not (_visit_is_public(visit) or is_manager(user)):
        raise Http404
    return get_or_404(VisitFile.objects, pk=pk, visit=visit)


def access_visit_file_for_manage_by_id(user: Visitor, visit: StudyVisit, pk: int) -> VisitFile:
    if not is_manager(user):
        raise Http404
    return get_or_404(VisitFile.objects, pk=pk, visit=visit)


def access_delegation_member_for_manage_by_id(
    user: Visitor, visit: StudyVisit, pk: int
) -> DelegationMember:
    if not is_manager(user):
        raise Http404
    return get_or_404(DelegationMember.objects, pk=pk, visit=visit)
