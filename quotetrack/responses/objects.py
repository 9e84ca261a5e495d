"""What a response cue's object says about its target: a name, a pronoun, an act or a body.

"rejected Pompeo's claim" names the target; "dismissed her criticism" points at it with a
pronoun; "rejected the plan" names an act whose author is the target; "accused the
company of ..." names a body spoken of before. The object is read from the dependency
parse when the document has one (the cue verb's ``obj``/``obl`` subtree), else from the
words after the cue up to the end of its clause (the surface fallback, which can go
when every backend parses).
"""

from __future__ import annotations

import bisect
import functools
import re

import attrs

from quotetrack.document import Document
from quotetrack.lexicon import Lexicon
from quotetrack.model import Speaker

from .authored import authors_next, demonym_author
from .descriptions import description_reading
from .evidence import Evidence
from .groups import owns_following
from .parties import Candidate, Names
from .placement import sentence_start
from .words import ARTICLE_BEFORE, ResponseWords

__all__ = ["ObjectReading", "country_answered", "modifies", "object_span", "past_object", "pronoun_reach",
           "read_object"]

_OBJECT_RELATIONS = ("obj", "iobj", "obl", "nmod", "ccomp")  # in the order they are read as the object
_CLAUSE_END = re.compile(r"[,;:.!?\"“”()]|\b(?:saying|adding|and said|who|which|that)\b")
_SURFACE_REACH = 80  # characters after a cue read as its object without a parse
_WORD = re.compile(r"[\w'’-]+")
_ON_MEDIUM = re.compile(r"(?:\b([\w-]+)\s+)?\b(?:on|via)\s+$", re.IGNORECASE)
# past the object: a clause of its own, or the act a cue charges its object with ("accused the agency of giving X")
_OBJECT_TAIL = re.compile(r"\s(?:for|over|after|because|when|while)\s|\sand\s(?=[a-z]+ed\b)|\sof\s(?=[a-z]+ing\b)")
_INFINITIVE = re.compile(r"\sto\s(?!(?:the|a|an|his|her|its|their|him|them|this|that|these|those|what)\b)[a-z]")
_TO = re.compile(r"\sto\s")
_OWNED_ROLE = re.compile(r"['’]s?\s")  # a possessive, then a role and its holder: "'s newly elected mayor Sadiq Khan"
_ROLE_REACH = 4  # words from the possessive to the role
_A_TITLE = re.compile(r"\b(?:a|an)\s+(?:[a-z]+\s+)?([A-Z][a-z]*)\.?\s+$")  # "a former Miss ": a title won
_OF_FOR = re.compile(r"\s+(?:of|for)\b")  # after "it": "accusing it of ...", read past the object's end
_COUNTRY_KINDS = ("country", "capital")  # a capital names its country's government ("discounted Pyongyang's claims")
_AFTER_COUNTRY = re.compile(r"(?:['’]s?\s+[a-z]|\s+(?:for|over|of|as|after)\b|\s*[,.;:]|\s*$)")
_INITIAL = re.compile(r"(?<![\w.'’])[A-Z]\.$|\b[A-Z]\.[A-Z]\.$")  # "W.", "U.S.": no clause end without a parse
_NAME_GOES_ON = re.compile(r"\S*\s+[A-Z]")  # the abbreviation's word, then a capitalised one
_MODIFIED_NAME = re.compile(r"\s+(?:[A-Za-z][\w.-]*\s+){0,3}")  # a modifying name, then up to three title words


@attrs.frozen(kw_only=True)
class ObjectReading:
    """What a cue's object points at.

    Parameters
    ----------
    kind : str
        ``name`` (a party named), ``pronoun`` ("her criticism"), ``role`` ("the minister's plan"),
        ``act`` ("the plan"), ``organisation`` ("the company") or ``group`` ("the unions", "Britain's top
        sprinters").
    start, end : int
        The words the reading rests on, as offsets into the text.
    candidate : Candidate or None
        The named party, for ``name``.
    number : str or None
        ``singular``, ``plural`` or ``neuter`` for pronouns ("his", "their", "its").
    noun : str or None
        The act noun, for ``act``; the role, for ``role``.
    """

    kind: str
    start: int
    end: int
    candidate: Candidate | None = None
    number: str | None = None
    noun: str | None = None


