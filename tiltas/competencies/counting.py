"""Counting for the results framework (activity 1.1.1: the competency model)."""

from datetime import date, datetime, time

from django.utils import timezone

from tiltas.core.platform import Measurement

from .models import Framework


def framework_published(*, start: date | None = None, end: date | None = None) -> Measurement:
    """1 once a competency framework has been published (and stays 1 when it is
    later archived for a newer version), else 0."""
    frameworks = Framework.objects.filter(published_at__isnull=False)
    if end is not None:
        frameworks = frameworks.filter(
            published_at__lt=timezone.make_aware(datetime.combine(end, time.max))
        )
    return Measurement(value=1 if frameworks.exists() else 0)
