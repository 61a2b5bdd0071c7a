"""Backup and restore of the database and the uploaded files, in one archive.

The archive (``.tar.gz``) holds ``manifest.json`` (format, time, database
vendor, row counts per table, SHA-256 of every file), the database
(``database.sqlite3`` from SQLite's online backup, or ``database.dump`` from
``pg_dump --format=custom``) and ``media/``. Restore checks every checksum
before it touches anything.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.utils import timezone

FORMAT = 1


class BackupError(Exception):
    pass


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


def backup_create(destination: Path) -> dict[str, Any]:
    """Write an archive to ``destination`` and return its manifest."""
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
        destination.parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(destination, "w:gz") as archive:
            for item in sorted(work.iterdir()):
                archive.add(item, arcname=item.name)
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


def backup_restore(source: Path) -> dict[str, Any]:
    """Replace the database and the uploaded files with the archive's content."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with tarfile.open(source, "r:gz") as archive:
            archive.extractall(work, filter="data")
        manifest = json.loads((work / "manifest.json").read_text())
        if manifest.get("format") != FORMAT:
            raise BackupError("unknown archive format")
        for name, checksum in manifest["files"].items():
            if _sha256(work / name) != checksum:
                raise BackupError(f"checksum mismatch for {name}: the archive is damaged")
        _restore_database(work, manifest)
        media_root = Path(settings.MEDIA_ROOT)
        if media_root.exists():
            shutil.rmtree(media_root)
        if (work / "media").exists():
            shutil.copytree(work / "media", media_root)
        else:
            media_root.mkdir(parents=True)
    return manifest
