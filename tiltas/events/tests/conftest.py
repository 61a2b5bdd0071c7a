import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _default_language():
    # A request in another language leaves it active in the test thread: start from lt.
    translation.activate("lt")
    yield
    translation.activate("lt")
