"""Downloads behind a fresh password check end in the file (everyday-use issue,
item 1): the check returns to a ready page that starts the download, never to
the file itself, which a browser would save while staying on the password form."""

import re
from html import unescape

import pytest
from django.urls import reverse
from django.utils.http import urlencode

from tiltas.accounts.tests.factories import PASSWORD
from tiltas.events.tests.factories import EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


def _password_check(client, response):
    """Follow the redirect to the password form and send the form as a browser would."""
    assert response.status_code == 302
    check = response["Location"]
    assert check.startswith(reverse("account_reauthenticate"))
    form = client.get(check).content.decode()
    next_url = unescape(re.search(r'name="next" value="([^"]+)"', form).group(1))
    return client.post(check, {"password": PASSWORD, "next": next_url})


def _refresh_target(html: str) -> str:
    return unescape(re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', html).group(1))


def test_my_data_is_downloaded_after_the_password_check(client, member):
    client.force_login(member)  # signed in, but not in the last minutes
    page = reverse("accounts:my_data")
    download = reverse("accounts:my_data_download")
    html = client.get(page).content.decode()
    link = re.search(rf'<a[^>]*href="{download}"[^>]*>', html).group(0)
    assert " download" not in link  # would save the password form as the file

    checked = _password_check(client, client.get(download, headers={"referer": page}))
    ready = checked["Location"]
    assert ready.startswith(download + "?ready=1")
    html = client.get(ready).content.decode()
    assert _refresh_target(html) == download
    assert f'href="{page}"' in html  # back to My data
    response = client.get(download)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert b"".join(response.streaming_content).startswith(b"PK")  # the ZIP archive


def test_the_coordinators_export_is_downloaded_after_the_password_check(client, coordinator):
    event = EventFactory()
    RegistrationFactory(event=event, person__full_name="Ona Onaitė")
    client.force_login(coordinator)
    detail = reverse("events:manage_detail", args=[event.pk])
    export = reverse("events:manage_export_csv", args=[event.pk])
    checked = _password_check(client, client.get(export, headers={"referer": detail}))
    html = client.get(checked["Location"]).content.decode()
    assert _refresh_target(html) == export and f'href="{detail}"' in html
    response = client.get(export)
    assert response["Content-Disposition"].startswith("attachment")
    assert "Ona Onaitė" in response.content.decode("utf-8-sig")


def test_the_ready_page_asks_for_the_password_too(client, member):
    client.force_login(member)
    ready = reverse("accounts:my_data_download") + "?ready=1"
    response = client.get(ready)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))


@pytest.mark.parametrize(
    "back", ["https://evil.example/lt/", "//evil.example/lt/", "javascript:alert(1)"]
)
def test_the_way_back_stays_on_this_site(client, member, back):
    client.force_login(member)
    download = reverse("accounts:my_data_download")
    checked = _password_check(client, client.get(download, headers={"referer": back}))
    assert "evil" not in checked["Location"] and "javascript" not in checked["Location"]
    html = client.get(f"{download}?{urlencode({'ready': 1, 'back': back})}").content.decode()
    links = re.findall(r'<a [^>]*href="([^"]*)"', html)
    # Only the language links carry the query (still this site's paths).
    assert not [link for link in links if link.startswith(("//", "http", "javascript"))]
    assert _refresh_target(html) == download
