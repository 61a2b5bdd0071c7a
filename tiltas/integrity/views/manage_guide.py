"""Editing the guide: chapters and sections, the consultation's answers, and
publication (coordinators, integrity officers and administrators; opening
the consultation and publishing are the coordinators')."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import roles_required
from tiltas.core.forms import error_text, form_add_service_error

from .. import selectors, services
from ..forms import AnswerForm, ChapterForm, PublishForm, SectionForm
from ..models import GuideState
from ..permissions import (
    access_chapter_for_manage_by_id,
    access_comment_for_manage_by_id,
    access_guide_for_manage,
    access_section_for_manage_by_id,
)
from ..roles import EDITORS, PUBLISHERS, is_publisher

OVERVIEW = "integrity:manage_guide"


@roles_required(*EDITORS)
def manage_guide(request: HttpRequest) -> HttpResponse:
    current = access_guide_for_manage(request.user)
    return render(
        request,
        "integrity/manage/guide.html",
        {
            "guide": current,
            "chapters": selectors.guide_working_text(current),
            "comments": selectors.comments_unanswered(current)[:50],
            "versions": selectors.guide_versions(current)[:10],
            "may_publish": is_publisher(request.user),
            "states": GuideState,
        },
    )


@roles_required(*EDITORS)
@require_POST
def manage_move(request: HttpRequest) -> HttpResponse:
    current = access_guide_for_manage(request.user)
    try:
        services.guide_move(guide=current, actor=request.user, to=request.POST.get("to", ""))
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("The guide's state was changed."))
    return redirect(OVERVIEW)


@roles_required(*PUBLISHERS)
def manage_publish(request: HttpRequest) -> HttpResponse:
    current = access_guide_for_manage(request.user)
    form = PublishForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            version = services.guide_publish(
                guide=current, actor=request.user, change_log=form.content_data()
            )
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(
                request,
                _("Version %(number)s is published; its PDFs are being prepared.")
                % {"number": version.number},
            )
            return redirect(OVERVIEW)
    return render(request, "integrity/manage/publish.html", {"guide": current, "form": form})


@roles_required(*EDITORS)
def manage_chapter_create(request: HttpRequest) -> HttpResponse:
    current = access_guide_for_manage(request.user)
    form = ChapterForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.chapter_create(guide=current, actor=request.user, data=form.content_data())
        messages.success(request, _("The chapter was added."))
        return redirect(OVERVIEW)
    return render(request, "integrity/manage/chapter_form.html", {"form": form, "chapter": None})


@roles_required(*EDITORS)
def manage_chapter_edit(request: HttpRequest, pk: int) -> HttpResponse:
    chapter = access_chapter_for_manage_by_id(request.user, pk)
    form = ChapterForm(request.POST or None, instance=chapter)
    if request.method == "POST" and form.is_valid():
        services.chapter_update(chapter=chapter, actor=request.user, data=form.content_data())
        messages.success(request, _("The chapter was saved."))
        return redirect(OVERVIEW)
    return render(request, "integrity/manage/chapter_form.html", {"form": form, "chapter": chapter})


@roles_required(*EDITORS)
def manage_section_create(request: HttpRequest, pk: int) -> HttpResponse:
    chapter = access_chapter_for_manage_by_id(request.user, pk)
    form = SectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.section_create(chapter=chapter, actor=request.user, data=form.content_data())
        messages.success(request, _("The section was added."))
        return redirect(OVERVIEW)
    context = {"form": form, "chapter": chapter, "section": None}
    return render(request, "integrity/manage/section_form.html", context)


@roles_required(*EDITORS)
def manage_section_edit(request: HttpRequest, pk: int) -> HttpResponse:
    section = access_section_for_manage_by_id(request.user, pk)
    form = SectionForm(
        request.POST or None, instance=section, initial={"revision": section.revision}
    )
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.section_update(
                section=section,
                actor=request.user,
                data=form.content_data(),
                revision=form.cleaned_data.get("revision") or 0,
            )
        except ValidationError as error:
            form_add_service_error(form, error)
            status = 409
        else:
            messages.success(request, _("The section was saved."))
            return redirect(OVERVIEW)
    if status == 409:
        # The typed text stays; the next save is checked against the text now shown.
        section.refresh_from_db()
        form.data = form.data.copy()
        form.data["revision"] = str(section.revision)
    context = {"form": form, "chapter": section.chapter, "section": section, "stale": status == 409}
    return render(request, "integrity/manage/section_form.html", context, status=status)


@roles_required(*EDITORS)
def manage_comment_answer(request: HttpRequest, pk: int) -> HttpResponse:
    comment = access_comment_for_manage_by_id(request.user, pk)
    form = AnswerForm(request.POST or None, initial={"answer": comment.answer})
    if request.method == "POST" and form.is_valid():
        services.comment_answer(
            comment=comment, actor=request.user, answer=form.cleaned_data["answer"]
        )
        messages.success(request, _("The answer is published under the comment."))
        return redirect(OVERVIEW)
    return render(request, "integrity/manage/answer.html", {"form": form, "comment": comment})
