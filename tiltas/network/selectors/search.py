"""Network search: the entries a viewer may find for some words, ranked and
with the matching words marked. Who may find what is part of the query itself
(never a filter in Python after fetching): PostgreSQL full-text search with
each entry's language configuration, SQLite's FTS5, or LIKE when SQLite lacks
FTS5."""

import re
import sqlite3
from dataclasses import dataclass
from functools import cache, reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, F, Q, QuerySet, TextField, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Concat
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from tiltas.accounts.models import Visitor

from ..models import ClusterMembership, SearchAudience, SearchEntry, SearchKind

#: The PostgreSQL text-search configuration of each language (names have none).
CONFIGS = {"lt": "simple", "en": "english", "nb": "norwegian"}
CONFIG_OF_ENTRY = Case(
    *(When(language=code, then=Value(name)) for code, name in CONFIGS.items()),
    default=Value("simple"),
)
#: Private-use characters around the matched words, stripped from indexed
#: text: the text is escaped first, then they become <mark> elements.
MARK_START, MARK_END = "\ue000", "\ue001"
#: Words in a query; one starting with "-" is left out.
WORD = re.compile(r"\w+")
#: The longest query, in characters.
QUERY_MAX = 200
PAGE_SIZE = 20
SNIPPET_WORDS = 30  # also in _SNIPPET, for SQLite


@cache
def fts5_available() -> bool:
    """Whether this SQLite has FTS5 (the 0003_search migration created its
    table only then)."""
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE probe USING fts5(text)")
    except sqlite3.OperationalError:
        return False
    return True


def entries_visible_to(viewer: Visitor) -> QuerySet[SearchEntry]:
    """Everyone finds public entries; signed-in members the members' ones and
    those of the private clusters they belong to. Hidden posts and suspended
    or erased people are never found, whatever the index says."""
    audience = Q(audience=SearchAudience.PUBLIC)
    if viewer.is_authenticated:
        clusters = ClusterMembership.objects.filter(person=viewer.pk).values("cluster_id")
        audience |= Q(audience=SearchAudience.MEMBERS) | Q(
            audience=SearchAudience.CLUSTER, cluster__in=clusters
        )
    return SearchEntry.objects.filter(
        audience,
        Q(post__isnull=True) | Q(post__is_hidden=False),
        Q(person__isnull=True) | Q(person__is_active=True, person__network_suspension__isnull=True),
    )


@dataclass(frozen=True)
class Words:
    """A query split into the words to find and the words to leave out."""

    wanted: list[str]
    unwanted: list[str]

    @classmethod
    def of(cls, text: str) -> "Words":
        wanted: list[str] = []
        unwanted: list[str] = []
        for chunk in text.split():
            (unwanted if chunk.startswith("-") else wanted).extend(WORD.findall(chunk))
        return cls(wanted, unwanted)

    def fts5_match(self) -> str:
        """An FTS5 query of quoted words only, so that no character a person
        types (quotes, *, :, parentheses, NEAR) is taken as FTS5 syntax."""
        match = " AND ".join(f'"{w}"*' if len(w) > 2 else f'"{w}"' for w in self.wanted)
        return "".join([match, *(f' NOT "{w}"' for w in self.unwanted)])


def _postgresql(rows: QuerySet[SearchEntry], text: str, language: str) -> QuerySet[SearchEntry]:
    # The words in the reader's language first, and in the others': a reader
    # finds a text in whichever language it was written, stemmed as it was.
    # A word to leave out is left out in every language (so the negation is
    # taken apart from websearch's, which would hold in one language only).
    configs = list(dict.fromkeys([CONFIGS.get(language, "simple"), *CONFIGS.values()]))
    wanted = " ".join(chunk for chunk in text.split() if not chunk.startswith("-"))
    query = reduce(or_, [SearchQuery(wanted, config=c, search_type="websearch") for c in configs])
    unwanted = Words.of(text).unwanted
    if unwanted:
        # Not any of them: none of them, in every configuration.
        left_out = [SearchQuery(w, config=c, invert=True) for w in unwanted for c in configs]
        query = reduce(and_, left_out, query)
    headline = SearchHeadline(
        Concat("title", Value("\n"), "body", output_field=TextField()),
        query,
        config=CONFIG_OF_ENTRY,
        start_sel=MARK_START,
        stop_sel=MARK_END,
        max_words=SNIPPET_WORDS,
        min_words=10,
        max_fragments=2,
    )
    return (
        rows.filter(search_vector=query)
        .annotate(rank=SearchRank(F("search_vector"), query), snippet=headline)
        .order_by("-rank", "-updated_at", "-pk")
    )


