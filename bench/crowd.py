"""A crowd of members, and writes among the reads (``run.py --crowd --mixed``).

Run inside Django::

    manage.py shell -c "from bench.crowd import main; main('var/bench', writes=600)"

writes one file per signed-in page of ``Cookie header<TAB>path`` lines, every
line a different (member, page) pair, with a session created for each member
the way ``targets.session_cookie`` does; a file of public pages (no cookie) and
one of all the signed-in pairs shuffled together, for the mixed run; and a file
of writes (lesson completions, event registrations, self-assessments, each by
its own member, with the form's fields). ``crowd.lua`` makes wrk cycle through a
pairs file; ``bench/load.py`` posts the writes at a steady rate while wrk reads.
Prints a JSON summary (files, pairs, members, distinct pages, writes planned).
``counts()`` prints the rows the writes add, to check them after the run.
"""

import json
import math
import random
from itertools import chain, zip_longest
from pathlib import Path

from django.db import transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone, translation

from .crowd_network import network_pairs, replies, reply_writes
from .targets import _model, resolve_pages, session_cookie

#: (member, lesson) pairs of the lesson crowd and how many members share them;
#: members of the dashboard and profile crowds; extra public pages in the mix.
LESSON_PAIRS, LESSON_MEMBERS, MEMBERS, PUBLIC_EXTRA = 6000, 600, 2000, 10


def _members():
    User = _model("accounts.User")
    return User.objects.filter(role="member", is_active=True)


def _enrolments() -> list[tuple[int, int, str]]:
    """(person, programme, slug) of active members in published programmes."""
    Enrolment = _model("learning.Enrolment")
    return list(
        Enrolment.objects.filter(
            programme__status="published", person__role="member", person__is_active=True
        )
        .values_list("person_id", "programme_id", "programme__slug")
        .order_by("pk")
    )


def _lessons_of(programme_ids) -> dict[int, list[int]]:
    Lesson = _model("learning.Lesson")
    lessons: dict[int, list[int]] = {}
    for programme_id, pk in Lesson.objects.filter(
        module__programme_id__in=programme_ids
    ).values_list("module__programme_id", "pk"):
        lessons.setdefault(programme_id, []).append(pk)
    return lessons


def lesson_pairs(rng: random.Random, limit: int, members: int) -> list[tuple[int, str]]:
    """(member id, lesson path): about ``limit / members`` lessons each of up to
    ``members`` members, from the published programmes they are enrolled in."""
    by_person: dict[int, list[tuple[int, str]]] = {}
    for person_id, programme_id, slug in _enrolments():
        by_person.setdefault(person_id, []).append((programme_id, slug))
    people = rng.sample(sorted(by_person), min(members, len(by_person)))
    lessons = _lessons_of({p for person in people for p, _slug in by_person[person]})
    each = math.ceil(limit / max(1, len(people)))
    pairs = []
    for person in people:
        choices = [
            (slug, pk)
            for programme_id, slug in by_person[person]
            for pk in lessons.get(programme_id, [])
        ]
        for slug, pk in rng.sample(choices, min(each, len(choices))):
            pairs.append((person, reverse("learning:lesson", args=[slug, pk])))
    rng.shuffle(pairs)
    return pairs[:limit]


def crowd_members(rng: random.Random, first: set[int], limit: int) -> list[int]:
    """Up to ``limit`` active members, those in ``first`` (who have data to show) first."""
    everyone = list(_members().order_by("pk").values_list("pk", flat=True))
    chosen = [pk for pk in everyone if pk in first]
    rng.shuffle(chosen)
    rest = [pk for pk in everyone if pk not in first]
    rng.shuffle(rest)
    return (chosen + rest)[:limit]


