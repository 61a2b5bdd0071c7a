"""The platform's languages (settings.LANGUAGES: lt, en, nb) and the names of a
model's translated columns (django-modeltranslation: ``title_lt``, ``title_en`` …)."""

from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import gettext_noop, ngettext_lazy

#: Language codes in the site's order; Lithuanian first.
LANGUAGE_CODES: tuple[str, ...] = tuple(code for code, _name in settings.LANGUAGES)
#: (code, translated name) pairs, for choices and per-language fieldsets.
LANGUAGE_CHOICES: tuple[tuple[str, str | Promise], ...] = tuple(settings.LANGUAGES)


def translated_names(*fields: str) -> list[str]:
    """``translated_names("title", "body")`` → title_lt, title_en, title_nb, body_lt, …"""
    return [f"{field}_{code}" for field in fields for code in LANGUAGE_CODES]


# Django's own empty choice of a model field's select (BLANK_CHOICE_LABEL) has no
# Lithuanian or Norwegian translation in Django's catalogues; ours supply it.
_ = gettext_noop("- Select an option -")
# Django's password-length error has none either.
_PASSWORD_TOO_SHORT = ngettext_lazy(
    "This password is too short. It must contain at least %d character.",
    "This password is too short. It must contain at least %d characters.",
)
