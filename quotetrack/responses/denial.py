"""A denial of a claim made before: "Hart denied that she had taken money from the lobby" after Hale said she had.

A rebuttal cue whose object is a clause ("denied that ...", "disputed that ...": a cue of stance ``rebuts`` of
``response_cues.tsv`` with "that" after it) names no party; the clause is the claim it rebuts, told again. The
party answered is the latest other party, within two paragraph breaks before, whose statement's words the clause
takes up (at least two of its content words), not one on the denier's own side (``denial``). A denial whose claim
nobody in the text made answers nobody.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from quotetrack.model import Response, Statement

from .evidence import Evidence, combine
from .parties import Candidate, is_party, same_side
from .placement import paragraphs_between
from .words import ResponseWords, content_words

__all__ = ["denial"]

_REACH = 2  # paragraph breaks a denial looks back over for the claim it rebuts
_SHARED = 2  # content words the clause must take up from the claim
_THAT = re.compile(r"\s+that\b", re.IGNORECASE)


def denial(statements: Sequence[Statement], index: int, text: str, by_name: Mapping[str, Candidate],
           stop_words: frozenset[str], last_by_speaker: Mapping[str, int], words: ResponseWords) -> Response | None:
    """The party whose claim statement ``index``, a denial, rebuts, if any.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Cue, Speaker
    >>> from quotetrack.responses.words import response_words
    >>> lexicon = load_lexicon()
    >>> words, stop = response_words(lexicon), lexicon.function_words.stop_words
    >>> hale, hart = (Speaker(name=name, kind="person") for name in ("Tom Hale", "Lisa Hart"))
    >>> text = "Hale said Hart took money from the lobby. Hart denied that she took money from the lobby."
    >>> said = [Statement(start=10, end=40, text="Hart took money from the lobby", kind="indirect", speaker=hale),
    ...         Statement(start=56, end=89, text="that she took money from the lobby", kind="indirect",
    ...                   speaker=hart, cue=Cue(start=47, end=53, text="denied", lemma="deny"))]
    >>> by_name = {"Tom Hale": Candidate(speaker=hale, names=("Tom Hale", "Hale"), first=0, side=None)}
    >>> denial(said, 1, text, by_name, stop, {}, words).target
    'Tom Hale'
    >>> said[0] = Statement(start=10, end=40, text="Hart took a bribe in the spring", kind="indirect", speaker=hale)
    >>> denial(said, 1, text, by_name, stop, {}, words) is None
    True
    """
    statement = statements[index]
    speaker, cue = statement.speaker, statement.cue
    if speaker is None or cue is None or not is_party(speaker, words) or words.stance(cue.text) != "rebuts" \
            or words.role(cue.text) != "object" or not _clause_after(text, statement, cue.end):
        return None
    claim = content_words(statement.text, stop_words)
    for j in range(index - 1, -1, -1):
        earlier = statements[j]
        if paragraphs_between(text, earlier.end, statement.start) > _REACH:
            break
        other = earlier.speaker
        if other is None or other.name == speaker.name or other.name not in by_name \
                or same_side(speaker, by_name[other.name], words) \
                or len(content_words(earlier.text, stop_words) & claim) < _SHARED:
            continue
        found = Evidence.of(by_name[other.name], "denial", cue.start, cue.end, cue=cue.text)
        return combine([found], index, speaker, text, statements, last_by_speaker, words)
    return None


def _clause_after(text: str, statement: Statement, cue_end: int) -> bool:
    """Whether the statement is the clause after its cue: "denied that ..." (the clause's "that" after the cue or
    opening the statement)."""
    return statement.start >= cue_end and (statement.text.lower().startswith("that ")
                                           or _THAT.match(text, cue_end) is not None)
