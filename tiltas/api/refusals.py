"""Refusals an operation answers itself, in the shape ninja gives its own errors."""

from django.http import JsonResponse


def unprocessable(detail: object) -> JsonResponse:
    """422 with ``detail``: a translated message, or field → messages (the form's)."""
    return JsonResponse({"detail": detail}, status=422)
