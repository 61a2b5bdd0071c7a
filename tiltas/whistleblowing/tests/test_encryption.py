"""Reports are stored encrypted with WHISTLEBLOWING_ENCRYPTION_KEY, which can be
rotated, and production refuses to start without it; attachments lose their
identifying metadata before they are encrypted."""

import io

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from PIL import Image
from pypdf import PdfReader, PdfWriter

from tiltas.whistleblowing.encryption import (
    UnknownKeyError,
    decrypt_bytes,
    decrypt_text,
    encrypt_bytes,
    encrypt_text,
    reencrypt,
)
from tiltas.whistleblowing.metadata import UnreadableFileError, strip_image, strip_pdf

SECRET = "Mayor Jonaitis took 5 000 EUR from the road contractor on 3 March"


def test_text_is_not_stored_in_clear_and_decrypts_with_the_key():
    token = encrypt_text(SECRET)
    assert "Jonaitis" not in token and "EUR" not in token
    assert decrypt_text(token) == SECRET
    assert encrypt_text(SECRET) != token  # a fresh IV each time: equal texts look different


def test_files_are_not_stored_in_clear_and_decrypt_with_the_key():
    content = b"%PDF-1.7 minutes of the meeting with the contractor"
    token = encrypt_bytes(content)
    assert b"contractor" not in token
    assert decrypt_bytes(token) == content


def test_the_key_rotates_and_a_foreign_key_opens_nothing(settings):
    old, new = settings.WHISTLEBLOWING_ENCRYPTION_KEYS[0], Fernet.generate_key().decode()
    token = encrypt_text(SECRET)
    settings.WHISTLEBLOWING_ENCRYPTION_KEYS = [new, old]  # the new key first, the old kept
    assert decrypt_text(token) == SECRET
    rotated = reencrypt(token.encode())
    settings.WHISTLEBLOWING_ENCRYPTION_KEYS = [new]  # then the old key can go
    assert decrypt_bytes(rotated) == SECRET.encode()
    with pytest.raises(UnknownKeyError):
        decrypt_text(token)
    settings.WHISTLEBLOWING_ENCRYPTION_KEYS = []
    with pytest.raises(ImproperlyConfigured, match="WHISTLEBLOWING_ENCRYPTION_KEY"):
        encrypt_text(SECRET)


def test_production_refuses_to_start_without_the_key():
    from tiltas.core.tests.test_cache import run_production

    check = run_production(["manage.py", "check"], WHISTLEBLOWING_ENCRYPTION_KEY="")
    assert check.returncode != 0 and "tiltas.E007" in check.stderr
    serve = run_production(["-c", "import config.wsgi"], WHISTLEBLOWING_ENCRYPTION_KEY="")
    assert serve.returncode != 0 and "tiltas.E007" in serve.stderr
    wrong = run_production(["manage.py", "check"], WHISTLEBLOWING_ENCRYPTION_KEY="too-short")
    assert wrong.returncode != 0 and "WHISTLEBLOWING_ENCRYPTION_KEY" in wrong.stderr


def jpeg_with_exif() -> bytes:
    image = Image.new("RGB", (8, 8), "red")
    exif = Image.Exif()
    exif[0x013B] = "Ona Informant"  # Artist
    exif[0x010F] = "PhoneMaker"  # Make
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def test_images_lose_their_exif():
    original = jpeg_with_exif()
    assert b"Ona Informant" in original
    stripped = strip_image(original)
    assert b"Ona Informant" not in stripped and b"PhoneMaker" not in stripped
    with Image.open(io.BytesIO(stripped)) as image:
        assert image.size == (8, 8) and not image.getexif()


def test_pdfs_lose_their_document_information():
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_metadata({"/Author": "Ona Informant", "/Creator": "Office of Ona"})
    buffer = io.BytesIO()
    writer.write(buffer)
    assert b"Ona Informant" in buffer.getvalue()
    stripped = strip_pdf(buffer.getvalue())
    assert b"Ona Informant" not in stripped and b"Office of Ona" not in stripped
    assert len(PdfReader(io.BytesIO(stripped)).pages) == 1


def test_a_file_that_is_not_what_it_claims_is_refused():
    with pytest.raises(UnreadableFileError):
        strip_image(b"<html>not an image</html>")
    with pytest.raises(UnreadableFileError):
        strip_pdf(b"<html>not a pdf</html>")
