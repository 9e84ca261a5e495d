"""Groups a statement speaks of as the other side: "the authorities are trying to silence him".

A group the narration named acting or speaking ("Iranian authorities have arrested ...",
"Airlines have attacked the rules") and that a later statement takes up by its head noun
("the authorities", "as the airlines are making out") is what that statement answers, when
the speaker is not one of them. The group goes by the fullest form the text gave it before
("Iranian authorities"). Head nouns are the ``group_target`` class of ``response_words.tsv``:
plurals for bodies of people that act as one (authorities, regulators, ministers, airlines).

A group named by its reaction ("Supporters say ...", "But opponents say ...") answers the proposal it reacts to: near
it, the proposal before it (``reader``); where a feature sets the proposal out first and gives the economists' views,
the figures and the people it touches before the reaction, paragraphs later, the article's latest proposal before it
(:func:`story_proposal`).
"""

from __future__ import annotations

import functools
import re

from collections.abc import Mapping, Sequence

from quotetrack.model import Speaker, Statement

from .parties import Candidate, Names, head_noun, same_side
from .placement import paragraphs_between
from .references import PASSIVE_AFTER
from .words import ResponseWords, singular

__all__ = ["following", "group_named", "opposite_group", "owns_following", "story_proposal"]

_NAME_RUN = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}")  # a name's words, up to its possessive
_OWNED_FOLLOWING = re.compile(r"['’]s?\s+([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?")  # "'s most loyal voters"
_PROPOSERS = frozenset({"person", "organisation"})  # who a reaction group answers far back
_BARE = re.compile(r"(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Mm]ost)\s+)?[A-Za-z]+")  # "Critics", "Some opponents"
_NAMED_REACH = 6000  # characters searched back for the group's naming
_THE = re.compile(r"\b(of\s+|with\s+|from\s+|to\s+|for\s+|by\s+|on\s+|at\s+|about\s+|among\s+)?[Tt]he\s+$")
# the group acting: "the authorities are trying ...", "as the airlines are making out"
_VERB = re.compile(r"\s+(?:are|were|have|had|will|would|want|wanted|say|said|claim|claimed|must|should|can|could|do|"
                   r"did)\b")

# "Iranian authorities", "low-cost airlines"; not a determiner opening a sentence ("The airlines", "Many unions")
_MODIFIER = r"(?:(?!(?:The|A|An|But|However|And|Many|Some|All|Other|These|Those|Their|Its|Our)\s)[A-Z][\w-]*\s+" \
            r"|[a-z]+-[a-z]+\s+)?"


def following(group: Speaker, names: Names, words: ResponseWords) -> bool:
    """Whether a group named by its reaction is a person's following, named with the person ("Many Ortiz supporters",
    "Ortiz's critics"): a candidate's voters or detractors, no side taking up a proposal (``reaction`` nouns).

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> ortiz = Candidate(speaker=Speaker(name="Ann Ortiz", aliases=("Ortiz",)), names=("Ann Ortiz", "Ortiz"),
    ...                   first=0, side=None)
    >>> names, words = Names.of([ortiz]), response_words(load_lexicon())
    >>> [following(Speaker(name=n, kind="group"), names, words) for n in ("Many Ortiz supporters", "Critics")]
    [True, False]
    """
    if head_noun(group.name) not in words.classes.get("reaction", frozenset()):
        return False
    return any(c.speaker.kind == "person" and c.speaker.name != group.name for c, _, _ in names.finditer(group.name))


def owns_following(text: str, start: int, words: ResponseWords) -> bool:
    """Whether the name at ``start`` owns its following ("half of Ortiz's supporters", "Hale's most loyal voters"): a
    cue answers them, not the party, nor does a statement naming them mention it (``following`` nouns).

    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> text = "called Ann Ortiz's loyal supporters lazy and Ortiz's plan lazy"
    >>> words = response_words(load_lexicon())
    >>> owns_following(text, 7, words), owns_following(text, 45, words)
    (True, False)
    """
    name = _NAME_RUN.match(text, start)
    found = _OWNED_FOLLOWING.match(text, name.end()) if name is not None else None
    return found is not None and bool(set(found.groups()) & words.classes.get("following", frozenset()))


@functools.cache
def _pattern(words: ResponseWords) -> re.Pattern[str] | None:
    heads = sorted(words.classes.get("group_target", frozenset()), key=len, reverse=True)
    if not heads:
        return None
    return re.compile(rf"\b({_MODIFIER})((?i:{'|'.join(map(re.escape, heads))}))\b")


@functools.cache
def _heads(words: ResponseWords) -> tuple[str, ...]:
    return tuple(head.lower() for head in words.classes.get("group_target", frozenset()))


def _names_no_head(said: str, words: ResponseWords) -> bool:
    """Whether words surely hold no head noun: ASCII (where the pattern's case folding is plain lowering), and no
    head in them lowered (most statements: the pattern is then not tried)."""
    if not said.isascii():
        return False
    lowered = said.lower()
    return not any(head in lowered for head in _heads(words))


def _speaks_for(speaker: Speaker, head: str) -> bool:
    """Whether the speaker is one of the group or speaks for a body of its kind ("an airline association")."""
    stem = singular(head)[:6]
    own = [speaker.name, speaker.title or "", speaker.organisation.name if speaker.organisation else ""]
    return any(stem in part.lower() for part in own)


