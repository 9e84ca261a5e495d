"""The constructions that tie a cue to its source and its content, one method each.

:class:`Attributor` reads a document frame by frame. For each cue it finds the source
(:class:`~quotetrack.attribution.sources.SourceFinder`), then tries the constructions in
turn: a quotation before the cue (``"A," she said``), quotations after it (``she said: "A"``),
a reported clause after it (``said that ...``), an object that quotes words (``called it
"a hoax"``) or the clause before it (``..., she said``). Cues of kind ``according_to`` report
the rest of their sentence. Quotations no cue claimed are read last: continuations, quoted
fragments of a speaker's words, or terms.
"""

from __future__ import annotations

import bisect

from quotetrack.attribution.added_participles import reporter_before, titled_absolute
from quotetrack.attribution.addressed import past_addressee
from quotetrack.attribution.citations import cited_reason
from quotetrack.attribution.ads import AdSponsors
from quotetrack.attribution.clauses import ClauseFinder
from quotetrack.attribution.cues import CueMatch, cues_within
from quotetrack.attribution.headlines import single_marked_headline
from quotetrack.attribution.carried import carried_participle, continues_last
from quotetrack.attribution.extents import closing_apposition, first_comma, object_break
from quotetrack.attribution.findings import record_subject
from quotetrack.attribution.fronted import fronted_setting
from quotetrack.attribution.inverted import inverted_source
from quotetrack.attribution.index import MAX_CLAUSE, NAME_LABELS, Attribution, Frame, IndexView, TextIndex, words_from
from quotetrack.attribution.nouns import NounClauses
from quotetrack.attribution.fronted_clauses import (
    fronted_clause_end, fronted_quotation, has_own_cue, main_clause_start, without_opener,
)
from quotetrack.attribution.participles import coordinated_participle, opens_participle
from quotetrack.attribution.passives import PassiveAgents
from quotetrack.attribution.reactions import ReactionAgents
from quotetrack.attribution.relative_ends import relative_clause_end
from quotetrack.attribution.parsed import ParsedSubjects
from quotetrack.attribution.sources import Source, SourceFinder
from quotetrack.attribution.trailing_as import trailing_as_end
from quotetrack.attribution.unclaimed import UnclaimedQuotations
from quotetrack.budget import check_budget

__all__ = ["Attribution", "Attributor"]


