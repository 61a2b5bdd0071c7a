"""Helpers shared by the competencies view tests."""

from django.test import Client
from django.urls import reverse
from django.utils import translation

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def drain(response) -> bytes:
    """The body of a file response; a streamed one is read to the end so the test
    client closes the response (and the file) the way a server would."""
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def url(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(f"competencies:{name}", kwargs=kwargs or None)
