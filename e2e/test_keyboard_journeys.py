"""Journeys with the keyboard alone (SECURITY.md AX-2): signing in with the
second factor, signing up for a training, and the dashboard. Each control is reached with
Tab from the top of the page, never clicked, and shows where focus is."""

import pytest

from .support import DEMO_PASSWORD, current_totp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FOCUS = """(selector) => {
  const e = document.activeElement;
  const style = getComputedStyle(e);
  const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
    || (style.boxShadow && style.boxShadow !== 'none');
  return {matches: e.matches(selector), visible: ring, key: e.tagName + ' ' + (e.name || e.id)};
}"""
NEARLY_FULL = "demo-capacities-trondheim"  # the demo leaves one place free


def tab_to(page, selector: str, presses: int = 80) -> None:
    """Press Tab until ``selector`` has focus, which must be visible there."""
    for _press in range(presses):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS, selector)
        if state["matches"]:
            assert state["visible"], f"no visible focus on {state['key']}"
            return
    raise AssertionError(f"Tab never reached {selector} on {page.url}")


def press_enter_on(page, selector: str) -> None:
    tab_to(page, selector)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def sign_in_by_keyboard(page, email: str, language: str = "en") -> None:
    page.goto(f"/{language}/accounts/login/")
    tab_to(page, "input[name=login]")
    page.keyboard.type(email)
    tab_to(page, "input[name=password]")
    page.keyboard.type(DEMO_PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    if "/2fa/" in page.url or page.locator("input[name=code]").count():
        tab_to(page, "input[name=code]")
        page.keyboard.type(current_totp())
        with page.expect_navigation():
            page.keyboard.press("Enter")
    assert "/accounts/" not in page.url, f"still in the sign-in flow at {page.url}"


def test_a_coordinator_signs_in_with_the_second_factor_by_keyboard(page):
    sign_in_by_keyboard(page, "coordinator@demo.tiltas.lt")
    response = page.goto("/en/manage/")
    assert response is not None and response.status == 200 and page.url.endswith("/en/manage/")


def test_a_member_signs_up_for_a_training_by_keyboard(page):
    sign_in_by_keyboard(page, "member01@demo.tiltas.lt")
    page.goto(f"/en/events/{NEARLY_FULL}/")
    press_enter_on(page, f"main a[href$='/events/{NEARLY_FULL}/register/']")
    press_enter_on(page, "main form[method=post] button[type=submit]")
    assert "Your place is confirmed" in page.content()


STOP = """() => {
  const e = document.activeElement;
  const style = getComputedStyle(e);
  const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
    || (style.boxShadow && style.boxShadow !== 'none');
  return {key: e.tagName + ' ' + (e.getAttribute('href') || e.name || e.textContent.trim()),
          visible: ring, inMain: !!e.closest('main'), inFooter: !!e.closest('footer')};
}"""


def test_a_member_walks_the_dashboard_by_keyboard(page):
    """Every link and button of the dashboard is reached by Tab with a visible
    focus, and focus goes on to the footer: no trap."""
    sign_in_by_keyboard(page, "member01@demo.tiltas.lt")
    page.goto("/en/me/")
    in_main, invisible = [], []
    for _press in range(150):
        page.keyboard.press("Tab")
        state = page.evaluate(STOP)
        if not state["visible"]:
            invisible.append(state["key"])
        if state["inMain"]:
            in_main.append(state["key"])
        if state["inFooter"]:
            break
    else:
        raise AssertionError(f"focus never left the page body for the footer: {in_main[-5:]}")
    assert len(in_main) >= 3, in_main
    assert not invisible, f"no visible focus on: {invisible}"
    # And the first of the dashboard's own links opens with Enter.
    press_enter_on(page, "main a[href^='/en/']")
    assert "/en/" in page.url and not page.url.endswith("/en/me/")
