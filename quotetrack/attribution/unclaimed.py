"""The quotations no cue claimed: continuation quotes, fragments of a speaker's words, and terms.

Read after the cue pass of :class:`~quotetrack.attribution.constructions.Attributor`: a statement-like
quotation is a continuation of the last speaker or the writer's clause quoting words; a lower-case fragment is
the words of its sentence's speaker or subject; anything else is a term (a name, a label, a title).
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

from quotetrack.attribution.carried import short_sentence_after
from quotetrack.attribution.carried_on import carried_on
from quotetrack.attribution.clause_rule import ClauseRule
from quotetrack.attribution.fronted_clauses import fronted_fragment_end
from quotetrack.attribution.index import Attribution, Frame
from quotetrack.attribution.quotations import Quotation
from quotetrack.attribution.sources import Source

__all__ = ["UnclaimedQuotations"]


class UnclaimedQuotations(ClauseRule):
    """Reads the quotations the cue pass of one document left (see the module's docstring).

    Parameters
    ----------
    index : TextIndex
        The document's token index.
    sources : SourceFinder
        Finds a colon's or a sentence's source.
    clauses : ClauseFinder
        Finds the clause a quoted fragment belongs to.
    """

    def read(self, out: Sequence[Attribution], used: set[int], described: set[int],
             named_things: set[tuple[int, int]], frame_sources: Mapping[int, Source],
             first_free: Sequence[int]) -> tuple[list[Attribution], list[tuple[int, int]]]:
        """The statements and terms among the quotations the cue pass left.

        Parameters
        ----------
        out : sequence of Attribution
            The statements the cue pass found.
        used : set of int
            The quotations those statements took; the quotations this pass takes are added to it.
        described : set of int
            The quotations inside a subject's apposition (terms).
        named_things : set of (int, int)
            The spans of quoted names inside reported clauses (terms).
        frame_sources : mapping of int to Source
            Per frame, the source of its first statement.
        first_free : sequence of int
            Per frame, its first word outside quotations.

        Returns
        -------
        tuple of (list of Attribution, list of (int, int))
            The new statements, and the spans of the quoted names and labels that are not statements.
        """
        terms: list[tuple[int, int]] = []
        frame_of_quote: dict[int, int] = {}
        for index, each in enumerate(self.index.frames):
            for quote in dict.fromkeys(self.quote_of[each.first : each.last]):  # each quotation once, in order
                if quote >= 0:
                    frame_of_quote.setdefault(quote, index)
        extra: list[Attribution] = []
        mixed_quoted = {span for a in out if a.kind == "mixed" for span in a.quoted}
        for qi, q in enumerate(self.quotes):
            words = self.index.quoted_text(qi)
            if qi in used:
                if self.index.is_name_like(words) and (q.start, q.end) in mixed_quoted \
                        or (q.start, q.end) in named_things:
                    terms.append((q.start, q.end))
                continue
            if q.end <= q.start:
                continue
            fi = frame_of_quote.get(qi)
            frame = self.index.frames[fi] if fi is not None else None
            byline = self.text[q.close_mark : q.close_mark + 6].lstrip(" ,").startswith("by ")  # a title's
            if (self.index.is_statement_like(words) or short_sentence_after(self, out, q, frame, fi, words)) \
                    and not byline:
                extra.append(self.statement(q, frame, fi, first_free))
            elif qi in described:
                terms.append((q.start, q.end))
            elif fi is not None and frame is not None and fi in frame_sources \
                    and not self.index.is_name_like(words) \
                    and words[:1].islower():
                # 'he sought to rally "freedom-loving nations" against ...': the speaker of the sentence quoted
                s, e, quoted = self.clauses.fragment_clause(frame, q)
                a, b = bisect.bisect_left(self.starts, s), bisect.bisect_left(self.starts, e)
                cut = fronted_fragment_end(self.index, frame, bisect.bisect_left(self.starts, q.close_mark) - 1, a, b)
                if cut >= 0:  # 'When told it was "in the round," Lee ...': a fronted clause's, speaker unknown
                    e = min(e, self.tokens[cut - 1].end)
                if cut < 0 or not any(x.start < e and s < x.end for x in out):
                    used.update(self.index.quotes_within(s, e))
                    extra.append(Attribution(start=s, end=e, kind="mixed", cue=None,
                                             source=frame_sources[fi] if cut < 0 else None,
                                             quoted=quoted, paragraph=self.index.paragraph_of(q.start)))
            elif frame is not None and not self.index.is_name_like(words) and (
                found := self.clauses.predicate_span(frame, q)
            ) is not None:
                # 'Campaign chair Paul Manafort dismissed the whole kerfuffle as "absurd."': the subject's words.
                s, e, quoted, verb, source = found
                used.update(self.index.quotes_within(s, e))
                extra.append(Attribution(start=s, end=e, kind="mixed", cue=verb, source=source, quoted=quoted,
                                         paragraph=self.index.paragraph_of(s)))
            else:
                terms.append((q.start, q.end))
        for q in self.nested:
            if self.index.is_name_like(self.text[q.start : q.end]) or len(self.text[q.start : q.end].split()) <= 4:
                terms.append((q.start, q.end))
        return extra, terms

    def statement(self, q: Quotation, frame: Frame | None, fi: int | None, first_free: Sequence[int]) -> Attribution:
        """A statement-like quotation no cue claimed: a continuation quote, or (lower case, inside a
        sentence: 'He has directed "a very ambitious reorganization"') the writer's clause quoting words."""
        a = bisect.bisect_left(self.starts, q.open_mark)
        inside = frame is not None and fi is not None and self.text[q.start : q.start + 1].islower() \
            and first_free[fi] < a
        start = self.tokens[self.clauses.clause_start(frame, a)].start if frame is not None and inside else q.start
        source = self.sources.colon_source(q, frame) if frame is not None else None
        if source is None and inside and frame is not None:  # 'Tom Hale used the debate to demand rich people "pay"'
            source = self.sources.opening_person(frame, a)
        start, end, inside = carried_on(self, self.clauses, q, frame, start, inside)  # '"... go after" the leader'
        return Attribution(start=start, end=end, kind="mixed" if inside else "direct", cue=None, source=source,
                           quoted=((q.start, q.end),) if inside else (), paragraph=self.index.paragraph_of(q.start))
