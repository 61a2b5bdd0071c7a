"""Demo content of the integrity app: a second version of the guide (a
checklist added to the procurement chapter), then the consultation on the
next draft with members' comments, one answered. Written through the same
services as in use. Idempotent."""

from tiltas.accounts.models import User

from .models import Comment, GuideState, Section
from .selectors import guide_current
from .services import comment_add, comment_answer, guide_move, guide_publish, section_update

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
        "Would it help to say how often the list of recipients should be updated?",
        "",
    ),
]


def load_demo() -> list[str]:
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
