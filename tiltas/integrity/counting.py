"""The integrity app's counts for the results framework (activity 1.3.1)."""

from datetime import date, datetime, time
from typing import Any

from django.utils import timezone

from tiltas.core.platform import Measurement

from .models import GuideVersion


def guide_published(
    *, start: date | None = None, end: date | None = None, **_params: Any
) -> Measurement:
    """1 once the guide has a published version (by ``end``): the target is one
    guide, however many versions follow."""
    versions = GuideVersion.objects.all()
    if end is not None:
        versions = versions.filter(
            published_at__lte=timezone.make_aware(datetime.combine(end, time.max))
        )
    return Measurement(versions.values("guide_id").distinct().count())
