"""A donor report as a printable A4 PDF (WeasyPrint), in the report's language.
Nothing is fetched while drawing: the logo is embedded, every other URL refused."""

import base64
from pathlib import Path

from django.template.loader import render_to_string

from .document import ReportContent, summary_header

HERE = Path(__file__).resolve().parent
CSS_PATH = HERE / "static" / "reports" / "report_pdf.css"
LOGO_PATH = HERE.parent / "core" / "static" / "tiltas" / "favicon.svg"


def _logo() -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(LOGO_PATH.read_bytes()).decode()


def report_html(content: ReportContent) -> str:
    """Call inside ``translation.override(content.language)``."""
    return render_to_string(
        "reports/report_pdf.html",
        {"content": content, "logo": _logo(), "summary_header": summary_header()},
    )


def report_pdf(content: ReportContent) -> bytes:
    from weasyprint import CSS, HTML
    from weasyprint.urls import URLFetcher

    html = HTML(string=report_html(content), url_fetcher=URLFetcher(allowed_protocols={"data"}))
    return bytes(html.write_pdf(stylesheets=[CSS(filename=str(CSS_PATH))]))
