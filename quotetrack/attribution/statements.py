"""Attribute statements: link quotations and reported clauses to cues and speakers.

The stage works on *frames*: sentences joined where a quotation runs across
them, so that ``"A. B," he said.`` is one frame. In each frame every cue looks
for its source (the subject before it, the inverted subject after it, the
source after ``according to``, the clause subject for a participle) and for its
content:

- a quotation next to the cue and its source is a **direct** statement
  (``"A," he said, "B."``, ``X said: "A"``, ``"A," said X``);
- otherwise the reported clause after the cue (``said that ...``) or before
  it (``..., X said.``) is the content, **mixed** when it holds quoted words,
  **indirect** when not.

Quotations left over are continuation quotes (the previous speaker's), quoted
fragments of a speaker's words in a frame with a cue (mixed), or terms: names,
labels and scare quotes.
"""


from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from quotetrack.attribution.channels import ChannelFinder
from quotetrack.attribution.constructions import Attribution, Attributor
from quotetrack.attribution.coordinated import join_coordinated
from quotetrack.attribution.index import CLOSING_MARKS, TextIndex
from quotetrack.attribution.people import People
from quotetrack.attribution.quotations import Quotation
from quotetrack.attribution.resumed import resume_quotations
from quotetrack.attribution.headings import heads_a_section
from quotetrack.attribution.headlines import headline_reported
from quotetrack.attribution.titles import names_a_work
from quotetrack.document import Document
from quotetrack.lexicon import Lexicon

__all__ = ["Attribution", "attribute"]

_TERM_EDGE = frozenset(",;:")  # a sentence's punctuation caught inside closing marks


def attribute(
    document: Document, quotations: Sequence[Quotation], lexicon: Lexicon, people: People
) -> tuple[list[Attribution], list[tuple[int, int]]]:
    """Find the statements of a document, before speakers are resolved.

    Parameters
    ----------
    document : Document
        The annotated article.
    quotations : sequence of Quotation
        Its quotations (:func:`quotetrack.attribution.quotations.find_quotations`).
    lexicon : Lexicon
        Cue verbs and phrases, source nouns.
    people : People
        The article's people (used to tell a name's mention from an outlet's).

    Returns
    -------
    attributions : list of Attribution
        Statements in text order.
    terms : list of (int, int)
        Spans of quoted names and labels that are not statements.

    Examples
    --------
    >>> from quotetrack.backends import embedded
    >>> from quotetrack.attribution.people import find_people
    >>> from quotetrack.attribution.quotations import find_quotations
    >>> from quotetrack.lexicon import load_lexicon
    >>> document = embedded.parse('"We will win," Jane Smith said.')
    >>> lexicon = load_lexicon()
    >>> found, terms = attribute(document, find_quotations(document.text, document.paragraphs), lexicon,
    ...                          find_people(document, lexicon))
    >>> [(a.kind, document.text[a.start:a.end]) for a in found]
    [('direct', 'We will win,')]
    """
    attributor = Attributor(TextIndex(document, quotations, lexicon, people))
    found, terms = attributor.find()
    works = {(q.start, q.end) for q in attributor.index.quotes if names_a_work(attributor.index, q)}
    if works:  # 'she wrote in her memoir, "Tough Choices."': the quotation names a work, whatever cue is near
        terms = terms + [(a.start, a.end) for a in found if a.kind == "direct" and (a.start, a.end) in works]
        found = [a for a in found if a.kind != "direct" or (a.start, a.end) not in works]
    headings = {(q.start, q.end) for q in attributor.index.quotes if heads_a_section(attributor.index, q)}
    found = [a for a in found if (a.start, a.end) not in headings]  # "'A long night.'" alone heads a section
    channels = ChannelFinder(attributor.clauses)
    text = document.text
    # the longer of two statements starting together first, so that _drop_nested sees the one covering the other
    found, terms = join_coordinated(text, sorted(found, key=lambda s: (s.start, -s.end)), terms)
    merged = _in_order([_all_quoted(text, a) for a in _drop_nested(_join_fragments(text, found))])
    merged = resume_quotations(text, merged)  # '"A," she said, speaking of X, "and B."': B is direct
    # Continuation quotes take the speaker of a neighbouring statement.
    result: list[Attribution] = []
    token_starts = attributor.starts
    for i, att in enumerate(merged):
        if att.source is None and att.continues is None:
            att = merged[i] = attrs.evolve(att, continues=_continued(merged, i, token_starts, text))  # chains on
        if att.kind == "mixed" and att.quoted:
            shorter = channels.medium_tail(att.quoted[-1][1], att.end)  # '"a disaster" in a tweet Sunday'
            if shorter is not None and shorter < att.end:
                att = merged[i] = attrs.evolve(att, end=shorter)
        if att.cue is not None:
            medium, addressee = channels.channel(att.cue, att.start, att.end)
            if medium != att.medium or addressee != att.addressee:  # most cues name neither: no copy to make
                att = attrs.evolve(att, medium=medium, addressee=addressee)
        result.append(att)
    result = headline_reported(text, attributor.index.quotes, result)  # "Mayor calls plan 'a mess'"
    return _without_markers(text, result), sorted(_trimmed(text, span) for span in terms)


