"""HTML views of a reading: ``Article._repr_html_``, ``article_html`` and ``articles_html``.

Article text is untrusted input: every piece of it must come out escaped. The last test
loads the seed article's HTML in a real browser (Chromium headless) when one is installed.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

import quotetrack

# Markup and ampersands outside quotations (an indirect statement and plain narration) and
# inside them (a direct statement), plus a response and a quoted term.
HOSTILE = (
    'The <b>bold</b> plan & more <script>alert(1)</script>, critics wrote.\n\n'
    "Secretary of State Mike Pompeo said the <b>Clean</b> deal & plan was dead. "
    '"Pompeo is wrong about <script>alert(1)</script> & <b>bold</b> claims," '
    "Chinese Foreign Minister Wang Yi said in response. "
    'Officials called it a "Clean Network".'
)


@pytest.fixture(scope="module")
def hostile():
    return quotetrack.read(HOSTILE, id="hostile")


@pytest.fixture(scope="module")
def page(hostile) -> str:
    return hostile._repr_html_()


def _marks(page: str) -> list[str]:
    return re.findall(r"<mark\b[^>]*>", page)


def test_repr_html_is_article_html(hostile, page):
    assert page == quotetrack.article_html(hostile)
    assert page.startswith('<div class="quotetrack-article"') and page.endswith("</div>")


def test_raw_markup_never_appears(page):
    for raw in ("<script>", "</script>", "<b>", "</b>", "alert(1)</script>"):
        assert raw not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page
    assert "&lt;b&gt;Clean&lt;/b&gt;" in page


def test_every_ampersand_is_an_entity(page):
    # Outside quotations ("plan & more") and inside one ("alert(1)</script> & <b>").
    assert "plan &amp; more" in page
    assert "&lt;/script&gt; &amp; &lt;b&gt;" in page
    assert "deal &amp; plan" in page
    assert re.search(r"&(?!(amp|lt|gt|quot|#x27|#\d+);)", page) is None


def test_the_escaped_page_shows_the_text_unchanged(hostile, page):
    """Stripping the tags and unescaping gives back the article's words."""
    body = re.search(r'<div class="qt-text">(.*?)</div>', page, re.DOTALL).group(1)
    body = re.sub(r"<sup\b[^>]*>.*?</sup>", "", body)  # the speaker labels beside statements
    text = html.unescape(re.sub(r"<[^>]+>", "", body.replace("<br>\n", "\n")))
    assert text == hostile.text


def test_statements_are_marks_with_the_speaker(hostile, page):
    marks = _marks(page)
    assert len(marks) == len(hostile.statements) == 4
    for index, (mark, statement) in enumerate(zip(marks, hostile.statements)):
        assert f'id="statement-{index}"' in mark
        assert f'class="qt-{statement.kind}"' in mark
        assert f'data-speaker="{html.escape(statement.speaker.name)}"' in mark
        title = html.unescape(re.search(r'title="([^"]*)"', mark).group(1))
        assert statement.speaker.name in title
    wang_yi = marks[2]
    assert 'data-speaker="Wang Yi"' in wang_yi and 'class="qt-direct"' in wang_yi
    title = html.unescape(re.search(r'title="([^"]*)"', wang_yi).group(1))
    assert title == "direct (said): Wang Yi, Chinese Foreign Minister, Chinese government, China"
    # The highlighted words are the statement's escaped text.
    inner = re.search(r'<mark id="statement-2"[^>]*>(.*?)</mark>', page).group(1)
    assert inner == html.escape(hostile.statements[2].text, quote=True)
    assert '</mark><sup class="qt-speaker" style="background:' in page


def test_each_speaker_has_one_colour(page):
    colours: dict[str, set[str]] = {}
    for mark in _marks(page):
        speaker = re.search(r'data-speaker="([^"]*)"', mark).group(1)
        colours.setdefault(speaker, set()).add(re.search(r"background:(#[0-9a-f]{6})", mark).group(1))
    assert all(len(c) == 1 for c in colours.values())
    assert len({next(iter(c)) for c in colours.values()}) == len(colours)


