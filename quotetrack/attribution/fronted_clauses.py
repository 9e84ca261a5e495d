"""A subordinate clause opening a sentence is not the main clause's statement: "While Hale said the deal was fair,
Dale called it a disaster".

A sentence may open with a subordinate clause ("When", "As", "While", "After", "Although", "Hours after", "Even
as", after "But" too) whose own subject and cue report something ("While Hale said the deal was fair"). Its words
end at the comma that closes it, before the main clause's subject: what the fronted clause reports does not run on
into the main clause ('When the host noted that Hale calls it "a tax on work," Dale seized upon the remark'), and its
subject is not the main clause's, so a participle after the main clause ("..., Dale praised the plan, saying ...")
takes the main clause's speaker, not the fronted clause's. With a parse the fronted clause is the ``advcl`` its
opener marks (``mark``); without one, the first comma (inside a closing quotation mark too) that a subject follows.
"""

from __future__ import annotations

import bisect

import attrs

from quotetrack.attribution.index import NAME_LABELS, Frame, Source, TextIndex

__all__ = ["fronted_clause_end", "fronted_fragment_end", "fronted_quotation", "has_own_cue", "main_clause_start",
           "without_opener"]

_LEADS = 3  # words at most before the opener ("Just two days after", "Hours before", "Even as")
_REACH = 40  # tokens of a fronted clause at most


def _opener(index: TextIndex, frame: Frame) -> int:
    """The token of the subordinator opening ``frame`` (after a conjunction and a few lead words: "But even as",
    "Hours after"), or -1."""
    words, fw = index.words, index.fw
    k = frame.first
    if k + 1 < frame.last and words[k] in fw.conjunctions and index.tokens[k].text[:1].isupper():
        k += 1  # "But as ...", "And when ..."
    leads = fw.clause_leads | fw.cardinals
    for j in range(k, min(frame.last - 2, k + _LEADS + 1)):
        word = words[j]
        if word in fw.clause_openers and word != "that":
            return j if index.quote_of[j] < 0 else -1
        if word not in leads and not word.isdigit():
            return -1
    return -1


def _parsed_end(index: TextIndex, opener: int, frame: Frame) -> int:
    """With a parse: the last token of the adverbial clause the opener marks, or -1."""
    head = index.tokens[opener].head
    if index.tokens[opener].deprel != "mark" or head is None or index.tokens[head].deprel != "advcl":
        return -1
    last, todo = head, [head]
    while todo:
        t = todo.pop()
        last = max(last, t)
        todo.extend(c for c in index.children.get(t, ()) if frame.first <= c < frame.last)
    return last


def _opens_main(index: TextIndex, k: int, frame: Frame) -> bool:
    """Whether token ``k`` after a comma may open the main clause: its subject's first word ("Dale", "union
    leaders", "27 percent", "he"), not a conjunction, relative, preposition or participle going on with the fronted
    clause ("When Hale, Dale and Cole met", "After the vote, in a statement, Dale said": the second comma)."""
    if k >= frame.last or index.quote_of[k] >= 0:
        return False
    word, fw = index.words, index.fw
    w, text = word[k], index.tokens[k].text
    if not w[:1].isalnum() or w in fw.conjunctions or w in fw.relatives or w in fw.clause_openers:
        return False
    after = index.words[k + 1] if k + 1 < frame.last else ""
    if text.islower() and (w in fw.finite_verbs or w in fw.auxiliaries or k in index.cue_set or w.endswith("ed")
                           and (after in fw.prepositions or after in fw.determiners or after == "that")):
        return False  # "While Mr. Ryan, representing the party, laid out ...": the clause's verb after an aside
    return not text.islower() or w in fw.subject_pronouns or w in fw.determiners or w not in fw.prepositions \
        and not w.endswith(("ing", "ly"))


def _apposed(index: TextIndex, opener: int, comma: int) -> bool:
    """Whether the comma at ``comma`` opens an apposition to the name before it, no verb yet after the opener ("As
    Akhil Amar, professor of law at Yale, put it, ...")."""
    named = index.entity_at.get(comma - 1)
    if named is None or named.label not in NAME_LABELS or comma + 1 >= len(index.words) \
            or not index.tokens[comma + 1].text.islower():
        return False  # (a name after the comma opens the main clause: "Soon after the murder of X in Y, Trump ...")
    fw = index.fw
    return not any(index.words[t] in fw.finite_verbs or index.words[t] in fw.auxiliaries or t in index.cue_set
                   or index.words[t].endswith("ed") for t in range(opener + 1, comma))


def _listed(index: TextIndex, k: int, frame: Frame) -> bool:
    """Whether the words from token ``k`` go on a list ("youth, charisma and the potential to ..."): "and" or "or"
    comes before any verb, cue, comma or quotation."""
    words, fw = index.words, index.fw
    for t in range(k, min(frame.last, k + 8)):
        w = words[t]
        if w in {"and", "or"}:
            return True
        if not w[:1].isalnum() or index.quote_of[t] >= 0 or t in index.cue_set or w in fw.finite_verbs \
                or w in fw.auxiliaries or w.endswith("ed") and index.tokens[t].text.islower():
            return False
    return False


