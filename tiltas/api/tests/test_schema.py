"""schemathesis against the API's own OpenAPI schema: whatever it sends within
(and outside) the schema, no server error, and every answer matches the schema."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from .test_reads import some_of_everything

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


@pytest.fixture
def published(db):
    """Data to read, and the test's database connection kept open: schemathesis
    calls the WSGI application, whose end of request would close it (Django's
    test client keeps it open the same way)."""
    some_of_everything()
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_every_answer_matches_the_schema(case, published):
    case.call_and_validate()
