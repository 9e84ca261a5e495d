"""A structure-aware generator of news-like text with hostile punctuation.

Most texts are plausible news: paragraphs of sentences that quote and attribute
(``"We will win," Senator Jane Smith said.``, ``According to officials, ...``,
``Asked whether ..., he replied: "..."``), with name-like tokens (capitalised words,
initials, particles such as ``de`` and ``Van``), titles, cue words, organisations and
places. Their words come from quotetrack's own lexicon, so the reader sees the cues and
titles it knows, plus made-up names built from syllables. Quotation marks come in every
style and are often unbalanced, nested or mismatched. Each such text then takes a few
random mutations: punctuation inserted (above all next to other punctuation), deleted
or swapped; zero-width, bidi, NUL and other control characters; emoji and combining
marks; line breaks of every kind. Some texts are pure noise, some are storms of empty
paragraphs and a few are huge single paragraphs.

The generator is deterministic: :func:`texts` with one seed gives the same sequence on
every run and machine (for one version of the lexicon), since it draws only from
``random.Random(seed)`` and from sorted word lists.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

import attrs

__all__ = ["Vocabulary", "generate", "mutate", "noise", "texts", "vocabulary"]

T = TypeVar("T")

# --------------------------------------------------------------------------- character sets

#: Opening and closing marks of every quotation style, matched and not.
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ('"', '"'), ("“", "”"), ("„", "“"), ("„", "”"), ("‟", "”"), ("'", "'"), ("‘", "’"), ("‚", "‘"), ("‚", "’"),
    ("‛", "’"), ("«", "»"), ("« ", " »"), ("»", "«"), ("‹", "›"), ("›", "‹"), ("「", "」"), ("『", "』"),
    ("``", "''"), ("“", "“"), ("”", "”"), ("＂", "＂"), ("〝", "〞"),
)
#: Every single quotation mark (and the two-character TeX ones).
QUOTE_MARKS: tuple[str, ...] = tuple(sorted({m.strip() for pair in QUOTE_PAIRS for m in pair})) + ("`",)
APOSTROPHES = "'’ʼ`´′ʹ"
DASHES: tuple[str, ...] = ("—", "–", "-", "--", "―", "‒", "‐", "−", " — ", " - ")
BRACKETS = "()[]{}⟨⟩（）【】<>"
COLONS: tuple[str, ...] = (":", ";", "：", " : ", ":\n", ",", ".", "...", "…", "?", "!", "?!")
ZERO_WIDTH = "\u200b\u200c\u200d\ufeff"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
CONTROLS = "\x00\x01\x07\x08\x1b\x7f\x80\x9f\xad"
SPACES: tuple[str, ...] = (" ", "  ", "\t", "\u00a0", "\u2009", "\u3000", "\u202f", "")
LINE_BREAKS: tuple[str, ...] = ("\n", "\r\n", "\r", "\u2028", "\u2029", "\n\n", "\r\n\r\n", "\x0b", "\x0c", "\x85",
                                "\x1c")
#: Name particles: the lower-case and capitalised words inside family names.
PARTICLES: tuple[str, ...] = ("de", "De", "Van", "van", "van der", "von", "da", "dos", "du", "bin", "ibn", "al-", "Al",
                              "O'", "O’", "Mc", "Mac", "La", "Le", "del", "ter", "Abu")
#: Cue words and phrases the brief names; the lexicon's cues come on top.
CUES: tuple[str, ...] = ("said", "told", "added", "according to", "said in a statement", "asked", "replied",
                         "tweeted", "told reporters", "wrote", "hit back", "said on Twitter", "says")
TITLES: tuple[str, ...] = ("Senator", "minister", "spokesman", "Foreign Minister", "spokeswoman", "President",
                           "Sen.", "Rep.", "Gov.", "Chinese Foreign Ministry spokesperson")
FUNCTION_WORDS: tuple[str, ...] = ("the", "we", "will", "not", "that", "and", "is", "a", "to", "of", "in", "it",
                                   "they", "this", "was", "on", "for", "our", "you", "never", "must", "be")
CONSONANTS = "bcdfghjklmnprstvwzxq"
VOWELS = "aeiouyáéíóúäöüåøñç"

_EMOJI_RANGES = ((0x1F300, 0x1F5FF), (0x1F600, 0x1F64F), (0x1F680, 0x1F6FF), (0x1F900, 0x1F9FF), (0x2600, 0x27BF))
_COMBINING_RANGES = ((0x0300, 0x036F), (0x0483, 0x0489), (0x0591, 0x05BD), (0x064B, 0x065F), (0x20D0, 0x20F0),
                     (0x1AB0, 0x1AFF), (0xFE20, 0xFE2F))


# --------------------------------------------------------------------------- vocabulary


@attrs.frozen(kw_only=True)
class Vocabulary:
    """Word lists to draw from, every one sorted (so that drawing is deterministic).

    Parameters
    ----------
    cues : tuple of str
        Cue verbs in every inflected form, and cue phrases.
    titles : tuple of str
        Titles and roles (``foreign minister``).
    honorifics : tuple of str
        Courtesy titles (``Mr``, ``Dr``).
    given_names, family_names : tuple of str
        Names as written.
    places, organisations : tuple of str
        Place and organisation names.
    pronouns, source_nouns, abbreviations : tuple of str
        Pronouns, nouns of described sources (``officials``), abbreviations (``U.S``).
    """

    cues: tuple[str, ...]
    titles: tuple[str, ...]
    honorifics: tuple[str, ...]
    given_names: tuple[str, ...]
    family_names: tuple[str, ...]
    places: tuple[str, ...]
    organisations: tuple[str, ...]
    pronouns: tuple[str, ...]
    source_nouns: tuple[str, ...]
    abbreviations: tuple[str, ...]


@functools.cache
def vocabulary() -> Vocabulary:
    """The vocabulary: quotetrack's lexicon plus the few words of this module (once per process)."""
    from quotetrack.lexicon import load_lexicon

    lex = load_lexicon()

    def words(*groups: object) -> tuple[str, ...]:
        out: set[str] = set()
        for group in groups:
            out.update(w for w in group if isinstance(w, str) and w.strip())  # type: ignore[attr-defined]
        return tuple(sorted(out))

    return Vocabulary(
        cues=words(lex.cue_forms, lex.cue_phrases, CUES),
        titles=words(lex.titles, TITLES),
        honorifics=words(lex.honorifics),
        given_names=words(lex.given_names),
        family_names=words(lex.family_name_first),
        places=words(lex.places),
        organisations=words(lex.organisations),
        pronouns=words(lex.pronouns),
        source_nouns=words(lex.source_nouns),
        abbreviations=words(lex.abbreviations),
    )


