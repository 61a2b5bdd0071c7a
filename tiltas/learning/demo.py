"""Demo data: the nine programmes of the description with lessons, quizzes and material
sets, some demo learners with progress and one completion. Safe to run again."""

from datetime import timedelta
from decimal import Decimal
from html import escape
from typing import Any

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from tiltas.competencies.models import Competency
from tiltas.competencies.selectors import framework_published

from . import selectors, services
from .demo_data import PROGRAMMES, lesson_body
from .models import (
    Attempt,
    Lesson,
    MaterialSet,
    Module,
    Option,
    Programme,
    ProgrammeCompetency,
    Question,
    QuestionKind,
    Quiz,
    QuizQuestion,
    Status,
)

LANGS = ("lt", "en", "nb")


def _translated(name: str, texts: tuple[str, ...]) -> dict[str, str]:
    return {f"{name}_{code}": text for code, text in zip(LANGS, texts, strict=True)}


def _programme(data: dict, trainer: Any) -> Programme:
    existing = Programme.objects.filter(slug=data["slug"]).first()
    published_at = (existing.published_at if existing else None) or (
        timezone.now() - timedelta(days=60)
    )
    programme, _created = Programme.objects.update_or_create(
        slug=data["slug"],
        defaults={
            "published_at": published_at,
            **_translated("title", data["title"]),
            **_translated("summary", data["summary"]),
            **_translated("audience", data["audience"]),
            "activity": data["activity"],
            "hours": Decimal(data["hours"]),
            "language": "lt",
            "status": Status.PUBLISHED,
            "enrolment_open": True,
        },
    )
    if trainer is not None:
        programme.trainers.add(trainer)
    for order, module_data in enumerate(data["modules"], start=1):
        module, _ = Module.objects.update_or_create(
            programme=programme, order=order, defaults=_translated("title", module_data["title"])
        )
        for lesson_order, lesson in enumerate(module_data["lessons"], start=1):
            Lesson.objects.update_or_create(
                module=module,
                order=lesson_order,
                defaults={
                    **_translated("title", lesson["title"]),
                    "body_lt": lesson_body(lesson),
                    "required": True,
                },
            )
        if module_data.get("quiz"):
            _quiz(module, data["quiz"])
    return programme


def _quiz(module: Module, data: dict) -> Quiz:
    """The quiz and its questions, all in the programme's question bank; the
    ``bank`` questions only there, for the quiz's random draw."""
    quiz, _ = Quiz.objects.update_or_create(
        module=module,
        defaults={
            **_translated("title", data["title"]),
            "passing_grade": 75,
            "attempt_limit": 3,
            "shuffle_options": True,
            "random_count": data.get("random_count", 0),
            "random_topic": data.get("random_topic", ""),
        },
    )
    for order, item in enumerate(data["questions"], start=1):
        question = _bank_question(module.programme, item)
        QuizQuestion.objects.update_or_create(
            quiz=quiz, question=question, defaults={"order": order}
        )
    for item in data.get("bank", []):
        _bank_question(module.programme, item)
    return quiz


def _bank_question(programme: Programme, item: dict) -> Question:
    question, _ = Question.objects.update_or_create(
        programme=programme,
        text_lt=item["text"],
        defaults={
            "kind": item["kind"],
            "topic": item.get("topic", ""),
            "feedback_lt": item.get("feedback", ""),
            "accepted_answers": "\n".join(item.get("accepted", [])),
        },
    )
    options = item.get("options", [])
    if item["kind"] == QuestionKind.TRUE_FALSE:
        labels = services.bank.TRUE_FALSE_LABELS
        options = [(labels[0], item["answer"]), (labels[1], not item["answer"])]
    for option_order, (text, correct) in enumerate(options, start=1):
        texts = text if isinstance(text, dict) else {"text_lt": text}
        Option.objects.update_or_create(
            question=question, order=option_order, defaults={**texts, "correct": correct}
        )
    return question


def _handbook_pdf(programme: Programme) -> bytes:
    import logging

    from weasyprint import HTML

    # WeasyPrint logs every layout step at INFO; the demo output stays readable without.
    logging.getLogger("weasyprint").setLevel(logging.WARNING)
    lessons = "".join(
        f"<li>{escape(lesson.title_lt)}</li>"
        for lesson in Lesson.objects.filter(module__programme=programme).order_by(
            "module__order", "order"
        )
    )
    html = f"""<html lang="lt"><head><meta charset="utf-8"><style>
        body {{ font-family: sans-serif; margin: 2cm; }} h1 {{ color: #0e3b52; }}
        </style></head><body>
        <h1>{escape(programme.title_lt)}</h1>
        <p>Metodinis vadovas · Methodological handbook · Metodisk håndbok</p>
        <p>{escape(programme.summary_lt)}</p>
        <h2>Pamokos</h2><ol>{lessons}</ol>
        <p>Projektas finansuojamas pagal EEE ir Norvegijos finansinių mechanizmų programą LT10.</p>
        </body></html>"""
    return HTML(string=html).write_pdf()


