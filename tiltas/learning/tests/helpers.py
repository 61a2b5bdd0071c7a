"""Helpers shared by the learning tests."""

from contextlib import contextmanager

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tiltas.learning import services

from .factories import pdf_upload


@contextmanager
def raises_code(code: str):
    """Refusals are checked by their code: the messages are translated."""
    with pytest.raises(ValidationError) as caught:
        yield caught
    assert caught.value.code == code


def queries_for(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def rendered_queries(client: Client, url: str) -> int:
    """Queries of a real rendering: anonymous pages are cached, so start from an empty cache."""
    cache.clear()
    return queries_for(client, url)


def status(client: Client, url: str) -> int:
    """GET and close the response (file downloads hold an open file until closed)."""
    response = client.get(url)
    if response.streaming:
        # Consuming the content lets the test client close the file safely.
        b"".join(response.streaming_content)
    return response.status_code


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def material(programme, actor, *, publish=True):
    material_set = services.material_set_update(
        programme=programme, actor=actor, title={"lt": "Rinkinys"}, description={}
    )
    item = services.material_create(
        material_set=material_set,
        actor=actor,
        title={"lt": "Vadovas", "en": "Guide"},
        language="lt",
        kind="handbook",
        upload=pdf_upload('evil"\r\nname.pdf'),
    )
    if publish:
        services.material_set_publish(material_set=material_set, actor=actor, publish=True)
    return item
