"""Demo content of the integrity app: demo organisations' adoptions of
measures with their timelines; a municipality's risk register; a second version of the guide (a
checklist added to the procurement chapter), then the consultation on the
next draft with members' comments, one answered. Written through the same
services as in use. Idempotent."""

from datetime import timedelta

from django.utils import timezone

from tiltas.accounts.models import Organisation, User

from .models import Comment, GuideState, Measure, Section
from .selectors import guide_current
from .services import (
    adoption_create,
    adoption_update,
    comment_add,
    comment_answer,
    guide_move,
    guide_publish,
    risk_save,
    section_update,
)

CHECKLIST = {
    "lt": (
        "\n\n### Patikros sąrašas prieš skelbiant pirkimą\n\n"
        "- Ar poreikis pagrįstas ir įrašytas į metų planą?\n"
        "- Ar specifikaciją rengė ne tas pats asmuo, kuris vertins pasiūlymus?\n"
        "- Ar visi komisijos nariai pasirašė nešališkumo deklaracijas?"
    ),
    "en": (
        "\n\n### Checklist before a tender is published\n\n"
        "- Is the need justified and in the year's plan?\n"
        "- Did someone other than the evaluators write the specification?\n"
        "- Have all committee members signed declarations of impartiality?"
    ),
    "nb": (
        "\n\n### Sjekkliste før en konkurranse kunngjøres\n\n"
        "- Er behovet begrunnet og med i årsplanen?\n"
        "- Har noen andre enn evaluatorene skrevet kravspesifikasjonen?\n"
        "- Har alle medlemmene i utvalget signert habilitetserklæringer?"
    ),
}
CHANGE_LOG = {
    "change_log_lt": "Pridėtas patikros sąrašas prieš skelbiant pirkimą (3.2 skyrius).",
    "change_log_en": "Added a checklist before a tender is published (section 3.2).",
    "change_log_nb": "Lagt til en sjekkliste før en konkurranse kunngjøres (avsnitt 3.2).",
}
COMMENTS = [
    (
        "member@demo.tiltas.lt",
        "Siūlau pridėti pavyzdį, kaip savivaldybė gali skelbti paramos gavėjų sąrašą "
        "atviru formatu, kad jį būtų galima palyginti tarp metų.",
        "Ačiū, pavyzdį įtrauksime į kitą versiją kartu su šablonu.",
    ),
    (
        "member01@demo.tiltas.lt",
        "Ville det hjelpe å si hvor ofte listen over mottakere bør oppdateres?",
        "",
    ),
]


ADOPTIONS = [
    # organisation, measure, adopted days ago, steps: (days ago, status, progress, note)
    ("pamariu-savivaldybe-demo", "interest-declarations", 300, [
        (200, "in_progress", 50, "Deklaracijų forma parengta ir išsiųsta komisijų nariams."),
        (90, "implemented", 100, "Visi komisijų nariai pateikė deklaracijas; registras viešas."),
    ]),
    ("pamariu-savivaldybe-demo", "four-eyes-procurement", 120, [
        (60, "in_progress", 60, "Tvarka patvirtinta; taikoma pirkimams virš 10 000 EUR."),
    ]),
    ("fjordvik-kommune-demo", "whistleblowing-channel", 400, [
        (300, "implemented", 100, "Varslingskanalen er åpnet for ansatte og innbyggere."),
        (30, "evaluated", 100, "Årlig evaluering: 7 varsler, alle besvart innen fristen."),
    ]),
    ("fjordvik-kommune-demo", "random-case-review", 40, []),
    ("sileliu-savivaldybe-demo", "open-contract-data", 150, [
        (100, "in_progress", 30, "Sutarčių duomenys skelbiami nuo šių metų sausio."),
    ]),
]  # fmt: skip


