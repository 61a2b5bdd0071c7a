"""Where a badge's documents live: absolute URLs on TILTAS_BASE_URL, the same
in every language (a badge's identity must not change with the reader's)."""

from django.urls import reverse

from tiltas.core.site import absolute_url

from ..models import Certificate, CertificateKind


def absolute(url_name: str, **kwargs: object) -> str:
    return absolute_url(reverse(f"badges:{url_name}", kwargs=kwargs))


def issuer_url() -> str:
    return absolute("issuer")


def revocations_url() -> str:
    return absolute("revocations")


def assertion_url(number: str) -> str:
    return absolute("assertion", number=number)


def achievement_key(certificate: Certificate) -> str:
    """``programme-<id>`` or ``event-<type>``: one badge class for each."""
    if certificate.kind == CertificateKind.PROGRAMME:
        return f"programme-{certificate.programme_id}"
    return f"event-{certificate.event.kind}"


def badge_class_url(key: str, language: str) -> str:
    return absolute("badge_class", key=key, language=language)


def badge_image_name(key: str) -> str:
    """Every programme shares one picture; each type of event has its own."""
    return "programme" if key.startswith("programme-") else key


def badge_image_url(key: str) -> str:
    return absolute("badge_image", name=badge_image_name(key))
