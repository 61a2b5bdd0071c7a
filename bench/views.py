"""The floor: the cheapest page the framework can serve through the whole
middleware stack (a template with 10 rows, no database). Every key page is
measured as a ratio to it, so results survive a noisy machine."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tiltas.core.access import public

ROWS = [{"number": n, "name": f"Row {n}", "value": n * 7} for n in range(1, 11)]


@public
def floor(request: HttpRequest) -> HttpResponse:
    return render(request, "bench/floor.html", {"rows": ROWS})
