"""The pages the benchmark measures, resolved against the loaded data.

Run inside Django (``manage.py shell -c "from bench.targets import main; main()"``):
prints JSON with each page's URL (or why it was skipped) and a session cookie of
the benchmark's member for the signed-in pages. Also used by the query budgets.
"""

import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

from django.apps import apps
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.module_loading import import_string

from bench.scale import BENCH_MEMBER_EMAIL


@dataclass
class Page:
    key: str
    name: str
    signed_in: bool
    url: str = ""
    skipped: str = ""


def _model(label: str):
    try:
        return apps.get_model(label)
    except LookupError:
        return None


def _member_programme(member):
    Enrolment = _model("learning.Enrolment")
    if Enrolment is None or member is None:
        return None
    enrolment = (
        Enrolment.objects.filter(person=member, programme__status="published")
        .select_related("programme")
        .order_by("programme__slug")
        .first()
    )
    return enrolment.programme if enrolment else None


def _lesson_kwargs(member) -> dict:
    programme = _member_programme(member)
    Lesson = _model("learning.Lesson")
    if programme is None or Lesson is None:
        raise LookupError("no programme the member is enrolled in")
    lessons = Lesson.objects.filter(module__programme=programme).order_by("module__order", "order")
    lesson = lessons[10:11].first() or lessons.first()
    if lesson is None:
        raise LookupError("the programme has no lessons")
    return {"slug": programme.slug, "pk": lesson.pk}


def _programme_kwargs(member) -> dict:
    programme = _member_programme(member)
    if programme is None:
        Programme = _model("learning.Programme")
        programme = Programme and Programme.objects.filter(status="published").first()
    if programme is None:
        raise LookupError("no published programme")
    return {"slug": programme.slug}


def _event_kwargs(member) -> dict:
    from django.db.models import Count
    from django.utils import timezone

    Event = _model("events.Event")
    if Event is None:
        raise LookupError("no events app")
    event = (
        Event.objects.filter(status="published", starts_at__gt=timezone.now())
        .annotate(registered=Count("registrations"))
        .order_by("-registered", "starts_at")
        .first()
    )
    if event is None:
        raise LookupError("no upcoming published event")
    return {"slug": event.slug}


def _long_thread(member):
    """The longest thread of a cluster the member belongs to."""
    Thread = _model("network.Thread")
    if Thread is None or member is None:
        raise LookupError("no network app")
    thread = (
        Thread.objects.filter(cluster__memberships__person=member)
        .select_related("cluster")
        .order_by("-post_count", "pk")
        .first()
    )
    if thread is None:
        raise LookupError("the member is in no cluster with a thread")
    return thread


def posts_per_page() -> int:
    """Posts on a page of a thread, as the network app shows them (looked up
    when the app is there, like its models: the benchmark imports no app)."""
    return import_string("tiltas.network.selectors.clusters.POSTS_PER_PAGE")


def _thread_kwargs(member) -> dict:
    return {"pk": _long_thread(member).pk}


def _thread_last_page(member) -> tuple[dict, dict]:
    """The long thread's last page (the deepest: where links to new posts land)."""
    thread = _long_thread(member)
    pages = max(1, -(-thread.post_count // posts_per_page()))
    return {"pk": thread.pk}, {"page": pages}


def _cluster_kwargs(member) -> dict:
    return {"slug": _long_thread(member).cluster.slug}


def search_words() -> list[str]:
    """The scale data's search words that occur in posts (case-insensitively)."""
    from bench.scale.network_texts import SEARCH_WORDS

    Post = _model("network.Post")
    if Post is None:
        return []
    return [word for word in SEARCH_WORDS if Post.objects.filter(body__icontains=word).exists()]


def _search_query(member) -> tuple[None, dict]:
    words = search_words()
    if not words:
        raise LookupError("no post contains a search word of bench/scale/network_texts.py")
    return None, {"q": words[0]}


#: key, name, URL name, signed in, builder of the URL's kwargs (or of a pair:
#: kwargs and the query string's parameters)
PAGES: list[tuple[str, str, str, bool, Callable | None]] = [
    ("floor", "Floor (bare template, 10 rows)", "bench_floor", False, None),
    ("portal_home", "Portal home", "portal:home", False, None),
    ("activities", "Activities", "indicators:activities", False, None),
    ("programme", "Programme page", "learning:programme_detail", False, _programme_kwargs),
    ("lesson", "Lesson", "learning:lesson", True, _lesson_kwargs),
    ("learner_dashboard", "Learner dashboard", "learning:dashboard", True, None),
    ("competency_profile", "Competency profile", "competencies:profile", True, None),
    ("events_list", "Events list", "events:calendar", False, None),
    ("event", "Event page", "events:detail", False, _event_kwargs),
    ("indicator_dashboard", "Indicator dashboard", "indicators:dashboard", False, None),
    ("thread", "Thread (long, first page)", "network:thread", True, _thread_kwargs),
    ("thread_deep", "Thread (long, last page)", "network:thread", True, _thread_last_page),
    ("cluster", "Cluster page", "network:cluster", True, _cluster_kwargs),
    ("cluster_members", "Cluster members", "network:cluster_members", True, _cluster_kwargs),
    ("network_directory", "Network directory", "network:directory", False, None),
    ("network_people", "Network people", "network:people", True, None),
    ("network_search", "Network search", "network:search", True, _search_query),
]


def bench_member():
    User = _model("accounts.User")
    return User.objects.filter(email=BENCH_MEMBER_EMAIL).first()


def resolve_pages(member=None, include_floor: bool = True) -> list[Page]:
    pages = []
    with translation.override("lt"):
        for key, name, url_name, signed_in, kwargs_for in PAGES:
            if key == "floor" and not include_floor:
                continue
            page = Page(key, name, signed_in)
            try:
                built = kwargs_for(member) if kwargs_for else None
                kwargs, query = built if isinstance(built, tuple) else (built, None)
                page.url = reverse(url_name, kwargs=kwargs, query=query)
            except NoReverseMatch:
                page.skipped = f"URL {url_name} does not resolve yet"
            except LookupError as error:
                page.skipped = f"no data: {error}"
            pages.append(page)
    return pages


def session_cookie(member) -> str:
    """A signed-in session for ``member`` and a CSRF cookie (a browser has one
    after its first form), as a Cookie header value."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH
    from django.utils.crypto import get_random_string

    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(member.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = member.get_session_auth_hash()
    session["tiltas_session_started"] = time.time()
    session.create()
    csrf_secret = get_random_string(CSRF_SECRET_LENGTH, CSRF_ALLOWED_CHARS)
    return (
        f"{settings.SESSION_COOKIE_NAME}={session.session_key}; "
        f"{settings.CSRF_COOKIE_NAME}={csrf_secret}"
    )


def main() -> None:
    member = bench_member()
    print(
        json.dumps(
            {
                "member": member.email if member else None,
                "cookie": session_cookie(member) if member else "",
                "pages": [asdict(page) for page in resolve_pages(member)],
            }
        )
    )
