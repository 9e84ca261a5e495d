"""Who speaks for whom: the constructions that tie a person, or an unnamed source, to a body.

A body named in an affiliation construction is an organisation, whether or not the
lexicon knows it; the lexicon only canonicalises it (``"Tories"`` -> Conservative Party)
and says whether it is a place (a country, not a body) or a party. Each reader works on
the text around a name mention and returns an :class:`Affiliation`:

=============  =====================================================================
construction   example
=============  =====================================================================
premodifier    "Ryanair chief executive Jane Doe", "Tory leader John Smith"
possessive     "Labour's Jane Doe"
preposed       "Nato's deputy spokesman, Jane Doe", "The head of the Fraud Unit, Jane Doe"
apposition     "Jane Doe, chief economist at the Acme Bank", "Jane Doe, Acme's chief executive"
of             "Jane Doe, of the Resolution Foundation", "Jane Doe of Acme"
relative       "Jane Doe, whose group Acme Watch ..."
spokesperson   "a spokeswoman for the Home Office", "an Acme spokesman"
=============  =====================================================================
"""

from __future__ import annotations

import functools
import re

import attrs

from quotetrack.attribution.acronyms import expand_acronym
from quotetrack.attribution.ministers import portfolio_title
from quotetrack.attribution.possessive_roles import field_role, owned_role, owner_role
from quotetrack.lexicon import Lexicon, place_country

__all__ = [
    "Affiliation", "article_country", "CONNECTORS", "body_after", "body_before", "common_noun",
    "expand_acronym", "is_honorific", "is_role", "not_body_word", "read_affiliation", "role_after", "role_before",
    "verb_after",
]

_WORD_CLASS = r"[\w&'’.\-]"
_WORD = re.compile(_WORD_CLASS + "+")
_WORD_CHAR = re.compile(_WORD_CLASS)  # (the last character of a word: fullmatch)
_THE = re.compile(r"(?:[Tt]he )?")
_ROLE_OF = re.compile(r"(?:^|[.\n] |\n|, )(?:[Tt]he |[Aa]n? )?([\w \-]+?) (of|at|for) (?:the )?([^,]+)$")  # "head of Y"
CONNECTORS = frozenset({"of", "for", "and", "&", "de", "du", "des", "on"})  # words joining a name's words
_CONNECTORS = CONNECTORS
_AFFILIATING = ("at", "of", "for", "with", "from")
_UNIT_ROLE = re.compile(r"(?:[A-Z][a-z]+ ){1,2}([a-z][\w \-]*)")  # "Senate coordinator", "Asia Pacific chief"
_ACRONYM = re.compile(r"[A-Z][A-Z&\-]{1,9}")
_RELATIVE = re.compile(  # "who heads Y", "who plays for Y", "who runs the A&E unit at Y", "who works as a nurse at Y"
    r"who ([a-z\-]+) (?:(?:as )?(?:the |an? )?((?:[a-z][\w\-]* ){0,3})(?:at|for|of|with) |(?:for|at|with) )?")
_UNIT = re.compile(r"['’]s (?:[a-z]+ )?([a-z]+)\b")  # "'s council", "'s policy team"
_WINDOW = 160  # characters read around a name: an apposition or a pre-modifier, never a paragraph


@attrs.frozen(kw_only=True)
class Affiliation:
    """A body a person or source is tied to by the text, and how.

    Parameters
    ----------
    body : str or None
        The body as the text names it (``"Resolution Foundation"``); None when only a role was read.
    role : str or None
        The role as written (``"chief economist"``).
    construction : str
        Which construction tied them (``premodifier``, ``apposition``, ``possessive``...).
    owned : bool
        Whether a possessive owns the role ("Manitoba's health minister", "the company's president").
    """

    body: str | None
    role: str | None
    construction: str
    owned: bool = False


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isupper() for c in word))


