"""Small real files of each kind, made in memory for upload tests."""

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook
from PIL import Image

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def pdf(name: str = "report.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def png(name: str = "photo.png", trailer: bytes = b"") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "navy").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue() + trailer, content_type="image/png")


def xlsx(name: str = "sheet.xlsx") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Workbook().save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


def docx(name: str = "minutes.docx") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return SimpleUploadedFile(name, buffer.getvalue())


def pptx(name: str = "slides.pptx") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("ppt/presentation.xml", "<p:presentation/>")
    return SimpleUploadedFile(name, buffer.getvalue())


def open_document(kind: str, name: str) -> SimpleUploadedFile:
    """An OpenDocument file: its first entry, stored uncompressed, names its type."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "mimetype", f"application/vnd.oasis.opendocument.{kind}", zipfile.ZIP_STORED
        )
        archive.writestr("content.xml", "<office:document-content/>")
    return SimpleUploadedFile(name, buffer.getvalue())


def ods(name: str = "table.ods") -> SimpleUploadedFile:
    return open_document("spreadsheet", name)


def odp(name: str = "talk.odp") -> SimpleUploadedFile:
    return open_document("presentation", name)


def html(name: str = "evil.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"<html><script>alert(1)</script></html>")


def svg(name: str = "logo.svg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b'<svg xmlns="http://www.w3.org/2000/svg"/>')
