"""A role owned by "its": "Its chief executive, X, said", "said X, its general secretary" speak for the body the
text was just talking about, the one that opens a sentence just before ("The Rail Union, which called the strike,
said ... Its general secretary, X, said").

The body is read from the words of the text, not from the entity tagger (which tags an unknown body as anything):
a capitalised run opening one of the two sentences before, after "The" and up to three lower-case words that
name its kind ("The mining company, Velto Coal, said", "The shopworkers' union Velto said"), followed by a verb,
a comma or a bracket; never a person's given name, a place, or "He", "She", "It".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quotetrack.attribution.affiliations import CONNECTORS as _CONNECTORS
from quotetrack.attribution.affiliations import body_after, not_body_word, role_after
from quotetrack.attribution.referred import dateline_end
from quotetrack.lexicon import Lexicon

__all__ = ["appointing_body", "is_family_name", "its_role", "sentence_subject_body"]

_ITS_BEFORE = re.compile(r"(?:^|[.\n] |\n|, |[\"“”] |(\w+) )[Ii]ts ([a-z][\w \-]*), $")  # "Its chief executive, X"
_ITS_AFTER = re.compile(r", its ([a-z][\w \-]*?)(?:,|\.|$| said| told| added)")  # "X, its chief executive"
_SENTENCE = re.compile(r"(?:^|(?<=[.!?])[\"”]?\s+|\n+)(?=[A-Z\"“])")
_KIND = re.compile(  # "The shopworkers' union ", "Consumer group "
    r"(?:(?:[Tt]he|[Aa]n?) )?(?:[A-Z][a-z]+['’]? (?=[a-z]+ [A-Z]))?(?:[a-z][\w\-]*['’]?,? ){0,3}")
_BACK = 2  # sentences read back for the body
_AS_ROLE = re.compile(r"[\w\-]+ as (?:its |the |their )?(?:new |next |first )?[a-z]")  # "X as its new chief"
_APPOINTED = re.compile(r"\b(?:appoint|appointing|appointed|appoints|hire|hiring|hired|hires)(?: [a-z]+){0,2} $")
_JOINED = re.compile(r"(?:, and|, but|;) (?=(?:the )?[A-Z])")  # "..., and the Velto Hospital said"
_HONORIFIC_BEFORE = re.compile(r"([A-Z][A-Za-z]*)\.? $")  # "Dr ", "Dame ", "Prof. " before a name
_APPOSED_KIND = re.compile(  # ", the state grid operator,", ", the league's governing body,"
    r", (?:the|a|an) (?:\w[\w\-]*(?:['’]s)? ){0,3}([a-z]+)(?:,| (?:that|which) [^,.]*,)")
_CONJUNCTION = re.compile(r"([A-Z][a-z]+),? (?=[Tt]he [A-Z])")  # "But the ", "And the " opening a sentence
_AGENT = re.compile(r"\b(?:was|were|has been|had been) [a-z]+ed by (?:the )?(?=[A-Z])")  # "was filed by the Y"
_FIELD = re.compile(r" (?:of|for|on) [a-z][a-z\- ]*")  # "director of research", "head of policy"


def its_role(text: str, start: int, end: int, lexicon: Lexicon) -> str | None:
    """The role a name mention ``[start, end)`` holds in "its" body, or None.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> text = "Its general secretary, Ann Cole, said no."
    >>> its_role(text, 23, 31, load_lexicon())
    'general secretary'
    >>> its_role("said Ann Cole, its chief executive.", 5, 13, load_lexicon())
    'chief executive'
    """
    before = text[max(0, start - 80) : start]
    while (h := _HONORIFIC_BEFORE.search(before)) is not None and h.group(1).lower() in lexicon.honorifics:
        before = before[: h.start()]  # "its director of research, Dr X"
    # (a match ends with ", " before the end or a last line break, and holds "its": most mentions are not searched)
    m = _ITS_BEFORE.search(before) if before.endswith((", ", ", \n")) and "ts " in before else None
    if m is not None and m.group(1) is not None and m.group(1) not in lexicon.cue_forms:
        return None  # "under its new president, X": only after a cue ("said its chief executive, X")
    written = m.group(2) if m is not None else (n.group(1) if (n := _ITS_AFTER.match(text, end)) else None)
    if written is None or written.startswith("own "):  # "its own worst critic": no role in the body
        return None
    role = role_after(written, 0, lexicon)
    return written if role is not None and (role[1] == len(written) or _FIELD.fullmatch(written, role[1])) else None


def sentence_subject_body(text: str, offset: int, lexicon: Lexicon) -> str | None:
    """The body opening the sentence of ``offset`` (before it) or one of the two sentences before.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> text = "The mining company, Velto Coal, said it would dig. Its managing director, Ann Cole, said so."
    >>> sentence_subject_body(text, text.index("Ann"), load_lexicon())
    'Velto Coal'
    """
    starts = [m.end() for m in _SENTENCE.finditer(text, max(0, offset - 1200), offset)]
    ends = [*starts[1:], offset]
    for s, e in list(reversed(list(zip(starts, ends))))[: _BACK + 1]:
        body = _opening_body(text, s, offset, lexicon) or _joined_body(text, s, e, lexicon) \
            or _agent_body(text, s, e, lexicon)
        if body is not None:
            return body
    return None


def appointing_body(text: str, start: int, lexicon: Lexicon) -> str | None:
    """The body opening the sentence that appoints or hires the person named at ``start`` ("Velto Rail has ended
    its search for a chairman by appointing economist Ann Roe"): the person speaks for it.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> text = "Velto Rail has hired engineer Ann Roe as its new chief."
    >>> appointing_body(text, text.index("Ann"), load_lexicon())
    'Velto Rail'
    """
    m = _APPOINTED.search(text, max(0, start - 60), start)
    if m is None or not (any(w in lexicon.role_words for w in m.group().split()[1:])  # "appointing psychologist X"
                         or _AS_ROLE.match(text, text.find(" ", start + 1, start + 60) + 1 or start)):
        return None  # "hired X to deliver two speeches": no post in the body
    opening = [s.end() for s in _SENTENCE.finditer(text, max(0, start - 600), m.start())]
    return _opening_body(text, opening[-1], m.start(), lexicon) if opening else None


def _agent_body(text: str, start: int, end: int, lexicon: Lexicon) -> str | None:
    """The body a passive sentence names as its agent, by a name holding an organisation's head: "The petition was
    filed by the Velto Riders Association, which represents riders." """
    m = _AGENT.search(text, start, end)
    body = body_after(text[:end], m.end(), lexicon) if m is not None else None
    heads = lexicon.function_words.organisation_heads
    return body[0] if body is not None and any(w in heads for w in body[0].split()) else None


def _joined_body(text: str, start: int, end: int, lexicon: Lexicon) -> str | None:
    """The body opening the last clause joined by ", and" in a sentence, the subject of a cue: "Other hospitals
    did the same, and the Jewish General Hospital said it had opened a ward." """
    found = None
    for m in _JOINED.finditer(text, start, end):
        body = body_after(text[:end], m.end(), lexicon)
        verb = re.match(r" (?:has |had )?([a-z]+)", text[body[1] : body[1] + 20]) if body is not None else None
        if body is not None and " " in body[0] and verb is not None and verb.group(1) in lexicon.cue_forms:
            found = body[0]
    return found


def _opening_body(text: str, start: int, limit: int, lexicon: Lexicon) -> str | None:
    start = dateline_end(text, start)  # "OSAKA, Japan (Wire) - Japanese drugmaker Y said": the sentence after it
    if (conjunction := _CONJUNCTION.match(text, start)) is not None \
            and conjunction.group(1).lower() in lexicon.function_words.conjunctions:
        start = conjunction.end()  # "But the Velto Riders Association questioned ...": the body after "But"
    kind = _KIND.match(text, start, limit)
    if kind is not None and any(w in _CONNECTORS for w in kind.group().split()):
        kind = None  # "The Institute for Fiscal Studies": a name's connector, no kind of body before a name
    at = kind.end() if kind else start
    if kind is not None and kind.group().strip(" ,") and text[at:at + 1].islower():
        return None
    opener = text[start:at].split()[:1]
    if opener and opener[0][:1].isupper() and opener[0].lower() not in ("the", "a", "an") and not_body_word(
            opener[0], lexicon):
        return None  # "In nearby Decatur, ...": a sentence opening on a preposition names no body by its kind
    found = body_after(text[:limit], at, lexicon)
    if found is None:
        return None
    body, end = found
    named = re.match(r" (?=[A-Z])", text[end : end + 2]) if body.split()[-1].islower() else None
    if named is not None:  # "Japanese carmaker Hoshino Motor said", "Consumer group Roofline": the name after its kind
        found = body_after(text[:limit], end + 1, lexicon)
        if found is None:
            return None
        body, end = found
    first = body.split()[0]
    if is_family_name(first, text, lexicon) or first in lexicon.given_names \
            or first.lower() in lexicon.function_words.subject_pronouns or body.title() in lexicon.places \
            or all(w in lexicon.places for w in body.split() if not w.islower()) \
            or body.lower() in lexicon.function_words.sentence_starters:
        return None
    if not re.match(r"(?:,| \(| (?:has |have |had |is |was |will |would )?[a-z]+)", text[end : end + 20]):
        return None
    if " " not in body and at == start and not _a_name(body, text, lexicon) and not _kind_apposed(text, end, lexicon):
        return None  # "Prices rose.": a capitalised first word is no body by its capital alone
    return body


def _kind_apposed(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether an apposition naming a kind of body follows ``end``: "Velto, the state grid operator, said"."""
    m = _APPOSED_KIND.match(text, end)
    return m is not None and m.group(1) in lexicon.body_nouns


def _a_name(word: str, text: str, lexicon: Lexicon) -> bool:
    """Whether one word is a name: the lexicon knows it, it has a capital past its first letter ("UNHCR",
    "Copa-Cogeca"), or the text capitalises it inside a sentence too."""
    return word.lower() in lexicon.organisations or any(c.isupper() for c in word[1:]) or any(
        space > 0 and text[space - 1] in _LOWER_OR_COMMA for space in _spaced(word, text))  # "[a-z,] word\b"


_WORD_CHAR = re.compile(r"\w")
_LOWER_OR_COMMA = frozenset("abcdefghijklmnopqrstuvwxyz,")


def _spaced(word: str, text: str) -> Iterator[int]:
    """Where the text has a space, then ``word`` and a word boundary (as ``\\b`` reads one), in text order: the
    searches below found by ``str.find`` rather than by a pattern made for each word (each a compile once a text,
    and enough of them to flush ``re``'s cache)."""
    spaced = " " + word
    i = text.find(spaced)
    while i >= 0:
        end = i + len(spaced)
        if (_WORD_CHAR.match(text, end - 1) is not None) != (end < len(text) and _WORD_CHAR.match(text, end)
                                                                is not None):
            yield i
        i = text.find(spaced, i + 1)


def is_family_name(word: str, text: str, lexicon: Lexicon) -> bool:
    """Whether the text names a person by ``word`` after a given name ("Tim Canova ... Canova said"): a match of
    ``\\b([A-Z][a-z]+) word\\b`` (as ``re.finditer`` finds them: none overlapping the one before) whose
    capitalised word is a given name."""
    reached = 0
    for space in _spaced(word, text):
        start = space - 1
        while start >= 0 and "a" <= text[start] <= "z":
            start -= 1  # the lower-case letters right before the space, then a capital opening them
        if start < space - 1 and start >= reached and "A" <= text[start] <= "Z" and (
                start == 0 or _WORD_CHAR.match(text, start - 1) is None):
            if text[start:space] in lexicon.given_names:
                return True
            reached = space + 1 + len(word)
    return False
