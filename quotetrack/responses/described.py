"""Bodies the text names only by a descriptive phrase, where it names them doing an act.

News often introduces a body by what it is rather than by its name: "A European
Parliament committee has ordered a rewrite", "Earlier this month, a three-judge appeal
court panel rejected the claim", "A federal court ruled on Monday". Such a body made the
act others react to ("Opponents welcomed the decision"), so it is an end of a response
though the text never names it. The phrase counts only as an act's subject: an indefinite
or definite article, one to four modifiers (no function words), a lower-case head noun of
the ``described_body`` class of ``response_words.tsv``, then an act verb (``acts.py``).
The body goes by the phrase without its article ("European Parliament committee"); a head
with a capital ("the Federal Trade Commission") is a name, found as one elsewhere.
"""

from __future__ import annotations

import functools
import re

import attrs

from quotetrack.lexicon import phrase_alternation
from quotetrack.model import Article, Organisation, Speaker

from .acts import act_agent_at, act_verb_at
from .words import ResponseWords

__all__ = ["described_bodies", "described_speakers"]

_MODIFIERS = 4  # words between the article and the head noun


@functools.cache
def _pattern(words: ResponseWords) -> re.Pattern[str]:
    heads = phrase_alternation(words.classes.get("described_body", frozenset()))
    # (?=[AaTt]): the article's first letter, tested before the five ways a phrase may open (3x faster a scan)
    return re.compile(rf"(?=[AaTt])(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s)|(?<=\sby\s))(?:A|An|The|a|an|the)\s+"
                      rf"(?P<name>(?:[\w’'-]+\s+){{1,{_MODIFIERS}}}(?:{heads}))\b", re.MULTILINE)


def described_bodies(text: str, words: ResponseWords, stop_words: frozenset[str]) -> list[Speaker]:
    """The bodies ``text`` names by a descriptive phrase as the subject of an act, first naming first.

    Parameters
    ----------
    text : str
        The article text.
    words : ResponseWords
        The ``described_body`` and ``act_verb`` classes.
    stop_words : frozenset of str
        Function words, which no modifier may be ("a court in the capital" is no one phrase).

    Returns
    -------
    list of Speaker
        One organisation per phrase, named by the phrase without its article.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> lexicon = load_lexicon()
    >>> words, stop = response_words(lexicon), lexicon.function_words.stop_words
    >>> text = ("Earlier this month, a three-judge appeal court panel rejected the claim. "
    ...         "The committee said the court was wrong. The Federal Trade Commission approved the deal. "
    ...         "He was sentenced by a revolutionary court in May.")
    >>> [b.name for b in described_bodies(text, words, stop)]
    ['three-judge appeal court panel', 'revolutionary court']
    """
    return list(_described(text, words, stop_words))


@functools.lru_cache(maxsize=2)
def _described(text: str, words: ResponseWords, stop_words: frozenset[str]) -> tuple[Speaker, ...]:
    """:func:`described_bodies`, kept for the last texts: the responses of an article ask for them twice."""
    found: dict[str, Speaker] = {}
    for match in _pattern(words).finditer(text):
        name = match.group("name")
        modifiers = name.split()[:-1]
        if any(w.lower() in stop_words or w.lower().endswith(("'s", "’s")) for w in modifiers):
            continue
        agent = text[max(0, match.start() - 3):match.start()] == "by " and act_agent_at(text, match.start(), words)
        if name in found or not (agent or act_verb_at(text, match.end(), words)):
            continue
        found[name] = Speaker(name=name, aliases=(name,), organisation=Organisation(name=name), kind="organisation")
    return tuple(found.values())


def described_speakers(article: Article, words: ResponseWords, stop_words: frozenset[str]) -> Article:
    """``article`` with each unnamed speaker that takes up a described body ("A three-judge panel said ..." after
    "a three-judge appeal court panel rejected ...": an article, then words all in the body's description and its
    head noun) speaking as that body.

    Examples
    --------
    >>> import quotetrack
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> lexicon = load_lexicon()
    >>> article = quotetrack.read("On Monday, a three-member planning panel blocked the plan. A planning panel agreed "
    ...                           "with the council, finding that the site was unsuitable. A housing panel agreed "
    ...                           "with the council, finding that new homes were needed.")
    >>> speakers = described_speakers(article, response_words(lexicon), lexicon.function_words.stop_words)
    >>> [(s.speaker.name, s.speaker.kind) for s in speakers.statements if s.speaker is not None]
    [('three-member planning panel', 'organisation'), ('A housing panel', 'unnamed')]
    """
    bodies = described_bodies(article.text, words, stop_words)
    if not bodies:
        return article
    statements = []
    for statement in article.statements:
        speaker = statement.speaker
        phrase = re.fullmatch(r"(?:A|An|The|a|an|the)\s+(.+)", speaker.name) if (
            speaker is not None and speaker.kind == "unnamed") else None
        said = phrase.group(1).lower().split() if phrase else []
        body = next((b for b in bodies if said and said[-1] == b.name.split()[-1].lower()
                     and set(said) <= set(b.name.lower().split())), None)
        statements.append(attrs.evolve(statement, speaker=body) if body is not None else statement)
    return attrs.evolve(article, statements=tuple(statements))
