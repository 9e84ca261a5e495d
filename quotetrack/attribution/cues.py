"""Find cues: the verbs and phrases that signal reported speech.

A cue is a speech verb from the lexicon (``said``, ``told``, ``tweeting``), a
phrasal verb (``hit back``, ``pointed out``) or a phrase that introduces a
source (``according to``). Cues inside quotations are not cues: the words of a
statement do not attribute it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence

import attrs

from quotetrack.attribution.modifier_cues import modifies_noun
from quotetrack.attribution.stances import stance_start
from quotetrack.attribution.withdrawals import withdraws
from quotetrack.document import Document, Token
from quotetrack.lexicon import Lexicon

__all__ = ["CueMatch", "cues_within", "find_cues", "inflections"]

_SOURCE_AFTER = frozenset({"source_after", "according_to"})  # phrase kinds whose source follows them
_SENTENCE_EDGES = frozenset({".", "!", "?", '"', "“", "”", "''", "``", "—"})  # where "Said X:" may begin
_QUOTE_MARKS = frozenset("\"“”‘’'`«»")  # a quotation may open after a cue
_QUESTION_REACH = 40  # tokens after a cue where the question mark closing its sentence may stand


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
        ``source_after``, ``verb_particle``); the nouns of :mod:`~quotetrack.attribution.nouns` are
        ``noun`` ("his claim that") and ``noun_object`` ("her attacks on").
    """

    first: int
    last: int
    lemma: str
    cls: str
    participle: bool = False
    kind: str = "verb"


_VOWEL_GROUP = re.compile(r"[aeiou]+")
# a final consonant doubles in one syllable (ban) or a stressed last one (admit, refer), not in order or visit
_STRESSED_ENDINGS = ("fer", "mit", "cur", "pel", "gret", "trol", "but")


def inflections(verb: str) -> set[str]:
    """Regular inflections of an English verb.

    Examples
    --------
    >>> sorted(inflections("point"))
    ['point', 'pointed', 'pointing', 'points']
    >>> sorted(inflections("ban")), sorted(inflections("order")), sorted(inflections("refer"))
    (['ban', 'banned', 'banning', 'bans'], ['order', 'ordered', 'ordering', 'orders'], \
['refer', 'referred', 'referring', 'refers'])
    """
    forms = {verb, verb + "es" if verb.endswith(("s", "sh", "ch", "x", "z")) else verb + "s"}
    if verb.endswith("e"):
        return forms | {verb + "d", verb[:-1] + "ing"}
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return {verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    if len(verb) >= 3 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou" and (
            len(_VOWEL_GROUP.findall(verb)) == 1 or verb.endswith(_STRESSED_ENDINGS) and not verb.endswith("ffer")):
        return forms | {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}  # hit -> hitting, admit -> admitted
    return forms | {verb + "ed", verb + "ing"}


@functools.cache
def _starters(lexicon: Lexicon) -> frozenset[str]:
    """The words a cue can start with: a phrase's first word or a cue verb's form."""
    return frozenset(_phrase_table(lexicon)).union(lexicon.cue_forms)


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
            firsts |= lemma_forms.get(words[0], set()) | inflections(words[0]) | lexicon.verb_forms.get(words[0], set())
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
        Each token's text in lower case (default: the document's ``words``).

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
        words = list(document.words)  # (a list: slices are compared with lists)
    cues: list[CueMatch] = []
    headlines: dict[int, bool] = {}  # a line's start -> whether it is written in title case
    n = len(tokens)
    i = 0  # the first token not yet read: a cue found covers its tokens
    # Only a token that starts a phrase or is a cue word can start a cue: look nowhere else.
    starters = _starters(lexicon).intersection(words)  # (set operations: no test of each word in Python)
    for k in list(itertools.compress(range(len(words)), map(starters.__contains__, words))):
        if k < i or inside[k] or named[tokens[k].start]:
            continue
        i = k
        word = words[i]
        match = None
        for rest, phrase, kind in table.get(word, ()):
            end = i + 1 + len(rest)
            if kind == "verb_particle" and rest and end < n and words[i + 1].endswith("ly") \
                    and tokens[i + 1].text.islower() and tuple(words[i + 2 : end + 1]) == rest:
                end += 1  # "spoke emotionally of", "pressed privately for": an adverb inside the phrase
            if end <= n and tuple(words[end - len(rest) : end]) == rest and not any(inside[i:end]):
                first = i if kind != "stance" else stance_start(tokens, words, i, lexicon)  # "is convinced that"
                if first is None:
                    continue
                cls = "source_after" if kind in _SOURCE_AFTER else "belief" if kind == "stance" \
                    else lexicon.cue_forms.get(word, ("", "speech"))[1]
                match = CueMatch(first=first, last=end, lemma=phrase, cls=cls, participle=word.endswith("ing"),
                                 kind=kind)
                break
        if match is None and word in lexicon.cue_forms and (tokens[i].text.islower() or i == 0 or (
            tokens[i - 1].text in _SENTENCE_EDGES or "\n" in document.text[tokens[i - 1].end : tokens[i].start]
        ) or _headline_verb(word, lexicon) and _in_headline(document, i, inside, headlines)) \
                and not _heads_subject(tokens, words, i, lexicon) and not modifies_noun(tokens, words, i, lexicon) \
                and not _plural_noun(words, i, lexicon) and not _reflexive_idiom(words, i, lexicon) \
                and not _asks_reader(words, i, lexicon) and not withdraws(words, i, lexicon) \
                and not (i > 0 and words[i - 1] in lexicon.function_words.indefinite_articles):  # "unveiled a plan"
            lemma, cls = lexicon.cue_forms[word]
            match = CueMatch(first=i, last=i + 1, lemma=lemma, cls=cls, participle=word.endswith("ing"))
        if match is not None:
            cues.append(match)
            i = match.last
        else:
            i += 1
    return cues


