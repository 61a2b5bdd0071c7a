"""Where a key page spends its time: queries (count, time, repeats) and wall time.

Run against a benchmark database, e.g. after ``bench/run.py --scale 100 --db postgres``::

    TILTAS_ENV=bench SECRET_KEY=x ALLOWED_HOSTS=testserver TILTAS_VAR_DIR=var/bench \\
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tiltas_bench_x100 \\
    .venv/bin/python manage.py shell -c "from bench.profile import main; main()"
"""

import os
import re
import time
from collections import Counter

from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.targets import bench_member, resolve_pages


def shape(sql: str) -> str:
    """The query with its literals removed, to find the same query run many times."""
    return re.sub(r"\b\d+\b|'[^']*'", "?", sql)[:160]


def main() -> None:
    member = bench_member()
    only = set(filter(None, os.environ.get("BENCH_PAGES", "").split(",")))
    for page in resolve_pages(member, include_floor=False):
        if (only and page.key not in only) or page.skipped:
            continue
        client = Client()
        if page.signed_in:
            client.force_login(member)
        client.get(page.url)  # warm caches, as the benchmark's warm-up does
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(page.url)
            wall = (time.perf_counter() - started) * 1000
        sql_ms = sum(float(q["time"]) for q in queries.captured_queries) * 1000
        print(f"\n== {page.name} {page.url}: {response.status_code}, {len(queries)} queries, "
              f"{sql_ms:.1f} ms SQL, {wall:.1f} ms wall")  # fmt: skip
        repeated = Counter(shape(q["sql"]) for q in queries.captured_queries)
        for sql, count in repeated.most_common(3):
            if count > 1:
                print(f"   repeated x{count}: {sql}")
        slowest = sorted(queries.captured_queries, key=lambda q: -float(q["time"]))[:3]
        for query in slowest:
            print(f"   {float(query['time']) * 1000:.1f} ms: {query['sql'][:300]}")