# The FTS5 table's rows for one entry; fixed SQL, the query words are parameters.
_OF_THIS_ENTRY = (
    "FROM network_searchentry_fts "
    "WHERE network_searchentry_fts MATCH %s AND rowid = network_searchentry.id"
)
# Title matches weigh ten times a body match; bm25 is lower for better.
_RANK = "(SELECT -bm25(network_searchentry_fts, 10.0, 1.0) " + _OF_THIS_ENTRY + ")"
_SNIPPET = "(SELECT snippet(network_searchentry_fts, -1, %s, %s, '…', 30) " + _OF_THIS_ENTRY + ")"
_FOUND = "SELECT rowid FROM network_searchentry_fts WHERE network_searchentry_fts MATCH %s"


def _fts5(rows: QuerySet[SearchEntry], words: Words) -> QuerySet[SearchEntry]:
    match = words.fts5_match()
    return (
        rows.filter(pk__in=RawSQL(_FOUND, [match]))  # noqa: S611 - fixed SQL, parameters
        .annotate(
            rank=RawSQL(_RANK, [match]),  # noqa: S611 - fixed SQL, parameters
            snippet=RawSQL(_SNIPPET, [MARK_START, MARK_END, match]),  # noqa: S611 - the same
        )
        .order_by("-rank", "-updated_at", "-pk")
    )


def _like(rows: QuerySet[SearchEntry], words: Words) -> QuerySet[SearchEntry]:
    for word in words.wanted:
        rows = rows.filter(Q(title__icontains=word) | Q(body__icontains=word))
    for word in words.unwanted:
        rows = rows.exclude(Q(title__icontains=word) | Q(body__icontains=word))
    in_title = Q.create([("title__icontains", w) for w in words.wanted], connector=Q.OR)
    return rows.annotate(
        rank=Case(When(in_title, then=Value(1.0)), default=Value(0.0)),
        snippet=Value(None, output_field=TextField()),
    ).order_by("-rank", "-updated_at", "-pk")


def search(viewer: Visitor, text: str, *, language: str) -> QuerySet[SearchEntry]:
    """The entries ``viewer`` may find for ``text``, best first; programmes in
    the reader's language. Each has ``rank`` and ``snippet`` (marked text, or
    None where the database cannot mark it)."""
    rows = entries_visible_to(viewer).exclude(Q(kind=SearchKind.PROGRAMME) & ~Q(language=language))
    rows = rows.select_related("post__thread", "practice", "programme", "person")
    words = Words.of(text)
    if not words.wanted:
        return rows.none()
    if connection.vendor == "postgresql":
        return _postgresql(rows, text, language)
    if connection.vendor == "sqlite" and fts5_available():
        return _fts5(rows, words)
    return _like(rows, words)


@dataclass(frozen=True)
class Result:
    kind: str  # its label, translated
    title: str
    url: str
    snippet: SafeString


def marked(text: str) -> SafeString:
    """The text escaped, with the words between our markers in <mark>."""
    parts = re.split(f"{MARK_START}(.*?){MARK_END}", text, flags=re.DOTALL)
    pieces = (
        format_html("<mark>{}</mark>", part) if odd else unmarked(part)
        for odd, part in ((n % 2, part) for n, part in enumerate(parts))
    )
    return format_html_join("", "{}", ((piece,) for piece in pieces))


def unmarked(text: str) -> str:
    return text.replace(MARK_START, "").replace(MARK_END, "")


def _marked_around(text: str, words: list[str]) -> str:
    """For LIKE: a stretch of the text around the first word found, the words marked."""
    found = [m for w in words if (m := re.search(re.escape(w), text, re.IGNORECASE))]
    start = max(0, min((m.start() for m in found), default=0) - 80)
    stretch = ("…" if start else "") + text[start : start + 240]
    for word in words:
        pattern = re.compile(re.escape(word), re.IGNORECASE)
        stretch = pattern.sub(lambda m: MARK_START + m.group(0) + MARK_END, stretch)
    return stretch


def _title_and_url(entry: SearchEntry) -> tuple[str, str]:
    if entry.kind == SearchKind.POST and entry.post is not None:
        return entry.post.thread.title, reverse("network:post", args=[entry.object_id])
    if entry.kind == SearchKind.THREAD:
        return entry.title, reverse("network:thread", args=[entry.object_id])
    if entry.kind == SearchKind.PRACTICE:
        return entry.title, reverse("network:practice", args=[entry.object_id])
    if entry.kind == SearchKind.PROGRAMME and entry.programme is not None:
        return entry.title, reverse("learning:programme_detail", args=[entry.programme.slug])
    if entry.person is not None:
        return entry.person.full_name, reverse("network:person", args=[entry.object_id])
    return entry.title, ""


def results(entries: list[SearchEntry], text: str) -> list[Result]:
    """What the results page shows of one page of entries (no further query)."""
    words = Words.of(text).wanted
    found = []
    for entry in entries:
        title, url = _title_and_url(entry)
        snippet: str | None = getattr(entry, "snippet", None)  # annotated by search()
        if snippet is None:
            snippet = _marked_around(f"{entry.title}\n{entry.body}", words)
        found.append(Result(str(SearchKind(entry.kind).label), title, url, marked(snippet)))
    return found
