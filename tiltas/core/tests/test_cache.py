"""The Redis cache backend keeps one client per connection pool (tiltas.core.cache)."""

import socket

import pytest

from tiltas.core.cache import RedisCache

#: The machine's Redis (README: the test command runs beside it); its database 15.
REDIS = "redis://127.0.0.1:6379/15"


def redis_running() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.mark.skipif(not redis_running(), reason="no Redis on 127.0.0.1:6379")
def test_one_client_serves_every_call_and_the_values_round_trip():
    cache = RedisCache(REDIS, {"KEY_PREFIX": "tiltas-test-cache"})
    try:
        cache.set("answer", {"value": 42}, 30)
        cache.set_many({"a": 1, "b": (2, "two")}, 30)
        assert cache.get("answer") == {"value": 42}
        assert cache.get_many(["a", "b", "missing"]) == {"a": 1, "b": (2, "two")}
        assert cache.add("a", 9, 30) is False
        cache.delete_many(["answer", "a", "b"])
        assert cache.get_many(["answer", "a", "b"]) == {}
        client = cache._cache.get_client()
        assert cache._cache.get_client(write=True) is client
    finally:
        cache.delete_many(["answer", "a", "b"])