# --------------------------------------------------------------------------- characters and words


def _pick(rng: random.Random, options: Sequence[T]) -> T:
    return options[rng.randrange(len(options))]


def _from_ranges(rng: random.Random, ranges: Sequence[tuple[int, int]]) -> str:
    lo, hi = ranges[rng.randrange(len(ranges))]
    return chr(rng.randint(lo, hi))


def random_char(rng: random.Random) -> str:
    """Any Unicode character but a surrogate, mostly from the Basic Multilingual Plane."""
    r = rng.random()
    cp = rng.randrange(0x20, 0x3000) if r < 0.5 else rng.randrange(0x10000) if r < 0.85 else rng.randrange(0x110000)
    if 0xD800 <= cp <= 0xDFFF:
        cp ^= 0x4000  # into the CJK block
    return chr(cp)


def emoji(rng: random.Random) -> str:
    """An emoji, sometimes with a variation selector, a skin tone, a ZWJ sequence or as a flag."""
    r = rng.random()
    if r < 0.15:  # a flag: two regional indicators
        return chr(0x1F1E6 + rng.randrange(26)) + chr(0x1F1E6 + rng.randrange(26))
    e = _from_ranges(rng, _EMOJI_RANGES)
    if r < 0.35:
        e += "\ufe0f"
    elif r < 0.5:
        e += chr(rng.randint(0x1F3FB, 0x1F3FF))
    elif r < 0.6:
        e += "\u200d" + _from_ranges(rng, _EMOJI_RANGES)
    return e


