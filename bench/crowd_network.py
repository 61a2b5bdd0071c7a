"""The network's part of the crowd and of the writes (``bench/crowd.py``).

**Crowd**: members walk the network as members do: pages of threads in their
clusters (any page, the last more often: links to new posts land there), their
clusters' pages, the people directory and, once search exists, a search for a
word of the posts. **Writes**: a member replies in a thread of a cluster they
belong to, through the reply form (``network:post_reply``), each reply by its
own member (the posting limit counts per member) whose first day is over (new
members write under first-day limits).
"""

import math
import random
from datetime import timedelta

from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from bench.scale.network_texts import body

from .targets import _model, posts_per_page, search_words

#: Members of the network crowd, and pages each walks.
MEMBERS, PAGES_EACH = 600, 4
LANGUAGE_OF = {"LT": "lt", "NO": "nb"}


def _memberships() -> dict[int, list[int]]:
    """Clusters of each active member (role member), by person."""
    Membership = _model("network.ClusterMembership")
    if Membership is None:
        return {}
    clusters: dict[int, list[int]] = {}
    for person, cluster in Membership.objects.filter(
        person__role="member", person__is_active=True
    ).values_list("person_id", "cluster_id"):
        clusters.setdefault(person, []).append(cluster)
    return clusters


def _threads() -> dict[int, list[tuple[int, int]]]:
    """(thread, pages) of each cluster."""
    threads: dict[int, list[tuple[int, int]]] = {}
    per_page = posts_per_page()
    for pk, cluster, posts in _model("network.Thread").objects.values_list(
        "pk", "cluster_id", "post_count"
    ):
        threads.setdefault(cluster, []).append((pk, max(1, math.ceil(posts / per_page))))
    return threads


def _search_path(word: str) -> str | None:
    try:
        return reverse("network:search", query={"q": word})
    except NoReverseMatch:
        return None


def network_pairs(rng: random.Random) -> list[tuple[int, str]]:
    """(member, path) pairs: threads (first and later pages), clusters, the
    people directory and search, for up to ``MEMBERS`` members of clusters."""
    clusters = _memberships()
    if not clusters:
        return []
    threads = _threads()
    slugs = dict(_model("network.Cluster").objects.values_list("pk", "slug"))
    searches = [path for word in search_words() if (path := _search_path(word))]
    people = reverse("network:people")
    pairs = []
    for person in rng.sample(sorted(clusters), min(MEMBERS, len(clusters))):
        for _ in range(PAGES_EACH):
            cluster = rng.choice(clusters[person])
            roll = rng.random()
            if roll < 0.6 and threads.get(cluster):
                pk, pages = rng.choice(threads[cluster])
                page = pages if rng.random() < 0.5 else rng.randint(1, pages)
                path = reverse("network:thread", args=[pk])
                pairs.append((person, path if page == 1 else f"{path}?page={page}"))
            elif roll < 0.8:
                pairs.append((person, reverse("network:cluster", args=[slugs[cluster]])))
            elif roll < 0.9 or not searches:
                pairs.append((person, people))
            else:
                pairs.append((person, rng.choice(searches)))
    rng.shuffle(pairs)
    return pairs


def reply_writes(rng: random.Random, count: int) -> list[dict]:
    """Members reply in threads of their clusters, each reply by its own member
    past their first day."""
    Thread, User = _model("network.Thread"), _model("accounts.User")
    clusters = _memberships()
    if Thread is None or not clusters:
        return []
    day_ago = timezone.now() - timedelta(days=1)
    settled = set(
        User.objects.filter(pk__in=list(clusters), date_joined__lt=day_ago)
        .exclude(network_suspension__isnull=False)
        .values_list("pk", flat=True)
    )
    people = sorted(settled)
    rng.shuffle(people)
    threads: dict[int, list[tuple[int, str]]] = {}
    for pk, cluster, country in Thread.objects.values_list("pk", "cluster_id", "cluster__country"):
        threads.setdefault(cluster, []).append((pk, LANGUAGE_OF.get(country, "en")))
    posted = reverse("network:post", args=[0]).removesuffix("0/")
    writes = []
    for person in people[:count]:
        options = [t for cluster in clusters[person] for t in threads.get(cluster, [])]
        if not options:
            continue
        pk, language = rng.choice(options)
        writes.append(
            {
                "kind": "thread reply",
                "person": person,
                "path": reverse("network:post_reply", args=[pk]),
                "data": {"body": body(rng, language, [])},
                "expect": posted,
            }
        )
    return writes


def replies() -> int:
    """Posts in the network (what the reply writes add)."""
    Post = _model("network.Post")
    return Post.objects.count() if Post is not None else 0
