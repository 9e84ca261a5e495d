"""Signs that a statement takes a side on what it speaks of, which weigh for a target without naming one.

"It is a preposterous piece of legislation" judges (an ``evaluation`` word); "Business
groups warned that the rise would cost jobs" takes a stance by its cue (a ``stance_cue``
lemma: warn, complain, fear); "The Tories said the plan ..." is a political party speaking of
another's act. None of these says whom the statement answers: each adds weight to the party
that a topic ("the plan": its author) or a contrast ("But ...") proposed, and is never read alone.
"""

from __future__ import annotations

import re

from quotetrack.lexicon import Lexicon
from quotetrack.model import Speaker, Statement

from .parties import gender_of
from .words import ResponseWords

__all__ = ["judged_cue", "judgements", "party_of"]

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_QUOTE = re.compile(r"[\"“”]")
_STANCE_NOUN = re.compile(r"(his|her|their|its)\s+([a-z]+)\s+(?:of|to|on|against)\s", re.IGNORECASE)
_QUIT = re.compile(r"(?:[\w.'’-]+\s+){1,4}?to\s+([a-z]+(?:\s+(?:down|aside|out))?)\b")  # "Hale to step down"


def party_of(speaker: Speaker, lexicon: Lexicon) -> str | None:
    """The political party a speaker is or speaks for, on the lexicon's canonical name ("the Tories": Conservative
    Party), if any.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> party_of(Speaker(name="Tories", kind="organisation"), load_lexicon())
    'Conservative Party'
    >>> party_of(Speaker(name="Acme", kind="organisation"), load_lexicon()) is None
    True
    """
    if speaker.party:
        return speaker.party
    for name in (speaker.name, speaker.organisation.name if speaker.organisation else ""):
        known = lexicon.parties.get(name.lower().removeprefix("the "))
        if known is not None:
            return known[0]
    return None


def judgements(statement: Statement, words: ResponseWords, lexicon: Lexicon) -> list[tuple[str, int, int]]:
    """Each sign that ``statement`` takes a side: ``(kind, start, end)`` with ``kind`` ``evaluation`` (a judging
    word in its words), ``stance`` (its cue) or ``partisan`` (its speaker is a political party), offsets into the
    text.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Cue
    >>> from quotetrack.responses.words import response_words
    >>> st = Statement(start=30, end=57, text="the plan was a cynical ploy", kind="indirect",
    ...                speaker=Speaker(name="Tories", kind="organisation"),
    ...                cue=Cue(start=23, end=29, text="warned", lemma="warn"))
    >>> [kind for kind, _, _ in judgements(st, response_words(load_lexicon()), load_lexicon())]
    ['evaluation', 'stance', 'partisan']
    """
    found = []
    judging = words.classes.get("evaluation", frozenset())
    word = next((m for m in _WORD.finditer(statement.text) if m.group().lower() in judging), None)
    if word is not None:
        found.append(("evaluation", statement.start + word.start(), statement.start + word.end()))
    cue = statement.cue
    if cue is not None and cue.lemma in words.classes.get("stance_cue", frozenset()):
        found.append(("stance", cue.start, cue.end))
    if statement.speaker is not None and party_of(statement.speaker, lexicon) is not None:
        mention = statement.speaker_mention
        start, end = (mention.start, mention.end) if mention else (statement.start, statement.end)
        found.append(("partisan", start, end))
    return found


def judged_cue(text: str, statement: Statement, words: ResponseWords, lexicon: Lexicon | None = None
               ) -> tuple[str, int] | None:
    """A naming verb that judges its object, as a response cue: ``(cue, offset)`` where a ``judging`` lemma
    ("called", "branded", "deemed") narrates the statement and its words go on past the object to quoted words or an
    ``evaluation`` word ("called the merger "a terrible deal"", "deemed those statements false"), or a
    ``demanding`` lemma whose statement is a demand that the object quit (a ``quitting`` verb: "called on her to
    resign", "urged Y to step down"); the object is then read as a response cue's ("called Y a "petulant child"": Y).

    Examples
    --------
    >>> import attrs
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Cue
    >>> from quotetrack.responses.words import response_words
    >>> text = 'Lee called the plan "a disaster" on Monday.'
    >>> st = Statement(start=11, end=32, text=text[11:32], kind="mixed", cue=Cue(start=4, end=10, text="called",
    ...                lemma="call"))
    >>> judged_cue(text, st, response_words(load_lexicon()))
    ('called', 4)
    >>> judged_cue("Lee called the meeting for Monday.", attrs.evolve(st, end=33, text="the meeting for Monday"),
    ...            response_words(load_lexicon())) is None
    True
    >>> text = "Lee recalled her opposition to the war."
    >>> judged_cue(text, Statement(start=13, end=38, text=text[13:38], kind="indirect", cue=Cue(
    ...     start=4, end=12, text="recalled", lemma="recall"), speaker=Speaker(name="Ann Lee", kind="person")),
    ...     response_words(load_lexicon()))
    ('opposition', 17)
    >>> text = "Lee called on him to resign."
    >>> judged_cue(text, Statement(start=15, end=27, text=text[15:27], kind="indirect", cue=Cue(
    ...     start=4, end=14, text="called on", lemma="call on")), response_words(load_lexicon()))
    ('called on', 4)
    """
    stance = _STANCE_NOUN.match(statement.text)
    speaker = statement.speaker
    if stance is not None and speaker is not None and stance.group(2).lower() in words.classes.get(
            "stance_noun", frozenset()) and (speaker.kind == "person") == (stance.group(1).lower() in ("his", "her")):
        gender = gender_of(speaker, lexicon, text) if lexicon is not None and speaker.kind == "person" else None
        if gender is None or gender == {"his": "m", "her": "f"}[stance.group(1).lower()]:
            return stance.group(2), statement.start + stance.start(2)  # "recalled her opposition to Y": her stance
    cue = statement.cue
    if cue is not None and cue.text.split()[0].lower() in words.classes.get("stance_noun", frozenset()) \
            and cue.end <= statement.start and not text[cue.end:statement.start].strip():
        return cue.text, cue.start  # "criticism of Y by X", "X's attacks on Y": the noun's object is its target
    if cue is not None and cue.lemma in words.classes.get("demanding", frozenset()) and cue.end <= statement.start \
            and (quit := _QUIT.match(statement.text)) is not None \
            and quit.group(1).lower() in words.classes.get("quitting", frozenset()):
        return cue.text, cue.start  # "called on her to resign": a demand that the party quit judges it
    if cue is None or cue.lemma not in words.classes.get("judging", frozenset()) or " " in cue.text.strip() \
            or cue.end > statement.start or text[cue.end:statement.start].strip():
        return None  # "called for", "called on": no judgement; the object must follow the verb
    judging = words.classes.get("evaluation", frozenset()) | words.classes.get("epithet", frozenset())  # "a liar"
    if _QUOTE.search(statement.text) or any(m.group().lower() in judging for m in _WORD.finditer(statement.text)):
        return cue.text, cue.start
    return None
