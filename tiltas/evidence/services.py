"""Writes of the evidence app: asking for a bundle, and deleting old ones."""

from datetime import date, datetime, timedelta
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.audit import audit_record
from tiltas.core.files import delete_on_commit

from .models import EvidenceBundle
from .tasks import build_evidence_bundle

#: A bundle covers at most this long a period (the programme's whole span).
LONGEST_PERIOD = timedelta(days=6 * 366)


def evidence_bundle_request(*, start: date, end: date, actor: User) -> EvidenceBundle:
    """Ask for the bundle of a period; a background task builds it. A person
    waits for one bundle at a time (a constraint in the database)."""
    if end < start:
        raise ValidationError({"end": _("The end comes before the start.")})
    if end - start > LONGEST_PERIOD:
        raise ValidationError({"end": _("A bundle covers at most six years.")})
    try:
        with transaction.atomic():
            bundle = EvidenceBundle.objects.create(
                start=start, end=end, requested_by=actor, language=get_language() or "lt"
            )
            audit_record(actor=actor, action="evidence.bundle.requested", obj=bundle)
    except IntegrityError as exc:
        raise ValidationError(
            _("Your previous bundle is still being built: wait for it first.")
        ) from exc
    transaction.on_commit(partial(build_evidence_bundle.enqueue, bundle.pk))
    return bundle


def evidence_bundles_delete_expired(*, now: datetime | None = None) -> int:
    """Delete bundles (rows and archives) built more than
    ``TILTAS_EVIDENCE_KEEP_DAYS`` ago: they hold participants' names."""
    moment = now or timezone.now()
    cutoff = moment - timedelta(days=settings.TILTAS_EVIDENCE_KEEP_DAYS)
    count = 0
    with transaction.atomic():
        for bundle in EvidenceBundle.objects.select_for_update().filter(requested_at__lt=cutoff):
            delete_on_commit(bundle.file)
            bundle.delete()
            count += 1
        if count:
            audit_record(actor=None, action="evidence.bundles.deleted_expired", label=str(count))
    return count
