"""Checks every rendered page must pass (SECURITY.md IO-1, IO-2, AX-1).

Used by the permission matrix (every URL and role) and by the browser tests, so a
page is linted wherever a test renders it.
"""

from html.parser import HTMLParser

from django.http import HttpResponse

#: Headers every HTML response carries (IO-2).
REQUIRED_HEADERS = (
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
)
#: CSP directives that must be locked down on every page.
REQUIRED_CSP = ("default-src", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "data", "xlink:href", "poster"})


class _PageLinter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.html_lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check(tag, attrs)

    def _check(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        names = {name for name, _value in attrs}
        if tag == "html":
            self.html_lang = dict(attrs).get("lang")
        if tag == "script" and "nonce" not in names:
            self.problems.append(f"line {line}: <script> without a nonce (strict CSP blocks it)")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"line {line}: <{tag} {name}=…> inline event handler")
            elif name == "style":
                self.problems.append(f'line {line}: <{tag} style="…"> (CSP style-src blocks it)')
            elif name in URL_ATTRIBUTES and value:
                cleaned = "".join(value.split()).lower()
                if cleaned.startswith(("javascript:", "vbscript:")):
                    self.problems.append(f"line {line}: <{tag} {name}={value!r}> script URL")


def lint_html(html: str) -> tuple[list[str], str | None]:
    """Problems found in ``html`` and the ``lang`` of its ``<html>`` element."""
    linter = _PageLinter()
    linter.feed(html)
    linter.close()
    return linter.problems, linter.html_lang


def drain(response: HttpResponse) -> None:
    """Read a streamed response to its end, so the test client closes its file.

    (Calling ``close()`` again instead would also close the test's database
    connection through ``request_finished``.)
    """
    if getattr(response, "streaming", False):
        for _chunk in response.streaming_content:
            pass


def is_html(response: HttpResponse) -> bool:
    return response.get("Content-Type", "").startswith("text/html")


def page_problems(response: HttpResponse, *, language: str | None) -> list[str]:
    """Everything wrong with one HTML response: headers, inline code, ``lang``."""
    problems = [f"missing header {name}" for name in REQUIRED_HEADERS if name not in response]
    csp = response.get("Content-Security-Policy", "")
    if csp:
        problems += [f"CSP lacks {item!r}" for item in REQUIRED_CSP if item not in csp]
    if response.get("X-Content-Type-Options", "nosniff") != "nosniff":
        problems.append("X-Content-Type-Options is not nosniff")
    body = getattr(response, "content", b"")
    if not body:
        return problems
    charset = response.charset or "utf-8"
    html = body.decode(charset, errors="replace")
    found, lang = lint_html(html)
    problems += found
    is_document = "<html" in html[:2000].lower()
    if language is not None and is_document and lang != language:
        problems.append(f"<html lang={lang!r}> but the URL's language is {language!r}")
    return problems
