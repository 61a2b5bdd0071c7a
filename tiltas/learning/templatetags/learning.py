import hashlib
import re
from collections.abc import Iterable

from django import template
from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from tiltas.core.i18n import LANGUAGE_CHOICES, LANGUAGE_CODES
from tiltas.core.text import render_markdown

from ..models import Lesson, LessonAttachment
from ..permissions import LESSON_IMAGE_TYPES

register = template.Library()


@register.filter
def content_lang(obj: object, field: str) -> str:
    """The language the text of ``field`` is shown in: the page's language when it
    has a translation, otherwise the fallback (lt), so the text can be marked up
    with ``lang`` (WCAG 3.1.2)."""
    current = get_language() or settings.LANGUAGE_CODE
    if getattr(obj, f"{field}_{current}", None):
        return current
    for code in LANGUAGE_CODES:
        if getattr(obj, f"{field}_{code}", None):
            return code
    return current


@register.filter
def missing_languages(obj: object, field: str) -> list[str]:
    """The names of the languages ``field`` of ``obj`` is not written in yet:
    the translations its authors still owe."""
    return [
        str(name) for code, name in LANGUAGE_CHOICES if not getattr(obj, f"{field}_{code}", None)
    ]


#: ``](attachment:12)`` in a lesson's Markdown names the lesson's attachment 12.
ATTACHMENT_LINK = re.compile(r"\]\(\s*attachment:(\d+)")
LESSON_HTML_SECONDS = 24 * 60 * 60


@register.simple_tag
def lesson_body(lesson: Lesson, attachments: Iterable[LessonAttachment], slug: str) -> SafeString:
    return lesson_html(lesson.body or "", lesson_pk=lesson.pk, attachments=attachments, slug=slug)


def lesson_html(
    source: str, *, lesson_pk: int | None, attachments: Iterable[LessonAttachment], slug: str
) -> SafeString:
    """A lesson's Markdown as HTML, with ``attachment:<id>`` pointing at the lesson's
    own attachments: images at the access-checked inline view, other files at their
    download. Ids of other lessons' attachments are left alone, and the sanitiser then
    drops the unknown ``attachment:`` address."""
    by_id = {attachment.pk: attachment for attachment in attachments}

    def address(match: re.Match) -> str:
        attachment = by_id.get(int(match.group(1)))
        if attachment is None:
            return match.group(0)
        name = (
            "learning:lesson_image"
            if attachment.content_type in LESSON_IMAGE_TYPES
            else "learning:lesson_attachment"
        )
        return "](" + reverse(name, args=[slug, lesson_pk, attachment.pk])

    source = ATTACHMENT_LINK.sub(address, source)
    # Rendering and sanitising is a tenth of the lesson page; the HTML depends
    # only on the source, so it is cached under the source's hash (never stale).
    key = "learning:lesson-html:" + hashlib.sha256(source.encode()).hexdigest()
    html = cache.get(key)
    if html is None:
        html = render_markdown(source)
        cache.set(key, str(html), LESSON_HTML_SECONDS)
    return SafeString(html)
