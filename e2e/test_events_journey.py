"""Trainings in the browser (issue 4): a member is waitlisted and promoted when
another cancels; a coordinator checks someone in by ticket code and downloads
the attendance sheet; the events pages have no axe violations in lt, en, nb."""

from datetime import timedelta

import pytest
from django.utils import timezone

from .support import DEMO_PASSWORD, axe_violations, share_session, sign_in, watch

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NEARLY_FULL = "demo-capacities-trondheim"  # the demo leaves one place free


def new_page(browser, site):
    context = browser.new_context(base_url=site.url)
    context.set_default_timeout(15_000)
    return context, watch(context.new_page())


def register(page, slug: str) -> None:
    page.goto(f"/en/events/{slug}/register/")
    with page.expect_navigation():
        page.locator("main form[method=post] button[type=submit]").click()


def test_waitlisted_member_is_promoted_when_another_cancels(browser, site):
    from tiltas.events.models import Registration

    first_context, first = new_page(browser, site)
    second_context, second = new_page(browser, site)
    try:
        sign_in(first, "member01@demo.tiltas.lt", language="en")
        register(first, NEARLY_FULL)
        assert "Your place is confirmed" in first.content()

        sign_in(second, "member02@demo.tiltas.lt", language="en")
        register(second, NEARLY_FULL)
        assert "waiting list" in second.content()
        assert not axe_violations(second), axe_violations(second)

        # The first member gives the place back from the ticket page.
        with first.expect_navigation():
            first.get_by_role("button", name="Cancel my registration").click()
        assert "Your registration was cancelled" in first.content()

        second.goto("/en/events/registrations/")
        assert "Confirmed" in second.locator("main table").inner_text()
        promoted = Registration.objects.get(
            event__slug=NEARLY_FULL, person__email="member02@demo.tiltas.lt"
        )
        assert promoted.status == "confirmed"
        second.goto(f"/en/events/registrations/{promoted.pk}/")
        assert second.locator("figure.qr svg").count() == 1
        assert not second.csp_errors, second.csp_errors
    finally:
        first_context.close()
        second_context.close()


def test_coordinator_checks_in_by_code_and_downloads_the_sheet(page):
    from tiltas.accounts.models import User
    from tiltas.events.models import Attendance, Event, Registration

    starts = timezone.now() - timedelta(hours=1)
    event = Event.objects.create(
        activity="1.1.3", title_lt="Vykstantys mokymai", slug="running-training",
        country="LT", city="Vilnius", starts_at=starts, ends_at=starts + timedelta(hours=8),
        capacity=20, status="published",
    )  # fmt: skip
    person = User.objects.get(email="member@demo.tiltas.lt")
    registration = Registration.objects.create(event=event, person=person, status="confirmed")

    sign_in(page, "coordinator@demo.tiltas.lt")
    page.goto(f"/lt/manage/events/{event.pk}/check-in/")
    page.fill("input[name=code]", registration.ticket_token)
    with page.expect_navigation():
        page.locator("main form[method=post] button[type=submit]").click()
    assert person.full_name in page.locator("p.check-in-result").inner_text()
    assert Attendance.objects.filter(registration=registration).count() == 1
    # The same code again is refused in plain words.
    page.fill("input[name=code]", registration.ticket_token)
    with page.expect_navigation():
        page.locator("main form[method=post] button[type=submit]").click()
    assert "jau panaudotas" in page.content()
    assert not axe_violations(page), axe_violations(page)

    page.goto(f"/lt/manage/events/{event.pk}/attendance/")
    # Names leave the platform: the password again first (SE-3), then the file.
    with page.expect_navigation():
        page.locator("a[href$='sheet.pdf']").click()
    assert "/accounts/reauthenticate/" in page.url
    assert not axe_violations(page), axe_violations(page)
    page.fill("input[name=password]", DEMO_PASSWORD)
    with page.expect_download() as download:
        page.press("input[name=password]", "Enter")
    assert download.value.suggested_filename.endswith(".pdf")
    with open(download.value.path(), "rb") as pdf:
        assert pdf.read(4) == b"%PDF"


@pytest.mark.parametrize("language", ["lt", "en", "nb"])
def test_events_pages_have_no_axe_violations(browser, site, make_user, language):
    from tiltas.core.roles import Role
    from tiltas.events.models import Event, Registration, StudyVisit

    member = make_user(role=Role.MEMBER)
    coordinator = make_user(role=Role.COORDINATOR)
    event = Event.objects.get(slug="demo-integrity-vilnius")  # approval required
    upcoming = Event.objects.get(slug="demo-clusters-klaipeda")
    registration = Registration.objects.create(event=upcoming, person=member, status="confirmed")
    held = Event.objects.get(slug="demo-clusters-vilnius")
    attended = Registration.objects.create(event=held, person=member, status="confirmed")
    attended.attendances.create(day=held.days[0])  # the survey opens for those who came
    visit = StudyVisit.objects.filter(status="held").first()
    pages = {
        member: [
            f"/{language}/events/",
            f"/{language}/events/?when=past",
            f"/{language}/events/{event.slug}/",
            f"/{language}/events/{event.slug}/register/",
            f"/{language}/events/registrations/",
            f"/{language}/events/registrations/{registration.pk}/",
            f"/{language}/events/registrations/{registration.pk}/edit/",
            f"/{language}/events/registrations/{attended.pk}/survey/",
            f"/{language}/visits/",
            f"/{language}/visits/{visit.slug}/",
        ],
        coordinator: [
            f"/{language}/manage/events/",
            f"/{language}/manage/events/create/",
            f"/{language}/manage/events/{held.pk}/",
            f"/{language}/manage/events/{held.pk}/edit/",
            f"/{language}/manage/events/{held.pk}/questions/",
            f"/{language}/manage/events/{held.pk}/survey/",
            f"/{language}/manage/events/{held.pk}/check-in/",
            f"/{language}/manage/events/{held.pk}/attendance/",
            f"/{language}/manage/events/{event.pk}/",
            f"/{language}/manage/events/{upcoming.pk}/participants/{registration.pk}/move/",
            f"/{language}/manage/visits/",
            f"/{language}/manage/visits/{visit.pk}/",
            f"/{language}/manage/visits/{visit.pk}/edit/",
            f"/{language}/manage/visits/{visit.pk}/delegation/add/",
            f"/{language}/manage/visits/{visit.pk}/files/add/",
        ],
    }
    failures = []
    for user, urls in pages.items():
        context = browser.new_context(base_url=site.url)
        share_session(context, user, site.url)
        page = watch(context.new_page())
        try:
            for url in urls:
                response = page.goto(url)
                assert response is not None and response.status == 200, url
                failures += [f"{url}: {line}" for line in axe_violations(page)]
                failures += [f"{url}: {error}" for error in page.csp_errors]
                page.csp_errors.clear()
            # An error state: the registration form sent empty.
            if user == member:
                page.goto(f"/{language}/events/{event.slug}/register/")
                page.locator("main form[method=post] button[type=submit]").click()
                page.wait_for_load_state()
                failures += [f"register (errors): {line}" for line in axe_violations(page)]
            # An error state: an unknown ticket code on the check-in page.
            if user == coordinator:
                page.goto(f"/{language}/manage/events/{upcoming.pk}/check-in/")
                page.fill("input[name=code]", "no-such-ticket")
                with page.expect_navigation():
                    page.locator("main form[method=post] button[type=submit]").click()
                assert page.locator(".error-summary, .field-error, [aria-invalid=true]").count()
                failures += [f"check-in (error): {line}" for line in axe_violations(page)]
        finally:
            context.close()
    assert not failures, "\n".join(failures)
