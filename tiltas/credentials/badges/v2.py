"""Open Badges 2.0 documents, hosted here: the Issuer profile, a BadgeClass
for each programme and each type of event (one per language, related to the
other two), an Assertion for each certificate, and the revocation list.

The holder's e-mail is in the assertion only as a salted SHA-256 hash; a
revoked assertion answers 410 with ``revoked``; an erased holder's, 404.
"""

import hashlib
from datetime import datetime, time
from email.utils import parseaddr
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Q
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from tiltas.competencies.models import Framework
from tiltas.core.i18n import LANGUAGE_CODES
from tiltas.core.site import absolute_url
from tiltas.events.models import EventKind
from tiltas.learning.models import Programme
from tiltas.learning.selectors import programme_competency_levels

from ..models import Certificate
from ..pdf import verification_url
from ..services.issuance import issuer_organisation
from .urls import (
    achievement_key,
    assertion_url,
    badge_class_url,
    badge_image_url,
    issuer_url,
    revocations_url,
)

CONTEXT = "https://w3id.org/openbadges/v2"
#: What the JSON-LD documents are served as.
CONTENT_TYPE = "application/ld+json"


def holder_language(certificate: Certificate) -> str:
    person = certificate.person
    language = person.preferred_language if person else ""
    return language if language in LANGUAGE_CODES else settings.LANGUAGE_CODE


def issuer_profile() -> dict[str, Any]:
    """The applicant organisation, which issues every certificate."""
    organisation = issuer_organisation()
    profile: dict[str, Any] = {
        "@context": CONTEXT,
        "type": "Issuer",
        "id": issuer_url(),
        "name": organisation.name if organisation else settings.TILTAS_SITE_NAME,
        "url": (organisation.website if organisation else "") or absolute_url("/"),
        "email": parseaddr(settings.DEFAULT_FROM_EMAIL)[1],
        "revocationList": revocations_url(),
    }
    if organisation is not None and organisation.logo:
        with translation.override(settings.LANGUAGE_CODE):
            profile["image"] = absolute_url(
                reverse("accounts:organisation_logo", kwargs={"slug": organisation.slug})
            )
    return profile


def _related(key: str, language: str) -> list[dict[str, str]]:
    return [
        {"id": badge_class_url(key, other), "@language": other}
        for other in LANGUAGE_CODES
        if other != language
    ]


def _alignments(programme_id: int, language: str) -> list[dict[str, str]]:
    """The competency framework's entries the programme develops, with the level."""
    levels = programme_competency_levels(programme_id)
    frameworks = {
        framework.pk: framework.title
        for framework in Framework.objects.filter(
            pk__in={competency.framework_id for competency, _level in levels}
        )
    }
    framework_page = absolute_url(reverse("competencies:framework"))
    return [
        {
            "targetName": competency.name,
            "targetUrl": f"{framework_page}#competency-{slugify(competency.code)}",
            "targetCode": competency.code,
            "targetFramework": frameworks.get(competency.framework_id, ""),
            "targetDescription": _("Level %(level)s") % {"level": level},
        }
        for competency, level in levels
    ]


def _programme_class(pk: int, language: str) -> dict[str, Any] | None:
    programme = (
        Programme.objects.filter(pk=pk)
        .filter(~Q(status="draft") | Q(certificates__isnull=False))
        .distinct()
        .first()
    )
    if programme is None:
        return None
    title = programme.title
    narrative = _(
        "Complete every lesson of the training programme “%(title)s” on Tiltas. "
        "The certificate of completion is issued when the last lesson is completed."
    ) % {"title": title}
    criteria: dict[str, str] = {"narrative": narrative}
    if programme.status == "published":
        criteria["id"] = absolute_url(programme.get_absolute_url())
    return {
        "name": _("Certificate of completion: %(title)s") % {"title": title},
        "description": programme.summary.strip() or narrative,
        "criteria": criteria,
        "alignment": _alignments(programme.pk, language),
        "tags": [_("Training programme")],
    }


