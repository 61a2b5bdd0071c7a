"""A crowd of members, and writes among the reads (``run.py --crowd --mixed``).

Run inside Django (``manage.py shell -c "from bench.crowd import main; main()"``):
writes one file per signed-in page of (Cookie header, path) pairs, every pair
a different member or page, and a file of writes (lesson completions and event
registrations, each by its own member). ``crowd.lua`` makes wrk cycle through
a pairs file; ``bench/load.py`` posts the writes at a steady rate from threads
while wrk reads.
"""

import json
import random
from pathlib import Path

from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils import timezone, translation

from .targets import _model, session_cookie

#: (member, lesson) pairs of the lesson crowd; members of the dashboard and profile crowds.
LESSON_PAIRS, MEMBERS = 6000, 2000


def lesson_pairs(limit: int, seed: int) -> list[tuple[int, str]]:
    """(member id, lesson path) for members enrolled in published programmes."""
    Enrolment, Lesson = _model("learning.Enrolment"), _model("learning.Lesson")
    enrolments = list(
        Enrolment.objects.filter(programme__status="published")
        .values_list("person_id", "programme_id", "programme__slug")
        .order_by("pk")[: limit // 2]
    )
    lessons: dict[int, list[int]] = {}
    for programme_id, pk in Lesson.objects.filter(
        module__programme_id__in={e[1] for e in enrolments}
    ).values_list("module__programme_id", "pk"):
        lessons.setdefault(programme_id, []).append(pk)
    rng, pairs = random.Random(seed), []
    for person_id, programme_id, slug in enrolments:
        for pk in rng.sample(
            lessons.get(programme_id, []), min(2, len(lessons.get(programme_id, [])))
        ):
            pairs.append((person_id, reverse("learning:lesson", args=[slug, pk])))
    rng.shuffle(pairs)
    return pairs[:limit]


def write_plan(seed: int) -> list[dict]:
    """Writes by members who are not in the read crowds: complete a lesson they
    have not completed, register for an upcoming event with places and no questions."""
    LessonProgress, Event = _model("learning.LessonProgress"), _model("events.Event")
    Enrolment, User = _model("learning.Enrolment"), _model("accounts.User")
    rng, plan = random.Random(seed), []
    open_lessons = (
        LessonProgress.objects.filter(
            completed_at__isnull=True, lesson__module__programme__status="published"
        )
        .values_list("person_id", "lesson_id", "lesson__module__programme__slug")
        .order_by("-pk")[:400]
    )
    for person_id, lesson_id, slug in open_lessons:
        plan.append(
            {
                "person": person_id,
                "path": reverse("learning:lesson_complete", args=[slug, lesson_id]),
            }
        )
    events = list(
        Event.objects.filter(
            status="published", starts_at__gt=timezone.now(), questions__isnull=True
        )
        .annotate(taken=Count("registrations"))
        .filter(Q(capacity__isnull=True) | Q(taken__lt=F("capacity") + 500))
        .values_list("pk", "slug")[:50]
    )
    enrolled = set(Enrolment.objects.values_list("person_id", flat=True)[:5000])
    people = [
        pk
        for pk in User.objects.filter(role="member", is_active=True).values_list("pk", flat=True)[
            :3000
        ]
        if pk not in enrolled
    ]
    for person_id in people[:400]:
        event_pk, slug = rng.choice(events)
        plan.append(
            {
                "person": person_id,
                "path": reverse("events:register", args=[slug]),
                "event": event_pk,
            }
        )
    rng.shuffle(plan)
    return plan


def main(out: str = "var/bench", seed: int = 2026) -> None:
    User = _model("accounts.User")
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    cookies: dict[int, str] = {}

    def cookie(pk: int) -> str:
        if pk not in cookies:
            cookies[pk] = session_cookie(User.objects.get(pk=pk))
        return cookies[pk]

    with translation.override("lt"):
        members = list(
            User.objects.filter(role="member", is_active=True)
            .order_by("?")
            .values_list("pk", flat=True)[:MEMBERS]
        )
        crowds = {
            "lesson": lesson_pairs(LESSON_PAIRS, seed),
            "learner_dashboard": [(pk, reverse("learning:dashboard")) for pk in members],
            "competency_profile": [(pk, reverse("competencies:profile")) for pk in members],
        }
        summary = {}
        for key, pairs in crowds.items():
            path = folder / f"crowd-{key}.txt"
            path.write_text("".join(f"{cookie(pk)}\t{url}\n" for pk, url in pairs))
            summary[key] = {
                "file": str(path),
                "pairs": len(pairs),
                "members": len({pk for pk, _ in pairs}),
                "pages": len({url for _, url in pairs}),
            }
        writes = [{**w, "cookie": cookie(w["person"])} for w in write_plan(seed)]
        (folder / "writes.json").write_text(json.dumps(writes))
        summary["writes"] = {"file": str(folder / "writes.json"), "planned": len(writes)}
    print(json.dumps(summary))
