"""Find cues: the verbs and phrases that signal reported speech.

A cue is a speech verb from the lexicon (``said``, ``told``, ``tweeting``), a
phrasal verb (``hit back``, ``pointed out``) or a phrase that introduces a
source (``according to``). Cues inside quotations are not cues: the words of a
statement do not attribute it.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from quotetrack.document import Document
from quotetrack.lexicon import Lexicon

__all__ = ["CueMatch", "cues_within", "find_cues", "inflections"]

_SOURCE_AFTER = frozenset({"source_after", "according_to"})  # phrase kinds whose source follows them
_SENTENCE_EDGES = frozenset({".", "!", "?", '"', "“", "”", "''", "``", "—"})  # where "Said X:" may begin


@attrs.frozen(kw_only=True)
class CueMatch:
    """A cue found in a document.

    Parameters
    ----------
    first, last : int
        Token range ``[first, last)`` of the cue.
    lemma : str
        Dictionary form (``"say"``, ``"hit back"``, ``"according to"``).
    cls : str
        ``speech``, ``response``, ``belief`` or ``source_after``.
    participle : bool
        Whether the verb is an ``-ing`` form (``"tweeting:"``, ``", arguing"``).
    kind : str
        How the cue is built, which picks the construction that reads it: ``verb`` (one word,
        ``cues.tsv``), or a multiword cue's kind in ``cue_phrases.tsv`` (``according_to``,
        ``source_after``, ``verb_particle``).
    """

    first: int
    last: int
    lemma: str
    cls: str
    participle: bool = False
    kind: str = "verb"


def inflections(verb: str) -> set[str]:
    """Regular inflections of an English verb.

    Examples
    --------
    >>> sorted(inflections("point"))
    ['point', 'pointed', 'pointing', 'points']
    """
    forms = {verb, verb + "es" if verb.endswith(("s", "sh", "ch", "x", "z")) else verb + "s"}
    if verb.endswith("e"):
        return forms | {verb + "d", verb[:-1] + "ing"}
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return {verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    if len(verb) >= 3 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        return forms | {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}  # hit -> hitting
    return forms | {verb + "ed", verb + "ing"}


@functools.cache
def _phrase_table(lexicon: Lexicon) -> dict[str, list[tuple[tuple[str, ...], str, str]]]:
    """Index multiword cues by their first word: first word -> [(rest, lemma, kind)]."""
    lemma_forms: dict[str, set[str]] = {}
    for form, (lemma, _cls) in lexicon.cue_forms.items():
        lemma_forms.setdefault(lemma, set()).add(form)
    table: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for phrase, kind in lexicon.cue_phrases.items():
        words = phrase.split()
        firsts = {words[0]}
        if kind == "verb_particle":
            firsts |= lemma_forms.get(words[0], set()) | inflections(words[0])
        for first in firsts:
            table.setdefault(first, []).append((tuple(words[1:]), phrase, kind))
    for entries in table.values():
        entries.sort(key=lambda e: -len(e[0]))
    return table


def find_cues(document: Document, inside: Sequence[bool], lexicon: Lexicon,
              words: Sequence[str] | None = None) -> list[CueMatch]:
    """Find every cue outside quotations.

    Parameters
    ----------
    document : Document
        The annotated text.
    inside : sequence of bool
        For each token, whether it lies inside a quotation.
    lexicon : Lexicon
        Cue verbs and phrases.
    words : sequence of str, optional
        Each token's text in lower case, when the caller has them already.

    Returns
    -------
    list of CueMatch
        Cues in text order, none overlapping.
    """
    table = _phrase_table(lexicon)
    tokens = document.tokens
    # Words inside a title or a name are not cues: "general counsel James Baker", "the Press Secretary".
    named = bytearray(len(document.text) + 1)
    for e in document.entities:
        if e.label in {"TITLE", "ORG", "PERSON"}:
            named[e.start : e.end] = b"\x01" * (e.end - e.start)
    if words is None:
        words = [t.text.lower() for t in tokens]
    cues: list[CueMatch] = []
    n = len(tokens)
    i = 0  # the first token not yet read: a cue found covers its tokens
    # Only a token that starts a phrase or is a cue word can start a cue: look nowhere else.
    starters = {word for word in set(words) if word in table or word in lexicon.cue_forms}  # each word tried once
    for k in [k for k, word in enumerate(words) if word in starters]:
        if k < i or inside[k] or named[tokens[k].start]:
            continue
        i = k
        word = words[i]
        match = None
        for rest, phrase, kind in table.get(word, ()):
            end = i + 1 + len(rest)
            if end <= n and tuple(words[i + 1 : end]) == rest and not any(inside[i:end]):
                cls = "source_after" if kind in _SOURCE_AFTER else lexicon.cue_forms.get(word, ("", "speech"))[1]
                match = CueMatch(first=i, last=end, lemma=phrase, cls=cls, participle=word.endswith("ing"), kind=kind)
                break
        if match is None and word in lexicon.cue_forms and (tokens[i].text.islower() or i == 0 or (
            tokens[i - 1].text in _SENTENCE_EDGES or "\n" in document.text[tokens[i - 1].end : tokens[i].start]
        )):
            lemma, cls = lexicon.cue_forms[word]
            match = CueMatch(first=i, last=i + 1, lemma=lemma, cls=cls, participle=word.endswith("ing"))
        if match is not None:
            cues.append(match)
            i = match.last
        else:
            i += 1
    return cues


def cues_within(cues: Sequence[CueMatch], begin: int, limit: int) -> list[CueMatch]:
    """The cues from index ``begin`` on that start before token ``limit`` (cues are in text order)."""
    found = []
    for k in range(begin, len(cues)):
        if cues[k].first >= limit:
            break
        found.append(cues[k])
    return found
