"""Signing in and out keeps the language of the page the person was reading,
whatever their browser asks for (everyday-use issue, item 3)."""

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from django.utils import translation

from .factories import PASSWORD

ENGLISH_BROWSER = {"HTTP_ACCEPT_LANGUAGE": "en"}


def _messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def _home(language: str) -> str:
    with translation.override(language):
        return reverse("portal:home")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "signed_out"), [("lt", "Atsijungėte."), ("nb", "Du er logget ut.")]
)
def test_signing_out_lands_on_the_home_page_in_the_language_of_the_page(
    client, member, language, signed_out
):
    """Not on "/", which would choose a language from the browser's settings."""
    client.force_login(member)
    with translation.override(language):
        sign_out = reverse("account_logout")
    response = client.post(sign_out, **ENGLISH_BROWSER)
    assert response.status_code == 302 and response["Location"] == _home(language)
    landed = client.get(response["Location"], **ENGLISH_BROWSER)
    assert _messages(landed) == [signed_out]


@pytest.mark.django_db
def test_a_person_lands_on_their_home_in_their_own_language_and_is_told_so_in_it(make_user):
    """Signing in on /lt/ as a Norwegian reader: the welcome is in Norwegian,
    like the page it is shown on."""
    person = make_user(preferred_language="nb")
    client = Client()
    with translation.override("lt"):
        sign_in = reverse("account_login")
    response = client.post(sign_in, {"login": person.email, "password": PASSWORD})
    with translation.override("nb"):
        assert response["Location"] == reverse("core:dashboard")
    assert _messages(client.get(response["Location"])) == [f"Logget inn som {person.full_name}."]


@pytest.mark.django_db
def test_a_return_address_keeps_the_language_it_names(make_user):
    person = make_user(preferred_language="nb")
    client = Client()
    with translation.override("lt"):
        sign_in, programmes = reverse("account_login"), reverse("learning:catalogue")
    response = client.post(
        sign_in, {"login": person.email, "password": PASSWORD, "next": programmes}
    )
    assert response["Location"] == programmes
    assert _messages(client.get(programmes)) == [f"Sėkmingai prisijungėte kaip {person.full_name}."]
