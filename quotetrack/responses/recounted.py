"""Words told back: a speaker's quotation that opens by recounting what a party said to or of them.

'"Ann Pike told me I was mistaken, that the tape doesn't exist," Hale told the crowd. "Well, it does."' Where a
speaker's own quoted words open with a named party, then a cue verb of speech (``cues.tsv``) and the speaker in the
first person ("told me", "accused us", "said I was ..."), the speaker tells the party's words back to answer them
(``recounted``). A party named further into the words, or not speaking to or of the speaker ("Pike told the
board"), is only spoken of.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from quotetrack.lexicon import Lexicon
from quotetrack.model import Response, Statement

from .evidence import Evidence, combine
from .parties import Names, is_party
from .words import ResponseWords

__all__ = ["recounted"]

_LEAD = re.compile(r"[\W_]*")
_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\s+(?:that\s+)?([A-Za-z]+)\b")  # " once told me", " said that I"


def recounted(statements: Sequence[Statement], index: int, text: str, names: Names,
              last_by_speaker: Mapping[str, int], words: ResponseWords, lexicon: Lexicon) -> Response | None:
    """The party whose words statement ``index`` opens by telling back, if any.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Speaker
    >>> from quotetrack.responses.parties import Candidate
    >>> from quotetrack.responses.words import response_words
    >>> lexicon = load_lexicon()
    >>> words, hale = response_words(lexicon), Speaker(name="Tom Hale", kind="person")
    >>> pike = Candidate(speaker=Speaker(name="Ann Pike", kind="person"), names=("Ann Pike", "Pike"), first=0,
    ...                  side=None)
    >>> said = [Statement(start=0, end=40, text="Ann Pike told me I was mistaken", kind="direct", speaker=hale)]
    >>> recounted(said, 0, " " * 40, Names.of([pike]), {}, words, lexicon).target
    'Ann Pike'
    >>> said = [Statement(start=0, end=40, text="Ann Pike told the board it was fine", kind="direct", speaker=hale)]
    >>> recounted(said, 0, " " * 40, Names.of([pike]), {}, words, lexicon) is None
    True
    """
    statement = statements[index]
    speaker = statement.speaker
    if speaker is None or statement.kind != "direct" or not is_party(speaker, words):
        return None
    found = names.first_match(statement.text, speaker.name)
    lead = _LEAD.match(statement.text)
    if found is None or lead is None or found[1] != lead.end():
        return None
    party, at = found
    name = next((n for n in sorted(party.names, key=len, reverse=True) if statement.text.startswith(n, at)), "")
    after = _NEXT.match(statement.text, at + len(name))
    if not name or after is None or lexicon.cue_forms.get(after.group(1), ("", ""))[1] != "speech" \
            or after.group(2).lower() not in words.classes.get("first_person", frozenset()):
        return None
    evidence = Evidence.of(party, "recounted", statement.start + at, statement.start + after.end())
    return combine([evidence], index, speaker, text, statements, last_by_speaker, words)
