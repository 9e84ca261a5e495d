"""Entities read from the lexicon and the shape of words, for any backend.

Titles (``Foreign Minister``), people (East Asian order too), organisations, places and
demonyms, found in runs of capitalised words and typed by the lexicons and by the shape of
the run. The embedded backend takes all of them; the stanza backend takes the titles and
what its own recogniser left untagged.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping

import attrs

from quotetrack.document import Entity, Sentence, Token, lower_case, starts_of, texts_of
from quotetrack.backends.name_runs import association_end as _association_end
from quotetrack.backends.name_runs import dateline_end as _dateline_end
from quotetrack.backends.name_runs import hyphened_particle as _hyphened_particle
from quotetrack.backends.name_runs import is_capitalised as _is_capitalised
from quotetrack.backends.name_runs import possessive as _possessive
from quotetrack.lexicon import Lexicon

__all__ = ["tag_entities"]


_INITIALS = re.compile(r"(?:[A-Z]\.?)+")  # "G.K.", "D.", "D": initials inside a name
_SECTION_LABEL = re.compile(r"[A-Z]{2,}(?: [A-Z]{2,}){0,2}[.:]?")  # a line "ABSTRACT.", "FULL TEXT.", "UPDATE:"
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")  # an East Asian given name written with a hyphen: "Ji-hoon"




@functools.cache
def _title_starts(lexicon: Lexicon) -> frozenset[str]:
    """The first word of every title, lower case, with and without a final period."""
    firsts = {title.split()[0] for title in lexicon.titles}
    return frozenset(firsts | {w.rstrip(".") for w in firsts})


@functools.cache
def _title_lengths(lexicon: Lexicon) -> dict[str, tuple[int, ...]]:
    """For each word a title may start with (lower case), the lengths in tokens, longest first and at most 5, that
    :func:`_title_at` may find a title of there: its words, one more where its last period is a token ("Lt. Gov ."),
    and a word and its period for a one-word title written with one ("Sen" "."); no other length can match."""
    found: dict[str, set[int]] = {}
    for title in lexicon.titles:
        parts = title.split(" ")
        found.setdefault(parts[0], set()).update((len(parts), len(parts) + 1) if len(parts) > 1 else (1,))
        if len(parts) == 1 and title.endswith("."):
            found.setdefault(title[:-1], set()).update((1, 2))
    return {word: tuple(sorted((n for n in lengths if n <= 5), reverse=True)) for word, lengths in found.items()
            if any(n <= 5 for n in lengths)}


def _unprefixed(word: str, lexicon: Lexicon) -> str:
    """``word`` without a prefix of an office held before ("then-sen": "sen"), lower case as given."""
    prefix, hyphen, rest = word.partition("-")
    return rest if hyphen and rest and prefix in lexicon.function_words.title_prefixes else word


def _title_at(tokens: list[Token], i: int, lexicon: Lexicon) -> int:
    """Length in tokens of the longest title starting at token ``i`` (0 if none)."""
    first = _unprefixed(tokens[i].text.lower(), lexicon)
    lengths = _title_lengths(lexicon).get(first)
    if lengths is None:
        return 0
    lowered = [first, *(t.text.lower() for t in tokens[i + 1 : i + lengths[0]])]  # each word lowered once
    for length in lengths:
        if length > len(lowered):
            continue
        words = lowered[:length]
        if words[-1] == "." and length > 1:  # "Sen ." is written "Sen."
            words = words[:-2] + [words[-2] + "."]
        if " ".join(words) in lexicon.titles:
            return length
        if length == 1 and words[0] + "." in lexicon.titles and i + 1 < len(tokens) and tokens[i + 1].text == ".":
            return 2
    return 0


def repaired(word: str) -> str:
    """Return ``word`` with its accents composed and its letters decoded again where UTF-8 bytes were read as
    Latin-1 (once or twice); a word that reads no other way is left as it is.

    Examples
    --------
    >>> repaired("Pe\u00c3\u00b1a"), repaired("Sarukh\u00c3\u0083\u00c2\u00a1n"), repaired("Jose\u0301")
    ('Peña', 'Sarukhán', 'José')
    """
    word = unicodedata.normalize("NFC", word)
    for _ in range(3):
        try:
            again = unicodedata.normalize("NFC", word.encode("latin-1").decode("utf-8"))
        except UnicodeError:
            break
        if again == word:
            break
        word = again
    return word


def _section_label(text: str, token: Token, lexicon: Lexicon) -> bool:
    """Whether a token stands on a line of its own of at most three capital-letter words, a label of the page's
    sections ("ABSTRACT.", "FULL TEXT."), not a body the lexicon knows ("NATO").

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> text = "Plan Backed.\\n\\nABSTRACT.\\n\\nThe company said it would close."
    >>> _section_label(text, Token(text="ABSTRACT", start=14, end=22), load_lexicon())
    True
    """
    first = text.rfind("\n", 0, token.start) + 1
    last = text.find("\n", token.end)
    line = text[first : len(text) if last < 0 else last].strip()
    return _SECTION_LABEL.fullmatch(line) is not None and line.rstrip(".:").lower() not in lexicon.organisations


@functools.lru_cache(maxsize=4096)  # asked of every run of capitalised words: a text repeats its names
def _name_shaped(word: str) -> bool:
    """Whether a word is shaped like a name: "Smith", "McConnell", "DeMoro", "O'Malley", "Quill-Meiland", not
    "NATO"."""
    if not word.isascii():
        word = repaired(word)  # "PeÃ±a": a name whose UTF-8 letters were read as Latin-1 signs
    if "-" in word.strip("-"):
        return all(_name_shaped(part) for part in word.split("-"))
    return word[:1].isupper() and (word[1:].islower() or (
        word.replace("'", "").replace("’", "").isalpha() and sum(c.islower() for c in word) >= 2
        and word[-1].islower() and sum(c.isupper() for c in word) <= 2
    ))


def _classify(words: list[str], lexicon: Lexicon, after_title: bool) -> str | None:
    """Entity type of a capitalised word sequence, or None when it names nothing known."""
    if "-" in words[1:-1]:  # a hyphenated word a tokenizer split: "Quill - Meiland"
        words = " ".join(words).replace(" - ", "-").split()
    named = [w for w in words if w != "."]
    heads = lexicon.function_words.organisation_heads
    # "Vann R. Newkirk II", "Robert F. Kennedy Jr.": a name ending with a generation suffix
    if len(named) > 2 and named[-1].lower() in lexicon.function_words.generation_suffixes:
        cut = len(words) - 1 - words[::-1].index(named[-1])
        return "PERSON" if _classify(words[:cut], lexicon, after_title) == "PERSON" else None
    joined = " ".join(words)
    if joined.lower() in lexicon.organisations:
        return "ORG"
    if joined in lexicon.places:
        return "NORP" if lexicon.places[joined][1] == "demonym" else "GPE"
    if words[-1] in heads or (len(words) > 1 and words[0] in heads):
        return "ORG"
    if 2 <= len(words) <= 3 and words[0] in lexicon.family_name_first and all(w[:1].isupper() for w in words):
        return "PERSON"  # "Nguyen Van Thanh": a family name first, "Van" no particle of a body's name
    if any(w.lower() in lexicon.function_words.name_particles for w in words):
        return "ORG"
    if words[0] in lexicon.given_names or after_title:
        return "PERSON" if len(words) <= 4 else None
    if len(words) >= 2 and words[0] in lexicon.family_name_first and len(words) <= 3:
        return "PERSON"
    if 2 <= len(words) <= 3 and all(_name_shaped(w) for w in words if len(w) > 1):
        return "PERSON"
    if 2 <= len(named) <= 4 and len(named[-1]) > 1 and named[-1][1:].islower() and all(
        w[:1].isupper() and (w[1:].islower() or _INITIALS.fullmatch(w)) for w in named[:-1]
    ) and any(_INITIALS.fullmatch(w) for w in named[:-1]):
        return "PERSON"  # "J. J. Price", "C. Stewart Verdery", "Vann R. Newkirk"
    return None


def _particle_name(words: list[str], lexicon: Lexicon, after_title: bool) -> bool:
    """Whether a run is a personal name whose family name has particles: "Charles de Gaulle", "Herman Van
    Rompuy", "Mohammed bin Salman", "Luiz Inacio Lula da Silva", "Ursula von der Leyen", "Mr de Gaulle"."""
    particles = lexicon.function_words.surname_particles
    k = next((m for m, w in enumerate(words) if w.lower() in particles), None)
    if k is None or not (k >= 1 and (words[0] in lexicon.given_names or after_title
                                     or _unknown_given(words, k, lexicon)) or k == 0 and after_title):
        return False
    m = k
    while m < len(words) and words[m].lower() in particles:
        m += 1
    family = words[m:]
    return m - k <= 2 and 1 <= len(family) <= 2 and all(_name_shaped(w) for w in words[:k] + family) \
        and len(words[:k]) <= 3 and " ".join(words).lower() not in lexicon.organisations


