"""Those who work for a party speak on its side, and do not answer it.

A speaker introduced as someone's aide, spokesman, adviser or campaign manager ("Hart campaign
spokesman Tom Reyes", "her longtime aide Tom Reyes", "Tom Reyes, an adviser to Hart") speaks for
that principal: what they say of the principal's plan or words is the principal's own side, no
response to it. The nouns are the ``representative`` and ``retinue_role`` classes of
``response_words.tsv``; a possessive pronoun before the noun ("her aide") stands for the latest
person of its gender named before. A former aide ("formerly one of Hart's aides") speaks for themself.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from quotetrack.lexicon import Lexicon, phrase_alternation
from quotetrack.model import Speaker

from .parties import Names
from .words import ResponseWords

__all__ = ["Retinue", "principals"]

_BEFORE = 80  # characters before a mention searched for its introduction ("Hart campaign spokesman")
_BACK = 1500  # characters searched back for the person a possessive pronoun stands for
_FORMER = re.compile(r"\b(?:former|formerly|ex)\b", re.IGNORECASE)  # "his former aide": on their own side now
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"


@functools.cache
def _patterns(words: ResponseWords) -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    nouns = sorted((n.replace("_", " ") for n in words.classes.get("representative", frozenset())
                    | words.classes.get("retinue_role", frozenset())), key=len, reverse=True)
    alternation = phrase_alternation(nouns)
    before = re.compile(rf"\b({_NAME}|[Hh]is|[Hh]er)(?:['’]s?)?\s+(?:[\w-]+\s+){{0,3}}?(?:{alternation}),?\s+$")
    after = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{alternation})\s+(?:to|for)\s+(?:the\s+)?"
                       rf"({_NAME})")
    return before, after, tuple(nouns)


def principals(text: str, speaker: Speaker, names: Names, words: ResponseWords, lexicon: Lexicon,
               genders: Mapping[str, str | None]) -> frozenset[str]:
    """The parties the speaker is introduced as working for, by the names of their candidates.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Mention
    >>> from quotetrack.responses.parties import Candidate
    >>> from quotetrack.responses.words import response_words
    >>> text = "Governor Lisa Hart spoke. Hart campaign spokesman Tom Reyes said the plan was fair."
    >>> reyes = Speaker(name="Tom Reyes", mentions=(Mention(start=50, end=59, text="Tom Reyes"),))
    >>> names = Names.of([Candidate(speaker=Speaker(name="Lisa Hart"), names=("Lisa Hart", "Hart"), first=9,
    ...                             side=None)])
    >>> lexicon = load_lexicon()
    >>> sorted(principals(text, reyes, names, response_words(lexicon), lexicon, {}))
    ['Lisa Hart']
    """
    if speaker.kind != "person":
        return frozenset()
    before, after, nouns = _patterns(words)
    found = set()
    for mention in speaker.mentions:
        window = max(0, mention.start - _BEFORE)
        # ``before`` ends in a noun, a comma maybe and a space: tried only where the text does, not at 80 offsets
        ends = text[window:mention.start].rstrip().removesuffix(",").endswith(nouns)
        introduced = before.search(text, window, mention.start) if ends else None
        if introduced is not None and _FORMER.search(text, max(0, introduced.start() - 20), mention.start) is None:
            owner = introduced.group(1)
            told = lexicon.pronouns.get(owner.lower(), ("x", ""))[0] if owner.lower() in ("his", "her") else None
            if told is None:
                named = names.first_in(owner, speaker.name)
            else:  # "her aide": the latest person of her gender named before
                people = [c for c, _, _ in names.finditer(text[max(0, introduced.start() - _BACK):introduced.start()])
                          if c.speaker.name != speaker.name and c.speaker.kind == "person"
                          and genders.get(c.speaker.name) in (None, told)]
                named = people[-1] if people else None
            if named is not None:
                found.add(named.speaker.name)
        described = after.match(text, mention.end)
        if described is not None and (named := names.first_in(described.group(1), speaker.name)) is not None:
            found.add(named.speaker.name)
    return frozenset(found)


class Retinue:
    """:func:`principals` of each speaker of one article, read once per speaker (a speaker's statements share them).

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> lexicon = load_lexicon()
    >>> retinue = Retinue("Ann Lee spoke.", Names.of(()), response_words(lexicon), lexicon, {})
    >>> retinue.principals(Speaker(name="Ann Lee"))
    frozenset()
    """

    def __init__(self, text: str, names: Names, words: ResponseWords, lexicon: Lexicon,
                 genders: Mapping[str, str | None]) -> None:
        self.text, self.names, self.words, self.lexicon, self.genders = text, names, words, lexicon, genders
        self.found: dict[str, tuple[Speaker, frozenset[str]]] = {}

    def principals(self, speaker: Speaker) -> frozenset[str]:
        """The parties ``speaker`` is introduced as working for (:func:`principals`)."""
        known = self.found.get(speaker.name)
        # (by name, then the same speaker: hashing a speaker hashes each of its mentions)
        if known is None or known[0] is not speaker and known[0] != speaker:
            known = self.found[speaker.name] = (speaker, principals(self.text, speaker, self.names, self.words,
                                                                    self.lexicon, self.genders))
        return known[1]
