"""Tables of a reading as pandas DataFrames (pandas is the optional ``pandas`` extra).

One row per statement, speaker or response, with the article's metadata, for
grouping, counting and plotting in a notebook.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from quotetrack.errors import QuotetrackError
from quotetrack.model import Article

if TYPE_CHECKING:
    import pandas

__all__ = ["responses_frame", "speakers_frame", "statements_frame"]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise QuotetrackError('DataFrames need pandas: pip install "quotetrack[pandas]"') from exc
    return pandas


def _as_list(articles: Article | Iterable[Article]) -> list[Article]:
    return [articles] if isinstance(articles, Article) else list(articles)


def _metadata(article: Article) -> dict[str, Any]:
    meta: Mapping[str, Any] = article.metadata
    inner = meta.get("meta")
    nested: Mapping[str, Any] = inner if isinstance(inner, Mapping) else {}

    def pick(*keys: str) -> Any:
        return next((m[k] for m in (meta, nested) for k in keys if m.get(k) is not None), None)

    return {"article": article.id, "article_title": pick("title"), "outlet": pick("outlet", "publisher"),
            "date": pick("date", "publication_date"), "url": pick("url")}


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
    rows = []
    for article in _as_list(articles):
        meta = _metadata(article)
        for index, s in enumerate(article.statements):
            sp = s.speaker
            rows.append({
                **meta, "statement": index, "kind": s.kind, "start": s.start, "end": s.end, "text": s.text,
                "cue": s.cue.text if s.cue else None, "speaker": sp.name if sp else None,
                "speaker_kind": sp.kind if sp else None, "title": sp.title if sp else None,
                "organisation": sp.organisation.name if sp and sp.organisation else None,
                "country": sp.country if sp else None,
            })
    columns = ["article", "statement", "speaker", "speaker_kind", "title", "organisation", "country", "kind",
               "cue", "start", "end", "text", "article_title", "outlet", "date", "url"]
    return _pandas().DataFrame(rows, columns=columns)


def speakers_frame(articles: Article | Iterable[Article]) -> pandas.DataFrame:
    """One row per speaker and article: name, kind, title, organisation, country, statements made.

    Examples
    --------
    >>> from quotetrack import read
    >>> speakers_frame(read('"Yes," Jane Smith said.', id="a"))["statements"].tolist()
    [1]
    """
    rows = []
    for article in _as_list(articles):
        counts: dict[str, int] = {}
        for s in article.statements:
            if s.speaker is not None:
                counts[s.speaker.name] = counts.get(s.speaker.name, 0) + 1
        for sp in article.speakers:
            rows.append({"article": article.id, "speaker": sp.name, "kind": sp.kind, "title": sp.title,
                         "organisation": sp.organisation.name if sp.organisation else None,
                         "country": sp.country, "statements": counts.get(sp.name, 0)})
    return _pandas().DataFrame(rows, columns=["article", "speaker", "kind", "title", "organisation", "country",
                                              "statements"])


def responses_frame(articles: Article | Iterable[Article]) -> pandas.DataFrame:
    """One row per response: who answered whom, with the cue, evidence, stance and both statements' text.

    Examples
    --------
    >>> from quotetrack import read
    >>> text = ('Secretary of State Mike Pompeo said the deal was dead. '
    ...         '"Pompeo is wrong," Chinese Foreign Minister Wang Yi said in response.')
    >>> responses_frame(read(text, id="a"))[["source", "target"]].values.tolist()
    [['Wang Yi', 'Mike Pompeo']]
    """
    rows = []
    for article in _as_list(articles):
        meta = _metadata(article)
        for r in article.responses:
            target = article.statements[r.target_statement].text if r.target_statement is not None else None
            rows.append({**meta, "source": r.source, "target": r.target, "statement": r.statement,
                         "target_statement": r.target_statement, "cue": r.cue, "evidence": r.evidence,
                         "stance": r.stance, "text": article.statements[r.statement].text, "target_text": target})
    return _pandas().DataFrame(rows, columns=["article", "source", "target", "statement", "target_statement",
                                              "cue", "evidence", "stance", "text", "target_text",
                                              "article_title", "outlet", "date", "url"])