def _headline_verb(word: str, lexicon: Lexicon) -> bool:
    """Whether a word is a speech verb in the third person or the past ("says", "warns", "said")."""
    entry = lexicon.cue_forms.get(word)
    return entry is not None and entry[1] == "speech" and word != entry[0]


def _in_headline(document: Document, k: int, inside: Sequence[bool], seen: dict[int, bool]) -> bool:
    """Whether token ``k`` stands inside a short line written in title case that quotes no words ('Mayor Says
    Bridge Will Open In May'), where a capitalised verb is still a verb. ``seen`` keeps each line's answer."""
    text, tokens = document.text, document.tokens
    start = text.rfind("\n", 0, tokens[k].start) + 1
    if start not in seen:
        end = text.find("\n", tokens[k].start)
        end = len(text) if end < 0 else end
        words = [w for w in text[start:end].split() if len(w) > 3 and w[0].isalpha()]
        a = bisect.bisect_left(tokens, start, key=lambda t: t.start)
        b = bisect.bisect_left(tokens, end, key=lambda t: t.start)
        seen[start] = 3 <= len(words) <= 20 and sum(w[0].isupper() for w in words) >= 0.8 * len(words) \
            and not any(inside[a:b])
    return seen[start] and text[start : tokens[k].start].strip() != ""


def _plural_noun(words: Sequence[str], i: int, lexicon: Lexicon) -> bool:
    """Whether cue word ``i`` is a plural noun: a form of ``plural_noun_cues`` ("member states", "the states that
    voted") not followed by "that", a comma, a colon or a quotation mark ("the memo states that ...")."""
    if words[i] not in lexicon.function_words.plural_noun_cues:
        return False
    return i + 1 >= len(words) or words[i + 1] not in {"that", ",", ":"} and words[i + 1][:1] not in _QUOTE_MARKS


def _reflexive_idiom(words: Sequence[str], i: int, lexicon: Lexicon) -> bool:
    """Whether cue word ``i`` is a verb of ``reflexive_idioms`` before a reflexive pronoun: "found himself in a
    bind" reports no finding."""
    fw = lexicon.function_words
    entry = lexicon.cue_forms.get(words[i])
    return entry is not None and entry[0] in fw.reflexive_idioms and i + 1 < len(words) \
        and words[i + 1] in fw.reflexive_pronouns


def _asks_reader(words: Sequence[str], i: int, lexicon: Lexicon) -> bool:
    """Whether cue word ``i`` is the verb of a question put to the reader: "Do you support the levy?", "What do you
    think of the plan?", "Can you imagine ...?" (an auxiliary, "you", the cue, and a question mark closing the
    sentence): the writer asks, no one is reported."""
    if i < 2 or words[i - 1] != "you" or words[i - 2] not in lexicon.function_words.auxiliaries:
        return False
    end = next((k for k in range(i + 1, min(i + _QUESTION_REACH, len(words))) if words[k] in {".", "!", "?"}), None)
    interview = any(words[k] == "q" and words[k + 1] == ":" for k in range(max(0, i - _QUESTION_REACH), i))
    return end is not None and words[end] == "?" and not interview  # "Q: Do you think ...?" asks the interviewee


def _heads_subject(tokens: Sequence[Token], words: Sequence[str], i: int, lexicon: Lexicon) -> bool:
    """Whether cue word ``i`` is the noun heading a subject, its verb right after it: "the tax plans are",
    "the claim was" (a noun after a lower-case modifier, before a form of be, have or a modal)."""
    fw = lexicon.function_words
    if i == 0 or i + 1 >= len(words) or words[i] not in fw.noun_cues:
        return False
    after, before = words[i + 1], words[i - 1]
    if after in fw.between and i + 2 < len(words) and words[i + 2] in lexicon.cue_forms:
        after = words[i + 2]  # "refugee advocates also said"
    if after not in fw.finite_verbs and (after not in fw.auxiliaries or after == "to") and (
        after not in lexicon.cue_forms or not tokens[i + 1].text.islower()
    ):
        return False
    if not tokens[i - 1].text.islower() and before not in fw.determiners:
        return False  # "Glenn Beck fears", but "His remarks were"
    determined = any(w in fw.determiners or w in {"'s", "’s"} for w in words[max(0, i - 4) : i])
    if before.endswith("s") and not words[i].endswith("s") and not determined:
        return False  # "which critics claim would": a plural subject and its verb; "the jobs report was" a noun
    return before.isalpha() and before not in fw.subject_pronouns and before not in fw.relative_pronouns \
        and before not in fw.between and before not in fw.conjunctions and before not in lexicon.cue_forms \
        and before not in fw.clause_openers and before not in fw.clause_starters - fw.determiners \
        and not before.endswith("ly")


def cues_within(cues: Sequence[CueMatch], begin: int, limit: int) -> list[CueMatch]:
    """The cues from index ``begin`` on that start before token ``limit`` (cues are in text order)."""
    found = []
    for k in range(begin, len(cues)):
        if cues[k].first >= limit:
            break
        found.append(cues[k])
    return found