def combining(rng: random.Random) -> str:
    """One to three combining marks."""
    return "".join(_from_ranges(rng, _COMBINING_RANGES) for _ in range(rng.randint(1, 3)))


#: Makers of hostile pieces, each a function of the random generator.
_HOSTILE: tuple[Callable[[random.Random], str], ...] = (
    lambda rng: _pick(rng, QUOTE_MARKS),
    lambda rng: _pick(rng, QUOTE_MARKS),
    lambda rng: _pick(rng, QUOTE_MARKS),
    lambda rng: _pick(rng, APOSTROPHES),
    lambda rng: _pick(rng, DASHES),
    lambda rng: _pick(rng, BRACKETS),
    lambda rng: _pick(rng, COLONS),
    lambda rng: _pick(rng, ZERO_WIDTH),
    lambda rng: _pick(rng, BIDI),
    lambda rng: _pick(rng, CONTROLS),
    lambda rng: _pick(rng, LINE_BREAKS),
    lambda rng: _pick(rng, SPACES),
    emoji,
    combining,
    random_char,
)


def hostile(rng: random.Random) -> str:
    """A piece of hostile punctuation: a quotation mark, dash, bracket, zero-width or bidi character, emoji..."""
    return _HOSTILE[rng.randrange(len(_HOSTILE))](rng)


def made_up_word(rng: random.Random, syllables: int | None = None) -> str:
    """A pronounceable made-up word in lower case (``"tabeso"``)."""
    n = syllables or rng.randint(1, 3)
    return "".join(_pick(rng, CONSONANTS) + _pick(rng, VOWELS[:6] if rng.random() < 0.9 else VOWELS) for _ in range(n))


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


def name(rng: random.Random) -> str:
    """A name-like run of tokens: given name, initials, particles, family name (``"Jane de la Vega"``)."""
    v = vocabulary()
    parts: list[str] = []
    if rng.random() < 0.25 and v.honorifics:
        h = _capitalised(_pick(rng, v.honorifics))
        parts.append(h + ("." if rng.random() < 0.5 else ""))
    r = rng.random()
    if r < 0.5 and v.given_names:
        parts.append(_pick(rng, v.given_names))
    elif r < 0.65:
        parts.append(_capitalised(made_up_word(rng)))
    elif r < 0.8:
        parts.append(_pick(rng, CONSONANTS).upper() + ".")
    if rng.random() < 0.2:  # initials: "J.", "J.R.", "J R"
        initials = (_pick(rng, CONSONANTS).upper() + _pick(rng, (".", ". ", "")) for _ in range(rng.randint(1, 2)))
        parts.append("".join(initials))
    if rng.random() < 0.25:
        parts.append(_pick(rng, PARTICLES))
    r = rng.random()
    if r < 0.3 and v.family_names:
        family = _pick(rng, v.family_names)
    else:
        family = _capitalised(made_up_word(rng, rng.randint(1, 3)))
    if rng.random() < 0.1:
        family += _pick(rng, ("-", "‐", "'", "’")) + _capitalised(made_up_word(rng))
    if parts and parts[-1].endswith(("'", "’", "-")):
        parts[-1] += family
    else:
        parts.append(family)
    if rng.random() < 0.08:
        parts.append(_pick(rng, ("Jr.", "Sr.", "III", "(R)", "(D-Calif.)")))
    return " ".join(p for p in parts if p)


