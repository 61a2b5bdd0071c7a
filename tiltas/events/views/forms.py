from typing import Any

from django.http import HttpRequest


def posted(request: HttpRequest, *, files: bool = False) -> Any:
    """Form data for a POST (even an empty one: a form without fields must still
    validate), None for a GET so the form starts unbound."""
    if request.method != "POST":
        return (None, None) if files else None
    return (request.POST, request.FILES) if files else request.POST
