import re

from django.utils.safestring import SafeString

from tiltas.core.qr import qr_svg


def test_qr_svg_is_an_inline_svg_of_paths_without_styles():
    svg = qr_svg("ticket-0123456789")
    assert isinstance(svg, SafeString)
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    assert "<?xml" not in svg
    path = re.search(r'<path[^>]* d="([^"]+)"', svg)
    assert path and len(path.group(1)) > 100
    assert "style" not in svg and "<script" not in svg


def test_different_texts_give_different_codes():
    assert qr_svg("ticket-one") != qr_svg("ticket-two")
    assert qr_svg("ticket-one") == qr_svg("ticket-one")
