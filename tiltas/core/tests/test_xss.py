"""XSS payloads in news titles, summaries, bodies and organisation names render
inert on every page that shows them (SECURITY.md IO-1; issue 2).

People's names carry a payload throughout the permission matrix
(``test_url_access``); here the portal's own content does.
"""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tiltas.accounts.models import ProjectRole
from tiltas.accounts.tests.factories import OrganisationFactory
from tiltas.core.roles import Role
from tiltas.portal.tests.factories import NewsItemFactory

from .html_checks import is_html, page_problems

PAYLOAD = '<script>alert("xss")</script><img src=x onerror=alert(1)>'
LIVE = ("<script>alert", "<img src=x onerror")


def _payload_news():
    return NewsItemFactory(
        **{
            f"{field}_{code}": f"{field} {PAYLOAD}"
            for field in ("title", "summary", "body")
            for code in ("lt", "en", "nb")
        }
    )


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["lt", "en", "nb"])
def test_payloads_in_news_and_organisations_render_inert(language, role_client):
    news = _payload_news()
    OrganisationFactory(name=f"Org {PAYLOAD}", project_role=ProjectRole.PARTNER)
    with translation.override(language):
        public_urls = [
            reverse("portal:home"),
            reverse("portal:news_list"),
            reverse("portal:news_detail", kwargs={"slug": news.slug}),
            reverse("portal:partners"),
            reverse("portal:news_feed"),
        ]
        manage_urls = [reverse("portal:manage_news_list")]
    pages = [(Client(), url) for url in public_urls]
    pages += [(role_client(Role.COORDINATOR), url) for url in manage_urls]
    shown = 0
    for client, url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert not [marker for marker in LIVE if marker in body], f"{url} renders the payload live"
        shown += "&lt;script&gt;alert" in body or "&amp;lt;script" in body
        if is_html(response):
            assert not page_problems(response, language=language), url
    # The payload is shown (escaped), so the test would notice it going live.
    assert shown >= 3


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "same_site"),
    [
        ("//evil.example/lt/news/", "/evil.example/lt/news/"),
        ("///evil.example/lt/news/", "/evil.example/lt/news/"),
        # Browsers read a backslash as a slash: it must stay escaped.
        ("/\\evil.example/lt/news/", "/%5Cevil.example/lt/news/"),
    ],
)
def test_language_links_of_a_double_slash_path_stay_on_this_site(client, path, same_site):
    """``https://tiltas.example//evil.example/lt/news/``: the 404 page's language
    switcher and hreflang links must not point to //evil.example."""
    response = client.get("/lt/news/", PATH_INFO=path)
    html = response.content.decode()
    assert response.status_code == 404
    assert "//evil.example" not in html
    assert "/\\evil.example" not in html
    assert f'href="{same_site}"' in html  # the same path, on this site
    assert f'hreflang="en" href="http://testserver{same_site}"' in html


#: Where a string may be marked safe, each reviewed: module -> why.
MARK_SAFE_ALLOWED = {
    "core/qr.py": "an SVG drawn by segno from the text, no user markup",
    "core/text.py": "Markdown sanitised by nh3 with an allowlist",
    "learning/templatetags/learning.py": "a lesson's Markdown from core.text, cached by its hash",
    "network/selectors/thread_page.py": "a post's Markdown from core.text, cached by its hash",
}
UNESCAPED = ("|safe", "{% autoescape off", "mark_safe(", "SafeString(")


def _unescaped_output(root) -> list[str]:
    found = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        # HTML and code; plain-text e-mails (.txt) are not HTML and turn escaping off.
        if path.suffix not in {".html", ".py"} or "/tests/" in f"/{relative}":
            continue
        if relative in MARK_SAFE_ALLOWED:
            continue
        text = path.read_text()
        found += [f"{relative}: {marker}" for marker in UNESCAPED if marker in text]
    return found


def test_no_template_or_module_turns_escaping_off_outside_the_reviewed_places(tmp_path):
    """IO-1: no |safe, autoescape off or mark_safe on what people write; the
    sanitised Markdown (|markdown) and the QR code are the reviewed exceptions."""
    from pathlib import Path

    import tiltas

    found = _unescaped_output(Path(tiltas.__file__).parent)
    assert not found, "\n".join(found)
    (tmp_path / "page.html").write_text("<p>{{ person.full_name|safe }}</p>")
    assert _unescaped_output(tmp_path) == ["page.html: |safe"]
