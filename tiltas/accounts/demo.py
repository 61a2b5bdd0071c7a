"""Demo organisations and people (fictional, marked as demo). Safe to run again."""

import io
import unicodedata
from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import translation
from PIL import Image, ImageDraw, ImageFont

from tiltas.core.roles import STAFF_ROLES, Role
from tiltas.core.uploads import random_name

from .models import Country, Organisation, OrganisationType, ProjectRole, Sex, User

DEMO_PASSWORD = "tiltas-demo-2026"  # noqa: S105 - public demo value, printed by make run

ORGANISATIONS = [
    # slug, name, type, country, region, project role, colour
    ("rpi-demo", "Regioninės plėtros institutas (demo)", OrganisationType.STATE_INSTITUTION,
     Country.LT, "LT-VL", ProjectRole.APPLICANT, (14, 59, 82)),
    ("pamariu-savivaldybe-demo", "Pamarių rajono savivaldybė (demo)", OrganisationType.MUNICIPALITY,
     Country.LT, "LT-KL", ProjectRole.PARTNER, (0, 105, 92)),
    ("sileliu-savivaldybe-demo", "Šilelių miesto savivaldybė (demo)", OrganisationType.MUNICIPALITY,
     Country.LT, "LT-SA", ProjectRole.PARTNER, (120, 60, 20)),
    ("vvkc-demo", "Viešojo valdymo kompetencijų centras (demo)", OrganisationType.STATE_INSTITUTION,
     Country.LT, "LT-KU", ProjectRole.PARTNER, (90, 40, 110)),
    ("spa-demo", "Socialinių paslaugų agentūra (demo)", OrganisationType.STATE_INSTITUTION,
     Country.LT, "LT-PN", ProjectRole.PARTNER, (150, 30, 50)),
    ("fjordvik-kommune-demo", "Fjordvik kommune (demo)", OrganisationType.MUNICIPALITY,
     Country.NO, "NO-46", ProjectRole.PARTNER, (0, 70, 140)),
    ("soi-demo", "Senter for offentlig innovasjon (demo)", OrganisationType.STATE_INSTITUTION,
     Country.NO, "NO-03", ProjectRole.PARTNER, (40, 80, 40)),
]  # fmt: skip

PEOPLE = [
    # e-mail, name, role, organisation slug, country, sex
    (
        "member@demo.tiltas.lt",
        "Rasa Demonaitė",
        Role.MEMBER,
        "pamariu-savivaldybe-demo",
        Country.LT,
        Sex.FEMALE,
    ),
    ("trainer@demo.tiltas.lt", "Ingrid Demoheim", Role.TRAINER, "soi-demo", Country.NO, Sex.FEMALE),
    (
        "coordinator@demo.tiltas.lt",
        "Tomas Demonis",
        Role.COORDINATOR,
        "rpi-demo",
        Country.LT,
        Sex.MALE,
    ),
    (
        "integrity@demo.tiltas.lt",
        "Aušra Skaidrienė",
        Role.INTEGRITY_OFFICER,
        "rpi-demo",
        Country.LT,
        Sex.FEMALE,
    ),
    (
        "admin@demo.tiltas.lt",
        "Jonas Administratorius",
        Role.ADMINISTRATOR,
        "rpi-demo",
        Country.LT,
        Sex.MALE,
    ),
    (
        "member01@demo.tiltas.lt",
        "Lina Petraitytė",
        Role.MEMBER,
        "pamariu-savivaldybe-demo",
        Country.LT,
        Sex.FEMALE,
    ),
    (
        "member02@demo.tiltas.lt",
        "Mantas Kazlauskas",
        Role.MEMBER,
        "pamariu-savivaldybe-demo",
        Country.LT,
        Sex.MALE,
    ),
    (
        "member03@demo.tiltas.lt",
        "Eglė Vaitkutė",
        Role.MEMBER,
        "sileliu-savivaldybe-demo",
        Country.LT,
        Sex.FEMALE,
    ),
    (
        "member04@demo.tiltas.lt",
        "Darius Jankauskas",
        Role.MEMBER,
        "sileliu-savivaldybe-demo",
        Country.LT,
        Sex.MALE,
    ),
    (
        "member05@demo.tiltas.lt",
        "Greta Balčiūnaitė",
        Role.MEMBER,
        "vvkc-demo",
        Country.LT,
        Sex.FEMALE,
    ),
    (
        "member06@demo.tiltas.lt",
        "Paulius Žukauskas",
        Role.MEMBER,
        "spa-demo",
        Country.LT,
        Sex.NOT_STATED,
    ),
    (
        "member07@demo.tiltas.lt",
        "Kari Nordmann",
        Role.MEMBER,
        "fjordvik-kommune-demo",
        Country.NO,
        Sex.FEMALE,
    ),
    (
        "member08@demo.tiltas.lt",
        "Ola Haugen",
        Role.MEMBER,
        "fjordvik-kommune-demo",
        Country.NO,
        Sex.MALE,
    ),
    ("member09@demo.tiltas.lt", "Sigrid Lunde", Role.MEMBER, "soi-demo", Country.NO, Sex.FEMALE),
    ("member10@demo.tiltas.lt", "Eirik Berg", Role.MEMBER, "soi-demo", Country.NO, Sex.OTHER),
    (
        "member11@demo.tiltas.lt",
        "Ieva Stankevičienė",
        Role.MEMBER,
        "spa-demo",
        Country.LT,
        Sex.FEMALE,
    ),
    (
        "member12@demo.tiltas.lt",
        "Andrius Paulauskas",
        Role.MEMBER,
        "vvkc-demo",
        Country.LT,
        Sex.MALE,
    ),
]


