"""Keyboard use, reflow and the language switch (SECURITY.md AX-1, AX-2)."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ACTIVE = "() => { const e = document.activeElement; return [e.tagName, e.id, e.className]; }"


def test_first_tab_focuses_the_skip_link_and_it_moves_focus_to_main(project_page):
    page = project_page
    page.goto("/lt/")
    page.keyboard.press("Tab")
    tag, _id, classes = page.evaluate(ACTIVE)
    assert tag == "A" and "skip-link" in classes, (tag, classes)
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"
    assert page.evaluate(
        "() => { const e = document.activeElement, r = e.getBoundingClientRect();"
        " return r.width > 0 && r.height > 0 && r.top >= 0; }"
    ), "the focused skip link is not visible"
    page.keyboard.press("Enter")
    tag, element_id, _classes = page.evaluate(ACTIVE)
    assert (tag, element_id) == ("MAIN", "main")


def test_no_horizontal_scroll_at_320_px(browser, site):
    """Reflow (WCAG 1.4.10): the home page and a few busy pages fit 320 px."""
    context = browser.new_context(base_url=site.url, viewport={"width": 320, "height": 640})
    failures = []
    try:
        page = context.new_page()
        for path in ["/lt/", "/lt/news/", "/lt/partners/", "/lt/accounts/login/"]:
            response = page.goto(path)
            assert response is not None and response.status == 200, path
            widths = page.evaluate(
                "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
            )
            if widths[0] > widths[1]:
                failures.append(f"{path} scrolls sideways at 320 px: {widths}")
    finally:
        context.close()
    assert not failures, "\n".join(failures)


def test_language_links_keep_the_page_and_change_lang(project_page):
    page = project_page
    page.goto("/lt/news/")
    assert page.get_attribute("html", "lang") == "lt"
    for language in ["en", "nb", "lt"]:
        with page.expect_navigation():
            page.click(f".language-switch a[hreflang={language}]")
        assert page.url.endswith(f"/{language}/news/"), page.url
        assert page.get_attribute("html", "lang") == language
        current = page.locator(".language-switch a[aria-current]")
        assert current.get_attribute("hreflang") == language


FOCUS_STATE = """() => {
  const e = document.activeElement;
  const style = getComputedStyle(e);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow && style.boxShadow !== 'none';
  return {
    key: e.tagName + ' '
      + (e.getAttribute('href') || e.getAttribute('name') || e.textContent.trim()),
    visible: outline || shadow,
    inFooter: !!e.closest('footer'),
  };
}"""


def test_tab_walk_shows_focus_everywhere_and_reaches_the_footer(project_page):
    page = project_page
    """Keyboard only: every stop has a visible focus ring and focus is never trapped."""
    page.goto("/lt/")
    seen, invisible = [], []
    for _press in range(80):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STATE)
        if state["key"].startswith("BODY"):
            break
        if not state["visible"]:
            invisible.append(state["key"])
        seen.append(state["key"])
        if state["inFooter"] and "accessibility" in state["key"]:
            break
    assert any("accessibility" in key for key in seen), f"focus never reached the footer: {seen}"
    assert not invisible, f"no visible focus on: {invisible}"


def test_footer_links_to_accessibility_statement_and_privacy_notice(project_page):
    page = project_page
    for language in ["lt", "en", "nb"]:
        page.goto(f"/{language}/")
        footer = page.locator("footer")
        for slug in ["accessibility", "privacy"]:
            link = footer.locator(f"a[href='/{language}/pages/{slug}/']")
            assert link.count() == 1, f"/{language}/ footer lacks the {slug} link"
        response = page.goto(f"/{language}/pages/accessibility/")
        assert response is not None and response.status == 200
