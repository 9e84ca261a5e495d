"""An unnamed partisan source on the rival party: "Republicans are in a frenzy," said one Democratic source.

Partisan news quotes sources it does not name by the party they speak for ("a Democratic aide", "one GOP source
on the panel", "a Republican strategist"). Such a source is no party a response can answer (nobody can be said
to answer "a source"), but their words about the rival party are their side's answer to it as a named
partisan's would be: where the words open with the rival party as their subject or name its act, the source
answers that party (``rival``, :func:`~.rivals.rival_party`). No other sign is read for them: an unnamed
speaker's words about a third party or an act are too loosely tied to them to name whom they answer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from quotetrack.lexicon import Lexicon
from quotetrack.model import Response, Statement

from .evidence import combine
from .judgement import party_of
from .parties import Candidate
from .rivals import rival_party
from .words import ResponseWords

__all__ = ["unnamed_partisan"]


def unnamed_partisan(statements: Sequence[Statement], index: int, text: str, by_name: Mapping[str, Candidate],
                     last_by_speaker: Mapping[str, int], words: ResponseWords, lexicon: Lexicon) -> Response | None:
    """The rival party an unnamed partisan source's statement ``index`` answers, if any.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Organisation, Speaker
    >>> from quotetrack.responses.words import response_words
    >>> lexicon, words = load_lexicon(), response_words(load_lexicon())
    >>> gop = Candidate(speaker=Speaker(name="Republicans", kind="organisation"), names=(), first=0, side=None)
    >>> aide = Speaker(name="a Democratic aide", kind="unnamed", organisation=Organisation(name="Democratic Party"))
    >>> said = Statement(start=40, end=80, text="Republicans are playing politics with it", kind="direct",
    ...                  speaker=aide)
    >>> unnamed_partisan([said], 0, " " * 80, {"Republicans": gop}, {}, words, lexicon).target
    'Republicans'
    >>> said = Statement(start=40, end=80, text="we will work with Republicans on the bill", kind="direct",
    ...                  speaker=aide)
    >>> unnamed_partisan([said], 0, " " * 80, {"Republicans": gop}, {}, words, lexicon) is None
    True
    """
    statement = statements[index]
    speaker = statement.speaker
    if speaker is None or speaker.kind != "unnamed" or party_of(speaker, lexicon) is None:
        return None
    found = rival_party(statement, speaker, by_name.values(), words, lexicon)
    if found is None:
        return None
    return combine([found], index, speaker, text, statements, last_by_speaker, words)
