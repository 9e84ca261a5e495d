"""One of a group, quoted right after the group's response, takes it up: "Supporters of the bill have rejected the
kingdom's concerns. "They have nothing to fear," said Sen. Ann Lee."

News names a group's reaction and then quotes one voice of it, introduced there: the quotation gives the group's
reaction a face, and answers the party the group answered. The rule reads it only where the reading shows that order:

- the statement just before is a group's (its head a ``group`` noun of ``response_words.tsv``: "supporters of the
  bill", "many discussion groups"), or a body's whose person the speaker is ("The nurses' union rejected the plan.
  Its president, Ann Pike, said ...": the organisation the attribution gave the speaker is the body's), and is a
  response on a sign that names whom it answers, not a turn read from the order of voices alone ("many supporters
  insist ..." after another's words);
- the speaker is a person heard for the first time, named after the group's words (not a word of the group's own
  sentence), within the next paragraph, and quoted or reported by a speech cue (a figure "according to" a source is
  no voice of the group: an ``according_to`` phrase of ``cue_phrases.tsv``);
- the statement is not set against the group by a contrast ("But Lee said ...": an answer to the group, read by
  ``placement``), and the speaker is not on the answered party's side.

The sign weighs as the statement's other signs do (``exemplar``, 0.6): a party mentioned in passing ("If the Saudis
...") stays under it. A country the group's cue answered (``objects.country_answered``) is taken up too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from quotetrack.lexicon import Lexicon
from quotetrack.model import Response, Speaker, Statement
from quotetrack.document import Document

from .evidence import Evidence
from .parties import Candidate, head_noun, same_side
from .placement import anchor_of, opens_with_contrast, paragraphs_between
from .words import ResponseWords

__all__ = ["taken_up"]

_PLACED = frozenset({"turn", "structure"})  # a group's answer read from the order of voices alone: not taken up


def taken_up(text: str, statements: Sequence[Statement], index: int, speaker: Speaker,
             previous: Response | None, last_by_speaker: Mapping[str, int],
             by_name: Mapping[str, Candidate], words: ResponseWords, lexicon: Lexicon,
             document: Document | None = None) -> Evidence | None:
    """The party a group answered just before statement ``index``, taken up by the statement's speaker, as evidence.

    Parameters
    ----------
    text : str
        The article text.
    statements : sequence of Statement
        The article's statements.
    index : int
        The statement's index.
    speaker : Speaker
        Its speaker.
    previous : Response or None
        The response of the statement before (by its speaker; the source before canonical names).
    last_by_speaker : mapping of str to int
        Each speaker's latest statement before this one (the speaker must have none).
    by_name : mapping of str to Candidate
        The parties by name.
    words : ResponseWords
        The group nouns.
    lexicon : Lexicon
        The cue phrases that name a source, not a voice ("according to").
    document : Document, optional
        The parse, for the contrast that may open the statement ("But Lee said ...": it answers the group then).

    Returns
    -------
    Evidence or None
        An ``exemplar`` sign for the party the group answered, on the speaker's mention; none where the order does
        not hold.

    Examples
    --------
    >>> from quotetrack import read
    >>> text = ('Governor Tom Hale said he would close two hospitals. Critics of the plan attacked Hale. '
    ...         '"It is cruel," said Ann Lee, a nurse.')
    >>> [(r.source, r.target, r.evidence) for r in read(text).responses]
    [('Critics of the plan', 'Tom Hale', 'cue'), ('Ann Lee', 'Tom Hale', 'exemplar')]
    """
    if index == 0 or speaker.kind != "person" or speaker.name in last_by_speaker:
        return None
    before = statements[index - 1]
    group = before.speaker
    if group is None or not (_a_group(group, words) or _its_member(speaker, group)):
        return None
    answered = previous.target if previous is not None and previous.source == group.name \
        and previous.evidence not in _PLACED else None
    statement = statements[index]
    mention = statement.speaker_mention
    cue = statement.cue
    if answered is None or mention is None or mention.start < before.end \
            or paragraphs_between(text, before.end, anchor_of(statement)) > 1 \
            or cue is not None and lexicon.cue_phrases.get(cue.text.lower()) == "according_to":
        return None  # "Experts have doubted the claims, but have speculated ...": the group's own sentence
    target = by_name.get(answered) or _country(answered, before.start, lexicon)
    if target is None or target.speaker.name == speaker.name or same_side(speaker, target, words) \
            or opens_with_contrast(text, statement, words, document) is not None:
        return None
    return Evidence.of(target, "exemplar", mention.start, mention.end)


def _a_group(group: Speaker, words: ResponseWords) -> bool:
    """Whether ``group`` is a group named by its head noun ("supporters of the bill", "many discussion groups")."""
    return group.kind == "group" and head_noun(group.name) in words.classes.get("group", ())


def _its_member(speaker: Speaker, body: Speaker) -> bool:
    """Whether ``speaker`` is a person of the body ``body`` ("The nurses' union rejected the plan. Its president, Ann
    Pike, said ..."): the organisation the attribution gave the speaker is the body's own.

    >>> from quotetrack.model import Organisation
    >>> union = Organisation(name="Dover Nurses' Union")
    >>> pike = Speaker(name="Ann Pike", kind="person", organisation=union)
    >>> _its_member(pike, Speaker(name="Dover Nurses' Union", kind="organisation", organisation=union))
    True
    >>> _its_member(pike, Speaker(name="Acme", kind="organisation", organisation=Organisation(name="Acme")))
    False
    """
    if body.kind != "organisation" or speaker.organisation is None:
        return False
    return speaker.organisation.name in (body.name, body.organisation.name if body.organisation else None)


def _country(name: str, at: int, lexicon: Lexicon) -> Candidate | None:
    """A country the group's cue answered ("rejected Saudi concerns"): no party of the text, named by the cue alone."""
    if not any(country == name for country, _ in lexicon.places.values()):
        return None
    return Candidate(speaker=Speaker(name=name, kind="country"), names=(), first=at, side=None)
