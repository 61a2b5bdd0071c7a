"""Private conversations: the list, starting one, reading and replying,
leaving, adding a person to a group."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.accounts.models import User
from tiltas.core.access import signed_in
from tiltas.core.forms import error_text, form_add_service_error, posted

from ..forms.conversations import AddPersonForm, ConversationForm, MessageForm, handles_typed
from ..mentions import handle_of
from ..permissions.conversations import access_conversation_by_id, access_group_by_id
from ..permissions.people import access_person_by_id
from ..selectors import conversations as selectors
from ..services import conversations as services
from .threads import posting_limited


@signed_in
def conversation_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(
        selectors.conversations_of(request.user), selectors.CONVERSATIONS_PER_PAGE
    ).get_page(request.GET.get("page"))
    for place in page.object_list:
        place.others = [
            p.person
            for p in place.conversation.participants.all()
            if p.person_id != request.user.pk
        ]
    return render(request, "network/conversations/list.html", {"page": page, "query": ""})


def _people(form: ConversationForm | AddPersonForm, field: str) -> list[User] | None:
    """The people the handles typed name, or None with the form's error said."""
    handles = handles_typed(form.cleaned_data[field])
    found = selectors.people_by_handles(handles)
    unknown = [h for h in handles if h not in found]
    several = [h for h in handles if len(found.get(h, [])) > 1]
    if unknown:
        form.add_error(
            field,
            _("Nobody has the handle %(handles)s.")
            % {"handles": ", ".join(f"@{h}" for h in unknown)},
        )
    if several:
        form.add_error(
            field,
            _(
                "More than one person has the handle %(handles)s: open their profile "
                "and choose “Send a message” there."
            )
            % {"handles": ", ".join(f"@{h}" for h in several)},
        )
    if unknown or several:
        return None
    return [found[h][0] for h in handles]


def _addressee(request: HttpRequest) -> User | None:
    """The person ?to= names (the profile's "Send a message" link), when one may see them."""
    pk = request.GET.get("to", "")
    if not pk.isdigit():
        return None
    try:
        return access_person_by_id(request.user, int(pk))
    except Http404:  # a wrong link starts an empty form
        return None


@signed_in
@posting_limited
def conversation_create(request: HttpRequest) -> HttpResponse:
    addressee = _addressee(request)
    initial = {"people": f"@{handle_of(addressee.full_name)}"} if addressee else {}
    form = ConversationForm(posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        typed = handles_typed(form.cleaned_data["people"])
        # With ?to=, the person is known by their id: a handle several people share still works.
        if addressee and typed == [handle_of(addressee.full_name)]:
            people: list[User] | None = [addressee]
        else:
            people = _people(form, "people")
        if people is not None:
            try:
                conversation = services.conversation_start(
                    person=request.user, others=people, body=form.cleaned_data["body"]
                )
            except ValidationError as exc:
                form_add_service_error(
                    form, exc, fields_by_code={"blocked": "people", "links": "body"}
                )
            else:
                return redirect("network:conversation", pk=conversation.pk)
    status = 400 if form.errors else 200
    return render(request, "network/conversations/new.html", {"form": form}, status=status)


def _page_number(request: HttpRequest, count: int) -> str | int:
    """The page asked for, else the newest (the last)."""
    asked = request.GET.get("page")
    return asked if asked else max(1, -(-count // selectors.MESSAGES_PER_PAGE))


@signed_in
def conversation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    conversation, _place = access_conversation_by_id(request.user, pk)
    services.conversation_read(conversation=conversation, person=request.user)
    paginator = Paginator(selectors.messages_of(conversation), selectors.MESSAGES_PER_PAGE)
    page = paginator.get_page(_page_number(request, conversation.message_count))
    return render(
        request,
        "network/conversations/detail.html",
        {
            "conversation": conversation,
            "participants": selectors.participants_of(conversation),
            "page": page,
            "query": "",
            "form": MessageForm(),
        },
    )


@signed_in
@posting_limited
def conversation_reply(request: HttpRequest, pk: int) -> HttpResponse:
    conversation, _place = access_conversation_by_id(request.user, pk)
    form = MessageForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.message_send(
                conversation=conversation, person=request.user, body=form.cleaned_data["body"]
            )
        except ValidationError as exc:
            form_add_service_error(form, exc, fields_by_code={"links": "body"})
        else:
            return redirect("network:conversation", pk=conversation.pk)
    status = 400 if form.errors else 200
    context = {"conversation": conversation, "form": form}
    return render(request, "network/conversations/reply.html", context, status=status)


@signed_in
@require_POST
def conversation_leave(request: HttpRequest, pk: int) -> HttpResponse:
    conversation, _place = access_conversation_by_id(request.user, pk)
    services.conversation_leave(conversation=conversation, person=request.user)
    messages.success(request, _("You left the conversation."))
    return redirect("network:conversations")


@signed_in
def conversation_add(request: HttpRequest, pk: int) -> HttpResponse:
    conversation, _place = access_group_by_id(request.user, pk)
    form = AddPersonForm(posted(request))
    if request.method == "POST" and form.is_valid():
        people = _people(form, "person")
        if people is not None and len(people) != 1:
            form.add_error("person", _("Add one person at a time."))
        elif people is not None:
            try:
                services.participant_add(
                    conversation=conversation, actor=request.user, person=people[0]
                )
            except ValidationError as exc:
                form.add_error("person", error_text(exc))
            else:
                messages.success(request, _("%(name)s was added.") % {"name": people[0].full_name})
                return redirect("network:conversation", pk=conversation.pk)
    status = 400 if form.errors else 200
    context = {"conversation": conversation, "form": form}
    return render(request, "network/conversations/add.html", context, status=status)
