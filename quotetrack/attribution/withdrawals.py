"""A cue verb that also takes things back: "Novatek recalls 200,000 laptops", "Ankara recalled its ambassador".

"Recall" reports words or a memory ("she recalled that ...", "he recalled how ...", "recalling a visit to his
church"), and it also names a product recall or an envoy called home. The second sense takes a quantity ("recalls
200,000 laptops", "recalled about 1.2 million cars") or one of the ``withdrawn_things`` of ``function_words.tsv``
("recalled the cars", "recalled its ambassador") as its object, and reports no one's words: such a verb is no cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotetrack.lexicon import Lexicon

__all__ = ["withdraws"]

_REACH = 6  # words of the object read for a thing taken back: "recalled two older models of its vans"
_QUANTITY = re.compile(r"\d[\d,.]*(?:m|bn|k)?")  # "200,000", "1.2", "40m"
_YEAR = re.compile(r"(?:1[89]|20)\d\d")  # "recalled 1968" is a memory


def withdraws(words: Sequence[str], i: int, lexicon: Lexicon) -> bool:
    """Whether cue word ``i`` takes goods or an envoy back: a ``withdrawal_cues`` verb whose object is a quantity or
    a ``withdrawn_things`` noun.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> def read(text):
    ...     words = text.lower().replace(",", " ,").split()
    ...     return withdraws(words, words.index(next(w for w in words if w.startswith("recall"))), lexicon)
    >>> [read(t) for t in ("Acme recalls 200,000 laptops", "Ford recalled the cars", "Seoul recalled its ambassador")]
    [True, True, True]
    >>> [read(t) for t in ("She recalled that he wept", "He recalled a visit to his church", "She recalled 1968")]
    [False, False, False]
    """
    fw = lexicon.function_words
    entry = lexicon.cue_forms.get(words[i])
    if entry is None or entry[0] not in fw.withdrawal_cues:
        return False
    k = i + 1
    while k < len(words) and words[k] in fw.approximators | fw.count_bounds:
        k += 1  # "recalled about 200,000", "recalls up to 5,000"
    if k < len(words) and (_QUANTITY.fullmatch(words[k]) and not _YEAR.fullmatch(words[k])
                           or words[k] in fw.cardinals and words[min(k + 1, len(words) - 1)] != "of"):
        return True  # a count of things: "recalls 200,000 laptops", "recalled two models"
    ends = fw.prepositions | fw.conjunctions | fw.clause_openers | fw.relative_pronouns \
        | fw.clause_starters - fw.determiners  # ("how", "what", "whether"; not "the")
    for word in words[i + 1 : i + 1 + _REACH]:
        if word in ends or not word[:1].isalnum():
            break  # the object ends: "recalled how ...", "recalls laptops over ...", "recalled, ..."
        if word in fw.withdrawn_things:
            return True
    return False
