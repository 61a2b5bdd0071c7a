"""The restore drill: backup → wipe → restore → identical rows and files."""

import hashlib
import io
import json
import os
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.conf import settings as django_settings
from django.contrib.auth.hashers import make_password
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.urls import reverse

from tiltas.accounts.models import User
from tiltas.accounts.tests.helpers import PASSWORD, sign_in
from tiltas.core.audit import audit_record
from tiltas.core.backup import (
    BackupError,
    archive_decrypt,
    archive_encrypt,
    backup_create,
    backup_restore,
    row_counts,
)


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
    archive = tmp_path / "backup.tar.gz.enc"

    call_command("backup", str(archive))
    User.objects.filter(pk__in=[person.pk for person in people]).delete()
    (settings.MEDIA_ROOT / "logos" / "a.png").unlink()
    assert row_counts() != before_rows
    call_command("restore", str(archive), "--yes")

    assert row_counts() == before_rows
    assert media_checksums(settings.MEDIA_ROOT) == before_files
    assert User.objects.filter(email=people[0].email).exists()
    # The restored site is whole: its schema is current, its audit chain holds,
    # and a restored person signs in.
    call_command("migrate", check_unapplied=True, verbosity=0)
    call_command("audit_verify", stdout=io.StringIO())
    client = Client()
    assert sign_in(client, people[1].email).status_code == 302
    assert client.get(reverse("accounts:profile")).status_code == 200


#: Run by the fresh instance: restore, then check it as an operator would.
DRILL = """
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
call_command("restore", ARCHIVE, "--yes")
call_command("migrate", check_unapplied=True, verbosity=0)
call_command("audit_verify")
client = Client()
signed_in = client.post(reverse("account_login"), {"login": EMAIL, "password": PASSWORD})
profile = client.get(reverse("accounts:profile"))
print("sign-in", signed_in.status_code, "profile", profile.status_code)
"""
BASE_DIR = Path(django_settings.BASE_DIR)


def _fresh_database(tmp_path) -> tuple[str, str | None]:
    """An empty database of this site's kind: its URL, and the PostgreSQL name to drop."""
    if connection.vendor == "sqlite":
        return f"sqlite:///{tmp_path / 'fresh.sqlite3'}", None
    db = connection.settings_dict
    name = f"{db['NAME']}_restored"[:63]
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    user = db.get("USER") or ""
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    host = f"{db.get('HOST') or 'localhost'}:{db.get('PORT') or 5432}"
    return f"postgres://{user}{password}@{host}/{name}", name


