"""Backup and restore of the database and the uploaded files, in one archive.

The archive is a ``.tar.gz`` holding ``manifest.json`` (format, time,
database vendor, row counts per table, SHA-256 of every file), the database
(``database.sqlite3`` from SQLite's online backup, or ``database.dump`` from
``pg_dump --format=custom``) and ``media/``, written encrypted (it holds
password hashes, second-factor secrets and everyone's personal data) with
``settings.BACKUP_KEY``, which is never in it, and readable by its owner only
(0600). Restore checks the key, then every chunk and every checksum, before
it touches anything.

The encryption: a key for the archive derived with HKDF-SHA256 from
BACKUP_KEY and a random salt, then AES-256-GCM over chunks of 1 MiB whose
nonce counts the chunks and marks the last (the STREAM construction), so a
reordered, cut or altered archive does not open.
"""

import hashlib
import hmac
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import tarfile
import tempfile
from base64 import urlsafe_b64decode
from binascii import Error as Base64Error
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.apps import apps
from django.conf import settings
from django.db import connection
from django.utils import timezone

FORMAT = 1
MAGIC = b"TILTAS-BACKUP\x00\x01"
SALT_BYTES = 16
CHUNK_BYTES = 1 << 20
TAG_BYTES = 16


class BackupError(Exception):
    pass


# --- Encryption -------------------------------------------------------------


