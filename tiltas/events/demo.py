"""Demo trainings and study visits: some held (with attendance and feedback),
some open, one nearly full; the twelve study visits of the description.
Idempotent: objects are found again by their slugs and e-mail addresses."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from tiltas.accounts.models import Organisation, Sex, User
from tiltas.core.roles import Role

from .models import (
    Attendance,
    DelegationMember,
    Event,
    EventQuestion,
    EventStatus,
    QuestionKind,
    Registration,
    RegistrationStatus,
    StudyVisit,
    SurveyQuestion,
    SurveyResponse,
    VisitStatus,
)

VILNIUS, OSLO = "Europe/Vilnius", "Europe/Oslo"

# slug, activity, country, city, zone, days from today, length in days, capacity,
# status, approval, (lt, en, nb) title
EVENTS = [
    ("demo-clusters-vilnius", "1.1.3", "LT", "Vilnius", VILNIUS, -70, 2, 25, "held", False,
     ("Socialinės klasterystės pagrindai", "Foundations of social clustering",
      "Grunnlaget for sosial klyngeutvikling")),
    ("demo-clusters-oslo", "1.1.3", "NO", "Oslo", OSLO, -50, 2, 25, "held", False,
     ("Norvegijos klasterių patirtis", "Norwegian cluster experience",
      "Norske erfaringer med klynger")),
    ("demo-capacities-kaunas", "1.2.2", "LT", "Kaunas", VILNIUS, -35, 1, 30, "held", False,
     ("Administraciniai gebėjimai regionuose", "Administrative capacities in the regions",
      "Administrativ kapasitet i regionene")),
    ("demo-integrity-bergen", "1.3.2", "NO", "Bergen", OSLO, -20, 1, 30, "held", False,
     ("Antikorupcinės priemonės savivaldybėse", "Anti-corruption measures in municipalities",
      "Antikorrupsjonstiltak i kommunene")),
    ("demo-clusters-klaipeda", "1.1.3", "LT", "Klaipėda", VILNIUS, 21, 2, 30, "published", False,
     ("Klasterių kūrimas pajūrio regione", "Building clusters on the coast",
      "Klyngebygging i kystregionen")),
    ("demo-capacities-trondheim", "1.2.2", "NO", "Trondheim", OSLO, 28, 1, 12, "published", False,
     ("Gerovės valstybės politikos įgyvendinimas", "Implementing welfare-state policy",
      "Gjennomføring av velferdsstatspolitikk")),
    ("demo-integrity-vilnius", "1.3.2", "LT", "Vilnius", VILNIUS, 35, 1, 40, "published", True,
     ("Skaidrumas vietos valdžioje", "Transparency in local government",
      "Åpenhet i lokalforvaltningen")),
    ("demo-clusters-bergen", "1.1.3", "NO", "Bergen", OSLO, 60, 2, 20, "draft", False,
     ("Klasterių vertinimas", "Evaluating clusters", "Evaluering av klynger")),
]  # fmt: skip

DESCRIPTION = (
    "Praktiniai užsiėmimai, Norvegijos ir Lietuvos pavyzdžiai, darbas grupėse.",
    "Practical sessions, Norwegian and Lithuanian cases, group work.",
    "Praktiske økter, norske og litauiske eksempler, gruppearbeid.",
)

# activity, direction, number of visits, persons per visit, days (the description's targets)
VISITS = [
    ("1.1.1", "LT_NO", 2, 12, 4),
    ("1.1.2", "NO_LT", 2, 4, 4),
    ("1.1.3", "LT_NO", 2, 2, 5),
    ("1.1.3", "NO_LT", 2, 2, 5),
    ("1.2.2", "LT_NO", 1, 2, 5),
    ("1.2.2", "NO_LT", 1, 2, 5),
    ("1.3.2", "LT_NO", 1, 2, 5),
    ("1.3.2", "NO_LT", 1, 2, 5),
]
VISIT_TITLES = {
    "LT_NO": ("Lietuvos delegacijos vizitas Norvegijoje", "Lithuanian delegation visits Norway",
              "Litauisk delegasjon besøker Norge"),
    "NO_LT": ("Norvegijos ekspertų vizitas Lietuvoje", "Norwegian experts visit Lithuania",
              "Norske eksperter besøker Litauen"),
}  # fmt: skip

AGENDA = {
    "lt": "1. Susipažinimas ir šeimininkų pristatymas\n2. Apsilankymai klasterio narių "
    "organizacijose\n3. Praktinės dirbtuvės: ką perimsime\n4. Išvados ir tolesni žingsniai",
    "en": "1. Welcome and introductions by the hosts\n2. Visits to the cluster's member "
    "organisations\n3. Workshop: what we will take home\n4. Conclusions and next steps",
    "nb": "1. Velkommen og presentasjon av vertene\n2. Besøk hos klyngens "
    "medlemsorganisasjoner\n3. Verksted: hva vi tar med oss hjem\n4. Oppsummering og "
    "neste steg",
}
REPORT = {
    "lt": "Delegacija susitiko su šeimininkais, aplankė tris klasterio nares ir sutarė dėl "
    "bendro veiksmų plano: kartu parengti savanorystės programą jaunimui ir keistis "
    "duomenimis apie paslaugų gavėjus pagal aiškias taisykles.",
    "en": "The delegation met the hosts, visited three members of the cluster and agreed on "
    "a joint plan: to prepare a volunteering programme for young people together and to "
    "share data on service users under clear rules.",
    "nb": "Delegasjonen møtte vertene, besøkte tre av klyngens medlemmer og ble enige om en "
    "felles plan: å utarbeide et frivillighetsprogram for unge sammen og å dele data om "
    "tjenestebrukere etter klare regler.",
}

FIRST_NAMES = ["Rūta", "Mindaugas", "Laura", "Tomas", "Eglė", "Darius", "Aistė", "Paulius",
               "Ieva", "Marius", "Kari", "Ola"]  # fmt: skip
LAST_NAMES = ["Petraitytė", "Kazlauskas", "Jankauskaitė", "Stankevičius", "Vasiliauskienė",
              "Žukauskas", "Butkutė", "Paulauskas", "Urbonaitė", "Navickas", "Nordmann",
              "Hansen"]  # fmt: skip


def _participants() -> list[User]:
    """The accounts demo's members plus twenty demo participants of our own."""
    organisations = list(Organisation.objects.filter(is_demo=True).order_by("slug"))
    people = list(
        User.objects.filter(email__endswith="@demo.tiltas.lt", role=Role.MEMBER)
        .exclude(email__startswith="participant")
        .order_by("email")
    )
    for n in range(1, 21):
        first, last = FIRST_NAMES[n % 12], LAST_NAMES[(n * 5) % 12]
        organisation = organisations[n % len(organisations)] if organisations else None
        person, created = User.objects.get_or_create(
            email=f"participant{n:02d}@demo.tiltas.lt",
            defaults={
                "is_demo": True,
                "full_name": f"{first} {last}",
                "organisation": organisation,
                "country": organisation.country if organisation else "LT",
                "sex": [Sex.FEMALE, Sex.MALE][n % 2],
                "preferred_language": "nb"
                if organisation and organisation.country == "NO"
                else "lt",
            },
        )
        if created:
            person.set_unusable_password()
            person.save(update_fields=["password"])
        people.append(person)
    return people


