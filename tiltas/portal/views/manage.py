"""Coordinators and administrators edit the portal from the site, in lt, en and nb."""

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import roles_required
from tiltas.core.forms import TranslatedContentForm, form_add_service_error
from tiltas.core.roles import MANAGERS

from .. import selectors, services
from ..forms import NewsItemForm, PageForm, ProjectTextForm, ThemeForm
from ..models import NewsStatus
from ..permissions import (
    access_news_item_for_manage_by_id,
    access_page_for_manage_by_slug,
    access_project_text_for_manage_by_key,
    access_theme_for_manage_by_id,
)

MANAGE_NEWS_PER_PAGE = 25


@roles_required(*MANAGERS)
def manage_index(request: HttpRequest) -> HttpResponse:
    context = {
        "project_texts": list(selectors.project_text_list()),
        "themes": list(selectors.theme_list()),
        "pages": list(selectors.page_list()),
    }
    return render(request, "portal/manage/index.html", context)


def _edit(
    request: HttpRequest,
    *,
    form_class: type[TranslatedContentForm],
    instance: Any,
    save: Callable[[dict[str, Any]], Any],
    heading: str,
    success_url: str,
    extra: dict[str, Any] | None = None,
) -> HttpResponse:
    """The shared GET/POST flow of the translated editing forms."""
    if request.method == "POST":
        form = form_class(request.POST, instance=instance)
        if form.is_valid():
            try:
                save(form.content_data())
            except ValidationError as error:
                form_add_service_error(form, error)
            else:
                messages.success(request, _("Your changes have been saved."))
                return redirect(success_url)
    else:
        form = form_class(instance=instance)
    return render(
        request,
        "portal/manage/edit.html",
        {
            "form": form,
            "heading": heading,
            "object": instance,
            "cancel_url": success_url,
            **(extra or {}),
        },
    )


@roles_required(*MANAGERS)
def project_text_edit(request: HttpRequest, key: str) -> HttpResponse:
    project_text = access_project_text_for_manage_by_key(request.user, key)
    return _edit(
        request,
        form_class=ProjectTextForm,
        instance=project_text,
        save=lambda data: services.project_text_update(
            project_text=project_text, actor=request.user, data=data
        ),
        heading=_("Edit project text: %(name)s") % {"name": project_text.get_key_display()},
        success_url=_index_url(),
    )


@roles_required(*MANAGERS)
def theme_edit(request: HttpRequest, pk: int) -> HttpResponse:
    theme = access_theme_for_manage_by_id(request.user, pk)
    return _edit(
        request,
        form_class=ThemeForm,
        instance=theme,
        save=lambda data: services.theme_update(theme=theme, actor=request.user, data=data),
        heading=_("Edit thematic area %(number)s") % {"number": theme.order},
        success_url=_index_url(),
    )


@roles_required(*MANAGERS)
def page_edit(request: HttpRequest, slug: str) -> HttpResponse:
    page = access_page_for_manage_by_slug(request.user, slug)
    return _edit(
        request,
        form_class=PageForm,
        instance=page,
        save=lambda data: services.page_update(page=page, actor=request.user, data=data),
        heading=_("Edit page: %(name)s") % {"name": page.get_slug_display()},
        success_url=_index_url(),
    )


@roles_required(*MANAGERS)
def news_manage_list(request: HttpRequest) -> HttpResponse:
    paginator = Paginator(selectors.news_manage_list(), MANAGE_NEWS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    return render(
        request, "portal/manage/news_list.html", {"page_obj": page_obj, "statuses": NewsStatus}
    )


@roles_required(*MANAGERS)
def news_create(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = NewsItemForm(request.POST)
        if form.is_valid():
            try:
                item = services.news_create(actor=request.user, data=form.content_data())
            except ValidationError as error:
                form_add_service_error(form, error)
            else:
                messages.success(
                    request, _("The news item has been saved as a draft. Publish it when ready.")
                )
                return redirect("portal:manage_news_edit", pk=item.pk)
    else:
        form = NewsItemForm()
    return render(
        request,
        "portal/manage/edit.html",
        {"form": form, "heading": _("Write a news item"), "cancel_url": _news_url()},
    )


@roles_required(*MANAGERS)
def news_edit(request: HttpRequest, pk: int) -> HttpResponse:
    news_item = access_news_item_for_manage_by_id(request.user, pk)
    return _edit(
        request,
        form_class=NewsItemForm,
        instance=news_item,
        save=lambda data: services.news_update(news_item=news_item, actor=request.user, data=data),
        heading=_("Edit news item"),
        success_url=_news_url(),
        extra={"news_item": news_item},
    )


@roles_required(*MANAGERS)
@require_POST
def news_publish(request: HttpRequest, pk: int) -> HttpResponse:
    news_item = access_news_item_for_manage_by_id(request.user, pk)
    try:
        services.news_publish(news_item=news_item, actor=request.user)
    except ValidationError:
        messages.error(request, _("The news item cannot be published: complete it first."))
        return redirect("portal:manage_news_edit", pk=news_item.pk)
    messages.success(request, _("The news item is published."))
    return redirect("portal:manage_news_list")


@roles_required(*MANAGERS)
@require_POST
def news_unpublish(request: HttpRequest, pk: int) -> HttpResponse:
    news_item = access_news_item_for_manage_by_id(request.user, pk)
    services.news_unpublish(news_item=news_item, actor=request.user)
    messages.success(request, _("The news item is no longer public."))
    return redirect("portal:manage_news_list")


def _index_url() -> str:
    return reverse("portal:manage_index")


def _news_url() -> str:
    return reverse("portal:manage_news_list")
