"""Authoring: the set of methodological materials and lesson attachments."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import roles_required
from tiltas.core.forms import error_text
from tiltas.core.i18n import LANGUAGE_CODES
from tiltas.core.roles import MANAGERS, TEACHERS

from .. import selectors, services
from ..forms import AttachmentForm, MaterialForm, MaterialSetForm, MaterialVersionForm
from ..models import MaterialSet
from ..permissions import (
    access_lesson_for_manage_by_id,
    access_material_for_manage_by_id,
    access_programme_for_manage_by_id,
)
from .manage import form_page

# --- Materials and attachments ------------------------------------------------------


@roles_required(*TEACHERS)
def materials(request: HttpRequest, pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    material_set = MaterialSet.objects.filter(programme=programme).first()
    instance = material_set or MaterialSet(programme=programme)

    def save(data: dict) -> MaterialSet:
        return services.material_set_update(
            programme=programme,
            actor=request.user,
            title={code: data.get(f"title_{code}", "") for code in LANGUAGE_CODES},
            description={code: data.get(f"description_{code}", "") for code in LANGUAGE_CODES},
        )

    return form_page(
        request,
        MaterialSetForm,
        instance=instance,
        save=save,
        template="learning/manage/materials.html",
        context={
            "programme": programme,
            "material_set": material_set,
            "materials": selectors.material_versions(material_set) if material_set else [],
            "upload_form": MaterialForm(),
        },
        success=lambda saved: redirect("learning:manage_materials", pk=pk),
    )


@roles_required(*TEACHERS)
def material_create(request: HttpRequest, pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    material_set = MaterialSet.objects.filter(programme=programme).first()
    if material_set is None:
        messages.error(request, _("Save the set's title first."))
        return redirect("learning:manage_materials", pk=pk)
    form = MaterialForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.material_create(
                material_set=material_set,
                actor=request.user,
                title=form.titles(),
                language=form.cleaned_data["language"],
                kind=form.cleaned_data["kind"],
                upload=form.cleaned_data["file"],
            )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            messages.success(request, _("The file is added."))
            return redirect("learning:manage_materials", pk=pk)
    return render(
        request, "learning/manage/material_form.html", {"programme": programme, "form": form}
    )


@roles_required(*TEACHERS)
def material_version_create(request: HttpRequest, pk: int, material_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    material = access_material_for_manage_by_id(programme, material_pk)
    form = MaterialVersionForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.material_version_add(
                material=material, actor=request.user, upload=form.cleaned_data["file"]
            )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            messages.success(request, _("The new version is added; earlier versions are kept."))
            return redirect("learning:manage_materials", pk=pk)
    return render(
        request,
        "learning/manage/material_version_form.html",
        {"programme": programme, "material": material, "form": form},
    )


@roles_required(*MANAGERS)
@require_POST
def material_set_publish(request: HttpRequest, pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    material_set = MaterialSet.objects.filter(programme=programme).first()
    if material_set is not None:
        try:
            services.material_set_publish(
                material_set=material_set,
                actor=request.user,
                publish=request.POST.get("action") != "unpublish",
            )
        except ValidationError as error:
            messages.error(request, error_text(error))
    return redirect("learning:manage_materials", pk=pk)


@roles_required(*TEACHERS)
def attachment_create(request: HttpRequest, pk: int, lesson_pk: int) -> HttpResponse:
    programme = access_programme_for_manage_by_id(request.user, pk)
    lesson = access_lesson_for_manage_by_id(programme, lesson_pk)
    form = AttachmentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.lesson_attachment_add(
                lesson=lesson,
                actor=request.user,
                title=form.cleaned_data["title"],
                upload=form.cleaned_data["file"],
            )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            messages.success(request, _("The file is added."))
            return redirect("learning:manage_lesson_edit", pk=pk, lesson_pk=lesson_pk)
    return render(
        request,
        "learning/manage/attachment_form.html",
        {"programme": programme, "lesson": lesson, "form": form},
    )
