"""The Redis cache backend: one client per connection pool, and a cache that
goes away is a cache that misses.

Django's ``RedisCache`` builds a new ``redis.Redis`` object for every cache call;
with redis-py 8 that costs about 0.25 ms, as much as the round trip itself,
and a signed-in page served from the cache makes several calls (session,
versions and page). A client is thread-safe and holds no connection of its
own (it borrows one from its pool per command), so one per pool is kept.

When Redis cannot be reached, reads answer "not cached" and writes do nothing
(logged at most every ``LOG_EVERY`` seconds): pages are rendered from the
database, sessions read from it (``cached_db``), throttles let requests
through, and ``/healthz`` reports the cache as down. Settings give the
connection short timeouts, so an unreachable Redis costs milliseconds, not a
hanging worker.
"""

import logging
import time
from collections.abc import Callable
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("tiltas.cache")

#: Seconds between two log lines about an unreachable Redis.
LOG_EVERY = 10.0
_last_logged = [0.0]

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


class ReusingRedisCacheClient(RedisCacheClient):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}

    def get_client(self, key: Any = None, *, write: bool = False) -> Any:
        django: Any = self  # Django's private helpers, not in the type stubs
        index = django._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            pool = django._get_connection_pool(write)
            client = self._clients[index] = django._client(connection_pool=pool)
        return client


def _missing(error: Exception) -> None:
    now = time.monotonic()
    if now - _last_logged[0] >= LOG_EVERY:
        _last_logged[0] = now
        logger.warning("Redis unreachable, serving without the cache: %s", error)


def _or(default: Any, call: Callable[[], Any]) -> Any:
    try:
        return call()
    except UNREACHABLE as error:
        _missing(error)
        return default


class RedisCache(DjangoRedisCache):
    def __init__(self, server: Any, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient

    def get(self, key: Any, default: Any = None, version: Any = None) -> Any:
        return _or(default, lambda: super(RedisCache, self).get(key, default, version))

    def get_many(self, keys: Any, version: Any = None) -> dict[Any, Any]:
        return _or({}, lambda: super(RedisCache, self).get_many(keys, version))

    def has_key(self, key: Any, version: Any = None) -> bool:
        return _or(False, lambda: super(RedisCache, self).has_key(key, version))

    def add(
        self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: Any = None
    ) -> bool:
        return _or(False, lambda: super(RedisCache, self).add(key, value, timeout, version))

    def set(
        self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: Any = None
    ) -> None:
        _or(None, lambda: super(RedisCache, self).set(key, value, timeout, version))

    def set_many(self, data: Any, timeout: Any = DEFAULT_TIMEOUT, version: Any = None) -> list:
        return _or([], lambda: super(RedisCache, self).set_many(data, timeout, version))

    def touch(self, key: Any, timeout: Any = DEFAULT_TIMEOUT, version: Any = None) -> bool:
        return _or(False, lambda: super(RedisCache, self).touch(key, timeout, version))

    def delete(self, key: Any, version: Any = None) -> bool:
        return _or(False, lambda: super(RedisCache, self).delete(key, version))

    def delete_many(self, keys: Any, version: Any = None) -> None:
        _or(None, lambda: super(RedisCache, self).delete_many(keys, version))

    def incr(self, key: Any, delta: int = 1, version: Any = None) -> int:
        try:
            return super().incr(key, delta, version)
        except UNREACHABLE as error:
            _missing(error)
            raise ValueError(f"Key '{key}' not found (cache unreachable)") from error
