"""Arguments to reverse every URL of the credentials app that takes some (permission matrix)."""

from tiltas.credentials.models import Certificate

from .factories import complete_programme, new_person, programme_with_competency

_OWN = "a holder's own certificate: anyone else (staff included) gets 404"

NOT_FOUND_BY_DESIGN = {
    "credentials:pdf": _OWN,
    "credentials:baked_badge": _OWN,
    "credentials:credential": _OWN,
}


def url_samples() -> dict[str, dict]:
    programme, lesson = programme_with_competency()
    complete_programme(new_person(), programme, lesson)
    certificate = Certificate.objects.latest("id")
    return {
        "credentials:verify": {"number": certificate.number},
        "credentials:pdf": {"number": certificate.number},
        "credentials:baked_badge": {"number": certificate.number},
        "credentials:credential": {"number": certificate.number},
        "badges:assertion": {"number": certificate.number},
        "badges:badge_class": {"key": f"programme-{programme.pk}", "language": "en"},
        "badges:badge_image": {"name": "programme"},
        "credentials:manage_detail": {"pk": certificate.pk},
        "credentials:manage_retry": {"pk": certificate.pk},
    }
