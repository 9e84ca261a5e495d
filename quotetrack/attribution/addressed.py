"""The addressee between a cue and its quotation: 'told reporters, "it starts to pay off"'.

A quotation after a comma right behind its cue is the cue's direct quotation whatever its case ('said, "it
starts ..."'); one after other words is usually a clause quoting words ('said in 2009, "I called ..."'). A cue that
names whom it addresses (``addressed_cues`` in ``function_words.tsv``: "tell", "assure", "remind") may put a short
addressee between (at most four words, no verb): the quotation after it is still the cue's direct quotation.
"""

from __future__ import annotations

from quotetrack.attribution.cues import CueMatch
from quotetrack.attribution.index import TextIndex

__all__ = ["past_addressee"]

_MAX_WORDS = 4


def past_addressee(index: TextIndex, cue: CueMatch, after: int, j: int) -> int:
    """The token after the cue's addressee, when tokens ``[after, j - 1)`` are one and token ``j - 1`` the comma
    before the quotation opening at ``j``; ``after`` otherwise (see the module's docstring)."""
    words, fw = index.words, index.fw
    if cue.lemma not in fw.addressed_cues or not after < j - 1 <= after + _MAX_WORDS or words[j - 1] != ",":
        return after
    verbs = fw.auxiliaries | fw.finite_verbs
    if any(not words[t].isalpha() or words[t] in verbs or words[t] == "that" or index.quote_of[t] >= 0
           for t in range(after, j - 1)):
        return after
    return j - 1
