"""What a response cue the writer narrates does not say: a denied cue, another subject's cue, one's own record.

Another subject's cue: a party named before the cue in its sentence while the speaker comes after it, a
party or group between the speaker and the cue ("X said activists criticized ..."), a subject after "for"
("wrong for Y to criticize ..."), or a possessive that cannot be the speaker ("her attacks on Z, which critics
say ...").

Narrated reactions ("X attacked the plan", "X rejected Y's claim that ...") are statements of
their speaker, and their cue is read for its target. Three readings of such a cue answer
nobody: a cue denied ("did not criticise"), a cue earlier in the sentence whose subject is
another party ("X sided with Y and the unions who feared ..."), and a defence of the speaker's
own record ("defended her record").
"""

from __future__ import annotations

import functools
import re

from quotetrack.lexicon import Lexicon, load_lexicon
from quotetrack.model import Speaker, Statement

from .parties import Names
from .placement import sentence_start
from .words import ResponseWords

__all__ = ["another_subject", "between_subject", "cue_possessor", "denied", "infinitive_subject", "may_own", "narrated",
           "own_record"]

_WORD = re.compile(r"[\w']+")
# "for Judge Lee to criticize", "for him to publicly attack": the infinitive's own subject (not "a chance to reply")
_FOR_SUBJECT = re.compile(r"\bfor\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|him|her|them|us)"
                          r"\s+(?:not\s+)?to\s+(?:[a-z]+ly\s+)?$")
# "her attacks on X", "his populist attacks": a possessive makes the cue a noun, the possessor's act
_POSSESSED = re.compile(r"\b(his|her|its|their)\s+(?:(?!(?:to|not|and|or)\b)[a-z]+\s+)?$", re.IGNORECASE)
_NAME_POSSESSED = re.compile(r"\b([A-Z][\w-]*)['’]s?\s+(?:(?!(?:to|not|and|or)\b)[a-z]+\s+)?$")  # "Ortiz's praise"
_AT_HER = re.compile(r"[A-Za-z]+\s+(?:against|on|at|of|to)\s+(?:him|her|them|us|me)\b")  # "attacks against her"
_AT_SPEAKER = re.compile(r"[A-Za-z]+(?:\s+[a-z]+){0,2}?\s+(?:him|them|us|me|her(?!\s+[a-z]))\b")  # "is attacking him"
_BETWEEN = 200  # characters from the speaker's mention to a cue searched for the cue's own subject
# the words from a subject to its cue: auxiliaries, adverbs, "trying to" ("has previously dismissed")
_TO_CUE = re.compile(r"(?:\s+(?:has|have|had|is|are|was|were|been|also|not|never|previously|recently|repeatedly|"
                     r"trying|tried|to|[a-z]+ly)\b)*\s+")
_BY_AGENT = re.compile(r"\sby(?:\s+[A-Z][\w.'’-]*|\s+[a-z]+)*\s*$")  # "... by Republican Sen.": the cue noun's agent
_RELATIVE = re.compile(r",\s+who\b[^.;:!?\"“”]*")  # "asked by host Y, who has previously dismissed ...": Y's cue
_PROPER = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")  # two or more capitalised words: a name
_TITLE = re.compile(r"(?<![\w.])([A-Za-z]+)\.\s+$")  # a word and its full stop right before a sentence's start
_OWN = re.compile(r"\s+(?:his|her|its|their|our|my)\s+([A-Za-z]+)", re.IGNORECASE)  # a possessive and its noun
_OWNER_AFTER = re.compile(r"['’]s?\b|\s+[A-Z]")  # the possessive's noun owns or names someone: "his rival's claim"


def denied(text: str, offset: int, lexicon: Lexicon) -> bool:
    """Whether one of the three words before the cue at ``offset`` denies it ("did not criticise", "never attacked").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> text = "He did not directly criticise the plan."
    >>> denied(text, text.index("criticise"), load_lexicon())
    True
    >>> text = "She had not spoken. He attacked the plan."
    >>> denied(text, text.index("attacked"), load_lexicon())
    False
    """
    before = _WORD.findall(re.split(r"[.!?;:\n]", text[max(0, offset - 30) : offset])[-1])[-3:]  # its own sentence
    return any(w.lower() in lexicon.function_words.negations for w in before)


