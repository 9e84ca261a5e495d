"""The text of a web page saved from a browser (``webpages.py``), and such pages read by the commands."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.inputs import iter_inputs
from quotetrack.webpages import looks_like_html, page_text

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Budget row | The Ledger</title>
<script>gtag('js', new Date()); var s = "said";</script><style>p{margin:0}</style></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="cookies">We use cookies. <button>Accept</button></div>
<article><h1>Unions attack budget</h1>
<p>DUBLIN &mdash; The finance minister said the budget was &ldquo;fair.&rdquo;</p>
<p>&ldquo;This budget fails the low-paid,&rdquo; said Mary Quinn, general secretary of the union.</p>
<aside><ul><li><a href="/x">Related: five things to know</a></li></ul></aside>
<p>Ms Quinn said the union would <b>campaign</b> against it.</p></article>
<footer>&copy; 2026 The Ledger</footer></body></html>
"""


def test_a_page_gives_its_articles_paragraphs_only():
    """Scripts, menus, buttons, asides and footers are left out, entities resolved, one paragraph a block."""
    text, title = page_text(PAGE)
    assert title == "Budget row | The Ledger"
    assert text.split("\n\n") == [
        "Unions attack budget",
        "DUBLIN — The finance minister said the budget was “fair.”",
        "“This budget fails the low-paid,” said Mary Quinn, general secretary of the union.",
        "Ms Quinn said the union would campaign against it.",
    ]


def test_a_page_without_article_keeps_its_visible_text():
    """With no <article>, every visible paragraph is kept."""
    text, title = page_text("<html><body><p>&quot;No,&quot; she said.</p><script>x</script><div>Ana Ruiz</div></body>")
    assert (text, title) == ('"No," she said.\n\nAna Ruiz', None)


@pytest.mark.parametrize(("text", "html"), [
    ("<!DOCTYPE html><p>x</p>", True), ("<!-- saved -->\n<html lang='en'>", True), ("  <HTML>", True),
    ("<b>No</b>, she said.", False), ("HTML is a markup language.", False),
])
def test_looks_like_html(text, html):
    assert looks_like_html(text) is html


def test_a_saved_page_is_read_as_the_text_a_reader_sees(tmp_path):
    """A .html file (in a folder too) is read as its article's text, its <title> kept as the title: read as plain
    text it gave statements ending in '&ldquo' and terms such as "utf-8"."""
    (tmp_path / "budget.html").write_text(PAGE, encoding="utf-8")
    [document] = iter_inputs([str(tmp_path)])
    assert document["id"] == "budget" and document["title"] == "Budget row | The Ledger"
    article = quotetrack.read_many([document]).__next__()
    assert not article.terms
    said = [(s.kind, s.speaker.name if s.speaker else None) for s in article.statements]
    assert ("direct", "Mary Quinn") in said
    assert all("&" not in s.text and "<" not in s.text for s in article.statements)
