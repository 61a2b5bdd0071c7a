"""One page of a thread as the thread page shows it: cheap at any thread length.

The page's post ids are read first along the thread's index, then only those
posts with their authors and counts; each post's body is rendered once per text
(its Markdown with the mentions marked) and kept in the shared cache, so a page
view renders only posts written or edited since (Discourse keeps a "cooked"
copy for the same reason)."""

import hashlib
from typing import cast

from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import Count, Q
from django.utils.safestring import SafeString, mark_safe

from tiltas.core import public_cache, scopes
from tiltas.core.text import render_markdown

from ..mentions import handles_in, mentions_marked
from ..models import Post, Thread
from .clusters import POSTS_PER_PAGE, member_handles

#: How long a rendered body is kept; a new text is a new key, so this only frees space.
COOKED_TIMEOUT = 7 * 24 * 3600


def thread_page(thread: Thread, number: str | int | None) -> Page[Post]:
    """The page ``number`` of the thread (the last for "last", the first for
    nonsense), its posts with their author and files, reactions and revisions
    counted."""
    ordered = thread.posts.order_by("created_at", "pk").values_list("pk", flat=True)
    page = Paginator(ordered, POSTS_PER_PAGE).get_page(number)
    ids = list(page.object_list)
    posts = (
        Post.objects.filter(pk__in=ids)
        .select_related("author__organisation")
        .prefetch_related("attachments")
        .annotate(
            useful_count=Count("reactions", filter=Q(reactions__kind="useful"), distinct=True),
            thanks_count=Count("reactions", filter=Q(reactions__kind="thanks"), distinct=True),
            revision_count=Count("revisions", distinct=True),
        )
    )
    found: dict[int, Post] = {post.pk: post for post in posts}
    # The page of ids becomes the page of those posts (same number, same count).
    paginator = cast("Paginator[Post]", page.paginator)
    return Page([found[pk] for pk in ids if pk in found], page.number, paginator)


def _cooked_key(cluster_id: int, body: str) -> str:
    digest = hashlib.sha256(body.encode()).hexdigest()[:20]
    return scopes.key(f"network:cooked:{cluster_id}:{digest}")


def cooked_bodies(thread: Thread, posts: list[Post]) -> dict[int, SafeString]:
    """Each post's body as HTML, mentions of the cluster's members in bold.
    Kept per text and cluster in the shared cache; the cluster's members are
    read only when a body not yet kept mentions someone."""
    keys = {post.pk: _cooked_key(thread.cluster_id, post.body) for post in posts}
    kept = cache.get_many(list(keys.values())) if public_cache.enabled() else {}
    bodies: dict[int, SafeString] = {}
    missing: dict[str, str] = {}
    handles: set[str] | None = None
    for post in posts:
        html = kept.get(keys[post.pk])
        if html is None:
            source = post.body
            if handles_in(source):
                if handles is None:
                    handles = member_handles(thread.cluster)
                source = mentions_marked(source, handles)
            html = str(render_markdown(source))
            missing[keys[post.pk]] = html
        bodies[post.pk] = mark_safe(html)  # noqa: S308 - rendered by render_markdown (nh3)
    if missing and public_cache.enabled():
        cache.set_many(missing, COOKED_TIMEOUT)
    return bodies
