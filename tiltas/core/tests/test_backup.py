"""The restore drill: backup → wipe → restore → identical rows and files."""

import hashlib
import io
import tarfile

import pytest
from django.core.management import call_command

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.backup import BackupError, backup_create, backup_restore, row_counts


def media_checksums(root):
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@pytest.mark.django_db(transaction=True)
def test_backup_wipe_restore_gives_back_every_row_and_file(tmp_path, settings, make_user):
    settings.MEDIA_ROOT = tmp_path / "media"
    (settings.MEDIA_ROOT / "logos").mkdir(parents=True)
    (settings.MEDIA_ROOT / "logos" / "a.png").write_bytes(b"\x89PNG fake but kept byte for byte")
    people = [make_user() for _ in range(3)]
    audit_record(actor=people[0], action="core.backup.tested")
    before_rows, before_files = row_counts(), media_checksums(settings.MEDIA_ROOT)
    archive = tmp_path / "backup.tar.gz"

    call_command("backup", str(archive))
    User.objects.filter(pk__in=[person.pk for person in people]).delete()
    (settings.MEDIA_ROOT / "logos" / "a.png").unlink()
    assert row_counts() != before_rows
    call_command("restore", str(archive), "--yes")

    assert row_counts() == before_rows
    assert media_checksums(settings.MEDIA_ROOT) == before_files
    assert User.objects.filter(email=people[0].email).exists()


@pytest.mark.django_db(transaction=True)
def test_a_damaged_archive_is_refused_before_anything_changes(tmp_path, settings, make_user):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    make_user()
    archive = tmp_path / "backup.tar.gz"
    backup_create(archive)
    damaged = tmp_path / "damaged.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(damaged, "w:gz") as target:
        for member in source.getmembers():
            data = source.extractfile(member)
            content = data.read() if data else b""
            if member.name.startswith("database"):
                content = content[:-10] + b"0123456789"
            member.size = len(content)
            target.addfile(member, io.BytesIO(content))
    count = User.objects.count()
    with pytest.raises(BackupError):
        backup_restore(damaged)
    assert User.objects.count() == count
