"""No English on Lithuanian and Norwegian pages (everyday-use issue, item 3).

The catalogue test proves every string has a translation; this walks the site
as a new member would meet it, with the project's content and the demo data,
following the links of each page in lt and nb, signed in and (from the
sign-up, sign-in and lost-password pages) signed out, and fails on a piece of text
that reads as English sentences: a string not marked for translation, a
model field filled in English only, a library's message without our catalogue.
"""

import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real

from tiltas.accounts.models import User
from tiltas.core.tests.html_checks import is_html

#: Common English words that are not Lithuanian or Norwegian words: two of
#: them in one piece of text is an English sentence.
ENGLISH = frozenset(
    [
        "the",
        "and",
        "with",
        "your",
        "you",
        "this",
        "that",
        "which",
        "from",
        "will",
        "are",
        "been",
        "has",
        "of",
        "is",
        "it",
    ]
)
VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    ]
)
HIDDEN = frozenset({"script", "style", "template", "svg"})
PAGES_PER_LANGUAGE = 80
VISITOR_PAGES = 30
WORD = re.compile(r"[^\W\d_]+")


class _Text(HTMLParser):
    """The text a reader sees, without elements marked as another language."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.stack: list[tuple[str, bool]] = []
        self.pieces: list[str] = []
        self.links: list[str] = []

    def _skipping(self) -> bool:
        return any(skip for _tag, skip in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        if tag in VOID:
            return
        lang = (values.get("lang") or self.language).split("-")[0]
        self.stack.append((tag, tag in HIDDEN or lang != self.language or "hidden" in values))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        if data.strip() and not self._skipping():
            self.pieces.append(" ".join(data.split()))


def untranslated(language: str) -> frozenset[str]:
    """English messages of every catalogue the site uses (ours, Django's,
    allauth's …) that read differently in ``language``: shown as they are,
    they were not translated."""
    catalog = trans_real.translation(language)._catalog  # type: ignore[attr-defined]
    return frozenset(
        msgid
        for msgid, text in catalog.items()
        if isinstance(msgid, str) and text != msgid and len(msgid) > 3 and "%" not in msgid
    )


def english_in(html: str, language: str) -> tuple[list[str], list[str]]:
    parser = _Text(language)
    parser.feed(html)
    messages = untranslated(language)
    english = []
    for piece in parser.pieces:
        words = {word.lower() for word in WORD.findall(piece)}
        if len(words & ENGLISH) >= 2 or piece in messages:
            english.append(piece)
    return english, parser.links


def walk(
    client: Client, language: str, starts: list[str], limit: int = PAGES_PER_LANGUAGE
) -> tuple[dict[str, list[str]], int]:
    """Follow the site's own links in ``language`` from ``starts``: English
    found per page, and how many pages were read."""
    prefix = f"/{language}/"
    queue, seen, found, read = deque(starts), set(starts), {}, 0
    while queue and read < limit:
        url = queue.popleft()
        response = client.get(url)
        if response.status_code != 200 or not is_html(response):
            continue
        read += 1
        english, links = english_in(response.content.decode(), language)
        if english:
            found[url] = english
        for link in links:
            path = urlsplit(link).path
            if path.startswith(prefix) and "/manage/" not in path and path not in seen:
                seen.add(path)
                queue.append(path)
    return found, read


@pytest.mark.django_db
def test_a_new_member_meets_no_english_on_lithuanian_and_norwegian_pages():
    call_command("load_project", verbosity=0)
    call_command("load_demo", verbosity=0)
    client = Client()
    client.force_login(User.objects.get(email="member@demo.tiltas.lt"))
    leaks = {}
    for language in ("lt", "nb"):
        with translation.override(language):
            starts = [
                reverse(name)
                for name in (
                    "core:dashboard",
                    "portal:home",
                    "learning:catalogue",
                    "events:calendar",
                    "events:visits",
                    "competencies:profile",
                    "indicators:dashboard",
                )
            ]
        found, read = walk(client, language, starts)
        assert read >= 50, f"only {read} pages in {language}: the walk proves little"
        leaks.update(found)
    leaks.update(_visitor_leaks())
    report = [f"{url}: {' | '.join(pieces[:3])}" for url, pieces in leaks.items()]
    assert not report, "English on these pages:\n" + "\n".join(report)


def _visitor_leaks() -> dict[str, list[str]]:
    """The pages met before an account exists: the public site signed out,
    signing up (with the errors of an empty form), signing in, a lost password."""
    client = Client()
    leaks = {}
    for language in ("lt", "nb"):
        with translation.override(language):
            starts = [
                reverse(name)
                for name in (
                    "portal:home",
                    "account_signup",
                    "account_login",
                    "account_reset_password",
                    "learning:catalogue",
                    "events:calendar",
                    "events:visits",
                )
            ]
        found, read = walk(client, language, starts, limit=VISITOR_PAGES)
        assert read >= 20, f"only {read} public pages in {language}: the walk proves little"
        leaks.update(found)
        refused = client.post(starts[1], {"email": "", "password1": "x"})
        english, _links = english_in(refused.content.decode(), language)
        assert refused.status_code == 200 and 'class="errorlist' in refused.content.decode()
        if english:
            leaks[f"{starts[1]} (refused)"] = english
    return leaks


def test_the_check_finds_english_and_leaves_other_languages_alone():
    assert english_in("<p>The delegation met the hosts and agreed on a plan.</p>", "nb")[0]
    assert english_in("<p>Registration is not open.</p>", "nb")[0]
    assert english_in("<button>Sign out</button>", "lt")[0]
    assert not english_in("<p>Delegasjonen møtte vertene og ble enige.</p>", "nb")[0]
    assert not english_in('<p>Sveiki! <span lang="en">Read this in English</span></p>', "lt")[0]