def another_subject(text: str, statement: Statement, speaker: Speaker, offset: int, names: Names,
                    lexicon: Lexicon) -> bool:
    """Whether the cue at ``offset``, earlier in the statement's sentence, is another party's: the speaker is named
    (not by a pronoun) only after it, and another party is named before it ("X sided with Y and the unions who
    feared ...": the cue is X's). A cue opening the sentence ("In response, X said") is the speaker's."""
    mention = statement.speaker_mention
    if mention is None or offset > mention.start or mention.text.lower() in lexicon.pronouns:
        return False
    if _BY_AGENT.search(text, offset, mention.start) is not None:
        return False  # "X relied on an attack against Y by Sen. Z": Z's attack
    before = text[sentence_start(text, offset) : offset]
    return not any(n in before for n in (speaker.name, *speaker.aliases)) and names.first_in(before, speaker.name) \
        is not None


def infinitive_subject(text: str, offset: int) -> bool:
    """Whether the cue at ``offset`` is an infinitive with its own subject after "for": "it was wrong for Judge Lee
    to criticize the candidate" is the judge's criticism, not the speaker's.

    Examples
    --------
    >>> text = "Ortiz said it was wrong for Judge Lee to criticize the senator."
    >>> infinitive_subject(text, text.index("criticize")), infinitive_subject("Ortiz criticized Lee.", 6)
    (True, False)
    """
    return _FOR_SUBJECT.search(text, max(0, offset - 60), offset) is not None


def cue_possessor(text: str, offset: int) -> str | None:
    """The possessive pronoun that makes the cue at ``offset`` a noun ("her attacks on X", "their support"), if any.

    Examples
    --------
    >>> text = "She needs to calibrate her attacks on Jensen. They urged her to attack him."
    >>> cue_possessor(text, text.index("attacks")), cue_possessor(text, text.index("attack him"))
    ('her', None)
    """
    found = _POSSESSED.search(text, max(0, offset - 30), offset)
    return found.group(1).lower() if found is not None else None


def may_own(text: str, offset: int, speaker: Speaker, gender: str | None, lexicon: Lexicon) -> bool:
    """Whether the possessive before the cue at ``offset``, if any, may stand for the speaker: a pronoun
    (:func:`cue_possessor`) of their gender (where known) and number ("its", "their": a body or a group), or one of
    their names ("Ortiz's praise of Hale" is no one's but Ortiz's).

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> text = "Lee tweeted out Ortiz's praise of Hale."
    >>> [may_own(text, text.index("praise"), Speaker(name=n), None, load_lexicon()) for n in ("Ann Lee", "Ann Ortiz")]
    [False, True]
    >>> text = "Lee said Ortiz's attacks on her came from insecurity."
    >>> may_own(text, text.index("attacks"), Speaker(name="Ann Lee"), None, load_lexicon())
    True
    """
    possessive = cue_possessor(text, offset)
    if possessive is None:  # "Ortiz's praise of Hale": Ortiz's act, unless Ortiz is the speaker
        owner = _NAME_POSSESSED.search(text, max(0, offset - 40), offset)  # "Hale's attacks on her": aimed at her
        return owner is None or any(owner.group(1) in n for n in (speaker.name, *speaker.aliases)) \
            or _AT_HER.match(text, offset) is not None
    told = lexicon.pronouns.get(possessive, ("x", ""))[0]
    if told in ("m", "f"):
        return speaker.kind == "person" and gender in (None, told)
    return speaker.kind != "person"