def _material_set(programme: Programme, coordinator: Any) -> None:
    if MaterialSet.objects.filter(programme=programme, materials__isnull=False).exists():
        return
    title = programme.title_lt
    material_set = services.material_set_update(
        programme=programme,
        actor=coordinator,
        title={
            "lt": f"Metodinių priemonių rinkinys: {title}",
            "en": f"Methodological materials: {programme.title_en}",
            "nb": f"Metodisk materiell: {programme.title_nb}",
        },
        description={
            "lt": "Metodinis vadovas lektoriams ir dalyviams.",
            "en": "A methodological handbook for trainers and participants.",
            "nb": "En metodisk håndbok for kursholdere og deltakere.",
        },
    )
    services.material_create(
        material_set=material_set,
        actor=coordinator,
        title={
            "lt": "Metodinis vadovas",
            "en": "Methodological handbook",
            "nb": "Metodisk håndbok",
        },
        language="lt",
        kind="handbook",
        upload=SimpleUploadedFile(
            f"{programme.slug}.pdf", _handbook_pdf(programme), "application/pdf"
        ),
    )
    services.material_set_publish(material_set=material_set, actor=coordinator, publish=True)


def _link_competencies(programme: Programme, codes: dict[str, int]) -> int:
    framework = framework_published()
    if framework is None:
        return 0
    found = {c.code: c for c in Competency.objects.filter(framework=framework, code__in=codes)}
    for code, level in codes.items():
        if code in found:  # codes missing from the framework are skipped
            ProgrammeCompetency.objects.update_or_create(
                programme=programme, competency=found[code], defaults={"target_level": level}
            )
    return len(found)


def _learners(programmes: dict[str, Programme]) -> list[str]:
    people = {
        p.email: p
        for p in get_user_model().objects.filter(email__endswith="@demo.tiltas.lt", role="member")
    }
    lines = []
    # (e-mail, programme, lessons to complete (None = all), pass the quiz)
    plan = [
        ("member@demo.tiltas.lt", "socialines-klasterystes-pagrindai", 2, False),
        ("member@demo.tiltas.lt", "norvegijos-geroji-patirtis", 1, False),
        ("member01@demo.tiltas.lt", "tarpsektoriniu-partnerysciu-kurimas", None, True),
        ("member02@demo.tiltas.lt", "socialines-klasterystes-pagrindai", 1, False),
        ("member03@demo.tiltas.lt", "skaidrumas-ir-antikorupcija", 2, False),
        ("member05@demo.tiltas.lt", "klasteriu-finansavimas-ir-vertinimas", 3, False),
        ("member07@demo.tiltas.lt", "norvegijos-geroji-patirtis", 2, False),
    ]
    for email, slug, count, pass_quiz in plan:
        person = people.get(email)
        programme = programmes.get(slug)
        if person is None or programme is None:
            continue
        services.enrolment_add(programme=programme, person=person, source="self", actor=person)
        lessons = list(
            Lesson.objects.filter(module__programme=programme).order_by("module__order", "order")
        )
        for lesson in lessons if count is None else lessons[:count]:
            services.lesson_view(lesson=lesson, person=person)
            services.lesson_complete(lesson=lesson, person=person)
        if pass_quiz:
            for quiz in Quiz.objects.filter(module__programme=programme):
                if Attempt.objects.filter(quiz=quiz, person=person, passed=True).exists():
                    continue
                attempt = services.attempt_start(quiz=quiz, person=person)
                services.attempt_submit(
                    attempt=attempt, answers=_right_answers(attempt), actor=person
                )
        lines.append(f"    {email} → {programme.title_lt}")
    return lines


def _right_answers(attempt: Attempt) -> dict[int, list[int] | str]:
    answers: dict[int, list[int] | str] = {}
    for question in selectors.attempt_questions(attempt):
        if question.kind == QuestionKind.SHORT:
            answers[question.pk] = question.accepted_list()[0]
        else:
            answers[question.pk] = [o.pk for o in question.options.all() if o.correct]
    return answers


def load_demo() -> list[str]:
    user_model = get_user_model()
    trainer = user_model.objects.filter(email="trainer@demo.tiltas.lt").first()
    coordinator = user_model.objects.filter(email="coordinator@demo.tiltas.lt").first()
    programmes: dict[str, Programme] = {}
    linked = 0
    for data in PROGRAMMES:
        programme = _programme(data, trainer)
        _material_set(programme, coordinator)
        linked += _link_competencies(programme, data["competencies"])
        programmes[programme.slug] = programme
    lines = [
        f"  learning: {len(programmes)} programmes with lessons, quizzes and material sets; "
        f"{linked} competency links",
        *_learners(programmes),
    ]
    return lines