def _event(row: tuple, trainers: list[User]) -> Event:
    slug, activity, country, city, zone, offset, length, capacity, status, approval, titles = row
    day = timezone.localdate() + timedelta(days=offset)
    starts = datetime.combine(day, time(10, 0), tzinfo=ZoneInfo(zone))
    ends = datetime.combine(day + timedelta(days=length - 1), time(16, 30), tzinfo=ZoneInfo(zone))
    event, _created = Event.objects.update_or_create(
        slug=slug,
        defaults={
            "activity": activity,
            "country": country,
            "city": city,
            "timezone": zone,
            "venue": f"{city} · Tiltas demo",
            "starts_at": starts,
            "ends_at": ends,
            "capacity": capacity,
            "status": status,
            "approval_required": approval,
            "language": "lt" if country == "LT" else "en",
            "registration_closes_at": starts - timedelta(days=2),
            "cancellation_deadline": starts - timedelta(days=3),
            "held_at": ends if status == EventStatus.HELD else None,
            "title_lt": titles[0],
            "title_en": titles[1],
            "title_nb": titles[2],
            "description_lt": DESCRIPTION[0],
            "description_en": DESCRIPTION[1],
            "description_nb": DESCRIPTION[2],
        },
    )
    event.trainers.set(trainers)
    return event


def _questions(event: Event) -> None:
    EventQuestion.objects.update_or_create(
        event=event,
        position=1,
        defaults={
            "kind": QuestionKind.TEXT,
            "required": False,
            "text_lt": "Mitybos poreikiai",
            "text_en": "Dietary needs",
            "text_nb": "Kostbehov",
        },
    )
    EventQuestion.objects.update_or_create(
        event=event,
        position=2,
        defaults={
            "kind": QuestionKind.YES_NO,
            "required": True,
            "text_lt": "Ar sutinkate būti fotografuojami?",
            "text_en": "Do you agree to be photographed?",
            "text_nb": "Samtykker du til å bli fotografert?",
        },
    )


