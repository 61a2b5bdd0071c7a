from django import template
from django.conf import settings
from django.utils.translation import get_language

register = template.Library()


@register.filter
def content_lang(obj: object, field: str) -> str:
    """The language the text of ``field`` is shown in: the page's language when it
    has a translation, otherwise the fallback (lt), so the text can be marked up
    with ``lang`` (WCAG 3.1.2)."""
    current = get_language() or settings.LANGUAGE_CODE
    if getattr(obj, f"{field}_{current}", None):
        return current
    for code in ("lt", "en", "nb"):
        if getattr(obj, f"{field}_{code}", None):
            return code
    return current
