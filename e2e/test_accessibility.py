"""axe-core (WCAG 2.1 A and AA) on every public, signed-in and staff page in
lt, en and nb, with the error states a visitor meets: a failed sign-in and a
missing page (SECURITY.md AX-1). The pages run under their real CSP: any
violation of it, or a script error, fails too (IO-2).

Lithuanian and Norwegian pages are read on a phone (375 by 812 px), English
ones on a desktop screen, so each page is checked at both sizes without being
loaded twice: on the phone no page may scroll sideways (everyday-use issue,
item 6; WCAG 1.4.10)."""

import pytest
from django.test import Client

from tiltas.core.tests.html_checks import drain, is_html
from tiltas.core.tests.url_walk import MissingSample, collect_routes, member_urls, url_of

from .support import axe_violations, share_session, watch

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ["lt", "en", "nb"]
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
#: The widest element that sticks out of the page, to name it in the failure.
SIDEWAYS = """() => {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width) return null;
  let widest = null;
  for (const element of document.querySelectorAll("body *")) {
    const right = element.getBoundingClientRect().right;
    if (right > width + 1 && (!widest || right > widest.right)) {
      widest = {right, tag: element.tagName.toLowerCase(), cls: element.className || ""};
    }
  }
  return {scroll: document.documentElement.scrollWidth, width, widest};
}"""


def screen_for(language: str) -> dict[str, int]:
    return DESKTOP if language == "en" else PHONE


def public_pages(language: str) -> tuple[list[str], list[str]]:
    """URLs of every public view that answers an anonymous GET with HTML, and
    those that fail with a server error."""
    client = Client(raise_request_exception=False)
    samples: dict = {}
    urls, broken = [], []
    for route in collect_routes():
        rule = route.access
        if rule is None or rule.kind != "public" or not route.localised:
            continue
        try:
            url = url_of(route, language, samples)
        except MissingSample:
            continue  # the permission matrix names it
        response = client.get(url)
        drain(response)
        if response.status_code == 200 and is_html(response):
            urls.append(url)
        elif response.status_code >= 500:
            broken.append(f"{url}: server error {response.status_code}")
    return urls, broken


def page_failures(page, url: str, language: str) -> list[str]:
    failures = [f"{url}: {line}" for line in axe_violations(page)]
    lang = page.get_attribute("html", "lang")
    if lang != language:
        failures.append(f"{url}: <html lang={lang!r}>, expected {language!r}")
    failures += [f"{url}: {error}" for error in page.csp_errors]
    page.csp_errors.clear()
    if page.viewport_size == PHONE and (sideways := page.evaluate(SIDEWAYS)):
        failures.append(f"{url}: scrolls sideways on a phone: {sideways}")
    return failures


def sweep(page, urls: list[str], language: str) -> list[str]:
    page.set_viewport_size(screen_for(language))
    failures = []
    for url in urls:
        page.goto(url)
        failures += page_failures(page, url, language)
    return failures


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_have_no_axe_violations(page, language):
    urls, failures = public_pages(language)
    assert f"/{language}/accounts/login/" in urls, urls
    failures += sweep(page, urls, language)
    assert not failures, f"{len(failures)} problems on {len(urls)} pages:\n" + "\n".join(failures)


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_in_their_empty_state_have_no_axe_violations(project_page, language):
    """Before any demo data: empty lists, no news, no events."""
    urls, failures = public_pages(language)
    failures += sweep(project_page, urls, language)
    assert not failures, f"{len(failures)} problems on {len(urls)} pages:\n" + "\n".join(failures)


@pytest.mark.parametrize("language", LANGUAGES)
def test_error_states_have_no_axe_violations(project_page, language):
    page = project_page
    failures = []
    login = f"/{language}/accounts/login/"
    page.goto(login)
    page.fill("input[name=login]", "nobody@example.org")
    page.fill("input[name=password]", "not the right password")
    with page.expect_navigation():
        page.press("input[name=password]", "Enter")
    failures += page_failures(page, f"{login} (wrong password)", language)

    missing = f"/{language}/no-such-page/"
    response = page.goto(missing)
    assert response is not None and response.status == 404
    failures += page_failures(page, f"{missing} (404)", language)
    assert not failures, "\n".join(failures)


def signed_in_pages(users: dict, language: str) -> tuple[dict[str, list[str]], list[str]]:
    """For each role, the URLs of signed-in and staff pages it opens as HTML;
    the member's include the pages of what it belongs to (a private cluster's),
    which must open."""
    samples: dict = {}
    clients = {}
    pages: dict[str, list[str]] = {}
    broken = []

    def visit(role: str, url: str) -> int:
        if role not in clients:
            clients[role] = Client(raise_request_exception=False)
            clients[role].force_login(users[role])
        response = clients[role].get(url)
        drain(response)
        if response.status_code == 200 and is_html(response):
            pages.setdefault(role, []).append(url)
        elif response.status_code >= 500:
            broken.append(f"{url} as {role}: server error {response.status_code}")
        return response.status_code

    for route in collect_routes():
        rule = route.access
        if rule is None or rule.kind == "public" or not route.localised:
            continue
        if rule.kind == "signed_in":
            role = "member"
        else:
            role = "administrator" if "administrator" in rule.roles else sorted(rule.roles)[0]
        try:
            url = url_of(route, language, samples)
        except MissingSample:
            continue  # the permission matrix names it
        visit(role, url)
    for url in member_urls(users["member"], language, samples):
        if (status := visit("member", url)) != 200:
            broken.append(f"{url} as a member of what it belongs to: {status}")
    return pages, broken


@pytest.mark.parametrize("language", LANGUAGES)
def test_signed_in_and_staff_pages_have_no_axe_violations(browser, site, make_user, language):
    from tiltas.core.roles import Role

    users = {role: make_user(role=role) for role in Role.values}
    users["administrator"] = make_user(role=Role.ADMINISTRATOR, is_staff=True, is_superuser=True)
    pages, failures = signed_in_pages(users, language)
    assert pages.get("member"), "no signed-in page found"
    for role, urls in pages.items():
        context = browser.new_context(base_url=site.url)
        share_session(context, users[role], site.url)
        page = watch(context.new_page())
        try:
            failures += [f"{line} (as {role})" for line in sweep(page, urls, language)]
        finally:
            context.close()
    count = sum(len(urls) for urls in pages.values())
    assert not failures, f"{len(failures)} problems on {count} pages:\n" + "\n".join(failures)
