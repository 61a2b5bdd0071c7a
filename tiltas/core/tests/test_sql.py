"""IO-3: the ORM only, and sort orders written in the code, never taken from a
request (Decidim CVE-2023-34090 read the users table through a sort field)."""

import ast
from pathlib import Path

import pytest
from django.urls import reverse

import tiltas

SOURCE = Path(tiltas.__file__).parent
#: Raw SQL outside migrations, each reviewed: file -> why.
RAW_SQL_ALLOWED = {
    "core/views/health.py": "SELECT 1 on a fresh connection, no parameters",
    # SQLite's FTS5 table for the network's search (PostgreSQL uses the ORM's
    # SearchVector): fixed SQL strings; the words and ids are parameters, and
    # the MATCH text is quoted words only (Words.fts5_match).
    "network/selectors/search.py": "FTS5 MATCH, bm25, snippet and a probe: fixed SQL",
    "network/services/search.py": "FTS5 rows written and deleted by id in fixed SQL",
}
RAW_SQL_CALLS = frozenset({"raw", "extra", "cursor", "execute", "executemany"})


def _calls_in(tree: ast.AST, path: str):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield path, node


def _calls():
    for path in sorted(SOURCE.rglob("*.py")):
        relative = path.relative_to(SOURCE).as_posix()
        if "/tests/" in f"/{relative}" or "/migrations/" in relative:
            continue
        yield from _calls_in(ast.parse(path.read_text(), relative), relative)


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _raw_sql(calls) -> list[str]:
    return sorted(
        f"{path}:{call.lineno} {_name(call)}()"
        for path, call in calls
        if (_name(call) in RAW_SQL_CALLS or _name(call) == "RawSQL") and path not in RAW_SQL_ALLOWED
    )


def _loose_orders(calls) -> list[str]:
    """order_by() arguments that are not a literal or an expression built in
    place (F("x").desc()): a variable could carry a visitor's choice."""
    return [
        f"{path}:{call.lineno} order_by({ast.unparse(argument)})"
        for path, call in calls
        if _name(call) == "order_by"
        for argument in call.args
        if isinstance(argument, (ast.Name, ast.Subscript, ast.Starred, ast.JoinedStr))
    ]


def test_no_raw_sql_outside_the_reviewed_places():
    found = _raw_sql(_calls())
    assert not found, "raw SQL outside RAW_SQL_ALLOWED:\n" + "\n".join(found)


def test_sort_orders_are_written_in_the_code():
    loose = _loose_orders(_calls())
    assert not loose, "\n".join(loose)


def test_the_checks_find_what_they_look_for():
    code = (
        "qs.order_by(request.GET['o'])\nqs.order_by(*sort)\nqs.order_by(field)\n"
        "qs.order_by('name', F('at').desc())\nModel.objects.raw(q)\nRawSQL('x', [])\n"
        "connection.cursor().execute(q)\n"
    )
    calls = list(_calls_in(ast.parse(code), "views.py"))
    assert len(_loose_orders(calls)) == 3
    assert {found.split()[1] for found in _raw_sql(calls)} == {
        "raw()", "RawSQL()", "execute()", "cursor()"
    }  # fmt: skip


@pytest.mark.django_db
def test_a_sort_field_in_the_address_is_ignored(client, administrator, make_user):
    for name in ("Aldona A", "Birutė B", "Celestina C"):
        make_user(full_name=name)
    client.force_login(administrator)
    people = reverse("accounts:manage_people")
    plain = [person.pk for person in client.get(people).context["page"]]
    for query in ("ordering=password", "ordering=-password", "sort=password", "o=-password"):
        page = client.get(f"{people}?{query}")
        assert page.status_code == 200
        assert [person.pk for person in page.context["page"]] == plain, query
