"""A statement that faults the party its words open with: "Hale failed to address the threat", said a rival.

Most reactions in political news carry no response cue: the speaker's words take a named party as their subject
and judge it ("Hale failed to act", "the senator is overselling the plan", "the board was careless in its handling
of the files"). Where a statement's words open with a party other than its speaker (within their first few words,
past a "that" or a title) and go on to a word that faults conduct (a ``misdeed`` word of ``response_words.tsv``:
"failed", "misled", "careless"), the statement answers that party (``judged``). A mention alone is far too weak a
sign (a party named is mostly only spoken of); the fault found with the party as subject is what makes the reaction.
Parties of one side (one organisation, one political party) are left out: an ally's words about an ally are no
answer; so are a party's words told back ("Pike said Hale failed ...", "Pike accused us of lying": the fault is
Pike's charge). A weak sign (0.45, under the reporting floor): it resolves the target from the words, not a cue, and
is reported only with another sign for the same target.
The same sign is read where the cue says whom judging words are about ('"He was a failed candidate," Hale said of
Pike': :func:`spoken_of`).
"""

from __future__ import annotations

import functools
import re

from quotetrack.lexicon import Lexicon
from quotetrack.model import Speaker, Statement

from .evidence import Evidence
from .groups import owns_following
from .judgement import party_of
from .parties import Candidate, Names, same_side
from .words import ResponseWords

__all__ = ["judged_party", "spoken_of"]

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_OF = re.compile(r"\s+(?:of|about)\s+")  # "said of Pike", "wrote about Pike"
_NAME_REACH = 80  # characters after "of" searched for the party's name
_OPENING = 4  # words before the party that still make it the subject ("that President Hale", "the fact that Acme")


def _judging(words: list[str], judging: frozenset[str], passive: frozenset[str] = frozenset()) -> int | None:
    """The index of the first word of ``words`` (lower case) that judges, alone or with the word after it; none where
    it is a verb's participle after a ``passive`` auxiliary (the party "was betrayed", "has to be destroyed": done to
    it; "is unqualified" judges it)."""
    for k, word in enumerate(words):
        if word in judging or k + 1 < len(words) and f"{word} {words[k + 1]}" in judging:
            verb = word.endswith("ed") and (word[:-1] in judging or word[:-2] in judging)  # "destroyed", not "unfit"
            return None if verb and k and words[k - 1] in passive else k
    return None


@functools.cache
def _entry_words(judging: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The judging entries of one word, and the first words of those of two (what :func:`_judging` looks for)."""
    return frozenset(e for e in judging if " " not in e), frozenset(e.split(" ")[0] for e in judging if " " in e)


def _adjective(written: str, lexicon: Lexicon) -> bool:
    """Whether a party's name as written is its adjective ("Democratic" of "the Democratic front-runner")."""
    known = lexicon.parties.get(written.lower())
    return known is not None and written.lower() == known[0].split()[0].lower()


def _other(speaker: Speaker, candidate: Candidate, lexicon: Lexicon, words: ResponseWords) -> bool:
    """Whether ``candidate`` is another party than ``speaker`` and not of their side (organisation, political party)."""
    mine, theirs = party_of(speaker, lexicon), party_of(candidate.speaker, lexicon)
    return candidate.speaker.name != speaker.name and not same_side(speaker, candidate, words) \
        and (mine is None or mine != theirs)


def judged_party(statement: Statement, speaker: Speaker, names: Names, words: ResponseWords,
                 lexicon: Lexicon) -> Evidence | None:
    """The party ``statement``'s words open with and judge (``judged``), if any.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.parties import Candidate
    >>> from quotetrack.responses.words import response_words
    >>> lexicon, words = load_lexicon(), response_words(load_lexicon())
    >>> hale = Candidate(speaker=Speaker(name="Tom Hale", kind="person"), names=("Tom Hale", "Hale"), first=0,
    ...                  side=None)
    >>> lee = Speaker(name="Ann Lee", kind="person")
    >>> said = ("Hale failed to protect the workers", "Hale will visit the plant on Monday")
    >>> [judged_party(Statement(start=0, end=len(t), text=t, kind="indirect"), lee, Names.of([hale]), words, lexicon)
    ...  is not None for t in said]
    [True, False]
    """
    judging = words.classes.get("misdeed", frozenset())
    singles, firsts = _entry_words(judging)  # most statements hold no judging word: no pass over their words
    found = [w.lower() for w in _WORD.findall(statement.text)]
    if singles.isdisjoint(found) and (firsts.isdisjoint(found) or _judging(found, judging) is None):
        return None
    for candidate, start, end in names.finditer(statement.text):
        if len(_WORD.findall(statement.text, 0, start)) >= _OPENING:
            return None  # a party named further into the words is only spoken of
        if (not _other(speaker, candidate, lexicon, words) or _adjective(statement.text[start:end], lexicon)
                or owns_following(statement.text, start, words)):  # "Hale's loyal voters ignore ...": not Hale
            continue
        after = [m.group().lower() for m in _WORD.finditer(statement.text, end)]
        told = next((w for w in after[:2] if not w.endswith("ly")), "")
        if lexicon.cue_forms.get(told, ("", ""))[1] == "speech":
            return None  # "Pike accused us of lying": the fault is the party's charge, told back (``recounted``)
        if _judging(after, judging, lexicon.function_words.passive_auxiliaries) is not None:
            return Evidence.of(candidate, "judged", statement.start + start, statement.start + end)
    return None


def spoken_of(text: str, statement: Statement, speaker: Speaker, names: Names, words: ResponseWords,
              lexicon: Lexicon) -> Evidence | None:
    """The party a judging statement is said of (``judged``): '"He was a failed candidate," Hale said of Pike'; the
    cue's "of" or "about" names whom the words are about, and a judging word (``evaluation`` or ``misdeed``) in them
    makes the words a verdict on that party.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.model import Cue
    >>> from quotetrack.responses.words import response_words
    >>> said, pike = "He was a failed candidate", Speaker(name="Ann Pike", kind="person")
    >>> statement = Statement(start=1, end=26, text=said, kind="direct", cue=Cue(start=34, end=38, text="said",
    ...                       lemma="say"))
    >>> spoken_of(f'"{said}," Hale said of Pike.', statement, Speaker(name="Tom Hale", kind="person"), Names.of([
    ...     Candidate(speaker=pike, names=("Pike",), first=0, side=None)]), response_words(load_lexicon()),
    ...     load_lexicon()).target.speaker.name
    'Ann Pike'
    """
    cue = statement.cue
    of = _OF.match(text, cue.end) if cue is not None else None
    found = next(names.finditer(text[of.end():of.end() + _NAME_REACH]), None) if of is not None else None
    if of is None or found is None or found[1] or not _other(speaker, found[0], lexicon, words):
        return None
    judging = words.classes.get("evaluation", frozenset()) | words.classes.get("misdeed", frozenset())
    said = [m.group().lower() for m in _WORD.finditer(statement.text)]
    if _judging(said, judging, lexicon.function_words.passive_auxiliaries) is None:
        return None
    return Evidence.of(found[0], "judged", of.end(), of.end() + found[2])