def speaker(rng: random.Random) -> str:
    """Who speaks: a name, a titled name, a pronoun, a described source or an organisation."""
    v = vocabulary()
    r = rng.random()
    if r < 0.35:
        return name(rng)
    if r < 0.55:
        title = _pick(rng, v.titles)
        title = _capitalised(title) if rng.random() < 0.6 else title
        if rng.random() < 0.3 and v.places:
            title = f"{_pick(rng, v.places)} {title}"
        return f"{title} {name(rng)}"
    if r < 0.7:
        return _pick(rng, v.pronouns) if v.pronouns else "he"
    if r < 0.8:
        noun = _pick(rng, v.source_nouns) if v.source_nouns else "officials"
        place = f" in {_pick(rng, v.places)}" if v.places and rng.random() < 0.4 else ""
        return _pick(rng, ("", "a ", "the ", "two ", "senior ")) + noun + place
    if r < 0.9 and v.organisations:
        return " ".join(_capitalised(w) for w in _pick(rng, v.organisations).split())
    title = _pick(rng, v.titles)
    where = f" of {_pick(rng, v.places)}" if v.places else ""
    return f"{name(rng)}, the {title}{where},"


def cue(rng: random.Random) -> str:
    """A cue word or phrase (``"said"``, ``"according to"``, ``"hit back"``)."""
    v = vocabulary()
    return _pick(rng, CUES) if rng.random() < 0.5 else _pick(rng, v.cues)


def clause(rng: random.Random, words: int | None = None) -> str:
    """Words that could be a reported clause, with the odd name, place, number or abbreviation."""
    v = vocabulary()
    out: list[str] = []
    for _ in range(words or rng.randint(2, 14)):
        r = rng.random()
        if r < 0.45:
            out.append(_pick(rng, FUNCTION_WORDS))
        elif r < 0.75:
            out.append(made_up_word(rng))
        elif r < 0.82 and v.places:
            out.append(_pick(rng, v.places))
        elif r < 0.87 and v.abbreviations:
            out.append(_pick(rng, v.abbreviations) + ".")
        elif r < 0.91:
            out.append(_pick(rng, ("3.5", "$1.2 billion", "10%", "2021", "No. 1", "9/11", "1,000")))
        elif r < 0.95:
            out.append(_pick(rng, ("don't", "it's", "won’t", "nations'", "rock ’n’ roll", "’90s", "y'all")))
        else:
            out.append(name(rng))
    text = " ".join(out)
    return _capitalised(text) if rng.random() < 0.7 else text


def quotation(rng: random.Random, depth: int = 0) -> str:
    """A quotation: marks of one style (or two), maybe nested, maybe left open or never opened."""
    opening, closing = _pick(rng, QUOTE_PAIRS)
    inner = clause(rng)
    if depth < 2 and rng.random() < 0.2:  # a quotation inside, in other marks
        cut = rng.randint(0, len(inner))
        inner = f"{inner[:cut]} {quotation(rng, depth + 1)} {inner[cut:]}"
    inner += _pick(rng, ("", "", ",", ".", "?", "!", "...", " —"))
    r = rng.random()
    if r < 0.06:
        return opening + inner  # never closed
    if r < 0.1:
        return inner + closing  # never opened
    if r < 0.14:
        return opening + inner + _pick(rng, QUOTE_MARKS)  # closed with the wrong mark
    return opening + inner + closing


def term(rng: random.Random) -> str:
    """A label in quotation marks (``the so-called "Clean Network" program``)."""
    opening, closing = _pick(rng, QUOTE_PAIRS)
    label = " ".join(_capitalised(made_up_word(rng)) for _ in range(rng.randint(1, 3)))
    return f"{_pick(rng, ('the', 'the so-called', 'a', 'its', 'what he called'))} {opening}{label}{closing} " \
           f"{_pick(rng, ('program', 'policy', 'plan', 'initiative', ''))}".rstrip()


def _dateline(rng: random.Random) -> str:
    v = vocabulary()
    place = _pick(rng, v.places).upper() if v.places else "WASHINGTON"
    return f"{place} ({_pick(rng, ('Reuters', 'AP', 'AFP', 'Xinhua'))}) {_pick(rng, DASHES)} "


