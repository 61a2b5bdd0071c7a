"""Attachments lose what could identify the reporter before they are
encrypted: an image is re-encoded without its EXIF, XMP and text chunks
(camera, place, time, author); a PDF is rewritten page by page without its
document information and XMP metadata (author, creator tool, dates)."""

import io

from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError

#: What a stripped image is saved as, by its format.
IMAGE_FORMATS = frozenset({"PNG", "JPEG", "WEBP"})


class UnreadableFileError(ValueError):
    """The file could not be read as the image or PDF it claims to be."""


def strip_image(data: bytes) -> bytes:
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            image_format = image.format or "PNG"
            if image_format not in IMAGE_FORMATS:
                raise UnreadableFileError(image_format)
            pixels: Image.Image = image
            if image_format == "JPEG" and image.mode not in {"RGB", "L"}:
                pixels = image.convert("RGB")
            # The pixels only: no info, no EXIF, no XMP, no text chunks.
            clean = Image.frombytes(pixels.mode, pixels.size, pixels.tobytes())
            if pixels.mode == "P" and (palette := pixels.getpalette()):
                clean.putpalette(palette)
    except (OSError, SyntaxError) as error:
        raise UnreadableFileError(str(error)) from error
    buffer = io.BytesIO()
    clean.save(buffer, format=image_format)
    return buffer.getvalue()


def strip_pdf(data: bytes) -> bytes:
    try:
        reader = PdfReader(io.BytesIO(data))
        writer = PdfWriter()
        for page in reader.pages:
            writer.add_page(page)
    except (PdfReadError, ValueError, OSError) as error:
        raise UnreadableFileError(str(error)) from error
    if "/Metadata" in writer._root_object:
        del writer._root_object["/Metadata"]
    writer._info = None
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
