"""The learning app's counts for the results framework (activities 1.1.2, 1.1.3, 1.2.1)."""

from datetime import date, datetime, time
from typing import Any

from django.db.models import Q
from django.utils import timezone

from tiltas.core.platform import Measurement

from .models import LessonProgress, MaterialSet, Programme, Status


def _window(field: str, start: date | None, end: date | None) -> Q:
    query = Q()
    if start is not None:
        query &= Q(**{f"{field}__gte": timezone.make_aware(datetime.combine(start, time.min))})
    if end is not None:
        query &= Q(**{f"{field}__lte": timezone.make_aware(datetime.combine(end, time.max))})
    return query


def programmes_published(
    *, activity: str, start: date | None = None, end: date | None = None, **_params: Any
) -> Measurement:
    # Archived programmes were published once and still count as outputs.
    programmes = Programme.objects.filter(
        Q(status__in=[Status.PUBLISHED, Status.ARCHIVED]),
        published_at__isnull=False,
        activity=activity,
    ).filter(_window("published_at", None, end))
    return Measurement(programmes.count())


def material_sets_published(
    *, activity: str, start: date | None = None, end: date | None = None, **_params: Any
) -> Measurement:
    sets = MaterialSet.objects.filter(
        status=Status.PUBLISHED, published_at__isnull=False, programme__activity=activity
    ).filter(_window("published_at", None, end))
    return Measurement(sets.count())


def vle_in_use(
    *, start: date | None = None, end: date | None = None, **_params: Any
) -> Measurement:
    """1 once a programme is published and a learner has completed one of its lessons."""
    published = Programme.objects.filter(status=Status.PUBLISHED).exists()
    used = LessonProgress.objects.filter(
        Q(completed_at__isnull=False), _window("completed_at", None, end)
    ).exists()
    return Measurement(1 if published and used else 0)