def _unknown_given(words: list[str], k: int, lexicon: Lexicon) -> bool:
    """Whether the words before a lower-case particle are a given name the lexicon does not list: "Pieter van der
    Merwe", "Geoffroy de Lassalle" (a body's name with a particle has a head word, a place or a listed non-name
    around it: "Banco de Portugal", "Electricite de France", "Port of Spain" has no surname particle).

    Examples
    --------
    >>> from quotetrack.lexicon import load_lexicon
    >>> [_unknown_given(w.split(), 1, load_lexicon()) for w in ["Pieter van der Merwe", "Banco de Portugal",
    ...                                                          "Instituto de Salud", "Pieter Van Merwe"]]
    [True, False, False, False]
    """
    heads, places = lexicon.function_words.organisation_heads, lexicon.places
    given, family = words[:k], [w for w in words[k:] if w.lower() not in lexicon.function_words.surname_particles]
    return k <= 2 and words[k].islower() and 1 <= len(family) <= 2 and all(
        w not in heads and w not in places and w not in lexicon.non_names and w.lower() not in lexicon.organisations
        for w in given + family)


def tag_entities(text: str, tokens: list[Token], sentences: list[Sentence], lexicon: Lexicon,
                 lowered: Mapping[str, str] | None = None, texts: list[str] | None = None,
                 token_starts: list[int] | None = None) -> list[Entity]:
    """Find titles, people, organisations, places and demonyms (``lowered``: each token's text and its lower case,
    when the caller has them, as :func:`quotetrack.document.lower_case` gives them; ``texts`` and ``token_starts``:
    each token's text and start, when the caller has them).

    Titles (``TITLE``) are tagged wherever a lexicon title appears, in any case;
    names are runs of capitalised words, split at titles, honorifics and
    demonyms, and typed by the lexicons and by the shape of the run. A lone
    capitalised word that nothing types is tagged ``NAME``: the speaker stage
    decides, from the rest of the article, whom it names.
    """
    entities: list[Entity] = []
    n = len(tokens)

    def add(a: int, b: int, label: str) -> None:
        s, e = tokens[a].start, tokens[b - 1].end
        e -= _possessive(tokens[b - 1].text)  # "Britain's" as one token: "Britain"
        entities.append(Entity(start=s, end=e, text=text[s:e], label=label))

    def joined(a: int, b: int) -> str:
        return " ".join(t.text for t in tokens[a:b])

    texts = texts_of(tokens) if texts is None else texts
    distinct = set(texts)
    headline_tokens = _headline_tokens(text, tokens, texts, distinct, token_starts)
    surnames = lexicon.function_words.surname_particles
    organisation_stems, place_stems = _entry_stems(lexicon)
    title_starts = _title_starts(lexicon)
    lower = (lower_case(distinct) if lowered is None else lowered).__getitem__
    titled = {w for w in distinct if lower(w) in title_starts  # the words a title may start with, as written
              or "-" in w and _unprefixed(lower(w), lexicon) in title_starts}  # "then-Sen."
    # Only a capitalised word, a number or the first word of a title can start an entity: look nowhere else.
    can_start = {w: w[:1].isupper() or w[:1].isdigit() or w in titled for w in distinct}
    starts = list(itertools.compress(range(n), map(can_start.__getitem__, texts)))
    i = 0
    title_end = -1  # index of the token right after the last title
    next_start = 0  # index into starts
    while True:
        while next_start < len(starts) and starts[next_start] < i:
            next_start += 1
        if next_start == len(starts):
            break
        i = starts[next_start]
        word = tokens[i].text
        length = _title_at(tokens, i, lexicon) if word in titled else 0
        body = _longest_entry(tokens, i, min(n, i + 8), lexicon.organisations, organisation_stems, lower=True) if (
            length or lower(word).rstrip(".") in lexicon.honorifics) else None
        if body is not None and body > i + max(length, 1):  # "the Justice Department": a body the lexicon knows,
            add(i, body, "ORG")  # longer than the title or honorific it opens with
            i = body
            continue
        if length:
            add(i, i + length, "TITLE")
            i = title_end = i + length
            continue
        mark = _party_mark(tokens, i, lexicon) if "-" in word else 0  # (a mark is hyphenated)
        if mark:
            i += mark  # "Sen. Al Roe, R-Utah, said": a member's party and state, no name
            continue
        if not _is_capitalised(word) or i in headline_tokens and _headline_verb(word, lexicon) or (
            word.isupper() and len(word) > 1 and _section_label(text, tokens[i], lexicon)
        ):
            i += 1  # ("Mayor Says Bridge Will Open": a headline's speech verb is no name)
            continue
        if word.isupper() and (dateline := _dateline_end(text, tokens, i, lexicon)):
            i = dateline  # "SYDNEY —", "WASHINGTON (AP) —": where the story was filed, no speaker
            continue
        if lower(word).rstrip(".") in lexicon.honorifics and i + 1 < n:
            k = i + 2 if tokens[i + 1].text == "." else i + 1
            m = k
            while m < n and m - k < 2 and tokens[m].text.islower() and tokens[m].text in surnames:
                m += 1
            if k < m < n and _is_capitalised(tokens[m].text):  # "Mr de Gaulle", "Ms von der Leyen"
                add(i, k, "TITLE")
                j = _run_end(text, tokens, m, lexicon, titled)
                add(k, j, "PERSON")
                i = title_end = j
                continue
            if k < n and _is_capitalised(tokens[k].text) and (
                tokens[k].text not in lexicon.non_names or _lone_after_title(tokens, k, lexicon)
            ):
                add(i, k, "TITLE")
                i = title_end = k
                continue
        j = _run_end(text, tokens, i, lexicon, titled)
        if i in headline_tokens:
            j = next((m for m in range(i + 1, j) if _headline_verb(tokens[m].text, lexicon)), j)
        org = _longest_entry(tokens, i, j, lexicon.organisations, organisation_stems, lower=True)
        if org is None and j == i + 1 and i + 1 < n and not tokens[i + 1].text[:1].isalpha() \
                and joined(i, i + 2).lower() in lexicon.organisations:
            org = i + 2  # "No 10": a name the lexicon knows, with a number in it
        if org is not None:
            add(i, org, "ORG")
            i = org
            continue
        place = _longest_entry(tokens, i, j, lexicon.places, place_stems, lower=False)
        body = _association_end(tokens, i, lexicon) if place is not None and lexicon.places[
            joined(i, place)][1] == "demonym" or word in lexicon.non_names \
            and lower(word) not in lexicon.function_words.stop_words else None
        if body is not None:  # "European Regions Airline Association", "International Air Transport Association"
            add(i, body, "ORG")
            i = body
            continue
        if place is not None:
            words = [t.text for t in tokens[i:j]]
            kind = lexicon.places[joined(i, place)][1]
            if place < j and kind != "demonym" and _classify(words, lexicon, False) == "ORG":
                add(i, j, "ORG")  # "America Rising", "Washington Post"
                i = j
                continue
            add(i, place, "NORP" if kind == "demonym" else "GPE")
            i = place
            continue
        if title_end == i and i not in headline_tokens and _lone_after_title(tokens, i, lexicon):
            add(i, i + 1, "PERSON")  # "Mr. White said", "Sen. Hill": a family name the non-name list holds
            i += 1
            continue
        head = i + (word in lexicon.non_names and lower(word) not in lexicon.function_words.stop_words
                    and i + 1 < j and tokens[i + 1].text in lexicon.function_words.organisation_heads)
        if j > head + 2 and tokens[head].text in lexicon.function_words.organisation_heads \
                and tokens[head + 1].text in lexicon.function_words.name_particles:
            add(i, j, "ORG")  # "the Institute for Science", "the National Association of X": a head, then its field
            i = j
            continue
        if word in lexicon.function_words.party_openers and j > i + 1 and tokens[j - 1].text == "Party":
            add(i, j, "ORG")  # "Social Democratic Party": not the lexicon's "Democratic Party" (the US one)
            i = j
            continue
        if word in lexicon.non_names and not _family_first(tokens, i, j, lexicon) \
                or lower(word) in lexicon.pronouns or (
                    j > i + 1 and word.endswith("ing") and word not in lexicon.given_names):  # "Echoing Hua Chunying"
            i += 1
            continue
        words = [t.text for t in tokens[i:j]]
        words[-1] = words[-1][: len(words[-1]) - _possessive(words[-1])] or words[-1]
        if _particle_name(words, lexicon, after_title=title_end == i):
            add(i, j, "PERSON")
            i = j
            continue
        label = _classify(words, lexicon, after_title=title_end == i)
        connector = next((m for m, w in enumerate(words) if w.lower() in lexicon.function_words.name_particles), None)
        given = next((m for m, w in enumerate(words) if m and w in lexicon.given_names), None)
        personal = 2 <= (connector or 0) <= 4 and all(
            (all(p[:1].isupper() and p[1:].islower() for p in w.split("-"))  # "Ann Kelleher-Dale of Ohio"
             or _INITIALS.fullmatch(w) is not None or w in {".", "-"})
            and w not in lexicon.function_words.organisation_heads and w not in lexicon.non_names
            for w in words[:connector]
        ) and " ".join(words[:connector]).lower() not in lexicon.organisations
        if label == "ORG" and connector and (words[0] in lexicon.given_names or personal) and connector <= 4:
            add(i, i + connector, "PERSON")  # "Bill Richardson of New Mexico"
            j = i + connector
        elif label is None and given is not None and j - (i + given) <= 4:
            # "United Auto Workers Secretary-Treasurer Gary Casteel": a name ends the run
            add(i, i + given, "ORG" if given > 1 else "NAME")
            add(i + given, j, "PERSON")
        elif label == "PERSON" and j - i > 2 and i in headline_tokens and words[0] in lexicon.given_names:
            add(i, i + 2, "PERSON")  # "Hillary Clinton Goes to Washington": a headline's verb is no name
            j = i + 2
        elif label is not None:
            add(i, j, label)
        elif j == i + 1 or words[1:] and all(w == "-" for w in words[1::2]):  # one word, or "T - Mobile" split
            add(i, j, "NAME")
        i = j
    return _demonym_family_names(tokens, _family_names_again(text, tokens, entities, lexicon), lexicon)


