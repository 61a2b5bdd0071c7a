"""Building an evidence bundle: each item written into the ZIP archive piece
by piece, its size and SHA-256 taken on the way, then the manifests. The
archive is spooled to a temporary file and stored whole: never in memory."""

import hashlib
import json
import logging
import secrets
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import partial
from typing import IO

from django.core.files import File
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from tiltas.core.exports import csv_bytes

from .models import BundleStatus, EvidenceBundle
from .selectors import EvidenceItem, evidence_items

logger = logging.getLogger(__name__)

#: Already compressed: stored as they are.
STORED_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".webp", ".zip", ".docx", ".xlsx", ".pptx")
#: The progress shown is written at most this many times per bundle.
PROGRESS_STEPS = 20


@dataclass(frozen=True)
class ManifestEntry:
    path: str
    kind: str
    title: str
    size: int
    sha256: str


def _write_item(archive: zipfile.ZipFile, item: EvidenceItem) -> ManifestEntry:
    info = zipfile.ZipInfo(item.path, date_time=timezone.localtime().timetuple()[:6])
    stored = item.path.lower().endswith(STORED_SUFFIXES)
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    digest, size = hashlib.sha256(), 0
    with archive.open(info, "w", force_zip64=True) as target:
        for chunk in item.read():
            target.write(chunk)
            digest.update(chunk)
            size += len(chunk)
    return ManifestEntry(item.path, item.kind, item.title, size, digest.hexdigest())


def _manifest_csv(entries: list[ManifestEntry]) -> bytes:
    header = [_("File"), _("Kind"), _("Title"), _("Size (bytes)"), "SHA-256"]
    return csv_bytes(header, [[e.path, e.kind, e.title, e.size, e.sha256] for e in entries])


def bundle_write(
    target: IO[bytes],
    items: list[EvidenceItem],
    *,
    about: dict[str, str],
    progress: Callable[[int], None] = lambda done: None,
) -> list[ManifestEntry]:
    """Write ``items`` and the two manifests as a ZIP archive into ``target``."""
    entries = []
    with zipfile.ZipFile(target, "w", allowZip64=True) as archive:
        for done, item in enumerate(items, start=1):
            entries.append(_write_item(archive, item))
            progress(done)
        manifest = {**about, "files": [asdict(entry) for entry in entries]}
        archive.writestr(
            "manifest.json",
            json.dumps(manifest, ensure_ascii=False, indent=2),
            compress_type=zipfile.ZIP_DEFLATED,
        )
        archive.writestr("manifest.csv", _manifest_csv(entries), compress_type=zipfile.ZIP_DEFLATED)
    return entries


def _progress(bundle_id: int, total: int, done: int) -> None:
    step = -(-total // PROGRESS_STEPS)  # rounded up: at most PROGRESS_STEPS writes
    if done == total or done % step == 0:
        EvidenceBundle.objects.filter(pk=bundle_id).update(files_done=done)


def bundle_build(bundle_id: int) -> bool:
    """Build a waiting bundle; True when it is ready. A bundle is claimed
    (pending → building, one conditional UPDATE) so two workers never both
    build it."""
    claimed = EvidenceBundle.objects.filter(pk=bundle_id, status=BundleStatus.PENDING).update(
        status=BundleStatus.BUILDING
    )
    if not claimed:
        return False
    bundle = EvidenceBundle.objects.get(pk=bundle_id)
    about = {
        "start": bundle.start.isoformat(),
        "end": bundle.end.isoformat(),
        "generated_at": timezone.now().isoformat(),
    }
    try:
        with translation.override(bundle.language), tempfile.TemporaryFile() as spool:
            items = evidence_items(bundle.start, bundle.end)
            EvidenceBundle.objects.filter(pk=bundle_id).update(files_total=len(items))
            bundle_write(
                spool, items, about=about, progress=partial(_progress, bundle_id, len(items))
            )
            size = spool.tell()
            spool.seek(0)
            name = bundle.file.storage.save(f"bundles/{secrets.token_urlsafe(16)}.zip", File(spool))
    except Exception as error:
        logger.exception("evidence bundle %s could not be built", bundle_id)
        EvidenceBundle.objects.filter(pk=bundle_id).update(
            status=BundleStatus.FAILED,
            error=f"{type(error).__name__}: {error}"[:300],
            finished_at=timezone.now(),
        )
        return False
    EvidenceBundle.objects.filter(pk=bundle_id).update(
        status=BundleStatus.READY, file=name, size=size, finished_at=timezone.now()
    )
    return True
