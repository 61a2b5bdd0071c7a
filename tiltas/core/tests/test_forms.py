"""The translated-content form: one field per language, Lithuanian required."""

import pytest

from tiltas.core.forms import TranslatedContentForm
from tiltas.portal.models import Theme


class ThemeTitleForm(TranslatedContentForm):
    model = Theme
    translated_fields = ("title",)


def test_one_field_per_language_marked_with_its_language():
    form = ThemeTitleForm()
    assert list(form.fields) == ["title_lt", "title_en", "title_nb"]
    assert [form.fields[name].widget.attrs["lang"] for name in form.fields] == ["lt", "en", "nb"]
    assert form.fields["title_lt"].required
    assert not form.fields["title_en"].required


@pytest.mark.django_db
def test_a_missing_lithuanian_title_is_refused_and_what_was_typed_is_kept():
    form = ThemeTitleForm(data={"title_lt": "", "title_en": "Inclusion"})
    assert not form.is_valid()
    assert "title_lt" in form.errors
    assert form["title_en"].value() == "Inclusion"


class NameForm(TranslatedContentForm):
    model = Theme
    translated_fields = ("title",)


def test_a_service_error_lands_on_the_field_it_names_or_above_the_form():
    from django.core.exceptions import ValidationError

    from tiltas.core.forms import error_text, form_add_service_error

    form = NameForm(data={"title_lt": "Tema"})
    assert form.is_valid()
    form_add_service_error(form, ValidationError({"title_en": "Too long.", "slug": "Taken."}))
    assert form.errors["title_en"] == ["Too long."]
    assert form.non_field_errors() == ["Taken."]  # the form has no slug field
    coded = NameForm(data={"title_lt": "Tema"})
    coded.is_valid()
    form_add_service_error(
        coded,
        ValidationError("Already used.", code="duplicate"),
        fields_by_code={"duplicate": "title_lt"},
    )
    assert coded.errors["title_lt"] == ["Already used."]
    assert coded["title_lt"].value() == "Tema"
    assert error_text(ValidationError(["One.", "Two."])) == "One. Two."