def _completion_writes(rng: random.Random, count: int) -> list[dict]:
    """Members complete a lesson they have not completed, in a programme they are enrolled in."""
    LessonProgress = _model("learning.LessonProgress")
    enrolments = _enrolments()
    rng.shuffle(enrolments)
    seen, picked = set(), []
    for person_id, programme_id, slug in enrolments:  # one per member first
        if person_id not in seen:
            seen.add(person_id)
            picked.append((person_id, programme_id, slug))
        if len(picked) >= count * 2:
            break
    lessons = _lessons_of({p for _person, p, _slug in picked})
    done = set(
        LessonProgress.objects.filter(
            person_id__in={person for person, _p, _s in picked}, completed_at__isnull=False
        ).values_list("person_id", "lesson_id")
    )
    writes = []
    for person_id, programme_id, slug in picked:
        open_ = [pk for pk in lessons.get(programme_id, []) if (person_id, pk) not in done]
        if open_:
            pk = rng.choice(open_)
            writes.append(
                {
                    "kind": "lesson completion",
                    "person": person_id,
                    "path": reverse("learning:lesson_complete", args=[slug, pk]),
                    "data": {},
                    "expect": reverse("learning:learn", args=[slug]),
                }
            )
        if len(writes) >= count:
            break
    return writes


def _answers(event) -> dict[str, str]:
    """Answers to the event's required questions, as the registration form posts them."""
    data = {}
    for question in event.questions.all():
        if not question.required:
            continue
        if question.kind == "yes_no":
            data[question.field_name] = "yes"
        elif question.kind == "choice":
            options = [o.strip() for o in (question.options_lt or "").splitlines() if o.strip()]
            data[question.field_name] = options[0] if options else ""
        else:
            data[question.field_name] = "Nothing special."
    return data


def _registration_writes(rng: random.Random, count: int) -> list[dict]:
    """Members register for upcoming published events whose registration is open,
    in proportion to the places left (then the waiting lists)."""
    Event, Registration = _model("events.Event"), _model("events.Registration")
    now = timezone.now()
    events = list(
        Event.objects.filter(status="published", starts_at__gt=now)
        .filter(Q(registration_opens_at__isnull=True) | Q(registration_opens_at__lte=now))
        .filter(Q(registration_closes_at__isnull=True) | Q(registration_closes_at__gt=now))
        .annotate(taken=Count("registrations", filter=Q(registrations__status="confirmed")))
        .prefetch_related("questions")
        .order_by("starts_at")[:200]
    )
    if not events:
        return []
    slots = [e for e in events for _ in range(max(0, e.capacity - e.taken))]
    rng.shuffle(slots)
    while len(slots) < count:  # no places left: the waiting lists
        slots.append(rng.choice(events))
    registered = set(
        Registration.objects.filter(event__in=events).values_list("person_id", "event_id")
    )
    people = list(_members().values_list("pk", flat=True))
    rng.shuffle(people)
    writes, queue = [], iter(people)
    for event in slots[:count]:
        person = next((p for p in queue if (p, event.pk) not in registered), None)
        if person is None:
            break
        writes.append(
            {
                "kind": "event registration",
                "person": person,
                "path": reverse("events:register", args=[event.slug]),
                "data": _answers(event),
                "expect": reverse("events:my_registrations"),
            }
        )
    return writes


def _assessment_writes(rng: random.Random, count: int) -> list[dict]:
    """Members assess themselves against the published framework (every competency)."""
    Framework = _model("competencies.Framework")
    framework = Framework and Framework.objects.filter(status="published").first()
    if framework is None:
        return []
    competencies = list(framework.competencies.values_list("pk", flat=True))
    levels = [str(n) for n in framework.levels.values_list("number", flat=True)]
    if not competencies or not levels:
        return []
    people = list(_members().values_list("pk", flat=True))
    return [
        {
            "kind": "self-assessment",
            "person": person,
            "path": reverse("competencies:assessment_create"),
            "data": {f"level_{pk}": rng.choice(levels) for pk in competencies},
            "expect": reverse("competencies:profile"),
        }
        for person in rng.sample(people, min(count, len(people)))
    ]


def write_plan(rng: random.Random, count: int) -> list[dict]:
    """``count`` writes, the four kinds taking turns (so any prefix has all four)."""
    each = math.ceil(count / 4)
    kinds = [_completion_writes(rng, each), _registration_writes(rng, each),
             _assessment_writes(rng, each), reply_writes(rng, each)]  # fmt: skip
    return [w for w in chain.from_iterable(zip_longest(*kinds)) if w is not None][:count]


