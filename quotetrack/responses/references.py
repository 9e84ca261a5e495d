"""Earlier statements and acts a statement names by a noun: "the allegations", "reports of job cuts", "the decision".

A noun of ``statement_nouns.tsv`` names what was said or done with its verbs: "the
allegations" what someone alleged, "the report" what someone reported, "the decision" what
someone decided. Whoever the text showed doing that, the statement that speaks of it answers
them: a speaker whose statement's cue is one of the verbs (``reader``), or a party the narration
names as the verb's subject ("the Financial Times has reported", "Acme decided"), found here.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Mapping, Sequence

from quotetrack.attribution.cues import inflections
from quotetrack.lexicon import phrase_alternation

from quotetrack.model import Statement

from .parties import Candidate, Names
from .placement import paragraphs_between
from .words import ResponseWords, finite_verb_pattern, singular

__all__ = ["PASSIVE_AFTER", "heard_stating", "possessor", "named_statement", "narrated_author", "owned_act",
           "speaks_of"]

#: After a cue, the words that make it a participle or a passive ("the firms accused were", "criticised by"): no
#: act of the cue's subject
PASSIVE_AFTER = re.compile(r"\s+(?:by|was|were|is|are)\b", re.IGNORECASE)

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_DETERMINERS = frozenset({"the", "these", "those", "this", "that", "such", "his", "her", "its", "their", "our", "my",
                          "your", "recent", "earlier", "latest", "new", "a", "an"})
_AFTER = frozenset({"of", "that", "about", "by"})  # "reports of job cuts", "claims that ...": a bare noun names one
_OWNED = re.compile(r"(?:['’]s)?\s+(?:new\s+|draft\s+|proposed\s+|latest\s+)?([a-z]+)\b")  # "EU rules", "Acme's plan"
_POSSESSED = re.compile(r"['’]s(?:\s+[a-z][\w-]*){0,4}\s+$")  # "Trump's absurd and inaccurate " before the noun
_START, _END = operator.attrgetter("start"), operator.attrgetter("end")
_HEARD_REACH = 3000  # characters searched back for the statement a noun names (a paragraph break may never come)
_MAIN_VERB = 5  # words opening a statement that hold its own verb ("it would close 40 branches")
_LOOK_BACK = 4  # words from a determiner to its noun ("the EU's new compensation rules", "a bad piece of legislation")


def named_statement(text: str, words: ResponseWords) -> tuple[str, int, int] | None:
    """The first noun in ``text`` naming an earlier statement or act, and its offsets in ``text``.

    The noun counts after a determiner or a possessive within three words ("the allegations",
    "her criticism", "the minister's plan"), or bare before "of", "that", "about" or "by"
    ("reports of job cuts").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> named_statement("reports of job cuts were speculation", words)
    ('reports', 0, 7)
    >>> named_statement("the minister's latest plan would fail", words)
    ('plan', 22, 26)
    >>> named_statement("we plan to appeal", words) is None
    True
    """
    nouns = _noun_forms(words).intersection(_WORD.findall(text))  # (a set operation, no test of each word)
    if not nouns:
        return None  # most statements name none: no word list built
    found = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    for k, (word, start, end) in enumerate(found):
        if word not in nouns:
            continue
        before = [w.lower() for w, _, _ in found[max(0, k - _LOOK_BACK):k]]
        determined = any(w in _DETERMINERS or w.endswith(("'s", "’s")) for w in before)
        bare = k + 1 < len(found) and found[k + 1][0].lower() in _AFTER and text[end:found[k + 1][1]].strip() == ""
        if determined or bare:
            return word, start, end
    return None


@functools.cache
def _noun_forms(words: ResponseWords) -> frozenset[str]:
    """Every word in lower case that :func:`~.words.singular` makes a statement noun ("allegations", "allegation"):
    the noun, or the noun with the ending ``singular`` takes off."""
    forms = {f for noun in words.nouns for f in (noun, noun + "s", noun + "es", noun[:-1] + "ies")}
    return frozenset(f for f in forms if f.islower() and singular(f) in words.nouns)


@functools.cache
def _verb_pattern(words: ResponseWords, lemmas: frozenset[str]) -> re.Pattern[str]:
    """A name's continuation into a finite form of one of ``lemmas`` ("has reported", "decided", "will ban")."""
    return finite_verb_pattern(words, {f for lemma in lemmas for f in inflections(lemma) if not f.endswith("ing")})


def narrated_author(text: str, names: Names, words: ResponseWords, noun: str, start: int, end: int
                    ) -> tuple[Candidate, int] | None:
    """The latest party the narration between ``start`` and ``end`` names as the subject of a verb ``noun``
    names ("the Financial Times has reported" for "the reports"), and where its verb stands.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Speaker
    >>> from quotetrack.responses.words import response_words
    >>> paper = Candidate(speaker=Speaker(name="Daily Courier", kind="organisation"), names=("Daily Courier",),
    ...                   first=0, side="Daily Courier")
    >>> text = "Acme will cut 900 jobs, the Daily Courier has reported. Acme said the reports were wrong."
    >>> found = narrated_author(text, Names.of([paper]), response_words(load_lexicon()), "reports", 0, 56)
    >>> found[0].speaker.name, text[found[1]:found[1] + 8]
    ('Daily Courier', 'reported')
    """
    lemmas = words.nouns.get(singular(noun))
    if not lemmas:
        return None
    pattern = _verb_pattern(words, lemmas)
    latest = None
    for candidate, _, name_end in names.finditer(text[start:end]):
        name_end += start
        verb = pattern.match(text, name_end, end)
        if verb is not None and (verb.group(1) or not verb.group(2).lower().endswith("s")):  # not "the EU rules"
            latest = (candidate, verb.start(2))
    return latest


