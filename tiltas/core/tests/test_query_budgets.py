"""Query budgets: each key page makes as many queries with ten times the data.

The data comes from the benchmark's scale generator (``bench/scale``): a small
batch, then nine times as much again beside it. A page whose query count grows
with the data has a query per row somewhere (an N+1) and will not hold at a
national roll-out. Pages whose URL does not resolve yet are left out.
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.scale import generate, member_email
from bench.targets import resolve_pages

SMALL = 0.25  # a quarter of the benchmark x1: about 50 people, 10 events
MORE = 2.25  # added beside it: ten times the data in all


def count_queries(client: Client, url: str) -> tuple[int, int]:
    # A first request fills what is cached per process (content types, texts …);
    # the budget is that of the request after it, as in a running site.
    cache.clear()
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response.status_code, len(queries)


@pytest.mark.django_db
def test_key_pages_make_the_same_number_of_queries_with_ten_times_the_data():
    from django.core.management import call_command

    # Content (the competency framework, the results framework) as on a real site.
    call_command("load_project", stdout=io.StringIO())
    generate(SMALL, lambda line: None, tag="small")
    member = get_user_model().objects.get(email=member_email("small"))
    pages = [page for page in resolve_pages(member, include_floor=False) if not page.skipped]
    assert pages, "no key page resolves"

    def measure() -> dict[str, tuple[int, int]]:
        counts = {}
        for page in pages:
            client = Client()
            if page.signed_in:
                client.force_login(member)
            counts[page.name] = count_queries(client, page.url)
        return counts

    before = measure()
    generate(MORE, lambda line: None, seed=7, tag="more")
    after = measure()

    for page in pages:
        assert before[page.name][0] == 200, f"{page.name} {page.url}: {before[page.name][0]}"
    grown = {
        name: f"{before[name][1]} → {after[name][1]} queries"
        for name in before
        if after[name][1] != before[name][1]
    }
    assert not grown, f"query counts grow with the data: {grown}"
