"""Cues that name a party and still answer nobody: a pledge of support, a cue withheld, a question answered, a cue
that is no verb of the speaker's.

"Support", "endorse" and "back" with a party named bare after them ("endorsed him", "backed Ron Paul for the
presidency", "a super PAC supporting Republicans") pledge support to a party or a candidate: no answer to anything it
said (``allegiance`` lemmas of ``response_words.tsv``; a race for office is read in ``senses``). A cue after "to"
and a word that withholds it ("his hesitancy
to condemn Duke", "reluctant to endorse") was not done (``withheld``). A cue whose object is a question ("answered
questions about her career") answers whoever asked, a reporter or an audience the text does not name (``asked``).
A cue after an article ("a mock children's book") or in the passive ("was endorsed by X") is no verb of which the
speaker is the subject. On the US political development articles each was read as a response and was wrong in every
case sampled.
"""

from __future__ import annotations

import functools
import re

from quotetrack.attribution.cues import inflections

from quotetrack.document import Document
from quotetrack.lexicon import Lexicon

from .objects import object_span
from .words import ARTICLE_BEFORE, ResponseWords

__all__ = ["answers_questions", "asks", "candidates_object", "greeting_forms", "greets", "no_verb", "pledged",
           "pledge_forms", "withheld"]

_BARE = re.compile(r"\s+(?:(?P<pronoun>him|them|you|us|me|her)\b(?!['’])|(?P<name>(?:[A-Z][\w.&'’-]*\s*){1,4}))")
_CHOICE = re.compile(r"\s+(?:either|any|both|all|each)\s+(?:one\s+|two\s+)?of\s+(?:them|you|those)\b")  # a choice
_DESCRIBED = re.compile(r"\s+(?:[a-z]+\s+){1,3}(?P<name>(?:[A-Z][\w.&'’-]*\s*){1,4})")  # "retired surgeon Ben Carson's"
_AFTER_OBJECT = frozenset({"on", "for", "in", "at", "as", "after", "over", "and", "but", "because", "with", "to",
                           "last", "this", "despite", "before", "when", "while", "since"})  # "endorsed her on Monday"
_POSSESSIVE = re.compile(r"['’]s?\s*$")
_OWNER = re.compile(r"\s+(?:his|her|their)\b")
_NEXT = re.compile(r"\s*([\w-]+)")
_WORDS = re.compile(r"[\w'’]+")
_BE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+|also\s+|not\s+)?$", re.IGNORECASE)
_OF_BEFORE = re.compile(r"\bof\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")
_QUESTIONS = re.compile(r"\b(?:questions?|inquir(?:y|ies)|requests? for comment)\b", re.IGNORECASE)
_INFINITIVE = re.compile(r"\s+to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those)\b)[a-z]+\b(?<!ing)")
_NAMED_ASKER = re.compile(r"[A-Z][a-z][\w-]*(?:['’]s|s['’])")  # a name's possessive, not initials' ("CNN's questions")
_CANDIDATES = re.compile(r"\s+(?:(?:the|a|an|all|both|other|some|many|several|these|those)\s+)?"
                         r"(?P<words>(?:[a-z][\w-]*\b(?!['’])\s*){1,3})")  # "the mainstream candidates"
_LEADING = frozenset({"to", "about", "on", "a", "an", "the", "his", "her", "their", "its", "some", "several", "many"})


@functools.cache
def pledge_forms(words: ResponseWords) -> frozenset[str]:
    """The inflected forms of the ``allegiance`` lemmas, lower case; the bare "back" (an adverb as often) is left
    out."""
    return frozenset(f for lemma in words.classes.get("allegiance", frozenset()) for f in inflections(lemma)) - {
        "back"}


def support_for(text: str, word: re.Match[str], words: ResponseWords) -> bool:
    """Whether ``word``, the word before a name, is "for" after a noun of support: "support for Sanders would have
    been higher" names whom others back, no party answered.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> text = "support for Hale would have been higher"
    >>> support_for(text, re.search("([A-Za-z]+) $", text[:12]), response_words(load_lexicon()))
    True
    """
    if word.group(1).lower() != "for":
        return False
    before = text[max(0, word.start(1) - 30) : word.start(1)].split()
    return bool(before) and before[-1].lower() in pledge_forms(words)


