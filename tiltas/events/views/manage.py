"""Event management: the list, editing, questions, participants and actions."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import roles_required
from tiltas.core.forms import error_text, form_add_service_error, posted
from tiltas.core.roles import MANAGERS, TEACHERS, is_manager
from tiltas.core.throttle import searches_limited

from .. import selectors, services
from ..forms import (
    AddParticipantForm,
    EventForm,
    EventQuestionForm,
    MoveRegistrationForm,
    SurveyQuestionForm,
)
from ..models import EventStatus, RegistrationStatus
from ..permissions import (
    access_event_for_manage_by_id,
    access_event_question_for_manage_by_id,
    access_registration_for_manage_by_id,
    access_survey_question_for_manage_by_id,
)


def _form_data(form) -> tuple[dict, list]:
    data = dict(form.cleaned_data)
    trainers = data.pop("trainers", [])
    return data, trainers


@roles_required(*TEACHERS)
def event_list(request: HttpRequest) -> HttpResponse:
    past = request.GET.get("when") == "past"
    # A trainer manages only the events they teach (AC-2).
    trainer = None if is_manager(request.user) else request.user
    events = selectors.events_for_manage(past=past, trainer=trainer)
    page = Paginator(events, 25).get_page(request.GET.get("page"))
    query = "when=past" if past else ""
    return render(request, "events/manage/list.html", {"page": page, "past": past, "query": query})


@roles_required(*MANAGERS)
def event_create(request: HttpRequest) -> HttpResponse:
    form = EventForm(posted(request))
    if request.method == "POST" and form.is_valid():
        data, trainers = _form_data(form)
        try:
            event = services.event_create(data=data, trainers=trainers, actor=request.user)
        except ValidationError as exc:
            form_add_service_error(form, exc)
        else:
            messages.success(
                request, _("The event was created. Add its questions if it needs any.")
            )
            return redirect("events:manage_detail", pk=event.pk)
    return render(request, "events/manage/event_form.html", {"form": form, "event": None})


@roles_required(*MANAGERS)
def event_edit(request: HttpRequest, pk: int) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    form = EventForm(posted(request), instance=event)
    if request.method == "POST" and form.is_valid():
        data, trainers = _form_data(form)
        try:
            services.event_update(event=event, data=data, trainers=trainers, actor=request.user)
        except ValidationError as exc:
            form_add_service_error(form, exc)
        else:
            messages.success(request, _("The event was saved."))
            return redirect("events:manage_detail", pk=event.pk)
    return render(request, "events/manage/event_form.html", {"form": form, "event": event})


@roles_required(*TEACHERS)
@searches_limited("events.participants")
def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    search = request.GET.get("q", "").strip()[:100]
    registrations = selectors.participants(event)
    if search:
        registrations = registrations.filter(
            Q(person__full_name__icontains=search) | Q(person__email__icontains=search)
        )
    page = Paginator(registrations, 50).get_page(request.GET.get("page"))
    context = {
        "event": event,
        "page": page,
        "search": search,
        "query": urlencode({"q": search}) if search else "",
        "places_taken": selectors.places_taken(event),
        "add_form": AddParticipantForm(),
        "statuses": RegistrationStatus,
        "sheet_days": selectors.signed_sheets_by_day(event),
        # As for attendance: once the event is held, only coordinators change it.
        "may_upload_sheets": event.status != EventStatus.HELD or is_manager(request.user),
    }
    return render(request, "events/manage/detail.html", context)


@roles_required(*MANAGERS)
def event_questions(request: HttpRequest, pk: int) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    form = EventQuestionForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.event_question_create(event=event, data=form.cleaned_data, actor=request.user)
        except ValidationError as exc:
            form_add_service_error(form, exc)
        else:
            messages.success(request, _("The question was added."))
            return redirect("events:manage_questions", pk=event.pk)
    context = {"event": event, "form": form, "questions": event.questions.all()}
    return render(request, "events/manage/questions.html", context)


@roles_required(*MANAGERS)
@require_POST
def event_question_delete(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    question = access_event_question_for_manage_by_id(request.user, event, question_pk)
    services.event_question_delete(question=question, actor=request.user)
    messages.success(request, _("The question was removed."))
    return redirect("events:manage_questions", pk=event.pk)


@roles_required(*MANAGERS)
def event_survey(request: HttpRequest, pk: int) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    form = SurveyQuestionForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.survey_question_create(event=event, data=form.cleaned_data, actor=request.user)
        except ValidationError as exc:
            form_add_service_error(form, exc)
        else:
            messages.success(request, _("The question was added."))
            return redirect("events:manage_survey", pk=event.pk)
    responses, results = selectors.survey_results(event)
    context = {
        "event": event,
        "form": form,
        "questions": event.survey_questions.all(),
        "responses": responses,
        "results": results,
    }
    return render(request, "events/manage/survey.html", context)


@roles_required(*MANAGERS)
@require_POST
def survey_question_delete(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    question = access_survey_question_for_manage_by_id(request.user, event, question_pk)
    try:
        services.survey_question_delete(question=question, actor=request.user)
    except ValidationError as exc:
        messages.error(request, error_text(exc))
    else:
        messages.success(request, _("The question was removed."))
    return redirect("events:manage_survey", pk=event.pk)


@roles_required(*MANAGERS)
@require_POST
def participant_add(request: HttpRequest, pk: int) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    form = AddParticipantForm(request.POST)
    if form.is_valid():
        try:
            services.registration_add(
                event=event, person=form.cleaned_data["email"], actor=request.user
            )
        except ValidationError as exc:
            messages.error(request, error_text(exc))
        else:
            messages.success(request, _("The participant was added."))
    else:
        messages.error(request, " ".join(form.errors["email"]))
    return redirect("events:manage_detail", pk=event.pk)


REGISTRATION_ACTIONS = {
    "approve": (services.registration_approve, _("The registration was approved.")),
    "reject": (services.registration_reject, _("The registration was not approved.")),
    "remove": (services.registration_remove, _("The participant was removed.")),
}


@roles_required(*MANAGERS)
@require_POST
def registration_action(
    request: HttpRequest, pk: int, registration_pk: int, action: str
) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    registration = access_registration_for_manage_by_id(request.user, event, registration_pk)
    service, done = REGISTRATION_ACTIONS[action]
    try:
        service(registration=registration, actor=request.user)
    except ValidationError as exc:
        messages.error(request, error_text(exc))
    else:
        messages.success(request, str(done))
    return redirect("events:manage_detail", pk=event.pk)


@roles_required(*MANAGERS)
def registration_move(request: HttpRequest, pk: int, registration_pk: int) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    registration = access_registration_for_manage_by_id(request.user, event, registration_pk)
    form = MoveRegistrationForm(posted(request), event=event)
    if request.method == "POST" and form.is_valid():
        try:
            moved = services.registration_move(
                registration=registration, target=form.cleaned_data["target"], actor=request.user
            )
        except ValidationError as exc:
            form_add_service_error(form, exc)
        else:
            messages.success(request, _("The participant was moved."))
            return redirect("events:manage_detail", pk=moved.event_id)
    context = {"event": event, "registration": registration, "form": form}
    return render(request, "events/manage/move.html", context)


@roles_required(*MANAGERS)
@require_POST
def event_publish(request: HttpRequest, pk: int) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    try:
        services.event_publish(event=event, actor=request.user)
    except ValidationError as exc:
        messages.error(request, error_text(exc))
    else:
        messages.success(request, _("The event is published: it is on the calendar now."))
    return redirect("events:manage_detail", pk=event.pk)


@roles_required(*MANAGERS)
def event_mark_held(request: HttpRequest, pk: int) -> HttpResponse:
    """GET asks first (marking an event as held freezes its attendance); POST does it."""
    event = access_event_for_manage_by_id(request.user, pk)
    if request.method != "POST":
        return render(request, "events/manage/confirm_held.html", {"event": event})
    try:
        services.event_mark_held(event=event, actor=request.user)
    except ValidationError as exc:
        messages.error(request, error_text(exc))
    else:
        messages.success(request, _("The event is marked as held. Attendance is now frozen."))
    return redirect("events:manage_detail", pk=event.pk)


@roles_required(*MANAGERS)
@require_POST
def event_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    event = access_event_for_manage_by_id(request.user, pk)
    try:
        services.event_cancel(event=event, actor=request.user)
    except ValidationError as exc:
        messages.error(request, error_text(exc))
    else:
        messages.success(request, _("The event was cancelled and everyone registered is told."))
    return redirect("events:manage_detail", pk=event.pk)
