"""Every read of the learning app that is more than a one-line lookup."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Prefetch, Q, QuerySet

from tiltas.core.public_cache import public_pages_version

from .models import (
    Attempt,
    Completion,
    Enrolment,
    ExternalLearning,
    Lesson,
    LessonProgress,
    Material,
    MaterialSet,
    Module,
    Programme,
    ProgrammeCompetency,
    Question,
    Quiz,
    QuizQuestion,
    Status,
)


def programme_catalogue(*, activity: str = "") -> QuerySet[Programme]:
    programmes = Programme.objects.filter(status=Status.PUBLISHED).annotate(
        module_count=Count("modules", distinct=True)
    )
    if activity:
        programmes = programmes.filter(activity=activity)
    return programmes.order_by("activity", "title", "pk")


def programmes_developing(competency_ids: Iterable[int]) -> dict[int, list[Programme]]:
    """Published programmes per competency id, for the competency profile's gaps."""
    ids = list(competency_ids)
    result: dict[int, list[Programme]] = {}
    if not ids:
        return result
    links = (
        ProgrammeCompetency.objects.filter(
            competency_id__in=ids, programme__status=Status.PUBLISHED
        )
        .select_related("programme")
        .order_by("programme__title", "programme_id")
    )
    for link in links:
        result.setdefault(link.competency_id, []).append(link.programme)
    return result


#: How long a programme's outline may be kept; every authoring service changes
#: the public pages version, which makes a new key at once.
OUTLINE_CACHE_SECONDS = 300


OUTLINE_LESSON_FIELDS = (
    "module_id",
    "order",
    "required",
    *(f"title_{code}" for code, _name in settings.LANGUAGES),
    "title",
)


def _outline_query(programme_ids: Iterable[int]) -> QuerySet[Module]:
    return (
        Module.objects.filter(programme_id__in=programme_ids)
        .order_by("order", "pk")
        .prefetch_related(
            # Titles only: the outline is cached and unpickled on every page that
            # shows it, and lesson texts are long (the lesson page reads its own).
            Prefetch(
                "lessons",
                queryset=Lesson.objects.only(*OUTLINE_LESSON_FIELDS).order_by("order", "pk"),
            ),
            Prefetch("quizzes", queryset=Quiz.objects.order_by("pk")),
        )
    )


def programme_outlines(programmes: Iterable[Programme]) -> dict[int, list[Module]]:
    """Each programme's modules with their lessons and quizzes, in order. The
    same for every learner, so kept in the cache under the content version
    (every service that changes modules, lessons and quizzes bumps it); the
    programmes not in the cache are read together in three queries."""
    by_pk = {programme.pk: programme for programme in programmes}
    version = public_pages_version()
    keys = {pk: f"learning:outline:{pk}:{version}" for pk in by_pk}
    found = cache.get_many(list(keys.values())) if keys else {}
    outlines = {pk: found[key] for pk, key in keys.items() if key in found}
    missing = [pk for pk in by_pk if pk not in outlines]
    if missing:
        for pk in missing:
            outlines[pk] = []
        for module in _outline_query(missing):
            outlines[module.programme_id].append(module)
        cache.set_many({keys[pk]: outlines[pk] for pk in missing}, OUTLINE_CACHE_SECONDS)
    for pk, modules in outlines.items():
        for module in modules:
            module.programme = by_pk[pk]  # the caller's instance, not a copy
    return outlines


def programme_outline(programme: Programme) -> list[Module]:
    return programme_outlines([programme])[programme.pk]


def programme_events(programme: Programme, *, limit: int = 5) -> list[Any]:
    """The programme's coming trainings, from the events app (through its selector)."""
    from django.apps import apps

    if not apps.is_installed("tiltas.events"):
        return []
    from tiltas.events.selectors import events_public

    return list(events_public(programme=programme.pk)[:limit])


def programme_competencies(programme: Programme) -> list[ProgrammeCompetency]:
    return list(
        programme.programme_competencies.select_related("competency").order_by("competency__code")
    )


def material_set_for(programme: Programme, *, include_drafts: bool) -> MaterialSet | None:
    material_set = MaterialSet.objects.filter(programme=programme).first()
    if material_set is None:
        return None
    if material_set.status != Status.PUBLISHED and not include_drafts:
        return None
    material_set.listed = list(  # type: ignore[attr-defined]
        material_set.materials.filter(current_version__isnull=False)
        .select_related("current_version")
        .order_by("order", "pk")
    )
    return material_set


def material_versions(material_set: MaterialSet) -> list[Material]:
    return list(
        material_set.materials.select_related("current_version")
        .prefetch_related("versions")
        .order_by("order", "pk")
    )


# --- A learner's progress -----------------------------------------------------