def object_span(text: str, start: int, end: int, document: Document | None = None) -> tuple[int, int]:
    """Where the object of the cue ``text[start:end]`` lies.

    From the parse (the cue verb's first object or oblique, whole subtree) when the
    document has one; else the words after the cue up to the end of its clause.

    Examples
    --------
    >>> text = "Labour rejected the minister's plan, saying it would fail."
    >>> s, e = object_span(text, 7, 15)
    >>> text[s:e]
    " the minister's plan"
    """
    if document is not None and document.has_parse:
        found = _parse_object(document, start, end)
        if found is not None:
            return found
    reach = min(len(text), end + _SURFACE_REACH)
    stop = next((m for m in _CLAUSE_END.finditer(text, end, reach) if not _abbreviated(text, m, document)), None)
    return end, stop.start() if stop else reach


def _abbreviated(text: str, stop: re.Match[str], document: Document | None) -> bool:
    """Whether the full stop ``stop`` is in an abbreviation a name goes on after, not a clause end: an initial or a
    title ("George W. Bush", "the U.S. Chamber", "Gov. Ann Lee"), where the document's sentence goes on past it
    ("a breach of U.N. resolutions" ends the object as before: a body's name modifying a noun is no target).

    >>> text = "He praised Gov. Ann Lee and George W. Bush. Then he left, citing U.N. rules."
    >>> [_abbreviated(text, m, None) for m in re.finditer(r"\\.", text)]
    [False, True, False, False, False, False]
    """
    if stop.group() != "." or _NAME_GOES_ON.match(text, stop.start()) is None:
        return False
    if document is not None and document.sentences:
        k = bisect.bisect_right(document.sentence_starts, stop.start()) - 1
        return k >= 0 and stop.end() < document.sentences[k].end
    return _INITIAL.search(text, max(0, stop.start() - 3), stop.end()) is not None


def past_object(text: str, start: int, end: int, destination: bool = False) -> int | None:
    """Where words past a cue's object ``text[start:end]`` begin, if they do: a clause of its own ("blasted the
    media for letting Y ..."), the act charged after "of" ("accused the agency of giving Y ..."), an infinitive
    ("questioned the need to be kind to Y") or, with ``destination``, any "to" after the object ("welcomed world
    leaders to the White House").

    Examples
    --------
    >>> text = "He questioned the need to be kind to Ortiz. She welcomed leaders to the White House."
    >>> text[13:past_object(text, 13, 42)], text[56:past_object(text, 56, 84, destination=True)]
    (' the need', ' leaders')
    >>> text = "He accused the agency of giving Ortiz special treatment."
    >>> text[10:past_object(text, 10, 55)]
    ' the agency'
    """
    tail = _OBJECT_TAIL.search(text, start, end)
    to = next((m for m in (_TO if destination else _INFINITIVE).finditer(text, start, end)
               if text[start:m.start()].strip()), None)
    return min((m.start() for m in (tail, to) if m is not None), default=None)


def _parse_object(document: Document, start: int, end: int) -> tuple[int, int] | None:
    tokens = document.tokens
    i = bisect.bisect_left(tokens, start, key=lambda t: t.start)
    if i >= len(tokens) or tokens[i].start >= end:
        return None
    children: dict[int, list[int]] = {}
    k = bisect.bisect_right(document.sentences, i, key=lambda s: s.first_token) - 1
    sentence = document.sentences[k] if k >= 0 and i < document.sentences[k].last_token else None
    lo, hi = (sentence.first_token, sentence.last_token) if sentence else (0, len(tokens))
    for j in range(lo, hi):
        head = tokens[j].head
        if head is not None and head >= 0:
            children.setdefault(head, []).append(j)
    ranked = sorted((_OBJECT_RELATIONS.index(rel), j) for j in children.get(i, [])
                    if (rel := (tokens[j].deprel or "").split(":")[0]) in _OBJECT_RELATIONS and tokens[j].start >= end)
    if not ranked:
        return None
    span = [ranked[0][1]]  # the object before an oblique: "welcomed leaders to the White House"
    stack = list(span)
    while stack:
        for k in children.get(stack.pop(), []):
            span.append(k)
            stack.append(k)
    return min(tokens[k].start for k in span), max(tokens[k].end for k in span)


