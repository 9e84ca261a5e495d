"""Analysis in notebooks: articles as highlighted HTML, readings as DataFrames, graphs as figures."""

from quotetrack.notebook.display import article_html, articles_html, corpus_html
from quotetrack.notebook.draw import draw
from quotetrack.notebook.frames import responses_frame, speakers_frame, statements_frame

__all__ = ["article_html", "articles_html", "corpus_html", "draw", "responses_frame", "speakers_frame",
           "statements_frame"]
