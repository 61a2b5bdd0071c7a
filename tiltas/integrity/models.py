"""The transparency policy guide: its working text (chapters and sections),
the consultation on it, and the versions it was published in."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

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


# The measures catalogue and their adoption by organisations


class MeasureKind(models.TextChoices):
    PREVENT = "prevent", _("Prevent")
    DETECT = "detect", _("Detect")
    RESPOND = "respond", _("Respond")


class RiskArea(models.TextChoices):
    PROCUREMENT = "procurement", _("Public procurement")
    SOCIAL_SERVICES = "social_services", _("Social services")
    GRANTS = "grants", _("Grants and subsidies")
    HR = "hr", _("Human resources")
    PERMITS = "permits", _("Permits and inspections")
    ASSETS = "assets", _("Asset management")
    POLITICAL = "political", _("Political decisions")


class Origin(models.TextChoices):
    NORWAY = "no", _("Norwegian practice")
    LITHUANIA = "lt", _("Lithuanian practice")
    BOTH = "both", _("Norwegian and Lithuanian practice")


class Effort(models.TextChoices):
    LOW = "low", _("Low")
    MEDIUM = "medium", _("Medium")
    HIGH = "high", _("High")


class Measure(models.Model):
    """An anti-corruption measure an organisation can adopt."""

    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"))
    kind = models.CharField(_("type"), max_length=10, choices=MeasureKind.choices)
    origin = models.CharField(_("origin"), max_length=5, choices=Origin.choices)
    effort = models.CharField(_("effort"), max_length=10, choices=Effort.choices)
    evidence = models.TextField(_("evidence of effect"), blank=True)
    resources = models.TextField(_("resources and links"), blank=True)
    programmes = models.ManyToManyField(
        "learning.Programme", verbose_name=_("programmes"), blank=True, related_name="+"
    )
    events = models.ManyToManyField(
        "events.Event", verbose_name=_("events"), blank=True, related_name="+"
    )
    is_published = models.BooleanField(_("published"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.title


class MeasureRiskArea(models.Model):
    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="risk_areas")
    area = models.CharField(_("risk area"), max_length=20, choices=RiskArea.choices)

    class Meta:
        ordering = ["area"]
        constraints = [
            models.UniqueConstraint(fields=["measure", "area"], name="integrity_area_once")
        ]

    def __str__(self) -> str:
        return self.get_area_display()


class AdoptionStatus(models.TextChoices):
    PLANNED = "planned", pgettext_lazy("adoption", "Planned")
    IN_PROGRESS = "in_progress", pgettext_lazy("adoption", "In progress")
    IMPLEMENTED = "implemented", pgettext_lazy("adoption", "Implemented")
    EVALUATED = "evaluated", pgettext_lazy("adoption", "Evaluated")


class Adoption(models.Model):
    """An organisation's adoption of a measure, shown in public (accountability)."""

    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="adoptions",
    )
    measure = models.ForeignKey(
        Measure, verbose_name=_("measure"), on_delete=models.PROTECT, related_name="adoptions"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=AdoptionStatus.choices, default=AdoptionStatus.PLANNED
    )
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    adopted_on = models.DateField(_("adopted on"), default=timezone.localdate)
    target_on = models.DateField(_("to be implemented by"), null=True, blank=True)
    implemented_on = models.DateField(_("implemented on"), null=True, blank=True)
    responsible_role = models.CharField(_("responsible role"), max_length=150, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("adoption")
        verbose_name_plural = _("adoptions")
        ordering = ["organisation__name", "measure__slug"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "measure"], name="integrity_adoption_once"
            ),
            models.CheckConstraint(
                condition=models.Q(progress__lte=100), name="integrity_progress_at_most_100"
            ),
        ]

    def __str__(self) -> str:
        return record_label(self)


class AdoptionEntry(models.Model):
    """One step on an adoption's public timeline, with optional evidence."""

    adoption = models.ForeignKey(Adoption, on_delete=models.CASCADE, related_name="entries")
    on = models.DateField(_("date"), default=timezone.localdate)
    status = models.CharField(_("status"), max_length=20, choices=AdoptionStatus.choices)
    progress = models.PositiveSmallIntegerField(_("progress (%)"))
    note = models.TextField(_("what was done"), blank=True, max_length=2000)
    evidence = models.FileField(_("evidence"), upload_to="integrity/evidence/", blank=True)
    evidence_name = models.CharField(max_length=200, blank=True)
    evidence_type = models.CharField(max_length=100, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("adoption entry")
        verbose_name_plural = _("adoption entries")
        ordering = ["-on", "-id"]

    def __str__(self) -> str:
        return record_label(self)


# The corruption-risk register, private to each organisation


class Art6Criterion(models.TextChoices):
    """The criteria of areas of high corruption risk (Law on the Prevention of
    Corruption of the Republic of Lithuania, art. 6), in short."""

    OFFENCE = "offence", _("A corruption-related offence has been committed in the area")
    SUPERVISION = "supervision", _("Its main functions are control or supervision")
    PERMITS = "permits", _("It issues permits, licences or certificates")
    DISCRETION = "discretion", _("Decisions depend mainly on officials' discretion")
    PROPERTY = "property", _("It manages, uses or disposes of state or municipal property")
    FUNDS = "funds", _("It procures or allocates public funds, grants or subsidies")
    SECRETS = "secrets", _("It handles classified information")


class Risk(models.Model):
    """A corruption risk an organisation has identified: how likely and how
    harmful (1 to 5 each), who owns it, which measures answer it, when it is reviewed."""

    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="risks",
    )
    area = models.CharField(_("risk area"), max_length=20, choices=RiskArea.choices)
    description = models.TextField(_("description"), max_length=4000)
    criteria = models.JSONField(_("art. 6 criteria"), default=list, blank=True)
    likelihood = models.PositiveSmallIntegerField(_("likelihood (1 to 5)"))
    impact = models.PositiveSmallIntegerField(_("impact (1 to 5)"))
    owner = models.CharField(_("owner (role)"), max_length=150)
    measures = models.ManyToManyField(
        Measure, verbose_name=_("measures"), blank=True, related_name="risks"
    )
    review_on = models.DateField(_("next review"))
    reminded_for = models.DateField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("risk")
        verbose_name_plural = _("risks")
        ordering = ["organisation_id", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(likelihood__gte=1, likelihood__lte=5),
                name="integrity_likelihood_1_to_5",
            ),
            models.CheckConstraint(
                condition=models.Q(impact__gte=1, impact__lte=5), name="integrity_impact_1_to_5"
            ),
        ]

    def __str__(self) -> str:
        return record_label(self)

    @property
    def score(self) -> int:
        return self.likelihood * self.impact
