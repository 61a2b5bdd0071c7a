"""Learning itself (sign-in needed): enrolment, lessons, quizzes, dashboard, record."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import signed_in
from tiltas.core.forms import error_text, form_add_service_error

from .. import selectors, services
from ..forms import ExternalLearningForm
from ..models import Attempt, Lesson, Programme, QuestionKind
from ..permissions import (
    access_attachment_by_id,
    access_attempt_by_id,
    access_external_learning_by_id,
    access_lesson_by_id,
    access_lesson_image_by_id,
    access_lesson_in_outline,
    access_programme_by_slug,
    access_programme_for_learning,
    access_quiz_by_id,
)
from .files import inline_image, titled_download

#: Errors about the uploaded evidence file belong to that field.
EVIDENCE_ERRORS = dict.fromkeys(("type", "empty", "too_large"), "evidence")


@signed_in
@require_POST
def enrol(request: HttpRequest, slug: str) -> HttpResponse:
    programme = access_programme_by_slug(request.user, slug)
    try:
        services.enrolment_self(programme=programme, person=request.user)
    except ValidationError as error:
        messages.error(request, error_text(error))
        return redirect(programme)
    messages.success(request, _("You are enrolled. Welcome to the programme."))
    return redirect("learning:learn", slug=programme.slug)


def _learning_context(
    request: HttpRequest,
    programme: Programme,
    preview: bool,
    current: object = None,
    modules: list | None = None,
) -> dict:
    modules = selectors.programme_outline(programme) if modules is None else modules
    progress = selectors.learner_progress(programme, request.user, modules)
    _link_steps(programme, progress.steps, current)
    return {"programme": programme, "modules": modules, "progress": progress, "preview": preview}


def _link_steps(programme: Programme, steps: list[selectors.Step], current: object) -> None:
    """Each step's address, and which one is shown. One reverse() per kind: an
    outline links every lesson and quiz of the programme (hundreds at most)."""
    bases = {
        kind: reverse(name, args=[programme.slug, 0]).removesuffix("0/")
        for kind, name in (("lesson", "learning:lesson"), ("quiz", "learning:quiz"))
    }
    kind = "lesson" if isinstance(current, Lesson) else "quiz"
    current_pk = getattr(current, "pk", None)
    for step in steps:
        step.url = f"{bases[step.kind]}{step.item.pk}/"
        step.current = step.item.pk == current_pk and step.kind == kind


@signed_in
def learn(request: HttpRequest, slug: str) -> HttpResponse:
    programme, preview = access_programme_for_learning(request.user, slug)
    return render(request, "learning/learn.html", _learning_context(request, programme, preview))


def _neighbours(steps: list[selectors.Step]) -> tuple:
    """The steps before and after the one shown."""
    index = next((i for i, step in enumerate(steps) if step.current), None)
    if index is None:
        return None, None
    previous = steps[index - 1] if index > 0 else None
    following = steps[index + 1] if index + 1 < len(steps) else None
    return previous, following


@signed_in
def lesson_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    programme, preview = access_programme_for_learning(request.user, slug)
    modules = selectors.programme_outline(programme)
    lesson = access_lesson_in_outline(modules, pk)
    lesson.module.programme = programme  # checked above: do not read it again
    context = _learning_context(request, programme, preview, current=lesson, modules=modules)
    if lesson.pk not in context["progress"].viewed:  # the first view is recorded once
        services.lesson_view(lesson=lesson, person=request.user, enrolled=not preview)
    steps = context["progress"].steps
    previous, following = _neighbours(steps)
    done = any(step.current and step.done for step in steps)
    context.update(
        lesson=lesson,
        attachments=lesson.attachment_list,
        done=done,
        previous=previous,
        following=following,
    )
    return render(request, "learning/lesson.html", context)


@signed_in
@require_POST
def lesson_complete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    programme, _preview = access_programme_for_learning(request.user, slug)
    lesson = access_lesson_by_id(programme, pk)
    if services.lesson_complete(lesson=lesson, person=request.user) is None:
        messages.info(request, _("Preview: progress is not recorded."))
        return redirect("learning:lesson", slug=slug, pk=pk)
    progress = selectors.learner_progress(programme, request.user)
    if progress.completed_on:
        messages.success(request, _("You have completed the programme. Well done!"))
    step = progress.next_step
    if step is None:
        return redirect("learning:learn", slug=slug)
    name = "learning:lesson" if step.kind == "lesson" else "learning:quiz"
    return redirect(name, slug=slug, pk=step.item.pk)


@signed_in
def lesson_attachment(request: HttpRequest, slug: str, pk: int, attachment_pk: int) -> HttpResponse:
    programme, _preview = access_programme_for_learning(request.user, slug)
    lesson = access_lesson_by_id(programme, pk)
    attachment = access_attachment_by_id(lesson, attachment_pk)
    return titled_download(
        attachment.file, title=attachment.title, extension=attachment.file.name.rsplit(".", 1)[-1]
    )


@signed_in
def lesson_image(request: HttpRequest, slug: str, pk: int, attachment_pk: int) -> HttpResponse:
    """An image attachment shown in the lesson's text: the same access as the lesson."""
    programme, _preview = access_programme_for_learning(request.user, slug)
    lesson = access_lesson_by_id(programme, pk)
    image = access_lesson_image_by_id(lesson, attachment_pk)
    return inline_image(image.file, content_type=image.content_type)


