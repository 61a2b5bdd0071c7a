"""Arguments to reverse the evidence app's URLs (permission matrix, axe crawl)."""

from django.core.files.base import ContentFile
from django.utils import timezone

from tiltas.evidence.models import BundleStatus, EvidenceBundle


def url_samples() -> dict[str, dict]:
    bundle = EvidenceBundle.objects.create(
        start=timezone.localdate().replace(day=1),
        end=timezone.localdate(),
        language="lt",
        status=BundleStatus.READY,
        files_total=1,
        files_done=1,
    )
    bundle.file.save("sample.zip", ContentFile(b"PK\x05\x06" + b"\0" * 18), save=False)
    bundle.size = bundle.file.size
    bundle.save()
    return {
        "evidence:manage_detail": {"pk": bundle.pk},
        "evidence:manage_download": {"pk": bundle.pk},
    }
