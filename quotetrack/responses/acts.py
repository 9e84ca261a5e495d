"""Who did what others react to: the parties a text names doing an act ("The EU decided to ...").

A reaction answers an act as often as a statement: "Airlines attacked the legislation"
answers whoever made it, and the text says so where it names a party as the subject of
an act verb ("The Reserve Bank lifted interest rates", "Athletics Kenya issued the ban") or
as its agent ("the bans imposed on them by the federation", "a plan proposed by the
chief executive, Howard Wells"). The act verbs are the ``act_verb`` class of
``response_words.tsv``, inflected. The surface reading below needs no parse: a name, up to
three auxiliaries or adverbs, the verb; or a participle, a short phrase, "by", the name.
"""

from __future__ import annotations

import functools
import re

import attrs

from quotetrack.attribution.cues import inflections
from quotetrack.lexicon import phrase_alternation

from .parties import Candidate, Names
from .placement import sentence_start
from .words import ResponseWords, finite_verb_pattern, singular

__all__ = ["Act", "act_agent_at", "act_nouns", "act_verb_at", "find_acts", "names_act"]

_POSSESSIVE = re.compile(r"(?:\s+[A-Z][\w-]*)?['’]s\s")
_WORD = re.compile(r"[A-Za-z][\w-]*")
_OWNED_WORDS = 6  # words after a possessive searched for the act noun
_SENTENCE_END = re.compile(r"[.!?]\s")
_BE = frozenset({"is", "are", "was", "were", "be", "been"})  # "X was sentenced": X is no author
_AGENT_REACH = 100  # characters between a participle's "by" and the agent's name
_AGENT_STOPS = ".;:!?\"“”()"  # no passive phrase (a participle, a few words, "by", the agent) holds one


@attrs.frozen(kw_only=True)
class Act:
    """A party named doing an act: ``candidate`` did it, the act verb is ``text[start:end]``."""

    candidate: Candidate
    start: int
    end: int


@functools.cache
def act_nouns(words: ResponseWords, *without: str) -> frozenset[str]:
    """The nouns of the ``act`` class but those of the classes ``without`` (made once, not for each use)."""
    return frozenset(words.classes.get("act", frozenset()).difference(
        *(words.classes.get(name, frozenset()) for name in without)))


@functools.cache
def _own_act(words: ResponseWords) -> re.Pattern[str]:
    """An ``own_act_cue`` verb and "in" a possessive's act noun after a name: "Judge Ann Lee said in her ruling"."""
    verbs = phrase_alternation(words.classes.get("own_act_cue", frozenset()))
    return re.compile(rf"\s+(?:{verbs})\s+in\s+(?:his|her|its|their)\s+([a-z]+)\b")


@functools.cache
def _patterns(words: ResponseWords) -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = words.classes.get("act_verb", frozenset())
    irregular = words.classes.get("act_participle", frozenset())
    between = words.classes.get("act_helper", frozenset())
    forms = {f for v in verbs for f in inflections(v) if not f.endswith("ing")} - between | irregular
    participles = sorted({f for f in forms if f.endswith(("ed", "en")) or f in irregular}, key=len, reverse=True)
    active = finite_verb_pattern(words, forms)
    firsts = "".join(sorted({p[0] for p in participles}))
    lead = rf"(?=[{re.escape(firsts)}])" if firsts else ""  # a participle's first letter, tested first: a faster scan
    passive = re.compile(rf"{lead}\b({phrase_alternation(participles)})\b(?:\s+[\w'’-]+){{0,3}}?\s+by\s+"
                         rf"[^{re.escape(_AGENT_STOPS)}]{{0,{_AGENT_REACH}}}$", re.IGNORECASE)
    return active, passive


def _active_act(text: str, position: int, words: ResponseWords) -> re.Match[str] | None:
    """The act verb in the active voice right after ``position`` (after up to three helpers: "has now ordered",
    not "was ordered", nor a bare plural noun: "the EU rules", "Acme cuts")."""
    verb = _patterns(words)[0].match(text, position)
    if verb is None:
        return None
    helpers = verb.group(1).lower().split()
    passive_voice = bool(helpers) and helpers[-1] in _BE
    bare_noun = not helpers and verb.group(2).lower().endswith("s")
    return None if passive_voice or bare_noun else verb


def act_verb_at(text: str, position: int, words: ResponseWords) -> bool:
    """Whether an act verb in the active voice follows ``position``."""
    return _active_act(text, position, words) is not None


def act_agent_at(text: str, position: int, words: ResponseWords) -> bool:
    """Whether the words before ``position`` make what starts there an act's agent ("sentenced by ")."""
    return _passive_before(text[max(0, position - _AGENT_REACH - 40):position], words) is not None


def _passive_before(gap: str, words: ResponseWords) -> re.Match[str] | None:
    """The passive phrase ending ``gap`` ("sentenced by "), searched after the last stop only: a match holds none
    and holds "by"."""
    after = max(map(gap.rfind, _AGENT_STOPS)) + 1
    return _patterns(words)[1].search(gap, after) if "by" in gap[after:].lower() else None


