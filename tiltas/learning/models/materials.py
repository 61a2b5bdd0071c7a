"""The set of methodological materials of a programme, with versioned files."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .programmes import Programme, Status


class MaterialKind(models.TextChoices):
    HANDBOOK = "handbook", _("Handbook")
    SLIDES = "slides", _("Slides")
    WORKSHEET = "worksheet", _("Worksheet")
    CASE_STUDY = "case_study", _("Case study")
    TEMPLATE = "template", _("Template")
    OTHER = "other", _("Other")


class MaterialSet(models.Model):
    programme = models.OneToOneField(
        Programme, on_delete=models.CASCADE, related_name="material_set"
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True)

    class Meta:
        verbose_name = _("set of methodological materials")
        verbose_name_plural = _("sets of methodological materials")

    def __str__(self) -> str:
        return self.title


class Material(models.Model):
    material_set = models.ForeignKey(
        MaterialSet, on_delete=models.CASCADE, related_name="materials"
    )
    title = models.CharField(_("title"), max_length=200)
    language = models.CharField(
        _("language"), max_length=5, choices=settings.LANGUAGES, default="lt"
    )
    kind = models.CharField(
        _("type"), max_length=12, choices=MaterialKind.choices, default=MaterialKind.HANDBOOK
    )
    order = models.PositiveIntegerField(_("order"), default=0)
    #: The newest version; older ones stay downloadable from the management pages.
    current_version = models.ForeignKey(
        "MaterialVersion", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    download_count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        ordering = ["material_set", "order", "pk"]

    def __str__(self) -> str:
        return self.title


class MaterialVersion(models.Model):
    material = models.ForeignKey(Material, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveSmallIntegerField(_("version"))
    file = models.FileField(_("file"), upload_to="learning/materials/")
    original_name = models.CharField(max_length=200, editable=False)
    extension = models.CharField(max_length=10, editable=False)
    content_type = models.CharField(max_length=100, editable=False)
    size = models.PositiveBigIntegerField(_("size"), editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(default=timezone.now, editable=False)
    download_count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("material version")
        verbose_name_plural = _("material versions")
        ordering = ["material", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["material", "number"], name="learning_material_version_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.material} v{self.number}"
