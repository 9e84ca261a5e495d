"""The text of a web page saved from a browser: its article's paragraphs, without markup, menus or scripts.

An ``.html`` file read as plain text gives statements full of tags and entities (``&ldquo;``) and "terms" such as
``"utf-8"``; :func:`page_text` gives what a reader sees instead. The reading's offsets then point into that text,
which ``extract --with-text`` keeps in each record.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["looks_like_html", "page_text"]

#: Elements whose content no reader sees as the article's (scripts, menus, forms, asides and page footers).
_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "select", "button",
                     "nav", "footer", "aside", "form", "head"})
#: Elements that break a paragraph.
_BLOCKS = frozenset({"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th",
                     "table", "section", "article", "main", "header", "blockquote", "figure", "figcaption", "dd",
                     "dt", "dl", "pre", "hr", "address", "details", "summary", "body", "html"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track",
                   "wbr", "param"})
_SPACES = re.compile(r"\s+")
_OPENING = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page (it opens with ``<!DOCTYPE html>`` or ``<html>``).

    Examples
    --------
    >>> looks_like_html("<!DOCTYPE html><html><p>Hi</p></html>"), looks_like_html("<b>Yes</b>, she said.")
    (True, False)
    """
    return _OPENING.match(text[:4096]) is not None


class _Reader(HTMLParser):
    """Collects a page's paragraphs, and those inside ``<article>`` apart."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hidden: list[str] = []  # the open hidden elements
        self.articles = 0  # how many <article> elements are open
        self.paragraphs: list[tuple[bool, str]] = []  # (inside an article, text)
        self.words: list[str] = []
        self.in_title = False
        self.title: list[str] = []

    def _close_paragraph(self) -> None:
        text = _SPACES.sub(" ", "".join(self.words)).strip()
        if text:
            self.paragraphs.append((self.articles > 0, text))
        self.words = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in _HIDDEN and tag not in _VOID:
            self.hidden.append(tag)
        if self.hidden:
            return
        if tag in _BLOCKS:
            self._close_paragraph()
        if tag == "article":
            self.articles += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if self.hidden:
            if tag in self.hidden:  # close up to the last element of that name (HTML leaves some unclosed)
                del self.hidden[len(self.hidden) - 1 - self.hidden[::-1].index(tag):]
            return
        if tag in _BLOCKS:
            self._close_paragraph()
        if tag == "article" and self.articles:
            self.articles -= 1

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.hidden:
            self.words.append(data)


def page_text(html: str) -> tuple[str, str | None]:
    """The text of an HTML page, one paragraph a block element, and its ``<title>`` (None if it has none).

    Scripts, styles, menus (``<nav>``), forms, asides and footers are left out; when the page marks its story with
    ``<article>``, only the story is kept (cookie banners and links around it are not). Character references are
    resolved (``&ldquo;`` is “).

    Examples
    --------
    >>> page = ('<!DOCTYPE html><html><head><title>Budget row</title><script>var x = "1";</script></head><body>'
    ...         '<nav><a href="/">Home</a></nav><article><h1>Budget row</h1><p>&ldquo;No,&rdquo; Ana Ruiz '
    ...         '<b>said</b>.</p><aside>Related</aside></article><footer>&copy; 2026</footer></body></html>')
    >>> page_text(page)
    ('Budget row\\n\\n“No,” Ana Ruiz said.', 'Budget row')
    """
    reader = _Reader()
    reader.feed(html)
    reader.close()
    reader._close_paragraph()
    inside = [text for in_article, text in reader.paragraphs if in_article]
    paragraphs = inside or [text for _, text in reader.paragraphs]
    title = _SPACES.sub(" ", "".join(reader.title)).strip()
    return "\n\n".join(paragraphs), title or None
