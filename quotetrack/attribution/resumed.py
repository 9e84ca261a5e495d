"""A quotation that resumes its speaker's sentence after the writer's phrase: '"Q1," said Ann Dale, speaking of the
council, "and Q2."' is two direct statements, not a mixed one of ``speaking of``.

After a direct statement and its cue, the writer may add a phrase of their own (a participle and its object:
``speaking of the council``, ``explaining why he would attend``) before the quotation goes on. When the quotation
after that phrase opens with ``and``, ``but`` or ``or`` in lower case, it carries on the speaker's sentence: it is
the speaker's direct statement, and the phrase before it reports nothing. A reported clause (``arguing that the
budget was unfair, "and ..."``) or quoted words before the quotation keep the mixed statement, and so does a new
sentence between the first quotation and the phrase (the phrase then opens a statement of its own).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from quotetrack.attribution.index import Attribution

__all__ = ["resume_quotations"]

_OPENING = re.compile(r",\s*(?:[\"“]|'')$")  # a comma, then the quotation's opening mark
_RESUMING = re.compile(r"(?:and|but|or)\b")
_CLAUSE_WORDS = re.compile(r"\b(?:that|whether)\b")
_MARKS = re.compile("[\"“”]|''")
_SENTENCE_END = re.compile(r"[a-z]{2}[.?!]\s")  # not the period of an abbreviation ("Sen.", "Jr.")
_NEW_SENTENCE = re.compile(r"[^\w\n]*[A-Z]")  # marks and spaces, then a capital


def _resumes(text: str, before: Attribution, att: Attribution) -> bool:
    """Whether the mixed statement ``att`` is a writer's phrase and then a quotation resuming ``before``'s."""
    if att.kind != "mixed" or att.cue is None or len(att.quoted) != 1 or before.kind != "direct" \
            or before.paragraph != att.paragraph or before.end > att.start:
        return False
    (q_start, q_end), = att.quoted
    if q_end < att.end - 1 or any(c.isalnum() for c in text[q_end : att.end]):
        return False  # the writer's words go on after the quotation
    lead = text[att.start : q_start]
    opening = _OPENING.search(lead)
    if opening is None or not _RESUMING.match(text, q_start):
        return False
    if _MARKS.search(lead[: opening.start()]) or _CLAUSE_WORDS.search(lead[: opening.start()]):
        return False  # quoted words or a reported clause before the quotation: a mixed statement
    between = text[before.end : att.start]
    if text[before.end - 1 : before.end] == "." and _NEW_SENTENCE.match(between):
        return False  # '"Q1." Remember, "and Q2"': the first quotation closed its sentence
    return "\n" not in between and not _SENTENCE_END.search(between) and len(_MARKS.findall(between)) <= 1


def resume_quotations(text: str, statements: Sequence[Attribution]) -> list[Attribution]:
    """Read each mixed statement that is a writer's phrase and a quotation resuming the direct statement before it
    as the quotation alone, a direct statement (see the module's docstring).

    Parameters
    ----------
    text : str
        The article text.
    statements : sequence of Attribution
        The statements in text order.

    Returns
    -------
    list of Attribution
        The statements, those resumed cut to their quotation.

    Examples
    --------
    >>> from quotetrack.attribution.cues import CueMatch
    >>> text = '"We won," she said, speaking of the vote, "and we stay."'
    >>> first = Attribution(start=1, end=8, kind="direct", cue=None, source=None)
    >>> speaking = CueMatch(first=7, last=9, lemma="speak of", cls="speech", participle=True)
    >>> phrase = Attribution(start=32, end=56, kind="mixed", cue=speaking, source=None, quoted=((43, 55),))
    >>> [(a.kind, text[a.start : a.end]) for a in resume_quotations(text, [first, phrase])]
    [('direct', 'We won,'), ('direct', 'and we stay.')]
    """
    out: list[Attribution] = []
    for att in statements:
        before = out[-1] if out else None
        if before is not None and _resumes(text, before, att):
            (q_start, q_end), = att.quoted
            att = attrs.evolve(att, start=q_start, end=q_end, kind="direct", quoted=())
        out.append(att)
    return out
