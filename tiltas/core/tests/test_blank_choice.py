"""A model field's empty choice ("- Select an option -") reads in the page's language."""

import pytest
from django.db.models.fields import BLANK_CHOICE_LABEL
from django.utils import translation


@pytest.mark.parametrize(
    ("language", "label"),
    [("lt", "- Pasirinkite -"), ("nb", "- Velg et alternativ -"), ("en", "- Select an option -")],
)
def test_the_empty_choice_is_translated(language, label):
    with translation.override(language):
        assert str(BLANK_CHOICE_LABEL) == label
