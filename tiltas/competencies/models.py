"""The competency model: framework → areas → competencies → level descriptors,
target profiles, dated self-assessments and evidence.

A competency's ``code`` is its identity across framework versions: a new
version copies the published one, and a person's history (self-assessments,
evidence) is matched by code, so it survives a new version.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiltas.core.models import record_label


class FrameworkStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


class Framework(models.Model):
    slug = models.SlugField(_("short name"), max_length=80)
    version = models.PositiveIntegerField(_("version"), default=1)
    status = models.CharField(
        _("status"), max_length=10, choices=FrameworkStatus.choices, default=FrameworkStatus.DRAFT
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("competency framework")
        verbose_name_plural = _("competency frameworks")
        ordering = ["slug", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "version"], name="framework_slug_version"),
            # At most one published version of a framework at a time.
            models.UniqueConstraint(
                fields=["slug"],
                condition=Q(status="published"),
                name="framework_one_published_per_slug",
            ),
            models.CheckConstraint(condition=Q(version__gte=1), name="framework_version_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.title} v{self.version}"

    @property
    def is_draft(self) -> bool:
        return self.status == FrameworkStatus.DRAFT


class ProficiencyLevel(models.Model):
    framework = models.ForeignKey(
        Framework, on_delete=models.CASCADE, related_name="levels", verbose_name=_("framework")
    )
    number = models.PositiveSmallIntegerField(_("level"))
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("proficiency level")
        verbose_name_plural = _("proficiency levels")
        ordering = ["framework", "number"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "number"], name="level_number_unique"),
            models.CheckConstraint(condition=Q(number__gte=1), name="level_number_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.name}"


class Area(models.Model):
    framework = models.ForeignKey(
        Framework, on_delete=models.CASCADE, related_name="areas", verbose_name=_("framework")
    )
    code = models.CharField(_("code"), max_length=20)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("competency area")
        verbose_name_plural = _("competency areas")
        ordering = ["framework", "order", "code"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "code"], name="area_code_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class Competency(models.Model):
    # The framework is stored again here so that codes can be unique per framework
    # by a database constraint; services keep it equal to area.framework.
    framework = models.ForeignKey(
        Framework,
        on_delete=models.CASCADE,
        related_name="competencies",
        verbose_name=_("framework"),
    )
    area = models.ForeignKey(
        Area, on_delete=models.CASCADE, related_name="competencies", verbose_name=_("area")
    )
    code = models.CharField(_("code"), max_length=20)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("competency")
        verbose_name_plural = _("competencies")
        ordering = ["area__order", "area__code", "order", "code"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "code"], name="competency_code_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class LevelDescriptor(models.Model):
    competency = models.ForeignKey(
        Competency,
        on_delete=models.CASCADE,
        related_name="descriptors",
        verbose_name=_("competency"),
    )
    level = models.PositiveSmallIntegerField(_("level"))
    text = models.TextField(_("descriptor"))

    class Meta:
        verbose_name = _("level descriptor")
        verbose_name_plural = _("level descriptors")
        ordering = ["competency", "level"]
        constraints = [
            models.UniqueConstraint(fields=["competency", "level"], name="descriptor_unique"),
            models.CheckConstraint(condition=Q(level__gte=1), name="descriptor_level_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.competency.code} {self.level}"


class TargetProfile(models.Model):
    """The levels a job role requires (e.g. head of a municipal social-services
    department). Levels point at competencies of one framework version; a new
    version copies them by code."""

    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("target profile")
        verbose_name_plural = _("target profiles")
        ordering = ["order", "slug"]

    def __str__(self) -> str:
        return self.name


class TargetLevel(models.Model):
    profile = models.ForeignKey(
        TargetProfile, on_delete=models.CASCADE, related_name="levels", verbose_name=_("profile")
    )
    competency = models.ForeignKey(
        Competency,
        on_delete=models.CASCADE,
        related_name="target_levels",
        verbose_name=_("competency"),
    )
    level = models.PositiveSmallIntegerField(_("required level"))

    class Meta:
        verbose_name = _("required level")
        verbose_name_plural = _("required levels")
        constraints = [
            models.UniqueConstraint(fields=["profile", "competency"], name="target_level_unique"),
            models.CheckConstraint(condition=Q(level__gte=1), name="target_level_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.profile_id}:{self.competency_id}={self.level}"


class ProfileChoice(models.Model):
    """The target profile a person compares themselves with."""

    person = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="competency_profile_choice",
        verbose_name=_("person"),
    )
    profile = models.ForeignKey(
        TargetProfile, on_delete=models.CASCADE, related_name="+", verbose_name=_("profile")
    )
    chosen_at = models.DateTimeField(_("chosen"), default=timezone.now)

    class Meta:
        verbose_name = _("chosen target profile")
        verbose_name_plural = _("chosen target profiles")

    def __str__(self) -> str:
        return f"{self.person_id}→{self.profile_id}"


class SelfAssessment(models.Model):
    """One dated questionnaire. Every assessment is kept: the history is the point."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="self_assessments",
        verbose_name=_("person"),
    )
    framework = models.ForeignKey(
        Framework, on_delete=models.PROTECT, related_name="+", verbose_name=_("framework")
    )
    date = models.DateField(_("date"))
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("self-assessment")
        verbose_name_plural = _("self-assessments")
        ordering = ["-date", "-id"]
        indexes = [models.Index(fields=["person", "date"])]

    def __str__(self) -> str:
        return f"{self.person_id} {self.date}"


