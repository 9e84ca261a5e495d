"""A subordinate clause opening a sentence: "While Democrats plot to win, Republicans are looking to ..., hoping".

A participle after the main clause ("..., hoping that ...") has the main clause's subject as its own. When the
sentence opens with a subordinate clause ("While ...", "Although ...", "Because ...", "If ..."), the first name
read from the sentence's start is the subordinate clause's subject, not the main clause's; the main clause
starts after the comma that closes the subordinate one.
"""

from __future__ import annotations

from quotetrack.attribution.index import TextIndex

__all__ = ["opening_clause_end"]

_REACH = 30  # tokens of a subordinate clause at most


def opening_clause_end(index: TextIndex, start: int, before: int) -> int:
    """The first token after the first comma (within thirty tokens, no quotation before it) of a sentence that
    opens at ``start`` with a capitalised clause opener other than "that" ("While", "Although", "Because",
    "If", "Since"), before ``before``; else ``start``. A phrase ("Since the convention, ...") is stepped over too:
    its words name no subject either.

    Examples
    --------
    >>> from quotetrack import read
    >>> article = read("Although Tom Hale lost, Ann Dale kept fighting, arguing that it was unfair.")
    >>> article.statements[0].speaker.name
    'Ann Dale'
    """
    words = index.words
    if start >= before or words[start] == "that" or words[start] not in index.fw.clause_openers \
            or not index.tokens[start].text[:1].isupper():
        return start
    for j in range(start + 2, min(before, start + _REACH)):
        if index.quote_of[j] >= 0:
            return start
        if words[j] == ",":
            return j + 1 if j + 1 < before else start
    return start
