"""Programmes of 5 modules x 8 lessons (with a quiz per module), enrolments,
lesson progress and completions."""

from datetime import timedelta

from django.utils import timezone

from .common import model, translated

LESSON_BODY = (
    "## What this lesson covers\n\n"
    + "A paragraph of lesson text on social clustering and public services. " * 20
)


def generate(context) -> str:
    Programme = model("learning.Programme")
    Module = model("learning.Module")
    Lesson = model("learning.Lesson")
    if Programme is None or Module is None or Lesson is None:
        return "skipped (no learning models)"
    rng, plan, progress = context.rng, context.plan, context.progress
    now = timezone.now()

    programmes = progress.bulk(
        Programme,
        (
            Programme(
                slug=f"{context.tag}-programme-{n:03d}",
                activity=rng.choice(["1.1.3", "1.2.1"]),
                status="published",
                published_at=now - timedelta(days=300 - n),
                hours=40,
                **translated(
                    Programme,
                    title=f"Programme {n:03d}: social clustering in practice",
                    summary="What the programme teaches, for whom, and how it is assessed.",
                    audience="Civil servants of municipalities and state institutions.",
                ),
            )
            for n in range(plan.programmes)
        ),
        keep=True,
    )
    modules = progress.bulk(
        Module,
        (
            Module(
                programme=programme,
                order=m,
                **translated(Module, title=f"Module {m + 1}", summary="Module summary."),
            )
            for programme in programmes
            for m in range(plan.modules_per_programme)
        ),
        keep=True,
    )
    lessons = progress.bulk(
        Lesson,
        (
            Lesson(
                module=module,
                order=n,
                **translated(Lesson, title=f"Lesson {module.order + 1}.{n + 1}", body=LESSON_BODY),
            )
            for module in modules
            for n in range(plan.lessons_per_module)
        ),
        keep=True,
    )
    _quizzes(context, modules)
    lessons_of: dict[int, list[int]] = {}
    for lesson in lessons:
        lessons_of.setdefault(lesson.module.programme_id, []).append(lesson.pk)
    programme_ids = [p.pk for p in programmes]

    Enrolment = model("learning.Enrolment")
    LessonProgress = model("learning.LessonProgress")
    Completion = model("learning.Completion")
    if Enrolment is None:
        return f"{len(programmes)} programmes, {len(lessons)} lessons"

    # Each person follows a few programmes, each up to a random lesson; the
    # number of progress rows aims at the plan's total.
    per_person = max(1.0, plan.progress / max(1, len(context.people)) / 20)
    enrolled: list[tuple[int, int, int]] = []  # person, programme, lessons done
    for index, person in enumerate(context.people):
        k = 3 if index == 0 else max(1, round(rng.gauss(per_person, 1)))
        k = min(len(programme_ids), k)
        for programme in rng.sample(programme_ids, k):
            enrolled.append((person, programme, rng.randint(0, 40) if index else 20))

    progress.bulk(
        Enrolment,
        (
            Enrolment(
                person_id=person,
                programme_id=programme,
                enrolled_at=now - timedelta(days=rng.randint(30, 300)),
            )
            for person, programme, _done in enrolled
        ),
        total=len(enrolled),
    )
    if LessonProgress is not None:
        total = sum(done for _p, _q, done in enrolled)

        def rows():
            for person, programme, done in enrolled:
                for lesson in lessons_of[programme][:done]:
                    viewed = now - timedelta(days=rng.randint(1, 200))
                    yield LessonProgress(
                        person_id=person, lesson_id=lesson, viewed_at=viewed, completed_at=viewed
                    )

        progress.bulk(LessonProgress, rows(), total=total)
    if Completion is not None:
        progress.bulk(
            Completion,
            (
                Completion(
                    person_id=person,
                    programme_id=programme,
                    completed_on=(now - timedelta(days=rng.randint(1, 100))).date(),
                    hours=40,
                )
                for person, programme, done in enrolled
                if done == 40
            ),
        )
    return f"{len(programmes)} programmes, {len(lessons)} lessons, {len(enrolled)} enrolments"


def _quizzes(context, modules) -> None:
    Quiz, Question, QuizQuestion, Option = (
        model("learning.Quiz"),
        model("learning.Question"),
        model("learning.QuizQuestion"),
        model("learning.Option"),
    )
    if Quiz is None or Question is None or QuizQuestion is None or Option is None:
        return
    progress = context.progress
    quizzes = progress.bulk(
        Quiz,
        (
            Quiz(module=module, **translated(Quiz, title=f"Quiz {module.order + 1}"))
            for module in modules
        ),
        keep=True,
    )
    # Each quiz's three questions in its programme's bank, as its fixed questions.
    questions = progress.bulk(
        Question,
        (
            Question(
                programme_id=quiz.module.programme_id,
                kind="single",
                **translated(Question, text=f"Question {n + 1}?"),
            )
            for quiz in quizzes
            for n in range(3)
        ),
        keep=True,
    )
    progress.bulk(
        QuizQuestion,
        (
            QuizQuestion(quiz=quiz, question=questions[3 * q + n], order=n + 1)
            for q, quiz in enumerate(quizzes)
            for n in range(3)
        ),
    )
    progress.bulk(
        Option,
        (
            Option(
                question=question,
                order=n,
                correct=n == 0,
                **translated(Option, text=f"Answer {n + 1}"),
            )
            for question in questions
            for n in range(3)
        ),
    )