def _load_adoptions(coordinator: User) -> int:
    today = timezone.localdate()
    count = 0
    for slug, measure_slug, adopted, steps in ADOPTIONS:
        organisation = Organisation.objects.filter(slug=slug).first()
        measure = Measure.objects.filter(slug=measure_slug).first()
        if (
            organisation is None
            or measure is None
            or organisation.adoptions.filter(measure=measure).exists()
        ):
            continue
        adoption = adoption_create(
            actor=coordinator,
            organisation=organisation,
            measure=measure,
            data={
                "adopted_on": today - timedelta(days=adopted),
                "status": "planned",
                "progress": 10,
                "target_on": today + timedelta(days=180),
                "responsible_role": "Korupcijos prevencijos koordinatorius",
            },
        )
        for days, status, progress, note in steps:
            adoption_update(
                actor=coordinator,
                adoption=adoption,
                data={
                    "on": today - timedelta(days=days),
                    "status": status,
                    "progress": progress,
                    "note": note,
                },
            )
        count += 1
    return count


RISKS = [
    # area, description, criteria, likelihood, impact, owner, measure slugs, review in days
    ("procurement",
     "Smulkūs pirkimai skaidomi, kad nereikėtų skelbti konkurso; tie patys tiekėjai laimi kasmet.",
     ["funds", "discretion"], 4, 4, "Viešųjų pirkimų skyriaus vedėjas",
     ["four-eyes-procurement", "open-contract-data"], 10),
    ("social_services",
     "Eilės socialinei globai sudaromos be užrašyto vertinimo; dažnos „skubios“ išimtys.",
     ["discretion"], 3, 5, "Socialinės paramos skyriaus vedėja", ["random-case-review"], 60),
    ("grants",
     "Komisijos narys vertina organizacijos, kurios valdyboje yra, paraišką.",
     ["funds"], 2, 4, "Administracijos direktorius", ["interest-declarations"], 120),
    ("permits", "Statybos leidimai išduodami ne eilės tvarka.",
     ["permits", "discretion"], 2, 3, "Architektūros skyriaus vedėjas", [], 200),
]  # fmt: skip


def _load_risks(coordinator: User) -> int:
    organisation = Organisation.objects.filter(slug="pamariu-savivaldybe-demo").first()
    if organisation is None or organisation.risks.exists():
        return 0
    today = timezone.localdate()
    for area, description, criteria, likelihood, impact, owner, slugs, days in RISKS:
        risk_save(
            actor=coordinator,
            organisation=organisation,
            data={
                "area": area, "description": description, "criteria": criteria,
                "likelihood": likelihood, "impact": impact, "owner": owner,
                "review_on": today + timedelta(days=days),
                "measures": list(Measure.objects.filter(slug__in=slugs)),
            },
        )  # fmt: skip
    return len(RISKS)


def load_demo() -> list[str]:
    coordinator = User.objects.filter(email="coordinator@demo.tiltas.lt").first()
    lines = []
    if coordinator is not None:
        adopted = _load_adoptions(coordinator)
        lines.append(f"  integrity: {adopted} adoptions of measures recorded")
        risks = _load_risks(coordinator)
        lines.append(f"  integrity: {risks} risks in a demo organisation's register")
    return lines + _load_guide_demo()


def _load_guide_demo() -> list[str]:
    guide = guide_current()
    coordinator = User.objects.filter(email="coordinator@demo.tiltas.lt").first()
    if guide is None or coordinator is None or guide.versions.count() != 1:
        return []
    section = Section.objects.filter(chapter__guide=guide, chapter__position=3, position=2).first()
    if section is None:
        return []
    data = {
        f"body_{code}": getattr(section, f"body_{code}") + text for code, text in CHECKLIST.items()
    }
    section_update(section=section, actor=coordinator, data=data, revision=section.revision)
    guide_publish(guide=guide, actor=coordinator, change_log=CHANGE_LOG)
    guide_move(guide=guide, actor=coordinator, to=GuideState.CONSULTATION)
    grants = Section.objects.filter(chapter__guide=guide, chapter__position=5, position=2).first()
    written = 0
    for email, body, answer in COMMENTS:
        author = User.objects.filter(email=email).first()
        if author is None or grants is None:
            continue
        comment: Comment = comment_add(section=grants, author=author, body=body)
        written += 1
        if answer:
            comment_answer(comment=comment, actor=coordinator, answer=answer)
    return [f"  integrity: guide version 2 published, consultation open with {written} comments"]
