from tiltas.core.text import render_markdown


def test_markdown_keeps_structure():
    html = render_markdown("# Title\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |")
    assert "<h2" in html  # the page's own title is the h1
    assert "<li>one</li>" in html
    assert "<table>" in html


def test_markdown_strips_scripts_styles_and_handlers():
    source = (
        "<script>alert(1)</script><style>p{}</style>"
        '<img src="x.png" onerror="alert(2)"> [click](javascript:alert(3)) '
        '<a href="https://example.org" onclick="alert(4)">ok</a>'
    )
    html = render_markdown(source)
    assert "<script" not in html
    assert "<style" not in html
    assert "onerror" not in html
    assert "onclick" not in html
    assert "javascript:" not in html
    assert 'href="https://example.org"' in html
