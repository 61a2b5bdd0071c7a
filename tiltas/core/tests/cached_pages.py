"""Helpers for the tests of cached pages: pages read in English (with the
``restore_language`` fixture of conftest.py)."""

from django.test import Client
from django.urls import reverse
from django.utils import translation


def page(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def english(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(name, kwargs=kwargs or None)
