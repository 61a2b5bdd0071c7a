"""Background work: building an evidence bundle."""

from django.tasks import task

from .bundle import bundle_build


@task()
def build_evidence_bundle(bundle_id: int) -> bool:
    return bundle_build(bundle_id)
