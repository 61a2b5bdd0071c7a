"""The transparency policy guide: its working text (chapters and sections),
the consultation on it, and the versions it was published in."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiltas.core.models import record_label


class GuideState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    CONSULTATION = "consultation", _("Open for consultation")
    PUBLISHED = "published", _("Published")


class Guide(models.Model):
    """The guide's working text and where it stands. Its published versions
    are frozen copies (:class:`GuideVersion`); editing after a publication
    starts the next draft."""

    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    state = models.CharField(
        _("state"), max_length=20, choices=GuideState.choices, default=GuideState.DRAFT
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.title


class Chapter(models.Model):
    guide = models.ForeignKey(Guide, on_delete=models.CASCADE, related_name="chapters")
    position = models.PositiveSmallIntegerField(_("position"))
    title = models.CharField(_("title"), max_length=200)

    class Meta:
        verbose_name = _("chapter")
        verbose_name_plural = _("chapters")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.title


class Section(models.Model):
    """A section of a chapter: a title and a sanitised Markdown text per
    language. ``revision`` grows with each save: an edit made on an older
    revision is refused (two editors at once)."""

    chapter = models.ForeignKey(Chapter, on_delete=models.CASCADE, related_name="sections")
    position = models.PositiveSmallIntegerField(_("position"))
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"), blank=True)
    revision = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.title


class GuideVersion(models.Model):
    """One publication: the whole text in every language as it stood
    (``content``: language → chapters → sections), numbered from 1."""

    guide = models.ForeignKey(Guide, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    change_log = models.TextField(_("what changed"))
    content = models.JSONField(default=dict)
    published_at = models.DateTimeField(_("published"), default=timezone.now)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("guide version")
        verbose_name_plural = _("guide versions")
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["guide", "number"], name="integrity_version_once")
        ]

    def __str__(self) -> str:
        return record_label(self, self.number)

    def chapters(self, language: str) -> list[dict]:
        """The chapters in ``language``, falling back to Lithuanian text where
        a translation is empty."""
        own = self.content.get(language) or []
        fallback = self.content.get(settings.LANGUAGE_CODE) or []
        chapters = []
        for index, chapter in enumerate(own or fallback):
            base = fallback[index] if index < len(fallback) else chapter
            sections = []
            for s_index, section in enumerate(chapter.get("sections", [])):
                base_s = base["sections"][s_index] if s_index < len(base["sections"]) else section
                sections.append(
                    {
                        "title": section.get("title") or base_s.get("title", ""),
                        "body": section.get("body") or base_s.get("body", ""),
                    }
                )
            chapters.append({"title": chapter.get("title") or base["title"], "sections": sections})
        return chapters


class PdfStatus(models.TextChoices):
    PENDING = "pending", _("Being prepared")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


class VersionPdf(models.Model):
    """A version's PDF in one language, drawn in the background."""

    version = models.ForeignKey(GuideVersion, on_delete=models.CASCADE, related_name="pdfs")
    language = models.CharField(max_length=5, choices=settings.LANGUAGES)
    file = models.FileField(upload_to="guide/", blank=True)
    status = models.CharField(max_length=10, choices=PdfStatus.choices, default=PdfStatus.PENDING)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["version", "language"], name="integrity_pdf_once")
        ]

    def __str__(self) -> str:
        return record_label(self)


class Comment(models.Model):
    """A member's comment on a section during consultation, and the editors' answer."""

    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(_("comment"), max_length=4000)
    created_at = models.DateTimeField(default=timezone.now)
    #: The guide version the consultation led to (the next one after the last published).
    round = models.PositiveIntegerField(default=1)
    answer = models.TextField(_("answer"), blank=True, max_length=4000)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return record_label(self)
