"""Indexed URL patterns resolve and reverse exactly as the plain ones do."""

import pytest
from django.http import HttpResponse
from django.urls import NoReverseMatch, Resolver404, URLResolver, path
from django.urls.resolvers import RegexPattern

from tiltas.core.routing import grouped


def view(request, **kwargs):
    return HttpResponse()


PATTERNS = [
    path("", view, name="home"),
    path("events/", view, name="events"),
    path("events/calendar.ics", view, name="calendar"),
    path("events/<slug:slug>/", view, name="event"),
    path("manage/events/<int:pk>/", view, name="manage_event"),
    path("manage/events/<int:pk>/export.csv", view, name="export"),
    path("manage/programmes/", view, name="manage_programmes"),
    path("results/", view, name="results"),
]

PATHS = {
    "": ("home", {}),
    "events/": ("events", {}),
    "events/calendar.ics": ("calendar", {}),
    "events/summer-school/": ("event", {"slug": "summer-school"}),
    "manage/events/7/": ("manage_event", {"pk": 7}),
    "manage/events/7/export.csv": ("export", {"pk": 7}),
    "manage/programmes/": ("manage_programmes", {}),
    "results/": ("results", {}),
}


def resolver(patterns):
    return URLResolver(RegexPattern(r"^/"), patterns)


@pytest.mark.parametrize(("url", "expected"), PATHS.items())
def test_every_path_resolves_to_the_same_view_and_arguments(url, expected):
    plain, indexed = resolver(PATTERNS), resolver(grouped(PATTERNS))
    for candidate in (plain, indexed):
        match = candidate.resolve(f"/{url}")
        assert (match.url_name, match.kwargs) == expected


@pytest.mark.parametrize("url", ["/events/a/b/", "/manage/", "/manage/events/x/", "/nothing/"])
def test_unknown_paths_are_not_found_either_way(url):
    for candidate in (resolver(PATTERNS), resolver(grouped(PATTERNS))):
        with pytest.raises(Resolver404):
            candidate.resolve(url)


def test_names_reverse_to_the_same_paths():
    plain, indexed = resolver(PATTERNS), resolver(grouped(PATTERNS))
    for name, kwargs in PATHS.values():
        assert indexed.reverse(name, **kwargs) == plain.reverse(name, **kwargs)
    with pytest.raises(NoReverseMatch):
        indexed.reverse("event", slug="a b")


def test_the_patterns_are_grouped_by_leading_segments():
    routes = [str(p.pattern) for p in grouped(PATTERNS)]
    assert routes == ["", "events/", "manage/", "results/"]
