"""Participle cues: whether one opens a clause of its own, and participles of saying joined by "and".

A participle cue after a comma or dash, or after one of ``participle_openers`` in ``function_words.tsv`` ("after",
"while", "by", ...), opens a clause of its own whose subject is the sentence's ("Hale reached out to senators after
dismissing them as "the elite""). A manner adverb may stand between them ("after repeatedly dismissing", ", publicly
saying"): it modifies the participle and does not change whose words it reports.

A participle cue after "and", when a participle cue stands before it in the frame, is the second of two coordinated
participles: it has the first one's subject ("She gave a speech blaming X ... and accusing him ..."), and the first
one's reported words end before the "and". Only when the second reports words of its own: a response cue (its object
is what it answers), or a clause ("and saying the plan will fail", "and warning that", "and vowing to"); a noun
phrase after another verb of saying ("arguing that ... and highlighting surveillance programs") stays inside the
first one's words.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotetrack.attribution.cues import CueMatch
from quotetrack.attribution.index import TextIndex

__all__ = ["coordinated_participle", "opens_participle", "reports_after_and"]

_CLAUSE_REACH = 5  # words from a determiner to the verb of a bare clause ("saying the other side lacks")


def coordinated_participle(index: TextIndex, cue: CueMatch, earlier: Sequence[CueMatch]) -> bool:
    """Whether ``cue`` is a participle after "and" coordinated with a participle cue among ``earlier``.

    Parameters
    ----------
    index : TextIndex
        The document's token index.
    cue : CueMatch
        The cue after "and".
    earlier : sequence of CueMatch
        The frame's cues before it.

    Returns
    -------
    bool
        True for "touting his record and saying ...": "saying" has the subject "touting" has.

    Examples
    --------
    >>> import quotetrack
    >>> text = "Hale spent the day touting his record and saying the rival lacks judgment."
    >>> [(s.cue.text, s.text, s.speaker.name) for s in quotetrack.read(text).statements]
    [('touting', 'his record', 'Hale'), ('saying', 'the rival lacks judgment', 'Hale')]
    """
    k = cue.first - 1
    if not cue.participle or k < 1 or index.words[k] != "and" or index.quote_of[k] >= 0:
        return False
    return any(c.participle and c.last < k for c in earlier) and reports_after_and(index, cue)


def reports_after_and(index: TextIndex, cue: CueMatch) -> bool:
    """Whether a participle cue after "and" reports words of its own: a response cue, "saying", or a clause after it
    ("that", "to", a subject pronoun, or a determiner and a finite verb a few words on)."""
    if cue.cls == "response" or cue.lemma == "say":
        return True  # ("and saying the other side lacks judgment": "say" takes a bare clause)
    words, fw = index.words, index.lexicon.function_words
    k = cue.last
    if k >= len(words) or index.quote_of[k] >= 0:
        return False
    if words[k] in {"that", "to"} or words[k] in fw.subject_pronouns:
        return True
    return words[k] in fw.determiners and any(
        words[t] in fw.finite_verbs or words[t] in fw.auxiliaries and words[t] != "to"
        for t in range(k + 1, min(len(words), k + _CLAUSE_REACH + 1)))


def opens_participle(index: TextIndex, k: int) -> bool:
    """Whether the participle at token ``k`` (not the text's first) opens a participial clause (see the module's
    docstring)."""
    word = index.words[k - 1]
    if k >= 2 and word.endswith("ly") and word.isalpha() and index.tokens[k - 1].text.islower():
        k -= 1  # "after repeatedly dismissing"
    return index.after_comma(k) or index.words[k - 1] in index.fw.participle_openers