def _demonym_family_names(tokens: list[Token], entities: list[Entity], lexicon: Lexicon) -> list[Entity]:
    """``entities`` with a lone demonym that is the family name of a person named in full ("Cuban also said", after
    "Mark Cuban"; "English added") tagged ``NAME``: where a verb, an adverb or punctuation follows it, not a noun
    ("Cuban exiles").

    >>> from quotetrack.lexicon import load_lexicon
    >>> text = "Mark Cuban spoke. Cuban also said it. Cuban exiles said it."
    >>> tokens = [Token(start=m.start(), end=m.end(), text=m.group()) for m in re.finditer(r"\\w+|[.]", text)]
    >>> tagged = [Entity(start=0, end=10, text="Mark Cuban", label="PERSON")] + [
    ...     Entity(start=m.start(), end=m.end(), text="Cuban", label="NORP") for m in re.finditer("Cuban", text)][1:]
    >>> [(e.start, e.label) for e in _demonym_family_names(tokens, tagged, load_lexicon())]
    [(0, 'PERSON'), (18, 'NAME'), (38, 'NORP')]
    """
    families = {e.text.split()[-1] for e in entities if e.label == "PERSON" and " " in e.text}
    if not any(e.label == "NORP" and e.text in families for e in entities):
        return entities
    fw = lexicon.function_words
    after = {t.start: tokens[k + 1].text if k + 1 < len(tokens) else "." for k, t in enumerate(tokens)}

    def verb_after(e: Entity) -> bool:
        word = after.get(e.start, "")
        return not word[:1].isalnum() or word in fw.between or word in fw.auxiliaries or word in fw.finite_verbs \
            or word.islower() and word.endswith("ed") or word in lexicon.cue_forms

    return [attrs.evolve(e, label="NAME") if e.label == "NORP" and e.text in families and verb_after(e) else e
            for e in entities]


