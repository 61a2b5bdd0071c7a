"""The rules: who gets a certificate, when, and only once."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from tiltas.core.models import AuditEntry
from tiltas.credentials.models import Certificate, CertificateKind, PdfStatus, ReissueReason
from tiltas.credentials.selectors import normalise_number
from tiltas.credentials.services import certificate_issue_for_completion
from tiltas.credentials.services.issuance import add_months
from tiltas.events.models import CertificateRule
from tiltas.events.services import attendance_set
from tiltas.learning.models import Completion

from .factories import (
    attend,
    complete_programme,
    hold,
    issuer_and_signatory,
    new_person,
    past_event,
    programme_with_competency,
)

pytestmark = pytest.mark.django_db


def test_completing_a_programme_issues_one_certificate_with_what_it_states(member):
    issuer_and_signatory()
    programme, lesson = programme_with_competency(level=3)
    complete_programme(member, programme, lesson)

    certificate = Certificate.objects.get(person=member)
    assert certificate.kind == CertificateKind.PROGRAMME
    assert certificate.programme == programme
    assert certificate.holder_name == member.full_name
    assert certificate.hours == Decimal("16")
    assert certificate.ended_on == Completion.objects.get(person=member).completed_on
    assert certificate.issuer_name == "Vidaus reikalų ministerija"
    assert certificate.signatory.name == "Rūta Petraitienė"
    assert [(c.competency.code, c.level) for c in certificate.competencies.all()] == [("SC1", 3)]
    assert certificate.pdf_status == PdfStatus.PENDING
    assert normalise_number(certificate.number) == certificate.number
    assert AuditEntry.objects.filter(action="credentials.certificate.issued").count() == 1


def test_numbers_are_random_and_typed_numbers_are_forgiving(member):
    programme, lesson = programme_with_competency()
    complete_programme(member, programme, lesson)
    other, other_lesson = programme_with_competency(title="Another")
    other.programme_competencies.all().delete()
    complete_programme(member, other, other_lesson)
    first, second = Certificate.objects.order_by("id")
    assert first.number != second.number
    assert len(first.number) == 19 and first.number.count("-") == 3
    typed = first.number.lower().replace("-", " ").replace("0", "o")
    assert normalise_number(typed) == first.number
    assert normalise_number(f"https://tiltas.example/lt/verify/{first.number}/") == first.number
    assert normalise_number("ABCD") is None
    assert normalise_number("' OR 1=1 --") is None


def test_the_same_completion_signal_twice_gives_one_certificate(member):
    programme, lesson = programme_with_competency()
    complete_programme(member, programme, lesson)
    completion = Completion.objects.get(person=member)
    assert certificate_issue_for_completion(completion=completion) is None
    assert Certificate.objects.filter(person=member).count() == 1


def test_the_database_refuses_a_second_certificate_for_one_achievement(member):
    programme, lesson = programme_with_competency()
    complete_programme(member, programme, lesson)
    first = Certificate.objects.get(person=member)
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            person=member,
            kind=CertificateKind.PROGRAMME,
            programme=programme,
            holder_name="x",
            issuer_name="x",
            ended_on=first.ended_on,
        )


@pytest.mark.parametrize(
    ("rule", "fields", "days_attended", "earned"),
    [
        (CertificateRule.ALL_DAYS, {}, 3, True),
        (CertificateRule.ALL_DAYS, {}, 2, False),
        (CertificateRule.MIN_DAYS, {"certificate_min_days": 2}, 2, True),
        (CertificateRule.MIN_DAYS, {"certificate_min_days": 2}, 1, False),
        (CertificateRule.MIN_HOURS, {"hours": 18, "certificate_min_hours": 12}, 2, True),
        (CertificateRule.MIN_HOURS, {"hours": 18, "certificate_min_hours": 12}, 1, False),
        (CertificateRule.NONE, {}, 3, False),
    ],
)
def test_holding_an_event_issues_certificates_by_its_rule(
    coordinator, rule, fields, days_attended, earned
):
    event = past_event(days=3, certificate_rule=rule, **fields)
    person = new_person()
    attend(event, person, days_attended, coordinator)
    assert not Certificate.objects.exists()  # not before the event is held
    hold(event, coordinator)
    assert Certificate.objects.filter(person=person, event=event).exists() is earned


def test_an_attendance_certificate_states_hours_attended_dates_place_and_expiry(coordinator):
    event = past_event(
        days=3,
        city="Kaunas",
        hours=18,
        certificate_rule=CertificateRule.MIN_DAYS,
        certificate_min_days=2,
        certificate_valid_months=24,
    )
    person = new_person()
    attend(event, person, 2, coordinator)
    hold(event, coordinator)
    certificate = Certificate.objects.get(person=person)
    assert certificate.kind == CertificateKind.EVENT
    assert certificate.hours == Decimal("12.0")
    assert (certificate.started_on, certificate.ended_on) == (event.days[0], event.days[-1])
    assert (certificate.place, certificate.country) == ("Kaunas", "LT")
    assert certificate.expires_on == add_months(certificate.issued_on, 24)


def test_people_who_did_not_come_or_were_not_confirmed_get_none(coordinator):
    event = past_event(days=1)
    came, stayed_home = new_person(), new_person()
    attend(event, came, 1, coordinator)
    attend(event, stayed_home, 0, coordinator)
    hold(event, coordinator)
    assert list(Certificate.objects.values_list("person", flat=True)) == [came.pk]


def test_a_correction_after_the_event_was_held_can_complete_the_rule(coordinator):
    event = past_event(days=2)
    person = new_person()
    registration = attend(event, person, 1, coordinator)
    hold(event, coordinator)
    assert not Certificate.objects.exists()
    attendance_set(registration=registration, day=event.days[1], present=True, actor=coordinator)
    assert Certificate.objects.filter(person=person, event=event).count() == 1
    # Ticking the same day again changes nothing and issues nothing more.
    attendance_set(registration=registration, day=event.days[1], present=True, actor=coordinator)
    assert Certificate.objects.filter(person=person).count() == 1


def test_a_new_name_reissues_with_the_same_number_and_records_the_change(member):
    programme, lesson = programme_with_competency()
    complete_programme(member, programme, lesson)
    before = Certificate.objects.get(person=member)
    member.full_name = "Ieva Naujoji"
    member.save()
    after = Certificate.objects.get(pk=before.pk)
    assert after.number == before.number
    assert after.holder_name == "Ieva Naujoji"
    revision = after.revisions.get()
    assert revision.reason == ReissueReason.NAME_CHANGED
    assert revision.changed_fields == ["holder_name"]
    assert AuditEntry.objects.filter(action="credentials.certificate.reissued").count() == 1


def test_a_sign_in_does_not_touch_certificates(member, django_assert_num_queries):
    programme, lesson = programme_with_competency()
    complete_programme(member, programme, lesson)
    with django_assert_num_queries(1):
        member.save(update_fields=["last_login"])


def test_months_are_added_to_the_end_of_shorter_months():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 14) == date(2028, 1, 15)
