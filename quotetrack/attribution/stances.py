"""Adjectives of belief and stance as cues: "Hale is convinced that the vote was fair", "the mayor was critical of
the plan", "Democrats remain hopeful that the bill will pass".

The adjectives are ``stance`` phrases of ``cue_phrases.tsv``, each with the word opening what is held ("convinced
that", "critical of"). They are cues only after a form of "be" (or "remain", "become", "grow"), some adverbs
between ("is not entirely convinced that"), with a subject before it that can hold a view: not "it", "there",
"this" or "what" ("it is clear that", "there is concern about").
"""

from __future__ import annotations

from collections.abc import Sequence

from quotetrack.document import Token
from quotetrack.lexicon import Lexicon

__all__ = ["stance_start"]

def stance_start(tokens: Sequence[Token], words: Sequence[str], i: int, lexicon: Lexicon) -> int | None:
    """The first token of a stance cue whose adjective is at ``i``: the form of "be" before it, or None.

    Parameters
    ----------
    tokens : sequence of Token
        The document's tokens.
    words : sequence of str
        Each token's text in lower case.
    i : int
        The adjective ("convinced", "critical").
    lexicon : Lexicon
        Its function words: the stance links, degree adverbs and subjects that hold no view.

    Returns
    -------
    int or None
        The token of "be" (or "remain", "become", "grow") before the adjective, adverbs allowed between; None
        when there is none, the adjective is capitalised, or "it", "there", "this", "that", "what" or "which"
        stands before the verb.

    Examples
    --------
    >>> import quotetrack
    >>> article = quotetrack.read("Mayor Ann Dale is convinced that the bridge will open on time.")
    >>> [(s.speaker.name, s.text) for s in article.statements]
    [('Ann Dale', 'the bridge will open on time')]
    """
    if not tokens[i].text.islower():
        return None
    fw = lexicon.function_words
    j = i - 1
    while j >= 0 and (words[j] in fw.stance_degrees or words[j].endswith("ly") and tokens[j].text.isalpha()
                      or words[j].endswith(("n't", "n’t"))) and i - j <= 4:
        j -= 1
    if j < 1 or words[j] not in fw.stance_links or not tokens[j].text.islower():
        return None
    k = j - 1
    while k >= 0 and (words[k] in fw.between or words[k] in fw.stance_degrees) and j - k <= 3:
        k -= 1  # "has long been", "will be"
    if k < 0 or words[k] in fw.stance_non_holders:
        return None
    return j
