"""The news feed (Atom), one per language: ``/<lang>/news/feed/``."""

from datetime import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from . import selectors
from .models import NewsItem


class NewsFeed(Feed):
    feed_type = Atom1Feed

    def title(self) -> str:
        return _("Tiltas news")

    def subtitle(self) -> str:
        return _("News of Tiltas, a Lithuanian and Norwegian project on social clustering")

    # ``language`` is left unset: Feed then uses the active language, which
    # the /<lang>/ prefix of the URL selected.

    def author_name(self) -> str:
        # Atom requires an author; the news is the project's, not a person's.
        return settings.TILTAS_SITE_NAME

    def link(self) -> str:
        return reverse("portal:news_list")

    def feed_url(self) -> str:
        return reverse("portal:news_feed")

    def items(self) -> list[NewsItem]:
        return list(selectors.news_published_list()[: selectors.FEED_NEWS_COUNT])

    def item_title(self, item: NewsItem) -> str:
        return item.title

    def item_description(self, item: NewsItem) -> str:
        # Atom marks the summary as type="html": readers parse it as HTML, so
        # the plain-text summary is escaped once more.
        return escape(item.summary or "")

    def item_link(self, item: NewsItem) -> str:
        return item.get_absolute_url()

    def item_pubdate(self, item: NewsItem) -> datetime | None:
        return item.published_at

    def item_updateddate(self, item: NewsItem) -> datetime:
        return item.updated_at
