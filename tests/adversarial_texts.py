"""Hostile texts for the adversarial tests and ``bench/bench_linear.py``: one generator a case.

Each generator takes a size in characters and returns a deterministic text of exactly
that size, the same on every run and machine.
"""

from __future__ import annotations

from collections.abc import Callable


def _fill(unit: str, size: int) -> str:
    """``unit`` repeated and cut to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def _joined(piece: Callable[[int], str], size: int, separator: str = " ") -> str:
    """``piece(0)``, ``piece(1)``, ... joined by ``separator`` and cut to exactly ``size`` characters."""
    out, n, i = [], 0, 0
    while n < size:
        out.append(piece(i))
        n += len(out[-1]) + len(separator)
        i += 1
    return separator.join(out)[:size]


def only_marks(size: int) -> str:
    """Nothing but quotation marks of every style, in a fixed pseudo-random order."""
    glyphs = ['"', "“", "”", "'", "‘", "’", "«", "»", "``"]
    # A fixed linear congruential sequence: the same text on every run and machine.
    out, x, n = [], 12345, 0
    while n < size:
        x = (1103515245 * x + 12345) % 2**31
        g = glyphs[(x >> 16) % len(glyphs)]
        out.append(g)
        n += len(g)
    return "".join(out)[:size]


def only_apostrophes(size: int) -> str:
    """One apostrophe after another."""
    return "'" * size


def unclosed_quotes(size: int) -> str:
    """``He said "yes and`` over and over: every quotation opened, none closed."""
    return _fill('He said "yes and ', size)


def no_sentence_end(size: int) -> str:
    """One paragraph of words and commas with no full stop anywhere."""
    words = ["the", "minister", "and", "officials", "in", "Beijing", "Washington", "talks",
             "trade", "Jane", "Smith", "spokesperson", "government", "week", "report"]
    return _joined(lambda i: words[(i * 7) % len(words)] + ("," if i % 5 == 4 else ""), size)


def tiny_paragraphs(size: int) -> str:
    """``"A," he said.`` as its own paragraph, again and again."""
    return _fill('"A," he said.\n\n', size)


def cue_verbs(size: int) -> str:
    """Speech verbs and nothing else: ``said said told added ...``."""
    return _fill("said said told added claimed stressed according to warned ", size)


def nested_quotes(size: int) -> str:
    """Double and single marks alternating with no words: ``"'"'"'...``."""
    return _fill("\"'", size)


def said_chain(size: int) -> str:
    """``"x," he said,`` over and over in one sentence: a cue after every quotation, no full stop."""
    return _fill('"x," he said, ', size)


def quoted_clauses(size: int) -> str:
    """Quotations, a named speaker and a cue again and again in one sentence: news clauses with no full stop."""
    return _fill('"We will not back down," Senator Jane Smith said, adding that the bill was "dead on arrival" ', size)


_NEWS = [
    '"We will not back down," Chinese Foreign Ministry spokesperson Wang Wenbin told reporters on Monday.',
    "Senator Jane Smith said the talks had stalled because of what she called 'bad faith' in Beijing.",
    "According to the Ministry of Foreign Affairs, the measures are \"a necessary response\" to U.S. pressure.",
    "\u201cThis is unacceptable,\u201d she added. \u201cWe expect an answer by Friday.\u201d",
    "Washington hit back, saying the claims were baseless and that the citizens' data was safe.",
    "The White House spokesperson, Karine Jean-Pierre, declined to comment on the report.",
    "'It's a step forward,' Mr. O'Brien said, \u2018but there's a long way to go.\u2019",
    "Officials in Taipei warned that the exercises were \u00abprovocative\u00bb and urged restraint.",
]


def news_like(size: int) -> str:
    """Ordinary news prose: quotes, names, titles, cues, three sentences a paragraph."""
    paragraphs = []
    n, i = 0, 0
    while n < size:
        p = " ".join(_NEWS[(i + j) % len(_NEWS)] for j in range(3))
        paragraphs.append(p)
        n += len(p) + 2
        i += 1
    return "\n\n".join(paragraphs)[:size]


