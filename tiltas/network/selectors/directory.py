"""Reads of the network: the directory of organisations and their pages."""

from django.db.models import Count, Q, QuerySet

from tiltas.accounts.models import Organisation


def organisations_directory(
    *, country: str = "", region: str = "", type: str = ""
) -> QuerySet[Organisation]:
    """Every organisation, narrowed by the filters given, with its people counted."""
    rows = Organisation.objects.all()
    if country:
        rows = rows.filter(country=country)
    if region:
        rows = rows.filter(region=region)
    if type:
        rows = rows.filter(type=type)
    return rows.annotate(
        people_count=Count("people", filter=Q(people__is_active=True), distinct=True)
    ).order_by("name", "pk")