def _family_names_again(text: str, tokens: list[Token], entities: list[Entity], lexicon: Lexicon) -> list[Entity]:
    """``entities`` and, tagged ``NAME``, the lone words the non-name list kept out that are the family name of
    a person named in full ("Hill said", after "Anita Hill"): not inside a run of capitalised words ("the
    White House"); a demonym that is such a family name ("Cuban said", after "Mark Cuban") is retagged so."""
    named = {e.text.split()[-1] for e in entities if e.label == "PERSON" and " " in e.text}
    if any(e.label == "NORP" and e.text in named for e in entities):  # "Cuban said", after "Mark Cuban": his name
        after = {t.start: tokens[k + 1].text if k + 1 < len(tokens) else "." for k, t in enumerate(tokens)}
        entities = [Entity(start=e.start, end=e.end, text=e.text, label="NAME") if e.label == "NORP"
                    and e.text in named and _not_modifying(after.get(e.start, "."), lexicon) else e for e in entities]
    families = named & lexicon.non_names
    if not families:
        return entities
    covered = {t for e in entities for t in range(e.start, e.end)}
    found = [
        Entity(start=t.start, end=t.end, text=t.text, label="NAME") for k, t in enumerate(tokens)
        if t.text in families and t.start not in covered
        and not (k + 1 < len(tokens) and _is_capitalised(tokens[k + 1].text))
        and not (k > 0 and _is_capitalised(tokens[k - 1].text) and tokens[k - 1].text not in lexicon.non_names)
    ]
    return sorted(entities + found, key=lambda e: e.start) if found else entities


