"""quotetrack: who said what, on whose behalf, and who answered whom.

Read an article into attributed statements::

    >>> import quotetrack
    >>> article = quotetrack.read('"We will win," Senator Jane Smith said.')
    >>> article.statements[0].speaker.name
    'Jane Smith'
"""

from __future__ import annotations

import logging

from quotetrack import datasets as datasets  # quotetrack.datasets.seed(): the seed article, as package data
from quotetrack.attribution.quotations import Quotation, find_quotations
from quotetrack.backends import BackendInfo, backend_names, register_backend
from quotetrack.corpus.store import Corpus
from quotetrack.document import Document
from quotetrack.errors import AmbiguousSpeaker, BackendError, InputError, QuotetrackError, ReadTimeout
from quotetrack.graph.build import project, response_graph
from quotetrack.graph.html import graph_to_html
from quotetrack.graph.io import write_graph
from quotetrack.model import Article, Cue, Mention, Organisation, Response, Speaker, Statement, Term
from quotetrack.notebook import (
    article_html,
    articles_html,
    corpus_html,
    draw,
    responses_frame,
    speakers_frame,
    statements_frame,
)
from quotetrack.pipeline import ReadOptions, read, read_document, read_many
from quotetrack.records import article_from_record, article_record, load
from quotetrack.responses import find_responses

__all__ = [
    "AmbiguousSpeaker",
    "Article",
    "BackendError",
    "BackendInfo",
    "Corpus",
    "Cue",
    "Document",
    "InputError",
    "Mention",
    "Organisation",
    "Quotation",
    "QuotetrackError",
    "ReadOptions",
    "ReadTimeout",
    "Response",
    "Speaker",
    "Statement",
    "Term",
    "article_from_record",
    "article_html",
    "article_record",
    "articles_html",
    "backend_names",
    "corpus_html",
    "draw",
    "find_quotations",
    "find_responses",
    "graph_to_html",
    "load",
    "project",
    "read",
    "read_document",
    "read_many",
    "register_backend",
    "response_graph",
    "responses_frame",
    "speakers_frame",
    "statements_frame",
    "write_graph",
]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
