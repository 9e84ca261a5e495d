"""A cue word written as a noun modifier: "state" in "state Senate leader Ann Dale", "the state party".

Some cue verbs share their form with a noun that modifies the next one. Read as a verb, "state" in '"We will
appeal," state Senate leader Ann Dale and House Speaker Tom Reyes said' takes the quotation for the first name
and hides the real cue. Such a word (``modifier_cues`` in ``function_words.tsv``) is a verb only where a verb's
object or complement follows it.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotetrack.document import Token
from quotetrack.lexicon import Lexicon

__all__ = ["modifies_noun"]


def modifies_noun(tokens: Sequence[Token], words: Sequence[str], i: int, lexicon: Lexicon) -> bool:
    """Whether the cue word at ``i`` modifies the noun after it rather than reporting: a determiner before it
    ("the state party") or a word after it that no verb of saying takes next (a name, "Senate", "employee"); or
    whether it is a noun cue followed by "among" ("fears among investors that"), a noun whose holders follow.

    >>> from quotetrack.backends import embedded
    >>> from quotetrack.lexicon import load_lexicon
    >>> document = embedded.parse("The state party chairs state that the rules are clear.")
    >>> words = [t.text.lower() for t in document.tokens]
    >>> [modifies_noun(document.tokens, words, i, load_lexicon()) for i in (1, 4)]
    [True, False]
    """
    fw = lexicon.function_words
    if words[i] in fw.noun_cues and i + 1 < len(words) and words[i + 1] == "among":
        return True  # "raised fears among investors that ...": the noun, its holders after it (among.py)
    if words[i] not in fw.modifier_cues:
        return False
    if i > 0 and words[i - 1] in fw.determiners:
        return True
    if i + 1 >= len(words) or not words[i + 1][:1].isalpha():
        return False
    after = words[i + 1]
    return not (after in fw.determiners or after in fw.subject_pronouns or after in fw.prepositions
                or after in fw.between or after == "that")
