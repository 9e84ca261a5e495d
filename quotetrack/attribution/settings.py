"""Where and when an act was done, at the end of a cue's noun-phrase object: "denounced the ruling in a statement".

A cue whose object is a noun phrase ("endorsed Ana Ruiz", "criticized the plan") is often followed by the
setting of the act: its medium or occasion ("in a statement", "at a rally in Ohio", "during the debate") or its
time ("on Thursday", "in May", "last year", "in recent weeks"). When such phrases close the object, they are the
writer's, not part of what was said, and the object ends before them. Words of the object after them
("pledged money in 2009 to support the clinic", "accused Iran of hacking in recent years, including ...") keep
them inside; so does a clause or an infinitive object ("said the plant would close in May").
"""

from __future__ import annotations

from quotetrack.attribution.index import IndexView

__all__ = ["medium_after", "setting_start"]

_SETTING_PREPOSITIONS = frozenset({"at", "during", "in", "on", "over"})
_MODIFIERS = 2


def setting_start(view: IndexView, start: int, end: int) -> int:
    """The token where the setting phrases closing the noun-phrase object ``[start, end)`` open, else ``end``.

    Examples
    --------
    >>> import quotetrack
    >>> text = "The mayor denounced the ruling in a statement on Thursday. Ms. Ruiz endorsed Tom Hale in May."
    >>> [s.text for s in quotetrack.read(text).statements]
    ['the ruling', 'Tom Hale']
    """
    words, tokens = view.words, view.tokens
    for j in range(start, end):
        w = words[j]
        if w in {",", ";", ":", "(", "--"} or view.quote_of[j] >= 0 or w in view.fw.relatives:
            return end
        if w == "to" and j + 1 < end and tokens[j + 1].text.islower() or w.endswith("ed") and tokens[j].text.islower():
            return end  # an infinitive or a verb: not a noun phrase
        opens = w in _SETTING_PREPOSITIONS or w in view.fw.period_determiners
        if j > start and opens and _setting_tail(view, j, end):
            return j
    return end


def medium_after(view: IndexView, k: int, end: int) -> int:
    """The token after a medium or occasion phrase opening at ``k`` right after a cue ("said in a statement", "wrote
    in an op-ed", "told reporters at a news conference"), a time after it included ("in an interview on Tuesday");
    else ``k``.

    >>> import quotetrack
    >>> [s.text for s in quotetrack.read("Ann Dale said in a statement the deal was dead.").statements]
    ['the deal was dead']
    """
    if k >= end or view.words[k] not in _SETTING_PREPOSITIONS - {"over"}:
        return k
    after = _medium_end(view, k + 1, end)
    if after == k + 1:
        return k
    time = _time_end(view, after + 1, end) if after < end and view.words[after] in _SETTING_PREPOSITIONS else after
    if time > after + 1:
        return time  # "in an interview on Tuesday"
    return _time_end(view, after, end)  # "in a statement Tuesday"


def _setting_tail(view: IndexView, k: int, end: int) -> bool:
    """Whether tokens ``[k, end)`` are setting phrases only: times, media and occasions, and places after them
    ("on Wednesday during a rally in Florida", "at a town hall in Laconia, N.H."); "on" opens a time only ("commented
    on the letter" names a topic)."""
    words, tokens = view.words, view.tokens
    found = False
    while k < end:
        w = words[k]
        if w == "," and found:
            k += 1
        elif w in view.fw.period_determiners and (after := _time_end(view, k, end)) > k:
            k, found = after, True  # "last year", "this week"
        elif w in _SETTING_PREPOSITIONS and (after := max(_time_end(view, k + 1, end), 0 if w == "on" else
                                                          _medium_end(view, k + 1, end))) > k + 1:
            k, found = after, True
        elif w in {"in", "at"} and found and k + 1 < end and tokens[k + 1].text[:1].isupper():
            k += 1  # a place after a setting: "at a rally in Des Moines, Iowa"
            while k < end and (tokens[k].text[:1].isupper() or words[k] in {",", "."}):
                k += 1
        else:
            return False
    return found


def _time_word(view: IndexView, k: int) -> bool:
    """Whether token ``k`` names a time: a weekday, a month, a year, or a period ("week", "months")."""
    word, text = view.words[k], view.tokens[k].text
    fw = view.fw
    year = len(word) == 4 and word.isdigit() and word[:2] in {"19", "20"}
    return word in fw.weekdays or word in fw.months and text[:1].isupper() or word in fw.periods \
        or word.endswith("s") and word[:-1] in fw.periods or year


def _time_end(view: IndexView, k: int, end: int) -> int:
    """The token after a time phrase at ``k`` ("Thursday", "May", "2012", "recent weeks", "last year", "Tuesday
    night"), or ``k``."""
    j = k
    while j < end - 1 and view.words[j] in view.fw.time_openers | view.fw.period_determiners:
        j += 1
    if j >= end or not _time_word(view, j):
        return k
    j += 1
    if j < end and view.words[j] in view.fw.periods:
        j += 1  # "Tuesday night"
    return j


def _medium_end(view: IndexView, k: int, end: int) -> int:
    """The token after a medium or occasion at ``k``: a determiner (a possessive too), up to two modifiers and a
    noun of ``channels.tsv`` ("a statement", "his speech", "a boisterous rally", "the fifth Republican debate");
    else ``k``."""
    nouns = view.lexicon.media.get("noun", {})
    words = view.words
    j = k + 1 if k < end and words[k] in view.fw.determiners else k
    for skip in range(_MODIFIERS + 1):
        for size in (3, 2, 1):
            if j + skip + size <= end and " ".join(words[j + skip : j + skip + size]) in nouns:
                return j + skip + size
        if j + skip >= end or not words[j + skip].isalpha() or words[j + skip] in view.fw.prepositions:
            return k
    return k
