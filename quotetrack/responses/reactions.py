"""A reaction a subject meets: "The proposal has drawn harsh criticism from X", "Y came under fire from X".

The attribution reads such a sentence as a statement of the reaction's agent, X, whose content is the verb's subject
and whose cue is the reaction noun (``attribution/reactions.py``; ``reaction_nouns`` of ``function_words.tsv``). The
content comes before the cue, where no response cue's object is looked for; here it is read as a cue's object would
be: a party named ("Y came under fire"), a pronoun ("He has faced criticism"), an act whose author the text names
("the proposal", "the governor's plan"). The stance is the noun's: rejects, or supports for a ``reaction_support``
noun of ``response_words.tsv`` ("praise"). The next statement, by one of the agent (a member of the party it names,
one speaking for the body it names), takes the reaction up: "The plan drew criticism from Democrats. "It is cruel,"
said Sen. Ann Lee, a Democrat" answers the plan's author too.
"""

from __future__ import annotations

from quotetrack.lexicon import Lexicon
from quotetrack.model import Speaker, Statement

from .objects import ObjectReading, read_object
from .parties import Names
from .words import ResponseWords

__all__ = ["member_of", "reaction_cue", "reaction_subject"]

_SUBJECT_PRONOUNS = {"he": "singular", "she": "singular", "they": "plural"}


def reaction_cue(statement: Statement, words: ResponseWords, lexicon: Lexicon) -> tuple[str, str] | None:
    """The reaction noun and its stance, when ``statement`` is a subject's reaction read after it, else None.

    Examples
    --------
    >>> from quotetrack import lexicon, read
    >>> from quotetrack.responses.words import response_words
    >>> known = lexicon.load_lexicon()
    >>> text = "Ann Lee said the tax should go. Lee came under fire from the Chamber of Commerce."
    >>> [reaction_cue(s, response_words(known), known) for s in read(text).statements]
    [None, ('fire', 'rejects')]
    """
    cue = statement.cue
    if cue is None or statement.end > cue.start or not cue.text.islower():
        return None
    noun = cue.text.lower()
    if noun not in lexicon.function_words.reaction_nouns:
        return None
    return noun, "supports" if noun in words.classes.get("reaction_support", frozenset()) else "rejects"


def reaction_subject(text: str, statement: Statement, source: str, names: Names, words: ResponseWords,
                     lexicon: Lexicon) -> ObjectReading | None:
    """What the subject of a reaction, the content of ``statement``, points at: a subject pronoun alone ("She has
    faced criticism") stands for a party as an object pronoun does; else the subject is read as a cue's object is
    (tests/responses/test_reported_reactions.py).
    """
    number = _SUBJECT_PRONOUNS.get(statement.text.strip().lower())
    if number is not None:
        return ObjectReading(kind="pronoun", start=statement.start, end=statement.end, number=number)
    return read_object(text, (statement.start, statement.end), source, names, words, lexicon)


def member_of(speaker: Speaker, agent: Speaker, words: ResponseWords, lexicon: Lexicon) -> bool:
    """Whether ``speaker`` speaks as one of a reaction's ``agent``: for the body it names ("the Teachers Federation"),
    or as a member of the party it names ("Democrats": a speaker of the Democratic Party).

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Organisation
    >>> from quotetrack.responses.words import response_words
    >>> known = load_lexicon()
    >>> lee = Speaker(name="Ann Lee", kind="person", party="Democratic Party")
    >>> [member_of(lee, Speaker(name=n, kind="group"), response_words(known), known) for n in ("Democrats", "GOP")]
    [True, False]
    >>> hale = Speaker(name="Tom Hale", kind="person", organisation=Organisation(name="Teachers Federation"))
    >>> member_of(hale, Speaker(name="Teachers Federation", kind="organisation"), response_words(known), known)
    True
    """
    if speaker.name == agent.name:
        return False
    if speaker.organisation is not None and speaker.organisation.name == agent.name:
        return True
    party = party_named(agent.name, words, lexicon)
    return party is not None and party in (speaker.party, speaker.organisation.name if speaker.organisation else None)


def party_named(phrase: str, words: ResponseWords, lexicon: Lexicon) -> str | None:
    """The political party a phrase names by its members ("Democrats", "some Republicans in Congress", "fellow
    Republicans"): the canonical name of the party its first word after determiners and ``party_modifier`` words
    names, else None.

    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> known = load_lexicon()
    >>> [party_named(p, response_words(known), known) for p in ("fellow Republicans", "Democrats in Ohio", "unions")]
    ['Republican Party', 'Democratic Party', None]
    """
    skip = lexicon.function_words.determiners | words.classes.get("party_modifier", frozenset())
    first = next((w for w in phrase.split() if w.lower() not in skip), "")
    party = lexicon.parties.get(first.lower()) if first[:1].isupper() else None
    return party[0] if party is not None else None