def _not_modifying(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word``, after a demonym, leaves it no modifier of a noun: a mark, a possessive or a cue verb
    ("Cuban said", "Cuban's", "Cuban, the investor"; not "Cuban exiles")."""
    return not word[:1].isalnum() or word.lower() in ("'s", "’s") or word.lower() in lexicon.cue_forms


def _headline_verb(word: str, lexicon: Lexicon) -> bool:
    """Whether a capitalised word of a headline is a speech verb in the third person or past ("Says", "Warns")."""
    entry = lexicon.cue_forms.get(word.lower())
    return entry is not None and entry[1] == "speech" and word.lower() != entry[0]


def _headline_tokens(text: str, tokens: list[Token], texts: list[str] | None = None,
                     distinct: set[str] | None = None, starts: list[int] | None = None) -> set[int]:
    """Indices of the tokens of title-case lines (headlines), where capitals don't mark names: lines of three
    words or more of over three letters, four in five of them capitalised (``texts``: the tokens' words, and
    ``distinct`` the set of them, and ``starts`` their starts, when the caller has them)."""
    found: set[int] = set()
    first = 0  # the first token of the current line
    n = len(tokens)
    starts = starts_of(tokens) if starts is None else starts  # searched without a key function: many lines
    texts = texts_of(tokens) if texts is None else texts
    # A line's words are counted by set look-ups (each distinct word tested once), not a test per token.
    long_words = {w for w in (set(texts) if distinct is None else distinct) if w[:1].isalpha() and len(w) > 3}
    is_long, is_capital = long_words.__contains__, {w for w in long_words if w[0].isupper()}.__contains__
    while first < n:
        newline = text.find("\n", tokens[first].end)  # tokens hold no line break: the line ends at the next one
        last = n if newline < 0 else bisect.bisect_left(starts, newline, first)
        if last - first >= 3:  # a headline has three words or more
            line = texts[first:last]
            words = sum(map(is_long, line))
            if words >= 3 and sum(map(is_capital, line)) >= 0.8 * words:
                found.update(range(first, last))
        first = last
    return found


@functools.cache
def _entry_stems(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """Every beginning of an organisation alias (lower case) and of a place name that a space follows."""
    def stems(names: Iterable[str]) -> frozenset[str]:
        return frozenset(name[:m] for name in names for m, c in enumerate(name) if c == " ")

    return stems(lexicon.organisations), stems(lexicon.places)


def _longest_entry(tokens: list[Token], i: int, j: int, entries: Mapping[str, object], stems: frozenset[str],
                   lower: bool) -> int | None:
    """The largest ``k`` in ``(i, j]`` whose words ``tokens[i:k]``, joined by spaces, are an entry, or None.

    The words grow one token at a time and stop where no entry goes on with them (``stems``).
    """
    found = None
    words = ""
    for k in range(i + 1, j + 1):
        words = f"{words} {tokens[k - 1].text}" if k > i + 1 else tokens[k - 1].text
        key = words.lower() if lower else words
        if key in entries:
            found = k
        if key not in stems:
            break
    return found


def _party_mark(tokens: list[Token], i: int, lexicon: Lexicon) -> int:
    """How many tokens from ``i`` are a party letter and a state joined by a hyphen ("R-Utah", "D-N.Y", "R-New"
    "York"), the mark US reports put after a legislator's name; 0 if none.

    >>> from quotetrack.lexicon import load_lexicon
    >>> tokens = [Token(start=0, end=5, text="R-New"), Token(start=6, end=10, text="York"),
    ...           Token(start=11, end=17, text="R-Utah"), Token(start=18, end=22, text="Hale")]
    >>> [_party_mark(tokens, k, load_lexicon()) for k in range(4)]
    [2, 0, 1, 0]
    """
    letter, hyphen, state = tokens[i].text.partition("-")
    if not hyphen or letter not in lexicon.party_letters or not state:
        return 0
    if i + 1 < len(tokens) and f"{state} {tokens[i + 1].text}".rstrip(".") in lexicon.state_marks:
        return 2
    return 1 if state.rstrip(".") in lexicon.state_marks else 0


def _family_first(tokens: list[Token], i: int, j: int, lexicon: Lexicon) -> bool:
    """Whether ``tokens[i:j]`` open with a family name written first and a hyphenated given name ("Park Ji-hoon",
    "Kang Min-seo"): a person's name, though the family name is an English word too."""
    return j > i + 1 and tokens[i].text in lexicon.family_name_first and _HYPHENATED_GIVEN.fullmatch(
        tokens[i + 1].text) is not None


def _lone_after_title(tokens: list[Token], k: int, lexicon: Lexicon) -> bool:
    """Whether token ``k``, after a title or an honorific, is a family name the non-name list holds: a
    capitalised word of it, alone ("Mr. White said", not "Mr. White House"), and no title itself."""
    return tokens[k].text in lexicon.non_names and tokens[k].text.lower() not in lexicon.pronouns \
        and not (k + 1 < len(tokens) and _is_capitalised(tokens[k + 1].text)) and not _title_at(tokens, k, lexicon)


def _given_before(tokens: list[Token], i: int, j: int, lexicon: Lexicon) -> bool:
    """Whether ``tokens[i:j]`` are given names and initials ("Anita", "Mary Jo", "Peter T."): the capitalised
    word after them is a family name, even one the non-name list holds ("Hill", "White", "Park")."""
    return tokens[i].text in lexicon.given_names and all(
        t.text in lexicon.given_names or t.text == "." or len(t.text) == 1 and t.text.isupper()
        for t in tokens[i + 1 : j]
    )


def _names_place(tokens: list[Token], i: int, j: int, lexicon: Lexicon) -> bool:
    """Whether ``tokens[i:j]`` are a place's name or its beginning ("North Korea", "United Kingdom of"): words
    the non-name list holds, split from such names, go on with them."""
    words = " ".join(t.text for t in tokens[i:j])
    return words in lexicon.places or words in _entry_stems(lexicon)[1]


@functools.cache
def _organisation_prefixes(lexicon: Lexicon) -> frozenset[str]:
    """Every leading word sequence of every organisation alias, lower case."""
    prefixes: set[str] = set()
    for alias in lexicon.organisations:
        words = alias.split()
        prefixes.update(" ".join(words[:n]) for n in range(2, len(words) + 1))
    return frozenset(prefixes)


def _run_end(text: str, tokens: list[Token], i: int, lexicon: Lexicon, titled: set[str] | None = None) -> int:
    """End (exclusive) of the run of capitalised words starting at token ``i`` (``titled``: the words of the text
    a title may start with, when the caller has them)."""
    n = len(tokens)
    heads, particles = lexicon.function_words.organisation_heads, lexicon.function_words.name_particles
    surnames = lexicon.function_words.surname_particles
    j = i + 1
    while j < n and tokens[j].start - tokens[j - 1].end <= 1 and "\n" not in text[tokens[j - 1].end : tokens[j].start] \
            and not _possessive(tokens[j - 1].text):  # a possessive ends a name
        w = tokens[j].text
        if (titled is None or w in titled) and _title_at(tokens, j, lexicon):
            surname = _given_before(tokens, i, j, lexicon) and _is_capitalised(w) and not (
                j + 1 < n and _is_capitalised(tokens[j + 1].text)
            )
            # "Amy Pope", "Frank Judge", "Peter T. King": a title word as a surname, after a given name and initials
            if not surname:
                break
        if len(w) == 1 and w.isupper() and j + 1 < n and tokens[j + 1].text == "." \
                and tokens[j + 1].start == tokens[j].end:  # a middle initial: "Jill A. Martin"
            j += 1
        elif _is_capitalised(w) and (w not in lexicon.non_names or w in heads or " ".join(
            t.text for t in tokens[i : j + 1]
        ).lower() in _organisation_prefixes(lexicon) or _names_place(tokens, i, j + 1, lexicon)
                or j + 1 < n and tokens[j + 1].text in lexicon.function_words.name_endings  # "Stoke City FC"
                or j + 2 < n and tokens[j + 1].text in {"'", "’"} and tokens[j + 2].text in heads  # "Fans' Union"
                or _given_before(tokens, i, j, lexicon) and not (j + 1 < n and _is_capitalised(tokens[j + 1].text))):
            j += 1  # "Department of Homeland Security", "North Korea", "Anita Hill"
        elif w == "-" and j + 1 < n and tokens[j].start == tokens[j - 1].end and tokens[j + 1].start == tokens[j].end \
                and _is_capitalised(tokens[j + 1].text):
            j += 2  # "T-Mobile", "Quillinan-Meiland" split by a tokenizer
        elif w.lower() in particles and j + 1 < n and _is_capitalised(tokens[j + 1].text):
            j += 2
        elif w in {"'", "’"} and tokens[j - 1].text.endswith("s") and tokens[j].start == tokens[j - 1].end \
                and j + 1 < n and tokens[j + 1].text in heads:
            j += 2  # "the Dover Dockers' Union": a plural possessive inside a body's name
        elif _hyphened_particle(w, surnames):
            j += 1  # "Anwar al-Hakim", "Ahmed el-Tayeb": a family name joined to its particle
        elif w.lower() in surnames and j + 2 < n and tokens[j + 1].text.lower() in surnames \
                and _is_capitalised(tokens[j + 2].text):  # "Ursula von der Leyen"
            j += 3
        elif w == "." and len(tokens[j - 1].text) == 1 and tokens[j - 1].text.isupper():  # an initial: "J."
            j += 1
        else:
            break
    while j > i + 1 and (tokens[j - 1].text == "." or tokens[j - 1].text.lower() in particles):
        j -= 1
    return j
