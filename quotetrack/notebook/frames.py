"""Tables of a reading as pandas DataFrames (pandas is the optional ``pandas`` extra).

One row per statement, speaker or response, with the article's metadata, for
grouping, counting and plotting in a notebook.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from quotetrack.model import Article
from quotetrack.records import data_frame, response_rows, speaker_rows, statement_rows

if TYPE_CHECKING:
    import pandas

__all__ = ["responses_frame", "speakers_frame", "statements_frame"]

STATEMENT_COLUMNS = ["article", "statement", "speaker", "speaker_kind", "title", "organisation", "country", "kind",
                     "cue", "start", "end", "text", "article_title", "outlet", "date", "url"]
SPEAKER_COLUMNS = ["article", "speaker", "kind", "title", "organisation", "country", "statements"]
RESPONSE_COLUMNS = ["article", "source", "target", "statement", "target_statement", "cue", "evidence", "stance",
                    "text", "target_text", "article_title", "outlet", "date", "url", "confidence"]


def _frame(articles: Article | Iterable[Article], rows_of: Callable[[Article], list[dict[str, Any]]],
           columns: list[str]) -> pandas.DataFrame:
    articles = [articles] if isinstance(articles, Article) else articles
    return data_frame((row for article in articles for row in rows_of(article)), columns)


def statements_frame(articles: Article | Iterable[Article]) -> pandas.DataFrame:
    """One row per statement: speaker, their title, organisation, country, kind, cue, offsets, text, and the
    article's metadata (``article_title``, ``outlet``, ``date``, ``url``).

    Examples
    --------
    >>> from quotetrack import read
    >>> frame = statements_frame(read('"Yes," Jane Smith said.', id="a"))
    >>> frame[["speaker", "kind", "cue"]].values.tolist()
    [['Jane Smith', 'direct', 'said']]
    """
    return _frame(articles, statement_rows, STATEMENT_COLUMNS)


def speakers_frame(articles: Article | Iterable[Article]) -> pandas.DataFrame:
    """One row per speaker and article: name, kind, title, organisation, country, statements made.

    Examples
    --------
    >>> from quotetrack import read
    >>> speakers_frame(read('"Yes," Jane Smith said.', id="a"))["statements"].tolist()
    [1]
    """
    return _frame(articles, speaker_rows, SPEAKER_COLUMNS)


def responses_frame(articles: Article | Iterable[Article]) -> pandas.DataFrame:
    """One row per response: who answered whom, with the cue, evidence, stance, both statements' text and the
    ``confidence`` (0-1) that ``--min-confidence`` filters on.

    Examples
    --------
    >>> from quotetrack import read
    >>> text = ('Secretary of State Mike Pompeo said the deal was dead. '
    ...         '"Pompeo is wrong," Chinese Foreign Minister Wang Yi said in response.')
    >>> responses_frame(read(text, id="a"))[["source", "target"]].values.tolist()
    [['Wang Yi', 'Mike Pompeo']]
    """
    return _frame(articles, response_rows, RESPONSE_COLUMNS)
