"""The response lexicon: cue phrases with their stance and role, and the word classes the rules read.

They come from ``lexicon/data``: ``response_cues.tsv`` (phrase, stance, role),
``response_words.tsv`` (act nouns, group nouns, contrast words, question and proposal
cue lemmas, organisation nouns, act verbs, claim nouns and the cue lemmas that make claims,
judging words and stance cues) and ``statement_nouns.tsv`` (nouns naming a statement by its verbs).
Their headers say what each column and class means.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources

import attrs

from quotetrack.attribution.cues import inflections
from quotetrack.lexicon import Lexicon, phrase_alternation

__all__ = ["ARTICLE_BEFORE", "ResponseWords", "content_words", "finite_verb_pattern", "response_cues", "response_words",
           "singular"]

ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)  # an article ending the text before a word

_UNINFLECTED = frozenset({"in", "responding", "reacting"})  # first words that are no verbs to inflect


_CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def content_words(text: str, stop_words: frozenset[str]) -> set[str]:
    """The words of ``text`` in lower case, less ``stop_words``.

    >>> sorted(content_words("The plan's cost", frozenset({"the"})))
    ['cost', "plan's"]
    """
    return {w.lower().strip("'’") for w in _CONTENT_WORD.findall(text)} - stop_words


@functools.lru_cache(maxsize=8192)  # asked of each word of each statement
def singular(noun: str) -> str:
    """A noun in lower case and the singular, for looking it up ("allegations": "allegation", "policies": "policy").

    Examples
    --------
    >>> singular("Allegations"), singular("policies"), singular("speeches"), singular("news")
    ('allegation', 'policy', 'speech', 'news')
    """
    noun = noun.lower()
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith(("ss", "us", "ws")) and len(noun) > 3:
        return noun[:-1]
    return noun


def finite_verb_pattern(words: ResponseWords, forms: Iterable[str]) -> re.Pattern[str]:
    """A name's continuation into one of the verb ``forms``: after an optional parenthesis and up to three helpers
    of the ``act_helper`` class ("(XA) has now ordered"); group 1 holds the helpers, group 2 the verb."""
    helpers = phrase_alternation(words.classes.get("act_helper", frozenset()))  # tries: a character or two a
    verbs = phrase_alternation(forms)  # position, not a try per word (the verbs longest first, as before)
    return re.compile(rf"(?:\s*\([^()]{{1,40}}\))?\s+((?:(?:{helpers})\s+){{0,3}})({verbs})\b", re.IGNORECASE)


def _data(name: str) -> str:
    return (resources.files("quotetrack.lexicon") / "data" / name).read_text("utf-8")


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _data(name).splitlines() if line.strip() and not line.startswith("#")]


@attrs.frozen(kw_only=True, eq=False)
class ResponseWords:
    """Response cues and the word classes around them.

    Parameters
    ----------
    pattern : re.Pattern
        Case-insensitive alternation of every inflected cue phrase, longest first.
    stances : dict of str to str
        Matched phrase (lower case) to its stance: ``rejects``, ``rebuts``, ``defends``,
        ``supports``, ``questions`` or ``neutral``.
    roles : dict of str to str
        Matched phrase (lower case) to where its target is read: ``object``, ``prep``, ``turn`` or ``clause``.
    classes : dict of str to frozenset of str
        Class name (``act``, ``group``, ``reaction``, ``contrast``, ``question``, ``proposal``,
        ``organisation``, ``act_verb``, ``claim``, ``claim_verb``, ``evaluation``, ``stance_cue`` ...; the
        file's comments say what each holds) to its words.
    nouns : dict of str to frozenset of str
        A noun naming an earlier statement or act (singular) to the verb lemmas that make one
        (``statement_nouns.tsv``: ``"allegation"`` -> allege, accuse, claim).

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> words = response_words(load_lexicon())
    >>> words.stances["rejected"], words.roles["rejected"], words.roles["hit back"]
    ('rejects', 'object', 'turn')
    >>> "plan" in words.classes["act"], "critics" in words.classes["reaction"]
    (True, True)
    """

    pattern: re.Pattern[str]
    stances: dict[str, str]
    roles: dict[str, str]
    classes: dict[str, frozenset[str]]
    nouns: dict[str, frozenset[str]]

    def names_statement(self, noun: str, lemma: str) -> bool:
        """Whether a noun names a statement or act made with a verb lemma (``statement_nouns.tsv``): "the
        allegations" / "alleged", "the report" / "reported", "the decision" / "decided".

        Examples
        --------
        >>> from quotetrack.lexicon import load_lexicon
        >>> words = response_words(load_lexicon())
        >>> words.names_statement("Allegations", "allege"), words.names_statement("reports", "warn")
        (True, False)
        """
        return lemma in self.nouns.get(singular(noun), frozenset())

    def stance(self, cue: str) -> str:
        """The stance of a matched cue: a ``stance_noun`` ("criticism of", "attacks on") rejects; ``neutral`` when
        unknown."""
        found = self.stances.get(cue.lower())
        if found is None and cue.split()[:1] and cue.split()[0].lower() in self.classes.get("stance_noun", ()):
            return "rejects"
        return found or "neutral"

    def role(self, cue: str) -> str:
        """The role of a matched cue (``object`` when unknown)."""
        return self.roles.get(cue.lower(), "object")


@functools.cache
def response_words(lexicon: Lexicon) -> ResponseWords:
    """The response lexicon, inflected with the lexicon's cue verb forms (cached per lexicon).

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> response_words(load_lexicon()).pattern.search("They hit back at him").group()
    'hit back'
    """
    stances: dict[str, str] = {}
    roles: dict[str, str] = {}
    for row in _rows("response_cues.tsv"):
        words = row[0].strip().lower().split()
        stance = row[1].strip() if len(row) > 1 and row[1].strip() else "neutral"
        role = row[2].strip() if len(row) > 2 and row[2].strip() else "object"
        forms = {words[0]} if words[0] in _UNINFLECTED else inflections(words[0]) | {words[0]}
        forms |= {form for form, (lemma, _cls) in lexicon.cue_forms.items() if lemma == words[0]}
        for form in forms:
            phrase = " ".join([form, *words[1:]])
            stances.setdefault(phrase, stance)
            roles.setdefault(phrase, role)
    alternation = phrase_alternation(stances)
    classes = {row[0].strip(): frozenset(w.replace("_", " ") for w in row[1].split()) for row in _rows(
        "response_words.tsv")}
    classes["party_word"] = frozenset(alias for alias in lexicon.parties if " " not in alias)  # "democratic", "gop"
    classes["legislature"] = lexicon.legislatures  # a house of rivals: two senators are not one side
    nouns = {row[0].strip(): frozenset(row[1].split()) for row in _rows("statement_nouns.tsv") if len(row) > 1}
    # (?=[...]): a phrase's first letter, tested before the word boundary and the alternation (a faster scan)
    firsts = "".join(sorted({phrase[0] for phrase in stances}))
    lead = rf"(?=[{re.escape(firsts)}])" if firsts else ""
    return ResponseWords(pattern=re.compile(rf"{lead}\b(?:{alternation})\b", re.IGNORECASE), stances=stances,
                         roles=roles, classes=classes, nouns=nouns)


def response_cues(lexicon: Lexicon) -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern finding response cues, and each matched phrase's stance.

    Returns
    -------
    pattern : re.Pattern
        Case-insensitive alternation of every inflected cue phrase, longest first.
    stances : dict of str to str
        Matched phrase (lower case) to its stance.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> pattern, stances = response_cues(load_lexicon())
    >>> stances[pattern.search("Labour dismissed the plan").group().lower()]
    'rejects'
    """
    words = response_words(lexicon)
    return words.pattern, words.stances
