"""A statement the writer places after another party's words: "X said ..., after Y said ...".

"'That is false,' Hale said, after Senator Ellis accused him of lying", "'I'm satisfied,' the voter said after Rubio
spoke": the sentence that reports a statement dates it by another party's statement, in a clause "after" the party
and a cue verb (a speech or response cue of ``cues.tsv``). The writer sets the one against the other: the statement
answers that party. An act ("after WikiLeaks released an email") is the news the statement speaks of, not whom it
answers. Only a clause outside the statement's own words counts ("he said he left after Obama spoke" is the
speaker's story), the party must be named right after "after" (after capitalised words, possessives or title
words: "CNBC's Becky Quick", "Chairman Trey Gowdy", "moderator Ann Pike"), and questions are left out, asked ("Y asked
X about it") or answered ("after X asked"): a reporter's question is no statement a reply answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from quotetrack.lexicon import Lexicon
from quotetrack.model import Speaker, Statement

from .evidence import Evidence
from .framed import clause_party, framed_by
from .groups import opposite_group
from .judged import judged_party, spoken_of
from .parties import Candidate, Names
from .placement import anchor_of, sentence_start
from .remarked import remarked_on
from .regarding import framed_topic
from .rivals import rival_act, rival_party
from .words import ResponseWords

__all__ = ["placed_after", "placed_signs"]

_AFTER = re.compile(r"\bafter\s+")
_REACH = 300  # characters from the statement to the end of its sentence
_MENTION_REACH = 600  # characters from the statement back to its speaker's mention, at most
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?:\s|$)")


def placed_after(text: str, statement: Statement, names: Names, words: ResponseWords, lexicon: Lexicon,
                 source: str) -> tuple[Candidate, int, int] | None:
    """The party whose statement the sentence reporting ``statement`` places it after, and the clause's span.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Speaker
    >>> from quotetrack.responses.words import response_words
    >>> text = '"That is false," Hale said, after Senator Ruth Ellis accused him of lying.'
    >>> ellis = Candidate(speaker=Speaker(name="Ruth Ellis", kind="person"), names=("Ruth Ellis", "Ellis"),
    ...                   first=43, side=None)
    >>> said = Statement(start=1, end=15, text="That is false,", kind="direct")
    >>> found = placed_after(text, said, Names.of([ellis]), response_words(load_lexicon()), load_lexicon(), "Hale")
    >>> found[0].speaker.name, text[found[1]:found[2]]
    ('Ruth Ellis', 'after Senator Ruth Ellis accused')
    """
    # (the speaker's mention taken at most _MENTION_REACH back: not at the start of a sentence of 90,000 characters)
    start = sentence_start(text, max(anchor_of(statement), statement.start - _MENTION_REACH))
    close = _SENTENCE_END.search(text, statement.end, min(len(text), statement.end + _REACH))
    end = close.start() if close is not None else min(len(text), statement.end + _REACH)
    questions = words.classes.get("question", frozenset())
    if statement.cue is not None and statement.cue.lemma in questions:
        return None  # "Not long after X tweeted ..., Y asked X about it": a question, no answer
    for after in _afters(text, start, end):
        if statement.start <= after.start() < statement.end:
            continue  # inside the speaker's own words: their story, not the writer's placing
        found = clause_party(text, after.end(), names, words, lexicon, source)
        if found is not None:
            return found[0], after.start(), found[1]
    return None


def _afters(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """What ``_AFTER.finditer(text, start, end)`` finds, tried only where ``str.find`` finds "after" (the pattern's
    own scan tries every position: slow on a sentence of thousands of statements).

    >>> [m.start() for m in _afters("after thereafter after, after x", 0, 31)]
    [0, 24]
    """
    at = text.find("after", start, end)
    while at >= 0:
        found = _AFTER.match(text, at, end)
        if found is not None:
            yield found
        at = text.find("after", at + 1 if found is None else found.end(), end)


def placed_signs(text: str, statements: Sequence[Statement], index: int, source: Speaker, voices: Names,
                 by_name: Mapping[str, Candidate], parties: Names, words: ResponseWords,
                 lexicon: Lexicon) -> list[Evidence]:
    """The signs the writer's placing of statement ``index`` gives: a clause "after" another party's statement
    (``sequel``), else a clause opening the sentence with "When" or "Even as" and another party's statement
    (``framed``: :func:`~.framed.framed_by`), for a group named by its reaction, the opposite group heard just before
    it (``exchange``: "Critics ... Supporters ..."; :func:`~.groups.opposite_group`), for a partisan, the rival party
    their words take up (``rival``: :func:`~.rivals.rival_party`), and the party the words open with and fault, or
    are said of and judge (``judged``: :func:`~.judged.judged_party`, :func:`~.judged.spoken_of`). ``parties`` finds
    the parties of ``by_name`` in a text (made once for the document, not for each statement)."""
    statement = statements[index]
    found = []
    after = placed_after(text, statement, voices, words, lexicon, source.name)
    if after is not None:
        found.append(Evidence.of(after[0], "sequel", after[1], after[2]))
    elif (framed := framed_by(text, statement, voices, words, lexicon, source.name)) is not None:
        found.append(Evidence.of(framed[0], "framed", framed[1], framed[2]))  # "When Y said ..., X said"
    elif (topic := framed_topic(text, statement, voices, words, source.name)) is not None:
        found.append(Evidence.of(topic[0], "regarding", topic[1], topic[2]))  # "Asked about Y's charge, X said"
    opposite = opposite_group(text, statements, index, by_name, words)
    if opposite is not None:
        found.append(Evidence.of(opposite, "exchange", statement.start, statement.end))
    rivals = (rival_party(statement, source, by_name.values(), words, lexicon),
              rival_act(statement, source, voices, words, lexicon),
              judged_party(statement, source, parties, words, lexicon)
              or spoken_of(text, statement, source, parties, words, lexicon)
              or remarked_on(text, statements, index, by_name, words))
    return [*found, *(r for r in rivals if r is not None)]
