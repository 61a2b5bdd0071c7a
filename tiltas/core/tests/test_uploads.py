import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tiltas.core.uploads import clean_image


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
