import io
import zipfile
import zlib
from pathlib import PurePath

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image

from tiltas.accounts.models import Organisation
from tiltas.core.uploads import (
    RequestSizeLimitMiddleware,
    attachment_response,
    clean_document,
    clean_image,
    display_name,
)


def png_bytes(size=(20, 10)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, format="PNG")
    return buffer.getvalue()


def test_png_is_reencoded_under_a_random_name():
    cleaned = clean_image(SimpleUploadedFile("logo.png", png_bytes(), "image/png"))
    assert cleaned.name.endswith(".png")
    assert "logo" not in cleaned.name
    assert Image.open(io.BytesIO(cleaned.read())).size == (20, 10)


def test_html_appended_to_a_png_does_not_survive():
    polyglot = png_bytes() + b"<html><script>alert(1)</script></html>"
    cleaned = clean_image(SimpleUploadedFile("logo.png", polyglot, "image/png"))
    assert b"<script" not in cleaned.read()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("logo.png", b"<html>not an image</html>"),
        ("logo.png", b""),
        ("page.html", png_bytes()),
    ],
)
def test_non_images_and_empty_files_are_refused(name, content):
    with pytest.raises(ValidationError):
        clean_image(SimpleUploadedFile(name, content, "image/png"))


def test_oversized_image_is_refused():
    with pytest.raises(ValidationError) as error:
        clean_image(SimpleUploadedFile("big.png", png_bytes(), "image/png"), max_bytes=10)
    assert error.value.code == "too_large"


# --- documents -------------------------------------------------------------------------

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "mime", "extension"),
    [
        ("report.pdf", PDF, "application/pdf", "pdf"),
        (
            "minutes.docx",
            docx_bytes(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "docx",
        ),
        ("photo.png", png_bytes(), "image/png", "png"),
        ("Photo.JPEG", None, "image/jpeg", "jpg"),
    ],
)
def test_documents_are_accepted_by_content_under_a_random_name(name, content, mime, extension):
    if content is None:
        buffer = io.BytesIO()
        Image.new("RGB", (8, 8), "navy").save(buffer, format="JPEG")
        content = buffer.getvalue()
    stored, detected = clean_document(SimpleUploadedFile(name, content))
    assert detected == mime
    assert stored.name.endswith(f".{extension}")
    assert PurePath(name).stem not in stored.name


def test_a_png_document_is_reencoded():
    stored, _mime = clean_document(SimpleUploadedFile("photo.png", png_bytes() + b"<script>"))
    assert b"<script>" not in stored.read()


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("report.png", PDF, "type"),  # extension does not match content
        ("photo.pdf", png_bytes(), "type"),
        ("page.html", b"<!DOCTYPE html><html><script>alert(1)</script></html>", "type"),
        ("page.pdf", b"<html><script>alert(1)</script></html>", "type"),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>', "type"),
        ("setup.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 100, "type"),
        ("setup.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 100, "type"),
        ("archive.zip", b"PK\x03\x04" + b"\x00" * 40, "type"),
        ("empty.pdf", b"", "empty"),
    ],
)
def test_other_files_are_refused(name, content, code):
    with pytest.raises(ValidationError) as error:
        clean_document(SimpleUploadedFile(name, content))
    assert error.value.code == code


def test_an_oversized_document_is_refused():
    with pytest.raises(ValidationError) as error:
        clean_document(SimpleUploadedFile("report.pdf", PDF), max_bytes=10)
    assert error.value.code == "too_large"


def test_the_allowlist_can_be_narrowed():
    only_pdf = {"pdf": "application/pdf"}
    assert (
        clean_document(SimpleUploadedFile("a.pdf", PDF), allowed=only_pdf)[1] == "application/pdf"
    )
    with pytest.raises(ValidationError) as error:
        clean_document(SimpleUploadedFile("a.png", png_bytes()), allowed=only_pdf)
    assert "PDF" in error.value.messages[0]


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("report.pdf", "report.pdf"),
        ("C:\\Users\\ona\\Ataskaita ą.pdf", "Ataskaita ą.pdf"),
        ("../../etc/passwd", "passwd"),
        ('bad"\r\nname.pdf', "badname.pdf"),
        ("", "file"),
    ],
)
def test_display_name_keeps_only_a_harmless_base_name(name, shown):
    assert display_name(name) == shown


def test_display_name_has_a_fallback():
    assert display_name("/", fallback="evidence") == "evidence"


# --- downloads -------------------------------------------------------------------------


