"""Browser tests: Playwright's sync API driving the machine's chromium.

Nothing is downloaded: the browser is Debian's chromium (``apt-get install -y
chromium``); without one every browser test is skipped with a loud reason.
The live server runs in a thread of this process, so the database is the test
database; ``site`` holds the project content and demo data, ``project_site``
the content only, loaded afresh per test (transactional tests empty the
database afterwards).
"""

import io
import os
import shutil

import pytest

# Playwright's sync API runs an event loop in this thread; Django refuses ORM
# calls from a thread with a running loop unless told it is safe (it is: the
# loop only talks to the browser).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
NO_CHROMIUM = (
    "NO CHROMIUM FOUND: browser and accessibility tests are SKIPPED. "
    "Install it with `apt-get install -y chromium`."
)


def pytest_collection_modifyitems(config, items):
    browser_items = [item for item in items if item.get_closest_marker("browser")]
    if CHROMIUM is None and browser_items and os.environ.get("REQUIRE_BROWSER") == "1":
        # CI sets REQUIRE_BROWSER: skipped accessibility tests must not pass for green.
        raise pytest.UsageError(NO_CHROMIUM)
    if CHROMIUM is None:
        for item in browser_items:
            item.add_marker(pytest.mark.skip(reason=NO_CHROMIUM))


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if CHROMIUM is None and any(
        "e2e" in report.nodeid for report in terminalreporter.stats.get("skipped", [])
    ):
        terminalreporter.write_sep("!", NO_CHROMIUM, red=True, bold=True)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        launched.close()


@pytest.fixture
def project_site(live_server):
    """The live server with the project's own content only (pages, texts, framework)."""
    from django.core.management import call_command

    call_command("load_project", stdout=io.StringIO())
    return live_server


@pytest.fixture
def site(project_site):
    """The live server with the project's content and the demo data (people, news …)."""
    from django.core.management import call_command

    call_command("load_demo", stdout=io.StringIO())
    return project_site


def _new_context(browser, server):
    browser_context = browser.new_context(
        base_url=server.url, viewport={"width": 1280, "height": 900}
    )
    browser_context.set_default_timeout(30_000)  # PDFs render slowly on a busy machine
    return browser_context


@pytest.fixture
def context(browser, site):
    browser_context = _new_context(browser, site)
    yield browser_context
    browser_context.close()


@pytest.fixture
def page(context):
    """A page on the demo site that records CSP violations and script errors."""
    from .support import watch

    yield watch(context.new_page())


@pytest.fixture
def project_page(browser, project_site):
    """Like ``page``, without the demo data (quicker to load) for layout checks."""
    from .support import watch

    browser_context = _new_context(browser, project_site)
    yield watch(browser_context.new_page())
    browser_context.close()