def read_object(text: str, span: tuple[int, int], source: str, names: Names, words: ResponseWords,
                lexicon: Lexicon) -> ObjectReading | None:
    """What the object ``text[span]`` of a response cue points at, if anything.

    Parameters
    ----------
    text : str
        The article text.
    span : tuple of int
        The object's offsets (:func:`object_span`).
    source : str
        The responding speaker, never its own target.
    names : Names
        The candidates' names.
    words : ResponseWords
        Act and organisation nouns.
    lexicon : Lexicon
        Pronouns and determiners.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> lexicon = load_lexicon()
    >>> text = "She dismissed his criticism as absurd."
    >>> read_object(text, (13, 27), "Ann Lee", Names.of(()), response_words(lexicon), lexicon).kind
    'pronoun'
    >>> read_object("They rejected the bill.", (13, 22), "X", Names.of(()), response_words(lexicon), lexicon).kind
    'act'
    """
    start, end = span
    found = [(candidate, offset) for candidate, offset, name_end in names.finditer(text[start:end])
             if candidate.speaker.name != source
             and not _names_medium(text[start:start + offset], text[start + offset:start + name_end], lexicon)
             and not _role_holder_after(text, start + name_end, lexicon)
             and not owns_following(text, start + offset, words)
             and not _titled_thing(text, start + offset, lexicon)]
    for k, (candidate, offset) in enumerate(found):
        name = next(n for n in candidate.names if text.startswith(n, start + offset))
        name_end = start + offset + len(name)
        after = _WORD.match(text, name_end + 1) if text[name_end:name_end + 1] == " " else None
        # a body's name before a noun modifies it ("in a CNN interview", "NATO member Estonia"), and so does any name
        # after an article ("opposing the Clinton deposition request"): not the target; but a name before its own
        # voice is ("the Obama administration's plans", "the Clinton campaign")
        # but a party's name before its own head noun is the party ("blamed the ruling Fidesz party for ...")
        modifier = after is not None and after.group().lower() not in lexicon.function_words.stop_words \
            and re.sub(r"['’]s$", "", after.group().lower()) not in words.classes.get("party_noun", frozenset())
        noun = modifies(text, name_end, lexicon) and after is not None \
            and re.sub(r"['’]s$", "", after.group().lower()) not in words.classes.get("voice", frozenset())
        if not (candidate.body and modifier or noun and ARTICLE_BEFORE.search(text, max(0, start + offset - 5),
                                                                       start + offset)) \
                or authors_next(text, name_end, words):  # "denied a Reuters report": its author
            return ObjectReading(kind="name", start=start + offset, end=name_end, candidate=candidate)
        between = _MODIFIED_NAME.fullmatch(text, name_end, start + found[k + 1][1]) if k + 1 < len(found) else None
        if between is None or any(w.lower() in lexicon.function_words.stop_words for w in between.group().split()):
            break  # the name it modifies, if it goes on to one: "Republican Donald Trump", "GOP nominee Ann Lee"
    tokens = [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)][:6]
    if not tokens:
        return None
    fw = lexicon.function_words
    skip = {"at", "to", "on", "with", "by", "of", "over", "about", "against", "the", "a", "an", "this", "that",
            "these", "those"} | fw.determiners
    pronoun_number = {w: number for number, ws in (("singular", ("his", "him", "her")), ("plural", ("their", "them")),
                                                 ("neuter", ("its",))) for w in ws}
    roles = (lexicon.title_words | lexicon.role_words) - words.classes.get("organisation", frozenset())  # "the firm's"
    owner: ObjectReading | None = None
    for k, (word, w_start, w_end) in enumerate(tokens):
        if word in pronoun_number or word == "it" and k == 0 and _OF_FOR.match(text, w_end):
            # "accusing it of ...", "blamed it for ...": a body; "welcomed it" is as often a plan
            return ObjectReading(kind="pronoun", start=w_start, end=w_end, number=pronoun_number.get(word, "neuter"))
        if word in words.classes.get("act", frozenset()):
            return ObjectReading(kind="act", start=tokens[0][1], end=w_end, noun=word)
        if word in words.classes.get("organisation", frozenset()) and k > 0 and tokens[k - 1][0] == "the":
            return ObjectReading(kind="organisation", start=tokens[k - 1][1], end=w_end)
        if word in words.classes.get("modified_group", frozenset()) and 0 < k < 4 and tokens[k - 1][0] not in skip \
                and tokens[k - 1][0] not in fw.stop_words and text[tokens[k - 1][1]].islower():
            return ObjectReading(kind="group", start=tokens[k - 1][1], end=w_end)  # "blamed local officials"
        if word in words.classes.get("group", frozenset()) and k < 4:  # "accused Britain's top sprinters of ..."
            first = next(i for i, t in enumerate(tokens) if t[0] not in skip)
            if first + 1 < k and tokens[first][0] in words.classes.get("voiced", frozenset()) \
                    and tokens[first + 1][0] == "from" and re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE).search(
                        text, 0, sentence_start(text, start)):  # "feedback from users" who spoke before
                first += 2
            if not any(t[0] in fw.stop_words for t in tokens[first:k]):  # not "welcomed news from users"
                return ObjectReading(kind="group", start=tokens[min(first, k)][1], end=w_end)
        base = re.sub(r"['’]s$", "", word)
        if base != word and base in roles and k > 0 and tokens[0][0] in skip \
                and all(t[0] in skip or t[0] in roles or t[0] in lexicon.role_modifiers
                        for t in tokens[1:k]):  # "the minister's plan", "the health secretary's claims"
            return ObjectReading(kind="role", start=w_start, end=w_start + len(base), noun=base)
        if base != word and base in words.classes.get("organisation", frozenset()) and k > 0 \
                and tokens[k - 1][0] == "the" and owner is None:
            owner = ObjectReading(kind="organisation", start=tokens[k - 1][1], end=w_start + len(base))
        if word not in skip and not base.isalpha():  # "the club's" reads on
            break
    if owner is not None:
        return owner  # "blamed the court's liberal justices": the body, where nothing after it is read
    described = description_reading(tokens, text, lexicon, words)  # "criticized the Republican nominee"
    return ObjectReading(kind="role", start=described[0], end=described[1], noun=described[2]) if described else None


