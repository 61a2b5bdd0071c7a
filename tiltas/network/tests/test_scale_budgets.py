"""Query budgets of the network's pages on the benchmark's scale data: a long
thread (its first and last page), its cluster and its members, the directories and search
make as many queries with ten times the data, the thread ten times as long.

The data comes from ``bench/scale`` (``network.py``), as for the platform's
key pages in ``tiltas/core/tests/test_query_budgets.py``.
"""

import io
import random
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Max
from django.test import Client

from bench.scale import generate, member_email
from bench.scale.network_texts import body
from bench.targets import resolve_pages
from tiltas.core.tests.test_query_budgets import MORE, SMALL, count_queries
from tiltas.network.models import Post, Reaction, Thread

#: The network's pages among the benchmark's targets.
KEYS = (
    "thread",
    "thread_deep",
    "cluster",
    "cluster_members",
    "network_directory",
    "network_people",
    "network_search",
)
#: The most queries the long thread's page may make (first or last page).
THREAD_BUDGET = 20

pytestmark = pytest.mark.django_db


def _lengthen(thread: Thread, times: int) -> None:
    """``times`` as many posts in the thread, by its cluster's members, later
    than the posts it has (some with reactions), its counters kept right."""
    rng = random.Random(11)
    members = list(thread.cluster.memberships.values_list("person_id", flat=True))
    last = thread.posts.aggregate(last=Max("created_at"))["last"]
    count = thread.post_count * (times - 1)
    posts = Post.objects.bulk_create(
        Post(
            thread=thread,
            author_id=rng.choice(members),
            body=body(rng, "lt", []),
            created_at=last + timedelta(minutes=n + 1),
        )
        for n in range(count)
    )
    Reaction.objects.bulk_create(
        Reaction(post=post, person_id=rng.choice(members), kind="useful") for post in posts[::3]
    )
    Thread.objects.filter(pk=thread.pk).update(
        post_count=thread.post_count + count, last_posted_at=posts[-1].created_at
    )


def _measure(member) -> dict[str, tuple[str, int, int]]:
    """Each network page's URL, status and queries (signed in where the bench is)."""
    counts = {}
    for page in resolve_pages(member, include_floor=False):
        if page.key not in KEYS or page.skipped:
            continue
        client = Client()
        if page.signed_in:
            client.force_login(member)
        counts[page.key] = (page.url, *count_queries(client, page.url))
    return counts


def test_network_pages_make_the_same_number_of_queries_with_ten_times_the_data():
    call_command("load_project", stdout=io.StringIO())
    generate(SMALL, lambda line: None, tag="small")
    member = get_user_model().objects.get(email=member_email("small"))
    before = _measure(member)
    assert {"thread", "thread_deep", "cluster", "cluster_members", "network_people"} <= set(before)
    thread = Thread.objects.get(pk=before["thread"][0].rsplit("/", 2)[-2])

    _lengthen(thread, 10)
    generate(MORE, lambda line: None, seed=7, tag="more")
    after = _measure(member)

    # The same long thread, now ten times as long: its last page is further on.
    assert after["thread"][0] == before["thread"][0]
    assert after["thread_deep"][0] != before["thread_deep"][0]
    for key, (url, status, _queries) in after.items():
        assert before[key][1] == status == 200, f"{key} {url}: {status}"
    grown = {
        key: f"{before[key][2]} → {after[key][2]} queries"
        for key in before
        if after[key][2] != before[key][2]
    }
    assert not grown, f"query counts grow with the data: {grown}"
    assert after["thread"][2] <= THREAD_BUDGET
    assert after["thread_deep"][2] <= THREAD_BUDGET
