"""Response cues the writer narrates that take no stance on anyone: a cue denied, withheld, pledged, put as a
question's answer or no verb at all (:mod:`~.narration`, :mod:`~.pledges`), and a cue of another sense.

Two senses of a response cue answer nobody. A cue with two objects ("denied Carter a photograph", "deny him even
that path") keeps something from its first object, no rebuttal of it (``two_objects`` lemmas of
``response_words.tsv``). A cue whose object is a standing ("maintains an overwhelming lead in endorsements",
"echoed her success online") measures a party, no words of theirs (``standing`` nouns). And a cue after "nor" or
"neither" ("neither he nor Ortiz echoed the attack") is denied like one after "not". On the US political
development articles each was read as a response and was wrong in every case judged.
"""

from __future__ import annotations

import bisect
import functools
import re

from quotetrack.attribution.cues import inflections

from quotetrack.document import Document
from quotetrack.lexicon import Lexicon
from quotetrack.model import Statement

from .narration import denied
from .objects import object_span
from .placement import anchor_of, sentence_start
from .pledges import answers_questions, candidates_object, no_verb, pledged, withheld
from .words import ARTICLE_BEFORE, ResponseWords

__all__ = ["no_stance", "other_sense", "own_news", "two_objects"]

_WORD = re.compile(r"[\w'’-]+")
# the first object: a personal pronoun, a name, or a possessive and its noun ("his party"); then the second, which
# opens with a determiner ("the victory", "a final-night photograph", "even that path")
_FIRST = r"(?:him|her|them|us|me|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.-]*(?<!['’]s)|(?:his|her|their|its)\s+[a-z]+)"
_TWO_OBJECTS = re.compile(rf"\s+(?P<first>{_FIRST})\s+(?:even\s+|also\s+)?(?P<det>a|an|the|that|this|any|its|their|his)"
                          r"\s+[a-z-]+")
_STANDING_REACH = 5  # words of a cue's object read for a standing noun
_CONTEST_REACH = 12  # words after a challenge read for a race ("challenged her when she ran for a second term")
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+[^,.;:]{1,80},")  # an aside a race word may follow
_NEGATION_REACH = 6  # words before a cue, in its sentence, read for "nor" ("nor Governor Ann Cole echoed")


def two_objects(text: str, cue: str, end: int, words: ResponseWords, document: Document | None = None) -> bool:
    """Whether the cue ``cue`` ending at ``end`` has two objects, keeping something from the first ("denied Carter a
    final-night photograph", "deny him even that path"): from the parse (an ``iobj`` of the cue) when the document has
    one, else from the words after the cue.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> text = "The board denied Ortiz a second hearing. Ortiz denied the report. He denied his claims that it failed."
    >>> two_objects(text, "denied", 16, words), two_objects(text, "denied", 53, words)
    (True, False)
    >>> two_objects(text, "denied", text.rindex("denied") + 6, words)
    False
    """
    if cue.split()[0].lower() not in _forms(words, "two_objects"):
        return False
    if document is not None and document.has_parse:
        tokens = document.tokens
        i = bisect.bisect_left(tokens, end - len(cue), key=lambda t: t.start)
        return any(t.head == i and (t.deprel or "").split(":")[0] == "iobj" for t in tokens[i:i + 12])
    found = _TWO_OBJECTS.match(text, end)
    if found is None:
        return False
    # "denied his claims that it failed": a possessive's noun before "that" opens a clause, no second object
    return not (found.group("det") == "that" and found.group("first")[:3] in ("his", "her", "the", "its")
                and " " in found.group("first"))


def other_sense(text: str, cue: str, offset: int, words: ResponseWords, document: Document | None = None) -> bool:
    """Whether the cue ``cue`` at ``offset`` is of a sense that answers nobody: with two objects (:func:`two_objects`),
    a challenge for office ("challenged her when she ran for a second term", "facing a stiff reelection challenge from
    X"; ``contest_cue`` lemmas, ``contest`` words), a welcome after a modal ("would welcome China's participation": an
    offer; ``offer_modal``), the object of a verb of gathering backing ("coalesce support"), with a particle that makes
    it another verb ("blasted out news releases", "backed off the plan"; ``particle_sense``), or with a standing as
    its object ("maintains an overwhelming lead", "echoed her success online").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> text = "Ortiz still maintains a wide lead in the polls. Hart maintained that the vote was fair."
    >>> other_sense(text, "maintains", 12, words), other_sense(text, "maintained", text.index("maintained"), words)
    (True, False)
    >>> text = "Hale challenged her when she ran for mayor. Hale challenged her figures."
    >>> other_sense(text, "challenged", 5, words), other_sense(text, "challenged", text.rindex("challenged"), words)
    (True, False)
    >>> text = "Her campaign blasted out releases. Ortiz blasted Hale."
    >>> other_sense(text, "blasted", 13, words), other_sense(text, "blasted", text.rindex("blasted"), words)
    (True, False)
    """
    end = offset + len(cue)
    if two_objects(text, cue, end, words, document):
        return True
    if cue.split()[0].lower() in _forms(words, "contest_cue"):  # "challenged her when she ran", "a primary challenge"
        contest = words.classes.get("contest", frozenset())
        following = _APPOSITION.sub(" ", text[end:end + 200], count=1)  # "challenging Rep. X, the party chair, in the"
        near = _WORD.findall(text[max(0, offset - 20):offset])[-1:] + _WORD.findall(following)[:_CONTEST_REACH]
        if any(w.lower() in contest for w in near) or candidates_object(text, end, words):
            return True
    after = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    if after is not None and cue.lower() in _particle_forms(words).get(after.group().lower(), frozenset()):
        return True  # "blasted out news releases", "backed off the plan": another verb
    before = _WORD.findall(text[max(0, offset - 20):offset])[-1:]
    if _gathered(text, offset, words):
        return True  # "will coalesce support around stopping him": a noun
    if cue.split()[0].lower() in _forms(words, "greeting") \
            and any(w.lower() in words.classes.get("offer_modal", frozenset()) for w in before):
        return True  # "would welcome China's participation": an offer
    start, stop = object_span(text, offset, end, document)
    standing = words.classes.get("standing", frozenset())
    return any(w.lower() in standing for w in _WORD.findall(text[start:stop])[:_STANDING_REACH])


