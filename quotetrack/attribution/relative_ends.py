"""Where a cue's relative clause ends before the main clause resumes: "X, who called the plan "deeply flawed," praised".

A cue inside a relative clause ("Tom Hale, who was reluctant to endorse her, was more direct") reports only up
to the comma that closes the clause: the main clause's verb follows it, in lower case (an auxiliary, a form of
"be" or "have"). The comma may close a quotation too, and a past form may then follow it ('Ann Dale, who has
called the plan "deeply flawed," praised the budget'): the statement then ends with the quotation's closing mark,
and the main clause ("praised the budget") is the antecedent's own, not what the relative clause reports.
"""

from __future__ import annotations

from quotetrack.attribution.index import TextIndex

__all__ = ["relative_clause_end"]


def relative_clause_end(index: TextIndex, start: int, end: int) -> int:
    """The end (exclusive token index) of a cue's reported words ``[start, end)`` in a relative clause: before the
    main clause's verb after a comma, or ``end`` when no verb resumes (see the module's docstring)."""
    words, quote_of, fw = index.words, index.quote_of, index.fw
    verbs = fw.auxiliaries | fw.finite_verbs
    for t in range(start, end - 1):
        if words[t] != ",":
            continue
        after = t + 1
        if quote_of[t] >= 0:  # a comma inside a quotation counts only when the quotation closes right after it
            q = quote_of[t]
            if quote_of[after] != q or after + 1 >= end or quote_of[after + 1] == q:
                continue
            after += 1
        word = words[after]
        past = word.endswith("ed") and word.isalpha()
        if index.tokens[after].text.islower() and word != "to" and (
            word in verbs or past and (quote_of[t] >= 0 or after + 1 < end and words[after + 1] in fw.determiners)
        ):  # ('X, who said ..., released a statement': a past form before its object resumes the main clause)
            return after if quote_of[t] >= 0 else t
    return end
