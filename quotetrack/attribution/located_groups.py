"""A group located by a phrase of place: "Democrats across the country", "Republicans in Congress", "leaders on the
left".

A subject that ends in a place or body after a preposition of place ("in", "across", "on", ...) names the group
the phrase locates, not the place: "Republicans in Congress say" is said by Republicans, "Democrats across the
country, who highlighted ..." by Democrats. The group is a plural: a plural source noun ("lawmakers in both
parties"), a plural nationality or party word ("Republicans", "evangelical Christians") or "others", and it opens
the subject (at the frame's start, after a comma, a conjunction or a clause opener) or is the antecedent of a
relative pronoun.
"""

from __future__ import annotations

from quotetrack.attribution.described import DescribedSources
from quotetrack.attribution.index import Frame, Source

__all__ = ["located_group"]

_REACH = 8  # tokens from the group's head to the end of the place phrase


def _group_head(finder: DescribedSources, h: int, first: int) -> int | None:
    """The first token of the plural group whose head is token ``h``, if it is one."""
    word = finder.words[h]
    named = finder.entity_at.get(h)
    if named is not None and named.label == "NORP" and word.endswith("s"):
        start = finder.index.token_range(named.start, named.end)[0]
        described = finder.description_ending_at(h, first) if finder.tokens[h].text[:1].isupper() else None
        return min(start, described.first) if described is not None else start  # "evangelical Christians"
    if word == "others" or word in finder.lexicon.source_nouns and word.endswith("s"):  # "Democrats", "leaders"
        described = finder.description_ending_at(h, first)
        return described.first if described is not None else h
    return None


def located_group(finder: DescribedSources, k: int, frame: Frame, relative: bool) -> Source | None:
    """The located group whose phrase ends at token ``k`` (see the module's docstring).

    Parameters
    ----------
    finder : DescribedSources
        The document's source finder.
    k : int
        The last token of the subject phrase, right before the cue (or before ", who").
    frame : Frame
        The frame the subject is read in.
    relative : bool
        Whether the phrase is the antecedent of a relative pronoun after it (it need not open a clause).

    Returns
    -------
    Source or None
        The group and its place phrase, as a description.

    Examples
    --------
    >>> import quotetrack
    >>> [s.speaker.name for s in quotetrack.read("Republicans in Congress say the bill will fail.").statements]
    ['Republicans in Congress']
    """
    words, fw = finder.words, finder.fw
    if words[k] in fw.relatives:
        return None  # "Republicans in Congress who agree ...": the restrictive clause's rules read it
    for p in range(k - 1, max(frame.first, k - _REACH), -1):
        w = words[p]
        if finder.quote_of[p] >= 0 or not w[:1].isalnum() or w in fw.auxiliaries or w in fw.finite_verbs \
                or w in fw.relatives or w in fw.conjunctions \
                or finder.tokens[p].text.islower() and (w in finder.lexicon.cue_forms or w.endswith("ed")):
            return None  # a verb: "candidates in both parties condemned the test", no place phrase
        if w not in fw.locative_prepositions or p - 1 < frame.first:
            continue
        start = _group_head(finder, p - 1, frame.first)
        if start is None:
            return None
        if words[start] in fw.conjunctions:
            start += 1  # "and Republicans in Congress"
        before = start - 1
        while before >= frame.first and words[before] in fw.reaction_agent_adverbs:
            before -= 1  # "Yet even leaders on the left"
        opens = before < frame.first or words[before] in finder.clause_openers or words[before] in fw.conjunctions
        return Source(first=start, last=k + 1, kind="description") if opens or relative else None
    return None
