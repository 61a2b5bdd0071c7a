"""The good-practice library: the list, a practice's page, writing one,
comments and "we use this too"."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import public, signed_in
from tiltas.core.forms import form_add_service_error
from tiltas.core.listing import listing_page
from tiltas.core.throttle import rate_limited

from ..forms.practices import CommentForm, PracticeFilterForm, PracticeForm
from ..models import Audience, Practice, PracticeStatus
from ..permissions.practices import (
    access_practice_by_id,
    access_practice_for_edit_by_id,
    may_edit,
)
from ..selectors import practices as selectors
from ..services import practices as services

PAGE_SIZE = 20
COMMENTS_PER_MINUTE = 10
PRACTICES_PER_HOUR = 10


def _posted(request: HttpRequest) -> bool:
    return request.method == "POST"


@public
def practices(request: HttpRequest) -> HttpResponse:
    themes = selectors.theme_titles()
    form = PracticeFilterForm(request.GET or None, themes=themes, tags=selectors.tag_choices())
    filters = form.cleaned_data if form.is_valid() else {}
    rows = selectors.practices_list(
        request.user,
        theme=filters.get("theme") or None,
        country=filters.get("country", ""),
        tag=filters.get("tag", ""),
    )
    page, query = listing_page(request, rows, per_page=PAGE_SIZE)
    context = {
        "form": form,
        "page": page,
        "themes": themes,
        "drafts": selectors.practices_drafts(request.user),
        "query": query,
    }
    return render(request, "network/practices.html", context)


def _page(
    request: HttpRequest, practice: Practice, comment_form: CommentForm | None = None
) -> HttpResponse:
    context = {
        "page": selectors.practice_page(request.user, practice),
        "theme": selectors.theme_titles()[practice.theme],
        "may_edit": may_edit(request.user, practice),
        "comment_form": comment_form or CommentForm(),
    }
    status = 400 if comment_form is not None else 200
    return render(request, "network/practice.html", context, status=status)


@public
def practice(request: HttpRequest, pk: int) -> HttpResponse:
    return _page(request, access_practice_by_id(request.user, pk))


def _form_page(
    request: HttpRequest, form: PracticeForm, found: Practice | None, status: int = 200
) -> HttpResponse:
    context = {"form": form, "practice": found}
    return render(request, "network/practice_form.html", context, status=status)


def _save(request: HttpRequest, form: PracticeForm, found: Practice | None) -> HttpResponse:
    if form.is_valid():
        data = dict(form.cleaned_data)
        tags = data.pop("tags")
        try:
            saved = services.practice_save(actor=request.user, data=data, tags=tags, practice=found)
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(request, _("The good practice is saved."))
            return redirect("network:practice", pk=saved.pk)
    return _form_page(request, form, found, status=400)


@signed_in
@rate_limited(
    "network.practice_create", limit=PRACTICES_PER_HOUR, window=3600, by="user", when=_posted
)
def practice_create(request: HttpRequest) -> HttpResponse:
    themes = selectors.theme_titles()
    if request.method == "POST":
        return _save(request, PracticeForm(request.POST, themes=themes), None)
    initial = {
        "country": request.user.country,
        "contact_organisation": request.user.organisation_id,
        "audience": Audience.PUBLIC,
        "status": PracticeStatus.DRAFT,
    }
    return _form_page(request, PracticeForm(initial=initial, themes=themes), None)


@signed_in
def practice_edit(request: HttpRequest, pk: int) -> HttpResponse:
    found = access_practice_for_edit_by_id(request.user, pk)
    themes = selectors.theme_titles()
    if request.method == "POST":
        return _save(request, PracticeForm(request.POST, themes=themes), found)
    initial = {
        name: getattr(found, name)
        for name in PracticeForm.base_fields
        if name not in ("tags", "contact_organisation")
    }
    initial["contact_organisation"] = found.contact_organisation_id
    initial["tags"] = ", ".join(tag.name for tag in found.tags.order_by("slug"))
    return _form_page(request, PracticeForm(initial=initial, themes=themes), found)


@signed_in
@require_POST
@rate_limited("network.practice_comment", limit=COMMENTS_PER_MINUTE, window=60, by="user")
def practice_comment(request: HttpRequest, pk: int) -> HttpResponse:
    found = access_practice_by_id(request.user, pk)
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            comment = services.comment_add(
                actor=request.user, practice=found, body=form.cleaned_data["body"]
            )
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(request, _("Your comment is published."))
            url = reverse("network:practice", kwargs={"pk": found.pk})
            return redirect(f"{url}#comment-{comment.pk}")
    return _page(request, found, comment_form=form)


@signed_in
@require_POST
def practice_use(request: HttpRequest, pk: int) -> HttpResponse:
    found = access_practice_by_id(request.user, pk)
    try:
        if request.POST.get("action") == "withdraw":
            services.practice_use_unmark(actor=request.user, practice=found)
            messages.success(request, _("Your organisation no longer says it uses this."))
        else:
            services.practice_use_mark(actor=request.user, practice=found)
            messages.success(request, _("Your organisation now says it uses this too."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    except PermissionDenied as error:
        raise Http404 from error
    return redirect("network:practice", pk=found.pk)
