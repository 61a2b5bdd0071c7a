"""QR codes drawn as inline SVG."""

import qrcode
import qrcode.image.svg
from django.utils.safestring import SafeString, mark_safe


def qr_svg(text: str) -> SafeString:
    """The QR code of ``text`` as an ``<svg>`` element to put in a page.

    Paths only, no style attributes: the CSP forbids inline styles. The markup
    is the library's own, with ``text`` encoded in path data, never copied in,
    so it is safe to mark as such.
    """
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=10)
    return mark_safe(image.to_string(encoding="unicode"))  # noqa: S308 - see docstring
