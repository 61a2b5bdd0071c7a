import pytest

from tiltas.indicators import registry


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def register_counter():
    """Register a counter for one test and take it away afterwards."""
    added: list[str] = []
    before = dict(registry._counters)

    def register(source: str, function) -> None:
        registry.counter(source)(function)
        added.append(source)

    yield register
    registry._counters.clear()
    registry._counters.update(before)


@pytest.fixture
def isolated_registry():
    """An empty counter registry for one test; the real one comes back afterwards."""
    before = dict(registry._counters)
    registry._counters.clear()
    yield
    registry._counters.clear()
    registry._counters.update(before)