def _initials(name: str) -> str:
    words = [w for w in name.replace("(demo)", "").split() if w[:1].isalpha()]
    return "".join(w[0] for w in words[:2]).upper()


def logo_lettering(name: str, size: int = 110) -> tuple[Any, str]:
    """The font and text of a logo: the initials in a font that has their
    letters (Pillow's own lacks Š, Ž, Ė …, drawn as "□"), or without their
    accents when no such font is installed."""
    for font_file in ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf"):
        try:
            return ImageFont.truetype(font_file, size), _initials(name)
        except OSError:
            continue
    plain = unicodedata.normalize("NFKD", _initials(name)).encode("ascii", "ignore").decode()
    try:
        return ImageFont.load_default(size=size), plain
    except TypeError:  # Pillow built without FreeType
        return ImageFont.load_default(), plain


def logo_png(name: str, colour: tuple[int, int, int]) -> bytes:
    """A simple square logo: the organisation's initials on its colour."""
    image = Image.new("RGB", (240, 240), colour)
    font, text = logo_lettering(name)
    ImageDraw.Draw(image).text((120, 120), text, fill=(255, 255, 255), font=font, anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _organisations() -> dict[str, Organisation]:
    result = {}
    for slug, name, kind, country, region, project_role, colour in ORGANISATIONS:
        organisation, _created = Organisation.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name, "type": kind, "country": country, "region": region,
                "project_role": project_role, "is_demo": True,
                "website": f"https://{slug}.example.org",
                "description_lt": "Išgalvota organizacija demonstracijai.",
                "description_en": "A fictional organisation for demonstration.",
                "description_nb": "En oppdiktet organisasjon til demonstrasjon.",
            },
        )  # fmt: skip
        if not organisation.logo:
            organisation.logo.save(random_name("png"), ContentFile(logo_png(name, colour)))
        result[slug] = organisation
    return result


def _people(organisations: dict[str, Organisation]) -> None:
    for email, name, role, slug, country, sex in PEOPLE:
        person, _created = User.objects.update_or_create(
            email=email,
            defaults={
                "full_name": name, "role": role, "organisation": organisations[slug],
                "country": country, "sex": sex, "is_active": True, "is_demo": True,
                "preferred_language": "nb" if country == Country.NO else "lt",
                "is_staff": role == Role.ADMINISTRATOR, "is_superuser": role == Role.ADMINISTRATOR,
            },
        )  # fmt: skip
        person.set_password(DEMO_PASSWORD)
        person.save(update_fields=["password"])
        EmailAddress.objects.update_or_create(
            user=person, email=email, defaults={"verified": True, "primary": True}
        )
        has_totp = Authenticator.objects.filter(user=person, type=Authenticator.Type.TOTP).exists()
        if role in STAFF_ROLES and not has_totp:
            TOTP.activate(person, settings.TILTAS_DEMO_TOTP_SECRET)


def load_demo() -> list[str]:
    _people(_organisations())
    lines = [f"Demo sign-ins (password {DEMO_PASSWORD}):"]
    with translation.override("en"):  # printed by make run, next to English text
        for email, _name, role, *_rest in PEOPLE[:5]:
            lines.append(f"  {email:<30} {Role(role).label}")
    lines.append("  member01…member12@demo.tiltas.lt   more members")
    lines.append("Staff also need a TOTP code; current TOTP code: make demo-totp")
    return lines
