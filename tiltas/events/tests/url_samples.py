"""Arguments to reverse every URL of the events app that takes some (permission matrix)."""

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from tiltas.events.models import (
    EventFile,
    EventStatus,
    SignedAttendanceSheet,
    VisitFile,
    WalkIn,
)

from .factories import (
    DelegationMemberFactory,
    EventFactory,
    EventQuestionFactory,
    RegistrationFactory,
    StudyVisitFactory,
    SurveyQuestionFactory,
)

_OWN = "a member's own registration page: anyone else (staff included) gets 404"
_TEACHES = "a trainer who does not teach the event gets 404 (coordinators all 200)"

#: 404 counts as reached for these (the matrix creates its people after the
#: sample, so its trainer cannot teach the sample event).
NOT_FOUND_BY_DESIGN = {
    **{f"events:{name}": _OWN for name in ("ticket", "answers_edit", "survey", "cancel")},
    **{
        f"events:{name}": _TEACHES
        for name in (
            "manage_detail",
            "manage_check_in",
            "manage_attendance",
            "manage_attendance_set",
            "manage_attendance_sheet",
            "manage_event_file_add",
            "manage_event_file_delete",
            "manage_signed_sheet_upload",
            "manage_signed_sheet",
        )
    },
}


def url_samples() -> dict[str, dict]:
    event = EventFactory()
    registration = RegistrationFactory(event=event)
    question = EventQuestionFactory(event=event)
    survey_question = SurveyQuestionFactory(event=event)
    walk_in = WalkIn.objects.create(event=event, day=event.days[0], name="Ona Ateivė")
    visit = StudyVisitFactory()
    member = DelegationMemberFactory(visit=visit)
    # One shared file: the matrix calls this for every route, so nothing piles up.
    name = "visits/url-sample.pdf"
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(b"%PDF-1.4\n%%EOF\n"))
    item = VisitFile.objects.create(
        visit=visit,
        kind="document",
        title="Agenda",
        file=name,
        content_type="application/pdf",
        original_name="agenda.pdf",
    )
    held = EventFactory(status=EventStatus.HELD)
    photo = EventFile.objects.create(
        event=held,
        kind="document",
        title="Report",
        file=name,
        content_type="application/pdf",
        original_name="report.pdf",
    )
    SignedAttendanceSheet.objects.create(
        event=event, day=event.days[0], file=name, content_type="application/pdf"
    )
    e = {"pk": event.pk}
    r = {**e, "registration_pk": registration.pk}
    v = {"pk": visit.pk}
    return {
        # A member's own pages: other people get 404, as they should (tested separately).
        "events:ticket": {"pk": registration.pk},
        "events:answers_edit": {"pk": registration.pk},
        "events:cancel": {"pk": registration.pk},
        "events:survey": {"pk": registration.pk},
        "events:detail": {"slug": event.slug},
        "events:register": {"slug": event.slug},
        "events:event_ics": {"slug": event.slug},
        "events:event_file": {"slug": held.slug, "pk": photo.pk},
        "events:visit_detail": {"slug": visit.slug},
        "events:visit_file": {"slug": visit.slug, "pk": item.pk},
        "events:manage_detail": e,
        "events:manage_edit": e,
        "events:manage_questions": e,
        "events:manage_question_delete": {**e, "question_pk": question.pk},
        "events:manage_survey": e,
        "events:manage_survey_question_delete": {**e, "question_pk": survey_question.pk},
        "events:manage_participant_add": e,
        "events:manage_registration_move": r,
        "events:manage_registration_approve": r,
        "events:manage_registration_reject": r,
        "events:manage_registration_remove": r,
        "events:manage_publish": e,
        "events:manage_held": e,
        "events:manage_cancel": e,
        "events:manage_check_in": e,
        "events:manage_attendance": e,
        "events:manage_walk_in_add": e,
        "events:manage_walk_in_remove": {**e, "walk_in_pk": walk_in.pk},
        "events:manage_attendance_set": r,
        "events:manage_attendance_sheet": {**e, "day": event.days[0].isoformat()},
        "events:manage_signed_sheet_upload": {**e, "day": event.days[0].isoformat()},
        "events:manage_signed_sheet": {**e, "day": event.days[0].isoformat()},
        "events:manage_export_csv": e,
        "events:manage_export_xlsx": e,
        "events:manage_event_file_add": e,
        "events:manage_event_file_delete": {"pk": held.pk, "file_pk": photo.pk},
        "events:manage_visit_detail": v,
        "events:manage_visit_edit": v,
        "events:manage_delegation_add": v,
        "events:manage_delegation_remove": {**v, "member_pk": member.pk},
        "events:manage_visit_file_add": v,
        "events:manage_visit_file": {**v, "file_pk": item.pk},
        "events:manage_visit_file_delete": {**v, "file_pk": item.pk},
    }