def greets(text: str, cue: str, cut: int, words: ResponseWords) -> bool:
    """Whether a ``greeting`` cue greets guests: its object goes on at ``cut`` with "to" a place ("welcomed world
    leaders to the White House"), not with an infinitive ("welcoming the administration's plans to increase ...").

    >>> import quotetrack.responses.words as w
    >>> from quotetrack.lexicon import load_lexicon
    >>> text = "She welcomed leaders to the White House and welcomed his plans to cut taxes."
    >>> [greets(text, "welcomed", text.index(at), w.response_words(load_lexicon())) for at in (" to the", " to cut")]
    [True, False]
    """
    return text.startswith(" to ", cut) and _INFINITIVE.match(text, cut) is None \
        and cue.split()[0].lower() in greeting_forms(words)


@functools.cache
def greeting_forms(words: ResponseWords) -> frozenset[str]:
    """The inflected forms of the ``greeting`` lemmas: a cue whose object goes on with "to" greets guests ("welcomed
    world leaders to the White House")."""
    return frozenset(f for lemma in words.classes.get("greeting", frozenset()) for f in inflections(lemma))


def pledged(text: str, cue: str, end: int, words: ResponseWords) -> bool:
    """Whether the cue ``cue`` ending at ``end`` pledges support to a party named bare after it.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> text = "Three senators endorsed him, and Hart backed Ron Paul for the presidency."
    >>> pledged(text, "endorsed", text.index(" him"), words), pledged(text, "backed", text.index(" Ron"), words)
    (True, True)
    >>> text = "Hart backed Ortiz's plan to cut taxes and endorsed her proposal."
    >>> pledged(text, "backed", text.index(" Ortiz"), words), pledged(text, "endorsed", text.index(" her"), words)
    (False, False)
    >>> pledged("Hart backed Ortiz's bid for the Senate.", "backed", 11, words)
    True
    >>> pledged("Hart endorsed her on Monday.", "endorsed", 13, words)
    True
    >>> pledged("a group backing former governor Ann Lee's stalled bid", "backing", 15, words)
    True
    >>> pledged("voters who have backed her candidacy", "backed", 22, words)
    True
    >>> pledged("super PACs supporting Texas Sen. Ann Lee's GOP campaign", "supporting", 21, words)
    True
    >>> pledged("I can support either one of them.", "support", 13, words)
    True
    """
    if cue.lower() not in pledge_forms(words):
        return False
    if candidates_object(text, end, words):  # "PACs supporting presidential candidates"
        return True
    if _CHOICE.match(text, end):  # "I can support either one of them": whichever of the candidates wins
        return True
    owned = _OWNER.match(text, end)
    if owned is not None and _candidacy(text, owned.end(), words):  # "backed her candidacy", "support his campaign"
        return True
    bare = _BARE.match(text, end)
    described = _DESCRIBED.match(text, end) if bare is None else None
    if described is not None:  # "supporting retired surgeon Ben Carson's fading campaign": a pledge to Carson
        return _POSSESSIVE.search(described.group("name")) is not None and _candidacy(text, described.end(), words)
    if bare is None:
        return False
    if bare.group("pronoun"):
        after = _NEXT.match(text, bare.end())  # "endorsed her proposal": a possessive
        return bare.group("pronoun") != "her" or after is None or not after.group(1).islower() \
            or after.group(1) in _AFTER_OBJECT
    if _POSSESSIVE.search(bare.group("name")) is None:
        return True
    return _candidacy(text, bare.end("name"), words)


def candidates_object(text: str, end: int, words: ResponseWords) -> bool:
    """Whether the object after a cue ending at ``end`` is headed by a noun of those running for office, after at
    most a determiner and two modifiers in lower case ("presidential candidates", "the mainstream candidates"): a
    candidacy supported or challenged, no party's words answered.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> text = "donors backing the other two candidates, backing the candidates' plan"
    >>> [candidates_object(text, text.index(" ", at + 1), words) for at in (7, 40)]
    [True, False]
    >>> candidates_object("voters who backed rival candidates", 17, words)
    True
    """
    found = _CANDIDATES.match(text, end)
    candidate = words.classes.get("candidate", frozenset())
    return found is not None and any(w in candidate for w in found.group("words").split())


def _candidacy(text: str, end: int, words: ResponseWords) -> bool:
    """Whether a candidacy noun ("campaign", "bid") follows ``end``, after at most one modifier ("fading campaign",
    "GOP campaign")."""
    candidacy = words.classes.get("candidacy", frozenset())
    noun = _NEXT.match(text, end)
    modified = _NEXT.match(text, noun.end()) if noun is not None else None
    return noun is not None and (noun.group(1).lower() in candidacy
                                 or modified is not None and modified.group(1).lower() in candidacy)


