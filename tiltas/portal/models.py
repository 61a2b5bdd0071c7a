"""The public project site: project texts, the six thematic tiles, news and pages.

Every text field is translated with django-modeltranslation (``title_lt``,
``title_en``, ``title_nb`` …, see ``translation.py``); Lithuanian is required
and is the fallback. Bodies are Markdown, rendered through
``tiltas.core.text.render_markdown`` (sanitised with an allowlist).
"""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class EditableContent(models.Model):
    """Content shipped by ``content.load_project()`` that coordinators may edit.

    ``edited_at`` is when someone last edited it from the site (the management
    pages show it). Loading again keeps what they wrote: the loader knows its
    own values (``tiltas.core.content``).
    """

    edited_at = models.DateTimeField(_("edited on the site"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class ProjectText(EditableContent):
    class Key(models.TextChoices):
        ESSENCE = "essence", _("Project essence")
        PARTNERS_INTRO = "partners_intro", _("Introduction to the partners")

    key = models.CharField(_("key"), max_length=40, choices=Key.choices, unique=True)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"), blank=True, help_text=_("Markdown."))

    class Meta:
        verbose_name = _("project text")
        verbose_name_plural = _("project texts")
        ordering = ["key"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(key__in=["essence", "partners_intro"]),
                name="portal_projecttext_known_key",
            ),
        ]

    def __str__(self) -> str:
        return self.get_key_display()


class Theme(EditableContent):
    """One of the six thematic tiles of the home page."""

    order = models.PositiveSmallIntegerField(_("position"), unique=True)
    title = models.CharField(_("title"), max_length=120)
    text = models.TextField(_("text"), max_length=600, validators=[MaxLengthValidator(600)])

    class Meta:
        verbose_name = _("thematic area")
        verbose_name_plural = _("thematic areas")
        ordering = ["order"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(order__gte=1, order__lte=6), name="portal_theme_order_1_to_6"
            ),
        ]

    def __str__(self) -> str:
        return self.title


class NewsStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class NewsItem(models.Model):
    slug = models.SlugField(_("address"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(
        _("summary"), max_length=500, blank=True, validators=[MaxLengthValidator(500)]
    )
    body = models.TextField(_("text"), blank=True, help_text=_("Markdown."))
    status = models.CharField(
        _("status"), max_length=10, choices=NewsStatus.choices, default=NewsStatus.DRAFT
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,  # the item stays when its author's account is deleted
        null=True,
        blank=True,
        related_name="portal_news_items",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")
        ordering = ["-published_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=["draft", "published"]),
                name="portal_newsitem_known_status",
            ),
            # A published item always has its publication time.
            models.CheckConstraint(
                condition=~models.Q(status="published") | models.Q(published_at__isnull=False),
                name="portal_newsitem_published_has_date",
            ),
        ]
        indexes = [
            # The public list: published items, newest first.
            models.Index(fields=["status", "-published_at"], name="portal_news_public_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("portal:news_detail", kwargs={"slug": self.slug})

    @property
    def is_published(self) -> bool:
        return self.status == NewsStatus.PUBLISHED


class Page(EditableContent):
    class Slug(models.TextChoices):
        ABOUT = "about", _("About the project")
        CONTACT = "contact", _("Contact")
        ACCESSIBILITY = "accessibility", _("Accessibility statement")
        PRIVACY = "privacy", _("Privacy notice")

    slug = models.SlugField(_("address"), max_length=40, choices=Slug.choices, unique=True)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"), help_text=_("Markdown."))

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        ordering = ["slug"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(slug__in=["about", "contact", "accessibility", "privacy"]),
                name="portal_page_known_slug",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("portal:page", kwargs={"slug": self.slug})
