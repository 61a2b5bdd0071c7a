"""Every target of the description as an indicator. Codes, sources and
parameters are a contract with the apps that count them: change them only
together with those apps' counting.py."""

from ..models import Counting, Unit

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
    "person-days-LT_NO": (
        "Vizitų Norvegijoje asmens dienos",
        "Person-days of visits to Norway",
        "Persondager på besøk i Norge",
    ),
    "person-days-NO_LT": (
        "Vizitų Lietuvoje asmens dienos",
        "Person-days of visits to Lithuania",
        "Persondager på besøk i Litauen",
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


#: Per counting source: whether a period counts everything up to its end or only
#: what happened within it, and one sentence saying how it is counted (lt, en, nb).
RULES: dict[str, tuple[str, tuple[str, str, str]]] = {
    "competencies.framework_published": (
        Counting.CUMULATIVE,
        (
            "Skaičiuojamas iki laikotarpio pabaigos paskelbtas kompetencijų modelis.",
            "The competency model counts once it is published, up to the period's end.",
            "Kompetansemodellen telles når den er publisert, fram til periodens slutt.",
        ),
    ),
    "learning.vle_in_use": (
        Counting.CUMULATIVE,
        (
            "Aplinka skaičiuojama, kai joje paskelbta programa ir iki laikotarpio pabaigos "
            "besimokantysis baigė bent vieną pamoką.",
            "The environment counts once a programme is published in it and a learner has "
            "completed a lesson, up to the period's end.",
            "Læringsmiljøet telles når et program er publisert i det og en deltaker har "
            "fullført en leksjon, fram til periodens slutt.",
        ),
    ),
    "learning.programmes_published": (
        Counting.CUMULATIVE,
        (
            "Skaičiuojamos veiklos programos, paskelbtos iki laikotarpio pabaigos.",
            "Programmes of the activity published up to the period's end are counted.",
            "Aktivitetens programmer publisert fram til periodens slutt telles.",
        ),
    ),
    "learning.material_sets_published": (
        Counting.CUMULATIVE,
        (
            "Skaičiuojami veiklos metodinių priemonių rinkiniai, paskelbti iki laikotarpio "
            "pabaigos.",
            "Sets of materials of the activity published up to the period's end are counted.",
            "Aktivitetens sett med materiell publisert fram til periodens slutt telles.",
        ),
    ),
    "events.events_held": (
        Counting.WITHIN,
        (
            "Skaičiuojami renginiai, pažymėti kaip įvykę ir prasidėję per laikotarpį; "
            "atšaukti nesiskaičiuoja.",
            "Events marked held that started within the period are counted; cancelled ones "
            "are not.",
            "Arrangementer merket som gjennomført som startet i perioden telles; avlyste "
            "telles ikke.",
        ),
    ),
    "events.participants": (
        Counting.WITHIN,
        (
            "Skirtingi žmonės, dalyvavę bent vieną dieną per laikotarpį įvykusiame renginyje, "
            "kiekvienas skaičiuojamas vieną kartą.",
            "Different people present on at least one day within the period at an event "
            "marked held, each counted once.",
            "Ulike personer til stede minst én dag i perioden på et gjennomført arrangement, "
            "hver telt én gang.",
        ),
    ),
    "events.visits": (
        Counting.WITHIN,
        (
            "Skaičiuojami įvykę vizitai, prasidėję per laikotarpį.",
            "Visits marked held that started within the period are counted.",
            "Besøk merket som gjennomført som startet i perioden telles.",
        ),
    ),
    "events.visit_persons": (
        Counting.WITHIN,
        (
            "Per laikotarpį prasidėjusių įvykusių vizitų delegacijų nariai, sudėti.",
            "Members of the delegations of visits held that started within the period, added up.",
            "Medlemmer av delegasjonene på gjennomførte besøk som startet i perioden, lagt sammen.",
        ),
    ),
    "events.visit_days": (
        Counting.WITHIN,
        (
            "Per laikotarpį prasidėjusių įvykusių vizitų dienos (nuo pirmos iki paskutinės), "
            "sudėtos.",
            "Days (first to last) of the visits held that started within the period, added up.",
            "Dager (første til siste) av gjennomførte besøk som startet i perioden, lagt sammen.",
        ),
    ),
    "events.visit_person_days": (
        Counting.WITHIN,
        (
            "Kiekvieno per laikotarpį prasidėjusio įvykusio vizito delegacijos narių skaičius, "
            "padaugintas iš jo dienų, sudėtas.",
            "For each visit held that started within the period, its delegation members times "
            "its days, added up.",
            "For hvert gjennomførte besøk som startet i perioden, delegasjonens medlemmer "
            "ganger dagene, lagt sammen.",
        ),
    ),
    "integrity.guide_published": (
        Counting.CUMULATIVE,
        (
            "Vadovas skaičiuojamas, kai jo versija paskelbta iki laikotarpio pabaigos.",
            "The guide counts once a version of it is published, up to the period's end.",
            "Veilederen telles når en versjon av den er publisert, fram til periodens slutt.",
        ),
    ),
    "network.network_live": (
        Counting.CUMULATIVE,
        (
            "Tinklas skaičiuojamas (1), kai iki laikotarpio pabaigos bent viename viešame "
            "klasteryje yra ne mažiau kaip 3 organizacijos iš ne mažiau kaip 2 šalių; "
            "demonstracinės organizacijos nesiskaičiuoja.",
            "The network counts (1) once, by the period's end, at least one public cluster has "
            "at least three organisations from at least two countries; demo organisations do "
            "not count.",
            "Nettverket telles (1) når minst én offentlig klynge innen periodens slutt har minst "
            "tre organisasjoner fra minst to land; demo-organisasjoner telles ikke.",
        ),
    ),
    "accounts.unique_logins": (
        Counting.WITHIN,
        (
            "Skirtingi nariai, prisijungę per laikotarpį; demonstracinės, sugeneruotos ir "
            "tik darbuotojų paskyros nesiskaičiuoja.",
            "Different members who signed in within the period; demo, generated and "
            "staff-only accounts do not count.",
            "Ulike medlemmer som logget inn i perioden; demo-, genererte og rene "
            "ansattkontoer telles ikke.",
        ),
    ),
}


def _indicator(code, name, unit, target, source, params=None, *, manual_allowed=False) -> dict:
    counting, rule = RULES[source]
    return {
        "code": code,
        "name": NAMES[name],
        "unit": unit,
        "target": target,
        "source": source,
        "source_params": params or {},
        "manual_allowed": manual_allowed,
        "counting": counting,
        "counting_rule": rule,
    }


def _visits(activity: str, direction: str, visits: int, persons: int, days: int) -> list[dict]:
    """Visits, persons and days are totals over all visits of that direction
    (e.g. 2 visits of 12 persons for 4 days give 24 persons and 8 days); the
    person-days target is what the description plans, persons times days per visit
    (2 visits of 12 persons for 4 days: 2 * 12 * 4 = 96)."""
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
        _indicator(
            f"{activity}-visit-person-days-{slug}",
            f"person-days-{direction}",
            Unit.PERSON_DAYS,
            persons * days // visits,
            "events.visit_person_days",
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