class SelfAssessmentItem(models.Model):
    assessment = models.ForeignKey(
        SelfAssessment,
        on_delete=models.CASCADE,
        related_name="items",
        verbose_name=_("self-assessment"),
    )
    competency = models.ForeignKey(
        Competency, on_delete=models.PROTECT, related_name="+", verbose_name=_("competency")
    )
    level = models.PositiveSmallIntegerField(_("level"))
    note = models.TextField(_("note"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("self-assessed level")
        verbose_name_plural = _("self-assessed levels")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "competency"], name="assessment_item_unique"
            ),
            models.CheckConstraint(condition=Q(level__gte=1), name="assessment_level_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.competency_id}={self.level}"


class EvidenceKind(models.TextChoices):
    AUTOMATIC = "automatic", _("Automatic")
    UPLOADED = "uploaded", _("Uploaded")


def evidence_file_path(instance: "Evidence", filename: str) -> str:
    # The service gives the file a random name; the uploaded name is never used on disk.
    return f"competencies/evidence/{filename}"


class Evidence(models.Model):
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="competency_evidence",
        verbose_name=_("person"),
    )
    competency = models.ForeignKey(
        Competency, on_delete=models.PROTECT, related_name="evidence", verbose_name=_("competency")
    )
    kind = models.CharField(_("kind"), max_length=10, choices=EvidenceKind.choices)
    # For automatic evidence: what produced it ("programme_completion",
    # "event_attendance") and which record; together they make it idempotent.
    source = models.CharField(_("source"), max_length=40, blank=True)
    source_ref = models.CharField(_("source reference"), max_length=100, blank=True)
    title = models.CharField(_("title"), max_length=200, blank=True)
    occurred_on = models.DateField(_("date"))
    level_claimed = models.PositiveSmallIntegerField(_("level claimed"))
    file = models.FileField(_("file"), upload_to=evidence_file_path, blank=True, max_length=200)
    file_name = models.CharField(_("file name"), max_length=200, blank=True)
    file_type = models.CharField(_("file type"), max_length=100, blank=True)
    link = models.URLField(_("link"), blank=True, max_length=500)
    validated_level = models.PositiveSmallIntegerField(_("validated level"), null=True, blank=True)
    validated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("validated by"),
    )
    validated_at = models.DateTimeField(_("validated"), null=True, blank=True)
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["-occurred_on", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "source", "source_ref", "competency"],
                condition=Q(kind="automatic"),
                name="evidence_automatic_once",
            ),
            models.CheckConstraint(
                condition=Q(level_claimed__gte=1), name="evidence_level_claimed_positive"
            ),
            models.CheckConstraint(
                condition=Q(validated_level__isnull=True) | Q(validated_level__gte=1),
                name="evidence_validated_level_positive",
            ),
            # An uploaded piece of evidence is a file or a link, never nothing.
            models.CheckConstraint(
                condition=Q(kind="automatic") | ~Q(file="") | ~Q(link=""),
                name="evidence_uploaded_has_file_or_link",
            ),
        ]
        indexes = [
            models.Index(fields=["person", "competency"]),
            models.Index(fields=["validated_at"]),
        ]

    def __str__(self) -> str:
        return record_label(self)

    @property
    def is_validated(self) -> bool:
        return self.validated_level is not None
