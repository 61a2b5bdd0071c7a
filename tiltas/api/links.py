"""Absolute links from the API to the pages and files it describes."""

from django.http import HttpRequest
from django.urls import reverse


def page_url(request: HttpRequest, name: str, **kwargs: object) -> str:
    return request.build_absolute_uri(reverse(name, kwargs=kwargs))