def sentence(rng: random.Random) -> str:
    """One sentence that quotes or reports, in one of many patterns."""
    s, c, q = speaker(rng), cue(rng), quotation
    patterns: tuple[Callable[[], str], ...] = (
        lambda: f"{q(rng)} {s} {c}.",
        lambda: f"{q(rng)} {c} {s}.",
        lambda: f"{s} {c}: {q(rng)}",
        lambda: f"{s} {c} that {clause(rng)}.",
        lambda: f"{s} {c} {clause(rng)}.",
        lambda: f"{q(rng)} {s} {c}, {q(rng)}",
        lambda: f"According to {s}, {clause(rng)}.",
        lambda: f"{clause(rng)}, {s} said in a statement.",
        lambda: f"Asked whether {clause(rng)}, {s} replied: {q(rng)}",
        lambda: f"{s} tweeted: {q(rng)} {emoji(rng)}",
        lambda: f"{s} said {term(rng)} was {clause(rng, 3)}.",
        lambda: f"{_pick(rng, DASHES)} {q(rng)}, {c} {s}.",
        lambda: f"{q(rng)}, {c} {s} {_pick(rng, DASHES)} {clause(rng)}.",
        lambda: f"{s} ({speaker(rng)}) {c} {q(rng)}",
        lambda: f"{s} {c} reporters on {made_up_word(rng).title()} that {q(rng)}",
        lambda: f"{clause(rng)}.",
        lambda: f"{s}: {q(rng)}",
        lambda: f"{q(rng)}",
    )
    return patterns[rng.randrange(len(patterns))]()


def paragraph(rng: random.Random) -> str:
    """One to five sentences; sometimes a quotation left open for the next paragraph to continue."""
    text = _pick(rng, SPACES[:3]).join(sentence(rng) for _ in range(rng.randint(1, 5)))
    if rng.random() < 0.1:  # a multi-paragraph quotation: opened here, not closed
        text += " " + _pick(rng, ("“", '"', "«", "„", "‘")) + clause(rng)
    return text


def article(rng: random.Random) -> str:
    """A news-like article: maybe a headline and dateline, paragraphs joined by line breaks."""
    paragraphs = [paragraph(rng) for _ in range(rng.randint(1, 8))]
    if rng.random() < 0.3:
        paragraphs[0] = _dateline(rng) + paragraphs[0]
    if rng.random() < 0.2:
        paragraphs.insert(0, clause(rng, rng.randint(3, 9)).title())
    if rng.random() < 0.5:
        breaks = _pick(rng, LINE_BREAKS)
        return breaks.join(paragraphs)
    out = paragraphs[0]
    for p in paragraphs[1:]:  # each paragraph break of its own kind, some with continuation marks
        out += _pick(rng, LINE_BREAKS) + (_pick(rng, ("“", '"', "«", "„")) if rng.random() < 0.1 else "") + p
    return out


# --------------------------------------------------------------------------- mutation and noise


def _near_punctuation(rng: random.Random, text: str) -> int:
    """A position in ``text``: half the time next to a non-alphanumeric character, else anywhere."""
    if text and rng.random() < 0.5:
        for _ in range(8):
            i = rng.randrange(len(text))
            if not text[i].isalnum() and not text[i].isspace():
                return i + rng.randint(0, 1)
    return rng.randint(0, len(text))


def mutate(rng: random.Random, text: str, count: int) -> str:
    """Apply ``count`` random mutations: insert, delete, swap, duplicate, or re-style punctuation.

    Examples
    --------
    >>> mutate(random.Random(0), "", 0)
    ''
    """
    for _ in range(count):
        r = rng.random()
        i = _near_punctuation(rng, text)
        if r < 0.35:  # insert hostile punctuation
            text = text[:i] + hostile(rng) + text[i:]
        elif r < 0.5 and text:  # delete a character or a short run
            text = text[:i] + text[i + rng.randint(1, 6) :]
        elif r < 0.6 and len(text) > 1:  # swap two neighbours
            i = min(i, len(text) - 2)
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        elif r < 0.72 and text:  # re-style a quotation mark or apostrophe
            marks = [k for k, ch in enumerate(text) if ch in "\"“”„‟'‘’‚‛«»‹›「」『』`"]
            if marks:
                k = _pick(rng, marks)
                text = text[:k] + _pick(rng, QUOTE_MARKS + tuple(APOSTROPHES)) + text[k + 1 :]
        elif r < 0.8 and text:  # duplicate a run somewhere else
            a = rng.randrange(len(text))
            run = text[a : a + rng.randint(1, 40)]
            j = rng.randint(0, len(text))
            text = text[:j] + run + text[j:]
        elif r < 0.88:  # break the line
            text = text[:i] + _pick(rng, LINE_BREAKS) + text[i:]
        elif r < 0.94 and text:  # a character turned into a random one
            i = min(i, len(text) - 1)
            text = text[:i] + random_char(rng) + text[i + 1 :]
        else:  # a run of marks: '"""', '’’’'
            text = text[:i] + _pick(rng, QUOTE_MARKS) * rng.randint(2, 6) + text[i:]
    return text