def _without_markers(text: str, statements: list[Attribution]) -> list[Attribution]:
    """``statements`` through :func:`_after_marker`, those it drops left out (``continues`` renumbered)."""
    marked = [_after_marker(text, a) for a in statements]
    if all(m is a for m, a in zip(marked, statements)):
        return statements  # most texts: no line opens with a marker
    number = {old: new for new, old in enumerate(k for k, m in enumerate(marked) if m is not None)}
    return [m if m.continues is None else attrs.evolve(m, continues=number.get(m.continues))
            for m in marked if m is not None]


# A line's opening time stamp or dateline, up to its dash: "09:12 —", "9.45am –", "SYDNEY —", "WASHINGTON (AP) —".
_LINE_MARKER = re.compile(r"(?:\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?|[A-Z][A-Z.,' ]*[A-Z.](?: \([A-Za-z]+\))?) [—–-] ")


def _after_marker(text: str, att: Attribution) -> Attribution | None:
    """A reported statement without the time stamp or dateline opening its line (a live blog's "09:12 — X accused Y
    of ..., according to officials"), None when that marker is all it held; a quotation keeps its span, and one that
    is all that is left is direct ('SYDNEY — "We will fight," Ann Dale said.').

    Examples
    --------
    >>> att = Attribution(start=0, end=40, kind="indirect", source=None, cue=None)  # (no cue, no source: the span)
    >>> text = "09:12 — The talks failed, officials said."
    >>> kept = _after_marker(text, att)
    >>> text[kept.start:kept.end]
    'The talks failed, officials said'
    >>> _after_marker("09:38 — A diplomat said so.", attrs.evolve(att, end=5)) is None
    True
    """
    if att.kind == "direct" or (att.start and text[att.start - 1] != "\n"):
        return att
    marker = _LINE_MARKER.match(text, att.start)
    if marker is None:
        return att if not _LINE_MARKER.match(text[att.start : att.end] + " — ") else None
    return _all_quoted(text, attrs.evolve(att, start=marker.end())) if marker.end() < att.end else None


def _trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A term's span without the punctuation that belongs to the sentence: '"Morning Joe,"' is "Morning Joe"."""
    start, end = span
    while end > start and (text[end - 1] in _TERM_EDGE or text[end - 1].isspace()):
        end -= 1
    return (start, end) if end > start else span


