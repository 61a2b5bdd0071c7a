"""Authoring for trainers (their own programmes) and coordinators (all of them)."""

import copy
from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import roles_required
from tiltas.core.forms import error_text, form_add_service_error
from tiltas.core.i18n import LANGUAGE_CHOICES
from tiltas.core.roles import MANAGERS, TEACHERS, is_manager

from .. import selectors, services
from ..forms import LessonForm, ModuleForm, ProgrammeForm
from ..models import Lesson, LessonAttachment, Programme
from ..permissions import (
    access_lesson_for_manage_by_id,
    access_module_for_manage_by_id,
    access_programme_for_manage_by_id,
)
from ..templatetags.learning import lesson_html


def form_page(
    request: HttpRequest,
    form_class: type,
    *,
    instance: models.Model | None,
    save: Callable[[dict], models.Model],
    template: str,
    context: dict,
    success: Callable[[models.Model], HttpResponse],
    form_kwargs: dict | None = None,
    preview: Callable[[QueryDict], object] | None = None,
) -> HttpResponse:
    """GET shows the form; a valid POST calls ``save`` (one service) and redirects.
    A POST with ``preview`` saves nothing: the form comes back with what
    ``preview`` makes of the typed data.

    The form works on a copy so the service still sees the stored values and can
    tell which fields changed. Authors of a programme with learners are told
    first that those learners see the change (``learners``)."""
    kwargs = {
        "instance": copy.copy(instance) if instance is not None else None,
        **(form_kwargs or {}),
    }
    form = form_class(request.POST or None, **kwargs)
    if context.get("programme") is not None:
        context = {**context, "learners": selectors.learner_count(context["programme"])}
    if request.method == "POST" and preview is not None and "preview" in request.POST:
        context = {**context, "preview": preview(request.POST)}
    elif request.method == "POST" and form.is_valid():
        try:
            saved = save(form.cleaned_data)
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(request, _("Saved."))
            return success(saved)
    return render(request, template, {"form": form, **context})


def programme_url(programme) -> str:
    return reverse("learning:manage_programme", kwargs={"pk": programme.pk})


@roles_required(*TEACHERS)
def manage_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.manageable_programmes(request.user), 25).get_page(
        request.GET.get("page")
    )
    return render(request, "learning/manage/list.html", {"page": page})


@roles_required(*TEACHERS)
def programme_create(request: HttpRequest) -> HttpResponse:
    assign = is_manager(request.user)
    return form_page(
        request,
        ProgrammeForm,
        instance=None,
        form_kwargs={"can_assign_trainers": assign},
        save=lambda data: services.programme_create(
            actor=request.user, data=data, trainers=data.get("trainers") or ()
        ),
        template="learning/manage/programme_form.html",
        context={"programme": None},
        success=lambda p: redirect("learning:manage_programme", pk=p.pk),
    )


