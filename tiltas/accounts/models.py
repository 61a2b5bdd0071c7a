"""People, organisations and the record of sign-ins."""

from typing import Any

from django.conf import settings
from django.contrib.auth.models import (
    AbstractBaseUser,
    AnonymousUser,
    BaseUserManager,
    PermissionsMixin,
)
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tiltas.core.roles import Role


class Country(models.TextChoices):
    LT = "LT", _("Lithuania")
    NO = "NO", _("Norway")


class Region(models.TextChoices):
    # The 10 Lithuanian counties (apskritys).
    LT_ALYTUS = "LT-AL", _("Alytus County")
    LT_KAUNAS = "LT-KU", _("Kaunas County")
    LT_KLAIPEDA = "LT-KL", _("Klaipėda County")
    LT_MARIJAMPOLE = "LT-MR", _("Marijampolė County")
    LT_PANEVEZYS = "LT-PN", _("Panevėžys County")
    LT_SIAULIAI = "LT-SA", _("Šiauliai County")
    LT_TAURAGE = "LT-TA", _("Tauragė County")
    LT_TELSIAI = "LT-TE", _("Telšiai County")
    LT_UTENA = "LT-UT", _("Utena County")
    LT_VILNIUS = "LT-VL", _("Vilnius County")
    # The Norwegian counties (fylker) as of 2024.
    NO_OSLO = "NO-03", _("Oslo")
    NO_ROGALAND = "NO-11", _("Rogaland")
    NO_MORE_OG_ROMSDAL = "NO-15", _("Møre og Romsdal")
    NO_NORDLAND = "NO-18", _("Nordland")
    NO_OSTFOLD = "NO-31", _("Østfold")
    NO_AKERSHUS = "NO-32", _("Akershus")
    NO_BUSKERUD = "NO-33", _("Buskerud")
    NO_INNLANDET = "NO-34", _("Innlandet")
    NO_VESTFOLD = "NO-39", _("Vestfold")
    NO_TELEMARK = "NO-40", _("Telemark")
    NO_AGDER = "NO-42", _("Agder")
    NO_VESTLAND = "NO-46", _("Vestland")
    NO_TRONDELAG = "NO-50", _("Trøndelag")
    NO_TROMS = "NO-55", _("Troms")
    NO_FINNMARK = "NO-56", _("Finnmark")

    @classmethod
    def for_country(cls, country: str) -> list[tuple[str, Any]]:
        return [(value, label) for value, label in cls.choices if value.startswith(country)]


class OrganisationType(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    STATE_INSTITUTION = "state", _("State institution")
    NGO = "ngo", _("NGO")
    BUSINESS = "business", _("Business")
    EDUCATION = "education", _("Education or research")
    OTHER = "other", _("Other")


class ProjectRole(models.TextChoices):
    APPLICANT = "applicant", _("Project applicant")
    PARTNER = "partner", _("Project partner")
    NONE = "none", _("None")


def organisation_logo_path(instance: "Organisation", filename: str) -> str:
    # The name is chosen by the service (random); the original name is never used.
    return f"logos/{filename}"


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    type = models.CharField(_("type"), max_length=20, choices=OrganisationType.choices)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    region = models.CharField(_("region"), max_length=5, choices=Region.choices, blank=True)
    project_role = models.CharField(
        _("project role"), max_length=10, choices=ProjectRole.choices, default=ProjectRole.NONE
    )
    logo = models.ImageField(_("logo"), upload_to=organisation_logo_path, blank=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    is_demo = models.BooleanField(_("demo data"), default=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(region="") | models.Q(region__startswith=models.F("country")),
                name="organisation_region_in_country",
            ),
        ]
        indexes = [models.Index(fields=["project_role", "name"])]

    def __str__(self) -> str:
        return self.name


class Sex(models.TextChoices):
    NOT_STATED = "", _("Not stated")
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    OTHER = "other", _("Other")


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **fields) -> "User":
        user = self.model(email=self.normalize_email(email), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **fields) -> "User":
        fields.update(is_staff=True, is_superuser=True, role=Role.ADMINISTRATOR)
        return self.create_user(email, password, **fields)


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField(_("e-mail address"), max_length=254, unique=True)
    full_name = models.CharField(_("full name"), max_length=150)
    preferred_language = models.CharField(
        _("preferred language"), max_length=5, choices=settings.LANGUAGES, default="lt"
    )
    country = models.CharField(_("country"), max_length=2, choices=Country.choices, blank=True)
    position = models.CharField(_("position"), max_length=150, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="people",
    )
    sex = models.CharField(
        _("sex"),
        max_length=10,
        choices=Sex.choices,
        blank=True,
        default=Sex.NOT_STATED,
        help_text=_("Optional. Used only for the donor's sex-disaggregated counts."),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    is_active = models.BooleanField(_("active"), default=True)
    is_staff = models.BooleanField(_("may use the Django admin"), default=False)
    date_joined = models.DateTimeField(_("joined"), default=timezone.now)
    is_demo = models.BooleanField(
        _("demo or generated account"),
        default=False,
        db_default=False,  # rows written without it (older code, raw SQL) are real people
        help_text=_("Demo and benchmark people: never counted in the project's indicators."),
    )

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["full_name"]
        constraints = [models.UniqueConstraint(Lower("email"), name="user_email_ci_unique")]
        # The network's people directory: active people by name, a page at a time.
        indexes = [
            models.Index(
                fields=["full_name", "id"],
                condition=models.Q(is_active=True),
                name="user_active_by_name",
            )
        ]

    def __str__(self) -> str:
        return self.full_name or self.email

    def audit_label(self) -> str:
        return f"person #{self.pk}"

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email


class LoginRecord(models.Model):
    """One row per successful sign-in: it feeds the unique-logins indicator."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="login_records")
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("sign-in")
        verbose_name_plural = _("sign-ins")
        indexes = [models.Index(fields=["user", "at"])]

    def __str__(self) -> str:
        return f"{self.user_id} @ {self.at:%Y-%m-%d %H:%M}"


#: The privacy notice in force (portal's "privacy" page): change it when the
#: notice changes in substance, so the consent ledger says which text was accepted.
PRIVACY_NOTICE_VERSION = "2026-12"


class Notice(models.TextChoices):
    """What a person accepts or consents to (GDPR art. 7)."""

    PRIVACY = "privacy", _("Privacy notice")
    #: Optional: the person's sex in the donor's sex-disaggregated counts.
    SEX_COUNTS = "sex_counts", _("My sex in the donor's counts")


#: The notices a person may give and withdraw at will (accepting the privacy
#: notice is part of having an account; deleting the account ends it).
OPTIONAL_NOTICES = (Notice.SEX_COUNTS,)


class ConsentRecord(models.Model):
    """The consent ledger: a row each time a person accepts a notice or gives or
    withdraws an optional consent, with the version of the notice they saw.
    Rows are only added; the latest per notice is the one in force."""

    person = models.ForeignKey(User, on_delete=models.CASCADE, related_name="consents")
    notice = models.CharField(_("notice"), max_length=20, choices=Notice.choices)
    version = models.CharField(_("version"), max_length=20)
    given = models.BooleanField(_("given"))
    at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["person", "notice", "at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(notice__in=Notice.values) & ~models.Q(version=""),
                name="consent_known_notice_with_version",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person_id} {self.notice} {self.version} {self.given}"

    def audit_label(self) -> str:
        return f"consent record #{self.pk}"


#: Whoever asks a permission gate: a signed-in person or an anonymous visitor.
type Visitor = User | AnonymousUser