def main_clause_start(index: TextIndex, frame: Frame) -> int:
    """The first token of the main clause after a subordinate clause opening ``frame``; ``frame.first`` when none
    opens it (see the module's docstring).

    Examples
    --------
    >>> import quotetrack
    >>> article = quotetrack.read("While Hale said the deal was fair, Dale said it was a disaster.")
    >>> [(s.speaker.name, s.text) for s in article.statements]
    [('Hale', 'the deal was fair'), ('Dale', 'it was a disaster')]
    """
    opener = _opener(index, frame)
    if opener < 0:
        return frame.first
    words, quote_of, quotes = index.words, index.quote_of, index.quotes
    last = _parsed_end(index, opener, frame) if index.has_parse else -1
    if last >= 0:
        k = last + 1
        while k < frame.last and (words[k] == "," or quote_of[k] >= 0 and index.tokens[k].start
                                  >= quotes[quote_of[k]].end):
            k += 1  # the comma closing the clause, and a quotation mark after it
        if k > last + 1 and _opens_main(index, k, frame):
            return k  # (else the parse's clause ends at no comma: the words tell)
    for j in range(opener + 2, min(frame.last - 1, opener + _REACH)):
        if words[j] != ",":
            continue
        k = j + 1
        q = quote_of[j]
        if q >= 0:  # ', "a tax on work," Dale ...': the comma inside a closing mark
            if quote_of[k] != q or index.tokens[k].end != quotes[q].close_mark:
                continue
            k += 1
        if _apposed(index, opener, j):
            continue
        if _opens_main(index, k, frame) and not _listed(index, k, frame) or index.quote_starting_at(k) >= 0 and q < 0:
            return k  # (a quotation after the comma: 'If it passes, "I think ...," Dale said')
    return frame.first


def fronted_clause_end(index: TextIndex, frame: Frame, main: int, cue_first: int, start: int, end: int) -> int:
    """Where a reported clause ``[start, end)`` of a cue at ``cue_first`` ends when the cue stands in the fronted
    clause before ``main`` (:func:`main_clause_start`): before the comma closing the fronted clause (after a
    quotation the comma closes); ``end`` otherwise."""
    if not frame.first < main or cue_first >= main or not start < main <= end:
        return end
    k = main
    while k > start and not index.words[k - 1][:1].isalnum() and index.quote_of[k - 1] < 0:
        k -= 1
    return k


def fronted_quotation(index: TextIndex, frame: Frame, main: int, cue_first: int, k: int) -> bool:
    """Whether the quotation closing at token ``k``, right before a main clause's cue at ``cue_first`` and its
    subject, closes a fronted clause (before ``main``) whose own verb cue reports it ('While Park said the deal was
    "fair," Lee said ...'): it is not the main cue's quotation.

    Examples
    --------
    >>> import quotetrack
    >>> article = quotetrack.read('While Park said the deal was "fair and balanced," Lee said it was a disaster.')
    >>> [s.text for s in article.statements if s.speaker is not None and s.speaker.name == "Lee"]
    ['it was a disaster']
    """
    if not frame.first < main <= cue_first or k >= main or index.quote_of[k] < 0:
        return False
    opened = index.quotes[index.quote_of[k]].open_mark
    return has_own_cue(index, frame.first + 1, k, opened)


def has_own_cue(index: TextIndex, first: int, end: int, before: int | None = None) -> bool:
    """Whether tokens ``[first, end)`` hold a verb cue with a subject of its own (before character ``before``, if
    given): not a participle ("while denouncing"), a passive ("was accused"), nor a noun after a preposition ("lack of
    support"). A main clause opening with a subject and such a cue is its subject's words, not those of an as-clause
    before it ("As Hale spoke, she said ...")."""
    fw, a, b = index.fw, bisect.bisect_left(index.cue_starts, first), bisect.bisect_left(index.cue_starts, end)
    return any(index.verb_cue(c.first) and not c.participle and index.words[c.first - 1] not in fw.prepositions
               and not any(index.words[t] in fw.passive_auxiliaries for t in range(max(first, c.first - 3), c.first))
               and (before is None or index.tokens[c.first].start < before)
               for c in index.cues[a:b])


def fronted_fragment_end(index: TextIndex, frame: Frame, close: int, first: int, end: int) -> int:
    """Where the clause ``[first, end)`` of a quotation no cue claimed, closing at token ``close``, ends when the
    quotation closes a fronted clause with a cue of its own (:func:`fronted_quotation`): with the fronted clause;
    -1 when it does not (the sentence's speaker speaks it)."""
    main = main_clause_start(index, frame)
    if not fronted_quotation(index, frame, main, frame.last, close):
        return -1
    return fronted_clause_end(index, frame, main, frame.first, first, end)


def without_opener(index: TextIndex, source: Source) -> Source:
    """``source`` without the subordinator a described subject was read from ("Although polls show ...", "though
    critics say"): the subordinator opens the clause, it names nobody.

    Examples
    --------
    >>> import quotetrack
    >>> [s.speaker.name for s in quotetrack.read("Although polls show Hale ahead, the race is close.").statements]
    ['polls']
    """
    if source.kind != "description" or source.last - source.first < 2 or index.words[source.first] == "that" \
            or index.words[source.first] not in index.fw.clause_openers:
        return source
    return attrs.evolve(source, first=source.first + 1, outer=-1 if source.outer <= source.first else source.outer)
