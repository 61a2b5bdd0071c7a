"""The project's own competency model (activity 1.1.1) and target profiles,
in lt, en and nb.

``load_project()`` can run any number of times (``tiltas.core.content``): it
creates what is missing and brings up to date what nobody has changed since,
and keeps what coordinators edited (a target profile's texts and levels, a
level they removed). Coordinators change the model itself by making a new
version of it; once one exists, version 1 is left as it was published.
"""

from typing import Any

from django.db import transaction

from tiltas.core.content import content_load
from tiltas.core.i18n import LANGUAGE_CODES

from ..models import (
    Area,
    Competency,
    Framework,
    FrameworkStatus,
    LevelDescriptor,
    ProficiencyLevel,
    TargetLevel,
    TargetProfile,
)
from ..services import framework_publish
from .area_c import AREA_C
from .areas_ab import AREAS_AB
from .areas_de import AREAS_DE

SLUG = "social-clustering"

TITLE = (
    "Socialinės klasterystės kompetencijų modelis",
    "Social-clustering competency model",
    "Kompetansemodell for sosial klyngeutvikling",
)
DESCRIPTION = (
    "Kompetencijos, kurių reikia valstybės ir savivaldybių institucijų, NVO ir verslo "
    "darbuotojams, kad jie kartu kurtų ir įgyvendintų socialines inovacijas. Modelis "
    "parengtas ir pritaikytas remiantis Norvegijos žiniomis ir gerąja praktika.",
    "The competencies that staff of state and municipal institutions, NGOs and businesses "
    "need to create and implement social innovations together. The model was prepared and "
    "adapted drawing on Norwegian knowledge and good practice.",
    "Kompetansen som ansatte i statlige og kommunale virksomheter, frivillige organisasjoner "
    "og næringsliv trenger for å utvikle og gjennomføre sosiale innovasjoner sammen. Modellen "
    "er utarbeidet og tilpasset med utgangspunkt i norsk kunnskap og god praksis.",
)
LEVELS = {
    1: (
        ("Žinantis", "Aware", "Bevisst"),
        (
            "Žino sąvokas ir jų svarbą, atpažįsta jas praktikoje; veikia padedamas kitų.",
            "Knows the concepts and why they matter, recognises them in practice; acts with "
            "guidance.",
            "Kjenner begrepene og hvorfor de er viktige, kjenner dem igjen i praksis; handler "
            "med veiledning.",
        ),
    ),
    2: (
        ("Taikantis", "Practising", "Utøvende"),
        (
            "Taiko žinias įprastose situacijose, kartais prireikia pagalbos.",
            "Applies the knowledge in routine situations, sometimes with support.",
            "Bruker kunnskapen i vanlige situasjoner, av og til med støtte.",
        ),
    ),
    3: (
        ("Įgudęs", "Proficient", "Dyktig"),
        (
            "Veikia savarankiškai sudėtingose situacijose ir pritaiko metodus aplinkybėms.",
            "Acts independently in complex situations and adapts methods to the circumstances.",
            "Handler selvstendig i sammensatte situasjoner og tilpasser metodene til forholdene.",
        ),
    ),
    4: (
        ("Vedantis", "Leading", "Ledende"),
        (
            "Formuoja kitų ir institucijos praktiką, moko kitus ir kuria naujus būdus.",
            "Shapes the practice of others and of the institution, teaches others and develops "
            "new approaches.",
            "Former andres og virksomhetens praksis, lærer opp andre og utvikler nye arbeidsmåter.",
        ),
    ),
}

