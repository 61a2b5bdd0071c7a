"""The good-practice library: structured entries written by members, their
comments, and the organisations that say "we use this too"."""

from typing import TYPE_CHECKING

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiltas.accounts.models import Country, Organisation

if TYPE_CHECKING:
    from django.utils.functional import _StrOrPromise as StrOrPromise

TEXT_MAX = 10_000
COMMENT_MAX = 4_000
#: The six thematic areas are the portal's; a practice names one by its position.
THEMES = range(1, 7)


class PracticeStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class Audience(models.TextChoices):
    PUBLIC = "public", _("Everyone")
    MEMBERS = "members", _("Signed-in members only")


def _text(label: "StrOrPromise", *, required: bool = True) -> models.TextField:
    return models.TextField(
        label, blank=not required, max_length=TEXT_MAX, validators=[MaxLengthValidator(TEXT_MAX)]
    )


class PracticeTag(models.Model):
    name = models.CharField(_("name"), max_length=40)
    slug = models.SlugField(_("short name"), max_length=50, unique=True, allow_unicode=True)

    class Meta:
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.name


class Practice(models.Model):
    title = models.CharField(_("title"), max_length=200)
    problem = _text(_("problem"))
    solution = _text(_("solution"))
    results = _text(_("results"), required=False)
    resources = _text(_("resources"), required=False)
    contact_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("contact organisation"),
    )
    theme = models.PositiveSmallIntegerField(_("thematic area"))
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    tags = models.ManyToManyField(PracticeTag, blank=True, related_name="practices")
    audience = models.CharField(
        _("who may read it"), max_length=10, choices=Audience.choices, default=Audience.PUBLIC
    )
    status = models.CharField(
        _("status"), max_length=10, choices=PracticeStatus.choices, default=PracticeStatus.DRAFT
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(default=timezone.now)
    published_at = models.DateTimeField(null=True, blank=True)
    is_demo = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(theme__gte=1, theme__lte=6),
                name="network_practice_theme_1_to_6",
                violation_error_message=_("Choose one of the six thematic areas."),
            ),
            models.CheckConstraint(
                condition=models.Q(status=PracticeStatus.DRAFT)
                | models.Q(published_at__isnull=False),
                name="network_practice_published_has_date",
            ),
        ]
        indexes = [models.Index(fields=["status", "-published_at"])]

    def __str__(self) -> str:
        return self.title

    def audit_label(self) -> str:
        return f"good practice #{self.pk}"


class PracticeComment(models.Model):
    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    body = models.TextField(
        _("comment"), max_length=COMMENT_MAX, validators=[MaxLengthValidator(COMMENT_MAX)]
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("comment on a good practice")
        verbose_name_plural = _("comments on good practices")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.practice} #{self.pk}"

    def audit_label(self) -> str:
        return f"good practice comment #{self.pk}"


class PracticeUse(models.Model):
    """An organisation says "we use this too"; once per organisation and practice."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="uses")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="practice_uses"
    )
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("use of a good practice")
        verbose_name_plural = _("uses of good practices")
        constraints = [
            models.UniqueConstraint(
                fields=["practice", "organisation"], name="network_practice_use_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} — {self.practice}"

    def audit_label(self) -> str:
        return f"good practice use #{self.pk}"
