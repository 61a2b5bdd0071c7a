import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from tiltas.indicators.evidence import clean_evidence_file

from . import files


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
    cleaned = clean_evidence_file(upload())
    assert cleaned.name.endswith(f".{extension}")
    assert "report" not in cleaned.name and "sheet" not in cleaned.name
    assert len(cleaned.name) > 20


def test_images_are_re_encoded_dropping_what_hides_after_them():
    cleaned = clean_evidence_file(files.png(trailer=b"<script>alert(1)</script>"))
    cleaned.seek(0)
    assert b"<script>" not in cleaned.read()


@pytest.mark.parametrize("upload", [files.html, files.svg])
def test_other_types_are_refused_whatever_their_name(upload):
    with pytest.raises(ValidationError) as error:
        clean_evidence_file(upload())
    assert error.value.code == "file_type"


def test_empty_and_oversized_files_are_refused(settings):
    with pytest.raises(ValidationError):
        clean_evidence_file(SimpleUploadedFile("empty.pdf", b""))
    settings.TILTAS_UPLOAD_MAX_BYTES = 10
    with pytest.raises(ValidationError) as error:
        clean_evidence_file(files.pdf())
    assert error.value.code == "too_large"