#: slug → (names, descriptions, required level per competency code)
TARGET_PROFILES = {
    "municipal-social-services-head": (
        (
            "Savivaldybės socialinių paslaugų skyriaus vedėjas",
            "Head of a municipal social-services department",
            "Leder for sosialtjenesten i en kommune",
        ),
        (
            "Vadovauja savivaldybės socialinėms paslaugoms ir jų partnerystėms su NVO, "
            "verslu ir valstybės institucijomis.",
            "Leads a municipality's social services and their partnerships with NGOs, "
            "businesses and state institutions.",
            "Leder kommunens sosiale tjenester og deres partnerskap med frivillige "
            "organisasjoner, næringsliv og statlige institusjoner.",
        ),
        {"A1": 4, "A2": 3, "A3": 3, "B1": 4, "B2": 4, "B3": 3, "C1": 3, "C2": 3,
         "C3": 3, "D1": 3, "D2": 3, "D3": 3, "E1": 4, "E2": 3, "E3": 2},
    ),
    "ngo-project-manager": (
        ("NVO projektų vadovas", "NGO project manager", "Prosjektleder i frivillig organisasjon"),
        (
            "Planuoja ir įgyvendina nevyriausybinės organizacijos projektus kartu su "
            "savivaldybe ir kitais partneriais.",
            "Plans and delivers an NGO's projects together with the municipality and other "
            "partners.",
            "Planlegger og gjennomfører prosjektene til en frivillig organisasjon sammen med "
            "kommunen og andre partnere.",
        ),
        {"A1": 3, "A2": 4, "A3": 3, "B1": 2, "B2": 3, "B3": 2, "C1": 3, "C2": 4,
         "C3": 3, "D1": 4, "D2": 3, "D3": 4, "E1": 3, "E2": 2, "E3": 3},
    ),
    "state-policy-officer": (
        (
            "Valstybės institucijos politikos specialistas",
            "State institution policy officer",
            "Rådgiver for politikkutvikling i statlig virksomhet",
        ),
        (
            "Rengia ir vertina gerovės valstybės ir regioninės politikos priemones "
            "nacionaliniu lygiu.",
            "Prepares and evaluates welfare-state and regional policy measures at national "
            "level.",
            "Utarbeider og evaluerer tiltak i velferdsstats- og regionalpolitikken på nasjonalt "
            "nivå.",
        ),
        {"A1": 3, "A2": 3, "A3": 2, "B1": 3, "B2": 3, "B3": 4, "C1": 3, "C2": 2,
         "C3": 4, "D1": 3, "D2": 4, "D3": 2, "E1": 3, "E2": 3, "E3": 2},
    ),
}  # fmt: skip


def _texts(field: str, values: tuple[str, str, str]) -> dict[str, str]:
    return {f"{field}_{code}": value for code, value in zip(LANGUAGE_CODES, values, strict=True)}


def _load_framework() -> Framework | None:
    """Version 1 of the model, unless coordinators have made newer versions of it."""
    if Framework.objects.filter(slug=SLUG, version__gt=1).exists():
        return None
    framework = content_load(
        Framework,
        lookup={"slug": SLUG, "version": 1},
        defaults={**_texts("title", TITLE), **_texts("description", DESCRIPTION)},
    )
    if framework is None:
        return None
    for number, (names, descriptions) in LEVELS.items():
        content_load(
            ProficiencyLevel,
            lookup={"framework": framework, "number": number},
            defaults={**_texts("name", names), **_texts("description", descriptions)},
        )
    for area_order, area_data in enumerate([*AREAS_AB, *AREA_C, *AREAS_DE], start=1):
        area = content_load(
            Area,
            lookup={"framework": framework, "code": area_data["code"]},
            defaults={
                "order": area_order,
                **_texts("name", area_data["name"]),
                **_texts("description", area_data["description"]),
            },
        )
        if area is not None:
            _load_competencies(framework, area, area_data["competencies"])
    return framework


def _load_competencies(framework: Framework, area: Area, competencies: Any) -> None:
    for order, data in enumerate(competencies, start=1):
        competency = content_load(
            Competency,
            lookup={"framework": framework, "code": data["code"]},
            defaults={
                "area": area,
                "order": order,
                **_texts("name", data["name"]),
                **_texts("description", data["description"]),
            },
        )
        if competency is None:
            continue
        for level, texts in enumerate(data["levels"], start=1):
            content_load(
                LevelDescriptor,
                lookup={"competency": competency, "level": level},
                defaults=_texts("text", texts),
            )


def _load_profiles(framework: Framework) -> None:
    competencies = {c.code: c for c in framework.competencies.all()}
    for order, (slug, (names, descriptions, levels)) in enumerate(TARGET_PROFILES.items()):
        profile = content_load(
            TargetProfile,
            lookup={"slug": slug},
            defaults={
                "order": order,
                **_texts("name", names),
                **_texts("description", descriptions),
            },
        )
        if profile is None:
            continue
        for code, level in levels.items():
            if code in competencies:
                content_load(
                    TargetLevel,
                    lookup={"profile": profile, "competency": competencies[code]},
                    defaults={"level": level},
                )


@transaction.atomic
def load_project() -> None:
    framework = _load_framework()
    published = Framework.objects.filter(slug=SLUG, status=FrameworkStatus.PUBLISHED).first()
    if published is None and framework is not None and framework.status == FrameworkStatus.DRAFT:
        # The model is the project's own output (1.1.1): it is published as loaded.
        published = framework_publish(framework=framework, actor=None)
    newest = Framework.objects.filter(slug=SLUG).order_by("-version").first()
    if target := published or newest:
        _load_profiles(target)