def modifies(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether the name ending at ``end`` modifies a noun after it ("new U.N. sanctions", "the Clinton deposition
    request"): a lower-case word follows that is no function word, adverb, past form or cue verb.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> text = "They sought new U.N. sanctions, but the U.N. said no and the U.N. rejected it."
    >>> [modifies(text, m.end(), load_lexicon()) for m in re.finditer("U.N.", text)]
    [True, False, False]
    """
    after = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    word = after.group() if after is not None else ""
    return word.islower() and word not in lexicon.function_words.stop_words and not word.endswith(("ly", "ed")) \
        and word not in lexicon.cue_forms


def _role_holder_after(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether the name ending at ``end`` owns a role whose holder is named next ("London's newly elected mayor Sadiq
    Khan", "the paper's political editor Ann Lee"): the holder is whom the cue is aimed at, not the owner.

    >>> from quotetrack.lexicon import load_lexicon
    >>> text = "praised the Courier's political editor Ann Lee and the Courier's coverage"
    >>> _role_holder_after(text, 19, load_lexicon()), _role_holder_after(text, 62, load_lexicon())
    (True, False)
    """
    found = _OWNED_ROLE.match(text, end)
    if found is None:
        return False
    roles = lexicon.title_words | lexicon.role_words
    after = _WORD.findall(re.split(r"[.,;:!?\n\"“”()]", text[found.end():found.end() + 60])[0])[:_ROLE_REACH + 1]
    return any(w.lower() in roles and after[k + 1][:1].isupper() for k, w in enumerate(after[:-1]))


def _titled_thing(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the name at ``start`` follows a courtesy title after "a" or "an": a title won, no person ("attacking a
    former Miss Universe").

    >>> from quotetrack.lexicon import load_lexicon
    >>> text = "attacking a former Miss Universe and Miss Lee"
    >>> _titled_thing(text, 24, load_lexicon()), _titled_thing(text, 42, load_lexicon())
    (True, False)
    """
    found = _A_TITLE.search(text, max(0, start - 30), start)
    return found is not None and found.group(1).lower() in lexicon.courtesy_titles


def _names_medium(before: str, name: str, lexicon: Lexicon) -> bool:
    """Whether a name in a cue's object is where the words went, not whom they answer: a platform or a broadcaster
    after "on" ("responded on Twitter", "questioned about the dispute on ABC News") or any name after a medium ("hit
    back in an interview on Ortiz's show").

    >>> from quotetrack.lexicon import load_lexicon
    >>> _names_medium("responded on ", "Twitter", load_lexicon()), _names_medium("in an interview on ", "CBS",
    ...     load_lexicon()), _names_medium("turned on ", "Smith", load_lexicon())
    (True, True, False)
    >>> _names_medium("her up in an interview last week on ", "CBS", load_lexicon())
    True
    >>> _names_medium("about the dispute on ", "ABC News", load_lexicon())
    True
    """
    found = _ON_MEDIUM.search(before)
    if found is None:
        return False
    nouns = lexicon.media.get("noun", {})
    # "in an interview last October on CBS": the medium noun a few words before "on"
    outlets = lexicon.media.get("platform", {}).keys() | lexicon.media.get("broadcaster", {}).keys()
    return name.lower() in outlets or (found.group(1) or "").lower() in nouns or any(
        m.group().lower() in nouns for m in _WORD.finditer(before, max(0, found.start() - 40), found.start()))


@functools.cache
def _countries(lexicon: Lexicon) -> re.Pattern[str]:
    names = sorted((n for n, (_, kind) in lexicon.places.items() if kind in _COUNTRY_KINDS), key=len, reverse=True)
    return re.compile(rf"\s*(?:the\s+)?({'|'.join(map(re.escape, names))})\b")


def country_answered(text: str, speaker: Speaker, cue: str, offset: int, lexicon: Lexicon,
                     document: Document | None = None, words: ResponseWords | None = None) -> list[Evidence]:
    """The ``cue`` evidence for a country that the object of the response cue ``cue`` at ``offset`` opens with:
    named bare ("condemned North Korea for ...") or owning what the cue answers ("condemned North Korea's claim",
    "discounted Pyongyang's claims": a capital stands for its country), or by its adjective before a piece of words it
    wrote ("rejected Saudi concerns", with ``words``). Countries are no parties otherwise
    (:mod:`~.parties`); nor is the speaker's own country one here.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> text = "Senators condemned North Korea's claim to have tested a bomb."
    >>> [e.target.speaker.name for e in country_answered(text, Speaker(name="Senators", kind="group"), "condemned", 9,
    ...                                                    load_lexicon())]
    ['North Korea']
    >>> country_answered("She praised Georgia voters.", Speaker(name="Ann Lee", kind="person"), "praised", 4,
    ...                  load_lexicon())
    []
    """
    start, end = object_span(text, offset, offset + len(cue), document)
    found = _countries(lexicon).match(text, start, end)
    if found is not None and _AFTER_COUNTRY.match(text, found.end(), end) is not None:
        country, at = lexicon.places[found.group(1)][0], found.start(1)
    elif words is not None and (authored := demonym_author(text, start, end, lexicon, words)) is not None:
        country, at = authored  # "rejected Saudi concerns": the country's own words
    else:
        return []  # "praised Georgia voters": a place before a noun
    if country in {speaker.country, speaker.organisation.country if speaker.organisation else None}:
        return []
    answered = Candidate(speaker=Speaker(name=country, kind="country"), names=(), first=at, side=None)
    return [Evidence.of(answered, "cue", offset, offset + len(cue), cue=cue)]


_OBJECT_PRONOUN = re.compile(r"(?:him|them|her(?=\s+(?:of|for|on|over|as|to|in|at|with|after|by)\b|\s*[,.;:!?]))\b",
                             re.IGNORECASE)  # "accused her of ...", not "her record"


def pronoun_reach(text: str, reading: ObjectReading, offset: int, foreign: frozenset[str] = frozenset()) -> int:
    """Where to look back from the cue at ``offset`` for the party an object pronoun stands for when no other party
    spoke before: the start of the sentence before the cue's ("Sanders described Clinton as unqualified and accused
    her of ..."); none (``offset``) for a possessive, which is as often the speaker's own ("mocked his rivals").
    A pronoun of another gender than the speaker's is never theirs: where it owns a noun of ``foreign`` (their acts
    and conduct: "Ortiz called her handling of it careless"; not "praised his rivals"), from the start of the
    paragraph before the cue's.

    >>> text = "Lee spoke. Ortiz accused her of lying and mocked his rivals."
    >>> pronoun_reach(text, ObjectReading(kind="pronoun", start=25, end=28), 17)
    0
    >>> pronoun_reach(text, ObjectReading(kind="pronoun", start=48, end=51), 40)
    40
    >>> pronoun_reach(text, ObjectReading(kind="pronoun", start=49, end=52), 42, foreign=frozenset({"rivals"}))
    0
    """
    owned = _WORD.match(text, reading.end + 1)
    if owned is not None and owned.group().lower() in foreign:
        return max(0, text.rfind("\n", 0, max(0, text.rfind("\n", 0, offset) - 1)) + 1)
    if _OBJECT_PRONOUN.match(text, reading.start, reading.end + 12) is None:
        return offset
    return sentence_start(text, max(0, sentence_start(text, offset) - 2))
