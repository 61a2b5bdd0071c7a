"""The backup holds the channel's tables and files as they are at rest:
encrypted, so the archive opened with BACKUP_KEY still shows no report."""

import tarfile

import pytest

from tiltas.core.backup import archive_decrypt, backup_create

from .factories import WHAT, case_made, png_upload


@pytest.mark.django_db(transaction=True)
def test_the_backup_holds_the_reports_encrypted_only(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    _case, code = case_made(uploads=[png_upload("minutes.png")], what=WHAT)
    archive, plain = tmp_path / "backup.tar.gz.enc", tmp_path / "plain.tar.gz"
    manifest = backup_create(archive)
    assert manifest["row_counts"]["whistleblowing_case"] == 1
    assert any(name.startswith("media/whistleblowing/") for name in manifest["files"])
    archive_decrypt(archive, plain)
    with tarfile.open(plain) as opened:
        contents = b"".join(
            handle.read()
            for member in opened.getmembers()
            if member.isfile() and (handle := opened.extractfile(member)) is not None
        )
    for secret in (WHAT.encode(), b"Jonaitis", b"minutes.png", code.encode(), code[10:].encode()):
        assert secret not in contents
