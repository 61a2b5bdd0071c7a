"""The ``portal.theme_titles`` slot: lower apps name a theme by its position."""

import pytest
from django.utils import translation

from tiltas.core.contributions import extension

from .factories import ThemeFactory

pytestmark = pytest.mark.django_db


def test_the_slot_gives_each_themes_title_in_the_current_language():
    ThemeFactory(order=2, title_lt="Socialinė įtrauktis", title_en="Social inclusion")
    ThemeFactory(order=1, title_lt="Skaidrumas", title_en="Transparency")
    titles = extension("portal.theme_titles")
    assert titles is not None
    with translation.override("en"):
        assert titles() == {1: "Transparency", 2: "Social inclusion"}
    with translation.override("lt"):
        assert titles()[2] == "Socialinė įtrauktis"