def _event_class(kind: str) -> dict[str, Any] | None:
    if kind not in EventKind.values:
        return None
    label = str(EventKind(kind).label)
    narrative = _(
        "Type of event: %(kind)s. Be present as the event's coordinator set the "
        "rule for it: on every day of the event, on at least a number of days, or "
        "for at least a number of hours. Attendance is recorded by the coordinator; "
        "the certificate of attendance is issued when the event is held."
    ) % {"kind": label}
    return {
        "name": _("Certificate of attendance: %(kind)s") % {"kind": label},
        "description": narrative,
        "criteria": {"narrative": narrative},
        "tags": [label],
    }


def badge_class(key: str, language: str) -> dict[str, Any] | None:
    """The BadgeClass ``programme-<id>`` or ``event-<type>`` in ``language``;
    None when there is none."""
    if language not in LANGUAGE_CODES:
        return None
    family, _sep, rest = key.partition("-")
    with translation.override(language):
        if family == "programme" and rest.isdigit():
            content = _programme_class(int(rest), language)
        elif family == "event":
            content = _event_class(rest)
        else:
            content = None
        if content is None:
            return None
        return {
            "@context": CONTEXT,
            "type": "BadgeClass",
            "id": badge_class_url(key, language),
            "@language": language,
            **content,
            "image": badge_image_url(key),
            "issuer": issuer_url(),
            "related": _related(key, language),
        }


def recipient_identity(email: str, salt: str) -> str:
    return "sha256$" + hashlib.sha256((email + salt).encode()).hexdigest()


def end_of_day(day: Any) -> str:
    return datetime.combine(day, time(23, 59, 59), tzinfo=ZoneInfo(settings.TIME_ZONE)).isoformat()


def assertion(certificate: Certificate) -> dict[str, Any]:
    """The hosted assertion of a certificate whose holder is known."""
    person = certificate.person
    assert person is not None  # erased holders' assertions are not found
    language = holder_language(certificate)
    document: dict[str, Any] = {
        "@context": CONTEXT,
        "type": "Assertion",
        "id": assertion_url(certificate.number),
        "recipient": {
            "type": "email",
            "hashed": True,
            "salt": certificate.badge_salt,
            "identity": recipient_identity(person.email, certificate.badge_salt),
        },
        "badge": badge_class_url(achievement_key(certificate), language),
        "issuedOn": certificate.created_at.isoformat(),
        "verification": {"type": "hosted"},
        "evidence": [
            {"id": verification_url(certificate, language), "narrative": _evidence(certificate)}
        ],
        "@language": language,
    }
    if certificate.expires_on:
        document["expires"] = end_of_day(certificate.expires_on)
    return document


def _evidence(certificate: Certificate) -> str:
    """What the certificate states, in the holder's language (Markdown)."""
    with translation.override(holder_language(certificate)):
        lines = [f"{certificate.get_kind_display()}: {certificate.achievement}"]
        if certificate.hours is not None:
            lines.append(_("Hours: %(hours)s") % {"hours": floatformat(certificate.hours, -1)})
        if certificate.place:
            lines.append(_("Place: %(place)s") % {"place": certificate.place})
        lines += [
            f"{item.competency.code} {item.competency.name}: "
            + _("level %(level)s") % {"level": item.level}
            for item in certificate.competencies.select_related("competency")
        ]
        return "\n\n".join(lines)


def revoked_assertion(certificate: Certificate) -> dict[str, Any]:
    """What a revoked assertion answers (with 410): revoked, no reason."""
    return {
        "@context": CONTEXT,
        "type": "Assertion",
        "id": assertion_url(certificate.number),
        "revoked": True,
    }


def revocation_list() -> dict[str, Any]:
    """Every revoked assertion, by id only: no reasons, no names."""
    numbers = (
        Certificate.objects.filter(revoked_at__isnull=False)
        .order_by("id")
        .values_list("number", flat=True)
    )
    return {
        "@context": CONTEXT,
        "type": "RevocationList",
        "id": revocations_url(),
        "issuer": issuer_url(),
        "revokedAssertions": [{"id": assertion_url(number)} for number in numbers],
    }
