"""Upload samples for the logo checks (UP-1)."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, PngImagePlugin


def image_bytes(fmt: str = "PNG", size: tuple[int, int] = (40, 20)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (20, 90, 140)).save(buffer, format=fmt)
    return buffer.getvalue()


def png_upload(name: str = "logo.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, image_bytes(), content_type="image/png")


def polyglot_upload() -> SimpleUploadedFile:
    """A valid PNG that also carries an HTML page (Django's upload warning)."""
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "<html><body><script>alert(document.cookie)</script></body></html>")
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, format="PNG", pnginfo=info)
    return SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")


def bad_uploads() -> dict[str, SimpleUploadedFile]:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    return {
        "text": SimpleUploadedFile("logo.png", b"just some text, not an image", "image/png"),
        "html": SimpleUploadedFile("logo.html", b"<html><body>hi</body></html>", "text/html"),
        "svg": SimpleUploadedFile("logo.svg", svg, "image/svg+xml"),
        "polyglot": polyglot_upload(),
        "gif": SimpleUploadedFile("logo.gif", image_bytes("GIF"), "image/gif"),
        "empty": SimpleUploadedFile("logo.png", b"", "image/png"),
        "oversized": SimpleUploadedFile(
            "logo.png", image_bytes() + b"\0" * (2 * 1024 * 1024), "image/png"
        ),
    }