def noise(rng: random.Random, length: int | None = None) -> str:
    """Pure noise: hostile pieces, letters, spaces, cue words and random characters."""
    n = length if length is not None else int(rng.expovariate(1 / 60))
    pieces: list[str] = []
    size = 0
    while size < n:
        r = rng.random()
        if r < 0.4:
            piece = hostile(rng)
        elif r < 0.6:
            piece = made_up_word(rng)
        elif r < 0.7:
            piece = cue(rng)
        elif r < 0.8:
            piece = _capitalised(made_up_word(rng))
        elif r < 0.9:
            piece = _pick(rng, SPACES)
        else:
            piece = random_char(rng)
        pieces.append(piece)
        size += len(piece)
    return "".join(pieces)


def _shuffled(rng: random.Random, text: str) -> str:
    """The tokens of a text in random order: word salad with the marks left in."""
    tokens = text.split(" ")
    rng.shuffle(tokens)
    return " ".join(tokens)


def generate(rng: random.Random) -> str:
    """One text: mostly mutated news, some noise, empty-paragraph storms and the odd huge paragraph.

    Parameters
    ----------
    rng : random.Random
        The source of randomness; the text depends on nothing else.

    Returns
    -------
    str
        The text (never with a surrogate).
    """
    r = rng.random()
    if r < 0.35:  # plausible news, a few mutations
        return mutate(rng, article(rng), rng.choice((0, 1, 1, 2, 3, 4, 6)))
    if r < 0.55:  # a paragraph, heavily mutated
        return mutate(rng, paragraph(rng), rng.randint(2, 25))
    if r < 0.7:  # a sentence or two with a few mutations: small inputs make small regressions
        return mutate(rng, " ".join(sentence(rng) for _ in range(rng.randint(1, 2))), rng.randint(0, 4))
    if r < 0.8:
        return noise(rng)
    if r < 0.85:
        return mutate(rng, _shuffled(rng, paragraph(rng)), rng.randint(0, 4))
    if r < 0.9:  # many empty paragraphs, or lines of nothing but marks and spaces
        breaks = _pick(rng, LINE_BREAKS)
        blocks = [sentence(rng) if rng.random() < 0.2 else _pick(rng, SPACES) for _ in range(rng.randint(5, 200))]
        return mutate(rng, (breaks * rng.randint(1, 20)).join(blocks), rng.randint(0, 4))
    if r < 0.997:  # quotation marks everywhere
        makers: tuple[Callable[[random.Random], str], ...] = (
            quotation, lambda g: _pick(g, QUOTE_MARKS), lambda g: _pick(g, SPACES), cue, name, hostile)
        return "".join(_pick(rng, makers)(rng) for _ in range(rng.randint(1, 60)))
    # a huge paragraph: hundreds of sentences with no break
    return mutate(rng, " ".join(sentence(rng) for _ in range(rng.randint(200, 1500))), rng.randint(0, 20))


def texts(seed: int) -> Iterator[str]:
    """The endless, deterministic sequence of texts of a seed.

    Examples
    --------
    >>> import itertools
    >>> a = list(itertools.islice(texts(7), 20))
    >>> a == list(itertools.islice(texts(7), 20))
    True
    """
    rng = random.Random(seed)
    while True:
        yield generate(rng)
