"""The URL walk behind the permission matrix finds what it must fail on."""

import pytest
from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.test import override_settings
from django.urls import include, path

from tiltas.core.access import public

from .html_checks import lint_html
from .url_walk import MissingSample, collect_routes, url_of


def unclassified(request, pk=None):
    return HttpResponse("no rule")


@public
def open_page(request):
    return HttpResponse("public")


urlpatterns = [
    path("plain/", unclassified, name="plain"),
    path("admin-like/", include(([path("x/", unclassified, name="x")], "admin"))),
    *i18n_patterns(
        path("open/", open_page, name="open"),
        path("things/<int:pk>/", unclassified, name="thing"),
        prefix_default_language=True,
    ),
]


@override_settings(ROOT_URLCONF=__name__)
def test_walk_finds_unclassified_views_and_skips_the_admin():
    routes = {route.label: route for route in collect_routes()}
    assert set(routes) == {"plain", "open", "thing"}
    assert routes["plain"].access is None
    assert routes["open"].access.kind == "public"
    assert routes["thing"].takes_arguments and routes["thing"].localised
    assert not routes["plain"].localised


@override_settings(ROOT_URLCONF=__name__)
def test_a_pattern_with_arguments_and_no_sample_is_named():
    routes = {route.label: route for route in collect_routes()}
    assert url_of(routes["open"], "lt") == "/lt/open/"
    with pytest.raises(MissingSample, match="thing"):
        url_of(routes["thing"], "lt")


@pytest.mark.parametrize(
    ("html", "problem"),
    [
        ("<script>alert(1)</script>", "<script> without a nonce"),
        ('<img src="x" onerror="alert(1)">', "inline event handler"),
        ('<a href=" JavaScript:alert(1)">x</a>', "script URL"),
        ('<p style="color:red">x</p>', 'style="…"'),
    ],
)
def test_page_lint_catches_inline_code(html, problem):
    problems, _lang = lint_html(f"<html lang='lt'><body>{html}</body></html>")
    assert len(problems) == 1 and problem in problems[0], problems


def test_page_lint_accepts_nonced_scripts_and_reads_lang():
    problems, lang = lint_html(
        '<html lang="nb"><script nonce="abc" src="/static/x.js"></script>'
        '<a href="/lt/">on=</a></html>'
    )
    assert problems == [] and lang == "nb"
