"""Demo clusters: two public and one private, with organisations from Lithuania
and Norway and threads in Lithuanian, English and Norwegian. Idempotent: a
cluster found by its slug is left as it is."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from tiltas.accounts.models import User
from tiltas.events.models import Event

from . import demo_follows, demo_people
from .models import (
    Cluster,
    ClusterMembership,
    ClusterOrganisation,
    ClusterRole,
    ClusterTheme,
    ClusterVisibility,
    JoinPolicy,
    Post,
    Subscription,
    SubscriptionLevel,
    Thread,
)
from .services.search import search_index_rebuild

MEMBER, TRAINER, COORDINATOR = (
    "member@demo.tiltas.lt",
    "trainer@demo.tiltas.lt",
    "coordinator@demo.tiltas.lt",
)
M1, M2, M3 = "member01@demo.tiltas.lt", "member02@demo.tiltas.lt", "member03@demo.tiltas.lt"

CLUSTERS = [
    {
        "slug": "demo-open-procurement",
        "name": "Skaidrūs viešieji pirkimai / Åpne anskaffelser",
        "description": (
            "Savivaldybės iš Lietuvos ir Norvegijos dalijasi, kaip skelbti pirkimų duomenis "
            "ir mažinti korupcijos riziką.\n\nKommuner fra Litauen og Norge deler hvordan de "
            "publiserer anskaffelsesdata og reduserer korrupsjonsrisikoen."
        ),
        "goal": "Atviri pirkimų duomenys kiekvienoje partnerių savivaldybėje iki pabaigos.",
        "country": "",
        "visibility": ClusterVisibility.PUBLIC,
        "join_policy": JoinPolicy.OPEN,
        "themes": [2, 5],
        "members": [(COORDINATOR, ClusterRole.OWNER), (TRAINER, ClusterRole.MODERATOR),
                    (MEMBER, ClusterRole.MEMBER), (M1, ClusterRole.MEMBER)],
        "events": ["demo-integrity-bergen"],
        "threads": [
            ("Kaip skelbiate sutarčių duomenis?", [
                (MEMBER, "Sveiki! Pamarių savivaldybėje sutartis skelbiame PDF formatu. "
                         "Ar kas nors jau skelbia atvirais duomenimis (CSV)?"),
                (TRAINER, "Hei! I Fjordvik publiserer vi alle kontrakter over 100 000 kroner "
                          "som åpne data hver måned. @rasa-demonaite, vi kan dele malen vår."),
                (M1, "Ačiū! Mums labai praverstų šablonas ir patirtis, kiek laiko tai užtruko."),
            ]),
            ("Sjekkliste for habilitetserklæringer", [
                (COORDINATOR, "Štai kontrolinio sąrašo juodraštis, kurį galėtume išbandyti:\n\n"
                              "1. Deklaracija prieš atveriant pasiūlymus\n"
                              "2. Deklaraciją patikrina antras asmuo\n"
                              "3. Skelbiama kartu su sutartimi"),
                (TRAINER, "Ser bra ut. Vi ville lagt til: erklæringen fornyes hvert år."),
            ]),
        ],
    },
    {
        "slug": "demo-youth-services",
        "name": "Jaunimo paslaugos regionuose / Ungdomstjenester",
        "description": (
            "Klasteris apie jaunimo paslaugų koordinavimą tarp savivaldybių ir NVO.\n\n"
            "En klynge om samordning av ungdomstjenester mellom kommuner og frivillige."
        ),
        "goal": "Felles modell for ungdomsråd i to kommuner.",
        "country": "",
        "visibility": ClusterVisibility.PUBLIC,
        "join_policy": JoinPolicy.REQUEST,
        "themes": [1],
        "members": [(TRAINER, ClusterRole.OWNER), (M2, ClusterRole.MEMBER),
                    (M3, ClusterRole.MEMBER)],
        "events": ["demo-clusters-klaipeda"],
        "threads": [
            ("Ungdomsråd: erfaringer fra Fjordvik", [
                (TRAINER, "Ungdomsrådet vårt møtes hver måned og har egen budsjettpost. "
                          "Hvordan er det organisert hos dere?"),
                (M2, "Mūsų jaunimo taryba renkasi kas ketvirtį; norėtume dažniau. "
                     "Kaip jūs motyvuojate jaunuolius dalyvauti?"),
                (TRAINER, "Vi betaler en liten godtgjørelse og holder møtene etter skoletid."),
            ]),
        ],
    },
    {
        "slug": "demo-integrity-officers",
        "name": "Skaidrumo pareigūnų ratas (uždaras)",
        "description": (
            "Uždaras skaidrumo pareigūnų ratas jautriems atvejams aptarti, kol jie "
            "nuasmeninami ir paskelbiami."
        ),
        "goal": "Nuasmeninti atvejai gerosios praktikos bibliotekai.",
        "country": "LT",
        "visibility": ClusterVisibility.PRIVATE,
        "join_policy": JoinPolicy.REQUEST,
        "themes": [5],
        "members": [("integrity@demo.tiltas.lt", ClusterRole.OWNER),
                    (COORDINATOR, ClusterRole.MEMBER), (TRAINER, ClusterRole.MEMBER)],
        "events": [],
        "threads": [
            ("Dovanų registras: ką darome su smulkiomis dovanomis?", [
                ("integrity@demo.tiltas.lt", "Kaip tvarkote smulkias dovanas (iki 30 eurų)? "
                 "Registruojate visas ar tik virš ribos?"),
                (TRAINER, "Vi registrerer alle gaver, uansett verdi. Det er enklere å forklare."),
            ]),
        ],
    },
]  # fmt: skip


def _cluster(spec: dict, people: dict[str, User]) -> bool:
    if Cluster.objects.filter(slug=spec["slug"]).exists():
        return False
    owner = people.get(spec["members"][0][0])
    fields = {k: spec[k] for k in ("slug", "name", "description", "goal", "country")}
    cluster = Cluster.objects.create(
        **fields,
        visibility=spec["visibility"],
        join_policy=spec["join_policy"],
        created_by=owner,
    )
    ClusterTheme.objects.bulk_create(ClusterTheme(cluster=cluster, theme=n) for n in spec["themes"])
    for email, role in spec["members"]:
        if person := people.get(email):
            ClusterMembership.objects.create(cluster=cluster, person=person, role=role)
            if person.organisation_id:
                ClusterOrganisation.objects.get_or_create(
                    cluster=cluster, organisation_id=person.organisation_id
                )
    cluster.events.add(*Event.objects.filter(slug__in=spec["events"]))
    start = timezone.now() - timedelta(days=20)
    for n, (title, posts) in enumerate(spec["threads"]):
        at = start + timedelta(days=3 * n)
        thread = Thread.objects.create(
            cluster=cluster, title=title, author=people.get(posts[0][0]), created_at=at
        )
        for m, (email, body) in enumerate(posts):
            author = people.get(email)
            at = start + timedelta(days=3 * n, hours=5 * m)
            Post.objects.create(thread=thread, author=author, body=body, created_at=at)
            if author:
                Subscription.objects.get_or_create(
                    thread=thread, person=author, defaults={"level": SubscriptionLevel.WATCHING}
                )
        Thread.objects.filter(pk=thread.pk).update(last_posted_at=at, post_count=len(posts))
    return True


def load_demo() -> list[str]:
    emails = {email for spec in CLUSTERS for email, _role in spec["members"]}
    emails |= {email for spec in CLUSTERS for _t, posts in spec["threads"] for email, _b in posts}
    people = {person.email: person for person in User.objects.filter(email__in=emails)}
    with transaction.atomic():
        made = sum(_cluster(spec, people) for spec in CLUSTERS)
    lines = [f"Network: {made} demo clusters added ({len(CLUSTERS)} in the demo)."]
    lines += demo_people.load_demo() + demo_follows.load_demo()
    # The demo writes its rows directly: the search finds them once indexed.
    indexed = search_index_rebuild()
    return [*lines, "Network search: " + ", ".join(f"{n} {part}" for part, n in indexed.items())]
