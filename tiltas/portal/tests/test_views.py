import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from tiltas.accounts.models import ProjectRole
from tiltas.accounts.tests.factories import OrganisationFactory
from tiltas.indicators import content as framework_content
from tiltas.indicators.models import Indicator
from tiltas.indicators.tests.factories import ActivityFactory, GoalFactory, ObjectiveFactory
from tiltas.portal import content
from tiltas.portal.models import Page, ProjectText

from .factories import NewsItemFactory, PageFactory, ProjectTextFactory, ThemeFactory
from .test_home_progress import home_queries

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XSS_TITLE = '<script>alert("t")</script><img src=x onerror=alert(1)>'
XSS_BODY = (
    'Text <script>alert("b")</script> <img src="x" onerror="alert(2)"> [x](javascript:alert(3))'
)


class LiveCode(HTMLParser):
    """Collects what a browser would run: script elements, on* attributes, javascript: links."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        # Our own scripts carry the response's CSP nonce, which injected markup cannot know.
        if tag == "script" and "nonce" not in dict(attrs):
            self.found.append("<script>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{tag} {name}")
            if name in {"href", "src"} and (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"{tag} {name}={value}")


def assert_inert(html: str) -> None:
    parser = LiveCode()
    parser.feed(html)
    assert parser.found == []


def url(name: str, language: str = "lt", **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def test_home_shows_essence_themes_and_latest_news(client):
    ProjectTextFactory(title_lt="Projekto esmė", body_lt="Plėtojant socialinę klasterystę ES")
    ThemeFactory(order=1, title_lt="Mokymasis visą gyvenimą")
    NewsItemFactory(title_lt="Pirmoji naujiena")
    NewsItemFactory(title_lt="Juodraštis", draft=True)
    response = client.get(url("portal:home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Plėtojant socialinę klasterystę ES" in html
    assert "Mokymasis visą gyvenimą" in html
    assert "Pirmoji naujiena" in html
    assert "Juodraštis" not in html
    assert html.count("<h1") == 1
    assert 'type="application/atom+xml"' in html


def test_home_shows_the_goal_and_objectives_with_links_to_their_activities(
    client, django_assert_max_num_queries
):
    GoalFactory(text_en="Contribute to the goals of regional policy.")
    for number in (1, 2, 3):
        objective = ObjectiveFactory(code=str(number), title_en=f"Objective text {number}")
        ActivityFactory(objective=objective, code=f"1.{number}.1", title_en=f"Task {number}")
        ActivityFactory(objective=objective, code=f"1.{number}.2", title_en=f"Other {number}")
    with django_assert_max_num_queries(10):
        response = client.get(url("portal:home", "en"))
    html = response.content.decode()
    assert "Contribute to the goals of regional policy." in html
    outline = html[html.index('id="objectives-heading"') :]
    assert outline.index("Objective text 1") < outline.index("Task 1")
    assert outline.index("Task 1") < outline.index("Objective text 2")
    activities = url("indicators:activities", "en")
    assert f'href="{activities}#activity-1.3.2"' in html


def test_home_works_without_any_content(client):
    response = client.get(url("portal:home", "nb"))
    assert response.status_code == 200
    assert 'lang="nb"' in response.content.decode()


def test_home_shows_the_english_translation_and_falls_back_to_lithuanian(client):
    ThemeFactory(order=1, title_lt="Gebėjimų gerinimas", title_en="Improving capacities")
    ThemeFactory(order=2, title_lt="Įgūdžių tobulinimas", title_en=None, title_nb=None)
    html = client.get(url("portal:home", "en")).content.decode()
    assert "Improving capacities" in html
    assert "Gebėjimų gerinimas" not in html
    assert "Įgūdžių tobulinimas" in html


def test_home_queries_are_bounded(client, django_assert_max_num_queries):
    for order in range(1, 7):
        ThemeFactory(order=order)
    NewsItemFactory.create_batch(5)
    ProjectTextFactory()
    with django_assert_max_num_queries(10):
        assert client.get(url("portal:home")).status_code == 200


def test_partners_lists_applicant_then_partners_with_logos(client):
    OrganisationFactory(name="Partner B", project_role=ProjectRole.PARTNER)
    OrganisationFactory(name="Applicant A", project_role=ProjectRole.APPLICANT)
    OrganisationFactory(name="Not in the project", project_role=ProjectRole.NONE)
    html = client.get(url("portal:partners")).content.decode()
    assert html.index("Applicant A") < html.index("Partner B")
    assert "Not in the project" not in html


def test_partners_queries_are_bounded(client, django_assert_max_num_queries):
    OrganisationFactory.create_batch(8, project_role=ProjectRole.PARTNER)
    with django_assert_max_num_queries(6):
        assert client.get(url("portal:partners")).status_code == 200


def test_news_list_paginates_and_hides_drafts(client, django_assert_max_num_queries):
    NewsItemFactory.create_batch(12)
    NewsItemFactory(title_lt="Slapta", draft=True)
    with django_assert_max_num_queries(6):
        first = client.get(url("portal:news_list"))
    html = first.content.decode()
    assert html.count('class="card"') == 10
    assert html.count("<h2><a") == 10  # cards are h2 under the page's h1
    assert "Slapta" not in html
    assert 'rel="alternate" type="application/atom+xml"' in html
    second = client.get(url("portal:news_list") + "?page=2")
    assert second.content.decode().count('class="card"') == 2


def test_news_detail_shows_the_item_in_the_requested_language(client):
    item = NewsItemFactory(title_nb="Studiebesøk i Norge", body_nb="# Programmet\n\nTekst")
    html = client.get(url("portal:news_detail", "nb", slug=item.slug)).content.decode()
    assert "Studiebesøk i Norge" in html
    assert "<h2" in html  # "#" is h2 under the page's h1


def test_a_draft_is_404_for_the_public_and_members(client, member):
    item = NewsItemFactory(draft=True)
    assert client.get(url("portal:news_detail", slug=item.slug)).status_code == 404
    client.force_login(member)
    assert client.get(url("portal:news_detail", slug=item.slug)).status_code == 404


def test_a_coordinator_previews_a_draft(client, coordinator):
    item = NewsItemFactory(draft=True)
    client.force_login(coordinator)
    response = client.get(url("portal:news_detail", "en", slug=item.slug))
    assert response.status_code == 200
    assert "This is a draft" in response.content.decode()


def test_unknown_news_and_pages_are_404(client):
    assert client.get(url("portal:news_detail", slug="nothing")).status_code == 404
    assert client.get(url("portal:page", slug="nothing")).status_code == 404


def test_page_renders_markdown(client):
    PageFactory(slug=Page.Slug.PRIVACY, title_en="Privacy notice", body_en="- one\n- two")
    response = client.get(url("portal:page", "en", slug="privacy"))
    html = response.content.decode()
    assert "<li>one</li>" in html
    assert "Privacy notice" in html


def test_feed_is_atom_in_the_language_of_its_url(client):
    NewsItemFactory(title_en="Kick-off in Vilnius", title_nb="Oppstart i Vilnius")
    NewsItemFactory(title_en="Hidden draft", draft=True)
    response = client.get(url("portal:news_feed", "nb"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own response
    assert root.attrib["{http://www.w3.org/XML/1998/namespace}lang"] == "nb"
    assert root.findtext(f"{ATOM}author/{ATOM}name") == "Tiltas"
    titles = [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]
    assert titles == ["Oppstart i Vilnius"]
    link = root.find(f"{ATOM}entry/{ATOM}link").attrib["href"]
    assert "/nb/news/" in link


def test_sitemap_lists_public_pages_in_every_language_with_alternates(client):
    item = NewsItemFactory()
    draft = NewsItemFactory(draft=True)
    PageFactory(slug=Page.Slug.ABOUT)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    for language in ("lt", "en", "nb"):
        assert f"/{language}/news/{item.slug}/" in xml
        assert f"/{language}/pages/about/" in xml
        assert f"/{language}/partners/" in xml
        assert f'hreflang="{language}"' in xml
    assert draft.slug not in xml
    assert 'hreflang="x-default"' in xml


def test_xss_payloads_render_inert_on_detail_list_home_and_feed(client):
    item = NewsItemFactory(
        title_lt=XSS_TITLE, summary_lt=XSS_TITLE, body_lt=XSS_BODY, title_en=None, summary_en=None
    )
    ThemeFactory(order=1, title_lt=XSS_TITLE, text_lt=XSS_TITLE)
    ProjectTextFactory(title_lt=XSS_TITLE, body_lt=XSS_BODY)
    for name, kwargs in [
        ("portal:news_detail", {"slug": item.slug}),
        ("portal:news_list", {}),
        ("portal:home", {}),
    ]:
        html = client.get(url(name, **kwargs)).content.decode()
        assert_inert(html)
        assert "&lt;script&gt;" in html  # shown as text, not dropped silently
    feed = client.get(url("portal:news_feed")).content
    root = ET.fromstring(feed)  # noqa: S314 - our own response
    entry = next(root.iter(f"{ATOM}entry"))
    # The title is plain text; the summary is HTML for readers, so escaped once more.
    assert entry.find(f"{ATOM}title").attrib.get("type", "text") == "text"
    summary = entry.findtext(f"{ATOM}summary")
    assert "<script" not in summary
    assert "onerror=" not in summary or "&lt;img" in summary


def test_page_with_xss_payload_renders_inert(client):
    PageFactory(slug=Page.Slug.CONTACT, title_lt=XSS_TITLE, body_lt=XSS_BODY)
    assert_inert(client.get(url("portal:page", slug="contact")).content.decode())


def test_partner_names_with_xss_payloads_render_inert(client):
    OrganisationFactory(name=XSS_TITLE, description=XSS_TITLE, project_role=ProjectRole.PARTNER)
    html = client.get(url("portal:partners")).content.decode()
    assert_inert(html)
    assert "&lt;script&gt;" in html


ACTIVITY_CODES = ("1.1.1", "1.1.2", "1.1.3", "1.2.1", "1.2.2", "1.3.1", "1.3.2", "1.3.3")


@pytest.mark.parametrize("language", ["lt", "en", "nb"])
def test_home_shows_the_description_and_the_eight_activities_with_their_targets(
    client, language, django_assert_max_num_queries
):
    content.load_project()
    framework_content.load_project()
    with django_assert_max_num_queries(home_queries()):  # every shipped counter runs
        response = client.get(url("portal:home", language))
    html = response.content.decode()
    for code in ACTIVITY_CODES:
        assert f'<span class="badge">{code}</span>' in html
    with translation.override(language):
        essence = ProjectText.objects.get(key=ProjectText.Key.ESSENCE)
        assert escape(essence.body.split("\n\n")[0].split(",")[0]) in html
        for indicator in Indicator.objects.filter(code__in=TARGETS):
            expected = gettext(TARGET_TEXT) % {
                "name": indicator.name,
                "target": TARGETS[indicator.code],
                "unit": indicator.get_unit_display(),
            }
            assert escape(expected) in html
    assert html.count('class="tile"') == 6
    if language == "lt":
        assert "Dalyviai \N{EN DASH} siektina reikšmė: 240 (dalyviai)" in html


TARGET_TEXT = "%(name)s \N{EN DASH} target: %(target)s (%(unit)s)"  # the home page's msgid
TARGETS = {"1.1.3-participants": "240", "1.3.3-unique-logins": "260", "1.1.3-programmes": "6"}
