from django import template
from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse, translate_url
from django.utils.safestring import SafeString
from django.utils.translation import get_language_info

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
    links = []
    for code, _name in settings.LANGUAGES:
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": translate_url(request.get_full_path(), code),
                "current": code == current,
            }
        )
    return links


@register.filter
def markdown(source: str) -> SafeString:
    return render_markdown(source)
