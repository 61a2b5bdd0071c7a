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


@pytest.mark.parametrize(
    ("language", "error"),
    [
        ("lt", "Slaptažodis per trumpas. Jame turi būti bent 12 simbolių."),
        ("nb", "Passordet er for kort. Det må inneholde minst 12 tegn."),
    ],
)
def test_a_short_password_is_refused_in_the_page_language(language, error):
    from django.contrib.auth.password_validation import MinimumLengthValidator
    from django.core.exceptions import ValidationError

    with translation.override(language), pytest.raises(ValidationError) as refused:
        MinimumLengthValidator(12).validate("abc")
    assert refused.value.messages == [error]
