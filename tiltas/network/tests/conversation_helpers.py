"""Shared pieces of the conversation tests."""

from django.urls import reverse
from django.utils import translation


def url(name: str, *args) -> str:
    with translation.override("en"):
        return reverse(f"network:{name}", args=args)
