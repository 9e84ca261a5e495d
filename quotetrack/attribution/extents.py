"""Where a reported clause ends before a closing apposition: "said they would cut 3,000 jobs, a third of the staff".

A sentence that reports a clause often closes with a noun phrase after a comma that sums the clause up or comments
on it ("..., a mass layoff rivaling that of 2009", "..., the latest sign that ...", "..., an ambitious goal"). That
phrase is the writer's, not the source's: the reported clause ends at the comma. The phrase must open with an
article and run to the clause's end without a clause of its own (a finite verb or an auxiliary before any relative
word), a comma, an "and" or "or" (the end of a list) or a closing cue (", the paper reports"); the words before it
must hold a verb (a list of noun phrases, "the mayor, the council and the police", is one object) and not end in a
name (a name's apposition, "for Ana Ruiz, the party's nominee", is often the source's). An apposition inside the
clause ("that Ana Ruiz, a former teacher, would run") is closed by a comma before the clause resumes, and is no
closing one.

A single dash after the reported clause (no second one closing a parenthesis, "the plan - a long shot - would
fail") ends it too when a concessive clause ("— though she gave no date", "— while ...") or a clause of its own ("—
his critics will have to accept it": a pronoun or a determiner, then a finite verb or an auxiliary within three
words) follows it: that is the writer's comment; so does a noun phrase whose own cue reports what follows it, a
relative clause without "that" ("— even the ones the agency says are 'secret'": a cue, then a finite verb or an
auxiliary), which is that cue's statement. An "and" or "but" after the dash is not enough (the annotation
goes on as often as it stops).

A second complement of the same cue after a comma and a conjunction ("expected to visit Ohio, and to return to
Texas", "said there were no options, but that the council would have to choose") carries the statement on: the
comma that ends an infinitive object, and the "but" that ends a reported clause, do not end it there.

A noun-phrase object ends before "and" and a verb ("endorsed Ana Ruiz and campaigned for her"), but a form in -ed
right before a lower-case noun is an adjective of a second noun of the object ("noted slow growth and continued
risks abroad", "identity theft and unauthorized access"), unless it is a cue ("denounced the plan and rejected
claims ...") or an object word follows it (a determiner, a pronoun, a preposition, "to", "that").

A narrated response's noun-phrase object ("criticized the council's record", "railed against the influence of
donors") ends at a comma or colon, but not before a participle that works as a preposition (", including its vote
to close the depot"): the examples belong to the object.
"""

from __future__ import annotations

from quotetrack.attribution.index import DASHES, TextIndex

__all__ = [
    "closing_apposition", "coordinated_adjective", "dash_end", "first_comma", "object_break", "second_complement",
]

_ARTICLES = frozenset({"a", "an", "the"})
_LIST_OR_PAUSE = frozenset({",", ";", ":", "(", "—", "–", "and", "or"})


def closing_apposition(index: TextIndex, start: int, end: int) -> int:
    """The end (exclusive token index) of the reported clause of tokens ``[start, end)`` before a closing
    apposition, or ``end`` when it has none (see the module's docstring)."""
    end = dash_end(index, start, end)
    words, quote_of, fw = index.words, index.quote_of, index.fw
    verbs = index.finite_but_to
    for j in range(end - 3, start, -1):
        if words[j] != "," or quote_of[j] >= 0 or words[j + 1] not in _ARTICLES \
                or not index.tokens[j + 1].text.islower():
            continue
        if not any(words[t] in verbs and quote_of[t] < 0 for t in range(start, j)):
            return end  # a noun phrase, perhaps a list of them: "the mayor, the council and the police"
        if index.tokens[j - 1].text[:1].isupper():
            return end  # "would vote for Ana Ruiz, the party's nominee": a name's apposition, often the source's
        if end - 1 in index.cue_set or any(quote_of[t] >= 0 or words[t] in _LIST_OR_PAUSE for t in range(j + 2, end)):
            return end  # a closing cue (", the paper reports"), quoted words, a list ("called for lower fees, the
            # end of tolls and ...") or an apposition inside the clause ("that Ana Ruiz, a teacher, would run")
        relative = next((t for t in range(j + 2, end) if words[t] in fw.relative_pronouns or words[t] == "that"), end)
        if any(words[t] in verbs for t in range(j + 2, relative)):
            return end  # "..., the council is ...": a clause of its own, not "a goal that would require ..."
        return j
    return end


