"""Keeping the search index in step: the network's services call these when a
thread, post, practice or profile is written, hidden, restored or suspended;
programmes (the learning app's, which sends no signal when one changes) and
people are refreshed by the ``rebuild_search_index`` job as well."""

from collections.abc import Iterable, Iterator
from typing import Any

from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.utils import timezone, translation

from tiltas.accounts.models import User
from tiltas.learning import selectors as learning

from ..mentions import handle_of
from ..models import (
    Audience,
    Cluster,
    Post,
    Practice,
    PracticeStatus,
    SearchAudience,
    SearchEntry,
    SearchKind,
    Thread,
)
from ..selectors.people import shows_anything_publicly
from ..selectors.search import CONFIG_OF_ENTRY, CONFIGS, unmarked
from ..selectors.search import fts5_available as _fts5

BATCH = 500
FTS_DELETE = "DELETE FROM network_searchentry_fts WHERE rowid = %s"
FTS_INSERT = "INSERT INTO network_searchentry_fts (rowid, title, body) VALUES (%s, %s, %s)"


def _language(fallback: str = "lt") -> str:
    """The language a text is being written in: the request's."""
    current = translation.get_language() or fallback
    return current if current in CONFIGS else fallback


def _text_index(entries: list[SearchEntry]) -> None:
    """The database's own text index of these (just written) entries."""
    ids = [entry.pk for entry in entries]
    if not ids:
        return
    if connection.vendor == "postgresql":
        vector = SearchVector("title", weight="A", config=CONFIG_OF_ENTRY) + SearchVector(
            "body", weight="B", config=CONFIG_OF_ENTRY
        )
        SearchEntry.objects.filter(pk__in=ids).update(search_vector=vector)
    elif connection.vendor == "sqlite" and _fts5():
        with connection.cursor() as cursor:
            cursor.executemany(FTS_DELETE, [[i] for i in ids])
            cursor.executemany(FTS_INSERT, [[e.pk, e.title, e.body] for e in entries])


def _forget(kind: str, object_ids: Iterable[int] | None = None) -> None:
    """Remove the entries of ``kind`` for ``object_ids`` (all of them for None)."""
    rows = SearchEntry.objects.filter(kind=kind)
    if object_ids is not None:
        rows = rows.filter(object_id__in=list(object_ids))
    stale = list(rows.values_list("pk", flat=True))
    if not stale:
        return
    SearchEntry.objects.filter(pk__in=stale).delete()
    if connection.vendor == "sqlite" and _fts5():
        with connection.cursor() as cursor:
            cursor.executemany(FTS_DELETE, [[i] for i in stale])


@transaction.atomic
def _write(kind: str, object_ids: list[int], entries: list[SearchEntry]) -> None:
    """Make these the only entries of ``kind`` for ``object_ids``."""
    _forget(kind, object_ids)
    now = timezone.now()
    for entry in entries:
        entry.kind, entry.updated_at = kind, now
        entry.title, entry.body = unmarked(entry.title)[:300], unmarked(entry.body)
    _text_index(SearchEntry.objects.bulk_create(entries))


def _cluster_audience(cluster: Cluster) -> dict[str, Any]:
    if cluster.is_private:
        return {"audience": SearchAudience.CLUSTER, "cluster": cluster}
    return {"audience": SearchAudience.PUBLIC}


def _language_of(kind: str, object_id: int, fallback: str) -> str:
    """A text keeps the language it was first indexed in (an edit or a restore
    from another interface language does not change it)."""
    known = SearchEntry.objects.filter(kind=kind, object_id=object_id).values_list(
        "language", flat=True
    )
    return next(iter(known), "") or fallback


def thread_index(thread: Thread, *, language: str = "") -> None:
    language = language or _language_of(SearchKind.THREAD, thread.pk, _language())
    entry = SearchEntry(
        object_id=thread.pk,
        thread=thread,
        language=language,
        title=thread.title,
        **_cluster_audience(thread.cluster),
    )
    _write(SearchKind.THREAD, [thread.pk], [entry])


def _post_entry(post: Post, language: str) -> SearchEntry:
    return SearchEntry(
        object_id=post.pk,
        post=post,
        thread_id=post.thread_id,
        language=language,
        title="",
        body=post.body,
        **_cluster_audience(post.thread.cluster),
    )


def post_index(post: Post, *, language: str = "") -> None:
    """Index a post in the language it is written in; a hidden one is forgotten."""
    if post.is_hidden:
        _forget(SearchKind.POST, [post.pk])
        return
    language = language or _language_of(SearchKind.POST, post.pk, _language())
    _write(SearchKind.POST, [post.pk], [_post_entry(post, language)])


