"""A period's records for the evidence tests: what goes into its bundle and
what must stay out."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile

from tiltas.accounts.tests.factories import OrganisationFactory, UserFactory
from tiltas.credentials.models import Certificate
from tiltas.events.models import (
    EventFile,
    EventStatus,
    SignedAttendanceSheet,
    SurveyResponse,
    VisitFile,
    VisitStatus,
    WalkIn,
)
from tiltas.events.tests.factories import (
    DelegationMemberFactory,
    EventFactory,
    RegistrationFactory,
    StudyVisitFactory,
    SurveyQuestionFactory,
)
from tiltas.integrity.models import Guide, GuideVersion, PdfStatus, VersionPdf

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
START, END = date(2026, 3, 1), date(2026, 3, 31)
VILNIUS = ZoneInfo("Europe/Vilnius")


@dataclass
class Period:
    event: object
    visit: object
    participant: object


def stored(field_file, name: str, content: bytes) -> None:
    field_file.save(name, ContentFile(content), save=False)


def held_event(day: date, *, days: int = 2, **fields):
    starts = datetime(day.year, day.month, day.day, 9, tzinfo=VILNIUS)
    fields.setdefault("status", EventStatus.HELD)
    return EventFactory(
        starts_at=starts, ends_at=starts + timedelta(days=days - 1, hours=8), **fields
    )


def event_file(event, title: str, content: bytes, name: str = "report.pdf") -> EventFile:
    item = EventFile(event=event, kind="document", title=title, original_name=name)
    item.content_type = "application/pdf"
    stored(item.file, name, content)
    item.save()
    return item


def period_records() -> Period:
    """One held event of two days (a participant, a walk-in, one signed scan,
    a survey, a file), one held visit, a guide version with a PDF and a
    certificate, all in March 2026; and an event, a visit and a certificate
    outside it or not held."""
    organisation = OrganisationFactory(name="Kauno rajono savivaldybė")
    participant = UserFactory(
        full_name="Ona Dalyvė",
        email="ona.dalyve@example.lt",
        organisation=organisation,
        sex="female",
        position="Vyriausioji specialistė",
    )
    event = held_event(date(2026, 3, 10), slug="klasteriu-mokymai", title_lt="Klasterių mokymai")
    registration = RegistrationFactory(
        event=event, person=participant, answers={"1": "Vegetariškas maistas"}
    )
    for day in event.days:
        registration.attendances.create(day=day)
    WalkIn.objects.create(
        event=event, day=event.days[1], name="Petras Atėjęs", email="petras@example.lt"
    )
    sheet = SignedAttendanceSheet(event=event, day=event.days[0], content_type="image/jpeg")
    stored(sheet.file, "scan.jpg", b"\xff\xd8\xff" + b"scan" * 100)
    sheet.save()
    question = SurveyQuestionFactory(event=event, text_lt="Kaip vertinate mokymus?")
    SurveyResponse.objects.create(
        event=event, registration=registration, answers={str(question.pk): 5}
    )
    event_file(event, "Pranešimas", PDF, "pranešimas.pdf")

    visit = StudyVisitFactory(
        slug="vizitas-osle",
        start_date=date(2026, 3, 20),
        end_date=date(2026, 3, 22),
        report="Aplankėme **tris** savivaldybes.",
    )
    DelegationMemberFactory(visit=visit, name="Jonas Delegatas", role="Vadovas")
    visit_file = VisitFile(visit=visit, kind="document", title="Darbotvarkė")
    visit_file.original_name, visit_file.content_type = "darbotvarke.pdf", "application/pdf"
    stored(visit_file.file, "agenda.pdf", PDF)
    visit_file.save()

    guide = Guide.objects.create(slug="gairės", title="Gairės")
    version = GuideVersion.objects.create(
        guide=guide, number=1, change_log="Pirma", published_at=datetime(2026, 3, 5, tzinfo=VILNIUS)
    )
    pdf = VersionPdf(version=version, language="lt", status=PdfStatus.READY)
    stored(pdf.file, "guide.pdf", PDF)
    pdf.save()

    Certificate.objects.create(
        person=participant,
        kind="event",
        event=event,
        holder_name=participant.full_name,
        ended_on=event.days[-1],
        issued_on=date(2026, 3, 12),
        issuer_name="Vidaus reikalų ministerija",
    )
    # Outside the bundle: an event of April, one not held, a planned visit, a certificate of May.
    held_event(date(2026, 4, 2), slug="balandzio-mokymai")
    held_event(date(2026, 3, 15), slug="nevykes", status=EventStatus.PUBLISHED)
    StudyVisitFactory(
        slug="planuojamas",
        start_date=date(2026, 3, 25),
        end_date=date(2026, 3, 26),
        status=VisitStatus.PLANNED,
    )
    Certificate.objects.create(
        person=UserFactory(full_name="Kitas Žmogus"),
        kind="event",
        event=event,
        holder_name="Kitas Žmogus",
        ended_on=event.days[-1],
        issued_on=date(2026, 5, 1),
        issuer_name="Vidaus reikalų ministerija",
    )
    return Period(event=event, visit=visit, participant=participant)
