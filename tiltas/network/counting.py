"""The network app's source for the results framework (see tiltas.indicators.registry).

The social-clustering network is live once at least one public cluster has
at least three member organisations from at least two countries. Demo
organisations do not count; an organisation counts from the day it joined."""

from datetime import date, datetime, time, timedelta

from django.db.models import Count, Q
from django.utils import timezone

from tiltas.core.platform import Measurement

from .models import ClusterOrganisation, ClusterVisibility

#: What makes a cluster show that the network is live.
LIVE_ORGANISATIONS = 3
LIVE_COUNTRIES = 2


def network_live(*, start: date | None = None, end: date | None = None) -> Measurement:
    """1 once a public cluster has gathered enough organisations from enough
    countries by the period's end, else 0 (cumulative: ``start`` is ignored)."""
    members = ClusterOrganisation.objects.filter(
        cluster__visibility=ClusterVisibility.PUBLIC, organisation__is_demo=False
    )
    if end:
        next_day = timezone.make_aware(datetime.combine(end + timedelta(days=1), time.min))
        members = members.filter(joined_at__lt=next_day)
    live = (
        members.values("cluster")
        .annotate(
            organisations=Count("organisation", distinct=True),
            countries=Count(
                "organisation__country", distinct=True, filter=~Q(organisation__country="")
            ),
        )
        .filter(organisations__gte=LIVE_ORGANISATIONS, countries__gte=LIVE_COUNTRIES)
        .exists()
    )
    return Measurement(value=1 if live else 0)
