"""The token index of one document, shared by every attribution rule.

:class:`TextIndex` turns a :class:`~quotetrack.document.Document` and its quotations into
the arrays the rules look things up in: each token's lower-cased word and start, the
quotation it lies in, the entity starting or ending at it, the cues, and the *frames* —
sentences joined where a quotation runs across them, so that ``"A. B," he said.`` is one
frame. :class:`IndexView` is the base of the rule classes that read the index.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from quotetrack.attribution.cues import CueMatch, find_cues
from quotetrack.attribution.reading_cues import reading_cues
from quotetrack.attribution.people import People
from quotetrack.attribution.quotations import Quotation
from quotetrack.document import Document, Entity, Token
from quotetrack.lexicon import FunctionWords, Lexicon

__all__ = ["Attribution", "CLOSING_MARKS", "DASHES", "MAX_CLAUSE", "NAME_LABELS", "SOURCE_LABELS", "Frame", "IndexView",
           "Source", "TextIndex", "words_from"]

_AND_BUT = frozenset({"and", "but"})
MAX_CLAUSE = 120  # tokens: a reported clause longer than this is not one clause
DASHES = frozenset({"—", "–", "―", "-", "--"})
NAME_LABELS = frozenset({"PERSON", "NAME"})
SOURCE_LABELS = frozenset({"PERSON", "NAME", "ORG", "GPE", "NORP"})
QUOTE_CHARS = frozenset("\"“”„«»‘’'`‚‹›")
CLOSING_MARKS = "\"”’'»,; "
_CLAUSE_PUNCTUATION = frozenset({",", ";", "-", "—", "–", "―"})  # after these a new clause may begin


def words_from(words: Sequence[str], start: int, end: int, most: int) -> int:
    """How many of tokens ``start`` to ``end`` are words (open with a letter or digit), counted up to ``most``.

    The count stops there, so that asking about the words before a cue far into a long sentence costs no more
    than asking about a short one.

    Examples
    --------
    >>> words_from(["In", "Ohio", ",", "she", "said"], 0, 5, 10), words_from(["a", ",", "b", "c"], 0, 4, 2)
    (4, 2)
    """
    count = 0
    for t in range(start, end):
        if words[t][:1].isalnum():
            count += 1
            if count >= most:
                break
    return count


@attrs.frozen(kw_only=True)
class Source:
    """The words naming a statement's source, as a token range ``[first, last)``.

    ``kind`` is ``entity`` (a name), ``pronoun``, ``description`` (``"Chinese
    officials"``) or ``inherited`` (the subject of the frame, for a participle).
    """

    first: int
    last: int
    kind: str
    entity: Entity | None = None
    outer: int = -1  # first token of the whole subject phrase, titles included ("Foreign Minister Wang Yi")

    @property
    def phrase_first(self) -> int:
        """First token of the subject phrase, titles included."""
        return self.first if self.outer < 0 else self.outer


@attrs.frozen(kw_only=True)
class Frame:
    """Sentences joined by a quotation running across them: ``[first, last)`` tokens."""

    first: int
    last: int
    paragraph: int


@attrs.frozen(kw_only=True)
class Attribution:
    """A statement before speakers are resolved.

    ``continues`` is the index of the attribution whose speaker a continuation
    quote takes; ``source`` is None for those. ``medium`` and ``addressee`` (a character
    span) are filled by :class:`~quotetrack.attribution.channels.ChannelFinder`.
    """

    start: int
    end: int
    kind: str
    cue: CueMatch | None
    source: Source | None
    quoted: tuple[tuple[int, int], ...] = ()
    continues: int | None = None
    paragraph: int = 0
    medium: str | None = None
    addressee: tuple[int, int] | None = None


class TextIndex:
    """Look-up arrays over one document's tokens, quotations, entities and cues.

    Parameters
    ----------
    document : Document
        The annotated article.
    quotations : sequence of Quotation
        Its quotations; those of depth 0 are the ones statements are made of.
    lexicon : Lexicon
        The word lists.
    people : People
        The article's people.

    Examples
    --------
    >>> from quotetrack.backends import embedded
    >>> from quotetrack.attribution.people import find_people
    >>> from quotetrack.attribution.quotations import find_quotations
    >>> from quotetrack.lexicon import load_lexicon
    >>> document = embedded.parse('"We will win," Jane Smith said.')
    >>> lexicon = load_lexicon()
    >>> index = TextIndex(document, find_quotations(document.text, document.paragraphs), lexicon,
    ...                   find_people(document, lexicon))
    >>> index.words[index.cues[0].first], len(index.frames)
    ('said', 1)
    """

    def __init__(self, document: Document, quotations: Sequence[Quotation], lexicon: Lexicon, people: People) -> None:
        self.document = document
        self.people = people
        self.text = document.text
        self.tokens: Sequence[Token] = document.tokens
        self.lexicon = lexicon
        self.fw: FunctionWords = lexicon.function_words
        self.clause_openers = self.fw.clause_openers | _CLAUSE_PUNCTUATION
        self.clause_joints = self.fw.clause_joints | DASHES | {",", "("}
        # Unions of word lists the rules test words against, made once a document rather than at each test.
        self.verbs_but_to = self.fw.auxiliaries - {"to"} | self.fw.finite_verbs
        self.finite_but_to = (self.fw.finite_verbs | self.fw.auxiliaries) - {"to"}
        self.time_words = self.fw.weekdays | self.fw.time_adverbs
        self.non_plural_determiners = self.fw.determiners - self.fw.plural_determiners  # ("the", "this", "a")
        self.subordinators = self.fw.clause_openers | self.fw.clause_breaks
        self.words = list(document.words)  # (a list: the rules compare its slices with lists)
        self.starts = document.token_starts
        self.relatives = [k for k, w in enumerate(self.words) if w in self.fw.relative_pronouns]  # ("who", "which")
        self.quotes = [q for q in quotations if q.depth == 0]
        self.nested = [q for q in quotations if q.depth > 0]
        self.quote_opens = [q.open_mark for q in self.quotes]
        self.quote_of = self._quote_membership()
        self.entity_at = self._entity_index()
        self.entity_from = {self.token_range(e.start, e.end)[0]: e for e in document.entities}
        self.has_parse = document.has_parse
        self.children: dict[int, list[int]] = {}
        if self.has_parse:
            for k, token in enumerate(self.tokens):
                if token.head is not None:
                    self.children.setdefault(token.head, []).append(k)
        self.cues: list[CueMatch] = find_cues(document, [q >= 0 for q in self.quote_of], lexicon, self.words)
        covered = {t for c in self.cues for t in range(c.first, c.last)}
        extra = [c for c in reading_cues(self.words, self.quote_of, lexicon) if c.first not in covered]
        if extra:  # '"...," the letter reads'
            self.cues = sorted(self.cues + extra, key=lambda c: c.first)
        self.cue_starts = [c.first for c in self.cues]
        self.cue_set = set(self.cue_starts)
        self.frames = self._join_frames()
        # quoted words -> is_name_like, is_statement_like: a text may quote the same words often
        self._name_like: dict[str, bool] = {}
        self._statement_like: dict[str, bool] = {}
        self._after_comma: dict[int, bool] = {}  # token -> after_comma: asked again for each clause a cue may end
        self._breaks: list[int] | None = None
        self.clause_stops: dict[int, bool] = {}  # token -> clause_stop, for the loops that ask it of every cue

    def _quote_membership(self) -> list[int]:
        """For each token, the index of the depth-0 quotation containing it (marks included), or -1."""
        member = [-1] * len(self.tokens)
        tokens, starts, n = self.tokens, self.starts, len(self.tokens)
        a, previous = 0, -1
        for qi, q in enumerate(self.quotes):
            # Quotations come in text order: search on from the last one.
            a = bisect.bisect_left(starts, q.open_mark, a if q.open_mark >= previous else 0)
            previous = q.open_mark
            b = bisect.bisect_left(starts, q.close_mark, a)
            # A nested quotation closing with its parent leaves a stray mark token glued to the close.
            for _ in range(2):  # at most the marks of one nested closing quotation
                if b < n and tokens[b].start == tokens[b - 1].end and QUOTE_CHARS.issuperset(tokens[b].text):
                    b += 1
            member[a:b] = [qi] * (b - a)
        return member

    def _entity_index(self) -> dict[int, Entity]:
        """Token index of the last token of each entity -> the entity."""
        index: dict[int, Entity] = {}
        for e in self.document.entities:
            k = bisect.bisect_left(self.starts, e.end) - 1
            if k >= 0:
                index[k] = e
        return index

    def after_comma(self, k: int) -> bool:
        """Whether token ``k`` follows a comma or dash, perhaps inside a closing quotation mark."""
        known = self._after_comma.get(k)
        if known is None:
            before = self.text[max(0, self.tokens[k].start - 4) : self.tokens[k].start].rstrip()
            known = self._after_comma[k] = before.rstrip("\"”’'»").endswith((",", "—", "–"))
        return known

    def clause_stop(self, k: int) -> bool:
        """Whether a cue at token ``k`` may end a reported clause before it: it follows a comma or a dash, or "and"
        or "but", perhaps with an adverb between (remembered in ``clause_stops``)."""
        known = self.clause_stops.get(k)
        if known is None:
            known = self.clause_stops[k] = self.after_comma(k) or k >= 1 and self.words[k - 1] in _AND_BUT \
                or k >= 2 and self.words[k - 2] in _AND_BUT
        return known

    @property
    def breaks(self) -> list[int]:
        """The tokens that may end a reported clause by themselves or with the next token: ";", "," and "(" (listed
        when first asked for: a clause is searched only between them, not word by word)."""
        if self._breaks is None:
            self._breaks = [k for k, w in enumerate(self.words) if w == "," or w == ";" or w == "("]
        return self._breaks

    def relative_within(self, start: int, end: int) -> bool:
        """Whether a relative pronoun ("who", "which") is among tokens ``start`` to ``end`` (a bisection: a cue's
        subject may be far back in a long sentence)."""
        k = bisect.bisect_left(self.relatives, start)
        return k < len(self.relatives) and self.relatives[k] < end

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)

    def paragraph_of(self, offset: int) -> int:
        return self.document.paragraph_of(offset)

    def _join_frames(self) -> list[Frame]:
        """Join sentences that a closed quotation runs across, and ``"Q?" X asked.`` pairs."""
        frames: list[Frame] = []
        for s in self.document.sentences:
            if s.last_token <= s.first_token:
                continue
            if frames:
                prev = frames[-1]
                q = self.quote_of[s.first_token]
                if q >= 0 and q == self.quote_of[prev.last - 1] and self.quotes[q].closed:
                    frames[-1] = attrs.evolve(prev, last=s.last_token)
                    continue
                closing = self.quote_of[prev.last - 1]
                # The cue may follow a subject with an apposition: '"Q?" Miller, a retired worker, said.'
                window = 14 if "," in self.words[s.first_token : s.first_token + 4] else 6
                if (
                    closing >= 0 and self.tokens[prev.last - 1].end == self.quotes[closing].close_mark
                    and self.quote_of[prev.first] >= 0  # the previous frame opens with a quotation
                    and self.paragraph_of(s.start) == prev.paragraph
                    and any(t in self.cue_set for t in range(s.first_token, min(s.last_token, s.first_token + window)))
                    and all(self.quote_of[t] < 0
                            for t in range(s.first_token, min(s.last_token, s.first_token + window)))
                ):
                    frames[-1] = attrs.evolve(prev, last=s.last_token)
                    continue
            frames.append(Frame(first=s.first_token, last=s.last_token, paragraph=self.paragraph_of(s.start)))
        return frames

    # -- content ----------------------------------------------------------------------------
    def quoted_text(self, qi: int) -> str:
        """The words of quotation ``qi``, without its marks."""
        return self.text[self.quotes[qi].start : self.quotes[qi].end]

    def quote_starting_at(self, k: int) -> int:
        """Index of the quotation whose opening mark is token ``k``, or -1."""
        q = self.quote_of[k] if 0 <= k < len(self.tokens) else -1
        return q if q >= 0 and self.tokens[k].start == self.quotes[q].open_mark else -1

    def verb_cue(self, k: int) -> bool:
        """Whether a cue starts at token ``k`` and is a verb: not "the remarks" or "the state's"."""
        before = self.words[k - 1] if k > 0 else ""
        return k in self.cue_set and before not in self.fw.determiners and before not in {"'s", "’s"}

    def opens_clause_at(self, k: int, frame: Frame) -> bool:
        """Whether token ``k`` may open a clause: the frame's start, or after a comma, conjunction or "that"."""
        return k == frame.first or self.words[k - 1] in self.clause_openers or self.words[k - 1] in self.fw.conjunctions

    def quotes_within(self, start: int, end: int) -> list[int]:
        """Indices of the quotations lying wholly in ``[start, end)``."""
        found = []
        for qi in range(bisect.bisect_left(self.quote_opens, start), len(self.quotes)):
            if self.quotes[qi].open_mark >= end:
                break
            if self.quotes[qi].close_mark <= end:
                found.append(qi)
        return found

    def one_word_name(self, k: int) -> bool:
        """Whether token ``k`` is a one-word name of a person or a body ("Clinton", "NATO")."""
        named = self.entity_from.get(k)
        return named is not None and named.label in NAME_LABELS | {"ORG"} \
            and self.token_range(named.start, named.end)[1] == k + 1

    def is_name_like(self, text: str) -> bool:
        """Whether quoted words read as a name or title: "Clean Network", "13 Hours"."""
        known = self._name_like.get(text)
        if known is None:
            words = [w for w in text.replace("-", " ").split() if w[:1].isalnum()]
            known = self._name_like[text] = bool(words) and len(words) <= 6 and all(
                w[:1].isupper() or w[:1].isdigit() or w.lower() in self.fw.minor_title_words for w in words)
        return known

    def alone_in_frame(self, q: Quotation, frame: Frame) -> bool:
        """Whether a quotation is all of its frame's words: '"Very good."' as a sentence of its own."""
        return not any(self.words[t][:1].isalnum() for t in range(frame.first, frame.last)
                       if self.tokens[t].end <= q.open_mark or self.tokens[t].start >= q.close_mark)

    def names_a_thing(self, span: tuple[int, int]) -> bool:
        """Whether quoted words name a thing rather than quote someone: a capitalised name between a determiner
        and the noun it modifies ('the "Clean Network" plan', 'its "America First" policy')."""
        if not self.is_name_like(self.text[span[0] : span[1]]):
            return False
        first, last = self.token_range(span[0], span[1])
        before = next((t for t in range(first - 1, -1, -1) if self.quote_of[t] < 0), -1)
        after = next((t for t in range(last, len(self.tokens)) if self.quote_of[t] < 0), len(self.tokens))
        return before >= 0 and self.words[before] in self.fw.determiners and after < len(self.tokens) \
            and self.tokens[after].text.isalpha() and self.tokens[after].text.islower() \
            and self.words[after] not in self.fw.auxiliaries and self.words[after] not in self.fw.finite_verbs \
            and self.words[after] not in self.fw.conjunctions and self.words[after] not in self.fw.prepositions

    def is_statement_like(self, text: str) -> bool:
        """Whether quoted words read as a statement rather than a name or a term."""
        known = self._statement_like.get(text)
        if known is None:
            known = self._statement_like[text] = self._reads_as_statement(text)
        return known

    def _reads_as_statement(self, text: str) -> bool:
        words = [w for w in text.split() if any(c.isalnum() for c in w)]
        if self.is_name_like(text) and len(words) <= 8:  # "13 Hours: The Secret Soldiers of Benghazi"
            return False
        stripped = text.rstrip("\"'”’ ")
        if len(words) >= 8:
            return True
        return len(words) >= 3 and stripped[-1:] in {".", "!", "?", "…"} or (len(words) >= 5 and stripped[-1:] == ",")


class IndexView:
    """Base of the rule classes: the index, and its arrays as attributes of their own (read often, so bound once).

    Parameters
    ----------
    index : TextIndex
        The document's token index.
    """

    def __init__(self, index: TextIndex) -> None:
        self.index = index
        self.document = index.document
        self.text = index.text
        self.tokens = index.tokens
        self.words = index.words
        self.starts = index.starts
        self.quotes = index.quotes
        self.nested = index.nested
        self.quote_of = index.quote_of
        self.entity_at = index.entity_at
        self.entity_from = index.entity_from
        self.lexicon = index.lexicon
        self.fw = index.fw
        self.people = index.people
        self.has_parse = index.has_parse
        self.children = index.children
        self.clause_openers = index.clause_openers
        self.clause_joints = index.clause_joints
        self.cues = index.cues
        self.cue_starts = index.cue_starts
        self.cue_set = index.cue_set
