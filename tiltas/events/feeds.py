"""The events feed (Atom), one per language: ``/<lang>/events/feed/``, beside
the iCalendar one. Coming events, soonest first; a cancelled one stays, marked."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import formats
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from . import selectors
from .models import Event, EventStatus

#: Entries in the feed: months of coming events.
FEED_EVENTS_COUNT = 50


class EventsFeed(Feed):
    feed_type = Atom1Feed
    # ``language`` is left unset: Feed uses the active language, chosen by the
    # /<lang>/ prefix of the URL.

    def title(self) -> str:
        return _("Tiltas events")

    def subtitle(self) -> str:
        return _("Trainings, seminars and conferences in Lithuania and Norway")

    def author_name(self) -> str:
        return settings.TILTAS_SITE_NAME

    def link(self) -> str:
        return reverse("events:calendar")

    def feed_url(self) -> str:
        return reverse("events:feed")

    def items(self) -> list[Event]:
        return list(selectors.events_public()[:FEED_EVENTS_COUNT])

    def item_title(self, item: Event) -> str:
        if item.status == EventStatus.CANCELLED:
            return _("Cancelled: %(title)s") % {"title": item.title}
        return item.title

    def item_description(self, item: Event) -> str:
        # When and where in the event's own time zone, then the description;
        # Atom marks it type="html", so the plain text is escaped once more.
        starts = localtime(item.starts_at, ZoneInfo(item.timezone))
        when = formats.date_format(starts, "DATETIME_FORMAT")
        where = ", ".join(part for part in (item.venue, item.city) if part)
        return escape(f"{when} · {where}\n\n{item.description}".strip())

    def item_link(self, item: Event) -> str:
        return reverse("events:detail", kwargs={"slug": item.slug})

    def item_pubdate(self, item: Event) -> datetime:
        return item.created_at

    def item_updateddate(self, item: Event) -> datetime:
        return item.updated_at
