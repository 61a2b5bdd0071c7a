import pytest

from tiltas.core.services import model_update
from tiltas.portal.models import Theme


def theme() -> Theme:
    return Theme(title_lt="Tema", title_en=None, text_lt="Tekstas")


def test_only_the_named_fields_that_changed_are_copied_and_reported():
    item = theme()
    changed = model_update(
        item, fields=["title_lt", "title_en"], data={"title_lt": "Nauja", "text_lt": "x"}
    )
    assert changed == ["title_lt"]
    assert item.title_lt == "Nauja"
    assert item.text_lt == "Tekstas"  # not among the fields


def test_empty_text_is_one_value_stripped_and_null_where_the_column_allows():
    item = theme()
    assert model_update(item, fields=["title_en"], data={"title_en": "  "}) == []
    assert item.title_en is None
    assert model_update(item, fields=["title_lt"], data={"title_lt": " Tema "}) == []
    assert model_update(item, fields=["title_en"], data={"title_en": " Theme "}) == ["title_en"]
    assert item.title_en == "Theme"
    assert model_update(item, fields=["title_en"], data={"title_en": ""}) == ["title_en"]
    assert item.title_en is None


def test_strict_refuses_what_it_was_not_asked_to_copy():
    with pytest.raises(ValueError, match="slug"):
        model_update(theme(), fields=["title_lt"], data={"slug": "x"}, strict=True)