def dash_end(index: TextIndex, start: int, end: int) -> int:
    """The end (exclusive token index) of the reported clause of tokens ``[start, end)`` before a single dash that
    opens a concessive clause or a clause of its own, or ``end`` (see the module's docstring).

    Examples
    --------
    >>> import quotetrack
    >>> [s.text for s in quotetrack.read("The mayor said the depot would close — though she gave no date.").statements]
    ['the depot would close']
    """
    words, quote_of, fw = index.words, index.quote_of, index.fw
    dashes = [j for j in range(start + 2, end) if words[j] in DASHES and quote_of[j] < 0 and words[j - 1] not in DASHES]
    if len(dashes) != 1:
        return end
    j = dashes[0]
    while j + 1 < end and words[j + 1] in DASHES:  # "--" read as two tokens
        j += 1
    if j + 2 >= end or quote_of[j + 1] >= 0:
        return end
    if words[j + 1] in fw.clause_breaks - fw.conjunctions - fw.relative_pronouns:
        return dashes[0]  # "— though she gave no date", "— while ..."
    subject = words[j + 1] in fw.personal_pronouns | fw.group_pronouns | fw.determiners
    verbs = (fw.finite_verbs | fw.auxiliaries) - {"to"}
    if subject and any(words[t] in verbs for t in range(j + 2, min(j + 5, end))):
        return dashes[0]  # "— his critics will have to accept it": a clause of its own
    if any(index.verb_cue(t) and words[t + 1] in verbs and quote_of[t] < 0 for t in range(j + 2, min(j + 9, end - 1))):
        return dashes[0]  # "— even the ones the agency says are 'secret'": a cue of its own reports what follows
    return end


def second_complement(index: TextIndex, k: int, start: int) -> bool:
    """Whether the conjunction at token ``k`` (after a comma) opens a second complement of the cue whose first one
    starts at ``start``: "to" after an infinitive, "that" or "whether" opening a clause (not "that" as a pronoun,
    "but that is ...")."""
    words, fw = index.words, index.fw
    if k + 2 >= len(words) or words[k] not in fw.conjunctions or index.quote_of[k + 1] >= 0:
        return False
    if words[k + 1] == "to":
        return words[start] == "to"
    return words[k + 1] in {"that", "whether"} and words[k + 2] not in fw.finite_verbs | fw.auxiliaries


def first_comma(index: TextIndex, start: int, end: int) -> int:
    """The first comma outside quotations in ``[start, end)`` that ends an infinitive object or a relative clause
    starting at ``start``, or ``end``; not one before a second complement (``second_complement``)."""
    return next((t for t in range(start, end) if index.words[t] == "," and index.quote_of[t] < 0
                 and not second_complement(index, t + 1, start)), end)


def coordinated_adjective(index: TextIndex, k: int, end: int) -> bool:
    """Whether the form in -ed at token ``k`` (after "and" in a noun-phrase object ending at ``end``) is an adjective
    before a noun of the object, not a verb coordinated with the cue (see the module's docstring)."""
    words, fw = index.words, index.fw
    if k + 1 >= end or k in index.cue_set or not index.tokens[k + 1].text.isalpha() \
            or not index.tokens[k + 1].text.islower():
        return False
    nxt = words[k + 1]
    return nxt not in fw.determiners | fw.prepositions | fw.object_pronouns | fw.subject_pronouns | fw.conjunctions \
        and nxt not in fw.reflexive_pronouns | fw.auxiliaries | fw.finite_verbs and nxt != "that" \
        and not nxt.endswith("ly")


def object_break(index: TextIndex, t: int) -> bool:
    """Whether token ``t`` ends a narrated response's noun-phrase object: a comma or colon outside quotations, not
    one before a participle that works as a preposition (", including ...")."""
    if index.words[t] not in {",", ":"} or index.quote_of[t] >= 0:
        return False
    return t + 1 >= len(index.words) or index.words[t + 1] not in index.fw.prepositional_participles
