"""Seeing a reading: HTML views of articles for notebooks and browsers.

Every piece of article text is HTML-escaped: text is untrusted input. Each
speaker gets a colour; a statement is highlighted in its speaker's colour with
the speaker's name, title and organisation on hover and in a label beside it;
terms are underlined; a response links to the statement it answers.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from quotetrack.model import Article, Statement

__all__ = ["article_html", "articles_html", "corpus_html", "speaker_colours"]

_PALETTE = ("#fde68a", "#bfdbfe", "#c7f9cc", "#fbcfe8", "#ddd6fe", "#fed7aa", "#bae6fd", "#e9d5ff",
            "#d9f99d", "#fecaca")
_UNKNOWN = "#e5e7eb"


def speaker_colours(statements: Sequence[Statement]) -> dict[str, str]:
    """A colour for each speaker, in order of their first statement.

    Examples
    --------
    >>> from quotetrack import read
    >>> speaker_colours(read('"Yes," Jane Smith said.').statements)
    {'Jane Smith': '#fde68a'}
    """
    colours: dict[str, str] = {}
    for statement in statements:
        if statement.speaker is not None and statement.speaker.name not in colours:
            colours[statement.speaker.name] = _PALETTE[len(colours) % len(_PALETTE)]
    return colours


def _describe(statement: Statement) -> str:
    speaker = statement.speaker
    if speaker is None:
        return f"{statement.kind} statement, speaker unknown"
    parts = [speaker.name]
    if speaker.title:
        parts.append(speaker.title)
    if speaker.organisation is not None:
        parts.append(speaker.organisation.name)
    if speaker.country and speaker.country not in parts:
        parts.append(speaker.country)
    cue = f" ({statement.cue.text})" if statement.cue else ""
    return f"{statement.kind}{cue}: " + ", ".join(parts)


def article_html(article: Article) -> str:
    """The article's text with its statements highlighted, as an HTML fragment.

    Parameters
    ----------
    article : Article
        A read article.

    Returns
    -------
    str
        HTML: a ``<div class="quotetrack-article">`` with one ``<mark>`` per
        statement (``data-speaker``, ``title`` with name, title, organisation
        and country), ``<u>`` for terms, and a list of who responded to whom.

    Examples
    --------
    >>> from quotetrack import read
    >>> page = article_html(read('"<script>x</script> is bad," Jane Smith said.'))
    >>> "<script>" in page, "&lt;script&gt;" in page
    (False, True)
    """
    text = article.text
    colours = speaker_colours(article.statements)
    # Opening and closing tags at offsets; statements never overlap each other in a reading,
    # terms may lie inside a statement (they nest inside its <mark>).
    events: list[tuple[int, int, str]] = []  # (offset, order, tag): closings (0) before openings (1)
    shown: list[tuple[int, int]] = []
    for index, statement in enumerate(article.statements):
        if shown and statement.start < shown[-1][1]:
            continue  # overlapping marks cannot nest: the earlier statement keeps its highlight
        shown.append((statement.start, statement.end))
        name = statement.speaker.name if statement.speaker else ""
        colour = colours.get(name, _UNKNOWN)
        describe = html.escape(_describe(statement), quote=True)
        events.append((statement.start, 1, (
            f'<mark id="statement-{index}" class="qt-{statement.kind}" data-speaker="{html.escape(name, quote=True)}" '
            f'title="{describe}" style="background:{colour}">'
        )))
        label = html.escape(name or "?")
        events.append((statement.end, 0, f'</mark><sup class="qt-speaker" style="background:{colour}">{label}</sup>'))
    covered = shown
    for term in article.terms:
        if any(s < term.start < e and not (s <= term.start and term.end <= e) for s, e in covered):
            continue  # a term straddling a statement's edge would break the nesting
        events.append((term.start, 2, '<u class="qt-term" title="term">'))
        events.append((term.end, -1, "</u>"))
    events.sort(key=lambda e: (e[0], e[1]))
    pieces, cursor = [], 0
    for offset, _, tag in events:
        pieces.append(html.escape(text[cursor:offset]))
        pieces.append(tag)
        cursor = offset
    pieces.append(html.escape(text[cursor:]))
    body = "".join(pieces).replace("\n", "<br>\n")
    responses = "".join(
        f'<li><a href="#statement-{r.statement}">{html.escape(r.source)}</a> → '
        + (f'<a href="#statement-{r.target_statement}">{html.escape(r.target)}</a>'
           if r.target_statement is not None else html.escape(r.target))
        + (f" ({html.escape(r.cue)})" if r.cue else "") + "</li>"
        for r in article.responses
    )
    title = html.escape(str(article.metadata.get("title") or article.id))
    summary = f"{len(article.statements)} statements, {len(colours)} speakers, {len(article.responses)} responses"
    return (
        f'<div class="quotetrack-article" style="font-family:sans-serif;line-height:1.6">'
        f"<h3>{title}</h3><p><small>{summary}</small></p>"
        f'<div class="qt-text">{body}</div>'
        + (f'<h4>Responses</h4><ul class="qt-responses">{responses}</ul>' if responses else "")
        + "</div>"
    )


def articles_html(articles: Iterable[Article]) -> str:
    """A compact summary table of many articles (HTML).

    Examples
    --------
    >>> from quotetrack import read
    >>> "<table" in articles_html([read("Hi.", id="a")])
    True
    """
    rows = []
    for article in articles:
        speakers = ", ".join(s.name for s in article.speakers[:5]) + ("…" if len(article.speakers) > 5 else "")
        rows.append(
            f"<tr><td>{html.escape(article.id)}</td>"
            f"<td>{html.escape(str(article.metadata.get('title') or ''))}</td>"
            f"<td>{len(article.statements)}</td><td>{len(article.responses)}</td>"
            f"<td>{html.escape(speakers)}</td></tr>"
        )
    return ("<table class=\"quotetrack-articles\"><thead><tr><th>id</th><th>title</th><th>statements</th>"
            "<th>responses</th><th>speakers</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def corpus_html(path: str, counts: Mapping[str, int], claims: Iterable[Mapping[str, Any]]) -> str:
    """A summary of a corpus (HTML): what it holds and its most widely reported claims.

    Parameters
    ----------
    path : str
        Where the corpus is stored (shown as its title).
    counts : mapping of str to int
        Table sizes, as :meth:`quotetrack.Corpus.stats` returns them.
    claims : iterable of mappings
        Claim rows, as :meth:`quotetrack.Corpus.claim_rows` returns them, in
        the order they are to be shown.

    Examples
    --------
    >>> page = corpus_html("news.db", {"articles": 2, "claims": 1},
    ...                    [{"speaker": "Jane <b>", "text": "We won.", "first_reported": "2024-05-01",
    ...                      "n_reports": 2, "n_outlets": 2}])
    >>> "Jane &lt;b&gt;" in page, "2 articles" in page
    (True, True)
    """
    summary = ", ".join(f"{n:,} {table}" for table, n in counts.items())
    rows = [
        f"<tr><td>{html.escape(str(claim.get('speaker') or ''))}</td>"
        f"<td>{html.escape(str(claim.get('text') or ''))}</td>"
        f"<td>{html.escape(str(claim.get('first_reported') or ''))}</td>"
        f"<td>{int(claim.get('n_reports') or 0)}</td><td>{int(claim.get('n_outlets') or 0)}</td></tr>"
        for claim in claims
    ]
    return (f"<div class=\"quotetrack-corpus\"><p><b>{html.escape(path)}</b>: {html.escape(summary)}</p>"
            "<table><thead><tr><th>speaker</th><th>claim</th><th>first reported</th><th>reports</th>"
            "<th>outlets</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></div>")
