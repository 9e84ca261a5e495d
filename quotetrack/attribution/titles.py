"""The quoted names of works: "her memoir, "Tough Choices"", "a book titled "The Art of the Comeback"".

A quotation in title case right after a noun of a work (a book, a film, a column; ``work_nouns`` in
``function_words.tsv``), or after such a noun and ``titled``, ``called`` or a comma, names the work: it is a
term, never a statement, whatever cue stands nearby ('she wrote in her memoir, "Tough Choices."').
"""

from __future__ import annotations

from quotetrack.attribution.index import TextIndex
from quotetrack.attribution.quotations import Quotation

__all__ = ["names_a_work"]



def names_a_work(index: TextIndex, q: Quotation) -> bool:
    """Whether quotation ``q`` is the name of a work the words before it introduce.

    Examples
    --------
    >>> import quotetrack
    >>> article = quotetrack.read('She wrote in her memoir, "Hard Roads Home." He said, "It Was Hard."')
    >>> [s.text for s in article.statements]
    ['It Was Hard.']
    """
    k = index.token_range(q.open_mark, q.close_mark)[0] - 1
    if k >= 0 and index.words[k] == ",":
        k -= 1
    if k >= 0 and index.words[k] in index.fw.naming_verbs and index.tokens[k].text.islower():
        k -= 1
        if k >= 0 and index.words[k] == ",":
            k -= 1
    if not (k >= 0 and index.words[k] in index.fw.work_nouns and index.tokens[k].text.islower()):
        return False  # most quotations: no work noun before them, and their words are never read
    words = [w for w in index.text[q.start : q.end].replace("-", " ").split() if any(c.isalnum() for c in w)]
    minor = index.fw.minor_title_words
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in minor for w in words) \
        and (words[0][:1].isupper() or words[0][:1].isdigit())