def withheld(text: str, offset: int, words: ResponseWords) -> bool:
    """Whether the cue at ``offset`` follows "to" and a word that withholds it ("his hesitancy to condemn").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> text = "He blamed his hesitancy to condemn the group on a bad line; she hoped to condemn it."
    >>> withheld(text, text.index("condemn"), words), withheld(text, text.rindex("condemn"), words)
    (True, False)
    """
    before = _WORDS.findall(text[max(0, offset - 40):offset])[-2:]
    return len(before) == 2 and before[1].lower() == "to" and before[0].lower() in words.classes.get(
        "withheld", frozenset())


def asks(text: str, start: int, end: int, words: ResponseWords) -> bool:
    """Whether the object ``text[start:end]`` of a cue is a question put to the speaker ("questions about her
    career", "to a question from the audience", "an early question about his agenda").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> text = "She answered questions about her career. He answered an early question about his plan. He hit back."
    >>> asks(text, 12, 40, words), asks(text, 52, 87, words), asks(text, 96, 100, words)
    (True, True, False)
    >>> text = "She answered Hale's question. He answered CNN's questions. She answered Vargas' question."
    >>> asks(text, 13, 28, words), asks(text, 41, 56, words), asks(text, 71, 88, words)
    (False, True, False)
    >>> text = "gave answers to detailed CBS News questions; answered criticism from Hale over questions"
    >>> asks(text, 13, 43, words), asks(text, 54, 88, words)
    (True, False)
    """
    written = _WORDS.findall(text[start:end])[:5]
    opening = [w.lower() for w in written]
    while opening and (opening[0] in _LEADING or opening[0].endswith(("'s", "’s", "s'", "s’"))):
        if opening[0] not in _LEADING and _NAMED_ASKER.fullmatch(written[len(written) - len(opening)]):
            return False  # "responded to Hale's question": a named party asked it, and is answered
        opening.pop(0)
    asked = words.classes.get("asked", frozenset())
    if any(w in asked for w in opening[:2]):  # "an early question"
        return True
    # "detailed USA TODAY questions": an asker named as a modifier, after at most one word in lower case
    at = next((k for k, w in enumerate(opening[:4]) if w in asked), None)
    named = written[len(written) - len(opening):][:at] if at is not None else []
    return bool(named) and sum(w.islower() for w in named) <= 1 and any(w[0].isupper() for w in named)


def answers_questions(text: str, cue: str, offset: int, words: ResponseWords, document: Document | None = None
                      ) -> bool:
    """Whether the object of the cue ``cue`` at ``offset`` is a question put to the speaker ("answered questions
    about her career", "responding to CNN's questions"): whoever asked, a reporter or an audience, no party's words.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> text = "Responding to CNN's questions, she answered questions about the bill."
    >>> answers_questions(text, "Responding to", 0, words), answers_questions(text, "answered", 35, words)
    (True, True)
    """
    span = object_span(text, offset, offset + len(cue), document)
    return asks(text, *span, words) or words.role(cue) == "prep" and _QUESTIONS.search(text, *span) is not None


def no_verb(text: str, cue: str, offset: int, lexicon: Lexicon) -> bool:
    """Whether the cue ``cue`` at ``offset`` is no verb of which the speaker is the subject: a modifier after an
    article ("a mock children's book", "the attack ads"), a gerund after "of" ("her position of supporting Trump"),
    or a participle in the passive ("was endorsed the day before by X").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> text = "There is a mock trial. Cruz was also endorsed by Lee. Ann mocked the plan."
    >>> [no_verb(text, cue, text.index(cue), load_lexicon()) for cue in ("mock", "endorsed", "mocked")]
    [True, True, False]
    """
    before = text[max(0, offset - 20):offset]
    after = _NEXT_WORD.match(text, offset + len(cue))
    modifier = ARTICLE_BEFORE.search(before) is not None and after is not None \
        and after.group(1).lower() not in lexicon.function_words.stop_words
    nominal = cue.endswith("ing") and _OF_BEFORE.search(before) is not None  # "her position of supporting X"
    return modifier or nominal or cue.endswith(("ed", "en")) and _BE_BEFORE.search(before) is not None
