"""A demo coordinator signs in with TOTP and manages the site (issue 2)."""

import pytest
from django.urls import reverse

from .support import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COORDINATOR = "coordinator@demo.tiltas.lt"


def _demo_coordinator_exists() -> bool:
    from tiltas.accounts.models import User

    return User.objects.filter(email=COORDINATOR).exists()


def test_coordinator_signs_in_with_totp_and_reaches_management(page):
    assert _demo_coordinator_exists(), f"load_demo created no {COORDINATOR}"
    page.goto("/lt/manage/")
    assert "/accounts/login/" in page.url, "management opened without signing in"
    sign_in(page, COORDINATOR)
    assert "/accounts/" not in page.url, f"still in the sign-in flow at {page.url}"
    response = page.goto("/lt/manage/")
    assert response is not None and response.status == 200
    assert page.url.endswith("/lt/manage/")
    assert page.locator("h1").count() == 1


NEWS = {
    "lt": ("Tiltas pradeda mokymus", "Pirmieji mokymai Vilniuje."),
    "en": ("Tiltas starts its training", "The first training in Vilnius."),
    "nb": ("Tiltas starter opplæringen", "Den første opplæringen i Vilnius."),
}


def test_coordinator_publishes_news_in_three_languages(page):
    from tiltas.portal.models import NewsItem

    create = reverse("portal:manage_news_create")

    sign_in(page, COORDINATOR)
    page.goto(create)
    for language, (title, summary) in NEWS.items():
        page.fill(f"input[name=title_{language}]", title)
        page.fill(f"textarea[name=summary_{language}]", summary)
        page.fill(f"textarea[name=body_{language}]", f"{summary}\n\n{title}.")
    with page.expect_navigation():
        page.locator("main form[method=post] button[type=submit]").last.click()
    item = NewsItem.objects.get(title_lt=NEWS["lt"][0])
    assert not item.is_published, "a new news item should start as a draft"
    # Publish exactly this item, wherever the portal offers the button.
    publish = f"form[action='{reverse('portal:manage_news_publish', kwargs={'pk': item.pk})}']"
    if not page.locator(publish).count():
        page.goto(reverse("portal:manage_news_list"))
    with page.expect_navigation():
        page.locator(f"{publish} button[type=submit]").click()
    item.refresh_from_db()
    assert item.is_published
    for language, (title, _summary) in NEWS.items():
        page.goto(f"/{language}/news/")
        assert page.get_by_text(title).count() >= 1, f"{title!r} is not on /{language}/news/"