@pytest.mark.django_db(transaction=True)
def test_a_backup_restores_into_a_fresh_instance(tmp_path, settings, make_user):
    """SECURITY BK-2: another installation (its own empty database, file folder
    and var/ folder, given only the keys) restores the archive, finds every row
    and file, has a current schema and a whole audit chain, and lets a restored
    person sign in."""
    settings.MEDIA_ROOT = tmp_path / "media"
    (settings.MEDIA_ROOT / "logos").mkdir(parents=True)
    (settings.MEDIA_ROOT / "logos" / "a.png").write_bytes(b"\x89PNG kept byte for byte")
    settings.PASSWORD_HASHERS = [
        *settings.PASSWORD_HASHERS,
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    ]
    person = make_user(email="ruta.kazlauskiene@example.org")
    person.password = make_password(PASSWORD, hasher="pbkdf2_sha256")  # the fresh site's hasher
    person.save(update_fields=["password"])
    audit_record(actor=person, action="core.backup.tested")
    archive = tmp_path / "backup.tar.gz.enc"
    manifest = backup_create(archive)
    url, scratch = _fresh_database(tmp_path)
    environment = {
        **os.environ,
        "TILTAS_ENV": "development",
        "TILTAS_VAR_DIR": str(tmp_path / "fresh-var"),
        "MEDIA_ROOT": str(tmp_path / "fresh-media"),
        "DATABASE_URL": url,
        "BACKUP_KEY": settings.BACKUP_KEY,
        "MFA_ENCRYPTION_KEY": ",".join(settings.MFA_ENCRYPTION_KEYS),
    }
    environment.pop("REDIS_URL", None)
    script = f"ARCHIVE = {str(archive)!r}\nEMAIL = {person.email!r}\nPASSWORD = {PASSWORD!r}\n"
    try:
        drill = subprocess.run(  # noqa: S603 - this project's own manage.py
            [sys.executable, str(BASE_DIR / "manage.py"), "shell", "-c", script + DRILL],
            env=environment,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    finally:
        if scratch:
            with connection.cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
    assert drill.returncode == 0, drill.stderr[-3000:]
    assert "sign-in 302 profile 200" in drill.stdout, drill.stdout + drill.stderr[-3000:]
    assert media_checksums(tmp_path / "fresh-media") == media_checksums(settings.MEDIA_ROOT)
    assert manifest["row_counts"]["accounts_user"] == User.objects.count()


@pytest.mark.django_db(transaction=True)
def test_the_restore_checks_the_rows_against_the_archive(tmp_path, settings, make_user):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    make_user()
    archive = tmp_path / "backup.tar.gz.enc"
    backup_create(archive)
    # An archive whose manifest promises a row more than its database holds.
    plain, altered = tmp_path / "plain.tar.gz", tmp_path / "altered.tar.gz"
    archive_decrypt(archive, plain)
    with tarfile.open(plain) as source, tarfile.open(altered, "w:gz") as target:
        for member in source.getmembers():
            data = source.extractfile(member)
            content = data.read() if data else b""
            if member.name == "manifest.json":
                manifest = json.loads(content)
                manifest["row_counts"]["accounts_user"] += 1
                content = json.dumps(manifest).encode()
            member.size = len(content)
            target.addfile(member, io.BytesIO(content))
    archive_encrypt(altered, archive)
    with pytest.raises(BackupError, match="accounts_user has 1 rows, the archive 2"):
        backup_restore(archive)


@pytest.mark.django_db(transaction=True)
def test_a_damaged_archive_is_refused_before_anything_changes(tmp_path, settings, make_user):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    make_user()
    archive = tmp_path / "backup.tar.gz.enc"
    backup_create(archive)
    # Opened with the right key and sealed again: only the checksums can tell.
    plain, damaged_plain = tmp_path / "plain.tar.gz", tmp_path / "damaged.tar.gz"
    archive_decrypt(archive, plain)
    with tarfile.open(plain) as source, tarfile.open(damaged_plain, "w:gz") as target:
        for member in source.getmembers():
            data = source.extractfile(member)
            content = data.read() if data else b""
            if member.name.startswith("database"):
                content = content[:-10] + b"0123456789"
            member.size = len(content)
            target.addfile(member, io.BytesIO(content))
    damaged = tmp_path / "damaged.tar.gz.enc"
    archive_encrypt(damaged_plain, damaged)
    # And altered, cut short or lengthened on disk: the encryption tells.
    sealed = archive.read_bytes()
    flipped, cut, longer = (tmp_path / name for name in ("flipped", "cut", "longer"))
    middle = len(sealed) // 2
    flipped.write_bytes(sealed[:middle] + bytes([sealed[middle] ^ 1]) + sealed[middle + 1 :])
    cut.write_bytes(sealed[:-100])
    longer.write_bytes(sealed + b"more")
    count = User.objects.count()
    for bad, message in [
        (damaged, "checksum mismatch"),
        (flipped, "damaged"),
        (cut, "damaged"),
        (longer, "damaged"),
    ]:
        with pytest.raises(BackupError, match=message):
            backup_restore(bad)
    assert User.objects.count() == count


# --- Encryption (security issue, item 5) ----------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_the_archive_is_encrypted_and_readable_by_its_owner_only(tmp_path, settings, make_user):
    settings.MEDIA_ROOT = tmp_path / "media"
    (settings.MEDIA_ROOT / "evidence").mkdir(parents=True)
    (settings.MEDIA_ROOT / "evidence" / "report.txt").write_bytes(b"Pamariai partnership report")
    person = make_user(email="jurgita.petraitiene@example.org")
    archive = tmp_path / "backups" / "nightly.tar.gz.enc"
    archive.parent.mkdir()
    archive.write_bytes(b"an older file, readable by all")
    archive.chmod(0o644)
    call_command("backup", str(archive), stdout=io.StringIO())
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    sealed = archive.read_bytes()
    assert not sealed.startswith(b"\x1f\x8b")  # not a gzip file
    for clear in (person.email.encode(), b"Pamariai partnership", b"manifest.json"):
        assert clear not in sealed
    assert settings.BACKUP_KEY.encode() not in sealed
    assert [p.name for p in archive.parent.iterdir()] == [archive.name]  # no partial file left


@pytest.mark.django_db(transaction=True)
def test_restore_refuses_a_wrong_or_missing_key_clearly(tmp_path, settings, make_user):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    make_user()
    archive = tmp_path / "backup.tar.gz.enc"
    call_command("backup", str(archive), stdout=io.StringIO())
    count = User.objects.count()
    settings.BACKUP_KEY = Fernet.generate_key().decode()
    with pytest.raises(CommandError, match="BACKUP_KEY does not open this archive"):
        call_command("restore", str(archive), "--yes")
    settings.BACKUP_KEY = ""
    with pytest.raises(CommandError, match="BACKUP_KEY is not set"):
        call_command("restore", str(archive), "--yes")
    with pytest.raises(CommandError, match="BACKUP_KEY is not set"):
        call_command("backup", str(tmp_path / "other.tar.gz.enc"))
    assert not (tmp_path / "other.tar.gz.enc").exists()
    settings.BACKUP_KEY = "not a key"
    with pytest.raises(CommandError, match="32 url-safe base64-encoded bytes"):
        call_command("restore", str(archive), "--yes")
    plain = tmp_path / "old.tar.gz"
    plain.write_bytes(b"\x1f\x8b an archive from before encryption")
    with pytest.raises(BackupError, match="not an encrypted Tiltas backup"):
        backup_restore(plain, key=Fernet.generate_key().decode())
    assert User.objects.count() == count
