"""The network search page: ``/<lang>/network/search/?q=…``."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language

from tiltas.core.access import public
from tiltas.core.throttle import searches_limited

from ..forms.search import SearchForm
from ..selectors import search as selectors


@public
@searches_limited("network.search")
def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    context: dict = {"form": form}
    if not form.is_bound:
        return render(request, "network/search.html", context)
    if not form.is_valid():
        return render(request, "network/search.html", context, status=400)
    text = form.cleaned_data["q"]
    if text:
        rows = selectors.search(request.user, text, language=get_language())
        page = Paginator(rows, selectors.PAGE_SIZE).get_page(request.GET.get("page"))
        context |= {
            "text": text,
            "page": page,
            "results": selectors.results(list(page), text),
            "query": urlencode({"q": text}),
        }
    return render(request, "network/search.html", context)
