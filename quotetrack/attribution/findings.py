"""The long subject of a finding: "Data from the 2014 census show ...", "Emails that were released Friday showed ...".

A cue of finding (``show``, ``find``, ``reveal``, ``indicate``, ``suggest``: ``finding_cues`` in
``function_words.tsv``) often has a record as its subject: a poll, data, emails, documents. Such a subject is
often long: a prepositional phrase (``Data from the 2014 census``), a participle (``The documents released
Monday``) or a relative clause (``Emails that were released Friday``) comes between its head noun and the cue,
and the subject rules, which read back from the cue, stop at them. A record does not speak of itself, so the
phrase is read here from the sentence's start: a determiner or a capitalised word opening the sentence, a record
noun (a lower-case source noun) among its first words, and no comma, colon or quotation up to the cue.
"""

from __future__ import annotations

from quotetrack.attribution.cues import CueMatch
from quotetrack.attribution.index import Frame, Source, TextIndex

__all__ = ["record_subject"]

_HEAD_REACH = 5  # the record noun is among the subject's first words: "New CNN polls out Monday show"
_MOST = 16  # words of a subject at most


def record_subject(index: TextIndex, cue: CueMatch, frame: Frame) -> Source | None:
    """The record opening the sentence of a finding cue, with its modifiers, as the cue's source; None when the
    cue is no finding cue or the sentence opens otherwise.

    Examples
    --------
    >>> from quotetrack.attribution.index import TextIndex
    >>> from quotetrack.attribution.people import find_people
    >>> from quotetrack.attribution.quotations import find_quotations
    >>> from quotetrack.backends import embedded
    >>> from quotetrack.lexicon import load_lexicon
    >>> text = "Data from the 2014 census show that rents rose."
    >>> document, lexicon = embedded.parse(text), load_lexicon()
    >>> index = TextIndex(document, find_quotations(text, document.paragraphs), lexicon, find_people(document, lexicon))
    >>> cue = next(c for c in index.cues if c.lemma == "show")
    >>> source = record_subject(index, cue, index.frames[0])
    >>> text[index.tokens[source.first].start : index.tokens[source.last - 1].end]
    'Data from the 2014 census'
    """
    fw, words, tokens = index.fw, index.words, index.tokens
    if cue.lemma not in fw.finding_cues or cue.participle:
        return None
    first = frame.first
    if first < cue.first and words[first] in fw.conjunctions:
        first += 1  # "But data from the census show"
    last = cue.first
    while last > first and (words[last - 1] in fw.between or words[last - 1] in fw.auxiliaries):
        last -= 1  # "have also shown"
    if last - first < 3 or last - first > _MOST or cue.first - 1 >= 0 and index.quote_of[cue.first - 1] >= 0:
        return None
    opener = tokens[first].text
    if not (words[first] in fw.determiners or opener[:1].isupper() and opener not in {"I", "It", "There"}):
        return None
    if any(index.quote_of[t] >= 0 or words[t] in {",", ";", ":", "(", "—", "–"} for t in range(first, cue.first)):
        return None
    if words[last - 1] in fw.conjunctions or _clause_inside(index, first, last):
        return None  # "The policy has barely budged and shows ...": the record is no subject of its own
    head = next((t for t in range(first, min(last, first + _HEAD_REACH))
                 if (t == first or tokens[t].text.islower()) and words[t] in index.lexicon.source_nouns), None)
    if head is None or head == last - 1:
        return None  # (a subject ending at its noun is the subject rules')
    return Source(first=first, last=last, kind="description")


def _clause_inside(index: TextIndex, first: int, last: int) -> bool:
    """Whether tokens ``[first, last)`` hold a verb of their own (a finite verb or an auxiliary not inside a relative
    clause: "Emails that were released" is a subject, "The policy has budged" is not) or a subordinate clause
    ("The results arrive a day after a poll")."""
    fw, words = index.fw, index.words
    relative = False
    for t in range(first, last):
        word = words[t]
        if word in fw.relative_pronouns or word == "that" and t > first:
            relative = True
        elif word != "that" and word in fw.clause_openers:
            return True
        elif not relative and word != "to" and (word in fw.finite_verbs or word in fw.auxiliaries):
            return True
    return False
