"""The app protocol: what an app adds to the platform, declared in one place.

Every Tiltas app's ``AppConfig`` is a :class:`PlatformApp` and states its
contributions as class attributes; ``core`` walks them
(:mod:`tiltas.core.contributions`) and names no feature app, URL or model
itself. Declaring imports nothing: functions, classes and objects are named by
dotted path and models by label (``"learning.Lesson"``), and are loaded on
first use, once every app is ready. ::

    class EventsConfig(PlatformApp):
        name = "tiltas.events"
        navigation = (NavItem("events:calendar", _("Events"), "events", order=50),)
        counters = {"events.participants": "tiltas.events.counting.participants"}
        jobs = (Job("events.reminders", timedelta(hours=1), "send_event_reminders"),)

A test fails when an app declares an attribute this class does not know, when
a dotted path does not resolve, or when a URL name does not reverse.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from typing import ClassVar

from django.apps import AppConfig, apps
from django.utils.functional import Promise
from django.utils.module_loading import import_string

from . import scopes

Label = str | Promise


@dataclass(frozen=True)
class NavItem:
    """An entry of the main navigation; ``section`` is the first path segment
    after the language prefix (it marks the entry as the current one)."""

    url_name: str
    label: Label
    section: str
    order: int = 100


@dataclass(frozen=True)
class ManageSection:
    """A management area on the staff's "Manage" page, for the given roles."""

    url_name: str
    label: Label
    roles: frozenset[str]
    order: int = 100


@dataclass(frozen=True)
class HomeCard:
    """A card on the signed-in person's home page ("My Tiltas")."""

    url_name: str
    title: Label
    text: Label
    order: int = 100


@dataclass(frozen=True)
class WayIn:
    """A way into the platform, offered first on the public home page (learn,
    trainings, results …)."""

    url_name: str
    title: Label
    text: Label
    order: int = 100


@dataclass(frozen=True)
class NextStep:
    """What a signed-in person could do next in an app (the lesson to continue,
    the next training), shown first on their home page. Built for one person,
    so its texts are already in their language."""

    url: str
    title: str
    text: str = ""
    order: int = 100


@dataclass(frozen=True)
class FooterLink:
    url_name: str
    label: Label
    args: tuple[str, ...] = ()
    order: int = 100


@dataclass(frozen=True)
class Job:
    """A periodic job: a management command ``manage.py run_schedule`` runs
    every ``every``."""

    name: str
    every: timedelta
    command: str
    args: tuple[str, ...] = ()


@dataclass(frozen=True)
class CacheScope:
    """Rows of ``model`` (a label) are shown on the pages of ``owner``: a model
    label (the row's own model when empty), whose id is the attribute path
    ``via`` on the row, or the name of a scope such as ``"site"``. Writing a
    row changes the owner's cache scope and the scope of the owner's lists
    (:mod:`tiltas.core.scopes`)."""

    model: str
    owner: str = ""
    via: str = "pk"


@dataclass(frozen=True)
class Measurement:
    """What a counter answers for one indicator source."""

    value: int | Decimal
    #: Optional disaggregation, e.g. {"sex": {"female": 120, "male": 98, "": 4}}.
    breakdown: dict[str, dict[str, int]] = field(default_factory=dict)


class PlatformApp(AppConfig):
    """Base of every Tiltas app's configuration: the declarations below are the
    whole protocol between an app and the platform."""

    # Django picks an apps.py's one AppConfig subclass, or else the one marked
    # default: this base is imported into every apps.py, so it is not one, and
    # each app's own subclass is.
    default = False

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if "default" not in vars(cls):
            cls.default = True

    #: Entries of the main navigation.
    navigation: ClassVar[tuple[NavItem, ...]] = ()
    #: Areas on the "Manage" page.
    manage_sections: ClassVar[tuple[ManageSection, ...]] = ()
    #: Cards on the signed-in person's home page.
    home_cards: ClassVar[tuple[HomeCard, ...]] = ()
    #: Ways in on the public home page, before the project's description.
    home_ways_in: ClassVar[tuple[WayIn, ...]] = ()
    #: Dotted path of a function ``(user) -> list[NextStep]``: what the person
    #: could do next in this app, answered from the app's own selectors.
    next_steps: ClassVar[str] = ""
    #: Links in the footer of every page.
    footer_links: ClassVar[tuple[FooterLink, ...]] = ()
    #: The URL name of the site's home page (one app declares it).
    home_url_name: ClassVar[str] = ""
    #: The privacy notice's page, linked where people accept it (one app declares it).
    privacy_notice: ClassVar[FooterLink | None] = None
    #: Dotted paths to :class:`~tiltas.core.personal_data.PersonalDataSource` objects.
    personal_data: ClassVar[tuple[str, ...]] = ()
    #: Indicator sources this app counts: source key → dotted path of the counter,
    #: a function ``(*, start, end, **params) -> Measurement``.
    counters: ClassVar[Mapping[str, str]] = {}
    #: Periodic jobs.
    jobs: ClassVar[tuple[Job, ...]] = ()
    #: Sections of ``/sitemap.xml``: name → dotted path of a Sitemap class.
    sitemaps: ClassVar[Mapping[str, str]] = {}
    #: Dotted path of ``load_project()``, which loads the project's own content
    #: (``manage.py load_project``; apps load in INSTALLED_APPS order).
    project_content: ClassVar[str] = ""
    #: Dotted path of ``load_demo()`` (``manage.py load_demo``): returns lines to print.
    demo_content: ClassVar[str] = ""
    #: What cached pages and data show of this app's rows: a write changes them.
    cache_scopes: ClassVar[tuple[CacheScope, ...]] = ()
    #: Dotted path of a function connecting this app's receivers to the domain
    #: signals of the apps below it (called once, when the app is ready).
    receivers: ClassVar[str] = ""
    #: Reads this app adds to a lower app's pages: slot name → dotted path of a
    #: function. The lower app asks :func:`tiltas.core.contributions.extension`.
    extensions: ClassVar[Mapping[str, str]] = {}
    #: Dotted paths of :class:`~tiltas.notifications.kinds.NotificationKind`
    #: objects: what this app tells people about through the notifications app.
    notification_kinds: ClassVar[tuple[str, ...]] = ()

    def ready(self) -> None:
        """Wire what must act from the start: the rows cached pages show, and the
        receivers of other apps' signals."""
        for scope in self.cache_scopes:
            scopes.track(
                apps.get_model(scope.model), owner=scope.owner or scope.model, via=scope.via
            )
        if self.receivers:
            import_string(self.receivers)()


#: The names of the protocol; an app declaring anything else is a mistake.
DECLARATIONS = frozenset(
    name
    for name in vars(PlatformApp)
    if not name.startswith("_") and name not in ("ready", "default")
)

#: What Django's own AppConfig lets an app set.
_DJANGO_ATTRIBUTES = frozenset({"name", "label", "verbose_name", "path", "default_auto_field"})


def unknown_declarations(config_class: type[AppConfig]) -> set[str]:
    """The attributes an app's configuration sets that neither Django nor the
    protocol knows (a typo, or a contribution the core would silently ignore)."""
    own = {name for name in vars(config_class) if not name.startswith("_")}
    return own - DECLARATIONS - _DJANGO_ATTRIBUTES - {"default"}