# --- Quizzes --------------------------------------------------------------------


@signed_in
def quiz_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    programme, preview = access_programme_for_learning(request.user, slug)
    quiz = access_quiz_by_id(programme, pk)
    attempts = selectors.quiz_attempts(quiz, request.user)
    context = _learning_context(request, programme, preview, current=quiz)
    context.update(
        quiz=quiz,
        attempts=attempts,
        remaining=selectors.attempts_left(quiz, attempts),
        open_attempt=next((a for a in attempts if a.is_open), None),
        passed=any(a.passed for a in attempts),
        questions=selectors.quiz_fixed_questions(quiz) if preview else [],
        pool=(
            list(selectors.random_pool(quiz).prefetch_related("options"))
            if preview and quiz.random_count
            else []
        ),
    )
    return render(request, "learning/quiz.html", context)


@signed_in
@require_POST
def attempt_start(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    programme, _preview = access_programme_for_learning(request.user, slug)
    quiz = access_quiz_by_id(programme, pk)
    try:
        attempt = services.attempt_start(quiz=quiz, person=request.user)
    except ValidationError as error:
        messages.error(request, error_text(error))
        return redirect("learning:quiz", slug=slug, pk=pk)
    return redirect("learning:attempt", slug=slug, pk=pk, attempt_pk=attempt.pk)


def _questions_in_order(attempt: Attempt) -> list:
    """The attempt's own questions (fixed and drawn), each option in its shown place."""
    questions = selectors.attempt_questions(attempt)
    for question in questions:
        options = {option.pk: option for option in question.options.all()}
        order = attempt.option_order.get(str(question.pk), [])
        shown = [options[pk] for pk in order if pk in options]
        shown += [option for pk, option in options.items() if pk not in order]
        question.shown_options = shown
    return questions


@signed_in
def attempt_detail(request: HttpRequest, slug: str, pk: int, attempt_pk: int) -> HttpResponse:
    programme, preview = access_programme_for_learning(request.user, slug)
    quiz = access_quiz_by_id(programme, pk)
    attempt = access_attempt_by_id(request.user, quiz, attempt_pk)
    questions = _questions_in_order(attempt)
    answers = {}
    review = False
    if not attempt.is_open:
        review = selectors.quiz_review_open(quiz, selectors.quiz_attempts(quiz, request.user))
        for answer in attempt.answers.prefetch_related("selected_options"):
            answers[answer.question_id] = answer
        for question in questions:
            question.answer = answers.get(question.pk)
            question.selected_ids = (
                {o.pk for o in question.answer.selected_options.all()} if question.answer else set()
            )
    context = _learning_context(request, programme, preview, current=quiz)
    context.update(quiz=quiz, attempt=attempt, questions=questions, review=review)
    return render(request, "learning/attempt.html", context)


def _parse_answers(request: HttpRequest, attempt: Attempt) -> dict[int, list[int] | str]:
    """Read ``question_<id>`` fields. Unknown ids are passed on so that the service
    refuses them with its clear message, rather than ignoring them silently."""
    kinds = {question.pk: question.kind for question in selectors.attempt_questions(attempt)}
    answers: dict[int, list[int] | str] = {}
    for key in request.POST:
        if not key.startswith("question_"):
            continue
        try:
            question_id = int(key.removeprefix("question_"))
        except ValueError as exc:
            raise ValidationError(
                _("The answers name a question that is not part of this quiz."), code="question"
            ) from exc
        values = request.POST.getlist(key)
        if kinds.get(question_id) == QuestionKind.SHORT:
            answers[question_id] = values[0].strip()[:500] if values else ""
            continue
        try:
            answers[question_id] = [int(value) for value in values]
        except ValueError as exc:
            raise ValidationError(
                _("The answers name an option that does not belong to its question."),
                code="option",
            ) from exc
    return answers


@signed_in
@require_POST
def attempt_submit(request: HttpRequest, slug: str, pk: int, attempt_pk: int) -> HttpResponse:
    programme, _preview = access_programme_for_learning(request.user, slug)
    quiz = access_quiz_by_id(programme, pk)
    attempt = access_attempt_by_id(request.user, quiz, attempt_pk)
    try:
        answers = _parse_answers(request, attempt)
        attempt = services.attempt_submit(attempt=attempt, answers=answers, actor=request.user)
    except ValidationError as error:
        messages.error(request, error_text(error))
        return redirect("learning:attempt", slug=slug, pk=pk, attempt_pk=attempt_pk)
    if attempt.passed:
        messages.success(request, _("You passed the quiz."))
    else:
        messages.warning(request, _("You did not reach the passing grade this time."))
    return redirect("learning:attempt", slug=slug, pk=pk, attempt_pk=attempt.pk)


# --- Dashboard and record ---------------------------------------------------------


@signed_in
def dashboard(request: HttpRequest) -> HttpResponse:
    progress = selectors.dashboard_progress(request.user)
    return render(
        request,
        "learning/dashboard.html",
        {
            "current": [p for p in progress if not p.completed_on],
            "completed": [p for p in progress if p.completed_on],
        },
    )


@signed_in
def record(request: HttpRequest) -> HttpResponse:
    completions, external = selectors.learning_record(request.user)
    hours = sum((c.hours for c in completions), start=0) + sum((x.hours for x in external), start=0)
    page = Paginator(external, 25).get_page(request.GET.get("page"))
    certificates, certificate_links = selectors.record_certificates(request.user)
    return render(
        request,
        "learning/record.html",
        {
            "completions": completions,
            "page": page,
            "total_hours": hours,
            "certificates": certificates,
            "certificate_links": certificate_links,
        },
    )


def _external_form(request: HttpRequest, entry=None) -> HttpResponse:
    form = ExternalLearningForm(request.POST or None, request.FILES or None, instance=None)
    if entry is not None and request.method != "POST":
        form = ExternalLearningForm(
            initial={
                "title": entry.title,
                "provider": entry.provider,
                "completed_on": entry.completed_on,
                "hours": entry.hours,
                "evidence_link": entry.evidence_link,
            }
        )
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "evidence"}
        evidence = form.cleaned_data.get("evidence")
        try:
            if entry is None:
                services.external_learning_create(person=request.user, data=data, evidence=evidence)
            else:
                services.external_learning_update(
                    entry=entry, data=data, actor=request.user, evidence=evidence
                )
        except ValidationError as error:
            form_add_service_error(form, error, fields_by_code=EVIDENCE_ERRORS)
        else:
            messages.success(request, _("Your learning record is saved."))
            return redirect("learning:record")
    return render(request, "learning/external_form.html", {"form": form, "entry": entry})


@signed_in
def external_create(request: HttpRequest) -> HttpResponse:
    return _external_form(request)


@signed_in
def external_edit(request: HttpRequest, pk: int) -> HttpResponse:
    return _external_form(request, access_external_learning_by_id(request.user, pk))


@signed_in
@require_POST
def external_delete(request: HttpRequest, pk: int) -> HttpResponse:
    entry = access_external_learning_by_id(request.user, pk)
    services.external_learning_delete(entry=entry, actor=request.user)
    messages.success(request, _("The entry is deleted."))
    return redirect("learning:record")


@signed_in
def external_evidence(request: HttpRequest, pk: int) -> HttpResponse:
    entry = access_external_learning_by_id(request.user, pk)
    if not entry.evidence_file:
        raise Http404
    return titled_download(
        entry.evidence_file,
        title=entry.title,
        extension=entry.evidence_file.name.rsplit(".", 1)[-1],
    )
