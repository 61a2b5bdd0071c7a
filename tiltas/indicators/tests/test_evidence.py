"""The evidence field of a manual value goes through the shared document check."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tiltas.indicators.forms import ManualValueForm

from . import files


def evidence_form(upload) -> ManualValueForm:
    form = ManualValueForm({"value": "1", "as_of": "2026-01-15"}, {"evidence_file": upload})
    form.is_valid()
    return form


@pytest.mark.parametrize(
    ("upload", "extension"),
    [
        (files.pdf, "pdf"),
        (files.xlsx, "xlsx"),
        (files.docx, "docx"),
        (files.pptx, "pptx"),
        (files.ods, "ods"),
        (files.odp, "odp"),
        (files.png, "png"),
    ],
)
def test_allowed_types_are_accepted_under_a_random_name(upload, extension):
    form = evidence_form(upload())
    assert form.is_valid(), form.errors
    cleaned = form.cleaned_data["evidence_file"]
    assert cleaned.name.endswith(f".{extension}")
    assert "report" not in cleaned.name and "sheet" not in cleaned.name
    assert len(cleaned.name) > 20


def test_images_are_re_encoded_dropping_what_hides_after_them():
    form = evidence_form(files.png(trailer=b"<script>alert(1)</script>"))
    assert form.is_valid(), form.errors
    assert b"<script>" not in form.cleaned_data["evidence_file"].read()


@pytest.mark.parametrize("upload", [files.html, files.svg])
def test_other_types_are_refused_whatever_their_name(upload):
    form = evidence_form(upload())
    assert not form.is_valid()
    assert form.has_error("evidence_file", "type")


def test_empty_and_oversized_files_are_refused(settings):
    assert evidence_form(SimpleUploadedFile("empty.pdf", b"")).has_error("evidence_file")
    settings.TILTAS_UPLOAD_MAX_BYTES = 10
    assert evidence_form(files.pdf()).has_error("evidence_file", "too_large")