def _backup_key(key: str | None) -> bytes:
    key = settings.BACKUP_KEY if key is None else key
    if not key:
        raise BackupError(
            "BACKUP_KEY is not set: backups hold password hashes, second-factor secrets "
            "and personal data, and are only written encrypted."
        )
    try:
        raw = urlsafe_b64decode(key.encode())
    except (Base64Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise BackupError("BACKUP_KEY must be 32 url-safe base64-encoded bytes.")
    return raw


def _archive_keys(key: bytes, salt: bytes) -> tuple[AESGCM, bytes]:
    """The cipher of one archive and a value that tells whether a key is its key."""
    derived = HKDF(algorithm=hashes.SHA256(), length=64, salt=salt, info=MAGIC).derive(key)
    return AESGCM(derived[:32]), derived[32:]


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _chunks(handle: IO[bytes]) -> Iterator[tuple[bytes, bool]]:
    """The file in chunks, each with whether it is the last (an empty file is one
    empty last chunk)."""
    chunk = handle.read(CHUNK_BYTES)
    while True:
        following = handle.read(CHUNK_BYTES)
        yield chunk, not following
        if not following:
            return
        chunk = following


def archive_encrypt(source: Path, destination: Path, *, key: str | None = None) -> None:
    """Encrypt ``source`` into ``destination`` (mode 0600, written whole or not at all)."""
    raw = _backup_key(key)
    salt = os.urandom(SALT_BYTES)
    cipher, check = _archive_keys(raw, salt)
    header = MAGIC + salt
    destination.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = destination.with_name(f".{destination.name}.partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)  # also when the file was there before
    with os.fdopen(descriptor, "wb") as out, source.open("rb") as handle:
        out.write(header + check)
        for counter, (chunk, last) in enumerate(_chunks(handle)):
            sealed = cipher.encrypt(_nonce(counter, last), chunk, header)
            out.write(struct.pack(">I", len(sealed)) + sealed)
    partial.replace(destination)


def archive_decrypt(source: Path, destination: Path, *, key: str | None = None) -> None:
    """Decrypt ``source`` into ``destination``; BackupError names what is wrong:
    not an archive, another key, or damage."""
    raw = _backup_key(key)
    with source.open("rb") as handle, destination.open("wb") as out:
        header = handle.read(len(MAGIC) + SALT_BYTES)
        if not header.startswith(MAGIC) or len(header) != len(MAGIC) + SALT_BYTES:
            raise BackupError(f"{source.name} is not an encrypted Tiltas backup.")
        cipher, check = _archive_keys(raw, header[len(MAGIC) :])
        if not hmac.compare_digest(handle.read(len(check)), check):
            raise BackupError(
                "BACKUP_KEY does not open this archive: it was written with another key."
            )
        counter, last = 0, False
        while not last:
            size = handle.read(4)
            if len(size) != 4:
                raise BackupError("The archive is cut short: it is damaged.")
            sealed = handle.read(struct.unpack(">I", size)[0])
            for last in (False, True):
                try:
                    out.write(cipher.decrypt(_nonce(counter, last), sealed, header))
                    break
                except InvalidTag:
                    continue
            else:
                raise BackupError(f"Chunk {counter} of the archive is damaged.")
            counter += 1
        if handle.read(1):
            raise BackupError("The archive has data after its end: it is damaged.")


# --- Backup and restore -----------------------------------------------------


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def row_counts() -> dict[str, int]:
    counts = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.managed and not model._meta.proxy:
            counts[model._meta.db_table] = model._base_manager.using("default").count()
    return dict(sorted(counts.items()))


def _program(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(f"{name} is not installed (PostgreSQL client tools are needed)")
    return path


def _pg_env() -> tuple[list[str], dict[str, str]]:
    db = settings.DATABASES["default"]
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    args = ["-h", db.get("HOST") or "localhost", "-p", str(db.get("PORT") or 5432)]
    if db.get("USER"):
        args += ["-U", db["USER"]]
    return args, env


def _dump_database(target: Path) -> str:
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        destination = sqlite3.connect(target / "database.sqlite3")
        with destination:
            connection.connection.backup(destination)
        destination.close()
        return "database.sqlite3"
    if connection.vendor == "postgresql":
        args, env = _pg_env()
        name = connection.settings_dict["NAME"]
        out = target / "database.dump"
        subprocess.run(  # noqa: S603 - fixed program, arguments from settings
            [_program("pg_dump"), *args, "--format=custom", "--no-owner", "--file", str(out), name],
            check=True,
            env=env,
        )
        return "database.dump"
    raise BackupError(f"backup does not support {connection.vendor}")


def backup_create(destination: Path, *, key: str | None = None) -> dict[str, Any]:
    """Write an encrypted archive to ``destination`` and return its manifest."""
    _backup_key(key)  # before any work: no key, no backup
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        database_file = _dump_database(work)
        files = {database_file: _sha256(work / database_file)}
        if media_root.exists():
            shutil.copytree(media_root, work / "media")
            for path in sorted((work / "media").rglob("*")):
                if path.is_file():
                    files[path.relative_to(work).as_posix()] = _sha256(path)
        manifest = {
            "format": FORMAT,
            "created_at": timezone.now().isoformat(),
            "vendor": connection.vendor,
            "database": database_file,
            "row_counts": row_counts(),
            "files": files,
        }
        (work / "manifest.json").write_text(json.dumps(manifest, indent=2))
        with tempfile.TemporaryDirectory() as out:
            plain = Path(out) / "backup.tar.gz"
            with tarfile.open(plain, "w:gz") as archive:
                for item in sorted(work.iterdir()):
                    archive.add(item, arcname=item.name)
            archive_encrypt(plain, destination, key=key)
    return manifest


def _restore_database(work: Path, manifest: dict[str, Any]) -> None:
    if manifest["vendor"] != connection.vendor:
        raise BackupError(
            f"the archive holds a {manifest['vendor']} database, this site uses {connection.vendor}"
        )
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        source = sqlite3.connect(work / manifest["database"])
        with source:
            source.backup(connection.connection)
        source.close()
        return
    connection.close()
    args, env = _pg_env()
    options = ["--clean", "--if-exists", "--no-owner", "--single-transaction"]
    database = connection.settings_dict["NAME"]
    dump = str(work / manifest["database"])
    subprocess.run(  # noqa: S603 - fixed program, arguments from settings
        [_program("pg_restore"), *args, *options, "--dbname", database, dump],
        check=True,
        env=env,
    )


def _check_rows(manifest: dict[str, Any]) -> None:
    """The restored database holds as many rows per table as the archive says."""
    expected = manifest["row_counts"]
    for model in apps.get_models(include_auto_created=True):
        table = model._meta.db_table
        if table in expected and not model._meta.proxy:
            found = model._base_manager.using("default").count()
            if found != expected[table]:
                raise BackupError(
                    f"the restored table {table} has {found} rows, the archive {expected[table]}"
                )


def backup_restore(source: Path, *, key: str | None = None) -> dict[str, Any]:
    """Replace the database and the uploaded files with the archive's content."""
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as opened:
        work = Path(tmp)
        plain = Path(opened) / "backup.tar.gz"
        archive_decrypt(source, plain, key=key)
        with tarfile.open(plain, "r:gz") as archive:
            archive.extractall(work, filter="data")
        manifest = json.loads((work / "manifest.json").read_text())
        if manifest.get("format") != FORMAT:
            raise BackupError("unknown archive format")
        for name, checksum in manifest["files"].items():
            if _sha256(work / name) != checksum:
                raise BackupError(f"checksum mismatch for {name}: the archive is damaged")
        _restore_database(work, manifest)
        _check_rows(manifest)
        media_root = Path(settings.MEDIA_ROOT)
        if media_root.exists():
            shutil.rmtree(media_root)
        if (work / "media").exists():
            shutil.copytree(work / "media", media_root)
        else:
            media_root.mkdir(parents=True)
    return manifest