@dataclass
class Step:
    kind: str  # "lesson" or "quiz"
    item: Any
    module: Module
    done: bool
    required: bool
    url: str = ""  # set by the view that links the steps
    current: bool = False  # the page being shown


@dataclass
class Progress:
    programme: Programme
    steps: list[Step] = field(default_factory=list)
    completed_on: Any = None
    modules: list[Module] = field(default_factory=list)

    @property
    def by_module(self) -> list[tuple[Module, list[Step]]]:
        """Each module (those without steps too) with its steps, for the outline."""
        steps: dict[int, list[Step]] = {module.pk: [] for module in self.modules}
        for step in self.steps:
            steps.setdefault(step.module.pk, []).append(step)
        return [(module, steps[module.pk]) for module in self.modules]

    @property
    def counted(self) -> list[Step]:
        return [step for step in self.steps if step.required]

    @property
    def percent(self) -> int:
        counted = self.counted
        if not counted:
            return 100 if self.completed_on else 0
        return round(100 * sum(step.done for step in counted) / len(counted))

    @property
    def next_step(self) -> Step | None:
        return next((step for step in self.steps if not step.done), None)


def _steps(
    modules: list[Module], completed_lessons: set[int], passed_quizzes: set[int]
) -> list[Step]:
    steps = []
    for module in modules:
        for lesson in module.lessons.all():
            steps.append(
                Step("lesson", lesson, module, lesson.pk in completed_lessons, lesson.required)
            )
        for quiz in module.quizzes.all():
            steps.append(Step("quiz", quiz, module, quiz.pk in passed_quizzes, True))
    return steps


def learner_progress(
    programme: Programme, person: Any, modules: list[Module] | None = None
) -> Progress:
    modules = programme_outline(programme) if modules is None else modules
    completed = set(
        LessonProgress.objects.filter(
            person=person, lesson__module__programme=programme, completed_at__isnull=False
        ).values_list("lesson_id", flat=True)
    )
    passed = set(
        Attempt.objects.filter(
            person=person, quiz__module__programme=programme, passed=True
        ).values_list("quiz_id", flat=True)
    )
    completion = Completion.objects.filter(person=person, programme=programme).first()
    return Progress(
        programme,
        _steps(modules, completed, passed),
        completion.completed_on if completion else None,
        modules,
    )


def dashboard_progress(person: Any) -> list[Progress]:
    """Every programme the person is enrolled in, with progress, in a fixed number of
    queries however many programmes, lessons and learners there are."""
    enrolments = list(
        Enrolment.objects.filter(person=person)
        .select_related("programme")
        .order_by("-enrolled_at", "-pk")
    )
    programme_ids = [e.programme_id for e in enrolments]
    by_programme = programme_outlines(e.programme for e in enrolments)
    completed = set(
        LessonProgress.objects.filter(
            person=person,
            lesson__module__programme_id__in=programme_ids,
            completed_at__isnull=False,
        ).values_list("lesson_id", flat=True)
    )
    passed = set(
        Attempt.objects.filter(
            person=person, quiz__module__programme_id__in=programme_ids, passed=True
        ).values_list("quiz_id", flat=True)
    )
    completions = dict(
        Completion.objects.filter(person=person, programme_id__in=programme_ids).values_list(
            "programme_id", "completed_on"
        )
    )
    return [
        Progress(
            enrolment.programme,
            _steps(by_programme[enrolment.programme_id], completed, passed),
            completions.get(enrolment.programme_id),
        )
        for enrolment in enrolments
    ]


def learning_record(person: Any) -> tuple[list[Completion], list[ExternalLearning]]:
    completions = list(
        Completion.objects.filter(person=person)
        .select_related("programme")
        .order_by("-completed_on")
    )
    return completions, list(ExternalLearning.objects.filter(person=person))


def quiz_attempts(quiz: Quiz, person: Any) -> list[Attempt]:
    return list(Attempt.objects.filter(quiz=quiz, person=person).order_by("number"))


# --- Management ---------------------------------------------------------------


def manageable_programmes(user: Any) -> QuerySet[Programme]:
    programmes = Programme.objects.annotate(
        learner_count=Count("enrolments", distinct=True)
    ).order_by("status", "activity", "title", "pk")
    if user.role == "trainer":
        programmes = programmes.filter(trainers=user)
    return programmes


@dataclass
class LearnerRow:
    enrolment: Enrolment
    lessons_done: int
    quizzes_passed: int
    percent: int
    completed_on: Any


