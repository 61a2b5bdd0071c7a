import pytest

from tiltas.core import contributions


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def register_counter():
    """Register a counter for one test and take it away afterwards."""
    counters = contributions.counters()
    before = dict(counters)

    def register(source: str, function) -> None:
        counters[source] = function

    yield register
    counters.clear()
    counters.update(before)


@pytest.fixture
def isolated_registry():
    """An empty counter registry for one test; the real one comes back afterwards."""
    counters = contributions.counters()
    before = dict(counters)
    counters.clear()
    yield
    counters.clear()
    counters.update(before)
