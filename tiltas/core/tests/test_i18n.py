from tiltas.core.i18n import LANGUAGE_CHOICES, LANGUAGE_CODES, translated_names


def test_the_sites_languages_lithuanian_first():
    assert LANGUAGE_CODES == ("lt", "en", "nb")
    assert [code for code, _name in LANGUAGE_CHOICES] == list(LANGUAGE_CODES)


def test_translated_names_field_by_field_in_language_order():
    assert translated_names("title", "body") == [
        "title_lt",
        "title_en",
        "title_nb",
        "body_lt",
        "body_en",
        "body_nb",
    ]
    assert translated_names() == []
