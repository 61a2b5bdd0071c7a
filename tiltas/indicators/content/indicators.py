"""Every target of the description as an indicator. Codes, sources and
parameters are a contract with the apps that count them: change them only
together with those apps' counting.py."""

from ..models import Unit

NAMES = {
    "model": ("Kompetencijų modelis", "Competency model", "Kompetansemodell"),
    "vle": ("Virtuali mokymosi aplinka", "Virtual learning environment", "Virtuelt læringsmiljø"),
    "programmes": ("Mokymo programos", "Training programmes", "Opplæringsprogrammer"),
    "sets": (
        "Metodinių priemonių rinkiniai",
        "Sets of methodological materials",
        "Sett med metodisk materiell",
    ),
    "tool_sets": (
        "Metodinių priemonių rinkiniai",
        "Sets of methodological tools",
        "Sett med metodisk materiell",
    ),
    "trainings-LT": ("Mokymai Lietuvoje", "Trainings in Lithuania", "Kurs i Litauen"),
    "trainings-NO": ("Mokymai Norvegijoje", "Trainings in Norway", "Kurs i Norge"),
    "events-LT": ("Mokymo renginiai Lietuvoje", "Training events in Lithuania", "Kurs i Litauen"),
    "events-NO": ("Mokymo renginiai Norvegijoje", "Training events in Norway", "Kurs i Norge"),
    "participants": ("Dalyviai", "Participants", "Deltakere"),
    "visits-LT_NO": (
        "Lietuvos atstovų vizitai Norvegijoje",
        "Visits of Lithuanian representatives to Norway",
        "Besøk av litauiske representanter i Norge",
    ),
    "persons-LT_NO": (
        "Asmenys vizituose Norvegijoje",
        "Persons on visits to Norway",
        "Personer på besøk i Norge",
    ),
    "days-LT_NO": (
        "Vizitų Norvegijoje dienos",
        "Days of visits to Norway",
        "Besøksdager i Norge",
    ),
    "visits-NO_LT": (
        "Norvegijos ekspertų vizitai Lietuvoje",
        "Visits of Norwegian experts to Lithuania",
        "Besøk av norske eksperter i Litauen",
    ),
    "persons-NO_LT": (
        "Asmenys vizituose Lietuvoje",
        "Persons on visits to Lithuania",
        "Personer på besøk i Litauen",
    ),
    "days-NO_LT": (
        "Vizitų Lietuvoje dienos",
        "Days of visits to Lithuania",
        "Besøksdager i Litauen",
    ),
    "guide": (
        "Skaidrumo politikos vadovas",
        "Transparency policy guide",
        "Veileder for åpenhetspolitikk",
    ),
    "network": (
        "Socialinės klasterystės tinklas",
        "Social-clustering network",
        "Nettverk for sosial klyngeutvikling",
    ),
    "logins": ("Unikalūs prisijungimai", "Unique logins", "Unike innlogginger"),
}


def _indicator(code, name, unit, target, source, params=None, *, manual_allowed=False) -> dict:
    return {
        "code": code,
        "name": NAMES[name],
        "unit": unit,
        "target": target,
        "source": source,
        "source_params": params or {},
        "manual_allowed": manual_allowed,
    }


def _visits(activity: str, direction: str, visits: int, persons: int, days: int) -> list[dict]:
    """Visits, persons and days are totals over all visits of that direction
    (e.g. 2 visits of 12 persons for 4 days give 24 persons and 8 days)."""
    slug = direction.lower().replace("_", "-")
    params = {"activity": activity, "direction": direction}
    return [
        _indicator(
            f"{activity}-visits-{slug}",
            f"visits-{direction}",
            Unit.VISITS,
            visits,
            "events.visits",
            params,
        ),
        _indicator(
            f"{activity}-visit-persons-{slug}",
            f"persons-{direction}",
            Unit.PERSONS,
            persons,
            "events.visit_persons",
            params,
        ),
        _indicator(
            f"{activity}-visit-days-{slug}",
            f"days-{direction}",
            Unit.DAYS,
            days,
            "events.visit_days",
            params,
        ),
    ]


def _trainings(activity: str, per_country: int, name: str, unit: str) -> list[dict]:
    return [
        _indicator(
            f"{activity}-{unit}-{country.lower()}",
            f"{name}-{country}",
            unit,
            per_country,
            "events.events_held",
            {"activity": activity, "country": country},
        )
        for country in ("LT", "NO")
    ]


def _participants(activity: str, target: int) -> dict:
    return _indicator(
        f"{activity}-participants",
        "participants",
        Unit.PARTICIPANTS,
        target,
        "events.participants",
        {"activity": activity},
    )


INDICATORS: dict[str, list[dict]] = {
    "1.1.1": [
        _indicator(
            "1.1.1-competency-model", "model", Unit.MODELS, 1, "competencies.framework_published"
        ),
        *_visits("1.1.1", "LT_NO", 2, 24, 8),
    ],
    "1.1.2": [
        _indicator(
            "1.1.2-virtual-learning-environment", "vle", Unit.ENVIRONMENTS, 1, "learning.vle_in_use"
        ),
        *_visits("1.1.2", "NO_LT", 2, 8, 8),
    ],
    "1.1.3": [
        _indicator(
            "1.1.3-programmes",
            "programmes",
            Unit.PROGRAMMES,
            6,
            "learning.programmes_published",
            {"activity": "1.1.3"},
        ),
        _indicator(
            "1.1.3-methodological-sets",
            "sets",
            Unit.SETS,
            6,
            "learning.material_sets_published",
            {"activity": "1.1.3"},
        ),
        *_trainings("1.1.3", 6, "trainings", Unit.TRAININGS),
        _participants("1.1.3", 240),
        *_visits("1.1.3", "LT_NO", 2, 4, 10),
        *_visits("1.1.3", "NO_LT", 2, 4, 10),
    ],
    "1.2.1": [
        _indicator(
            "1.2.1-programmes",
            "programmes",
            Unit.PROGRAMMES,
            3,
            "learning.programmes_published",
            {"activity": "1.2.1"},
        ),
        _indicator(
            "1.2.1-methodological-sets",
            "tool_sets",
            Unit.SETS,
            3,
            "learning.material_sets_published",
            {"activity": "1.2.1"},
        ),
    ],
    "1.2.2": [
        *_trainings("1.2.2", 3, "events", Unit.EVENTS),
        _participants("1.2.2", 240),
        *_visits("1.2.2", "LT_NO", 1, 2, 5),
        *_visits("1.2.2", "NO_LT", 1, 2, 5),
    ],
    "1.3.1": [
        # The guide may be finished and published outside the platform (a printed or
        # ministry-hosted edition), so a coordinator may record it with evidence.
        _indicator(
            "1.3.1-transparency-guide",
            "guide",
            Unit.GUIDES,
            1,
            "integrity.guide_published",
            manual_allowed=True,
        ),
    ],
    "1.3.2": [
        *_trainings("1.3.2", 3, "events", Unit.EVENTS),
        _participants("1.3.2", 240),
        *_visits("1.3.2", "LT_NO", 1, 2, 5),
        *_visits("1.3.2", "NO_LT", 1, 2, 5),
    ],
    "1.3.3": [
        _indicator("1.3.3-network", "network", Unit.NETWORKS, 1, "network.network_live"),
        _indicator("1.3.3-unique-logins", "logins", Unit.LOGINS, 260, "accounts.unique_logins"),
    ],
}
