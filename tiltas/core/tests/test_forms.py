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
