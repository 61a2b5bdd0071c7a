"""A small fixed-window limit on donor exports per client IP (SECURITY.md RL-1):
each export runs every counter, so an unbounded loop of downloads is a cheap
way to load the database."""

import time

from django.core.cache import cache
from django.http import HttpRequest

from tiltas.core.requests import client_ip

EXPORTS_PER_WINDOW = 30
WINDOW_SECONDS = 10 * 60


def export_allowed(request: HttpRequest) -> bool:
    window = int(time.time() // WINDOW_SECONDS)
    key = f"indicators:export:{client_ip(request) or 'unknown'}:{window}"
    cache.add(key, 0, timeout=WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=WINDOW_SECONDS)
        count = 1
    return count <= EXPORTS_PER_WINDOW
