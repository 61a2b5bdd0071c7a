"""A list's pager keeps the filters chosen and moves only the page."""

from django.test import RequestFactory

from tiltas.core.listing import listing_page

ROWS = list(range(1, 26))  # 25 rows: three pages of 10


def _listing(query: str):
    return listing_page(RequestFactory().get(f"/list/?{query}"), ROWS, per_page=10)


def test_the_page_asked_for_and_the_filters_without_the_page():
    page, query = _listing("country=LT&type=ngo&page=2&type=municipality")

    assert list(page) == list(range(11, 21))
    assert query == "country=LT&type=ngo&type=municipality"


def test_typed_text_is_encoded_for_the_links():
    _page, query = _listing("q=Ona+%26+Jonas&page=1")

    assert query == "q=Ona+%26+Jonas"


def test_a_page_past_the_end_is_the_last_and_nonsense_is_the_first():
    assert _listing("page=99").page.number == 3
    assert _listing("page=abc").page.number == 1
    assert _listing("").query == ""
