"""Study visits between Lithuania and Norway, their delegations and documents."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiltas.core.models import record_label

from .files import AttachedFile


class VisitDirection(models.TextChoices):
    LT_NO = "LT_NO", _("Lithuania to Norway")
    NO_LT = "NO_LT", _("Norway to Lithuania")


class VisitActivityCode(models.TextChoices):
    COMPETENCY_MODEL = "1.1.1", _("1.1.1 Competency model")
    VLE = "1.1.2", _("1.1.2 Virtual learning environment")
    SOCIAL_CLUSTERING = "1.1.3", _("1.1.3 Social-clustering trainings")
    CAPACITIES = "1.2.2", _("1.2.2 Administrative and public capacities")
    ANTI_CORRUPTION = "1.3.2", _("1.3.2 Anti-corruption measures")


class VisitStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PLANNED = "planned", _("Planned")
    HELD = "held", _("Held")
    CANCELLED = "cancelled", _("Cancelled")


#: Visits shown on the public pages.
PUBLIC_VISIT_STATUSES = (VisitStatus.PLANNED, VisitStatus.HELD)


class StudyVisit(models.Model):
    direction = models.CharField(_("direction"), max_length=5, choices=VisitDirection.choices)
    activity = models.CharField(_("activity"), max_length=5, choices=VisitActivityCode.choices)
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address name"), max_length=80, unique=True)
    purpose = models.TextField(_("purpose"), blank=True)
    host_organisations = models.ManyToManyField(
        "accounts.Organisation", verbose_name=_("host organisations"), blank=True, related_name="+"
    )
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    agenda = models.TextField(_("agenda"), blank=True)
    report = models.TextField(_("report"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=VisitStatus.choices, default=VisitStatus.PLANNED
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("study visit")
        verbose_name_plural = _("study visits")
        ordering = ["start_date", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")),
                name="visit_ends_on_or_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def days(self) -> int:
        return (self.end_date - self.start_date).days + 1


class DelegationMember(models.Model):
    """A person travelling: a registered person, or just a name and organisation."""

    visit = models.ForeignKey(StudyVisit, on_delete=models.CASCADE, related_name="delegation")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    name = models.CharField(_("name"), max_length=150, blank=True)
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    role = models.CharField(_("role in the delegation"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("delegation member")
        verbose_name_plural = _("delegation members")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["visit", "person"], name="delegation_member_once"),
            models.CheckConstraint(
                condition=models.Q(person__isnull=False) | ~models.Q(name=""),
                name="delegation_member_named",
            ),
        ]

    def __str__(self) -> str:
        return record_label(self, self.visit)

    @property
    def display_name(self) -> str:
        if self.person_id and self.person:
            return self.person.full_name or self.person.email
        return self.name

    @property
    def display_organisation(self) -> str:
        if self.organisation_name:
            return self.organisation_name
        if self.person_id and self.person and self.person.organisation:
            return self.person.organisation.name
        return ""


def visit_file_path(instance: "VisitFile", filename: str) -> str:
    return f"visits/{filename}"


class VisitFile(AttachedFile):
    visit = models.ForeignKey(StudyVisit, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(upload_to=visit_file_path)

    audit_action = "events.visit_file"

    class Meta(AttachedFile.Meta):
        verbose_name = _("visit file")
        verbose_name_plural = _("visit files")
