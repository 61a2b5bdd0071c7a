"""The public project site: home, partners, news, pages."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tiltas.core.access import public
from tiltas.core.navigation import ways_in
from tiltas.core.public_cache import cache_public_page, shows
from tiltas.events.models import Event
from tiltas.indicators import selectors as indicator_selectors

from .. import selectors
from ..models import NewsItem, ProjectText
from ..permissions import access_news_item_by_slug, access_page_by_slug

#: Everything on the home page changes through services that refresh the
#: cache (news, themes, texts, the framework); the limit is a safety net for
#: changes made outside them (a migration, the database shell).
HOME_CACHE_SECONDS = 10 * 60


@public
@cache_public_page(timeout=HOME_CACHE_SECONDS)
def home(request: HttpRequest) -> HttpResponse:
    shows("results", NewsItem, Event)
    objectives = list(indicator_selectors.objective_list_with_targets())
    progress = indicator_selectors.progress_kept()
    context = {
        "ways_in": ways_in(),
        "essence": selectors.project_text_get(key=ProjectText.Key.ESSENCE),
        "goal": indicator_selectors.goal_get(),
        "objectives": objectives,
        "objectives_reached": selectors.objectives_reached(objectives, progress.items),
        "events": selectors.events_next(),
        "themes": list(selectors.theme_list()),
        "news_items": selectors.news_latest(),
    }
    return render(request, "portal/home.html", context)


@public
def partners(request: HttpRequest) -> HttpResponse:
    context = {
        "intro": selectors.project_text_get(key=ProjectText.Key.PARTNERS_INTRO),
        "partners": selectors.partner_list(),
    }
    return render(request, "portal/partners.html", context)


@public
def news_list(request: HttpRequest) -> HttpResponse:
    paginator = Paginator(selectors.news_published_list(), selectors.NEWS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    return render(request, "portal/news_list.html", {"page_obj": page_obj})


@public
def news_detail(request: HttpRequest, slug: str) -> HttpResponse:
    news_item = access_news_item_by_slug(request.user, slug)
    return render(request, "portal/news_detail.html", {"news_item": news_item})


@public
def page(request: HttpRequest, slug: str) -> HttpResponse:
    shown = access_page_by_slug(request.user, slug)
    return render(request, "portal/page.html", {"page": shown})