def owned_act(text: str, names: Names, words: ResponseWords, start: int, end: int) -> tuple[Candidate, int] | None:
    """The latest party named between ``start`` and ``end`` as the owner of an ``instrument`` noun right after its
    name ("New EU rules", "the Commission proposals", "Acme's new plan"), and where the noun stands.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Speaker
    >>> from quotetrack.responses.words import response_words
    >>> eu = Candidate(speaker=Speaker(name="European Union", kind="organisation"), names=("EU",), first=0,
    ...                side="European Union")
    >>> text = "New EU rules set compensation at 600 euros. Airlines attacked the legislation."
    >>> found = owned_act(text, Names.of([eu]), response_words(load_lexicon()), 0, 44)
    >>> found[0].speaker.name, text[found[1]:found[1] + 5]
    ('European Union', 'rules')
    """
    acts = words.classes.get("instrument", frozenset())
    latest = None
    for candidate, _, name_end in names.finditer(text[start:end]):
        owned = _OWNED.match(text, start + name_end, end)
        if owned is not None and owned.group(1) in acts:
            latest = (candidate, owned.start(1))
    return latest


@functools.cache
def _content_pattern(words: ResponseWords, noun: str) -> re.Pattern[str] | None:
    lemmas = words.nouns.get(noun, frozenset()) - {"say", "tell"}
    forms = sorted({f for lemma in lemmas for f in inflections(lemma)} - {noun, noun + "s", noun + "es"}, key=len,
                   reverse=True)  # "the sanctions would stay" speaks of sanctions, it does not impose them
    return re.compile(rf"\b(?:{phrase_alternation(forms)})\b", re.IGNORECASE) if forms else None


def speaks_of(text: str, words: ResponseWords, noun: str) -> bool:
    """Whether a statement's words do what ``noun`` names ("it would close 40 branches" for "the closures").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> speaks_of("it would close 40 branches", words, "closures"), speaks_of("profits rose", words, "closures")
    (True, False)
    """
    pattern = _content_pattern(words, singular(noun))
    opening = " ".join(text.split()[:_MAIN_VERB])  # its own verb, not one deep in a clause ("... would decide")
    return pattern is not None and pattern.search(opening) is not None


def heard_stating(text: str, statements: Sequence[Statement], index: int, by_name: Mapping[str, Candidate],
                  words: ResponseWords, noun: str, before: int, reach: int) -> tuple[Candidate, int] | None:
    """The latest statement before statement ``index``, within ``reach`` paragraph breaks of ``before``, by another
    party, that ``noun`` names: by its cue ("the reports" / "reported"), its words ("the closures" / "would
    close"), or as what it proposed ("the rise" / "announced a rise"); its speaker and where it starts."""
    source = statements[index].speaker
    proposals = words.classes.get("proposal", frozenset())  # "announced a rise": "the rise" is what was announced
    noun_of = singular(noun)
    # The statements (in text order) from ``before`` on are no candidates; the paragraph test of the loop below, which
    # they would fail first, is made once at their latest end (as many breaks as any). ``before`` may be a mention
    # far back in a long sentence: its statements are passed over without a test each.
    first = bisect.bisect_left(statements, before, 0, index, key=_START)
    if first < index and paragraphs_between(text, max(map(_END, statements[first:index])), before) > reach:
        return None
    for j in range(first - 1, -1, -1):
        earlier = statements[j]
        if before - earlier.end > _HEARD_REACH or paragraphs_between(text, earlier.end, before) > reach:
            return None
        other, cue = earlier.speaker, earlier.cue
        if earlier.start < before and other is not None and (source is None or other.name != source.name) \
                and other.name in by_name and cue is not None and cue.lemma \
                and (words.names_statement(noun, cue.lemma) or speaks_of(earlier.text, words, noun)
                     or (cue.lemma in proposals and noun_of in {singular(w) for w in _WORD.findall(earlier.text)})) \
                and not PASSIVE_AFTER.match(text, cue.end):
            return by_name[other.name], earlier.start
    return None


def possessor(text: str, names: Names, noun_start: int, floor: int) -> tuple[Candidate | None, bool]:
    """Who a possessive before the noun at ``noun_start`` names ("Trump's absurd claim": Trump), and whether it is a
    pronoun ("his statements"); ``(None, False)`` without a possessive. The text is read from ``floor`` on.

    Examples
    --------
    >>> from quotetrack.model import Speaker
    >>> ann = Candidate(speaker=Speaker(name="Ann Lee", kind="person"), names=("Ann Lee", "Lee"), first=0,
    ...                 side=None)
    >>> text = "He said Lee's absurd and baseless claim was false; his remarks were not."
    >>> possessor(text, Names.of([ann]), text.index("claim"), 0)[0].speaker.name
    'Ann Lee'
    >>> possessor(text, Names.of([ann]), text.index("remarks"), 0)
    (None, True)
    """
    window = text[max(floor, noun_start - 80):noun_start]
    words = _WORD.findall(window)[-_LOOK_BACK - 1:]
    for k, word in enumerate(words):
        if word.lower() in {"his", "her", "its", "their"} and all(w[0].islower() for w in words[k + 1:]):
            return None, True
    owned = _POSSESSED.search(window)
    if owned is None:
        return None, False
    found = [c for c, _, end in names.finditer(window) if end == owned.start()]
    return (found[-1] if found else None), False