def group_named(text: str, start: int, end: int, speaker: Speaker, words: ResponseWords
                ) -> tuple[Candidate, int, int] | None:
    """The group that the words ``text[start:end]`` take up by its head noun, named before ``start``, and where.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> text = ("Chinese authorities detained the writer in May. A spokesman for the group said: "
    ...         "The authorities want to silence him.")
    >>> start = text.index("The authorities")
    >>> found = group_named(text, start, len(text), Speaker(name="Pen Club", kind="organisation"),
    ...                     response_words(load_lexicon()))
    >>> found[0].speaker.name, text[found[1]:found[2]]
    ('Chinese authorities', 'authorities')
    """
    pattern = _pattern(words)
    if pattern is None or _names_no_head(text[start:end], words):
        return None
    for mention in pattern.finditer(text, start, end):
        head = mention.group(2).lower()
        the = _THE.search(text, max(0, mention.start() - 20), mention.start())
        if mention.group(1) or the is None or the.group(1) or _VERB.match(text, mention.end()) is None \
                or _speaks_for(speaker, head):
            continue  # only "the authorities" acting takes up a group named before; "other airlines", "of the
            # officials involved" do not
        earlier = [m for m in pattern.finditer(text, max(0, start - _NAMED_REACH), start) if m.group(2).lower() == head]
        if not earlier:
            continue  # a group the narration never named acting: no party
        fullest = max(earlier, key=lambda m: (bool(m.group(1).strip()), m.start()))
        name = fullest.group().strip()
        group = Candidate(speaker=Speaker(name=name, kind="group"), names=(), first=fullest.start(), side=None)
        return group, mention.start(2), mention.end(2)
    return None


def opposite_group(text: str, statements: Sequence[Statement], index: int, by_name: Mapping[str, Candidate],
                   words: ResponseWords) -> Candidate | None:
    """For a group named by its reaction ("Supporters say ..."), the group of the other reaction heard just before
    it, in its paragraph or the one before ("Critics fear ..."): two sides of one debate, the later answering.

    Supporters (the ``support_group`` nouns) and critics (the other ``reaction`` nouns) are opposite; two groups
    on one side, or any other voice between them, make no exchange.
    """
    speaker = statements[index].speaker
    reaction = words.classes.get("reaction", frozenset())
    support = words.classes.get("support_group", frozenset())
    if speaker is None or head_noun(speaker.name) not in reaction:  # (the reading may take "Opponents" for a person)
        return None
    mine = head_noun(speaker.name) in support
    for earlier in reversed(statements[:index]):
        other = earlier.speaker
        if other is None:
            return None  # a voice the reading could not name stands between
        if other.name == speaker.name:
            continue
        head = head_noun(other.name)
        if head not in reaction or (head in support) == mine \
                or paragraphs_between(text, earlier.end, statements[index].start) > 1:
            return None
        return by_name.get(other.name)
    return None


def story_proposal(text: str, statements: Sequence[Statement], index: int, speaker: Speaker,
                   by_name: Mapping[str, Candidate], words: ResponseWords) -> Candidate | None:
    """The party whose proposal, the latest before statement ``index`` anywhere in the article, a reaction group
    answers.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Cue
    >>> from quotetrack.responses.words import response_words
    >>> text = "Governor Ann Cole announced a tax cut. Critics say it is too small."
    >>> cole = Speaker(name="Ann Cole", kind="person")
    >>> plan = Statement(start=27, end=37, text="a tax cut.", kind="indirect", speaker=cole,
    ...                  cue=Cue(start=17, end=26, text="announced", lemma="announce"))
    >>> critics = Speaker(name="Critics", kind="group")
    >>> said = Statement(start=51, end=66, text="it is too small", kind="indirect", speaker=critics)
    >>> found = story_proposal(text, [plan, said], 1, critics, {"Ann Cole": Candidate(speaker=cole, names=(
    ...     "Ann Cole",), first=9, side=None)}, response_words(load_lexicon()))
    >>> found.speaker.name
    'Ann Cole'
    """
    lemmas = words.classes.get("proposal", frozenset())
    if not _BARE.fullmatch(speaker.name):
        return None  # "Sanders supporters", "his most passionate supporters": someone's own side
    for j in range(index - 1, -1, -1):
        earlier = statements[j]
        other = earlier.speaker
        if other is None or other.name == speaker.name or other.kind not in _PROPOSERS or other.name not in by_name:
            continue
        if earlier.cue is None or earlier.cue.lemma not in lemmas or PASSIVE_AFTER.match(text, earlier.cue.end):
            continue
        candidate = by_name[other.name]
        mention = statements[index].speaker_mention
        among = mention is not None and any(n in text[mention.end:statements[index].start] for n in candidate.names)
        return None if among or same_side(speaker, candidate, words) else candidate  # "critics, including X, say": one
    return None



def whole_group(text: str, statement: Statement, words: ResponseWords) -> bool:
    """Whether the statement's speaker is named as a whole group ("All the Democrats insisted", "Both candidates
    said"), which takes in the party heard before it: its turn alone answers no one.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Mention
    >>> from quotetrack.responses.words import response_words
    >>> text = "All the Democrats insisted that talks must go on."
    >>> said = Statement(start=27, end=48, text=text[27:48], kind="indirect",
    ...                  speaker_mention=Mention(start=8, end=17, text="Democrats"))
    >>> whole_group(text, said, response_words(load_lexicon()))
    True
    """
    mention = statement.speaker_mention
    if mention is None:
        return False
    before = [w.lower() for w in text[max(0, mention.start - 20) : mention.start].split()]
    while before and before[-1] in ("of", "the"):
        before.pop()  # "all of the Democrats"
    first = (before[-1:] or [""])[0] if mention.start > 0 else ""
    wholes = words.classes.get("whole_group", frozenset())
    return first in wholes or mention.text.split()[0].lower() in wholes
