"""Demo network profiles and good practices from Lithuania and Norway, in
Lithuanian, English and Norwegian (one for members only). Safe to run again:
profiles are rewritten, a practice found by its title is left as it is."""

from django.db import transaction
from django.utils import timezone

from tiltas.accounts.models import Country, Organisation, User
from tiltas.competencies.models import Area, FrameworkStatus

from .models import Audience, Practice, PracticeComment, PracticeStatus, PracticeUse, Visibility
from .services.people import profile_save
from .services.practices import practice_save

PUBLIC, MEMBERS, HIDDEN = Visibility.PUBLIC, Visibility.MEMBERS, Visibility.HIDDEN

PROFILES = [
    # e-mail, about me, visibility of organisation, position, bio, competencies, e-mail
    ("member@demo.tiltas.lt",
     "Dirbu Pamarių rajono savivaldybės socialinės paramos skyriuje. Domiuosi, kaip "
     "seniūnijos ir NVO kartu gali pasiekti vienišus senjorus.",
     (PUBLIC, PUBLIC, MEMBERS, MEMBERS, MEMBERS)),
    ("trainer@demo.tiltas.lt",
     "Jeg leder arbeidet med tjenestedesign i offentlig sektor og hjelper kommuner med å "
     "teste nye løsninger sammen med innbyggerne.",
     (PUBLIC, PUBLIC, PUBLIC, MEMBERS, PUBLIC)),
    ("coordinator@demo.tiltas.lt",
     "Project coordinator: ask me about the programme, the study visits and the clusters.",
     (PUBLIC, PUBLIC, PUBLIC, HIDDEN, MEMBERS)),
    ("member01@demo.tiltas.lt",
     "Vaikų ir jaunimo reikalų koordinatorė. Ieškau partnerių jaunimo užimtumo projektams.",
     (MEMBERS, MEMBERS, MEMBERS, MEMBERS, HIDDEN)),
    ("member07@demo.tiltas.lt",
     "Rådgiver for folkehelse i Fjordvik kommune. Jobber med frivillige lag og foreninger.",
     (MEMBERS, MEMBERS, MEMBERS, HIDDEN, HIDDEN)),
    ("member09@demo.tiltas.lt", "",
     (HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN)),
]  # fmt: skip

PRACTICES = [
    {
        "title": "Seniūnijų ir NVO „vieno langelio“ pagalba vienišiems senjorams",
        "author": "member@demo.tiltas.lt",
        "organisation": "pamariu-savivaldybe-demo",
        "country": Country.LT,
        "theme": 1,
        "audience": Audience.PUBLIC,
        "tags": "senjorai, seniūnijos, NVO",
        "problem": "Vieniši senjorai kaimo seniūnijose nežinojo, kur kreiptis pagalbos: "
        "socialinės paslaugos, NVO ir parapija dirbo atskirai.",
        "solution": "Kiekvienoje seniūnijoje yra vienas kontaktinis asmuo ir bendras "
        "savanorių grafikas. Savivaldybė ir trys NVO pasirašė bendradarbiavimo sutartį.\n\n"
        "- kas mėnesį bendras susitikimas;\n- vienas telefono numeris;\n"
        "- bendras lankymų žurnalas.",
        "results": "Per metus aplankyta 340 senjorų, du kartus daugiau nei anksčiau.",
        "resources": "Bendradarbiavimo sutarties šablonas, 0,5 etato koordinatorius.",
    },
    {
        "title": "Frivilligsentral som bindeledd mellom kommune og lag",
        "author": "member07@demo.tiltas.lt",
        "organisation": "fjordvik-kommune-demo",
        "country": Country.NO,
        "theme": 1,
        "audience": Audience.PUBLIC,
        "tags": "frivillighet, folkehelse",
        "problem": "Kommunen og de frivillige lagene visste lite om hverandres tilbud, og "
        "mange innbyggere falt mellom to stoler.",
        "solution": "Frivilligsentralen fikk ansvar for en felles oversikt over tilbud og "
        "et månedlig møte mellom kommunens tjenester og lagene.",
        "results": "Tjue lag deltar fast; ventelisten for besøksvenn er borte.",
        "resources": "En ansatt i 60 % stilling, et enkelt regneark, kaffe.",
    },
    {
        "title": "Open contract register published every month",
        "author": "trainer@demo.tiltas.lt",
        "organisation": "soi-demo",
        "country": Country.NO,
        "theme": 2,
        "audience": Audience.PUBLIC,
        "tags": "procurement, open data",
        "problem": "Citizens and journalists could not see which contracts the "
        "municipality signed, which fed suspicion of favouritism.",
        "solution": "Every contract above NOK 100,000 is published as open data (CSV) on "
        "the first working day of each month, with the supplier and the amount.",
        "results": "Fewer access-to-information requests; two suppliers new to the "
        "municipality won tenders in the first year.",
        "resources": "A CSV template and a one-page routine for the procurement office.",
    },
    {
        "title": "Interesų konfliktų deklaracijų patikra prieš komisijos posėdį",
        "author": "coordinator@demo.tiltas.lt",
        "organisation": "rpi-demo",
        "country": Country.LT,
        "theme": 2,
        "audience": Audience.MEMBERS,
        "tags": "viešieji pirkimai, interesų konfliktai",
        "problem": "Komisijos nariai deklaracijas pildydavo po posėdžio, kai sprendimas "
        "jau priimtas.",
        "solution": "Sekretorius prieš kiekvieną posėdį patikrina deklaracijas pagal "
        "dalyvių sąrašą; be patikros posėdis nepradedamas.",
        "results": "Per pusmetį trys nusišalinimai laiku, nė vieno skundo.",
        "resources": "Patikros lapas (vienas puslapis).",
    },
]

