import factory
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.conf import settings

from tiltas.accounts.models import Country, Organisation, OrganisationType, Region, User
from tiltas.core.roles import STAFF_ROLES, Role

PASSWORD = "correct horse battery staple"


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    type = OrganisationType.MUNICIPALITY
    country = Country.LT
    region = Region.LT_VILNIUS


class UserFactory(factory.django.DjangoModelFactory):
    """A person with a verified e-mail address; staff roles get TOTP set up
    with the demo secret (pass ``with_totp=False`` to leave it out)."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name")
    country = Country.LT
    role = Role.MEMBER
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def verified(self, create: bool, extracted: bool | None, **kwargs) -> None:
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)

    @factory.post_generation
    def with_totp(self, create: bool, extracted: bool | None, **kwargs) -> None:
        wants = extracted if extracted is not None else self.role in STAFF_ROLES
        if create and wants:
            TOTP.activate(self, settings.TILTAS_DEMO_TOTP_SECRET)


def has_totp(user: User) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
