"""What makes pages fit a phone, as the server renders it (everyday-use
issue, item 6); the browser crawl checks the widths themselves."""

import re

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation


def test_a_table_region_is_a_named_focusable_box_around_its_table():
    with translation.override("lt"):
        html = Template(
            "{% load tiltas %}{% table_region %}<table><tr><td>1 &lt; 2</td></tr></table>"
            "{% endtable_region %}{% table_region label='Dalyviai' %}<table></table>"
            "{% endtable_region %}"
        ).render(Context())
    assert html.startswith(
        '<div class="table-wrap" role="region" tabindex="0" aria-label="Lentelė">'
        "<table><tr><td>1 &lt; 2</td></tr></table></div>"
    )
    assert 'aria-label="Dalyviai"' in html


def test_no_template_leaves_a_table_outside_a_scrolling_region():
    from pathlib import Path

    from django.conf import settings

    bare = []
    for template in Path(settings.BASE_DIR, "tiltas").glob("*/templates/**/*.html"):
        text = template.read_text()
        if template.name.endswith("_pdf.html") or "<table" not in text:
            continue
        opened = len(re.findall(r"{% table_region|class=\"table-wrap\"", text))
        if opened < text.count("<table"):
            bare.append(str(template))
    assert not bare, bare


@pytest.mark.django_db
def test_the_menu_folds_into_a_disclosure_that_needs_no_javascript(client):
    with translation.override("nb"):
        body = client.get(reverse("portal:home")).content.decode()
    menu = re.search(
        r'<details class="menu-narrow">\s*<summary>Meny</summary>(.*?)</details>', body, re.S
    )
    assert menu, "the phone menu is a <details> with a translated summary"
    wide = re.search(r'<ul class="menu-wide">(.*?)</ul>', body, re.S)
    assert wide and re.findall(r'href="([^"]+)"', menu.group(1)) == re.findall(
        r'href="([^"]+)"', wide.group(1)
    )
    assert "<script" not in menu.group(1)
