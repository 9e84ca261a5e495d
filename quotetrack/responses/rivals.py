"""A partisan's words about the rival party: "Republicans are so frustrated ...", said a Democrat.

A statement by a member of one party (its speaker's ``party``, or a party speaking: :func:`~.judgement.party_of`)
whose own words open with a rival party of the same country as their subject ("Republicans are trying to make
political hay of this", "Of course, the GOP wants ...") or name that party's act ("Republican efforts to repeal
it": a party word before an ``act`` noun) answers that party (``rival``). In partisan news the one side's words
about the other are its answer to it; the other party is the party the text heard speak (a candidate that is the
party itself: "Republicans", "the GOP"). A party named further into the words is only spoken of ("we will work
with Republicans") and proposes nothing here. A named member of a rival party is answered where the words take up
their act ("Ortiz's tax plan", "the Ortiz plan") or open with them as their subject ("Ortiz has no idea ...").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from quotetrack.attribution.party_marks import party_word
from quotetrack.lexicon import Lexicon
from quotetrack.model import Speaker, Statement

from .evidence import Evidence
from .judgement import party_of
from .parties import Candidate, Names
from .words import ResponseWords

__all__ = ["rival_act", "rival_party"]

_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
_OPENING = 4  # words before a rival party that still make it the subject ("Of course, the Republicans ...")
# after a name: its act, possessed or modified, with up to two words between ("Ortiz's new tax plan", "the Ortiz plan")
_OWNED = re.compile(r"(?:['’]s)?((?:\s+[a-z][\w-]*){1,3})")


def _the_party(candidates: Collection[Candidate], party: str, written: str, lexicon: Lexicon) -> Candidate | None:
    """The candidate that is ``party`` itself ("Republicans", "the GOP"), the one written as ``written`` first."""
    found = [c for c in candidates if c.speaker.kind in {"organisation", "group"}
             and (known := lexicon.parties.get(c.speaker.name.lower().removeprefix("the "))) is not None
             and known[0] == party]
    return next((c for c in found if c.speaker.name == written), found[0] if found else None)


@functools.cache
def _acts(words: ResponseWords) -> frozenset[str]:
    """The ``act`` and ``partisan_act`` nouns together (joined once, not for each statement)."""
    return words.classes.get("act", frozenset()) | words.classes.get("partisan_act", frozenset())


def _side(speaker: Speaker, lexicon: Lexicon) -> tuple[str | None, str]:
    """A speaker's party and its country ("" where the party is unknown): a person's as the text marks it (their
    ``party``), not an organisation a title was read to ("GOP nominee" by a name it need not belong to)."""
    mine = speaker.party if speaker.kind == "person" else party_of(speaker, lexicon)
    return mine, lexicon.parties.get(mine.lower(), ("", ""))[1] if mine else ""


def rival_act(statement: Statement, speaker: Speaker, names: Names, words: ResponseWords,
              lexicon: Lexicon) -> Evidence | None:
    """A named member of a rival party whose act a partisan's statement takes up, or who opens its words as their
    subject (``rival``): "Ortiz's tax plan would gut Medicare", "Ortiz has no idea what he is doing", said a Democrat
    of a Republican.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> lexicon, words = load_lexicon(), response_words(load_lexicon())
    >>> ortiz = Candidate(speaker=Speaker(name="Sam Ortiz", kind="person", party="Republican Party"),
    ...                   names=("Sam Ortiz", "Ortiz"), first=0, side=None)
    >>> ellis = Speaker(name="Ruth Ellis", kind="person", party="Democratic Party")
    >>> said = Statement(start=10, end=48, text="Ortiz's tax plan would gut Medicare", kind="direct")
    >>> rival_act(said, ellis, Names.of([ortiz]), words, lexicon).target.speaker.name
    'Sam Ortiz'
    >>> said = Statement(start=10, end=48, text="we all know that Ortiz is a decent man", kind="direct")
    >>> rival_act(said, ellis, Names.of([ortiz]), words, lexicon) is None
    True
    """
    mine, country = _side(speaker, lexicon)
    if not country:
        return None
    acts = _acts(words)
    for candidate, start, end in names.finditer(statement.text):
        theirs = _side(candidate.speaker, lexicon)
        if candidate.speaker.kind != "person" or theirs[0] == mine or theirs[1] != country:
            continue
        owned = _OWNED.match(statement.text, end)
        if owned is not None and any(w in acts for w in owned.group(1).split()):
            return Evidence.of(candidate, "rival", statement.start + start, statement.start + owned.end())
        if len(_WORD.findall(statement.text, 0, start)) < _OPENING:  # the rival opens the words: their subject
            return Evidence.of(candidate, "rival", statement.start + start, statement.start + end)
    return None


def rival_party(statement: Statement, speaker: Speaker, candidates: Collection[Candidate], words: ResponseWords,
                lexicon: Lexicon) -> Evidence | None:
    """The rival party a partisan's statement answers by taking it up (``rival``), if any.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> lexicon, words = load_lexicon(), response_words(load_lexicon())
    >>> gop = Candidate(speaker=Speaker(name="Republicans", kind="organisation"), names=(), first=0, side=None)
    >>> ellis = Speaker(name="Ruth Ellis", kind="person", party="Democratic Party")
    >>> said = Statement(start=10, end=52, text="Republicans are playing politics with this", kind="direct")
    >>> rival_party(said, ellis, [gop], words, lexicon).target.speaker.name
    'Republicans'
    >>> said = Statement(start=10, end=52, text="we will work with Republicans on this bill", kind="direct")
    >>> rival_party(said, ellis, [gop], words, lexicon) is None
    True
    """
    mine, country = _side(speaker, lexicon)
    if not country:
        return None
    acts = _acts(words)
    found = list(_WORD.finditer(statement.text))
    for k, word in enumerate(found):
        party = party_word(word.group(), lexicon) if word.group()[:1].isupper() else None
        if party is None or party[0] == mine or party[1] != country:
            continue
        act = k + 1 < len(found) and found[k + 1].group().lower() in acts  # "Republican efforts to repeal it"
        named = lexicon.parties.get(word.group().lower()) is not None and not act
        if not act and not (named and k < _OPENING and word.group().lower() != party[0].split()[0].lower()):
            continue  # "Democratic": an adjective, no party; "Republicans" far into the words: only spoken of
        target = _the_party(candidates, party[0], word.group(), lexicon)
        if target is not None:
            return Evidence.of(target, "rival", statement.start + word.start(), statement.start + word.end())
    return None
