"""What the credentials app holds about a person, for export and erasure (GDPR)."""

from typing import Any

from django.db.models.fields.files import FieldFile

from tiltas.accounts.models import User
from tiltas.core.personal_data import PersonalDataSource

from .models import Certificate, CertificateRevision
from .services import certificates_erase_person


def export(user: User) -> dict[str, Any]:
    certificates = Certificate.objects.filter(person=user).select_related("programme", "event")
    return {
        "certificates": [
            {
                "number": c.number,
                "kind": c.kind,
                "achievement": str(c.achievement),
                "holder_name": c.holder_name,
                "hours": str(c.hours) if c.hours is not None else None,
                "from": c.started_on.isoformat() if c.started_on else None,
                "to": c.ended_on.isoformat(),
                "place": c.place,
                "issuer": c.issuer_name,
                "issued_on": c.issued_on.isoformat(),
                "expires_on": c.expires_on.isoformat() if c.expires_on else None,
                "revoked_at": c.revoked_at.isoformat() if c.revoked_at else None,
                "revocation_reason": c.revocation_reason,
                "re_issued": [
                    {"at": r.at.isoformat(), "reason": r.reason, "changed": r.changed_fields}
                    for r in c.revisions.all()
                ],
            }
            for c in certificates.prefetch_related("revisions")
        ]
    }


def files(user: User) -> list[tuple[str, FieldFile]]:
    return [
        (f"certificate-{c.number}.pdf", c.pdf)
        for c in Certificate.objects.filter(person=user).exclude(pdf="")
    ]


CERTIFICATES = PersonalDataSource(
    name="certificates",
    models=(Certificate, CertificateRevision),
    export=export,
    erase=certificates_erase_person,
    files=files,
)