def find_acts(text: str, names: Names, words: ResponseWords) -> tuple[Act, ...]:
    """Every act the text names a party doing, in text order.

    Parameters
    ----------
    text : str
        The article text.
    names : Names
        The candidates' names.
    words : ResponseWords
        The ``act_verb`` class.

    Returns
    -------
    tuple of Act
        One per naming of a party as an act's subject or agent.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Speaker
    >>> from quotetrack.responses.words import response_words
    >>> party = Candidate(speaker=Speaker(name="Acme Corp", kind="organisation"), names=("Acme Corp",),
    ...                   first=0, side="Acme Corp")
    >>> words = response_words(load_lexicon())
    >>> text = "Acme Corp has announced a price rise. The rise, approved by Acme Corp in May, angered users."
    >>> [text[a.start:a.end] for a in find_acts(text, Names.of([party]), words)]
    ['announced', 'approved']
    """
    if not names.owner:
        return ()
    done = act_nouns(words, "undergone")
    found = []
    for candidate, name_start, name_end in names.finditer(text):
        verb = _active_act(text, name_end, words)
        if verb is not None:
            found.append(Act(candidate=candidate, start=verb.start(2), end=verb.end(2)))
            continue
        floor = max(0, name_start - _AGENT_REACH - 40)
        gap = text[floor:name_start]
        agent = _passive_before(gap, words)
        if agent is not None and not gap.rstrip().endswith(" of") and (
                "," not in gap[agent.end(1):] or not gap[gap.rindex(",") + 1:].strip()):  # "by the staff of X"
            found.append(Act(candidate=candidate, start=floor + agent.start(1), end=floor + agent.end(1)))
            continue
        owned = _POSSESSIVE.match(text, name_end)  # "Acme's plan", "Acme Europe's new campaign"
        noun = _act_noun_after(text, owned.end(), done) if owned is not None else None
        if noun is not None:
            found.append(Act(candidate=candidate, start=noun[0], end=noun[1]))
            continue
        said_in = _own_act(words).match(text, name_end)  # "Judge Ann Lee said in her ruling"
        if said_in is not None and said_in.group(1).lower() in done:
            found.append(Act(candidate=candidate, start=said_in.start(1), end=said_in.end(1)))
            continue
        authored = _author_named(text, name_start, name_end, words)  # "The bill's author, Sen. Ann Lee, said"
        if authored is not None:
            found.append(Act(candidate=candidate, start=authored[0], end=authored[1]))
    return tuple(sorted(found, key=lambda a: a.start))


@functools.cache
def _author_patterns(words: ResponseWords) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An instrument noun's ``act_author`` noun apposed to a name, before it ("the bill's sponsor, Sen. X" or "the
    author of the bill, X") or after it ("X, the bill's author,"); the instrument noun is group 1."""
    nouns = phrase_alternation(words.classes.get("instrument", frozenset()))
    authors = phrase_alternation(words.classes.get("act_author", frozenset()))
    before = re.compile(rf"\b[Tt]he\s+(?:({nouns})['’]s\s+(?:{authors})|(?:{authors})\s+of\s+the\s+({nouns})),"
                        r"\s+(?:[\w.-]+\s+){0,3}$")
    after = re.compile(rf",\s+the\s+({nouns})['’]s\s+(?:{authors})\b")
    return before, after


def _author_named(text: str, name_start: int, name_end: int, words: ResponseWords) -> tuple[int, int] | None:
    """The instrument noun whose author the name is written as ("The bill's author, Democratic Senator Ann Lee,
    said ...", "Ann Lee, the measure's sponsor,"): the noun's offsets, or None."""
    before, after = _author_patterns(words)
    found = before.search(text, max(0, name_start - 80), name_start)
    if found is not None and not _SENTENCE_END.search(found.group()):
        group = 1 if found.group(1) is not None else 2
        return found.start(group), found.end(group)
    found = after.match(text, name_end)
    return (found.start(1), found.end(1)) if found is not None else None


def _act_noun_after(text: str, start: int, acts: frozenset[str]) -> tuple[int, int] | None:
    """The first act noun among the few words from ``start`` ("the 'Clean Air' plan"), within the sentence."""
    lower = 0
    for k, word in enumerate(_WORD.finditer(text, start, min(len(text), start + 60))):
        if k >= _OWNED_WORDS or _SENTENCE_END.search(text, start, word.start()):
            break
        if word.group() in acts:
            return word.start(), word.end()
        quoted = text[word.start() - 1:word.start()] in "\"“‘'" or text[word.end():word.end() + 1] in "\"”’'"
        lower += word.group()[0].islower() and not quoted
        if lower >= 2:  # the noun phrase is over: "Acme's Leeds plant may be cut"
            break
    return None


def names_act(text: str, words: ResponseWords, noun: str, start: int, end: int) -> bool:
    """Whether an act noun can name the act whose verb is ``text[start:end]``: a noun for any act ("the move"), one
    its verb makes ("the ban" / "banned"), an instrument for an instrument's act ("the legislation" / "New EU rules
    set ..."), or the noun itself in the act's sentence ("the charges imposed by the IAAF").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> text = "Acme unveiled a new phone in May. The firm banned two reporters."
    >>> names_act(text, words, "merger", 5, 13), names_act(text, words, "ban", 43, 49)
    (False, True)
    >>> names_act(text, words, "move", 5, 13)
    True
    """
    classes = words.classes
    verb = text[start:end].lower()
    stop = text.find(". ", end)
    found = {singular(w) for w in _WORD.findall(text, sentence_start(text, start), stop if stop >= 0 else len(text))}
    instruments = classes.get("instrument", frozenset())
    return noun in classes.get("umbrella", frozenset()) or singular(noun) in found \
        or noun in instruments and any(w in instruments for w in found) \
        or any(verb in inflections(lemma) for lemma in words.nouns.get(singular(noun), frozenset()))
