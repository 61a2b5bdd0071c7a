"""The site's own address, for links built outside a request.

E-mails sent by the background worker, reminders sent by the scheduler,
calendar files, certificate PDFs and badges all link back to the site; none of
them has a request to ask for its host. They all read ``TILTAS_BASE_URL``, one
setting shared by every process (production refuses to start without it).
"""

from django.conf import settings


def base_url() -> str:
    """The site's address without a trailing slash, e.g. ``https://tiltas.lt``."""
    return str(settings.TILTAS_BASE_URL).rstrip("/")


def absolute_url(path: str) -> str:
    """``path`` (from ``reverse``, starting with a slash) on the site's address."""
    return base_url() + path
