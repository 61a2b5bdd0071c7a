"""In a real browser: a member's competency pages and the management pages pass
axe-core (WCAG 2.1 A/AA) in lt, en and nb under the real CSP, and a member
assesses themselves and sees the gap to their target profile."""

import pytest
from django.test import override_settings

from .support import axe_violations, share_session

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

MEMBER_PAGES = [
    "competencies/",
    "competencies/me/",
    "competencies/me/assessments/create/",
    "competencies/me/evidence/create/",
]
MANAGER_PAGES = [
    "manage/competencies/",
    "manage/competencies/evidence/",
    "manage/competencies/aggregates/?grouping=country",
    "manage/competencies/profiles/",
    "manage/competencies/profiles/create/",
    "manage/competencies/frameworks/import/",
    "manage/competencies/frameworks/create/",
]


@pytest.fixture
def site(live_server, tmp_path):
    """Only what these pages need: people, the competency model and its demo data."""
    from tiltas.accounts.demo import load_demo as load_people
    from tiltas.competencies.demo import load_demo

    with override_settings(MEDIA_ROOT=tmp_path):
        load_people()
        load_demo()
        yield live_server


def _user(email: str):
    from tiltas.accounts.models import User

    return User.objects.get(email=email)


def _check(page, url: str, language: str) -> list[str]:
    response = page.goto(url)
    failures = [f"{url}: {line}" for line in axe_violations(page)]
    if response is None or response.status != 200:
        failures.append(f"{url}: status {response.status if response else None}")
    if page.get_attribute("html", "lang") != language:
        failures.append(f"{url}: wrong lang")
    failures += [f"{url}: {error}" for error in page.csp_errors]
    page.csp_errors.clear()
    return failures


@pytest.mark.parametrize("language", ["lt", "en", "nb"])
def test_member_and_manager_pages_have_no_axe_violations(context, page, site, language):
    from tiltas.competencies.models import Evidence, Framework, SelfAssessment

    failures: list[str] = []
    share_session(context, _user("member@demo.tiltas.lt"), site.url)
    assessment = SelfAssessment.objects.filter(person__email="member@demo.tiltas.lt").first()
    for path in [*MEMBER_PAGES, f"competencies/me/assessments/{assessment.pk}/"]:
        failures += _check(page, f"/{language}/{path}", language)
    context.clear_cookies()
    share_session(context, _user("coordinator@demo.tiltas.lt"), site.url)
    framework = Framework.objects.get()
    competency = framework.competencies.first()
    area = framework.areas.first()
    evidence = Evidence.objects.filter(validated_level__isnull=True).first()
    for path in [
        *MANAGER_PAGES,
        f"manage/competencies/frameworks/{framework.pk}/",
        f"manage/competencies/evidence/{evidence.pk}/validate/",
    ]:
        failures += _check(page, f"/{language}/{path}", language)
    # Draft editing pages: a new version to edit.
    from tiltas.competencies.services import framework_create_version

    draft = framework_create_version(source=framework, actor=_user("coordinator@demo.tiltas.lt"))
    draft_competency = draft.competencies.get(code=competency.code)
    draft_area = draft.areas.get(code=area.code)
    for path in (
        f"manage/competencies/frameworks/{draft.pk}/",
        f"manage/competencies/frameworks/{draft.pk}/edit/",
        f"manage/competencies/frameworks/{draft.pk}/areas/{draft_area.pk}/edit/",
        f"manage/competencies/frameworks/{draft.pk}/competencies/{draft_competency.pk}/edit/",
    ):
        failures += _check(page, f"/{language}/{path}", language)
    assert not failures, "\n".join(failures)


def test_a_member_assesses_themselves_and_sees_the_gap(context, page, site):
    from tiltas.accounts.models import User
    from tiltas.competencies.models import TargetProfile

    newcomer = User.objects.create_user(
        "newcomer@example.org", "a long enough password", full_name="Nauja Narė"
    )
    share_session(context, newcomer, site.url)
    page.goto("/en/competencies/me/")
    page.select_option(
        "select[name=profile]", label=TargetProfile.objects.get(slug="ngo-project-manager").name_en
    )
    page.click("text=Compare with this profile")
    page.click("text=Assess yourself")
    # Keyboard and labels: choose level 2 for the first competency by its label.
    page.get_by_label("2 Practising", exact=False).first.check()
    page.click("text=Save my self-assessment")
    assert page.url.endswith("/en/competencies/me/")
    row = page.locator("tbody tr").first
    # Cross-sector partnership building: NGO project manager needs 3, self 2 → gap 1.
    assert row.locator("th").inner_text().startswith("A1")
    cells = [text.strip() for text in row.locator("td").all_inner_texts()]
    assert cells[:4] == ["2", "\u2013", "3", "1"]
    assert axe_violations(page) == []
    assert page.csp_errors == []