def _strip_possessive(word: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def not_body_word(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` is a function word or a cue, which never opens a body's name ("In", "But", "Said")."""
    lower = word.lower()
    fw = lexicon.function_words
    return (lower in fw.sentence_starters or lower in fw.determiners or lower in fw.conjunctions
            or lower in fw.prepositions or lower in fw.subject_pronouns or lower in lexicon.cue_forms)


def _ends_sentence(word: str, lexicon: Lexicon) -> bool:
    """Whether a word's final period ends a sentence: not an abbreviation ("Co.", "Sen."), initial or "U.S."."""
    if not word.endswith(".") or len(word) < 2:
        return False
    bare = word[:-1]
    return not (bare.lower() in lexicon.abbreviations or re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", bare))


def common_noun(word: str, text: str, lexicon: Lexicon) -> bool:
    """Whether a capitalised ``word`` opening a sentence is a common noun the text also writes in lower case after
    "the", no body's name ("Club captain X" ... "the club", "Tournament director X" ... "the tournament").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> common_noun("Tournament", "The tournament starts. Tournament director Ann Roe said so.", load_lexicon())
    True
    >>> common_noun("Velto", "Velto grew. Velto director Ann Roe said so.", load_lexicon())
    False
    """
    lower = word.lower()  # (not "Former Rep. X"; "Union leader X" of a text that says no "the union": a union's)
    return lower not in lexicon.role_modifiers and re.search(rf"\b[Tt]he {re.escape(lower)}\b", text) is not None


def is_honorific(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` is an honorific ("Mr", "Dr.")."""
    return word.lower().rstrip(".") in lexicon.honorifics


_LEAD = re.compile(r"the (?:[a-z][\w\-]*['’]? ){1,3}(?=[A-Z])")  # "the governing", "the actors' union"


def body_after(text: str, start: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """The capitalised run naming a body from ``start`` (a leading "the" skipped), and where it ends.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> body_after("the Bank of England, which", 0, load_lexicon())
    ('Bank of England', 19)
    """
    m = _THE.match(text, start)  # matched where it starts: no copy of the rest of the text
    i = m.end() if m else start
    words: list[tuple[str, int]] = []
    for w in _WORD.finditer(text, i):
        if w.start() != i and text[i : w.start()] != " ":
            break
        word = w.group().rstrip(".")
        if words and words[-1][0].lower() in _CONNECTORS and (word.lower() in lexicon.function_words.weekdays
                                                              or word.lower() in lexicon.function_words.months):
            break  # "Harlow Rovers on Monday named ...": a date ends the name
        named = not words and _named_within(text, w.start(), lexicon)  # "of the All Blacks"
        if _capitalised(word) and not (not words and (not_body_word(word, lexicon) and not named
                                                      or is_honorific(word, lexicon)
                                                      and not _titled_body(text, w.end(), lexicon))):
            words.append((word, w.start() + len(word)))
        elif word.lower() in _CONNECTORS or word.lower() == "the" and words and words[-1][0].lower() in _CONNECTORS:
            words.append((word, w.start() + len(word)))
        else:
            break
        if word != w.group() or word.endswith(("'s", "’s")) and not _named_for(text, w.end(), lexicon):
            break  # a final period or a possessive ends the name, not "Addenbrooke's Hospital"
        i = w.end()
    while words and not _capitalised(words[-1][0]):
        words.pop()
    if not words:
        return None
    last = _strip_possessive(words[-1][0])
    end = words[-1][1] - (len(words[-1][0]) - len(last))
    body = " ".join([w for w, _ in words[:-1]] + [last])
    noun = re.match(r" ([a-z]+)\b", text[end : end + 20]) if last == words[-1][0] else None
    if noun is not None and noun.group(1) in lexicon.body_nouns:  # "the Bush-Cheney campaign": the noun names it too
        return body + noun.group(), end + noun.end()
    return body, end


def _titled_body(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether the title word ending at ``end`` opens a body's name, a head following ("Premier League")."""
    m = re.match(r"(?:['’]s)? ([A-Z][a-z]+)\b", text[end : end + 24])
    return m is not None and m.group(1) in lexicon.function_words.organisation_heads \
        and re.match(r" [A-Z]", text[end + m.end() : end + m.end() + 2]) is None


def _named_for(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether a possessive ending at ``end`` is inside a body's name: a capitalised body noun follows it
    ("St Mary's Hospital", "King's College"), not a role or a person ("Velto's chief", "Labour's Tom Vell")."""
    m = re.match(r" ([A-Z][a-z]+)\b", text[end : end + 24])
    return m is not None and m.group(1).lower() in lexicon.body_nouns


def _named_within(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the capitalised function word at ``start`` is a name's: a determiner within a sentence ("said All
    Blacks coach X", "the All Blacks": a lower-case word, a number or a quotation closed on a comma before it), or
    any word after "the" ("The State Bank of Pakistan", not "secretary of State")."""
    if start < 2 or text[start - 1] != " " or text[start - 2] == " ":
        return False
    words = text[max(0, start - 40) : start - 1].split()  # the word before, after any line break
    before = words[-1] if words else ""
    if before.lower() == "the":
        return True
    return text[start : start + 20].split(" ")[0].lower() in lexicon.function_words.determiners and (
        before[:1].islower() and before[-1:].isalpha() or before.isdigit() or before[-2:] in (',"', ",”"))


def _named_anywhere(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the words from ``start`` to ``end`` ("All Blacks") are one name: the lexicon knows it, or it stands
    within a sentence here or anywhere in the text ("All Blacks coach X said" opening a sentence is named so by
    "said the All Blacks" elsewhere)."""
    phrase = _strip_possessive(text[start:end])
    if _named_within(text, start, lexicon) or phrase.lower() in lexicon.organisations:
        return True
    return any(_named_within(text, m.start(), lexicon)
               for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text))


def body_before(text: str, end: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """The capitalised run naming a body that ends at ``end`` (a possessive dropped), and where it starts.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> body_before("But Manchester United", 21, load_lexicon())
    ('Manchester United', 4)
    """
    words = [w for w in _WORD.finditer(text, max(0, end - _WINDOW), end)]
    taken: list[re.Match[str]] = []
    edge = end
    for w in reversed(words):
        if text[w.end() : edge] not in ("", " ") or w.end() > edge:
            break
        word = _strip_possessive(w.group()) if not taken else w.group()
        if _ends_sentence(w.group(), lexicon):
            break  # "fined Tom Hale on Monday. Hale's spokesman", "on Monday. Sen. X": the body is in this sentence
        if _capitalised(word) and (not not_body_word(word, lexicon) or taken and _named_anywhere(
                text, w.start(), taken[-1].end(), lexicon)):
            taken.insert(0, w)  # "All Blacks coach X": a capitalised function word within a sentence is a name's
        elif word.lower() in _CONNECTORS and taken:
            taken.insert(0, w)
        else:
            break
        edge = w.start()
    while taken and (not _capitalised(taken[0].group()) or is_honorific(taken[0].group(), lexicon)):
        taken.pop(0)
    if not taken:
        return None
    body = text[taken[0].start() : taken[-1].end()]
    return _strip_possessive(body), taken[0].start()


@functools.cache
def _title_ends(lexicon: Lexicon) -> frozenset[str]:
    """The last word of every title, lower case: a phrase that ends otherwise is no title."""
    return frozenset(title.split(" ")[-1] for title in lexicon.titles)


def is_role(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` is a role word ("spokeswoman", "director-general")."""
    lower = word.lower().rstrip(",")
    # a hyphenated title in lower case: "its director-general, X" (a capital, as in "co-Anchor", may be a name's)
    return lower in lexicon.role_words or "-" in lower and word[1:].islower() and lower in lexicon.titles


def role_before(text: str, end: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """The role words that end at ``end`` ("deputy chief executive"), and where they start."""
    before = text[max(0, end - 80) : end]
    head, _, last = (before[:-1] if before.endswith(" ") else before).rpartition(" ")  # the first word read, if all
    while True:  # word; then, past an honorific the loop below steps over ("Mr X"), the word before it
        if _WORD_CHAR.fullmatch(last[-1:]) is None:
            return None  # no word ends a single space before: '"We will act now," Mr X', "\nX"
        if not _WORD.fullmatch(last) or is_role(last, lexicon) or last.lower() in lexicon.role_modifiers:
            break
        if not is_honorific(last, lexicon):
            return None
        if not last[:1].isupper():
            break
        head, _, last = head.rpartition(" ")
    words = list(_WORD.finditer(text, max(0, end - 80), end))
    taken: list[re.Match[str]] = []
    edge, plain = end, 0
    for w in reversed(words):
        if text[w.end() : edge] != " " and not (w.end() == edge == end):
            break
        word, lower = w.group(), w.group().lower()
        if is_honorific(word, lexicon) and not taken and word[:1].isupper():
            edge = w.start()  # "manager Sir Alex ...": the honorific is not the role
            continue
        if is_role(word, lexicon) or lower in lexicon.role_modifiers:
            taken.insert(0, w)
        elif taken and word.islower() and plain < 2 and not not_body_word(word, lexicon) and len(word) > 2 \
                and not word.endswith(("ed", "ly", "ing", ".")):  # not "appointing psychologist X", "forecast."
            taken.insert(0, w)
            plain += 1
        else:
            break
        edge = w.start()
    if not taken or not is_role(taken[-1].group(), lexicon):
        return None
    return text[taken[0].start() : taken[-1].end()], taken[0].start()


def _title_before(text: str, end: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """The longest lexicon title ending at ``end`` ("Foreign Secretary"), and where it starts."""
    head = text[max(0, end - 60) : end].rstrip()
    cut = end - (len(text[max(0, end - 60) : end]) - len(head))
    words = re.split(r"\s", head)  # a line break ends a phrase as a space does: "\n\nEnvironment Minister X"
    if words[-1].lower() not in _title_ends(lexicon):  # every phrase tried ends with this word
        return None
    for n in range(min(5, len(words)), 0, -1):
        phrase = " ".join(words[-n:])
        if phrase.lower() in lexicon.titles and all(_capitalised(w) or w.islower() for w in words[-n:]) \
                and not _named_before(words[: len(words) - n], words[-n:], lexicon):
            return phrase, cut - len(phrase)
    return None


def _named_before(before: list[str], title: list[str], lexicon: Lexicon) -> bool:
    """Whether a title's one capitalised first word ends the name written before it ("Stoke City manager X": not
    the "city manager" of a town; "Labour Party leader X")."""
    return len(title) > 1 and bool(before) and _capitalised(title[0]) and all(w.islower() for w in title[1:]) \
        and _capitalised(before[-1]) and not before[-1].endswith(("'s", "’s")) \
        and before[-1].lower() not in lexicon.role_modifiers and title[0].lower() not in lexicon.parties \
        and title[0].lower() not in lexicon.role_modifiers and not is_role(title[0], lexicon)


def role_after(text: str, start: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """Role words from ``start`` ("chief economist", "senior technology consultant"), and where they end."""
    taken: list[tuple[int, int, str]] = []
    i = start
    for w in _WORD.finditer(text, start):
        if w.start() != i and text[i : w.start()] != " " or len(taken) >= 6:
            break
        word = w.group()
        if word.endswith(".") and is_role(word[:-1], lexicon) and word[:-1].lower() not in lexicon.abbreviations:
            taken.append((w.start(), w.end() - 1, word[:-1]))  # "the Halvern Town manager.": the sentence ends
            break
        if is_role(word, lexicon) or word.lower() in lexicon.role_modifiers or (
            word.islower() and not not_body_word(word, lexicon) and word not in _AFFILIATING
        ):
            taken.append((w.start(), w.end(), word))
        else:
            break
        i = w.end()
    while taken and not is_role(taken[-1][2], lexicon) and not (  # "secretary general" is a title
            taken[-1][2].lower() in lexicon.role_modifiers
            and text[taken[0][0] : taken[-1][1]].lower().removeprefix("co-") in lexicon.titles):
        taken.pop()
    if not taken:
        return None
    return text[taken[0][0] : taken[-1][1]], taken[-1][1]


def verb_after(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether the word after ``end`` is a verb or an adverb before one ("the mayor also said", "the mayor is")."""
    verb = re.match(r" (\w+)", text[end : end + 30])
    fw = lexicon.function_words
    return verb is not None and (verb.group(1) in lexicon.cue_forms or verb.group(1) in fw.between
                                 or verb.group(1) in fw.finite_verbs)


def _apposition_window(text: str, start: int) -> str:
    """The apposition after a name's comma: up to the comma before a lower-case word, or the sentence's end."""
    window = text[start : start + _WINDOW]
    stop = re.search(r"[.;:\n\"“”(]\s|[\n\"“”]|, (?=[a-z])|\.$", window)
    return window[: stop.start()] if stop else window


def read_affiliation(text: str, start: int, end: int, lexicon: Lexicon) -> Affiliation | None:
    """The body a name mention ``[start, end)`` is tied to, by the first construction that reads one.

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> text = "said Jane Doe, chief economist at the Acme Bank of Ruritania."
    >>> read_affiliation(text, 5, 13, lexicon).body
    'Acme Bank of Ruritania'
    >>> text = "Acme deputy chief executive Jane Doe said"
    >>> a = read_affiliation(text, 28, 36, lexicon)
    >>> a.body, a.role, a.construction
    ('Acme', 'deputy chief executive', 'premodifier')
    """
    found_roles = [r for r in (_title_before(text, start, lexicon), role_before(text, start, lexicon)) if r]
    if found_roles:
        role, role_start = min(found_roles, key=lambda r: r[1])
        words = role.split()
        while len(words) > 1 and words[0].lower() in lexicon.parties:  # "Tory leader": the party, then the role
            words.pop(0)
        if len(words) < len(role.split()):
            cut = len(role) - len(" ".join(words))
            return Affiliation(body=role[: cut - 1], role=role[cut:], construction="premodifier")
        if text[max(0, role_start - 2) : role_start] in ("s ", "’ ", "' ") or text[role_start - 1 : role_start] == " ":
            found = body_before(text, role_start - 1, lexicon)
            noun, _, rest = role.partition(" ")
            if found is not None and rest and text[role_start - 2] in "'’" and noun in lexicon.body_nouns \
                    and not is_role(noun, lexicon) and found[0].lower() not in lexicon.parties:
                # "Supporters' trust chair X": the plural owner's body (a party's "campaign chairman" is the party's)
                return Affiliation(body=text[found[1] : role_start + len(noun)], role=rest, construction="premodifier")
            if found is not None and " " not in found[0] and common_noun(found[0], text, lexicon) \
                    and re.search(r"(?:^|[.!?][\"”’]? |\n)$", text[max(0, found[1] - 4) : found[1]]):
                return Affiliation(body=None, role=f"{found[0]} {role}", construction="premodifier", owned=True)
            if found is not None:
                return Affiliation(body=found[0], role=role, construction="premodifier")
            owner = re.search(r"\b([a-z]+)['’]s $", text[max(0, role_start - 30) : role_start])
            if owner is not None and owner.group(1) in lexicon.referring_bodies:  # "the company's president X"
                return Affiliation(body=None, role=role, construction="premodifier", owned=True)
        if text[max(0, role_start - 2) : role_start] in (", ",):
            return _preposed(text, role_start - 2, role, lexicon)
        comma = text[end : end + 2] == ", "  # "Detective Inspector X, of Y"; with no comma, only a party's "of"
        after = _after(text, end, lexicon) if comma or text[end : end + 4] == " of " else None
        heads = lexicon.function_words.organisation_heads  # "X of the governing Y", "X of the League": a body's
        qualified = _LEAD.match(text, end + 4) is not None or text[end : end + 8] == " of the " and after is not None \
            and after.body is not None and any(w in heads for w in after.body.split())
        body = after.body if after is not None and after.body and (after.body.split()[0] not in lexicon.places
                                                                    or qualified) \
            and (comma or qualified or after.body.lower() in lexicon.parties) else None  # not "Sen. X of Texas"
        if body is not None and qualified:  # the body after the name: no portfolio before the title
            return Affiliation(body=body, role=role, construction="of")
        return Affiliation(body=body, role=role, construction="premodifier")
    possessive = re.search(r"([\w.&\-]+)(?:'s|’s) $", text[max(0, start - 60) : start]) if text[
        max(0, start - 3) : start] in ("'s ", "’s ") else None
    if possessive is not None:
        found = body_before(text, start - 1, lexicon)
        if found is not None:
            return Affiliation(body=found[0], role=None, construction="possessive")
    courtesy = re.search(r", ([A-Z][a-z]+\.?) $", text[max(0, start - 12) : start])  # "A researcher at Y, Dr X"
    # where the comma before the name (and its courtesy title) should be
    before = start - 2 - (len(courtesy.group(1)) + 1 if courtesy and is_honorific(courtesy.group(1), lexicon) else 0)
    preposed = _preposed(text, before, None, lexicon) if text[max(0, before) : before + 2] == ", " else None
    if preposed is not None and preposed.body is not None:
        return preposed
    return _after(text, end, lexicon) or preposed


def _preposed(text: str, comma: int, role: str | None, lexicon: Lexicon) -> Affiliation | None:
    """ "Nato's deputy spokesman, X" / "The head of the Fraud Unit, [Acting Chief ...,] X"."""
    head = text[max(0, comma - 120) : comma]
    for _ in range(2):  # one inner apposition may stand between: "The head of Y, Acting Superintendent, X"
        # (each pattern is tried only where the words it needs are: most heads hold no possessive)
        m = _ROLE_OF.search(head) if " of " in head or " at " in head or " for " in head else None
        if m is not None and m.group(1).split() and is_role(m.group(1).split()[-1], lexicon):  # not blank: " of t"
            lead = re.match(r"(?:[a-z][\w\-]* ){0,3}", m.group(3))  # "of the main opposition Y Party"
            words = lead.group().split() if lead else []
            words = words[:-1] if words and words[-1] == "at" else words  # "The head of research at Y"
            skip = lead.end() if lead and not any(not_body_word(w, lexicon) for w in words) else 0
            found = body_after(m.group(3), skip, lexicon)
            if found is not None and found[1] == len(m.group(3)):
                return Affiliation(body=found[0], role=role or m.group(1), construction="preposed")
        m = owner_role(head)
        owned = owned_role(m.group(2)) if m is not None else ""  # "Acme's director in Mexico": director
        field, fielded = field_role(owned), False
        if m is not None and not m.group(1).islower() and role_after(owned, 0, lexicon) != (owned, len(owned)) \
                and role_after(field, 0, lexicon) == (field, len(field)):
            owned, fielded = field, True  # "Acme's head of public policy, X": the head's field is no role's word
        written, owned = owned, owned.lower() if owned.istitle() else owned  # "Ontario's Transport Minister, X"
        unit = _UNIT_ROLE.fullmatch(owned)  # "Velto's Senate coordinator, X": a role in a unit the text names
        if m is not None and (role_after(owned, 0, lexicon) == (owned, len(owned)) or unit is not None
                              and role_after(unit.group(1), 0, lexicon) == (unit.group(1), len(unit.group(1)))):
            party = m.group(1).endswith(" party")
            found = body_before(head, m.end(1) - (6 if party else 0), lexicon)
            if found is not None and fielded and any(is_honorific(w, lexicon)
                                                     for w in head[: found[1]].split()[-1:]):
                return None  # "Mr. Hale's former chief of staff, X": a person's aide, not a body's
            if found is not None:
                return Affiliation(body=found[0], role=role or written, construction="preposed", owned=True)
            named = body_before(head, m.start(1) - 1, lexicon) if head[m.start(1) - 1 : m.start(1)] == " " else None
            if m.group(1).lower() in lexicon.referring_bodies:  # "the company's president, X": not the title's body
                named = named if named is not None and named[0].isupper() and len(named[0]) > 1 else None
                return Affiliation(body=named and named[0], role=role or owned, construction="preposed", owned=True)
        elif m is not None and m.group(1) in ("city", "town") \
                and field_role(owned).split()[-1] in lexicon.council_roles:  # "the city's alderman for poverty, X"
            return Affiliation(body=None, role=role or owned, construction="preposed")
        m = re.search(r"(?:^|[.\n] |\n|, |\" )[Tt]he ([A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*)*) ([a-z][\w \-]*)$", head)
        if m is not None and role_after(m.group(2), 0, lexicon) == (m.group(2), len(m.group(2))) \
                and not not_body_word(m.group(1).split()[0], lexicon):  # "the White House spokesman, X"
            return Affiliation(body=m.group(1), role=role or m.group(2), construction="preposed")
        if ", " not in head:
            break
        head = head[: head.rfind(", ")]
    m = re.search(r"(?:^|[.\n] |, )(?:[Tt]he )?([\w \-]+)$", text[max(0, comma - 60) : comma]) \
        or re.search(r"\b[Tt]he ([\w \-]+)$", text[max(0, comma - 60) : comma])  # 'said the Foreign Secretary, X'
    if role is None and m is not None and (role_after(m.group(1), 0, lexicon) == (m.group(1), len(m.group(1)))
                                           or m.group(1).lower() in lexicon.titles
                                           or portfolio_title(m.group(1), lexicon)):
        role = m.group(1)  # "The chairman, X", "the Foreign Secretary, X": a title, no body
    return Affiliation(body=None, role=role, construction="preposed") if role else None


def _after(text: str, end: int, lexicon: Lexicon) -> Affiliation | None:
    """Appositions and "of" phrases after a name."""
    rest = text[end : end + _WINDOW]
    m = re.match(r" (of|from) ", rest)
    if m is not None:
        found = _led_body(text, end + m.end(), lexicon)
        return Affiliation(body=found[0], role=None, construction="of") if found else None
    if not rest.startswith(", "):
        return None
    window = _apposition_window(text, end + 2)
    base = end + 2
    m = re.match(r"(?:of|from|at) ", window)
    if m is not None:  # "X, of the opposition Y,"
        found = _led_body(text, base + m.end(), lexicon)
        return Affiliation(body=found[0], role=None, construction="of") if found else None
    m = _RELATIVE.match(window)
    if m is not None and m.group(1) in lexicon.affiliating_verbs and not any(  # "X, who heads Y", "who plays for Y"
            w in lexicon.function_words.prepositions for w in (m.group(2) or "").split()):  # not "leads in polls of Y"
        found = body_after(text, base + m.end(), lexicon)  # "X, who runs the emergency department at Y"
        owned = found is not None and (text[found[1] : found[1] + 1] in ("'", "’") or "." in found[0])
        if owned and found is not None and not _owning_body(found[0], text[found[1] : found[1] + 40], lexicon):
            return None  # "X, who chairs the BMA's council" speaks for the BMA; not "who runs Hale's campaign"
        return Affiliation(body=found[0], role=None, construction="relative") if found else None
    m = re.match(r"whose (\w+),? ", window)
    if m is not None and m.group(1).lower() in lexicon.body_nouns:
        found = body_after(text, base + m.end(), lexicon)
        return Affiliation(body=found[0], role=None, construction="relative") if found else None
    m = re.match(r"(?:(?:a|an|the|its|his|her|their) )?", window)
    at = base + (m.end() if m else 0)
    role = role_after(text, at, lexicon)
    if role is not None and verb_after(text, role[1], lexicon):
        return None  # "In Chelsea, the mayor also said ...": the role is the subject of the clause, no apposition
    if role is not None:
        bodies: list[tuple[str, str]] = []
        after = window[role[1] - base :]
        for p in re.finditer(r" (at|of|for|with|from) ", after):
            found = _led_body(text, role[1] + p.end(), lexicon)  # "president of the actors' union Y"
            field = re.fullmatch(r" (?:of|for|in|on) [a-z][a-z\- ]*", after[: p.start()])  # "head of research at Y"
            if found is not None and (bodies or p.start() == 0 or field is not None):
                bodies.append((p.group(1), found[0]))
        if bodies:
            nested = [b for kind, b in bodies[1:] if kind == "at"]  # "lecturer at the Centre for X at the University"
            return Affiliation(body=(nested or [bodies[0][1]])[-1], role=role[0], construction="apposition")
        return Affiliation(body=None, role=role[0], construction="apposition")
    found = body_after(text, at, lexicon)
    if found is not None:
        gap = re.match(r"(?:'s|’s)? ", text[found[1] : found[1] + 4]) or (  # "Velto's", "Marlow Foods'"
            re.match(r"['’] ", text[found[1] : found[1] + 2]) if found[0].endswith("s") else None)
        role = role_after(text, found[1] + gap.end(), lexicon) if gap else None
        later = _body_after_role(text, role[1], lexicon) if role is not None and gap and gap.group() == " " \
            and found[0].lower() not in lexicon.parties else None  # not "X, the Republican pollster who ..."
        if role is not None and later is not None:  # "X, European outreach director for the group Y": Y's
            return Affiliation(body=later, role=f"{found[0]} {role[0]}", construction="apposition")
        if role is not None:
            return Affiliation(body=found[0], role=role[0], construction="apposition")
    return None


def _body_after_role(text: str, end: int, lexicon: Lexicon) -> str | None:
    """The body a role ending at ``end`` is held at, for or of, past the role's field ("for digital rights group
    Y", "of research at Y"); None when none follows."""
    after = _apposition_window(text, end)
    for p in re.finditer(r" (at|of|for|with) ", after):
        field = re.fullmatch(r"(?: (?:of|for|in|on) [a-z][a-z\- ]*)?", after[: p.start()])
        if field is None:
            continue
        found = _led_body(text, end + p.end(), lexicon)  # (not "for Europe": a region of the role, not a body)
        found = None if found is not None and p.group(1) == "for" and " " not in found[0] else found
        if found is None:
            lead = re.match(r"(?:[a-z][\w\-]* ){1,4}(?=[A-Z])", after[p.end() :])  # "for digital rights group Y"
            found = _led_body(text, end + p.end() + lead.end(), lexicon) if lead else None
        if found is not None:
            return None if place_country(found[0], lexicon) or found[0] in lexicon.places else found[0]
    return None


def _led_body(text: str, start: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """:func:`body_after`, past lower-case words naming the body's kind or side after "the" ("of the governing
    Civic Coalition", "of the actors' union Sidarte")."""
    found = body_after(text, start, lexicon)
    lead = _LEAD.match(text, start) if found is None else None
    if lead is not None and not any(not_body_word(w, lexicon) for w in lead.group().split()[1:]):
        found = body_after(text, lead.end(), lexicon)
    return found


def _owning_body(body: str, rest: str, lexicon: Lexicon) -> bool:
    """Whether ``body``, written before ``rest`` ("'s council ..."), owns a unit of itself: a body by its shape (its
    initials, a known name, a head noun: "the BMA's council", "the Velto Group's board"), the unit a body noun."""
    unit = _UNIT.match(rest)
    return unit is not None and unit.group(1) in lexicon.body_nouns and (
        _ACRONYM.fullmatch(body) is not None or body.lower() in lexicon.organisations
        or body.split()[-1] in lexicon.function_words.organisation_heads)


def article_country(places: list[str]) -> str | None:
    """The country an article is about: the one its place names and demonyms name most, first on a tie.

    Examples
    --------
    >>> article_country(["United Kingdom", "France", "United Kingdom"])
    'United Kingdom'
    """
    counts: dict[str, int] = {}
    for country in places:
        counts[country] = counts.get(country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None