def _survey(event: Event) -> list[SurveyQuestion]:
    rating, _ = SurveyQuestion.objects.update_or_create(
        event=event,
        position=1,
        defaults={
            "kind": "rating",
            "text_lt": "Kaip vertinate mokymus?",
            "text_en": "How do you rate the training?",
            "text_nb": "Hvordan vurderer du kurset?",
        },
    )
    comment, _ = SurveyQuestion.objects.update_or_create(
        event=event,
        position=2,
        defaults={
            "kind": "text",
            "text_lt": "Ką pritaikysite savo darbe?",
            "text_en": "What will you use in your work?",
            "text_nb": "Hva vil du bruke i arbeidet ditt?",
        },
    )
    return [rating, comment]


def _register(event: Event, person: User, status: str, position: int | None = None) -> Registration:
    registration, _ = Registration.objects.update_or_create(
        event=event, person=person, defaults={"status": status, "position": position}
    )
    return registration


def _held(event: Event, people: list[User], seed: int) -> None:
    rating, comment = _survey(event)
    comments = ["Labai naudinga.", "Useful cases from Norway.", "Mer tid til gruppearbeid."]
    for n, person in enumerate(people):
        registration = _register(event, person, RegistrationStatus.CONFIRMED)
        if (n + seed) % 6 == 0:
            continue  # registered but did not come
        for index, day in enumerate(event.days):
            if index == 0 or (n + seed) % 4:
                Attendance.objects.get_or_create(registration=registration, day=day)
        if n % 2 == 0:
            SurveyResponse.objects.get_or_create(
                registration=registration,
                defaults={
                    "event": event,
                    "answers": {
                        str(rating.pk): 3 + (n + seed) % 3,
                        str(comment.pk): comments[n % 3],
                    },
                },
            )


def _visits(people: list[User]) -> int:
    hosts = {
        "LT_NO": list(Organisation.objects.filter(is_demo=True, country="NO")),
        "NO_LT": list(Organisation.objects.filter(is_demo=True, country="LT")),
    }
    today = timezone.localdate()
    count = 0
    for activity, direction, visits, persons, days in VISITS:
        for number in range(1, visits + 1):
            held = number == 1 and activity in {"1.1.1", "1.1.2", "1.1.3"}
            start = today + timedelta(days=(-120 if held else 90) + count * 9)
            lt, en, nb = VISIT_TITLES[direction]
            visit, _ = StudyVisit.objects.update_or_create(
                slug=f"demo-visit-{activity.replace('.', '-')}-{direction.lower()}-{number}",
                defaults={
                    "activity": activity,
                    "direction": direction,
                    "title_lt": f"{lt} ({activity}, {number})",
                    "title_en": f"{en} ({activity}, {number})",
                    "title_nb": f"{nb} ({activity}, {number})",
                    "purpose_lt": "Perimti gerąją patirtį ir aptarti bendrus sprendimus.",
                    "purpose_en": "Learn from good practice and agree on shared solutions.",
                    "purpose_nb": "Lære av god praksis og bli enige om felles løsninger.",
                    **{f"agenda_{code}": text for code, text in AGENDA.items()},
                    **{f"report_{code}": text if held else "" for code, text in REPORT.items()},
                    "start_date": start,
                    "end_date": start + timedelta(days=days - 1),
                    "status": VisitStatus.HELD if held else VisitStatus.PLANNED,
                },
            )
            visit.host_organisations.set(hosts[direction][:2])
            if held and not visit.delegation.exists():
                for index in range(persons):
                    if index < 2 and index < len(people):
                        DelegationMember.objects.create(visit=visit, person=people[index], role="")
                    else:
                        DelegationMember.objects.create(
                            visit=visit,
                            name=f"{FIRST_NAMES[index % 12]} {LAST_NAMES[(index + 3) % 12]}",
                            organisation_name="Pamarių rajono savivaldybė (demo)",
                        )
            count += 1
    return count


def load_demo() -> list[str]:
    people = _participants()
    trainers = list(User.objects.filter(email__in=["trainer@demo.tiltas.lt"]))
    events = {row[0]: _event(row, trainers) for row in EVENTS}
    for seed, slug in enumerate(
        [
            "demo-clusters-vilnius",
            "demo-clusters-oslo",
            "demo-capacities-kaunas",
            "demo-integrity-bergen",
        ]
    ):
        _held(events[slug], people[seed : seed + 18], seed)
    _questions(events["demo-integrity-vilnius"])
    _questions(events["demo-clusters-klaipeda"])
    for person in people[:6]:
        _register(events["demo-clusters-klaipeda"], person, RegistrationStatus.CONFIRMED)
    # Nearly full: 11 of 12 places taken.
    for person in people[6:17]:
        _register(events["demo-capacities-trondheim"], person, RegistrationStatus.CONFIRMED)
    for person in people[17:20]:
        _register(events["demo-integrity-vilnius"], person, RegistrationStatus.PENDING)
    visits = _visits(people)
    return [f"Events: {len(events)} demo events, {visits} study visits; "
            "'Implementing welfare-state policy' (Trondheim) has one place left."]  # fmt: skip