def public_paths() -> list[str]:
    """The public key pages, and more programme and event pages beside them."""
    Programme, Event = _model("learning.Programme"), _model("events.Event")
    paths = [page.url for page in resolve_pages(include_floor=False)
             if not page.signed_in and not page.skipped]  # fmt: skip
    if Programme is not None:
        for slug in (
            Programme.objects.filter(status="published")
            .order_by("slug")
            .values_list("slug", flat=True)[:PUBLIC_EXTRA]
        ):
            paths.append(reverse("learning:programme_detail", args=[slug]))
    if Event is not None:
        for slug in (
            Event.objects.filter(status="published", starts_at__gt=timezone.now())
            .order_by("starts_at")
            .values_list("slug", flat=True)[:PUBLIC_EXTRA]
        ):
            paths.append(reverse("events:detail", args=[slug]))
    return list(dict.fromkeys(paths))


def _write_pairs(path: Path, pairs: list[tuple[str, str]]) -> None:
    path.write_text("".join(f"{cookie}\t{url}\n" for cookie, url in pairs))


def main(out: str = "var/bench", writes: int = 600, seed: int = 2026) -> None:
    User, SelfAssessment = _model("accounts.User"), _model("competencies.SelfAssessment")
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    cookies: dict[int, str] = {}

    def cookie(pk: int) -> str:
        if pk not in cookies:
            cookies[pk] = session_cookie(User.objects.get(pk=pk))
        return cookies[pk]

    with translation.override("lt"), transaction.atomic():
        enrolled = {person for person, _p, _s in _enrolments()}
        assessed = set(SelfAssessment.objects.values_list("person_id", flat=True)) if (
            SelfAssessment is not None) else set()  # fmt: skip
        dashboard, profile = reverse("learning:dashboard"), reverse("competencies:profile")
        crowds = {
            "lesson": lesson_pairs(rng, LESSON_PAIRS, LESSON_MEMBERS),
            "learner_dashboard": [(pk, dashboard) for pk in crowd_members(rng, enrolled, MEMBERS)],
            "competency_profile": [(pk, profile) for pk in crowd_members(rng, assessed, MEMBERS)],
            "network": network_pairs(rng),
        }
        summary: dict = {}
        for key, pairs in crowds.items():
            path = folder / f"crowd-{key}.txt"
            _write_pairs(path, [(cookie(pk), url) for pk, url in pairs])
            summary[key] = {
                "file": str(path),
                "pairs": len(pairs),
                "members": len({pk for pk, _ in pairs}),
                "pages": len({url for _, url in pairs}),
            }
        signed_in = [pair for pairs in crowds.values() for pair in pairs]
        rng.shuffle(signed_in)
        path = folder / "crowd-signed_in.txt"
        _write_pairs(path, [(cookie(pk), url) for pk, url in signed_in])
        summary["signed_in"] = {
            "file": str(path),
            "pairs": len(signed_in),
            "members": len({pk for pk, _ in signed_in}),
            "pages": len({url for _, url in signed_in}),
        }
        public = public_paths()
        path = folder / "crowd-public.txt"
        _write_pairs(path, [("", url) for url in public])
        summary["public"] = {"file": str(path), "pairs": len(public), "members": 0,
                             "pages": len(public)}  # fmt: skip
        plan = [{**w, "cookie": cookie(w["person"])} for w in write_plan(rng, writes)]
        (folder / "writes.json").write_text(json.dumps(plan))
        kinds: dict[str, int] = {}
        for write in plan:
            kinds[write["kind"]] = kinds.get(write["kind"], 0) + 1
        summary["writes"] = {"file": str(folder / "writes.json"), "planned": len(plan),
                             "kinds": kinds}  # fmt: skip
    print(json.dumps(summary))


def counts() -> None:
    """The rows members' writes add (printed as JSON), to check them after the run."""
    LessonProgress, Registration = _model("learning.LessonProgress"), _model("events.Registration")
    SelfAssessment = _model("competencies.SelfAssessment")
    print(
        json.dumps(
            {
                "lesson completion": LessonProgress.objects.filter(
                    completed_at__isnull=False
                ).count(),
                "event registration": Registration.objects.count(),
                "self-assessment": SelfAssessment.objects.count(),
                "thread reply": replies(),
            }
        )
    )
