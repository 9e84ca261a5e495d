"""Words said of another party's statement: '"She just made it up," he said of the claim'.

A speech cue (a ``remark_verb`` of ``response_words.tsv``: "said", "wrote") followed by "of" or "about" and a noun
naming an earlier statement or act ("said of the claim", "wrote of the report", "said of her remarks"; a noun of
``statement_nouns.tsv`` after a determiner or a possessive) tells what the words are about: the statement that noun
names. Its author, the latest other party heard making it (:func:`~.references.heard_stating`: by its cue, "claimed"
for "the claim", or its words), within five paragraph breaks, is the party answered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from quotetrack.model import Statement

from .evidence import Evidence
from .parties import Candidate
from .references import heard_stating, named_statement
from .words import ResponseWords

__all__ = ["remarked_on"]

_OF = re.compile(r",?\s+(?:of|about)\s+")  # "said of the claim", "wrote about the decision"
_NOUN_REACH = 40  # characters after "of" holding the noun: "the governor's latest claim"
_REACH = 5  # paragraph breaks back to the statement named (its cue names it: "claimed" for "the claim")


def remarked_on(text: str, statements: Sequence[Statement], index: int, by_name: Mapping[str, Candidate],
                words: ResponseWords) -> Evidence | None:
    """The author of the earlier statement that statement ``index``'s cue says its words are about, as evidence.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Cue, Speaker
    >>> from quotetrack.responses.words import response_words
    >>> text = 'Pike claimed that taxes rose. "She made it up," Hale said of the claim.'
    >>> pike, hale = Speaker(name="Ann Pike", kind="person"), Speaker(name="Tom Hale", kind="person")
    >>> claimed = Statement(start=13, end=28, text="that taxes rose", kind="indirect", speaker=pike,
    ...                     cue=Cue(start=5, end=12, text="claimed", lemma="claim"))
    >>> said = Statement(start=31, end=46, text="She made it up,", kind="direct", speaker=hale,
    ...                  cue=Cue(start=53, end=57, text="said", lemma="say"))
    >>> by_name = {"Ann Pike": Candidate(speaker=pike, names=("Pike",), first=0, side=None)}
    >>> remarked_on(text, [claimed, said], 1, by_name, response_words(load_lexicon())).target.speaker.name
    'Ann Pike'
    """
    cue = statements[index].cue
    of = _OF.match(text, cue.end) if cue is not None else None
    if cue is None or of is None or cue.lemma not in words.classes.get("remark_verb", frozenset()):
        return None  # "warned about its report": what was warned of, no statement answered
    noun = named_statement(text[of.end():of.end() + _NOUN_REACH], words)  # after a determiner or a possessive
    if noun is None:
        return None
    heard = heard_stating(text, statements, index, by_name, words, noun[0], cue.start, _REACH)
    return Evidence.of(heard[0], "author", of.end() + noun[1], of.end() + noun[2]) if heard is not None else None
