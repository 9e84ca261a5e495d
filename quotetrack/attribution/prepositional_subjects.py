"""Subjects around a prepositional phrase: the antecedent of "who" after it, and the noun before it.

"A backer of Tom Hale, who said ..." leaves unsure who spoke: the backer or Hale. After a preposition that
hangs an argument on a verb ("was backed by Ann Dale, who said", "the question came from a young voter, who
said", "met with Ann Dale, who said"), the person the preposition introduces is the antecedent of "who": the
phrase before it is a verb or a thing, not a person the clause could describe.

"Opponents of the tax say": a singular phrase before a bare cue word ("the tax say") would make the cue a noun,
but a plural source noun before the phrase is the cue's subject, and the cue a verb.
"""

from __future__ import annotations

from quotetrack.attribution.index import Source, TextIndex

__all__ = ["plural_head_before", "relative_after_object"]



def relative_after_object(index: TextIndex, source: Source, relative: str) -> bool:
    """Whether ``source``, after a preposition, is the antecedent of the relative pronoun ``relative`` after it.

    Parameters
    ----------
    index : TextIndex
        The document's token index.
    source : Source
        The phrase before ", who".
    relative : str
        The relative pronoun, lower case.

    Returns
    -------
    bool
        True for "who" after "by", "from" or "with" and a person's name, or after "by" or "from" and a
        description (no body's name).

    Examples
    --------
    >>> import quotetrack
    >>> [s.speaker.name for s in quotetrack.read("The bill was backed by Ann Dale, who said it would pass.").statements]
    ['Ann Dale']
    """
    if relative != "who" or source.phrase_first == 0:
        return False
    preposition = index.words[source.phrase_first - 1]
    if preposition not in index.lexicon.function_words.argument_prepositions:
        return False
    if source.entity is not None and source.entity.label == "PERSON":
        return True
    return source.kind == "description" and preposition != "with"  # "familiar with the talks, who": not the talks


def plural_head_before(index: TextIndex, source: Source) -> bool:
    """Whether a plural source noun and a source preposition stand right before ``source`` ("Opponents of [the
    tax] say", "critics of [the plan] say"): the phrase modifies that noun, which is the cue's subject, so a cue
    word after a singular phrase ("the tax say") is still a verb.

    Examples
    --------
    >>> import quotetrack
    >>> [s.speaker.name for s in quotetrack.read("Opponents of the tax say it will cost jobs.").statements]
    ['Opponents of the tax']
    """
    p = source.phrase_first - 1
    if p < 1 or index.words[p] not in index.lexicon.function_words.source_prepositions:
        return False
    head = index.words[p - 1]
    return head.endswith("s") and head in index.lexicon.source_nouns