def test_attachment_response_is_a_download_that_is_never_sniffed():
    response = attachment_response(
        b"data", filename="Ataskaita ą.pdf", content_type="application/pdf"
    )
    assert response.content == b"data"
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "filename*=utf-8''Ataskaita%20%C4%85.pdf" in response["Content-Disposition"]


def test_attachment_response_cannot_be_given_a_header_breaking_name():
    response = attachment_response(b"", filename='a"\r\nSet-Cookie: x=1.pdf', content_type="")
    assert "\n" not in response["Content-Disposition"]
    assert response["Content-Disposition"] == 'attachment; filename="aSet-Cookie: x=1.pdf"'
    assert response["Content-Type"] == "application/octet-stream"


@pytest.mark.django_db
def test_attachment_response_reads_a_stored_file_and_404s_a_missing_one(settings, tmp_path):
    from tiltas.accounts.tests.factories import OrganisationFactory

    settings.MEDIA_ROOT = tmp_path
    organisation = OrganisationFactory()
    organisation.logo.save("x.png", ContentFile(png_bytes()), save=False)
    response = attachment_response(organisation.logo, filename="logo.png", content_type="image/png")
    assert response.content == png_bytes()
    organisation.logo.delete(save=False)
    organisation.logo.name = "gone.png"
    with pytest.raises(Http404):
        attachment_response(organisation.logo, filename="logo.png", content_type="image/png")


# --- images that unpack into too many pixels, bodies too large to read -----------------


def pixel_bomb(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares ``width`` by ``height`` pixels."""
    data = bytearray(png_bytes((1, 1)))
    header = b"IHDR" + width.to_bytes(4, "big") + height.to_bytes(4, "big") + data[24:29]
    data[12:29] = header
    data[29:33] = zlib.crc32(header).to_bytes(4, "big")
    return bytes(data)


@pytest.mark.parametrize("side", [6_000, 40_000])  # warned by Pillow, refused by Pillow
def test_an_image_of_too_many_pixels_is_refused_before_it_is_decoded(side):
    bomb = SimpleUploadedFile("logo.png", pixel_bomb(side, side), "image/png")
    assert bomb.size < 100
    with pytest.raises(ValidationError) as refused:
        clean_image(bomb)
    assert refused.value.code == "too_many_pixels"


@pytest.mark.django_db
def test_a_pixel_bomb_on_a_form_is_a_translated_form_error(client, coordinator):
    client.force_login(coordinator)
    bomb = SimpleUploadedFile("logo.png", pixel_bomb(40_000, 40_000), "image/png")
    with translation.override("lt"):
        url = reverse("accounts:organisation_create")
        response = client.post(url, {"name": "Kept", "type": "ngo", "country": "LT",
                                      "project_role": "none", "logo": bomb})  # fmt: skip
        message = gettext(
            "The image is too large: at most %(megapixels)s million pixels are allowed."
        )
    assert response.status_code == 200
    assert message % {"megapixels": 30} in response.content.decode()
    assert 'value="Kept"' in response.content.decode()


class UnreadableBody(io.RawIOBase):
    def read(self, size=-1):
        raise AssertionError("the body was read")


@pytest.mark.django_db
def test_a_body_over_the_limit_gets_a_translated_413_without_being_read(
    client, coordinator, settings
):
    settings.TILTAS_REQUEST_MAX_BYTES = 4096
    client.force_login(coordinator)
    big = SimpleUploadedFile("logo.png", png_bytes() + b"\0" * 8192, "image/png")
    with translation.override("lt"):
        url = reverse("accounts:organisation_create")
        heading = gettext("Too large to receive")
    response = client.post(url, {"name": "Too big", "type": "ngo", "country": "LT", "logo": big})
    assert response.status_code == 413
    assert heading in response.content.decode() and heading != "Too large to receive"
    assert "Content-Security-Policy" in response and "X-Request-ID" in response
    assert not Organisation.objects.filter(name="Too big").exists()

    request = RequestFactory().post(url, data=b"", content_type="application/octet-stream")
    request.META["CONTENT_LENGTH"] = "5000"
    request._stream = UnreadableBody()  # proves that nothing reads it
    request.user = coordinator
    response = RequestSizeLimitMiddleware(lambda request: request.read())(request)
    assert response.status_code == 413


def test_a_body_within_the_limit_reaches_the_view(rf, settings):
    request = rf.post("/", data=b"x" * 100, content_type="application/octet-stream")
    assert RequestSizeLimitMiddleware(lambda request: request.body)(request) == b"x" * 100