def _names(count: int, seed: int = 7) -> list[str]:
    """``count`` distinct capitalised made-up surnames (syllables chosen by a fixed sequence)."""
    heads = ["Bal", "Cor", "Dun", "Fen", "Gar", "Hol", "Jas", "Kel", "Lom", "Mar", "Nor", "Pel", "Ros", "Tal", "Vin"]
    tails = ["ton", "by", "wick", "ley", "more", "den", "sell", "ford", "ham", "rick", "ant", "ero", "ino", "ak"]
    mids = ["", "a", "e", "i", "o", "u", "an", "er", "is", "ol"]
    out, seen, x = [], set(), seed
    while len(out) < count:
        x = (1103515245 * x + 12345) % 2**31
        name = heads[x % len(heads)] + mids[(x >> 8) % len(mids)] + tails[(x >> 16) % len(tails)]
        name += ["", "e", "s", "ey", "son"][(x >> 24) % 5]
        if name not in seen:
            seen.add(name)
            out.append(name)
        elif len(seen) > 0.9 * len(heads) * len(mids) * len(tails) * 5:
            out.append(name + str(len(out)))  # the syllables are spent: number the rest
    return out


def one_word(size: int) -> str:
    """A single word with no space and no mark: one token the size of the text."""
    return _fill("Parliamentary", size)


def capitalised_words(size: int) -> str:
    """Capitalised words and nothing else (``Ann Bell Carl Dunn ...``): every word may start or continue a name."""
    names = _names(4_000)
    return _joined(lambda i: names[(i * 7919) % len(names)], size)


def many_speakers(size: int) -> str:
    """``"We act," Mr Balton said.`` with thousands of distinct names, one paragraph after another."""
    names = _names(4_000)
    return _joined(lambda i: f'"We will act now," Mr {names[i % len(names)]} said. '
                             f'Mr {names[(i * 31 + 7) % len(names)]} disagreed.', size, "\n\n")


def cue_sentences(size: int) -> str:
    """Short sentences that are each a cue and nothing else: ``He said. She said. They said.``"""
    return _fill("He said. She said. They told. It added. ", size)


_PAIRS = ["„“", "«»", "‹›", "「」", "『』", "“”", "‘’", "()", "[]", "{}", "‚‘", "»«"]


def nested_brackets(size: int) -> str:
    """Brackets and quotation marks of every script opened hundreds deep, then closed, a word between each."""
    half = size // 2
    opens, closes, n, i = [], [], 0, 0
    while n < max(1, half):
        pair = _PAIRS[i % len(_PAIRS)]
        opens.append(pair[0] + "so ")
        closes.append(" he said" + pair[1])
        n += len(opens[-1]) + len(closes[-1])
        i += 1
    return _fill("".join(opens) + "".join(reversed(closes)), size)


def invisible_marks(size: int) -> str:
    """News whose words carry combining accents, zero-width joiners and spaces, direction and byte-order marks."""
    text = news_like(size)
    marks = ["\u0301", "\u200d", "\u200f", "\u0308\u0323", "\u034f", "\u200b", "\u202e", "\ufeff"]
    out = []
    for i, word in enumerate(text.split(" ")):
        out.append(word + marks[i % len(marks)] if i % 3 == 0 else word)
    return " ".join(out)[:size]


def carriage_returns(size: int) -> str:
    """News whose paragraphs end in a carriage return alone (old Mac line ends)."""
    return news_like(size).replace("\n", "\r")


def line_separators(size: int) -> str:
    """News whose paragraphs end in U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR."""
    return news_like(size).replace("\n\n", "\u2028\u2029")



def run_on_names(size: int) -> str:
    """Names with apostrophes, a cue and a quoted word again and again, no full stop: ``O'Brien O’Neill said 'no'``."""
    return _fill("O'Brien O’Neill D'Angelo said 'no' ", size)


def one_quotation(size: int) -> str:
    """One quotation the size of the text, full of cues: ``"he said we will win and she told them ..."``."""
    return ('"' + _fill("he said we will win and she told them the minister added ", max(0, size - 2)) + '"')[:size]


GENERATORS: dict[str, Callable[[int], str]] = {
    "only_marks": only_marks,
    "only_apostrophes": only_apostrophes,
    "unclosed_quotes": unclosed_quotes,
    "no_sentence_end": no_sentence_end,
    "tiny_paragraphs": tiny_paragraphs,
    "cue_verbs": cue_verbs,
    "nested_quotes": nested_quotes,
    "said_chain": said_chain,
    "quoted_clauses": quoted_clauses,
    "one_word": one_word,
    "capitalised_words": capitalised_words,
    "many_speakers": many_speakers,
    "cue_sentences": cue_sentences,
    "nested_brackets": nested_brackets,
    "invisible_marks": invisible_marks,
    "carriage_returns": carriage_returns,
    "line_separators": line_separators,
    "run_on_names": run_on_names,
    "one_quotation": one_quotation,
    "news_like": news_like,
}