COMMENTS = [
    (0, "member07@demo.tiltas.lt", "Dette ligner på frivilligsentralen vår. Kan vi snakke sammen?"),
    (2, "member01@demo.tiltas.lt", "Labai naudinga! Ar galėtumėte pasidalinti CSV šablonu?"),
]
USES = [(0, "sileliu-savivaldybe-demo"), (2, "pamariu-savivaldybe-demo")]


def _profiles(people: dict[str, User]) -> int:
    framework_areas = list(
        Area.objects.filter(framework__status=FrameworkStatus.PUBLISHED).order_by("order")
    )
    count = 0
    for email, bio, (organisation, position, bio_v, competencies, mail) in PROFILES:
        person = people.get(email)
        if person is None:
            continue
        data = {
            "bio": bio,
            "organisation_visibility": organisation,
            "position_visibility": position,
            "region_visibility": organisation,
            "bio_visibility": bio_v,
            "competencies_visibility": competencies,
            "email_visibility": mail,
        }
        profile_save(person=person, data=data, areas=framework_areas[count % 3 : count % 3 + 2])
        count += 1
    return count


def _practices(people: dict[str, User]) -> list[Practice]:
    organisations = {o.slug: o for o in Organisation.objects.filter(is_demo=True)}
    made = []
    for entry in PRACTICES:
        author = people.get(entry["author"])
        found = Practice.objects.filter(title=entry["title"]).first()
        if found is None and author is not None:
            data = {key: entry[key] for key in ("title", "problem", "solution", "results")}
            data |= {key: entry[key] for key in ("resources", "country", "theme", "audience")}
            data["contact_organisation"] = organisations.get(entry["organisation"])
            data["status"] = PracticeStatus.PUBLISHED
            found = practice_save(actor=author, data=data, tags=entry["tags"])
            Practice.objects.filter(pk=found.pk).update(is_demo=True)
        made.append(found)
    return made


@transaction.atomic
def load_demo() -> list[str]:
    people = {p.email: p for p in User.objects.filter(is_demo=True)}
    profiles = _profiles(people)
    practices = _practices(people)
    for index, email, body in COMMENTS:
        practice, author = practices[index], people.get(email)
        if practice is not None and author is not None:
            PracticeComment.objects.get_or_create(
                practice=practice, author=author, body=body,
                defaults={"created_at": timezone.now()},
            )  # fmt: skip
    for index, slug in USES:
        organisation = Organisation.objects.filter(slug=slug).first()
        if practices[index] is not None and organisation is not None:
            PracticeUse.objects.get_or_create(practice=practices[index], organisation=organisation)
    return [
        f"  network: {profiles} network profiles, {len([p for p in practices if p])} good practices"
    ]
