from django import template
from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse, translate_url
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language_info, gettext

from tiltas.core import navigation
from tiltas.core.contributions import home_url_name
from tiltas.core.text import render_markdown

register = template.Library()


@register.simple_tag(takes_context=True)
def main_navigation(context: template.Context) -> list[dict]:
    request: HttpRequest = context["request"]
    return navigation.resolved_items(request.path)


@register.simple_tag
def footer_links() -> list[dict]:
    return navigation.footer_links()


@register.simple_tag
def home_url() -> str:
    """The site's home page (the app that declares ``home_url_name`` owns it)."""
    return reverse(home_url_name())


@register.simple_tag(takes_context=True)
def language_links(context: template.Context) -> list[dict]:
    """The current page in every language, for the switcher and hreflang links."""
    request: HttpRequest = context["request"]
    current = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    # A path of "//host/…" would turn into a link to another site: keep one slash.
    path = "/" + request.get_full_path().lstrip("/\\")
    links = []
    for code, _name in settings.LANGUAGES:
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": translate_url(path, code),
                "current": code == current,
            }
        )
    return links


@register.inclusion_tag("core/includes/breadcrumbs.html")
def breadcrumbs(*trail: object) -> dict:
    """The way to this page: pairs of link and label, then this page's own label.

    A link is a URL name without arguments ("core:manage") or a path built with
    ``{% url … as name %}``. A pair whose link is empty is left out, so a step
    that only some pages have needs no ``{% if %}``.
    """
    *pairs, current = trail
    if len(pairs) % 2:
        raise template.TemplateSyntaxError(
            "breadcrumbs takes pairs of link and label, then the page's own label"
        )
    links = []
    for link, label in zip(pairs[::2], pairs[1::2], strict=True):
        if link:
            url = str(link)
            links.append({"url": url if url.startswith("/") else reverse(url), "label": label})
    return {"links": links, "current": current}


@register.filter
def markdown(source: str) -> SafeString:
    return render_markdown(source)


@register.simple_block_tag
def table_region(content: str, label: str = "") -> str:
    """A table that scrolls sideways inside its own box on a narrow screen
    instead of moving the whole page; the box is a named, focusable region so
    a keyboard can scroll it too (WCAG 1.4.10, 2.1.1)."""
    return format_html(
        '<div class="table-wrap" role="region" tabindex="0" aria-label="{}">{}</div>',
        label or gettext("Table"),
        content,
    )
