"""Public pages of the guide: the published text, its versions and changes,
its PDF, and the consultation where signed-in members comment per section."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import public, signed_in
from tiltas.core.forms import form_add_service_error
from tiltas.core.uploads import attachment_response

from .. import selectors, services
from ..forms import CommentForm, DiffForm
from ..models import PdfStatus
from ..permissions import access_section_for_comment_by_id, access_version_by_number


def _unpublished(request: HttpRequest) -> HttpResponse:
    return render(request, "integrity/guide_unpublished.html", {"guide": None})


@public
def guide(request: HttpRequest) -> HttpResponse:
    """The latest published version."""
    current = selectors.guide_current()
    if current is None:
        return _unpublished(request)
    version = selectors.version_latest(current)
    if version is None:
        return render(request, "integrity/guide_unpublished.html", {"guide": current})
    return _version_page(request, version, latest=True)


@public
def version_detail(request: HttpRequest, number: int) -> HttpResponse:
    return _version_page(request, access_version_by_number(request.user, number), latest=False)


def _version_page(request: HttpRequest, version, *, latest: bool) -> HttpResponse:
    language = get_language()
    return render(
        request,
        "integrity/version.html",
        {
            "guide": version.guide,
            "version": version,
            "latest": latest,
            "chapters": selectors.version_chapters(version, language),
            "pdf_ready": selectors.version_pdf_ready(version, language),
        },
    )


@public
def versions(request: HttpRequest) -> HttpResponse:
    current = selectors.guide_current()
    if current is None:
        return _unpublished(request)
    rows = list(selectors.guide_versions(current))
    numbers = [v.number for v in rows]
    form = DiffForm(
        initial={
            "old": numbers[1] if len(numbers) > 1 else None,
            "new": numbers[0] if numbers else None,
        },
        numbers=numbers,
    )
    return render(
        request, "integrity/versions.html", {"guide": current, "versions": rows, "form": form}
    )


@public
def diff(request: HttpRequest) -> HttpResponse:
    current = selectors.guide_current()
    if current is None:
        return _unpublished(request)
    numbers = list(current.versions.order_by("-number").values_list("number", flat=True))
    form = DiffForm(request.GET or None, numbers=numbers)
    hunks, old, new = None, None, None
    if form.is_valid():
        old = access_version_by_number(request.user, form.cleaned_data["old"])
        new = access_version_by_number(request.user, form.cleaned_data["new"])
        hunks = selectors.version_diff(old, new, get_language())
    return render(
        request,
        "integrity/diff.html",
        {"guide": current, "form": form, "old": old, "new": new, "hunks": hunks},
    )


@public
def version_pdf(request: HttpRequest, number: int) -> HttpResponse:
    version = access_version_by_number(request.user, number)
    language = get_language()
    pdf = version.pdfs.filter(language=language).first()
    if pdf is None or pdf.status != PdfStatus.READY:
        return render(
            request,
            "integrity/pdf_pending.html",
            {
                "version": version,
                "guide": version.guide,
                "failed": pdf is not None and pdf.status == PdfStatus.FAILED,
            },
        )
    filename = f"tiltas-guide-v{version.number}-{language}.pdf"
    return attachment_response(pdf.file, filename=filename, content_type="application/pdf")


@public
def consultation(request: HttpRequest) -> HttpResponse:
    current = selectors.guide_current()
    if current is None:
        return _unpublished(request)
    if not selectors.guide_in_consultation(current):
        return render(request, "integrity/consultation_closed.html", {"guide": current})
    return render(
        request,
        "integrity/consultation.html",
        {
            "guide": current,
            "chapters": selectors.guide_working_text(current, with_comments=True),
            "round": services.consultation_round(current),
            "form": CommentForm(),
        },
    )


@signed_in
@require_POST
def comment(request: HttpRequest, pk: int) -> HttpResponse:
    section = access_section_for_comment_by_id(request.user, pk)
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            services.comment_add(
                section=section, author=request.user, body=form.cleaned_data["body"]
            )
        except ValidationError as error:
            form_add_service_error(form, error)
        else:
            messages.success(request, _("Thank you: your comment is published under the section."))
            return redirect(reverse("integrity:consultation") + f"#section-{section.pk}")
    current = section.chapter.guide
    return render(
        request,
        "integrity/comment_form.html",
        {"guide": current, "section": section, "form": form},
        status=400,
    )
