"""Reads of the credentials app: the holder's certificates, verification, management."""

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.urls import reverse
from django.utils import timezone

from tiltas.accounts.models import User
from tiltas.events.models import Event
from tiltas.learning.models import Programme

from .models import (
    ERASED_REASON,
    NUMBER_ALPHABET,
    NUMBER_LENGTH,
    Certificate,
    CertificateKind,
    PdfStatus,
)

#: What a typed number may be confused with: these letters are read as digits.
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def normalise_number(text: str) -> str | None:
    """A typed or scanned number in its printed form (``ABCD-EFGH-JKMN-PQRS``),
    or None when it cannot be one. Case, spaces, dashes and look-alike letters
    do not matter; a URL ending in the number is taken too."""
    text = (text or "").strip().rstrip("/").rsplit("/", 1)[-1]
    raw = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_LOOKALIKES)
    if len(raw) != NUMBER_LENGTH or any(ch not in NUMBER_ALPHABET for ch in raw):
        return None
    return "-".join(raw[i : i + 4] for i in range(0, NUMBER_LENGTH, 4))


def _with_achievement(certificates: QuerySet[Certificate]) -> QuerySet[Certificate]:
    return certificates.select_related("programme", "event", "issuer", "signatory")


@dataclass(frozen=True)
class Verification:
    """What the public page says of a number: "valid", "revoked", "expired" or
    "not_found", and the certificate unless not found."""

    status: str
    certificate: Certificate | None = None


def certificate_verify(number: str) -> Verification:
    normalised = normalise_number(number)
    if normalised is None:
        return Verification("not_found")
    certificate = (
        _with_achievement(Certificate.objects.filter(number=normalised, person__isnull=False))
        .only(
            "number",
            "kind",
            "holder_name",
            "issuer_name",
            "issued_on",
            "expires_on",
            "revoked_at",
            "programme",
            "event",
            "issuer",
            "signatory",
            "ended_on",
        )
        .first()
    )
    if certificate is None:
        return Verification("not_found")
    if certificate.is_revoked:
        return Verification("revoked", certificate)
    if certificate.is_expired():
        return Verification("expired", certificate)
    return Verification("valid", certificate)


def certificate_for_badge(number: str) -> Certificate | None:
    """The certificate behind a badge's assertion; None when unknown or its
    holder's data was erased."""
    normalised = normalise_number(number)
    if normalised is None:
        return None
    return (
        Certificate.objects.select_related("person", "programme", "event")
        .filter(number=normalised, person__isnull=False)
        .first()
    )


def certificates_of(person: User) -> list[Certificate]:
    """The person's certificates, newest first, in one query."""
    return list(
        _with_achievement(Certificate.objects.filter(person=person)).order_by("-issued_on", "-id")
    )


@dataclass(frozen=True)
class RecordEntry:
    """A certificate as the lifelong-learning record lists it."""

    number: str
    title: str
    kind: str
    issued_on: object
    expires_on: object
    status: str  # "valid", "revoked", "expired"
    pdf_ready: bool
    pdf_url: str
    verify_url: str
    badge_url: str
    credential_url: str


def record_certificates(person: User) -> list[RecordEntry]:
    """The ``learning.record_certificates`` slot: every certificate of the person
    for their lifelong-learning record (one query)."""
    today = timezone.localdate()
    entries = []
    for certificate in certificates_of(person):
        if certificate.is_revoked:
            status = "revoked"
        elif certificate.is_expired(today):
            status = "expired"
        else:
            status = "valid"
        kwargs = {"number": certificate.number}
        entries.append(
            RecordEntry(
                number=certificate.number,
                title=str(certificate.achievement),
                kind=certificate.get_kind_display(),
                issued_on=certificate.issued_on,
                expires_on=certificate.expires_on,
                status=status,
                pdf_ready=certificate.pdf_status == PdfStatus.READY and bool(certificate.pdf),
                pdf_url=reverse("credentials:pdf", kwargs=kwargs),
                verify_url=reverse("credentials:verify", kwargs=kwargs),
                badge_url=reverse("credentials:baked_badge", kwargs=kwargs),
                credential_url=reverse("credentials:credential", kwargs=kwargs),
            )
        )
    return entries


def record_links() -> dict[str, str]:
    """The record's links to every certificate at once."""
    return {"all_pdf": reverse("credentials:all_pdf")}


def certificates_for_manage(
    *, query: str = "", status: str = "", failed_only: bool = False
) -> QuerySet[Certificate]:
    certificates = _with_achievement(Certificate.objects.filter(person__isnull=False))
    query = query.strip()
    if query:
        number = normalise_number(query)
        certificates = certificates.filter(
            Q(holder_name__icontains=query) | Q(number=number or query.upper())
        )
    if status == "revoked":
        certificates = certificates.filter(revoked_at__isnull=False)
    elif status == "valid":
        certificates = certificates.filter(revoked_at__isnull=True)
    if failed_only:
        certificates = certificates.filter(pdf_status=PdfStatus.FAILED)
    return certificates.order_by("-issued_on", "-id")


def failed_pdf_count() -> int:
    return Certificate.objects.filter(pdf_status=PdfStatus.FAILED, person__isnull=False).count()


@dataclass(frozen=True)
class IssuedCount:
    """Certificates issued for one programme or event, by the holder's sex and
    country (an erased holder's count as "not stated")."""

    kind: str
    title: str
    total: int
    by_sex: dict[str, int]
    by_country: dict[str, int]


def certificates_issued(*, start: date | None = None, end: date | None = None) -> list[IssuedCount]:
    """Per programme and per event, most certificates first (three queries).
    Revoked ones do not count, unless revoked because their holder's data was
    erased: those were earned."""
    rows = (
        Certificate.objects.filter(Q(revoked_at__isnull=True) | Q(revocation_reason=ERASED_REASON))
        .filter(**({"issued_on__gte": start} if start else {}))
        .filter(**({"issued_on__lte": end} if end else {}))
        .values("kind", "programme_id", "event_id", "person__sex", "person__country")
        .annotate(n=Count("id"))
        .order_by()
    )
    groups: dict[tuple[str, int], dict[str, Any]] = {}
    for row in rows:
        key = (row["kind"], row["programme_id"] or row["event_id"])
        group = groups.setdefault(key, {"total": 0, "sex": Counter(), "country": Counter()})
        group["total"] += row["n"]
        group["sex"][row["person__sex"] or ""] += row["n"]
        group["country"][row["person__country"] or ""] += row["n"]
    programmes = Programme.objects.in_bulk(
        [pk for kind, pk in groups if kind == CertificateKind.PROGRAMME]
    )
    events = Event.objects.in_bulk([pk for kind, pk in groups if kind == CertificateKind.EVENT])
    counts = [
        IssuedCount(
            kind=kind,
            title=str((programmes if kind == CertificateKind.PROGRAMME else events).get(pk) or ""),
            total=group["total"],
            by_sex=dict(group["sex"]),
            by_country=dict(group["country"]),
        )
        for (kind, pk), group in groups.items()
    ]
    return sorted(counts, key=lambda count: (-count.total, count.title))


def certificates_issued_between(start: date, end: date) -> QuerySet[Certificate]:
    """Every certificate issued in the period, revoked ones too (their
    revocation is part of the record), with what it was earned for."""
    return (
        Certificate.objects.filter(issued_on__gte=start, issued_on__lte=end)
        .select_related("programme", "event")
        .order_by("issued_on", "number")
    )
