"""Whether a participle cue opens a participial clause: ", saying", "after dismissing", "after repeatedly dismissing".

A participle cue after a comma or dash, or after one of ``participle_openers`` in ``function_words.tsv`` ("after",
"while", "by", ...), opens a clause of its own whose subject is the sentence's ("Hale reached out to senators after
dismissing them as "the elite""). A manner adverb may stand between them ("after repeatedly dismissing", ", publicly
saying"): it modifies the participle and does not change whose words it reports.
"""

from __future__ import annotations

from quotetrack.attribution.index import TextIndex

__all__ = ["opens_participle"]


def opens_participle(index: TextIndex, k: int) -> bool:
    """Whether the participle at token ``k`` (not the text's first) opens a participial clause (see the module's
    docstring)."""
    word = index.words[k - 1]
    if k >= 2 and word.endswith("ly") and word.isalpha() and index.tokens[k - 1].text.islower():
        k -= 1  # "after repeatedly dismissing"
    return index.after_comma(k) or index.words[k - 1] in index.fw.participle_openers
