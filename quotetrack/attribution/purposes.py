"""An infinitive of purpose as a cue: "Hale used the speech to attack the plan", "she went on television to defend
him", "the mayor held a call with reporters to explain the delay".

A cue after "to" shares the subject of the verb before it only when nothing but auxiliaries and adverbs stand
between ("went on to criticize"; :meth:`~quotetrack.attribution.subjects.SubjectShapes.catenative_start`). A verb of
setting out (``purpose_verbs`` in ``function_words.tsv``: "use", "take", "go", "hold", "appear", "come", "return",
"turn") whose object or place comes before "to" sets out to say what the infinitive says: its subject speaks.
Object-control verbs ("urged voters to", "asked him to") are not in the list: their object is the infinitive's
subject.
"""

from __future__ import annotations

from quotetrack.attribution.index import Frame
from quotetrack.attribution.subjects import SubjectShapes

__all__ = ["purpose_verb_start"]

_REACH = 14  # words from the purpose verb to "to" at most


def purpose_verb_start(shapes: SubjectShapes, to: int, frame: Frame) -> int | None:
    """The verb of setting out whose object or place ends before the infinitive marker at ``to``, or None.

    Parameters
    ----------
    shapes : SubjectShapes
        The document's words, quotations and lexicon.
    to : int
        The token "to" before a cue.
    frame : Frame
        The sentence the cue is read in.

    Returns
    -------
    int or None
        The purpose verb's token, lower case, with at least one word between it and "to" and no punctuation, quotation,
        clause word ("that", "who", "and", "he") or other cue between them; None otherwise ("urged voters to",
        "a failure for the court to act", "the vote, which came days later, to").

    Examples
    --------
    >>> import quotetrack
    >>> article = quotetrack.read("Senator Ann Dale used her speech on Tuesday to attack the governor's budget.")
    >>> [(s.speaker.name, s.text) for s in article.statements]
    [('Ann Dale', "the governor's budget")]
    """
    words, tokens, fw = shapes.words, shapes.tokens, shapes.fw
    j = to - 1
    if words[j] in fw.response_catenatives or words[j] in fw.between:
        return None  # "went on to", "has to": a catenative verb, not a purpose
    while j >= frame.first and to - j <= _REACH:
        w = words[j]
        if shapes.quote_of[j] >= 0 or not (tokens[j].text[:1].isalnum() or w in {"'s", "’s"}):
            return None
        if w in fw.purpose_verbs and tokens[j].text.islower():
            return j if j < to - 1 else None
        if w in fw.relative_pronouns or w in fw.conjunctions or w in fw.subject_pronouns or w in fw.clause_openers \
                or w == "for" or w in shapes.lexicon.cue_forms:
            return None
        j -= 1
    return None