class Attributor(IndexView):
    """One attribution pass over one document (see the module's docstring).

    Parameters
    ----------
    index : TextIndex
        The document's token index.
    """

    def __init__(self, index: TextIndex) -> None:
        super().__init__(index)
        self.sources = SourceFinder(index)
        self.clauses = ClauseFinder(index, self.sources)
        self.parsed = ParsedSubjects(index, self.sources)
        self.nouns = NounClauses(index, self.sources, self.clauses)
        self.passives = PassiveAgents(index, self.sources, self.clauses)
        self.ads = AdSponsors(index, self.sources, self.clauses)
        self.reactions = ReactionAgents(index, self.sources, self.clauses)
        self.unclaimed = UnclaimedQuotations(index, self.sources, self.clauses)
        self.out: list[Attribution] = []
        self.used: set[int] = set()  # quotations a statement took
        self.described: set[int] = set()  # quotations inside a subject's apposition
        self.frame_sources: dict[int, Source] = {}  # frame -> the source of its first statement
        self.first_free: list[int] = []  # per frame: its first word outside quotations
        self.pending_colon: tuple[CueMatch, Source] | None = None  # 'X said:' ending a frame
        self.named_things: set[tuple[int, int]] = set()  # quoted names inside reported clauses: terms
        self.frame_first = self.main_start = 0  # the frame read; its main clause after a fronted clause ("While ...,")

    def find(self) -> tuple[list[Attribution], list[tuple[int, int]]]:
        """Read every frame's cues, then the quotations no cue claimed: the statements found (in no
        particular order) and the spans of the quoted names and labels that are not statements."""
        for fi, frame in enumerate(self.index.frames):
            check_budget()
            self.read_frame(fi, frame)
        self.out.sort(key=lambda s: s.start)
        extra, terms = self.unclaimed.read(self.out, self.used, self.described, self.named_things,
                                           self.frame_sources, self.first_free)
        return self.out + extra, terms

    def add(self, fi: int, start: int, end: int, kind: str, cue: CueMatch | None, source: Source | None,
            quoted: tuple[tuple[int, int], ...] = ()) -> None:
        """Record a statement of frame ``fi``."""
        if kind == "indirect" and cue is not None and cue.lemma in self.lexicon.quoted_only_cues \
                and not (cue.participle and self.index.after_comma(cue.first)):  # (", referring to X" says whom)
            return  # "referred to the committee": such a cue reports words only when it quotes them
        if source is not None and (cue is None or cue.kind != "noun_object"):  # (a noun's owner is no subject)
            self.frame_source(fi, cue, source)
        self.out.append(Attribution(start=start, end=end, kind=kind, cue=cue, source=source, quoted=quoted,
                                    paragraph=self.index.paragraph_of(start)))

    def frame_source(self, fi: int, cue: CueMatch | None, source: Source) -> None:
        """Record ``source`` as frame ``fi``'s subject if none is yet, unless ``cue`` stands in a fronted clause
        ("While Hale praised it, Dale ..., saying": the participle is Dale's)."""
        if cue is None or not self.frame_first <= cue.first < self.main_start:
            self.frame_sources.setdefault(fi, source)

    def add_clause(self, fi: int, first: int, end: int, cue: CueMatch, source: Source) -> None:
        """Record the reported clause of tokens ``[first, end)``: mixed if it quotes words, else indirect."""
        s, e, quoted = self.clauses.content_span(first, end)
        self.used.update(self.index.quotes_within(s, e))
        names = {span for span in quoted if self.index.names_a_thing(span)}
        self.named_things |= names
        words = tuple(span for span in quoted if span not in names)
        self.add(fi, s, e, "mixed" if words else "indirect", cue, source, words)

    # -- one frame ----------------------------------------------------------------------------
    def read_frame(self, fi: int, frame: Frame) -> None:
        a, b = bisect.bisect_left(self.cue_starts, frame.first), bisect.bisect_left(self.cue_starts, frame.last)
        frame_cues = self.cues[a:b]
        frame_out = len(self.out)  # the statements of this frame start here
        self.frame_first, self.main_start = frame.first, main_clause_start(self.index, frame)
        frame_quotes = sorted(set(self.quote_of[frame.first : frame.last]) - {-1})  # -1: outside quotations
        self.first_free.append(next((t for t in range(frame.first, frame.last)
                                     if self.quote_of[t] < 0 and self.words[t][:1].isalnum()), frame.last))
        if self.pending_colon is not None:
            colon_cue, colon_source = self.pending_colon
            self.pending_colon = None
            if self.index.quote_starting_at(frame.first) >= 0:
                for qi in frame_quotes:
                    self.add(fi, self.quotes[qi].start, self.quotes[qi].end, "direct", colon_cue, colon_source)
                    self.used.add(qi)
        self.headline_colon(fi, frame)
        for ci, cue in enumerate(frame_cues):
            if cue.cls != "source_after":
                self.read_cue(fi, frame, frame_cues, ci, frame_quotes)
            elif (cited := cited_reason(self.index, cue, frame)) is not None:  # ", citing legal risks"
                self.read_cue(fi, frame, [*frame_cues[:ci], cited, *frame_cues[ci + 1 :]], ci, frame_quotes)
        for cue in frame_cues:
            if cue.kind == "according_to":
                self.according_to(fi, frame, cue, frame_out)
        for first, end, noun, source in [*self.nouns.read(frame), *self.nouns.read_objects(frame),
                                         *self.passives.read(frame, frame_cues), *self.ads.read(frame, frame_cues),
                                         *self.reactions.read(frame)]:
            s, e, _ = self.clauses.content_span(first, end)  # "his claim that ...", "her attacks on the plan"
            if not any(a.start < e and s < a.end for a in self.out[frame_out:]):
                self.add_clause(fi, first, end, noun, source)

    def according_to(self, fi: int, frame: Frame, cue: CueMatch, frame_out: int) -> None:
        """'according to X': the statement is the rest of the frame, unless a verb cue already took it."""
        source = self.sources.source_after(cue.last, frame)
        if source is None and cue.last - cue.first > 1:  # "according to federal statistics"
            source = self.sources.phrase_after(cue.last, frame)
        if source is None or cue.last - cue.first == 1 and source.entity is None:
            return  # a one-word cue is also a plain preposition: "$5 per share", "per the plan"
        rest = source.last + 1 if source.last < frame.last and self.words[source.last] == "," else frame.last
        few = self.clauses.few_words(frame.first, cue.first, 3)
        if cue.first > frame.first + 1 and not (few and frame.last - rest >= 4):
            first = max(frame.first, cue.first - MAX_CLAUSE)  # (bounded: a frame may be one endless sentence)
            end = cue.first - (1 if self.words[cue.first - 1] == "," else 0)
        else:  # 'according to X, ...', and 'By May, according to X, the fund had ...': the clause after X
            first = source.last
            while first < frame.last and self.words[first] == ",":
                first += 1
            end = self.clauses.clause_end(first, frame, ())
        if end - first < 3:
            return
        s, e, _ = self.clauses.content_span(first, end)
        if any(a.start < e and s < a.end and not (s <= a.start and a.end <= e and a.cue is not None
                                                   and a.cue.first > first) for a in self.out[frame_out:]):
            return  # a verb cue of this frame took it; one inside the clause ('X view her unfavorably') reports less
        self.add_clause(fi, first, end, cue, source)
        if first == source.last + 1 and cue.first - 1 > frame.first and self.words[cue.first - 1] == "," \
                and all(self.quote_of[t] < 0 for t in range(frame.first, cue.first)):
            self.add_clause(fi, frame.first, cue.first - 1, cue, source)  # and 'By May', a fragment of it

    def headline_colon(self, fi: int, frame: Frame) -> None:
        """'Poll: Clinton leads in Ohio', 'Jane Smith: the plan is dead': a sentence opening with a name or a source
        noun and a colon reports the rest, quoting no words or a headline's in single marks ('Dale: Plan 'a mess'')."""
        c = next((t for t in range(frame.first, min(frame.last, frame.first + 6))
                  if self.words[t] == ":" and self.quote_of[t] < 0), None)
        if c is None or c == frame.first or frame.last - c < 4 or self.index.quote_starting_at(c + 1) >= 0:
            return
        e = self.entity_from.get(frame.first)
        person = self.people.at(e.start) if e is not None else None
        if e is not None and e.label in NAME_LABELS and self.index.token_range(e.start, e.end)[1] == c \
                and person is not None and len(person.mentions) > 1:  # a person the article names again
            source = Source(first=frame.first, last=c, kind="entity", entity=e)
        elif c == frame.first + 1 and self.words[frame.first] in self.lexicon.source_nouns:
            source = Source(first=frame.first, last=c, kind="description")
        else:
            return
        end = self.clauses.clause_end(c + 1, frame, ())
        if end - c > 3 and (all(self.quote_of[t] < 0 for t in range(c + 1, end))
                            or self.tokens[end - 1].end <= single_marked_headline(self.index.text, self.index.quotes)):
            colon = CueMatch(first=c, last=c + 1, lemma=":", cls="speech", kind="colon")
            self.add_clause(fi, c + 1, end, colon, source)

    # -- one cue ------------------------------------------------------------------------------
    def read_cue(self, fi: int, frame: Frame, frame_cues: list[CueMatch], ci: int, frame_quotes: list[int]) -> None:
        cue = frame_cues[ci]
        found = self.cue_source(fi, frame, frame_cues, ci)
        if found is None:
            return
        source, right_subject = found
        after = source.last if right_subject else cue.last
        if not right_subject and not any(self.index.verb_cue(t) for t in range(source.last, cue.first)):
            # 'Jane Smith, a strategist for a "super PAC," said': a label in the subject's apposition
            self.described.update(self.quote_of[t] for t in range(source.last, cue.first) if self.quote_of[t] >= 0)
        left_direct = self.quotation_before(fi, frame, cue, source, right_subject)
        found_direct = left_direct is not None
        if self.quotations_after(fi, frame, cue, source, after, found_direct, frame_quotes):
            if left_direct is None and (front := self.clauses.fronted_words(frame, cue, source, right_subject, after)):
                self.add_clause(fi, frame.first, front, cue, source)  # 'Sooner or later, X said, "it will ..."'
            found_direct, left_direct = True, False
        # '"Q." Reid said both men are ...': a sentence of its own may report a clause too
        clause_only = bool(left_direct) and not right_subject and after < frame.last and self.quote_of[after] < 0 \
            and (self.clauses.opens_clause(self.words[after]) or cue.lemma in self.fw.addressed_cues)
        if found_direct and not clause_only:
            return
        if not clause_only and self.words[frame.last - 1] == ":" and frame.last - cue.last <= 8 and not any(
            t in self.cue_set for t in range(cue.last, frame.last)
        ):
            self.pending_colon = (cue, source)
            return
        if cue.cls == "response" and not (after < frame.last and self.words[after] in {"that", ":"}):
            if not self.quoting_object(fi, frame, frame_cues, ci, source, after) and not right_subject:
                self.narrated_object(fi, frame, frame_cues, ci, source, after)
            return
        # The reported clause after the cue: X said (that) ...
        complement = self.clauses.complement_start(after, frame, cue)
        if complement is not None:
            later = cues_within(frame_cues, ci + 1, complement + MAX_CLAUSE)
            end = self.clauses.reported_clause_end(complement, frame, later)
            if not right_subject:  # 'While X says costs will fall, critics ...': the main clause is not X's
                end = self.clauses.subordinate_end(source.phrase_first, complement, end, frame)
            end = fronted_clause_end(self.index, frame, self.main_start, cue.first, complement, end)
            if cue.lemma in self.fw.naming_cues:  # 'called his film "a surprise" last week when ...'
                end = self.clauses.object_end(complement, end)
            relative = self.index.relative_within(source.last, cue.first) or (
                cue.participle and not right_subject and not self.index.after_comma(cue.first)
            )  # "the super PAC supporting Jane Smith, spent ...": a reduced relative clause
            if (self.words[complement] == "to" or relative) and all(
                self.quote_of[t] < 0 for t in range(complement, end)
            ):  # "hoped to calm them, and took ...", "X, who said Y, left": without quoted words, a comma ends it
                end = first_comma(self.index, complement, end)  # (not before a second infinitive: ", and to ...")
            elif relative:  # "X, who was reluctant to endorse Y, was more direct": the main verb resumes after it
                end = relative_clause_end(self.index, complement, end)
            end = closing_apposition(self.index, complement, self.clauses.noun_object_end(complement, end))
            if end - complement >= 2 or end - complement == 1 and (cue.cls == "belief" and self.index.one_word_name(
                complement) or self.words[complement] in self.fw.answers):  # "endorsed Smith", "said yes"
                self.add_clause(fi, complement, end, cue, source)
                if not right_subject and (k := self.clauses.relative_before(source)) is not None:  # 'the fees, which'
                    self.add(fi, self.tokens[k].start, self.tokens[k].end, "indirect", cue, source)
                return
        elif not right_subject and self.quoting_object(fi, frame, frame_cues, ci, source, after):
            return  # 'described them as "closing arguments"'
        if not clause_only:
            self.clause_before(fi, frame, frame_cues, ci, source, right_subject, after)

    def cue_source(self, fi: int, frame: Frame, frame_cues: list[CueMatch], ci: int) -> tuple[Source, bool] | None:
        """The source of a cue and whether it is written after the cue ('said X'); None when the cue
        reports nothing here (a noun, a name, a passive) or was dealt with ('Asked whether ..., X said')."""
        cue = frame_cues[ci]
        if cue.last < frame.last and self.words[cue.last] in self.fw.passive_auxiliaries \
                and self.words[cue.last - 1].endswith("ed"):
            return None  # "Among the firms accused were ...": a participle modifying its noun, no cue
        parsed = self.parsed.parse_subject(cue, frame)  # the backend's parse knows the subject of the cue verb
        if parsed is None and (titled := titled_absolute(self.sources, cue, frame)) is not None:
            return titled, False  # ', with the former secretary of state calling it "troubling"'
        if cue.participle and cue.first - 2 >= frame.first and self.words[cue.first - 1] == "as":
            quoted = self.sources.quoted_as(cue, frame)  # "AP quoted prosecutor X as saying", "X was quoted as saying"
            if quoted is not None:
                return quoted, False
        progressive = cue.first > frame.first and self.words[cue.first - 1] in self.fw.passive_auxiliaries
        participle_clause = parsed is None and cue.participle and not progressive and cue.first > frame.first and (
            opens_participle(self.index, cue.first)  # ", saying", "after (repeatedly) dismissing"
            or coordinated_participle(self.index, cue, frame_cues[:ci]))  # "blaming X and accusing him of ..."
        source = parsed or (None if participle_clause else record_subject(self.index, cue, frame)
                            or self.sources.source_before(cue, frame))  # (record: "Data from the census show")
        source = source and without_opener(self.index, source)  # "Although polls show ...": polls
        if source is not None and cue.participle and source.kind == "description" and source.phrase_first > 0 \
                and self.words[source.phrase_first - 1] == "with" \
                and self.words[source.last - 1] not in self.lexicon.source_nouns:
            return None  # "with the fixture continuing until 1989": the participle's subject is that thing
        if source is not None and cue.participle and not progressive and (
            source.kind == "description" and not self.sources.absolute_subject(source)
            and self.words[source.last - 1] not in self.fw.display_nouns  # "held up a sign saying": the sign's
            or source.phrase_first > frame.first
            and self.words[source.phrase_first - 1] in self.fw.medium_prepositions
            and " ".join(self.words[source.first:source.last]).lower() in self.lexicon.media.get("platform", {})
        ):  # "issued a statement saying", "responded on Facebook writing": the statement's issuer speaks
            participle_clause = True
            source = None
        if source is not None and source.kind == "description" and self.sources.noun_cue(cue, source):
            return None
        if source is not None and source.kind == "description" and cue.lemma in self.fw.naming_cues and (
            self.index.quote_starting_at(cue.last) >= 0 or not self.index.opens_clause_at(source.phrase_first, frame)
        ) and not self.sources.absolute_subject(source):
            # 'a phenomenon called "differential nonresponse"', 'slammed the loophole called ...' name things
            return None
        if source is not None and source.kind == "entity" and self.words[cue.first] == cue.lemma and not any(
            self.words[t] in self.fw.auxiliaries for t in range(source.last, cue.first)
        ) and not self.words[source.last - 1].endswith("s") and not (
            source.first > 0 and self.words[source.first - 1].rstrip(".") in self.lexicon.courtesy_titles
        ) and not (source.phrase_first > frame.first and self.words[source.phrase_first - 1] == "and"):
            # "the Hillary Clinton email scandal": a singular name takes "emails"; "Mr Reyes forecast" is a verb, and
            # so is "Jane Smith and Tom Brown say" (two names)
            return None
        if parsed is None and source is not None and source.phrase_first > frame.first \
                and (named := inverted_source(self.index, self.sources, cue, frame)):
            return named, True  # 'X, who lives there, says Tom Hale, a strategist': the name after the cue speaks
        right_subject = parsed is not None and parsed.first > cue.first
        before = self.quote_of[cue.first - 1] if cue.first > 0 else -1
        if source is None and not cue.participle and (
            cue.first == frame.first or (self.index.after_comma(cue.first) or before >= 0)
            and not (before >= 0 and self.index.is_name_like(self.index.quoted_text(before))
                     and bisect.bisect_left(self.starts, self.quotes[before].open_mark) > frame.first)
        ):  # '"Q," said X', '"Hi," said X', but not 'host of "Morning Joe," suggested'
            source = self.sources.source_after(cue.last, frame)
            # Not a passive ("announced Wednesday by X"), nor a pronoun opening the next clause
            # ('Humphrey, who calls him "a fraud," said he doubts ...').
            if source is not None and (source.kind == "pronoun" and cue.first > frame.first or any(
                self.words[t] == "by" for t in range(cue.last, source.first)
            )):
                source = None
            clause_subject = source is not None and source.kind == "entity" and cue.first > frame.first \
                and source.last < frame.last and self._finite(source.last)
            if clause_subject:  # "X, R-Ohio, a candidate, said Hale is ...": Hale opens the reported clause
                source = None
            right_subject = source is not None
            if source is None and cue.first > frame.first and cue.last < frame.last \
                    and (clause_subject or self.words[cue.last] in self.fw.clause_openers):
                # "X, when asked ..., responded that ...": no subject after the cue; the frame's, before it
                source = self.sources.frame_subject(frame, cue.first)
        if source is None and participle_clause:  # ("..., Ann Dale said, adding that ...": the reporter's)
            source = reporter_before(self.sources, frame_cues[:ci], cue, frame) or self.frame_sources.get(fi) \
                or self.sources.frame_subject(frame, cue.first)
        if source is None and cue.lemma == "ask" and (
            cue.first == frame.first or cue.first - 1 == frame.first
            and self.words[cue.first - 1] in self.fw.time_conjunctions
        ):
            self.asked(fi, frame, frame_cues, ci)
            return None
        return None if source is None else (source, right_subject)

    def _finite(self, t: int) -> bool:
        """Whether token ``t`` reads as a finite verb: an auxiliary ("would", not "to"), a form of be or have, or a
        past form in lower case ("failed")."""
        word = self.words[t]
        return word != "to" and word in self.fw.auxiliaries or word in self.fw.finite_verbs \
            or self.tokens[t].text.islower() and word.endswith("ed")

    def asked(self, fi: int, frame: Frame, frame_cues: list[CueMatch], ci: int) -> None:
        """'Asked whether he would resign, Priebus said ...': the question was put to the next cue's subject."""
        cue = frame_cues[ci]
        source = next((src for nxt in frame_cues[ci + 1 :] if (src := self.sources.source_before(nxt, frame))), None)
        if source is None:
            return
        start = self.clauses.complement_start(cue.last, frame, cue)
        end = source.phrase_first - (1 if self.words[source.phrase_first - 1] == "," else 0)
        if start is not None and end - start >= 2:  # the question is the reporter's, not the answer's speaker's
            self.used.update(self.index.quotes_within(*self.clauses.content_span(start, end)[:2]))

    def quotation_before(
        self, fi: int, frame: Frame, cue: CueMatch, source: Source, right_subject: bool
    ) -> bool | None:
        """A quotation closing right before the subject ('"Q," X said'), or before the cue ('"Q," said X').

        Returns None when there is none, else whether it ends a sentence of its own ('"Q." X said ...').
        """
        left_edge = cue.first if right_subject else self.sources.coordinated_start(source.phrase_first, frame.first)
        k = left_edge - 1
        skipped = False
        while k >= frame.first and (self.words[k] in {",", "—"} or (  # "former", "super PAC", "Judicial Watch"
            not right_subject and left_edge - k <= 3 and self.quote_of[k] < 0 and self.words[k].isalpha()
            and k not in self.cue_set and self.words[k] not in self.fw.clause_openers  # '"Q." X added that Y wants'
        )):
            skipped = skipped or self.words[k].isalpha()
            k -= 1
        if k < frame.first or self.quote_of[k] < 0 or self.quote_of[k] in self.used:
            return None
        if fronted_quotation(self.index, frame, self.main_start, cue.first, k):
            return None  # 'While X said it was "fair," Lee said ...': the fronted clause's quotation
        qi = self.quote_of[k]
        q = self.quotes[qi]
        opens_frame = self.first_free[fi] >= k
        words = self.index.quoted_text(qi)
        if opens_frame and not right_subject and continues_last(self, self.out, q, words, cue, frame):
            return None
        if not (self.tokens[k].end >= q.close_mark and (
            opens_frame or self.index.is_statement_like(words) and not right_subject
            or not self.index.is_name_like(words) and (right_subject or words[:1].islower() and not skipped)
        )):
            return None
        if not opens_frame and words[:1].islower():
            # 'With thousands of systems, "there is no single point of failure," he said': the sentence is the
            # reported clause.
            start = self.tokens[self.clauses.clause_start(frame, bisect.bisect_left(self.starts, q.open_mark),
                                           commas=False)].start
            within = self.index.quotes_within(start, self.tokens[k].end)
            self.used.update(within)
            self.add(fi, start, self.tokens[k].end, "mixed", cue, source,
                     tuple((self.quotes[qj].start, self.quotes[qj].end) for qj in within))
        else:
            self.add(fi, q.start, q.end, "direct", cue, source)
        self.used.add(qi)
        return words.rstrip("\"'”’ ")[-1:] in {".", "?", "!"}

    def quotations_after(self, fi: int, frame: Frame, cue: CueMatch, source: Source, after: int,
                         found_direct: bool, frame_quotes: list[int]) -> bool:
        """Quotations after the cue: 'X said: "Q"', 'X said, "Q"', '"Q1," X said, "Q2."'. Whether one was found."""
        j = after
        while j < frame.last and j < after + 16 and self.quote_of[j] < 0 and self.words[j] not in {".", ";"}:
            if j > after and j in self.cue_set:
                break
            j += 1
        qi = self.index.quote_starting_at(j) if j < frame.last else -1
        if qi < 0 or qi in self.used:
            return False
        q = self.quotes[qi]
        before = self.words[j - 1] if j > after else ""
        ends_frame = all(not self.words[t][:1].isalnum()
                         for t in range(bisect.bisect_left(self.starts, q.close_mark), frame.last))
        capital = self.text[q.start : q.start + 1].isupper()
        if before == ":" and j > after + 1 and self.clauses.has_verb(after, j):
            return False  # 'said she has the quality it needs: "Patience."': a reported clause, which quotes words
        if not (before == ":" or before == "," and (capital or found_direct or j == past_addressee(self.index, cue,
                after, j) + 1) or j == after and ends_frame and not found_direct) or "that" in self.words[after:j]:
            return False  # ('said that in 2009, "I called ..."': a reported clause that quotes words)
        goes_on = self.clauses.goes_on_after(q, frame)
        if goes_on is None:
            self.add(fi, q.start, q.end, "direct", cue, source)
        else:  # 'said, "We have three weeks to go" until the caucuses': the writer's words finish the clause
            self.add(fi, q.open_mark, self.tokens[goes_on - 1].end, "mixed", cue, source, ((q.start, q.end),))
        self.used.add(qi)
        for qj in frame_quotes if before == ":" else ():  # further quotations after a colon: the same cue's
            if qj > qi and qj not in self.used:
                self.add(fi, self.quotes[qj].start, self.quotes[qj].end, "direct", cue, source)
                self.used.add(qj)
        return True

    def quoting_object(self, fi: int, frame: Frame, frame_cues: list[CueMatch], ci: int, source: Source,
                       after: int) -> bool:
        """'Manafort dismissed the whole kerfuffle as "absurd"', 'described them as "closing arguments"': the
        verb's object quotes its speaker. Whether the object quotes words (the cue is then dealt with)."""
        if not self.clauses.quotes_in_object(after, frame):
            return False
        later = cues_within(frame_cues, ci + 1, after + MAX_CLAUSE)
        end = self.clauses.object_end(after, self.clauses.clause_end(after, frame, later))
        if end > after:
            s, e, quoted = self.clauses.content_span(after, end)
            if quoted:
                self.used.update(self.index.quotes_within(s, e))
                self.add(fi, s, e, "mixed", frame_cues[ci], source, quoted)
        return True

    def narrated_object(self, fi: int, frame: Frame, frame_cues: list[CueMatch], ci: int, source: Source,
                        after: int) -> None:
        """'Airlines have attacked the legislation', 'X rejected Y's claim that ...': a response verb whose object is a
        noun phrase reports its subject's stance on it; the object (and what follows it in the clause) is the statement,
        as for 'accused the firms of ...'. Where a participle carries the subject's words ('attacked the plan, saying
        ...', 'rebuffed the remarks by calling for ...', 'hit back, saying ...') the participle is the statement and
        takes the subject; a claim's clause is reported either way ('rejected the claim that ..., saying'). Not a
        passive ('was attacked by'), nor a participle (', defending the seat'), nor a time ('hit back Thursday')."""
        cue = frame_cues[ci]
        progressive = cue.participle and cue.first > 0 and self.words[cue.first - 1] in self.fw.passive_auxiliaries
        # "X responded first, ripping into Y": a participle after the frame's statement carries its speaker's stance
        carried = carried_participle(self, cue, source, self.frame_sources.get(fi))
        if after >= frame.last or self.quote_of[after] >= 0 or cue.first == 0 or cue.participle != (
                progressive or carried) or self.words[cue.first - 1] in self.fw.passive_auxiliaries and not progressive:
            return  # "Republicans are slamming X for ...": a progressive is the subject's own
        comma = after + 1 if after + 1 < frame.last and (self.words[after].endswith("ly") or self.words[after] in
                                                          self.fw.turn_adverbs) else after  # "responded first, ..."
        if self.words[comma] == "," and any(c.first == comma + 1 and c.participle for c in frame_cues[ci + 1 :]):
            self.frame_source(fi, cue, source)
            return
        word = self.words[after]
        claim = after + 1 < frame.last and self.words[after + 1] == "that" and word.isalpha() \
            and self.tokens[after].text.islower() and word not in self.fw.between  # "rejected speculation that"
        if word in self.fw.topic_prepositions | self.fw.target_prepositions and after + 1 < frame.last \
                and self.words[after + 1][:1].isalnum() and self.quote_of[after + 1] < 0:
            after, word = after + 1, self.words[after + 1]  # "railed against the plan", "ripped into X"
        plain = self.clauses.plain_object(after, frame)  # "blasted congressional Republicans", "chided him"
        titled = getattr(self.entity_from.get(after), "label", None) == "TITLE"  # "criticized then-Gov. X"
        if not (claim or plain or titled or word in self.fw.determiners or self.tokens[after].text[:1].isupper()
                and word not in self.fw.between) or word in self.fw.weekdays or word in self.fw.time_adverbs:
            return
        # A cue inside the claim is the claim's ("the speculation that he was considering ..."), unless coordinated.
        that = next((t for t in range(after, min(frame.last, after + 4)) if self.words[t] == "that"), frame.last)
        later = [c for c in cues_within(frame_cues, ci + 1, after + MAX_CLAUSE)
                 if self.words[c.first - 1] not in self.fw.passive_auxiliaries
                 and (c.first < that or self.words[c.first - 1] in {"and", ","})]
        end = self.clauses.clause_end(after, frame, later)
        reasons = self.fw.prepositions - self.fw.participle_openers  # "criticized X for supporting ...": a reason
        participles = {c.first for c in later if c.participle and self.words[c.first - 1] not in reasons}
        end = next((t for t in range(after, end) if object_break(self.index, t) or t in participles),
                   end)  # "swiped at Ryan in a series of tweets: "...": the quotation its own
        end = self.clauses.narrated_object_end(after, end, plain)
        end = fronted_clause_end(self.index, frame, self.main_start, cue.first, after, end)
        k = end
        while k < frame.last and (self.words[k] == "," or self.words[k] in self.fw.participle_openers):
            k += 1
        end = self.clauses.noun_object_end(after, end)
        before = self.words[k - 1]  # "her work defending X": a participle not of saying after a noun is the noun's
        modifies = before.isalpha() and self.tokens[k - 1].text.islower() and not before.endswith("ly") \
            and before not in self.fw.stop_words and any(c.first == k and c.cls != "speech" for c in later)
        if k in participles and "that" not in self.words[after:end] and (k > end or not modifies):
            self.frame_source(fi, cue, source)
        elif end - after >= 2 or end - after == 1 and self.index.one_word_name(after):  # "blasted Clinton"
            self.add_clause(fi, after, end, cue, source)

    def clause_before(self, fi: int, frame: Frame, frame_cues: list[CueMatch], ci: int, source: Source,
                      right_subject: bool, after: int) -> None:
        """The reported clause before the subject ('..., X said'), or after a parenthetical cue
        ('But, he said, it is a risky strategy', 'As the Herald reported, ...')."""
        cue = frame_cues[ci]
        edge = cue.first if right_subject else source.phrase_first
        if not right_subject and edge - 1 > frame.first and self.words[edge - 1] == "the":
            edge -= 1  # "..., the Tax Foundation said": the article belongs to the name
        edge_comma = edge - 1 > frame.first and self.words[edge - 1] == ","
        as_at = edge - 2 if edge - 2 >= frame.first and self.words[edge - 1] in self.fw.determiners else edge - 1
        as_cue = as_at >= frame.first and self.words[as_at] == "as" and self.quote_of[as_at] < 0 and (
            as_at == frame.first or self.words[as_at - 1] in {",", "and", "but"}
        )  # "As the Herald reported, ...", "..., and as Smith noted, ..."
        end = trailing_as_end(self.index, as_at, cue.first, after, frame) if as_cue and not right_subject else None
        if end is not None:
            if end - frame.first >= 3 and all(self.quote_of[t] < 0 for t in range(frame.first, end)):
                self.add_clause(fi, frame.first, end, cue, source)  # "The plan is a scare tactic, as X noted."
            return
        before = words_from(self.words, frame.first, edge - 1, 5)  # (asked only whether there are 0, < 5 or more)
        pause = self.clauses.parenthesis_pause(after, frame) if not right_subject and (edge_comma or as_cue and (
            after >= frame.last or self.words[after] != "to")) else after  # ("As relations continued to sour, ...")
        clauses = self.clauses
        if pause != after and (clauses.parenthesis_closes(pause, frame) or clauses.clause_resumes(pause, frame)):
            after = pause  # 'The test, the agency said on Friday, was its largest': the adjunct is the cue's
        if not right_subject and (edge_comma or as_cue) and after < frame.last and self.words[after] == "," \
                and (before < 5 or as_cue or self.clauses.parenthesis_closes(after, frame)
                     or edge_comma and self.clauses.clause_resumes(after, frame)):
            first = after + 1  # the clause follows the parenthesis
            end = self.clauses.clause_end(first, frame, cues_within(frame_cues, ci + 1, first + MAX_CLAUSE))
            own = first == self.main_start and has_own_cue(self.index, first, min(end, first + 6))
            if end - first >= 3 and not own:  # (not 'As Hale spoke, she said ...': her words)
                self.add_clause(fi, first, end, cue, source)
            if edge_comma and not as_cue and before >= 1 and all(
                self.quote_of[t] < 0 for t in range(frame.first, edge)
            ):
                # and the words before, one word too: 'In Ohio, X said, ...', 'Now, she says, ...', 'But, he said, ...'
                self.add_clause(fi, frame.first, edge - 1, cue, source)
            return
        tail = range(cue.last if right_subject else after, frame.last)
        subordinate = self.index.subordinators
        if not right_subject and edge_comma and any(  # (", noting ...", ", although ..." end no statement)
            self.words[t] == "," and self.quote_of[t] < 0 and not self.words[min(t + 1, frame.last - 1)].endswith("ing")
            and self.words[min(t + 1, frame.last - 1)] not in subordinate
            for t in tail
        ) and not (
            after < frame.last and self.words[after] == "," and (
                source.kind != "description" or self.words[source.first] in self.fw.determiners | self.fw.quantifiers)
        ):  # a list ("papers, government reports, books") is no parenthesis ("older, she said, and")
            return
        if after < frame.last and self.words[after] in self.fw.dangling:
            return  # "Trump continued to ...", "she joked about ...": the cue's words follow it
        closing = self.quote_of[edge - 1] if edge - 1 > frame.first else -1
        if edge - 1 > frame.first and self.words[edge - 1] in {",", "—"} or (
            closing >= 0 and self.tokens[edge - 1].end == self.quotes[closing].close_mark and (
                closing not in self.used
                or not right_subject and self.clauses.nested_quotation(closing, frame, frame_cues[:ci]))
        ):  # a quotation another cue took is not this cue's, unless that cue's clause is nested in this one's
            end = edge - 1 if self.words[edge - 1] in {",", "—"} else edge
            if self.words[frame.first] in self.fw.clause_openers and any(c.first < edge for c in frame_cues[:ci]):
                return  # 'While X says costs will fall, critics doubt it': the fronted clause reports X's words
            if end - frame.first >= 3 and fronted_setting(self.index, frame.first, end, after, frame.last):
                self.frame_sources.setdefault(fi, source)  # 'In his speech, X argued ...': the setting is no words
            elif end - frame.first >= 3:
                self.add_clause(fi, frame.first, end, cue, source)
                more = self.clauses.resumed_after(after, frame, cues_within(frame_cues, ci + 1, after + 1 + MAX_CLAUSE))
                if more is not None:  # '..., X said, and she ...': the clause goes on, a second fragment
                    self.add_clause(fi, after + 1, more, cue, source)
