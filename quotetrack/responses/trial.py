"""The two sides of a criminal case: the defence answers the prosecution, the accused their accusers.

In a trial the sides are set before anyone speaks: what the defence (a speaker whose title
ends in a ``defence_role`` word, "his lawyer", or a group such as "defence lawyers") says
answers the prosecution (a party headed by a ``prosecution`` word) heard just before it, or next in its
paragraph; and
an accused person who protests their innocence (an ``innocence`` word: "declared his
innocence", "I am innocent") answers whoever accused them, however far back the text
heard it: a party of the prosecution, or one whose statement's cue is a ``claim_verb``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from quotetrack.model import Statement

from .parties import Candidate, head_noun
from .placement import paragraphs_between
from .references import PASSIVE_AFTER
from .words import ResponseWords

__all__ = ["accuser", "prosecution"]

# the speaker's own innocence (its words' first letters tried first: a faster scan)
_OWN = re.compile(r"(?=[hmtoiwab])\b(?:his|her|my|their|our|is|was|am|are|were|be|been)\s+"
                  r"(?:entirely\s+|completely\s+)?([a-z]+)\b", re.IGNORECASE)


def prosecution(text: str, statements: Sequence[Statement], index: int, by_name: Mapping[str, Candidate],
                words: ResponseWords, before: int, reach: int) -> Candidate | None:
    """For a statement by the defence in a criminal case, the prosecution heard within ``reach`` paragraph breaks
    before it, else next in its paragraph; a question the defence puts to a witness answers nobody."""
    classes = words.classes
    roles = classes.get("defence_role", frozenset())
    statement = statements[index]
    speaker = statement.speaker
    if speaker is None:
        return None
    title = (speaker.title or "").lower().split()
    named = speaker.name.lower().split()
    for_accused = (speaker.kind == "person" and bool(title) and title[-1] in roles) or (
        speaker.kind == "group" and head_noun(speaker.name) in roles and bool({"defence", "defense"} & set(named)))
    if not for_accused or statement.text.rstrip(" \"”'’").endswith("?") or (
            statement.cue is not None and statement.cue.lemma in classes.get("question", frozenset())):
        return None
    sides = classes.get("prosecution", frozenset())
    for j in range(index - 1, -1, -1):
        earlier = statements[j]
        if paragraphs_between(text, earlier.end, before) > reach:
            break
        other = earlier.speaker
        if other is not None and other.name in by_name and head_noun(other.name) in sides:
            return by_name[other.name]
    for later in statements[index + 1:]:  # "... defence lawyers, who argue that ... Prosecutors claim ...": the
        other = later.speaker  # prosecution heard next in the same paragraph
        if paragraphs_between(text, statement.end, later.start) > 0:
            break
        if other is not None and other.name in by_name and head_noun(other.name) in sides:
            return by_name[other.name]
    return None


def accuser(text: str, statements: Sequence[Statement], index: int, by_name: Mapping[str, Candidate],
            words: ResponseWords) -> Candidate | None:
    """For a person protesting their innocence, the latest party before who accused: the prosecution, or one whose
    statement's cue accuses, alleges or claims.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Cue, Speaker
    >>> from quotetrack.responses.words import response_words
    >>> text = "Prosecutors claim that he hid losses. He has declared his innocence."
    >>> crown = Speaker(name="Prosecutors", kind="group")
    >>> said = [Statement(start=23, end=36, text=text[23:36], kind="indirect", speaker=crown,
    ...                   cue=Cue(start=12, end=17, text="claim", lemma="claim")),
    ...         Statement(start=56, end=70, text="his innocence", kind="indirect",
    ...                   speaker=Speaker(name="Ann Lee", kind="person"))]
    >>> party = Candidate(speaker=crown, names=(), first=0, side=None)
    >>> accuser(text, said, 1, {"Prosecutors": party}, response_words(load_lexicon())).speaker.name
    'Prosecutors'
    """
    classes = words.classes
    statement = statements[index]
    speaker = statement.speaker
    innocence = classes.get("innocence", frozenset())
    if speaker is None or speaker.kind != "person":
        return None
    lowered = statement.text.lower()  # no match can hold a word of the class that the lowered words lack
    own = (m for m in _OWN.finditer(statement.text) if m.group(1).lower() in innocence)
    if not any(w in lowered for w in innocence) or next(own, None) is None:
        return None  # "his innocence", "I am innocent"; not "innocent users"
    sides, claims = classes.get("prosecution", frozenset()), classes.get("claim_verb", frozenset())
    for j in range(index - 1, -1, -1):
        earlier = statements[j]
        other = earlier.speaker
        if other is None or other.name == speaker.name or other.name not in by_name:
            continue
        cue = earlier.cue
        accused = cue is not None and cue.lemma in claims and not PASSIVE_AFTER.match(text, cue.end)
        if accused or head_noun(other.name) in sides:
            return by_name[other.name]
    return None
