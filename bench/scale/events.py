"""Events (half held, half upcoming), their registrations, questions and attendance."""

from datetime import timedelta

from django.utils import timezone

from .common import model, translated

DESCRIPTION = "What the event is about, who should come and what to prepare. " * 8


def generate(context) -> str:
    Event, Registration = model("events.Event"), model("events.Registration")
    if Event is None or Registration is None:
        return "skipped (no events models)"
    rng, plan, progress = context.rng, context.plan, context.progress
    now = timezone.now()
    Programme = model("learning.Programme")
    programmes = list(Programme.objects.values_list("pk", flat=True)[:200]) if Programme else []

    def events():
        for n in range(plan.events):
            held = n % 2 == 0
            starts = now + timedelta(days=(-rng.randint(1, 600) if held else rng.randint(2, 300)))
            starts = starts.replace(hour=9, minute=0, second=0, microsecond=0)
            days = rng.choice([1, 1, 2, 3])
            country = "LT" if rng.random() < 0.7 else "NO"
            yield Event(
                slug=f"{context.tag}-event-{n:05d}",
                activity=rng.choice(["1.1.3", "1.2.2", "1.3.2"]),
                programme_id=rng.choice(programmes) if programmes and rng.random() < 0.5 else None,
                kind=rng.choice(["training", "seminar", "conference"]),
                country=country,
                city="Vilnius" if country == "LT" else "Oslo",
                venue="Conference hall",
                timezone="Europe/Vilnius" if country == "LT" else "Europe/Oslo",
                starts_at=starts,
                ends_at=starts + timedelta(days=days - 1, hours=8),
                capacity=rng.randint(30, 80),
                status="held" if held else "published",
                held_at=starts + timedelta(days=days) if held else None,
                **translated(Event, title=f"Training {n:05d}", description=DESCRIPTION),
            )

    created = progress.bulk(Event, events(), total=plan.events, keep=True)

    EventQuestion = model("events.EventQuestion")
    if EventQuestion is not None:
        progress.bulk(
            EventQuestion,
            (
                EventQuestion(
                    event=event,
                    position=n,
                    kind=kind,
                    required=n == 0,
                    **translated(EventQuestion, text=text, options=""),
                )
                for event in created
                for n, (kind, text) in enumerate(
                    [("text", "Dietary needs?"), ("yes_no", "May we take photos?")]
                )
            ),
        )

    # Registrations: confirmed up to capacity, then the waiting list; the bench
    # member registers for a few upcoming and a few held events.
    per_event = max(1, plan.registrations // len(created))
    registrations = []
    people = context.people
    for index, event in enumerate(created):
        count = min(len(people), max(1, round(rng.gauss(per_event, per_event / 4))))
        chosen = rng.sample(people, count)
        if index < 6 and people and people[0] not in chosen:
            chosen[0] = people[0]
        waiting = 0
        for place, person in enumerate(chosen):
            if place < event.capacity:
                status, position = "confirmed", None
            elif event.status == "held":
                break
            else:
                waiting += 1
                status, position = "waiting", waiting
            registrations.append(
                Registration(
                    event=event,
                    person_id=person,
                    status=status,
                    position=position,
                    answers={"question": "none"},
                    created_at=event.starts_at - timedelta(days=rng.randint(3, 60)),
                )
            )
    kept = progress.bulk(Registration, registrations, total=len(registrations), keep=True)

    Attendance = model("events.Attendance")
    if Attendance is not None:

        def attendance():
            for registration in kept:
                event = registration.event
                if event.status != "held" or registration.status != "confirmed":
                    continue
                if rng.random() < 0.15:
                    continue  # registered, never came
                for day in event.days:
                    yield Attendance(registration_id=registration.pk, day=day)

        progress.bulk(Attendance, attendance())
    return f"{len(created)} events, {len(kept)} registrations"