def learner_table(programme: Programme) -> QuerySet[Enrolment]:
    """Enrolments annotated with the learner's counts, in one query."""
    return (
        Enrolment.objects.filter(programme=programme)
        .select_related("person", "person__organisation")
        .annotate(
            lessons_done=Count(
                "person__lesson_progress",
                filter=Q(
                    person__lesson_progress__lesson__module__programme=programme,
                    person__lesson_progress__lesson__required=True,
                    person__lesson_progress__completed_at__isnull=False,
                ),
                distinct=True,
            ),
            quizzes_passed=Count(
                "person__quiz_attempts__quiz",
                filter=Q(
                    person__quiz_attempts__quiz__module__programme=programme,
                    person__quiz_attempts__passed=True,
                ),
                distinct=True,
            ),
        )
        .order_by("person__full_name", "pk")
    )


def learner_rows(programme: Programme, enrolments: Iterable[Enrolment]) -> list[LearnerRow]:
    required = Lesson.objects.filter(module__programme=programme, required=True).count()
    quizzes = Quiz.objects.filter(module__programme=programme).count()
    enrolments = list(enrolments)
    completions = dict(
        Completion.objects.filter(
            programme=programme, person_id__in=[e.person_id for e in enrolments]
        ).values_list("person_id", "completed_on")
    )
    total = required + quizzes
    rows = []
    for enrolment in enrolments:
        done = enrolment.lessons_done + enrolment.quizzes_passed  # type: ignore[attr-defined]
        rows.append(
            LearnerRow(
                enrolment,
                enrolment.lessons_done,  # type: ignore[attr-defined]
                enrolment.quizzes_passed,  # type: ignore[attr-defined]
                round(100 * done / total) if total else 0,
                completions.get(enrolment.person_id),
            )
        )
    return rows


def programme_competency_levels(programme_id: int) -> list[tuple[Any, int]]:
    """The competencies a programme develops with the level it brings a learner to,
    as (competency, target level), in one query: the events app records
    attendance evidence from it."""
    links = (
        ProgrammeCompetency.objects.filter(programme_id=programme_id)
        .select_related("competency")
        .order_by("competency__code")
    )
    return [(link.competency, link.target_level) for link in links]


# --- Question bank ------------------------------------------------------------


def quiz_fixed_questions(quiz: Quiz) -> list[Question]:
    """The quiz's fixed questions in their order, with their options."""
    slots = (
        QuizQuestion.objects.filter(quiz=quiz)
        .select_related("question")
        .prefetch_related("question__options")
        .order_by("order", "pk")
    )
    return [slot.question for slot in slots]


def random_pool(quiz: Quiz) -> QuerySet[Question]:
    """The bank questions a quiz may draw at random: its programme's, of its topic
    if it names one, less its fixed questions."""
    pool = Question.objects.filter(programme_id=quiz.module.programme_id)
    if quiz.random_topic:
        pool = pool.filter(topic=quiz.random_topic)
    if quiz.pk:
        pool = pool.exclude(
            pk__in=QuizQuestion.objects.filter(quiz_id=quiz.pk).values("question_id")
        )
    return pool


def quiz_addable_questions(quiz: Quiz) -> QuerySet[Question]:
    """The programme's bank questions that are not yet fixed questions of the quiz."""
    return (
        Question.objects.filter(programme_id=quiz.module.programme_id)
        .exclude(quiz_slots__quiz=quiz)
        .order_by("topic", "pk")
    )


def attempt_questions(attempt: Attempt) -> list[Question]:
    """The questions of an attempt in the order it shows them, with their options.
    A question deleted from the bank since the attempt started is left out."""
    found = Question.objects.filter(pk__in=attempt.question_ids).prefetch_related("options")
    by_pk = {question.pk: question for question in found}
    return [by_pk[pk] for pk in attempt.question_ids if pk in by_pk]


def bank_topics(programme: Programme) -> list[str]:
    return list(
        Question.objects.filter(programme=programme)
        .exclude(topic="")
        .order_by("topic")
        .values_list("topic", flat=True)
        .distinct()
    )


def question_bank(programme: Programme, *, topic: str = "", kind: str = "") -> list[Question]:
    """A programme's bank, by topic, with the quizzes that use each question
    (``used_in``), optionally only one topic or kind (``topic`` "-" means none)."""
    questions = Question.objects.filter(programme=programme).prefetch_related(
        Prefetch(
            "quiz_slots",
            queryset=QuizQuestion.objects.select_related("quiz").order_by("quiz_id"),
        )
    )
    if topic:
        questions = questions.filter(topic="" if topic == "-" else topic)
    if kind:
        questions = questions.filter(kind=kind)
    listed = list(questions.order_by("topic", "pk"))
    for question in listed:
        question.used_in = [slot.quiz for slot in question.quiz_slots.all()]  # type: ignore[attr-defined]
    return listed


def random_quizzes(programme: Programme) -> list[Quiz]:
    """The programme's quizzes that draw questions at random, for the bank page."""
    return list(
        Quiz.objects.filter(module__programme=programme, random_count__gt=0).order_by(
            "module__order", "pk"
        )
    )
