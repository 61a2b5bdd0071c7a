"""Threads and posts: reading, writing, quoting, reacting, editing, flagging."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tiltas.core.access import public, signed_in
from tiltas.core.forms import error_text, form_add_service_error, posted
from tiltas.core.throttle import rate_limited

from ..forms.threads import FlagForm, PostEditForm, PostForm, SubscriptionForm, ThreadForm
from ..models import ReactionKind
from ..permissions.clusters import (
    access_cluster_as_member,
    access_post,
    access_post_as_member,
    access_post_to_edit,
    access_post_to_moderate,
    access_thread,
    access_thread_as_member,
    is_author,
    may_moderate,
)
from ..selectors import clusters as selectors
from ..selectors.thread_page import cooked_bodies, thread_page
from ..services import moderation
from ..services import posts as services

#: Posting floods get 429: at most this many new threads and replies a minute.
POSTS_PER_MINUTE = 6


def _is_post(request: HttpRequest) -> bool:
    return request.method == "POST"


posting_limited = rate_limited(
    "network.posting", limit=POSTS_PER_MINUTE, window=60, by="user", when=_is_post
)


def _quoted(request: HttpRequest, thread_pk: int) -> str:
    """The post named by ?quote=, as a Markdown quote, when the visitor sees it."""
    pk = request.GET.get("quote", "")
    if not pk.isdigit():
        return ""
    try:
        post, _membership = access_post(request.user, int(pk))
    except Http404:
        return ""
    if post.thread_id != thread_pk or post.is_hidden:
        return ""
    name = post.author.full_name if post.author else _("Former member")
    lines = "\n".join(f"> {line}" for line in post.body.splitlines())
    return f"> **{name}:**\n{lines}\n\n"


@signed_in
@posting_limited
def thread_create(request: HttpRequest, slug: str) -> HttpResponse:
    cluster, _membership = access_cluster_as_member(request.user, slug)
    form = ThreadForm(*posted(request, files=True))
    if request.method == "POST" and form.is_valid():
        try:
            thread = services.thread_create(
                cluster=cluster,
                person=request.user,
                title=form.cleaned_data["title"],
                body=form.cleaned_data["body"],
                uploads=form.cleaned_data["attachments"],
            )
        except ValidationError as exc:
            form_add_service_error(form, exc, fields_by_code={"links": "body"})
        else:
            return redirect("network:thread", pk=thread.pk)
    return render(request, "network/threads/new.html", {"cluster": cluster, "form": form})


@public
def thread_detail(request: HttpRequest, pk: int) -> HttpResponse:
    thread, membership = access_thread(request.user, pk)
    moderator = may_moderate(request.user, thread.cluster, membership)
    page = thread_page(thread, request.GET.get("page"))
    posts = list(page.object_list)
    bodies = cooked_bodies(thread, posts)
    mine = selectors.reactions_of(request.user, posts)
    for post in posts:
        post.cooked = bodies[post.pk]
        post.my_kinds = {kind for post_id, kind in mine if post_id == post.pk}
        post.mine = is_author(request.user, post)
        post.shown = not post.is_hidden or moderator or post.mine
    return render(
        request,
        "network/threads/detail.html",
        {
            "thread": thread,
            "cluster": thread.cluster,
            "membership": membership,
            "moderator": moderator,
            "page": page,
            "posts": posts,
            "query": "",
            "reply_form": PostForm() if membership else None,
            "subscription_form": SubscriptionForm(
                initial={"level": selectors.subscription_level(request.user, thread)}
            )
            if membership
            else None,
            "reaction_kinds": ReactionKind.choices,
        },
    )


@signed_in
@posting_limited
def post_reply(request: HttpRequest, pk: int) -> HttpResponse:
    thread, _membership = access_thread_as_member(request.user, pk)
    form = PostForm(*posted(request, files=True), initial={"body": _quoted(request, thread.pk)})
    if request.method == "POST" and form.is_valid():
        try:
            post = services.post_create(
                thread=thread,
                person=request.user,
                body=form.cleaned_data["body"],
                uploads=form.cleaned_data["attachments"],
            )
        except ValidationError as exc:
            form_add_service_error(form, exc, fields_by_code={"links": "body"})
        else:
            return redirect("network:post", pk=post.pk)
    return render(request, "network/threads/reply.html", {"thread": thread, "form": form})


@public
def post_link(request: HttpRequest, pk: int) -> HttpResponse:
    """A link to a post lands on its page of the thread."""
    post, _membership = access_post(request.user, pk)
    page = selectors.page_of_post(post)
    url = reverse("network:thread", args=[post.thread_id])
    return redirect(f"{url}?page={page}#post-{post.pk}")


@signed_in
def post_edit(request: HttpRequest, pk: int) -> HttpResponse:
    post = access_post_to_edit(request.user, pk)
    attachments = list(post.attachments.all())
    form = PostEditForm(
        *posted(request, files=True), initial={"body": post.body}, attachments=attachments
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.post_edit(
                post=post,
                body=form.cleaned_data["body"],
                actor=request.user,
                uploads=form.cleaned_data["attachments"],
                remove=form.cleaned_data.get("remove", []),
            )
        except ValidationError as exc:
            form_add_service_error(form, exc)
        else:
            messages.success(request, _("Your changes were saved."))
            return redirect("network:post", pk=post.pk)
    return render(request, "network/threads/edit.html", {"post": post, "form": form})


@signed_in
def post_history(request: HttpRequest, pk: int) -> HttpResponse:
    post = access_post_to_moderate(request.user, pk)
    return render(
        request,
        "network/threads/history.html",
        {"post": post, "revisions": selectors.post_revisions(post)},
    )


@signed_in
@require_POST
def post_react(request: HttpRequest, pk: int) -> HttpResponse:
    post, _membership = access_post_as_member(request.user, pk)
    kind = request.POST.get("kind", "")
    if kind not in ReactionKind.values:
        raise Http404
    services.reaction_toggle(post=post, person=request.user, kind=kind)
    return redirect("network:post", pk=post.pk)


@signed_in
@require_POST
def thread_subscription(request: HttpRequest, pk: int) -> HttpResponse:
    thread, _membership = access_thread_as_member(request.user, pk)
    form = SubscriptionForm(request.POST)
    if form.is_valid():
        services.subscription_set(
            thread=thread, person=request.user, level=form.cleaned_data["level"]
        )
        messages.success(request, _("Your notification setting for this thread was saved."))
    return redirect("network:thread", pk=thread.pk)


@signed_in
def post_flag(request: HttpRequest, pk: int) -> HttpResponse:
    post, _membership = access_post(request.user, pk)
    form = FlagForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            moderation.flag_create(
                post=post,
                person=request.user,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as exc:
            messages.error(request, error_text(exc))
        else:
            messages.success(request, _("Thank you: the moderators will look at this post."))
        return redirect("network:post", pk=post.pk)
    return render(request, "network/threads/flag.html", {"post": post, "form": form})
