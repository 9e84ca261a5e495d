"""Read a long text window by window, so that memory does not grow with it beyond its reading.

:func:`split_windows` cuts a text into windows of bounded size: at a line break (a paragraph
boundary: quotations are paired within a paragraph) where there is one, else after a sentence end
outside any open quotation, else at a space; a text with none of these (nothing but quotation
marks, say) is cut at the size itself. Each window is read with the paragraphs just before it
(its *lead*) read again in front, so that a pronoun, a continuation quote or a turn at its
start has the sentences it looks back at. :class:`Assembly` then puts the windows' readings
together with document offsets, carrying what later windows need from earlier ones: the
speakers heard so far (one speaker a name, every mention gathered; a family name alone is the
person last named in full with it; a pronoun nothing in its window resolves is the last person
heard of its gender), the places named so far (the article's country, for affiliations) and the
statements of the lead (a response in a window to a statement of its lead keeps its target).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

import attrs

from quotetrack.attribution.people import People
from quotetrack.attribution.resolve import speaker_of_person
from quotetrack.model import Mention, Response, Speaker, Statement, Term, new_cue, new_mention, new_statement

__all__ = ["WINDOW", "Assembly", "Window", "split_windows"]

WINDOW = 50_000  # characters read at once: well above a news article (dev's longest: 18 k), small in memory
_SENTENCE_END = re.compile(r"[.!?…][\"”’»')\]]*\s+")
_SPACE = re.compile(r"\s+")
_NAMES = frozenset({"person", "organisation"})  # kinds of a speaker named by a name (a lone name may be a body)
_OPENS = ("“", "«")
_CLOSES = ("”", "»")


@attrs.frozen(kw_only=True)
class Window:
    """A window of a text: its reading covers ``[lead, end)``, its statements are those starting in
    ``[start, end)`` (the lead ``[lead, start)`` is context, read as part of the window before)."""

    lead: int
    start: int
    end: int


def _cut(text: str, start: int, limit: int) -> int:
    """Where the window starting at ``start`` ends, at most ``limit``: the last line break in its second half,
    else the last sentence end (or space) there outside an open quotation, else ``limit``."""
    half = start + (limit - start) // 2
    line = text.rfind("\n", half, limit)
    if line >= 0:
        return line + 1
    paragraph = text.rfind("\n", 0, start) + 1  # the quotation marks count from the paragraph's start
    for pattern in (_SENTENCE_END, _SPACE):
        # Each candidate is checked against the marks since the paragraph began, counted on from the one
        # before (the counts up to ``half`` are taken once): linear in the window.
        straight = text.count('"', paragraph, half)
        opened = [text.count(o, paragraph, half) - text.count(c, paragraph, half) for o, c in zip(_OPENS, _CLOSES)]
        previous, fits = half, -1
        for m in pattern.finditer(text, half, limit):
            position = m.end()
            straight += text.count('"', previous, position)
            opened = [n + text.count(o, previous, position) - text.count(c, previous, position)
                      for n, o, c in zip(opened, _OPENS, _CLOSES)]
            previous = position
            if straight % 2 == 0 and all(n <= 0 for n in opened) and position < limit:
                fits = position
        if fits > start:
            return fits
    return limit


def _lead(text: str, start: int, size: int) -> int:
    """The start of the paragraphs just before ``start`` that fit in ``size`` characters (``start`` if none
    does, or if ``start`` is inside a paragraph)."""
    if start == 0 or text[start - 1] != "\n":
        return start
    reach = max(0, start - size)
    if reach == 0:
        return 0
    line = text.find("\n", reach - 1, start - 1)
    return start if line < 0 else line + 1


def split_windows(text: str, size: int = WINDOW) -> Iterator[Window]:
    """Cut ``text`` into windows of at most ``size`` characters (each read with a lead of at most ``size // 20``).

    Parameters
    ----------
    text : str
        The text.
    size : int
        The most characters of a window (at least 2).

    Yields
    ------
    Window
        The windows in text order; their ``[start, end)`` tile the text.

    Examples
    --------
    >>> text = "One said this.\\nTwo said that.\\nThree.\\n"
    >>> [(w.lead, w.start, w.end, text[w.start : w.end]) for w in split_windows(text, 20)]
    [(0, 0, 15, 'One said this.\\n'), (15, 15, 30, 'Two said that.\\n'), (30, 30, 37, 'Three.\\n')]
    """
    size = max(2, size)
    start = 0
    while start < len(text):
        end = len(text) if len(text) - start <= size else _cut(text, start, start + size)
        yield Window(lead=_lead(text, start, size // 20), start=start, end=end)
        start = end


def _moved(mention: Mention, shift: int) -> Mention:
    return new_mention(mention.start + shift, mention.end + shift, mention.text)


def _mention(mention: Mention | None, shift: int) -> Mention | None:
    return None if mention is None else _moved(mention, shift)


def _shifted(st: Statement, shift: int, speaker: Speaker | None, others: tuple[Speaker, ...]) -> Statement:
    """``st`` moved ``shift`` characters on, with these speakers (the first window's parts are kept as they are)."""
    cue, mention, addressee = st.cue, st.speaker_mention, st.addressee
    if shift:
        cue = None if cue is None else new_cue(cue.start + shift, cue.end + shift, cue.text, cue.lemma)
        mention, addressee = _mention(mention, shift), _mention(addressee, shift)
    quoted = tuple((s + shift, e + shift) for s, e in st.quoted) if shift and st.quoted else st.quoted
    return new_statement(st.start + shift, st.end + shift, st.text, st.kind, cue, speaker, mention, quoted, st.medium,
                         addressee, others)


def _shifted_speaker(speaker: Speaker, shift: int) -> Speaker:
    return attrs.evolve(speaker, mentions=tuple(_moved(m, shift) for m in speaker.mentions))


@attrs.define
class Assembly:
    """The reading of a long text, put together window by window (mutable while it is built).

    Parameters
    ----------
    pronouns : mapping of str to str or None
        The personal pronouns and the gender of each (``"she"``: ``"f"``; ``"I"``: None).
    """

    pronouns: Mapping[str, str | None]
    statements: list[Statement] = attrs.Factory(list)
    terms: list[Term] = attrs.Factory(list)
    responses: list[Response] = attrs.Factory(list)
    places: dict[str, int] = attrs.Factory(dict)
    _speakers: dict[str, Speaker] = attrs.Factory(dict)  # name -> the speaker as first heard (mentions apart)
    _mentions: dict[str, dict[tuple[int, int], Mention]] = attrs.Factory(dict)
    _aliases: dict[str, dict[str, None]] = attrs.Factory(dict)
    _persons: dict[str, Speaker] = attrs.Factory(dict)  # the people named in full so far, as speakers
    _named: dict[str, int] = attrs.Factory(dict)  # how often each was named
    _families: dict[str, str] = attrs.Factory(dict)  # family name -> the person named most with it
    _genders: dict[str, str | None] = attrs.Factory(dict)
    _by_span: dict[tuple[int, int], int] = attrs.Factory(dict)  # the last window's statements by span
    _merged: set[int] = attrs.Factory(set)  # ids of the window's speakers whose mentions were gathered
    _last_person: str | None = None

    def add(self, window: Window, statements: Sequence[Statement], terms: Sequence[Term],
            responses: Sequence[Response], people: People, places: Mapping[str, int]) -> None:
        """Add the reading of ``window`` (offsets from ``window.lead``), its people and the place counts so far."""
        shift = window.lead
        speakers: dict[int, Speaker] = {}  # one shifted copy of each of the window's speakers
        self._merged.clear()

        def moved(speaker: Speaker | None) -> Speaker | None:
            if speaker is None:
                return None
            if id(speaker) not in speakers:
                speakers[id(speaker)] = _shifted_speaker(speaker, shift)
            return speakers[id(speaker)]

        index: dict[int, int | None] = {}  # the window's statement index -> the assembled one
        spans: dict[tuple[int, int], int] = {}  # this window's, for the next one's lead (it lies in this window)
        renamed: dict[str, str] = {}
        for i, st in enumerate(statements):
            start = st.start + shift
            if start < window.start:  # read in the window before, as it ended
                index[i] = self._by_span.get((start, st.end + shift))
                continue
            others = tuple(s for s in (self._carried(moved(c), None, renamed, False) for c in st.co_speakers)
                           if s is not None) if st.co_speakers else ()
            speaker = self._carried(moved(st.speaker), st.speaker_mention, renamed, True)
            st = _shifted(st, shift, speaker, others)
            index[i] = spans[(st.start, st.end)] = len(self.statements)
            self.statements.append(st)
        self.terms.extend(Term(start=t.start + shift, end=t.end + shift, text=t.text)
                          for t in terms if t.start + shift >= window.start)
        for r in responses:
            mine = index.get(r.statement)
            if mine is None or statements[r.statement].start + shift < window.start:
                continue  # the response of a statement of the lead was found with the window before
            target = None if r.target_statement is None else index.get(r.target_statement)
            self.responses.append(attrs.evolve(
                r, source=self._name(r.source, renamed), target=self._name(r.target, renamed), statement=mine,
                target_statement=target, evidence_span=_mention(r.evidence_span, shift)))
        for person in people.people:
            if person.named and person.kind == "person" and person.name != person.family:
                self._persons[person.name] = _shifted_speaker(speaker_of_person(person), shift)
                self._genders[person.name] = person.gender
                self._named[person.name] = self._named.get(person.name, 0) + len(person.mentions)
                known = self._families.get(person.family)  # the one named most, as in one reading
                if known is None or self._named[person.name] >= self._named[known]:
                    self._families[person.family] = person.name
        self.places = dict(places)
        self._by_span = spans

    def _carried(self, speaker: Speaker | None, mention: Mention | None, renamed: dict[str, str],
                 last: bool) -> Speaker | None:
        """The speaker a statement of a window has once what earlier windows heard is known; remembered (``last``:
        as the person last heard, when it is one)."""
        if speaker is None and mention is not None and mention.text.lower() in self.pronouns:
            gender = self.pronouns[mention.text.lower()]  # a pronoun its window could not resolve
            heard = self._last_person
            if heard is not None and (gender is None or self._genders.get(heard) in (None, gender)):
                speaker = self._speakers[heard]
        if speaker is None:
            return None
        heard_as = speaker
        full = self._families.get(speaker.name) if speaker.kind in _NAMES and " " not in speaker.name else None
        if full is not None:  # "Smith", a name alone, after Jane Smith was named in an earlier window
            renamed[speaker.name] = full
            speaker = self._speakers.get(full) or self._persons[full]
        name = speaker.name
        if name not in self._speakers:
            self._speakers[name] = speaker
            self._aliases[name] = dict.fromkeys(speaker.aliases)
            self._mentions[name] = {}
        if id(heard_as) not in self._merged:  # each window's speaker once, however many statements it made
            self._merged.add(id(heard_as))
            self._mentions[name].update(((m.start, m.end), m) for m in heard_as.mentions)
            self._aliases[name].update(dict.fromkeys(speaker.aliases))
            self._aliases[name].update(dict.fromkeys(heard_as.aliases))
            known = self._speakers[name]  # what an earlier window did not know (a title, a body) a later one may
            missing = {f: getattr(speaker, f) for f in ("title", "organisation", "country", "party")
                       if getattr(known, f) is None and getattr(speaker, f) is not None}
            if missing:
                self._speakers[name] = attrs.evolve(known, **missing)  # type: ignore[arg-type]
        if speaker.kind == "person" and last:
            self._last_person = name
            self._genders.setdefault(name, None)
        return self._speakers[name]

    def _name(self, name: str, renamed: Mapping[str, str]) -> str:
        """A response's end as the assembly names it: a family name alone is the person heard in full before."""
        return renamed.get(name) or (self._families.get(name, name) if " " not in name else name)

    def speakers(self) -> dict[str, Speaker]:
        """Each speaker by name, with every alias and mention the windows found."""
        return {name: attrs.evolve(speaker, aliases=tuple(self._aliases[name]),
                                   mentions=tuple(m for _, m in sorted(self._mentions[name].items())))
                for name, speaker in self._speakers.items()}

    def final_statements(self) -> list[Statement]:
        """The statements in text order, each with its speakers as :meth:`speakers` has them."""
        final = self.speakers()
        out = []
        for st in self.statements:
            if st.speaker is not None:  # (attrs.evolve, slot by slot: a long text may hold 70,000 statements a MB)
                st = new_statement(st.start, st.end, st.text, st.kind, st.cue, final[st.speaker.name],
                                   st.speaker_mention, st.quoted, st.medium, st.addressee,
                                   tuple(final[s.name] for s in st.co_speakers))
            out.append(st)
        return out