def _gathered(text: str, offset: int, words: ResponseWords) -> bool:
    """Whether the cue at ``offset`` is the object of a verb of gathering backing, right before it or before "up"
    ("coalesce support", "drum up support"; ``gathering`` lemmas): a noun.

    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> text = "It will coalesce support. They drummed up support. They support it. The rally backed it."
    >>> [_gathered(text, text.index(cue, k), response_words(load_lexicon())) for cue, k in (("support", 0),
    ...                                                                                   ("support", 30),
    ...                                                                                   ("support", 50),
    ...                                                                                   ("backed", 0))]
    [True, True, False, False]
    """
    before = [w.lower() for w in _WORD.findall(text[max(0, offset - 40):offset])[-3:]]
    if before[-1:] == ["up"]:
        before = before[:-1]
    noun = len(before) > 1 and ARTICLE_BEFORE.search(f"{before[-2]} ") is not None  # "the rally denounced": a noun
    return bool(before) and before[-1] in _forms(words, "gathering") and not noun


def no_stance(text: str, cue: str, offset: int, words: ResponseWords, lexicon: Lexicon,
              document: Document | None = None) -> bool:
    """Whether the response cue ``cue`` at ``offset`` takes no stance on anyone: denied ("did not criticise", "nor
    Ortiz echoed"), withheld ("reluctant to endorse"), a pledge of support ("endorsed him"), an answer to questions,
    no verb of the speaker's ("a mock trial"; a turn cue after an article, "the answer to her woes", is a noun), or
    of another sense (:func:`other_sense`).

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> lexicon = load_lexicon()
    >>> words = response_words(lexicon)
    >>> text = "Neither he nor Ortiz echoed the attack. Hart echoed the attack."
    >>> no_stance(text, "echoed", 21, words, lexicon), no_stance(text, "echoed", text.rindex("echoed"), words, lexicon)
    (True, False)
    """
    before = _WORD.findall(text[max(sentence_start(text, offset), offset - 60):offset])[-_NEGATION_REACH:]
    negations = words.classes.get("negation", frozenset())
    return denied(text, offset, lexicon) or any(w.lower().rstrip("-") in negations for w in before) \
        or withheld(text, offset, words) or pledged(text, cue, offset + len(cue), words) \
        or answers_questions(text, cue, offset, words, document) or no_verb(text, cue, offset, lexicon) \
        or other_sense(text, cue, offset, words, document) \
        or words.role(cue) == "turn" and _noun_after_article(text, offset, words)


def _noun_after_article(text: str, offset: int, words: ResponseWords) -> bool:
    """Whether the word at ``offset`` follows an article, or an article and a modifier ("the ultimate answer")."""
    if ARTICLE_BEFORE.search(text, max(0, offset - 20), offset) is not None:
        return True
    before = text[max(0, offset - 40) : offset].split()
    return len(before) >= 2 and before[-2].lower() in ("the", "a", "an") \
        and before[-1].lower() in words.classes.get("noun_modifier", frozenset())


def own_news(text: str, statement: Statement, offset: int, words: ResponseWords) -> bool:
    """Whether the cue at ``offset``, in the sentence before the statement's, is not the statement's: the statement
    has a cue of its own that proposes ("X criticised Y's bill. She pledged to ...", "She also called for ..."; a
    phrasal lemma by its verb): the speaker's own news, no answer to the cue's object.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> import attrs
    >>> from quotetrack.model import Cue
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> text = "Hart criticized Hale for the bill. She also called for a new vote."
    >>> called = Statement(start=52, end=66, text=text[52:66], kind="indirect",
    ...                    cue=Cue(start=44, end=54, text="called for", lemma="call for"))
    >>> own_news(text, called, 5, words), own_news(text, attrs.evolve(called, cue=None), 5, words)
    (True, False)
    """
    if statement.cue is None or offset >= sentence_start(text, anchor_of(statement)):
        return False
    return statement.cue.lemma.split()[0] in words.classes.get("proposal", frozenset())  # "call for": "call"


@functools.cache
def _particle_forms(words: ResponseWords) -> dict[str, frozenset[str]]:
    """The inflected forms of each ``particle_sense`` lemma, by the particle that goes with it."""
    found: dict[str, set[str]] = {}
    for pair in words.classes.get("particle_sense", frozenset()):
        lemma, particle = pair.split()
        found.setdefault(particle, set()).update(inflections(lemma))
    return {particle: frozenset(forms) for particle, forms in found.items()}


@functools.cache
def _forms(words: ResponseWords, name: str) -> frozenset[str]:
    """The inflected forms of the lemmas of class ``name``, lower case."""
    return frozenset(f for lemma in words.classes.get(name, frozenset()) for f in inflections(lemma))
