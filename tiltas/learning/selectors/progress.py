"""A programme's outline (cached per content version) and a learner's progress through it."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache
from django.db.models import Prefetch, QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _

from tiltas.accounts.models import User
from tiltas.core.contributions import extension
from tiltas.core.i18n import LANGUAGE_CODES
from tiltas.core.platform import NextStep
from tiltas.core.public_cache import content_cached, versioned_key
from tiltas.core.public_cache import enabled as page_cache_enabled

from ..models import (
    Attempt,
    Completion,
    Enrolment,
    ExternalLearning,
    Lesson,
    LessonProgress,
    Module,
    Programme,
    Quiz,
    Review,
)

OUTLINE_CACHE_SECONDS = 300


OUTLINE_LESSON_FIELDS = (
    "module_id",
    "order",
    "required",
    *(f"title_{code}" for code in LANGUAGE_CODES),
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
    same for every learner, so kept in the cache per version of the programme
    (a write to a module, lesson or quiz changes it); the programmes not in the
    cache are read together in three queries."""
    by_pk = {programme.pk: programme for programme in programmes}
    keys = {
        pk: versioned_key(f"learning:outline:{pk}", [programme]) for pk, programme in by_pk.items()
    }
    found = cache.get_many(list(keys.values())) if keys and page_cache_enabled() else {}
    outlines = {pk: found[key] for pk, key in keys.items() if key in found}
    missing = [pk for pk in by_pk if pk not in outlines]
    if missing:
        for pk in missing:
            outlines[pk] = []
        for module in _outline_query(missing):
            outlines[module.programme_id].append(module)
        if page_cache_enabled():
            cache.set_many({keys[pk]: outlines[pk] for pk in missing}, OUTLINE_CACHE_SECONDS)
    for pk, modules in outlines.items():
        for module in modules:
            module.programme = by_pk[pk]  # the caller's instance, not a copy
    return outlines


def lesson_content(pk: int, *, programme_id: int) -> Lesson:
    """A lesson with its module and attachments (``attachment_list``): the same
    for everyone, so kept per version of its programme."""

    def build() -> Lesson:
        lesson = Lesson.objects.select_related("module").get(pk=pk)
        # For the template, cached with the lesson: its attachments (no model field).
        lesson.attachment_list = list(lesson.attachments.all())  # type: ignore[attr-defined]
        return lesson

    programme = f"{Programme._meta.label_lower}:{programme_id}"
    return content_cached(f"learning:lesson:{pk}", build, scopes=[programme])


def programme_outline(programme: Programme) -> list[Module]:
    return programme_outlines([programme])[programme.pk]


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
    #: Added after the learner completed the programme: shown as new, and the
    #: completion stays (:attr:`Progress.percent`).
    new: bool = False


@dataclass
class Progress:
    programme: Programme
    steps: list[Step] = field(default_factory=list)
    completed_on: Any = None
    modules: list[Module] = field(default_factory=list)
    #: lessons the learner has opened (learner_progress only)
    viewed: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        if self.completed_on:
            for step in self.steps:
                step.new = step.required and not step.done

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
        """How much is done; a completed programme stays complete when a lesson
        or quiz is added to it later."""
        counted = self.counted
        if self.completed_on or not counted:
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
    programme: Programme, person: User, modules: list[Module] | None = None
) -> Progress:
    modules = programme_outline(programme) if modules is None else modules
    seen = LessonProgress.objects.filter(person=person, lesson__module__programme=programme)
    viewed: set[int] = set()
    completed: set[int] = set()
    for lesson_id, completed_at in seen.values_list("lesson_id", "completed_at"):
        viewed.add(lesson_id)
        if completed_at is not None:
            completed.add(lesson_id)
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
        viewed,
    )


def dashboard_progress(person: User) -> list[Progress]:
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


def next_steps(person: User, *, limit: int = 2) -> list[NextStep]:
    """The lesson or quiz to go on with in the programmes the person is taking
    (the most recently enrolled first), for their home page."""
    steps = []
    for progress in dashboard_progress(person):
        step = progress.next_step
        if step is None:
            continue
        name = "learning:lesson" if step.kind == "lesson" else "learning:quiz"
        title = (
            _("Continue with the lesson “%(title)s”")
            if step.kind == "lesson"
            else _("Continue with the quiz “%(title)s”")
        )
        text = _("%(programme)s: %(percent)s %% done") % {
            "programme": progress.programme.title,
            "percent": progress.percent,
        }
        url = reverse(name, args=[progress.programme.slug, step.item.pk])
        steps.append(NextStep(url, title % {"title": step.item.title}, text, order=10))
        if len(steps) == limit:
            break
    return steps


def learning_record(person: User) -> tuple[list[Completion], list[ExternalLearning]]:
    completions = list(
        Completion.objects.filter(person=person)
        .select_related("programme")
        .order_by("-completed_on")
    )
    return completions, list(ExternalLearning.objects.filter(person=person))


def record_certificates(person: User) -> tuple[list[Any], dict[str, str]]:
    """The person's certificates and the links to all of them, offered by the
    credentials app (a higher layer) through the ``learning.record_certificates``
    and ``learning.record_certificate_links`` slots; none without it."""
    certificates = extension("learning.record_certificates")
    links = extension("learning.record_certificate_links")
    if certificates is None or links is None:
        return [], {}
    return certificates(person), links()


def quiz_attempts(quiz: Quiz, person: User) -> list[Attempt]:
    return list(Attempt.objects.filter(quiz=quiz, person=person).order_by("number"))


def attempts_left(quiz: Quiz, attempts: list[Attempt]) -> int | None:
    """How many more attempts the learner may start (None: no limit)."""
    if not quiz.attempt_limit:
        return None
    return max(quiz.attempt_limit - len(attempts), 0)


def quiz_review_open(quiz: Quiz, attempts: list[Attempt]) -> bool:
    """Whether the learner may see the right answers and the explanations of
    their attempts (the quiz's ``review``): never while a failed attempt can
    still be followed by another one, unless the quiz says otherwise."""
    passed = any(attempt.passed for attempt in attempts)
    if quiz.review == Review.AFTER_PASSING:
        return passed
    if quiz.review == Review.AFTER_LAST_ATTEMPT:
        finished = attempts_left(quiz, attempts) == 0 and not any(a.is_open for a in attempts)
        return passed or finished
    return False
