"""A list page's page of rows and the query string its pager links keep: the
filters chosen stay on every page, and "page" is the pager's own."""

from collections.abc import Sequence
from typing import Any, NamedTuple

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest


class Listing(NamedTuple):
    page: Page
    #: The request's other parameters, URL-encoded, for
    #: ``core/includes/pagination.html`` (``query``).
    query: str


def listing_page(
    request: HttpRequest, rows: QuerySet[Any] | Sequence[Any], *, per_page: int
) -> Listing:
    """The page ``?page=`` asks for (the first for nonsense, the last past the end)."""
    page = Paginator(rows, per_page).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return Listing(page, query.urlencode())
