"""A member's side: registering, tickets, answers, cancelling, the survey."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from tiltas.core.access import signed_in
from tiltas.core.forms import error_text, form_add_service_error, posted
from tiltas.core.qr import qr_svg

from .. import selectors, services
from ..forms import RegistrationForm, SurveyForm
from ..models import RegistrationStatus
from ..permissions import access_event_by_slug, access_registration_by_id
from ..services.attendance import survey_is_open

STATUS_MESSAGES = {
    RegistrationStatus.CONFIRMED: gettext_lazy(
        "Your place is confirmed. We sent you an e-mail with a calendar file."
    ),
    RegistrationStatus.WAITING: gettext_lazy(
        "The event is full: you are on the waiting list. We will tell you if a place frees up."
    ),
    RegistrationStatus.PENDING: gettext_lazy(
        "Thank you. The organisers will approve your registration and tell you."
    ),
}


@signed_in
def register(request: HttpRequest, slug: str) -> HttpResponse:
    event = access_event_by_slug(request.user, slug)
    form = RegistrationForm(posted(request), event=event)
    if request.method == "POST" and form.is_valid():
        try:
            registration = services.registration_create(
                event=event, person=request.user, answers=form.answers()
            )
        except ValidationError as exc:
            form_add_service_error(form, exc)
        else:
            messages.success(request, str(STATUS_MESSAGES[registration.status]))
            return redirect("events:ticket", pk=registration.pk)
    return render(request, "events/register.html", {"event": event, "form": form})


@signed_in
def my_registrations(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.registrations_of(request.user), 20).get_page(request.GET.get("page"))
    return render(request, "events/my_registrations.html", {"page": page, "query": ""})


@signed_in
def ticket(request: HttpRequest, pk: int) -> HttpResponse:
    registration = access_registration_by_id(request.user, pk)
    event = registration.event
    questions = list(event.questions.all())
    answers = [(q.text, q.answer_label(registration.answers.get(str(q.pk), ""))) for q in questions]
    context = {
        "registration": registration,
        "event": event,
        "answers": answers,
        "qr": qr_svg(registration.ticket_token)
        if registration.status == RegistrationStatus.CONFIRMED
        else "",
        "survey_open": survey_is_open(registration)
        and not hasattr(registration, "survey_response"),
    }
    return render(request, "events/ticket.html", context)


@signed_in
def answers_edit(request: HttpRequest, pk: int) -> HttpResponse:
    registration = access_registration_by_id(request.user, pk)
    event = registration.event
    form = RegistrationForm(
        posted(request), event=event, initial=RegistrationForm.initial_from(registration.answers)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.registration_answers_update(
                registration=registration, answers=form.answers(), actor=request.user
            )
        except ValidationError as exc:
            form_add_service_error(form, exc)
        else:
            messages.success(request, _("Your answers were saved."))
            return redirect("events:ticket", pk=registration.pk)
    return render(
        request,
        "events/answers_edit.html",
        {"event": event, "form": form, "registration": registration},
    )


@signed_in
@require_POST
def registration_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    registration = access_registration_by_id(request.user, pk)
    try:
        services.registration_cancel(registration=registration, actor=request.user)
    except ValidationError as exc:
        messages.error(request, error_text(exc))
        return redirect("events:ticket", pk=registration.pk)
    messages.success(request, _("Your registration was cancelled."))
    return redirect("events:my_registrations")


@signed_in
def survey(request: HttpRequest, pk: int) -> HttpResponse:
    registration = access_registration_by_id(request.user, pk)
    event = registration.event
    form = SurveyForm(posted(request), event=event)
    if request.method == "POST" and form.is_valid():
        try:
            services.survey_response_submit(
                registration=registration, answers=form.answers(), actor=request.user
            )
        except ValidationError as exc:
            form_add_service_error(form, exc)
        else:
            messages.success(request, _("Thank you for your feedback."))
            return redirect("events:ticket", pk=registration.pk)
    context = {
        "event": event,
        "form": form,
        "registration": registration,
        "open": survey_is_open(registration),
    }
    return render(request, "events/survey.html", context)
