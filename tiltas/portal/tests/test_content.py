import itertools
import re

import pytest
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import translation

from tiltas.portal import content, services
from tiltas.portal.content.themes import THEMES
from tiltas.portal.demo import NEWS as DEMO_NEWS
from tiltas.portal.demo import load_demo
from tiltas.portal.models import NewsItem, NewsStatus, Page, ProjectText, Theme

pytestmark = pytest.mark.django_db

LANGUAGES = ("lt", "en", "nb")


def test_load_project_creates_texts_themes_and_pages_in_three_languages():
    content.load_project()
    assert ProjectText.objects.count() == 2
    assert Theme.objects.count() == 6
    assert set(Page.objects.values_list("slug", flat=True)) == set(Page.Slug.values)
    for row in [*ProjectText.objects.all(), *Page.objects.all()]:
        for language in LANGUAGES:
            assert getattr(row, f"title_{language}"), (row, language)
            assert getattr(row, f"body_{language}"), (row, language)
    for theme in Theme.objects.all():
        for language in LANGUAGES:
            assert getattr(theme, f"title_{language}") and getattr(theme, f"text_{language}")


def test_essence_is_the_lithuanian_original_in_paragraphs():
    content.load_project()
    essence = ProjectText.objects.get(key="essence")
    assert essence.title_lt == "Projekto esmė"
    paragraphs = essence.body_lt.strip().split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("Plėtojant socialinę klasterystę ES, atsižvelgiama")
    assert "programos LT10 „Gebėjimų stiprinimas" in paragraphs[1]
    assert paragraphs[2].startswith("Siekiant įgyvendinti projekto tikslą projekto ribose")
    assert Theme.objects.get(order=5).text_lt == (
        "Projektu siekiama skatinti visą gyvenimą trunkantį mokymąsi"
    )


def test_pages_cover_what_the_law_asks():
    content.load_project()
    accessibility = Page.objects.get(slug="accessibility")
    privacy = Page.objects.get(slug="privacy")
    for language in LANGUAGES:
        statement = getattr(accessibility, f"body_{language}")
        assert "2016/2102" in statement and "WCAG 2.1" in statement and "axe-core" in statement
        assert "prieinamumas@tiltas.example" in statement
        assert "ivpk.lrv.lt" in statement  # the monitoring body, for complaints
        notice = getattr(privacy, f"body_{language}")
        assert f"/{language}/me/data/" in notice
        assert "vdai.lrv.lt" in notice
        about = Page.objects.get(slug="about")
        assert "LT10" in getattr(about, f"body_{language}")
        contact = Page.objects.get(slug="contact")
        assert "tiltas.example" in getattr(contact, f"body_{language}")


# Sections the content links to that other apps own; while such an app has not
# landed its URL cannot resolve, and only then is the link allowed to be dead.
OTHER_APPS = {"activities": "indicators:activities", "programmes": "learning:catalogue"}


def test_every_link_in_the_content_points_to_an_existing_url():
    content.load_project()
    links = set()
    for row in [*Page.objects.all(), *ProjectText.objects.all()]:
        for language in LANGUAGES:
            links.update(re.findall(r"\]\((/[^)]+)\)", getattr(row, f"body_{language}")))
    for news in DEMO_NEWS:
        for language in LANGUAGES:
            links.update(re.findall(r"\]\((/[^)]+)\)", news["body"][language]))
    assert "/nb/pages/contact/" in links
    for link in sorted(links):
        language, section = link.split("/")[1:3]
        with translation.override(language):
            try:
                resolve(link)
            except Resolver404:
                assert section in OTHER_APPS, link
                with pytest.raises(NoReverseMatch):
                    reverse(OTHER_APPS[section])


def test_load_project_is_idempotent():
    content.load_project()
    content.load_project()
    assert ProjectText.objects.count() == 2
    assert Theme.objects.count() == 6
    assert Page.objects.count() == 4


def test_load_project_never_overwrites_what_a_coordinator_edited(coordinator, monkeypatch):
    content.load_project()
    page = Page.objects.get(slug="contact")
    services.page_update(page=page, actor=coordinator, data={"body_lt": "Tikras adresas"})
    theme = Theme.objects.get(order=2)
    services.theme_update(theme=theme, actor=coordinator, data={"title_en": "Clusters"})
    # A newer release of the shipped texts.
    shipped = content.translated_text
    monkeypatch.setattr(
        content, "translated_text", lambda name: shipped(name) | {"body_lt": f"Nauja: {name}"}
    )
    monkeypatch.setitem(THEMES[1]["title"], "en", "Social clustering, stronger")
    monkeypatch.setitem(THEMES[1]["text"], "en", "A newer text.")
    content.load_project()
    page.refresh_from_db()
    theme.refresh_from_db()
    assert page.body_lt == "Tikras adresas"
    assert (theme.title_en, theme.text_en) == ("Clusters", "A newer text.")
    # A page nobody edited on the site gets the newer shipped text.
    assert Page.objects.get(slug="about").body_lt == "Nauja: about"


@pytest.mark.parametrize("language", LANGUAGES)
def test_loaded_pages_render_with_headings_in_order(client, language):
    content.load_project()
    for slug in Page.Slug.values:
        with translation.override(language):
            response = client.get(reverse("portal:page", kwargs={"slug": slug}))
        assert response.status_code == 200
        html = response.content.decode()
        levels = [int(level) for level in re.findall(r"<h([1-6])[\s>]", html)]
        assert levels[0] == 1 and levels.count(1) == 1
        for before, after in itertools.pairwise(levels):
            assert after <= before + 1, (slug, levels)


def test_home_after_load_project_shows_the_essence_and_six_tiles(client):
    content.load_project()
    with translation.override("en"):
        html = client.get(reverse("portal:home")).content.decode()
    assert "The essence of the project" in html
    assert html.count('class="tile"') == 6


def test_demo_news_is_idempotent_with_one_draft():
    lines = load_demo()
    load_demo()
    assert NewsItem.objects.count() == 6
    assert NewsItem.objects.filter(status=NewsStatus.DRAFT).count() == 1
    assert all(item.title_nb and item.title_en for item in NewsItem.objects.all())
    assert lines