def _all_quoted(text: str, att: Attribution) -> Attribution:
    """A mixed statement whose reported clause is all quotation is direct: its span is the quoted words. So is one
    that opens and closes with quoted words, the writer's between them ('"They are painful" but necessary "for the
    firm"', '"stop the cuts" and "no justice, no peace"'): a quotation the writer interrupts."""
    if att.kind != "mixed" or not att.quoted:
        return att
    start, end = att.quoted[0][0], att.quoted[-1][1]
    if any(c.isalnum() for c in text[att.start : start] + text[end : att.end]):
        return att
    return attrs.evolve(att, start=start, end=end, kind="direct", quoted=() if len(att.quoted) == 1 else att.quoted)


def _in_order(statements: list[Attribution]) -> list[Attribution]:
    """The statements in text order, each span once: a mixed statement all quotation became its quote, which
    may also have been found as a direct statement (the first found is kept)."""
    seen: set[tuple[int, int]] = set()
    kept: list[Attribution] = []
    for att in sorted(statements, key=lambda a: a.start):
        if (att.start, att.end) not in seen:
            seen.add((att.start, att.end))
            kept.append(att)
    return kept


def _drop_nested(statements: list[Attribution]) -> list[Attribution]:
    """Drop a reported clause lying inside a longer one ("X said [the campaign planned [to ...]]"):
    the outer statement carries those words, the inner attribution is the outer speaker's report."""
    kept: list[Attribution] = []
    cover_end, cover_start = -1, -1  # the longest non-direct span seen so far (statements sorted by start)
    for att in statements:
        inside = att.kind != "direct" and cover_start <= att.start and att.end <= cover_end \
            and (cover_end - cover_start) > (att.end - att.start)
        if not inside:
            kept.append(att)
        if att.kind != "direct" and att.end > cover_end:
            cover_start, cover_end = att.start, att.end
    return kept


def _join_fragments(text: str, statements: list[Attribution]) -> list[Attribution]:
    """Join quoted fragments of one clause ('"ugly," "a shock" and "a fight"') into one mixed statement."""
    joined: list[Attribution] = []
    for att in statements:
        prev = joined[-1] if joined else None
        if prev is not None and att.kind == "mixed" and prev.kind == "mixed" and att.cue is None \
                and prev.end <= att.start and prev.paragraph == att.paragraph:
            gap = text[prev.end : att.start]
            words = [w for w in gap.split() if any(c.isalnum() for c in w)]
            if "." not in gap.strip(CLOSING_MARKS) and len(words) <= 1 \
                    and all(w in {"and", "or", "but"} for w in words):
                joined[-1] = attrs.evolve(prev, end=att.end, quoted=prev.quoted + att.quoted)
                continue
        joined.append(att)
    return joined


def _continued(statements: Sequence[Attribution], i: int, starts: Sequence[int] = (), text: str = "") -> int | None:
    """Index of the statement whose speaker the unattributed statement ``i`` continues (``starts``: the
    tokens' offsets, to tell a later quote introduced by its own speaker, 'Y says: "Q2"', which is not; ``text``:
    to tell an indirect statement inside the sentence of a direct one, '"Q1," X said after Y argued that ... "Q2."',
    where Q2 is still X's)."""
    here = statements[i]
    for j in range(i - 1, -1, -1):
        if statements[j].paragraph != here.paragraph:
            break
        if statements[j].source is not None:
            before = statements[j - 1] if j else None
            if text and statements[j].kind == "indirect" and before is not None and before.kind == "direct" \
                    and before.source is not None and before.paragraph == here.paragraph \
                    and not re.search(r"[.?!]\s", text[before.end : statements[j].start].strip(CLOSING_MARKS + " ")):
                return j - 1
            return j
    for j in range(i + 1, len(statements)):
        if statements[j].paragraph != here.paragraph:
            break
        source = statements[j].source
        if source is not None and statements[j].kind == "direct":
            if starts and starts[source.first] < statements[j].start:
                break  # 'Y says: "Q2"': Q2's speaker introduces it, the quote before is someone else's
            return j
    for j in range(i - 1, -1, -1):
        if here.paragraph - statements[j].paragraph > 2:
            break
        if statements[j].source is not None or statements[j].continues is not None:
            return j
    return None
