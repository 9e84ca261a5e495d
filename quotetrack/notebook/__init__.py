"""Analysis in notebooks: articles as highlighted HTML, readings as DataFrames, graphs as figures.

Importing this package (``import quotetrack`` does) registers the notebook views
of the data model (:func:`quotetrack.model.register_view`): ``Article._repr_html_``,
``Article.statements_frame`` and ``Corpus._repr_html_`` render through them, so
that the model and the corpus never import the notebook layer.
"""

from quotetrack.corpus.store import Corpus
from quotetrack.model import Article, register_view
from quotetrack.notebook.display import article_html, articles_html, corpus_html
from quotetrack.notebook.draw import draw
from quotetrack.notebook.frames import responses_frame, speakers_frame, statements_frame

__all__ = ["article_html", "articles_html", "corpus_html", "draw", "responses_frame", "speakers_frame",
           "statements_frame"]

register_view(Article, "html", article_html)
register_view(Article, "statements_frame", statements_frame)
register_view(Corpus, "html", lambda corpus: corpus_html(corpus.path, corpus.stats(), corpus.most_reported()))