def practice_index(practice: Practice, *, language: str = "") -> None:
    """A published practice, for everyone or for members as its author chose."""
    entries = []
    if practice.status == PracticeStatus.PUBLISHED:
        public = practice.audience == Audience.PUBLIC
        audience = SearchAudience.PUBLIC if public else SearchAudience.MEMBERS
        parts = [practice.problem, practice.solution, practice.results]
        tags = ", ".join(tag.name for tag in practice.tags.all())
        entries.append(
            SearchEntry(
                object_id=practice.pk,
                practice=practice,
                language=language or _language_of(SearchKind.PRACTICE, practice.pk, _language()),
                title=practice.title,
                body="\n".join([*parts, tags]),
                audience=audience,
            )
        )
    _write(SearchKind.PRACTICE, [practice.pk], entries)


def _person_entry(person: User) -> SearchEntry:
    public = shows_anything_publicly(person)
    return SearchEntry(
        object_id=person.pk,
        person=person,
        language="",
        title=person.full_name,
        body="@" + handle_of(person.full_name),
        audience=SearchAudience.PUBLIC if public else SearchAudience.MEMBERS,
    )


def person_index(person: User) -> None:
    """Found by name and handle: by anyone when some part of the profile is
    public (as the profile page is), else by members; never while suspended."""
    # Read afresh: the caller's instance may hold the profile as it was.
    current = (
        User.objects.filter(pk=person.pk, is_active=True, network_suspension__isnull=True)
        .select_related("network_profile")
        .first()
    )
    _write(SearchKind.PERSON, [person.pk], [_person_entry(current)] if current else [])


def person_forget(person: User) -> None:
    """Their name leaves the index (their personal data is being erased)."""
    _forget(SearchKind.PERSON, [person.pk])


def _batches[T](rows: Iterable[T]) -> Iterator[list[T]]:
    batch: list[T] = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def programmes_index() -> int:
    """Each published programme once per language, as a reader in that language
    reads it (a missing translation falls back as on its page)."""
    entries = []
    programmes = list(learning.programme_catalogue())
    for programme in programmes:
        for language in CONFIGS:
            with translation.override(language):
                title, summary = programme.title, programme.summary
            entries.append(
                SearchEntry(
                    object_id=programme.pk,
                    programme=programme,
                    language=language,
                    title=title,
                    body=summary,
                    audience=SearchAudience.PUBLIC,
                )
            )
    with transaction.atomic():
        _forget(SearchKind.PROGRAMME)
        _write(SearchKind.PROGRAMME, [p.pk for p in programmes], entries)
    return len(programmes)


def people_index() -> int:
    people = (
        User.objects.filter(is_active=True, network_suspension__isnull=True)
        .select_related("network_profile")
        .order_by("pk")
    )
    count = 0
    with transaction.atomic():
        _forget(SearchKind.PERSON)
        for batch in _batches(people.iterator(chunk_size=BATCH)):
            _write(SearchKind.PERSON, [], [_person_entry(person) for person in batch])
            count += len(batch)
    return count


def conversations_index() -> int:
    """Every thread and visible post, each in its author's language."""
    count = 0
    threads = Thread.objects.select_related("cluster", "author").order_by("pk")
    for threads_batch in _batches(threads.iterator(chunk_size=BATCH)):
        entries = [
            SearchEntry(
                object_id=t.pk,
                thread=t,
                language=_author_language(t.author),
                title=t.title,
                **_cluster_audience(t.cluster),
            )
            for t in threads_batch
        ]
        _write(SearchKind.THREAD, [t.pk for t in threads_batch], entries)
        count += len(threads_batch)
    posts = Post.objects.select_related("thread__cluster", "author").order_by("pk")
    for posts_batch in _batches(posts.iterator(chunk_size=BATCH)):
        shown = [p for p in posts_batch if not p.is_hidden]
        entries = [_post_entry(p, _author_language(p.author)) for p in shown]
        _write(SearchKind.POST, [p.pk for p in posts_batch], entries)
        count += len(shown)
    return count


def _author_language(author: User | None) -> str:
    language = author.preferred_language if author else "lt"
    return language if language in CONFIGS else "lt"


def practices_index() -> int:
    practices = Practice.objects.select_related("author").prefetch_related("tags").order_by("pk")
    for practice in practices:
        practice_index(practice, language=_author_language(practice.author))
    return len(practices)


INDEXERS = {
    "conversations": conversations_index,
    "practices": practices_index,
    "programmes": programmes_index,
    "people": people_index,
}


def search_index_rebuild(parts: Iterable[str] = INDEXERS) -> dict[str, int]:
    """Index again what ``parts`` name (all by default); how many of each."""
    return {part: INDEXERS[part]() for part in parts}
