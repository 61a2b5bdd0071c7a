import pytest

from tiltas.notifications import kinds

from .kinds import TEST_KINDS


@pytest.fixture(autouse=True)
def _test_kinds(monkeypatch):
    monkeypatch.setattr(kinds, "registered", lambda: dict(TEST_KINDS))
