"""A plural described group opening a sentence stands for "they" later in it: "Cruz's allies bristle at ... -- it's
a two-way street, they insist."

"They" is resolved to the last group that spoke; when the sentence itself opens with a described group (a plural
source noun heads it: "allies", "officials", "critics") and "they" comes after that group's verb, the group is the
pronoun's referent.
"""

from __future__ import annotations

import attrs

from quotetrack.attribution.described import DescribedSources
from quotetrack.attribution.index import Frame, Source

__all__ = ["opening_group"]

_HEAD_REACH = 5  # words from the frame's start to the group's head noun at most


def opening_group(finder: DescribedSources, frame: Frame, pronoun: int) -> Source | None:
    """The plural described group opening ``frame`` that "they" at ``pronoun`` stands for, or None.

    Parameters
    ----------
    finder : DescribedSources
        The document's source finder: its words and descriptions ("The mayor's allies", "Many members").
    frame : Frame
        The sentence the pronoun is read in.
    pronoun : int
        The token "they", a cue's subject, or "their", a claim's owner ("Both parents stiffened their denunciation").

    Returns
    -------
    Source or None
        The group's description, when the frame opens with it, a lower-case plural source noun heads it, a
        lower-case verb follows it, and "they" comes at least four words later.

    Examples
    --------
    >>> import quotetrack
    >>> article = quotetrack.read("The mayor's allies bristle at the charge that he alone is to blame -- it is a "
    ...                           "two-way street, they insist.")
    >>> [s.speaker.name for s in article.statements]
    ["The mayor's allies"]
    """
    words, tokens = finder.words, finder.tokens
    if words[pronoun] not in {"they", "their"} or pronoun - frame.first < 3:
        return None
    head = next((j for j in range(frame.first, min(pronoun, frame.first + _HEAD_REACH))
                 if words[j] in finder.lexicon.source_nouns and tokens[j].text.islower() and words[j].endswith("s")),
                None)
    if head is None or head + 1 >= pronoun or not tokens[head + 1].text.isalpha() \
            or not tokens[head + 1].text.islower() or words[head + 1] in finder.lexicon.source_nouns:
        return None
    found = finder.description_ending_at(head, frame.first)
    if found is None or found.first != frame.first:
        return None
    opener = words[found.first] in finder.fw.clause_openers or words[found.first] in finder.fw.conjunctions
    return attrs.evolve(found, first=found.first + 1) if opener else found  # "Though executives ...": executives