@roles_required(*TEACHERS)
def programme_edit(request: HttpRequest, pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    assign = is_manager(request.user)
    return form_page(
        request,
        ProgrammeForm,
        instance=programme,
        form_kwargs={"can_assign_trainers": assign},
        save=lambda data: services.programme_update(
            programme=programme,
            actor=request.user,
            data=data,
            trainers=data.get("trainers") if assign else None,
        ),
        template="learning/manage/programme_form.html",
        context={"programme": programme},
        success=lambda p: redirect("learning:manage_programme", pk=p.pk),
    )


@roles_required(*TEACHERS)
def programme_manage(request: HttpRequest, pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    return render(
        request,
        "learning/manage/programme.html",
        {
            "programme": programme,
            "modules": selectors.programme_outline(programme),
            "competencies": selectors.programme_competencies(programme),
            "material_set": selectors.material_set_for(programme, include_drafts=True),
            "trainers": list(programme.trainers.all()),
        },
    )


@roles_required(*MANAGERS)
@require_POST
def programme_publish(request: HttpRequest, pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    try:
        if request.POST.get("action") == "archive":
            services.programme_archive(programme=programme, actor=request.user)
            messages.success(request, _("The programme is archived."))
        else:
            services.programme_publish(programme=programme, actor=request.user)
            messages.success(request, _("The programme is published."))
    except ValidationError as error:
        messages.error(request, error_text(error))
    return redirect("learning:manage_programme", pk=pk)


# --- Modules and lessons --------------------------------------------------------


@roles_required(*TEACHERS)
def module_create(request: HttpRequest, pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    return form_page(
        request,
        ModuleForm,
        instance=None,
        save=lambda data: services.module_create(
            programme=programme, actor=request.user, data=data
        ),
        template="learning/manage/module_form.html",
        context={"programme": programme, "module": None},
        success=lambda m: redirect("learning:manage_programme", pk=pk),
    )


@roles_required(*TEACHERS)
def module_edit(request: HttpRequest, pk: int, module_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    module = access_module_for_manage_by_id(programme, module_pk)
    return form_page(
        request,
        ModuleForm,
        instance=module,
        save=lambda data: services.module_update(module=module, actor=request.user, data=data),
        template="learning/manage/module_form.html",
        context={"programme": programme, "module": module},
        success=lambda m: redirect("learning:manage_programme", pk=pk),
    )


@roles_required(*TEACHERS)
@require_POST
def module_move(request: HttpRequest, pk: int, module_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    module = access_module_for_manage_by_id(programme, module_pk)
    services.module_move(
        module=module, actor=request.user, direction=request.POST.get("direction", "")
    )
    return redirect("learning:manage_programme", pk=pk)


def confirm_delete(
    request: HttpRequest, programme, thing: object, back: str, note: str = ""
) -> HttpResponse:
    """GET asks first: deleting a module or lesson also deletes what it holds
    (``note`` says instead what deleting ``thing`` does)."""
    return render(
        request,
        "learning/manage/confirm_delete.html",
        {"programme": programme, "thing": thing, "back": back, "note": note},
    )


@roles_required(*TEACHERS)
def module_delete(request: HttpRequest, pk: int, module_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    module = access_module_for_manage_by_id(programme, module_pk)
    if request.method != "POST":
        return confirm_delete(request, programme, module, programme_url(programme))
    services.module_delete(module=module, actor=request.user)
    messages.success(request, _("The module is deleted."))
    return redirect("learning:manage_programme", pk=pk)


@roles_required(*TEACHERS)
def lesson_create(request: HttpRequest, pk: int, module_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    module = access_module_for_manage_by_id(programme, module_pk)
    return form_page(
        request,
        LessonForm,
        instance=None,
        save=lambda data: services.lesson_create(module=module, actor=request.user, data=data),
        template="learning/manage/lesson_form.html",
        context={"programme": programme, "module": module, "lesson": None},
        success=lambda lesson: redirect("learning:manage_lesson_edit", pk=pk, lesson_pk=lesson.pk),
        preview=lambda data: lesson_preview(data, programme=programme),
    )


@roles_required(*TEACHERS)
def lesson_edit(request: HttpRequest, pk: int, lesson_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    lesson = access_lesson_for_manage_by_id(programme, lesson_pk)
    attachments = list(lesson.attachments.all())
    return form_page(
        request,
        LessonForm,
        instance=lesson,
        save=lambda data: services.lesson_update(lesson=lesson, actor=request.user, data=data),
        template="learning/manage/lesson_form.html",
        context={
            "programme": programme,
            "module": lesson.module,
            "lesson": lesson,
            "attachments": attachments,
        },
        success=lambda saved: redirect("learning:manage_programme", pk=pk),
        preview=lambda data: lesson_preview(
            data, programme=programme, lesson=lesson, attachments=attachments
        ),
    )


def lesson_preview(
    data: QueryDict,
    *,
    programme: Programme,
    lesson: Lesson | None = None,
    attachments: list[LessonAttachment] | None = None,
) -> list[dict]:
    """The lesson as learners will read it, in each language it is written in:
    the typed Markdown rendered and sanitised as on the lesson page."""
    return [
        {
            "code": code,
            "name": name,
            "title": data.get(f"title_{code}", ""),
            "html": lesson_html(
                data.get(f"body_{code}", ""),
                lesson_pk=lesson.pk if lesson else None,
                attachments=attachments or [],
                slug=programme.slug,
            ),
        }
        for code, name in LANGUAGE_CHOICES
        if data.get(f"body_{code}", "").strip() or data.get(f"title_{code}", "").strip()
    ]


@roles_required(*TEACHERS)
@require_POST
def lesson_move(request: HttpRequest, pk: int, lesson_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    lesson = access_lesson_for_manage_by_id(programme, lesson_pk)
    services.lesson_move(
        lesson=lesson, actor=request.user, direction=request.POST.get("direction", "")
    )
    return redirect("learning:manage_programme", pk=pk)


@roles_required(*TEACHERS)
def lesson_delete(request: HttpRequest, pk: int, lesson_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    lesson = access_lesson_for_manage_by_id(programme, lesson_pk)
    if request.method != "POST":
        return confirm_delete(request, programme, lesson, programme_url(programme))
    services.lesson_delete(lesson=lesson, actor=request.user)
    messages.success(request, _("The lesson is deleted."))
    return redirect("learning:manage_programme", pk=pk)
