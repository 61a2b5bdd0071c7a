"""Arguments for accounts' URLs, for the central permission-matrix test."""

from django.core.files.base import ContentFile


def url_samples() -> dict[str, dict]:
    from tiltas.accounts.demo import logo_png
    from tiltas.accounts.tests.factories import OrganisationFactory, UserFactory

    organisation = OrganisationFactory()
    organisation.logo.save("sample.png", ContentFile(logo_png("Sample", (0, 0, 0))))
    person = UserFactory()
    return {
        "accounts:organisation_logo": {"slug": organisation.slug},
        "accounts:organisation_edit": {"pk": organisation.pk},
        "accounts:person_role": {"pk": person.pk},
        "accounts:person_deactivate": {"pk": person.pk},
        "accounts:consent_withdraw": {"notice": "sex_counts"},
        # allauth pages with a key: an unknown key shows the "link not valid" page.
        "account_confirm_email": {"key": "unknown-key"},
        "account_reset_password_from_key": {"uidb36": "1", "key": "unknown-key"},
    }
