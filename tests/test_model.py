"""Tests of the data model's view registry: how Article and Corpus show themselves without importing the notebook."""

from __future__ import annotations

import attrs
import pytest

import quotetrack
from quotetrack.errors import QuotetrackError
from quotetrack.model import Article, register_view, render_view


@attrs.frozen
class Unshown:
    text: str


def test_a_value_without_a_view_is_a_clear_error():
    with pytest.raises(QuotetrackError, match="no 'html' view of Unshown is registered"):
        render_view(Unshown("x"), "html")


def test_the_notebook_views_are_registered_on_import():
    article = quotetrack.read('"Yes," Jane Smith said.', id="a")
    assert article._repr_html_() == quotetrack.article_html(article)
    with quotetrack.Corpus(":memory:") as corpus:
        assert corpus._repr_html_().startswith('<div class="quotetrack-corpus">')


def test_a_subclass_finds_the_view_of_its_base():
    @attrs.frozen(kw_only=True)
    class Clipping(Article):
        pass

    assert render_view(Clipping(id="c", text="Hi."), "html") == quotetrack.article_html(Article(id="c", text="Hi."))


def test_register_view_replaces_and_is_looked_up_by_name():
    register_view(Unshown, "html", lambda value: f"<p>{value.text}</p>")
    register_view(Unshown, "html", lambda value: f"<b>{value.text}</b>")
    assert render_view(Unshown("x"), "html") == "<b>x</b>"
    with pytest.raises(QuotetrackError):
        render_view(Unshown("x"), "statements_frame")


def test_article_statements_frame_is_the_registered_frame():
    pytest.importorskip("pandas")
    article = quotetrack.read('"Yes," Jane Smith said.', id="a")
    assert article.statements_frame().equals(quotetrack.statements_frame(article))