def test_terms_are_underlined(hostile, page):
    assert [t.text for t in hostile.terms] == ["Clean Network"]
    assert '<u class="qt-term" title="term">Clean Network</u>' in page


def test_responses_link_to_statements(hostile, page):
    assert len(hostile.responses) == 1
    response = hostile.responses[0]
    assert (response.source, response.target) == ("Wang Yi", "Mike Pompeo")
    responses = re.search(r'<ul class="qt-responses">(.*?)</ul>', page).group(1)
    assert responses == (f'<li><a href="#statement-{response.statement}">Wang Yi</a> → '
                         f'<a href="#statement-{response.target_statement}">Mike Pompeo</a></li>')
    # Every link points at a statement that is on the page.
    ids = set(re.findall(r'<mark id="(statement-\d+)"', page))
    assert set(re.findall(r'href="#(statement-\d+)"', page)) <= ids


def test_title_and_id_are_escaped():
    titled = quotetrack.read('"Yes," Jane Smith said.', id="a", metadata={"title": '<img src=x onerror="y"> & co'})
    page = titled._repr_html_()
    assert "<img" not in page
    assert "<h3>&lt;img src=x onerror=&quot;y&quot;&gt; &amp; co</h3>" in page
    untitled = quotetrack.read('"Yes," Jane Smith said.', id="<id>&")
    assert "<h3>&lt;id&gt;&amp;</h3>" in untitled._repr_html_()


def test_an_article_without_statements():
    page = quotetrack.read("Nothing <i>quoted</i> here & there.", id="n")._repr_html_()
    assert "<mark" not in page and "qt-responses" not in page
    assert "Nothing &lt;i&gt;quoted&lt;/i&gt; here &amp; there." in page
    assert "0 statements, 0 speakers, 0 responses" in page


def test_articles_html_escapes_titles(hostile):
    other = quotetrack.read('"Yes," Jane Smith said.', id="<b>id</b>",
                            metadata={"title": "<script>alert(1)</script> & <b>news</b>"})
    table = quotetrack.articles_html([hostile, other])
    assert table.startswith('<table class="quotetrack-articles">')
    assert "<script>" not in table and "<b>" not in table
    assert "<td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;news&lt;/b&gt;</td>" in table
    assert "<td>&lt;b&gt;id&lt;/b&gt;</td>" in table
    rows = re.findall(r"<tr><td>.*?</tr>", table)
    assert len(rows) == 2
    assert rows[0] == ("<tr><td>hostile</td><td></td><td>4</td><td>1</td>"
                       "<td>critics, Mike Pompeo, Wang Yi, Officials</td></tr>")
    assert rows[1].endswith("<td>1</td><td>0</td><td>Jane Smith</td></tr>")


def test_articles_html_of_nothing():
    assert "<tbody></tbody>" in quotetrack.articles_html([])


# -- in a browser -----------------------------------------------------------------------------


def test_seed_article_in_chromium(seed_article, tmp_path: Path, chromium):
    page = tmp_path / "seed.html"
    page.write_text('<!doctype html><html><head><meta charset="utf-8"><title>seed</title></head><body>'
                    + seed_article._repr_html_() + "</body></html>", encoding="utf-8")
    result = chromium(page, "--dump-dom", timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    # The browser parsed the page as the markup intended: one <mark> per statement, in order.
    speakers = re.findall(r'<mark id="statement-\d+" class="qt-\w+" data-speaker="([^"]*)"', dom)
    assert speakers == [html.escape(s.speaker.name) for s in seed_article.statements]
    for name in ("Hua Chunying", "Wang Wenbin", "Wang Yi", "Mike Pompeo"):
        assert f'data-speaker="{name}"' in dom
    assert dom.count("<mark") == len(seed_article.statements)
    assert dom.count('<u class="qt-term"') == len(seed_article.terms) > 0
    assert dom.count('<a href="#statement-') >= len(seed_article.responses) > 0
    assert "<script" not in dom


def test_corpus_html_escapes_claims_and_path():
    page = quotetrack.corpus_html("<db>", {"articles": 1}, [{"speaker": "<script>", "text": "a & b"}])
    assert "<script>" not in page and "&lt;script&gt;" in page and "a &amp; b" in page and "&lt;db&gt;" in page
