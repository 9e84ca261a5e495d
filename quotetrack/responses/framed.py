"""A statement the writer frames by another party's words in a clause opening its sentence: "When Y said ..., X said".

"When Senator Ellis accused him of lying, Hale shot back that ...", "Even as the mayor insisted the budget was
balanced, the auditor said ...": a clause of time or contrast (a ``framing`` word of ``response_words.tsv``) opens the
sentence, names a party as the subject of a speech or response cue in the past (as "after" does for :mod:`~.sequel`),
and the statement's speaker or words come right after the clause's comma or dash. The writer sets the statement
against the words the clause reports: it answers that party. Only the opening clause counts: "When Y said ..., he
moved on," said X" gives the clause to the words' own subject, and the speaker named after the words is no answer to
Y; a question ("When Y asked ...") is no statement a reply answers.
"""

from __future__ import annotations

import re

from quotetrack.lexicon import Lexicon
from quotetrack.model import Statement

from .parties import Candidate, Names
from .placement import anchor_of, sentence_start
from .words import ResponseWords

__all__ = ["clause_party", "follows_clause", "framed_by", "opening_phrase"]

_LEAD = re.compile(r"(\w+),?\s+")  # "But ", "And, "
_HEAD = 40  # characters of the sentence read for its opening
_CLAUSE_END = ",\u2014\u2015\u2013"  # a comma or a dash closes the clause
_QUOTES = " \"'\u201c\u201d\u2018\u2019"
_GAP_WORDS = 4  # words between the clause's end and the statement's mention or words: "Governor", "city auditor"
_MENTION_REACH = 600
_NAME_LEAD = re.compile(r"([\w.&-]+?)(?:['’]s)?\s+")  # a word before the name: "CNBC's ", "Chairman ", "moderator "
# between the name and its verb: "(R-S.C.)", "earlier in the day", "on Monday", "had", "also"
_BETWEEN = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:,[^,]{1,30},)?(?:\s+(?:earlier|later|also|had|has|have|first|"
                      r"publicly|repeatedly|on|in|the|day|week|this|last|[A-Z][a-z]+day))*\s+([a-z]+)\b")
_NAME_REACH = 60  # characters a name after the clause's opening word may take


def framed_by(text: str, statement: Statement, names: Names, words: ResponseWords, lexicon: Lexicon,
              source: str) -> tuple[Candidate, int, int] | None:
    """The party whose words a clause opening the sentence of ``statement`` reports, and the clause's span.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Mention, Speaker
    >>> from quotetrack.responses.words import response_words
    >>> known = load_lexicon()
    >>> text = 'When Senator Ruth Ellis accused him of lying, Hale said the claim was false.'
    >>> ellis = Candidate(speaker=Speaker(name="Ruth Ellis", kind="person"), names=("Ruth Ellis", "Ellis"),
    ...                   first=13, side=None)
    >>> said = Statement(start=56, end=75, text=text[56:75], kind="indirect",
    ...                  speaker_mention=Mention(start=46, end=50, text="Hale"))
    >>> found = framed_by(text, said, Names.of([ellis]), response_words(known), known, "Tom Hale")
    >>> found[0].speaker.name, text[found[1]:found[2]]
    ('Ruth Ellis', 'When Senator Ruth Ellis accused')
    """
    opening = opening_phrase(text, statement, words, "framing")
    if opening is None:
        return None  # "Later, when ..." is a time of the story; only "But"/"And" may come before the framing word
    start, at = opening
    found = clause_party(text, at, names, words, lexicon, source)
    if found is None or not follows_clause(text, found[1], anchor_of(statement)):
        return None  # the statement does not follow the clause: "When Y said ..., he moved on," said X
    return found[0], start, found[1]


def opening_phrase(text: str, statement: Statement, words: ResponseWords, kind: str) -> tuple[int, int] | None:
    """Where a phrase of class ``kind`` of ``response_words.tsv`` opens the sentence of ``statement`` (after at most a
    ``turn_opening`` word: "But when ...", the phrase's start), and where the words after it begin; None where none
    does.

    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Mention
    >>> from quotetrack.responses.words import response_words
    >>> text = "Hale spoke. But when Ellis said so, Cole said no."
    >>> said = Statement(start=46, end=48, text="no", kind="indirect", speaker_mention=Mention(start=36, end=40,
    ...                  text="Cole"))
    >>> opening_phrase(text, said, response_words(load_lexicon()), "framing")
    (16, 21)
    """
    anchor = anchor_of(statement)
    start = sentence_start(text, max(anchor, statement.start - _MENTION_REACH))
    head = text[start:min(anchor, start + _HEAD)].lower()
    lead = _LEAD.match(head)
    offset = lead.end() if lead is not None and lead.group(1) in words.classes.get("turn_opening", ()) else 0
    phrase = next((w for w in sorted(words.classes.get(kind, ()), key=len, reverse=True)
                   if head.startswith(w.replace("_", " ") + " ", offset)), None)
    return (start + offset, start + offset + len(phrase) + 1) if phrase is not None else None


def follows_clause(text: str, end: int, anchor: int) -> bool:
    """Whether a statement attributed at ``anchor`` comes right after the comma or dash closing a clause that goes on
    past ``end``: at most four words between, none a number or a sentence's end.

    >>> follows_clause("When Ellis said so, Governor Cole said no.", 15, 29)
    True
    >>> text = "When Ellis said so, the mayor of the small town Ann Cole said no."
    >>> follows_clause(text, 15, text.index("Ann")), follows_clause("When Ellis said so. Cole said no.", 15, 20)
    (False, False)
    """
    if end >= anchor:
        return False
    between = text[end:anchor]
    close = max(between.rfind(c) for c in _CLAUSE_END)
    rest = between[close + 1:].strip(_QUOTES).split() if close >= 0 else []
    return close >= 0 and len(rest) <= _GAP_WORDS and all(w.rstrip(".").isalpha() for w in rest) and not any(
        between.find(stop, 0, close) >= 0 for stop in (". ", "? ", "! "))


def clause_party(text: str, at: int, names: Names, words: ResponseWords, lexicon: Lexicon,
                 source: str) -> tuple[Candidate, int] | None:
    """The party named at ``at`` (right after a clause's opening word: "after", "when") as the subject of a speech
    or response cue in the past, not ``source``, and where its cue ends; None when the clause names no such party
    ("after a meeting with X", "after X's speech", "after X says", "after X asked").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Speaker
    >>> from quotetrack.responses.words import response_words
    >>> known = load_lexicon()
    >>> ellis = Candidate(speaker=Speaker(name="Ruth Ellis", kind="person"), names=("Ruth Ellis", "Ellis"),
    ...                   first=0, side=None)
    >>> text = "when Senator Ruth Ellis accused him of lying"
    >>> found = clause_party(text, 5, Names.of([ellis]), response_words(known), known, "Tom Hale")
    >>> found[0].speaker.name, text[:found[1]]
    ('Ruth Ellis', 'when Senator Ruth Ellis accused')
    >>> clause_party("when Ellis asked him", 5, Names.of([ellis]), response_words(known), known, "Tom Hale")
    """
    questions = words.classes.get("question", frozenset())
    lead = at
    for word in _NAME_LEAD.finditer(text, at, at + _NAME_REACH):
        if word.start() != lead or not (word.group(1)[:1].isupper() or word.group(1) in lexicon.title_words):
            break
        lead = word.end()  # "CNBC's ", "Chairman ", "moderator ": before the name
    verb = None
    for candidate, start, until in names.finditer(text[at:lead + _NAME_REACH]):
        if at + start > lead:
            break  # named further on: "after a meeting with X"
        verb = _BETWEEN.match(text, at + until) if candidate.speaker.name != source else None
        if verb is not None:
            break
    if verb is None:
        return None
    form = verb.group(1)
    lemma, kind = lexicon.cue_forms.get(form, ("", ""))
    if not form.endswith("ed") and form not in words.classes.get("past_speech", frozenset()):
        return None  # a finite past verb: "after X said", not "after X's speech" or "after X says"
    if kind in ("speech", "response") and lemma not in questions:
        return candidate, verb.end(1)
    return None

