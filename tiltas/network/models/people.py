"""A person's network profile: what they tell other members about themselves,
and who may see each part (public, members, hidden)."""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiltas.accounts.models import Region

BIO_MAX = 2000


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Everyone")
    MEMBERS = "members", _("Signed-in members")
    HIDDEN = "hidden", _("Only me")


#: What signed-in members may see.
SEEN_BY_MEMBERS = (Visibility.PUBLIC, Visibility.MEMBERS)


#: The parts of a profile whose visibility the person chooses, and the default
#: of each: members see the working facts, nobody sees e-mail or competencies
#: until the person says so; nothing is public by default.
PROFILE_PARTS = {
    "organisation": Visibility.MEMBERS,
    "position": Visibility.MEMBERS,
    "region": Visibility.MEMBERS,
    "bio": Visibility.MEMBERS,
    "competencies": Visibility.HIDDEN,
    "email": Visibility.HIDDEN,
}


def _visibility_field(part: str) -> models.CharField:
    return models.CharField(max_length=10, choices=Visibility.choices, default=PROFILE_PARTS[part])


class NetworkProfile(models.Model):
    person = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="network_profile",
        verbose_name=_("person"),
    )
    bio = models.TextField(
        _("about me"), blank=True, max_length=BIO_MAX, validators=[MaxLengthValidator(BIO_MAX)]
    )
    region = models.CharField(_("region"), max_length=5, choices=Region.choices, blank=True)
    areas = models.ManyToManyField(
        "competencies.Area",
        blank=True,
        related_name="+",
        verbose_name=_("competency areas I work in"),
    )
    organisation_visibility = _visibility_field("organisation")
    position_visibility = _visibility_field("position")
    region_visibility = _visibility_field("region")
    bio_visibility = _visibility_field("bio")
    competencies_visibility = _visibility_field("competencies")
    email_visibility = _visibility_field("email")
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("network profile")
        verbose_name_plural = _("network profiles")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(**{f"{part}_visibility__in": Visibility.values}),
                name=f"network_profile_{part}_visibility_valid",
            )
            for part in PROFILE_PARTS
        ]

    def __str__(self) -> str:
        return str(self.person)

    def audit_label(self) -> str:
        return f"network profile #{self.pk}"
