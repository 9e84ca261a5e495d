""""The company's response": the firm the story names, not another body that spoke since.

A cue's object owned by "the company" ("criticised the company's response", "accused the firm of ...") names the
company the story is about, read as the latest organisation that spoke (``context._latest_other``). A body that is
no firm spoke in between as often (a regulator, a commission, a court), so for a ``firm_head`` noun of
``response_words.tsv`` the latest organisation is taken only when it is named (not "The regulator": a description)
and its name does not end in an ``organisation`` noun other than a firm's ("US Consumer Product Safety Commission").
Where no organisation spoke near, "the company" is the story's subject (:func:`story_firm`): the first organisation
the text names, when it is a named firm and named before the cue.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotetrack.model import Speaker

from .parties import Candidate
from .words import ResponseWords

__all__ = ["other_than_firm", "story_firm"]


def other_than_firm(speaker: Speaker, head: str, words: ResponseWords) -> bool:
    """Whether ``head`` is a firm's noun ("company") and ``speaker`` no named firm, or ``head`` a government's noun
    ("government") and ``speaker`` a body whose name says it is none ("Confederation of British Industry").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> def body(name):
    ...     return Speaker(name=name, kind="organisation")
    >>> [other_than_firm(body(n), "company", words) for n in ("Acme", "Trade Safety Commission", "The regulator")]
    [False, True, True]
    >>> other_than_firm(body("Trade Safety Commission"), "commission", words)
    False
    >>> [other_than_firm(body(n), "government", words) for n in ("Confederation of British Industry", "UK government")]
    [True, False]
    """
    if head in words.classes.get("government_head", frozenset()) and speaker.kind == "organisation":
        return not words.classes.get("civil_body", frozenset()).isdisjoint(speaker.name.lower().split())
    firms = words.classes.get("firm_head", frozenset())
    if head not in firms or speaker.kind != "organisation":
        return False
    name = speaker.name.split()
    if not name or name[0].lower() in {"the", "a", "an"}:
        return True  # "The regulator": a description, no firm named
    last = name[-1].lower()
    return last in words.classes.get("organisation", frozenset()) and last not in firms


def story_firm(text: str, candidates: Sequence[Candidate], source: str, head: str, before: int,
               words: ResponseWords) -> Candidate | None:
    """The story's subject a firm's noun ``head`` names: the organisation of ``candidates`` that ``text`` names first,
    before offset ``before``, when it is a named firm and not ``source``; else None.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> from quotetrack.responses.words import response_words
    >>> words = response_words(load_lexicon())
    >>> acme = Candidate(speaker=Speaker(name="Acme", kind="organisation"), names=("Acme",), first=0, side=None)
    >>> board = Candidate(speaker=Speaker(name="Trade Safety Commission", kind="organisation"),
    ...                   names=("Trade Safety Commission",), first=90, side=None)
    >>> text = "Acme recalls heaters. The Trade Safety Commission said ... Ann Lee criticised the company's ..."
    >>> story_firm(text, [board, acme], "Ann Lee", "company", 80, words).speaker.name
    'Acme'
    >>> story_firm(text, [board, acme], "Ann Lee", "commission", 80, words) is None
    True
    """
    if head not in words.classes.get("firm_head", frozenset()):
        return None
    first, at = None, before
    for candidate in candidates:
        if candidate.speaker.kind != "organisation":
            continue
        for name in candidate.names:
            found = text.find(name, 0, at)
            if found >= 0:
                first, at = candidate, found
    if first is None or first.speaker.name == source or other_than_firm(first.speaker, head, words):
        return None
    return first
