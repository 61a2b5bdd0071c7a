"""Arguments to reverse every URL of the network app that takes some (permission matrix)."""


def url_samples() -> dict[str, dict]:
    from tiltas.accounts.tests.factories import OrganisationFactory

    organisation = OrganisationFactory(name="Jonavos rajono savivaldybė")
    return {"network:organisation": {"slug": organisation.slug}}