def between_subject(text: str, statement: Statement, speaker: Speaker, offset: int, names: Names,
                    words: ResponseWords) -> bool:
    """Whether the cue at ``offset``, after the speaker's mention, has a subject of its own between them: another
    party or a group noun ("X said activists criticized his company", "a clip of Y trying to defend Z"). A cue
    whose object is a personal pronoun is aimed at the speaker, who answers it ("X, who says Y is attacking him").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Mention
    >>> from quotetrack.responses.words import response_words
    >>> text = "Ann Lee said that in one case activists criticized her firm."
    >>> said = Statement(start=18, end=59, text=text[18:59], kind="indirect",
    ...                  speaker_mention=Mention(start=0, end=7, text="Ann Lee"))
    >>> lee, words = Speaker(name="Ann Lee"), response_words(load_lexicon())
    >>> between_subject(text, said, lee, text.index("criticized"), Names.of(()), words)
    True
    >>> between_subject("Ann Lee sharply criticized the plan.", said, lee, 16, Names.of(()), words)
    False
    >>> text = "Ann Lee showed a clip of Gov. Jo Reyes trying to defend the plan."
    >>> between_subject(text, said, lee, text.index("defend"), Names.of(()), words)
    True
    >>> text = "Ann Lee was asked by host Jo Reyes, who is backing Ann Lee but has dismissed the claims, about it."
    >>> between_subject(text, said, lee, text.index("dismissed"), Names.of(()), words)
    True
    """
    floor = max(_clause_start(text, offset), offset - _BETWEEN)
    named = [m.end for m in (statement.speaker_mention, *speaker.mentions) if m is not None and floor <= m.start
             and m.end <= offset]  # the speaker named in the cue's sentence, before it
    if not named:
        return False
    if _AT_SPEAKER.match(text, offset):
        return False  # "X, who says Y is attacking him, said ...": the speaker answers the cue's subject
    between = text[max(named):offset]
    ends = [end for candidate, _, end in names.finditer(between) if candidate.speaker.name != speaker.name]
    groups = words.classes.get("group", frozenset())
    ends += [m.end() for m in _WORD.finditer(between) if m.group().lower() in groups]
    own = (speaker.name, *speaker.aliases)  # a name no party of the text ("a clip of Gov. Jo Reyes trying to defend")
    ends += [m.end() for m in _PROPER.finditer(between) if not any(m.group().endswith(n) for n in own)]
    if any(_TO_CUE.fullmatch(between, end) is not None for end in ends):
        return True
    clause = text[min(named):offset]  # "X was asked by host Y, who is backing X but has dismissed ...": Y's cue
    return any(_RELATIVE.fullmatch(clause, end) is not None for candidate, _, end in names.finditer(clause)
               if candidate.speaker.name != speaker.name) or any(
        _RELATIVE.fullmatch(clause, m.end()) is not None for m in _PROPER.finditer(clause)
        if not any(m.group().endswith(n) for n in own))


@functools.cache
def _titles() -> frozenset[str]:
    lexicon = load_lexicon()
    return lexicon.honorifics & lexicon.abbreviations  # "Gov.", "Sen.", "Dr."


def _clause_start(text: str, offset: int) -> int:
    """The start of the sentence holding ``offset``, where a full stop after an abbreviated title ends none ("a clip
    of Gov. Jo Reyes trying to defend ...")."""
    start = sentence_start(text, offset)
    while start > 1 and (word := _TITLE.search(text, max(0, start - 12), start)) is not None \
            and word.group(1).lower() in _titles():
        start = sentence_start(text, start - 2)
    return start


def own_record(text: str, end: int, lexicon: Lexicon, stance: str | None = "defends", gender: str | None = None
               ) -> bool:
    """Whether the words after a cue of ``stance`` ending at ``end`` are the speaker's own possessive and its noun: a
    defence's whoever it names ("defended her record"); a rebuttal's where the possessive is of the speaker's
    ``gender`` and owns no one named ("he denied his opposition", "she denied her role in it"; not "he denied his
    rival's claim").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> own_record("She defended her record.", 12, load_lexicon()), own_record("She defended her.", 12, load_lexicon())
    (True, False)
    >>> text = "He denied his role. He denied her claim. He denied his rival's claim."
    >>> [own_record(text, text.index(" his", k), load_lexicon(), "rebuts", "m") for k in (0, 30)]
    [True, False]
    >>> own_record(text, text.index(" her"), load_lexicon(), "rebuts", "m")
    False
    """
    own = _OWN.match(text, end)
    if own is None or own.group(1).lower() in lexicon.function_words.stop_words:
        return False
    if stance == "defends":
        return True
    pronoun = own.group().split()[0].lower()
    return stance == "rebuts" and gender is not None and lexicon.pronouns.get(pronoun, ("x", ""))[0] == gender \
        and _OWNER_AFTER.match(text, own.end(1)) is None


def narrated(statement: Statement, words: ResponseWords, lexicon: Lexicon) -> bool:
    """Whether a statement is the object of its own response cue ("X criticised the buildup", "criticizes Mr. Obama
    from the left"): the cue's reading of its object says whom it answers; a name past the object does not, nor a
    guess at the story's initiator when the object names nobody."""
    first = (statement.text.split(maxsplit=1) or [""])[0]
    return statement.cue is not None and statement.kind == "indirect" \
        and words.pattern.fullmatch(statement.cue.text) is not None \
        and (first.lower() in lexicon.function_words.determiners or first[:1].isupper())
