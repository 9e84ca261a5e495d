"""What was said: where a reported clause begins and ends, and the span of its content.

:class:`ClauseFinder` finds the complement of a cue (``said (that) ...``, ``told reporters
...``), the clause a quoted fragment stands in, the object of a verb that quotes words
(``called it "a hoax"``), and where each ends: before a new clause, a later cue's subject,
or the end of the frame.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from quotetrack.attribution.cues import CueMatch, cues_within
from quotetrack.attribution.index import DASHES, MAX_CLAUSE, SOURCE_LABELS, Frame, IndexView, TextIndex
from quotetrack.attribution.participles import reports_after_and
from quotetrack.attribution.quotations import Quotation
from quotetrack.attribution.relatives import relative_that
from quotetrack.attribution.extents import coordinated_adjective, second_complement
from quotetrack.attribution.settings import medium_after, setting_start
from quotetrack.attribution.sources import Source, SourceFinder

__all__ = ["ClauseFinder", "ClauseRule"]


class ClauseFinder(IndexView):
    """Find reported clauses in one document (see the module's docstring).

    Parameters
    ----------
    index : TextIndex
        The document's token index.
    sources : SourceFinder
        Finds the subjects that end a clause ("..., and Smith agreed").
    """

    def __init__(self, index: TextIndex, sources: SourceFinder) -> None:
        super().__init__(index)
        self.sources = sources

    def complement_start(self, k: int, frame: Frame, cue: CueMatch) -> int | None:
        """Where the reported clause after a cue begins, or None when the cue has none."""
        limit = min(frame.last, k + (24 if k < frame.last and self.words[k] in self.fw.prepositions else 10))
        j = k
        while j < limit and not self.index.verb_cue(j):  # "said in a statement that ...": a noun
            q = self.quote_of[j]
            if q >= 0:  # a programme's or a book's title on the way: 'said on ABC's "This Week" that'
                if not self.index.is_name_like(self.index.quoted_text(q)):
                    break
                # Jump past the closing mark, but always forward: a mark paired out of order may lie behind j.
                j = max(j + 1, bisect.bisect_left(self.starts, self.quotes[q].close_mark))
                continue
            w = self.words[j]
            if w == "that":
                if relative_that(self, k, j, cue):
                    break  # 'cited problems abroad that he blamed on ...': the object's relative clause
                return j
            if w == ":":
                return j + 1 if j + 1 < frame.last else None  # a colon closing the sentence opens nothing in it
            if w in {".", ";", "?", "!"} or w != "to" and (w in self.fw.auxiliaries or w in self.fw.finite_verbs):
                break  # (a verb: the clause has begun, "said the test could change that" reports all of it)
            j += 1
        while k < frame.last and self.words[k].endswith("ly") and self.tokens[k].text.islower():
            k += 1  # "said pleasantly into the phone"
        k = self.skip_time_ahead(k, frame.last)
        if cue.lemma in self.fw.addressed_cues and k < frame.last and self.quote_of[k] < 0:
            # "told reporters the vote would fail", "told supporters Tuesday night that ..."
            k = self.skip_time_ahead(self.addressee_end(k, frame), frame.last)
            if k + 1 < frame.last and self.words[k] == "," and self.quote_of[k + 1] < 0 \
                    and self.words[k + 1] in self.fw.subject_pronouns | self.fw.determiners:
                return k + 1  # "Trump told CNN, his policy would be ..."
            if k >= frame.last or self.words[k] in {",", ".", ";", "in", "on", "at", "during", "after", "before"}:
                return None  # "told The New York Times in 2013."
        if k >= frame.last:
            return None
        w = self.words[k]
        if w == "by" or (k + 1 < frame.last and self.words[k + 1] == "by"):
            return None  # passive: "announced Wednesday by X"
        if self.quote_of[k] >= 0:
            return k
        if w == "out" and k + 1 < frame.last and self.words[k + 1] in self.fw.topic_prepositions:
            k, w = k + 1, self.words[k + 1]  # "spoke out against ..."
        if w in self.fw.topic_prepositions and cue.cls in {"speech", "belief"} and k + 2 < frame.last \
                and self.words[cue.last - 1] not in self.fw.noun_cues \
                and self.words[k + 1][:1].isalnum() \
                and all(self.quote_of[t] < 0 for t in range(frame.first, frame.last)):
            return k + 1  # "spoke about the levy": the topic (in a sentence with quoted words, those are read first)
        if cue.lemma in self.fw.medium_clause_cues and (m := medium_after(self, k, frame.last)) > k and m < frame.last \
                and self.quote_of[m] < 0 and (self.words[m] in self.fw.subject_pronouns | self.fw.determiners):
            return m  # "said in a statement the plant would close": the clause after the medium
        if w in self.fw.prepositions and w != "to" or w in {",", ".", ";", ")", "and", "or", "but"}:
            return None
        if w == "to" and cue.lemma not in self.fw.infinitive_cues:
            return None
        if self.opens_clause(w) or w == "to" or self.tokens[k].text[:1].isupper() or w[:1].isdigit() \
                or getattr(self.entity_from.get(k), "label", None) == "TITLE":  # "said then-Gov. Tom Hale had ..."
            return k
        if w in self.fw.particles:
            return None  # "showed up in ...", "pushing out a video"
        if w in self.fw.reflexive_pronouns:
            return None  # "found himself embroiled"
        if w.replace("-", "").isalpha() and self.tokens[k].text.islower() and cue.cls in {"speech", "belief"}:
            return k
        return None

    def skip_time_ahead(self, k: int, last: int) -> int:
        """Step over a time phrase starting at ``k``: "Tuesday night", "on Monday", "this week", "yesterday"."""
        words = self.words
        if k + 1 < last and words[k] in self.fw.time_modifiers:  # "early on Monday", "late last night"
            after = self.skip_time_ahead(k + 1, last)
            if after > k + 1:
                return after
        if k + 1 < last and words[k] == "on" and words[k + 1] in self.fw.weekdays:
            k += 1
        if k < last and words[k] in self.fw.weekdays:
            k += 1
            return k + 1 if k < last and words[k] in self.fw.periods else k
        if k + 1 < last and words[k] in {"this", "last"} and words[k + 1] in self.fw.periods:
            return k + 2
        if k < last and words[k] in self.fw.time_adverbs:
            return k + 1
        return k

    def addressee_end(self, k: int, frame: Frame) -> int:
        """The token after the addressee of "told", "asked", "assured": a name, pronoun or short phrase."""
        e = self.entity_from.get(k)
        if e is not None and e.label in SOURCE_LABELS | {"TITLE"}:
            return self.index.token_range(e.start, e.end)[1]
        j = k
        if self.words[j] in self.fw.determiners:
            j += 1
            e = self.entity_from.get(j) if j < frame.last else None
            if e is not None and e.label in SOURCE_LABELS:  # "told the BBC", "told the Senate"
                return self.index.token_range(e.start, e.end)[1]
        while j < frame.last and j < k + 4 and self.tokens[j].text.islower() and self.words[j].isalpha() \
                and self.words[j] not in self.fw.clause_starters and self.words[j] not in self.fw.prepositions \
                and self.words[j] not in self.fw.auxiliaries and self.words[j] != "that":
            if self.words[j] in self.lexicon.source_nouns:  # "reporters", "the audience"
                return j + 1
            j += 1
            if j > k + 1 and self.words[k] in self.fw.determiners and self.skip_time_ahead(j, frame.last) > j:
                return j  # "her colleagues early on Monday": a time phrase ends the addressee
        return k + 1 if self.words[k] in self.fw.object_pronouns else k  # "told him (that) ..."

    def clause_end(self, start: int, frame: Frame, stop_cues: Sequence[CueMatch]) -> int:
        """The end (exclusive token index) of a reported clause starting at ``start``."""
        end = min(frame.last, start + MAX_CLAUSE)
        stops = self.index.clause_stops
        for cue in stop_cues:
            if cue.first >= end:
                break
            if cue.first <= start:
                continue
            if not (self.index.clause_stop(cue.first) if (may := stops.get(cue.first)) is None else may):
                continue  # neither test below can hold (a sentence of a thousand cues asks it of each cue, often)
            if (cue.participle or cue.cls in {"source_after", "speech"}) and self.index.after_comma(cue.first):
                end = min(end, cue.first)  # "..., saying", "..., according to X", "..., said X"
            elif (a := cue.first - 1 - (self.words[cue.first - 1].endswith("ly") and cue.first - 2 > start)) > start \
                    and self.words[a] in {"and", "but"} and self.quote_of[a] < 0 \
                    and cue.cls in {"speech", "response"} and self.tokens[cue.first].text.islower() \
                    and (not self.words[cue.first].endswith("ing")
                         or self.words[start - 1].endswith("ing") and reports_after_and(self.index, cue)):
                end = min(end, a)  # "said it was opposed to the test and (openly) warned ...": a verb of its own
        breaks = self.index.breaks
        for b in range(bisect.bisect_right(breaks, start), len(breaks)):
            j = breaks[b]
            if j >= end:
                break
            if self.quote_of[j] >= 0:
                continue
            w = self.words[j]
            if w == ";" or w == "," and j + 1 < end and self.words[j + 1] in self.fw.clause_breaks \
                    and not second_complement(self.index, j + 1, start) \
                    or w == "(" and j + 1 < end and self.quote_of[j + 1] >= 0:
                end = j  # "described it as X, but stopped short of ...", 'fear X ("Q," Y wrote)': Y's words
                break
        while end > start and self.quote_of[end - 1] < 0 and not self.words[end - 1][:1].isalnum():
            end -= 1
        return end

    def few_words(self, first: int, last: int, most: int) -> bool:
        """Whether tokens ``[first, last)`` hold at most ``most`` words (counted only as far as needed)."""
        count = 0
        for t in range(first, last):
            if self.words[t][:1].isalnum():
                count += 1
                if count > most:
                    return False
        return True

    def subordinate_end(self, subject: int, start: int, end: int, frame: Frame) -> int:
        """Where the reported clause of a cue inside a fronted subordinate clause ends: at the comma before the main
        clause ('While the agency says costs will fall, critics doubt it'; ``subject``: the cue's subject's first
        token, opened by a subordinator at the frame's start or after a comma). ``end`` when none."""
        k = subject - 1
        if k > frame.first and self.words[k] in self.fw.determiners:
            k -= 1  # "After the Republican seemed to ..."
        if k < frame.first or self.words[k] not in self.fw.clause_openers or self.words[k] == "that" or not (
            k == frame.first or self.words[k - 1] in {",", ";", "—", "but", "and"} or k - 1 == frame.first
            and self.words[k - 1] in self.fw.conjunctions
        ):
            return end
        return next((t for t in range(start + 1, end) if self.words[t] == "," and self.quote_of[t] < 0
                     and self.parenthesis_closes(t, frame)), end)

    def narrated_object_end(self, start: int, end: int, plain: bool) -> int:
        """Where a narrated response's object ending by ``end`` ends: a plain object before a clause break
        ("pushes positive while Republicans see ..."), and before a time closing it ("blasted the governor on
        Wednesday")."""
        if plain:
            end = next((t for t in range(start + 1, end) if self.words[t] in self.fw.clause_breaks), end)
        times = self.fw.weekdays | self.fw.time_adverbs
        while end - start > 2 and self.words[end - 1] in times:
            end -= 2 if self.words[end - 2] == "on" else 1
        return end

    def noun_object_end(self, start: int, end: int) -> int:
        """Where a cue's object ends when it is a noun phrase, not a clause (no verb, no "that"): before an
        apposition after it ('endorsed Ana Ruiz, a former teacher') or a verb coordinated with the cue ('endorsed
        Ana Ruiz in May and campaigned for her'). ``end`` when the object is a clause."""
        verbs = self.index.verbs_but_to
        if any(self.quote_of[t] >= 0 for t in range(start, end)):
            return end  # (a quoting object is read as such: object_end)
        for j in range(start, end):
            w = self.words[j]
            if w == "," and j > start and j + 2 < end and self.words[j + 1] == "and" and self._clause_ahead(j + 2, end):
                return j  # 'called for a boycott of his speech, and the league denounced ...': a clause of its own
            if w in verbs and self.tokens[j].text.islower() or w == "that" \
                    or j == start and w in self.fw.subject_pronouns:
                return end  # a clause: "said the plan was dead"
            nxt = self.words[j + 1] if j + 1 < end else ""
            if w == "," and j > start and nxt in self.fw.singular_determiners | {"the"} and not any(
                self.words[t] in verbs for t in range(j + 1, end)
            ):
                return j  # 'supported Take on Wall Street, a coalition of unions'
            if w in {"and", "but"} and j > start and j + 2 < end and self.tokens[j + 1].text.islower() and (
                nxt.endswith("ed") and not coordinated_adjective(self.index, j + 1, end) or nxt in verbs
            ):
                return j  # "endorsed Ana Ruiz in May and campaigned for her", not "called it rash and misguided"
        return setting_start(self, start, end)  # 'denounced the ruling in a statement': the setting is the writer's

    def _clause_ahead(self, k: int, end: int) -> bool:
        """Whether a clause opens at token ``k``: a subject of a few words (no comma) and a finite verb, an
        auxiliary or a lower-case past form within six tokens."""
        for t in range(k, min(end, k + 6)):
            w = self.words[t]
            if self.quote_of[t] >= 0 or w in {",", ";", ":", "(", "and", "or"}:
                return False
            if t > k and self.tokens[t].text.islower() and (
                w != "to" and w in self.fw.auxiliaries or w in self.fw.finite_verbs or w.endswith("ed")
            ):
                return True
        return False

    def plain_object(self, k: int, frame: Frame) -> bool:
        """Whether a lower-case word at ``k`` may open a verb's noun-phrase object ("blasted congressional
        Republicans", "chided him for ..."): not an adverb, particle, preposition, verb, question word or a first- or
        second-person pronoun, in a sentence without quoted words after it."""
        word = self.words[k]
        fw = self.fw
        return self.tokens[k].text.isalpha() and self.tokens[k].text.islower() and not word.endswith("ly") \
            and word not in fw.between | fw.prepositions | fw.particles | fw.conjunctions | fw.clause_starters \
            and word not in fw.auxiliaries | fw.finite_verbs | fw.passive_auxiliaries \
            and word not in self.lexicon.cue_forms and self.lexicon.pronouns.get(word, ("", ""))[0] != "x" \
            and all(self.quote_of[t] < 0 for t in range(k, frame.last))

    def quotes_in_object(self, k: int, frame: Frame, reach: int = 16) -> bool:
        """Whether the words after a verb, up to the clause's end, quote words that are not a name."""
        if k >= frame.last or self.words[k] in {",", "—", "–", "-", "(", ")"} or self.words[k] in self.fw.particles:
            return False  # "whose heroism Trump belittled, with ...", "showed up": the verb has no object
        for j in range(k, min(frame.last, k + reach)):
            q = self.index.quote_starting_at(j)
            if q >= 0:
                return not self.index.is_name_like(self.index.quoted_text(q))
            if self.quote_of[j] < 0 and (self.words[j] in {".", ";", ":", "?", "!"} or self.index.verb_cue(j)):
                return False
        return False

    def object_end(self, start: int, end: int) -> int:
        """Where a verb's quoting object ends: at its last quotation when a time, a dash or a subordinate
        clause follows ('blasted Clinton as a "disgrace" Wednesday on ...')."""
        last_close = -1
        for j in range(start, end):
            q = self.quote_of[j]
            if q >= 0:
                last_close = j
                continue
            w = self.words[j]
            if last_close >= 0 and j == last_close + 1 and (
                w in {"—", "–", "-", "during", "while", "when", "after", "before", "yesterday", "today"}
                or w in self.fw.weekdays or self.skip_time_ahead(j, end) > j
            ):
                return j
        return end

    def content_span(self, first: int, last: int) -> tuple[int, int, tuple[tuple[int, int], ...]]:
        """Character span of tokens ``[first, last)`` and the quotations inside it."""
        last = self._quoted_clause_end(first, last)
        while last - 1 > first and self.quote_of[last - 1] < 0 and self.words[last - 1] in {"and", "but", "or", ","}:
            last -= 1  # a clause cut before "and he vowed ..." keeps neither the "and" nor its comma
        start, end = self.tokens[first].start, self.tokens[last - 1].end
        inside = [self.quotes[qi] for qi in self.index.quotes_within(start, end)]
        quoted = tuple((q.start, q.end) for q in inside)
        return start, end, quoted

    def _quoted_clause_end(self, first: int, last: int) -> int:
        """Where a reported clause that has quoted words ends: before a new clause after them ('that the
        election is "rigged," angering ...', 'called it "unpatriotic," and his aides ...', '"a con" and
        encouraged ...', '"encouraged" by the plan — a modest boost')."""
        quoted = False
        dashes: int | None = None
        for j in range(first, last):
            if self.quote_of[j] >= 0:
                quoted = True
                continue
            if not quoted:
                continue
            w = self.words[j]
            k = j + 1
            q = self.quote_of[j - 1]
            if q >= 0 and self.index.quoted_text(q).rstrip().endswith(","):
                w, k = ",", j  # '"a terrible mistake," although ...': the comma is inside the marks
            if w not in self.clause_joints:
                continue
            if w in DASHES:
                if dashes is None:
                    dashes = sum(self.words[t] in DASHES and (t == first or self.words[t - 1] not in DASHES)
                                 for t in range(first, last))  # ("--" is two tokens, one dash)
                if dashes == 1:
                    return j  # a pair of dashes sets off an aside inside the clause
                continue
            if w in self.fw.clause_breaks or w == "(":  # 'called them "rapists" (although ...)'
                return j
            if w == "," and k < last and self.words[k] in {"and", "but", "or"}:
                k += 1
            while k < last and self.words[k].endswith("ly") and self.tokens[k].text.islower():
                k += 1  # ", implicitly putting his name on the line"
            if k >= last or self.quote_of[k] >= 0:
                continue
            nw = self.words[k]
            if nw == "that" and self.words[k - 1] in {"and", "or", "but"}:
                continue  # 'that X is "unfit," and that Y ...': a second reported clause of the same cue
            if w == "," and (nw in self.fw.prepositions and k + 1 < last and self.words[k + 1] in self.fw.relatives
                             or (nw in self.fw.relatives or nw == "as") and self._reports_own(k, last)):
                return j  # ', in which ...' defines a quoted term; ', where she talked about ...', ', as she put it'
                # report on their own
            if w == "," and nw in self.fw.participle_openers and self._participle_after(k + 1, last):
                return j  # '"let's not get ahead of ourselves," before (quietly) predicting': the subject's next act
            if w == "and" and k == j + 1 and (nw in self.fw.auxiliaries or nw in self.fw.finite_verbs) \
                    and self.has_verb(first, j):
                continue  # 'he was focused on "fairness" and had no wish to ...': the reported clause's own verbs
            if nw.endswith("ing") and self.tokens[k].text.islower() and nw not in self.fw.prepositional_participles \
                    or nw in self.fw.subject_pronouns \
                    or nw in self.fw.auxiliaries or nw in self.fw.finite_verbs or nw in self.fw.clause_breaks \
                    or (w == "," or k > j + 1) and nw in self.fw.determiners:
                return j
        return last

    def _participle_after(self, k: int, last: int) -> bool:
        """Whether an ``-ing`` word stands at token ``k``, after lower-case ``-ly`` adverbs ('before quietly
        predicting')."""
        while k < last and self.words[k].endswith("ly") and self.tokens[k].text.islower():
            k += 1
        return k < last and self.words[k].endswith("ing")

    def has_verb(self, first: int, last: int) -> bool:
        """Whether tokens ``[first, last)`` outside quotations hold a finite verb or an auxiliary (not "to")."""
        verbs = (self.fw.finite_verbs | self.fw.auxiliaries) - {"to"}
        return any(self.quote_of[t] < 0 and self.words[t] in verbs for t in range(first, last))

    def _reports_own(self, k: int, last: int) -> bool:
        """Whether a verb cue stands in the clause opening at token ``k`` (up to its next comma or quotation)."""
        for t in range(k + 1, min(last, k + 10)):
            if self.quote_of[t] >= 0 or self.words[t] == ",":
                return False
            if self.index.verb_cue(t):
                return True
        return False

    def goes_on_after(self, q: Quotation, frame: Frame) -> int | None:
        """The end (exclusive token index) of the writer's words that carry on the clause of quotation ``q`` right
        after its closing mark ('said, "We have three weeks to go" until the caucuses'), or None: the quotation
        ends with punctuation, or a cue, its subject or a coordinated verb ('and declared') follows."""
        k = bisect.bisect_left(self.starts, q.close_mark)
        if k >= frame.last or self.quote_of[k] >= 0 or self.text[q.start : q.end].rstrip()[-1:] in ",.?!;:…":
            return None
        text = self.tokens[k].text
        if not (text.isalpha() and text.islower()) or self.words[k] in {"and", "he", "she", "they", "we", "i"} \
                or any(self.index.verb_cue(t) for t in range(k, min(frame.last, k + 2))):
            return None
        end = self.reported_clause_end(k, frame, cues_within(self.cues, bisect.bisect_left(self.cue_starts, k + 1),
                                                              k + MAX_CLAUSE))
        end = next((t for t in range(k, end) if self.words[t] == "," and self.quote_of[t] < 0), end)
        return end if end > k else None

    def nested_quotation(self, qi: int, frame: Frame, earlier: Sequence[CueMatch]) -> bool:
        """Whether quotation ``qi``, which a cue before it took, ends a clause that a later '..., X said' reports
        whole: 'Jo Hale plans to help towns by fostering "local credit," Ann Dale said' (the plan is Dale's report;
        not '..., X said "Q," he said', where the same speaker is named twice)."""
        opening = bisect.bisect_left(self.starts, self.quotes[qi].open_mark)
        return self.words[opening - 1] not in {",", ":"} and opening - 1 not in self.cue_set and any(
            frame.first < c.first < opening and not c.participle for c in earlier)

    def reported_clause_end(self, start: int, frame: Frame, later: Sequence[CueMatch],
                            joints: frozenset[str] = frozenset()) -> int:
        """The end of a reported clause starting at ``start``, before the subject of a later cue that opens a
        clause of its own ("said the plan was dead, and Smith agreed"), or that follows one of ``joints``."""
        end = self.clause_end(start, frame, later)
        k = start + 1 if self.words[start] == "that" else start
        fronted = k < end and self.words[k] in self.fw.prepositions  # 'noted that in 1972, he supported ...'
        for nxt in later:
            nsrc = self.sources.source_before(nxt, frame)
            if fronted and nsrc is not None and not any(
                self.words[t] in self.fw.finite_verbs or self.words[t] in self.fw.auxiliaries
                for t in range(k, nsrc.phrase_first)
            ):
                continue  # the clause's own subject after a fronted adverbial, not a new clause
            if nsrc is not None and self.sources.share_ending_at(nsrc.last - 1, frame) is not None \
                    and self.words[start] == "that":
                continue  # 'found that 43% back X, and 42% back Y': the finding goes on
            joint = nsrc.phrase_first - 1 if nsrc is not None else -1
            if k < joint - 1 and self.words[joint] == "and" and self.tokens[joint - 1].text[:1].isupper() \
                    and not self.has_verb(k, joint):
                continue  # 'said the results in Iowa and New Hampshire show ...': two names, one subject
            absolute = nsrc is not None and nxt.participle and self.sources.absolute_subject(nsrc) \
                and self.words[nsrc.last - 1] not in self.fw.share_nouns \
                and any(self.quote_of[t] >= 0 for t in range(nxt.last, end))  # 'declined, with X saying "..."'
            if nsrc is not None and start < nsrc.phrase_first < end and (
                self.words[nsrc.phrase_first - 1] in {",", ";", "and", "but", "while", "whereas"} | joints or absolute
                or (timed := self._time_after_comma(start, nsrc.phrase_first)) is not None
                or self.words[nsrc.phrase_first - 1] in DASHES and any(  # '... ― as was true then ― Hale boasted'
                    self.words[t] in DASHES for t in range(start, nsrc.phrase_first - 1))
                or self.quote_of[nsrc.phrase_first - 1] >= 0  # '... "a moral stain," Tom Brown told the crowd'
            ):
                end = nsrc.phrase_first - absolute
                timed = self._time_after_comma(start, nsrc.phrase_first)
                end = end if timed is None else timed  # (the time is the later clause's)
                end -= end - 1 > start and self.words[end - 1] in joints  # (the joint opens the later clause)
                q = self.quote_of[end - 1]
                if q >= 0 and (colon := bisect.bisect_left(self.starts, self.quotes[q].open_mark) - 1) > start \
                        and self.words[colon] == ":":
                    end = colon  # 'said he was busy: "I have no time," he wrote': the quotation is the later cue's
                while end > start and not self.words[end - 1][:1].isalnum() and self.quote_of[end - 1] < 0:
                    end -= 1
                break
        return end

    def _time_after_comma(self, start: int, subject: int) -> int | None:
        """Where a time phrase after a comma, a semicolon, ``and`` or ``but`` (or a quotation closing on a comma) opens,
        with its joint word, when it is all that stands before a later cue's ``subject``: 'boasted that he had beaten
        "the old guard," on Tuesday night she said ...', 'argued that ..., and on Monday X said ...'; else None."""
        for j in range(subject - 1, max(start, subject - 5), -1):
            if (self.words[j - 1] in {",", ";", "and", "but"} or self.quote_of[j - 1] >= 0 and self.text[
                    self.tokens[j - 1].start - 1: self.tokens[j - 1].start] == ",") \
                    and self.skip_time_ahead(j, subject) == subject:
                return j - (self.words[j - 1] in {"and", "but"} and self.quote_of[j - 1] < 0)
        return None

    def clause_start(self, frame: Frame, k: int, commas: bool = True,
                      relatives: bool = False) -> int:
        """First token of the clause holding token ``k``: after a colon, semicolon or dash; unless ``commas`` is false
        (the whole sentence), after a comma, verb cue or quotation; and after a relative pronoun if ``relatives``."""
        stops = ({",", ";", ":", "("} if commas else {";", ":", "("}) | DASHES  # (a spaced hyphen too: ' - ')
        if relatives:
            stops = stops | self.fw.relative_pronouns
        j = k
        while j > max(frame.first, k - 60):
            w = self.words[j - 1]
            if w in stops or commas and (self.quote_of[j - 1] >= 0 or self.index.verb_cue(j - 1)):
                break
            j -= 1
        return j

    def fragment_clause(self, frame: Frame, q: Quotation) -> tuple[int, int, tuple[tuple[int, int], ...]]:
        """The clause around a quoted fragment: from the clause's start (after a comma, cue, relative pronoun or
        another quotation) to its end. Falls back on the fragment alone when the clause would not hold it."""
        a = bisect.bisect_left(self.starts, q.open_mark)
        first = self.clause_start(frame, a, relatives=True)
        later = cues_within(self.cues, bisect.bisect_left(self.cue_starts, a), a + MAX_CLAUSE)
        # 'unable to manage more than "well" when Ann Dale accused him of ...': the later clause is not the fragment's
        end = max(self.reported_clause_end(a, frame, later, self.fw.subordinators),
                  bisect.bisect_left(self.starts, q.close_mark))
        start, end, quoted = self.content_span(first, end)
        if (q.start, q.end) not in quoted:
            return q.start, q.end, ((q.start, q.end),)
        return start, end, quoted

    def predicate_span(
        self, frame: Frame, q: Quotation
    ) -> tuple[int, int, tuple[tuple[int, int], ...], CueMatch, Source] | None:
        """The object of the frame's verb when it holds quotation ``q`` (see :meth:`SourceFinder.quoting_predicate`):
        its character span, the quotations inside, the verb and the frame's subject."""
        found = self.sources.quoting_predicate(frame, bisect.bisect_left(self.starts, q.open_mark))
        if found is None:
            return None
        v, source = found
        first = v + 1
        later = cues_within(self.cues, bisect.bisect_left(self.cue_starts, first), first + MAX_CLAUSE)
        start, end, quoted = self.content_span(first, self.object_end(first, self.clause_end(first, frame, later)))
        if (q.start, q.end) not in quoted:
            return None
        lemma, cls = self.lexicon.cue_forms[self.words[v]]
        verb = CueMatch(first=v, last=v + 1, lemma=lemma, cls=cls, participle=self.words[v].endswith("ing"))
        return start, end, quoted, verb, source

    def opens_clause(self, word: str) -> bool:
        """Whether a lower-case word may open a reported clause: "the", "she", "there", "he'd", "there's"."""
        return word in self.fw.clause_starters or word.replace("’", "'").split("'")[0] in self.fw.clause_starters

    def parenthesis_pause(self, after: int, frame: Frame) -> int:
        """The comma closing a parenthetical cue and the adjunct it carries ('the agency said in a June report,',
        'she said on Saturday,'): a short phrase opening with a preposition or a time word. ``after`` when none."""
        if after >= frame.last or self.quote_of[after] >= 0 or not (
            self.words[after] in self.fw.prepositions or self.skip_time_ahead(after, frame.last) > after
        ):
            return after
        for k in range(after + 1, min(frame.last, after + 7)):
            if self.quote_of[k] >= 0 or not self.words[k][:1].isalnum() and self.words[k] != ",":
                return after
            if self.words[k] == ",":
                return k
        return after

    def clause_resumes(self, after: int, frame: Frame) -> bool:
        """Whether the clause a parenthetical cue interrupts goes on after the comma at ``after``: its verb
        ('The main problem, she said, is ...') or a coordinated clause ('..., he said, and she gripped ...')."""
        k = after + 1
        if k + 1 >= frame.last or self.quote_of[k] >= 0 or not self.tokens[k].text.islower():
            return False
        w = self.words[k]
        if w in self.fw.auxiliaries and w != "to" or w in self.fw.finite_verbs:
            return True
        verbs = self.fw.auxiliaries | self.fw.finite_verbs
        return w in {"and", "but", "so", "because"} and self.quote_of[k + 1] < 0 and (
            self.words[k + 1] in self.fw.subject_pronouns or self.words[k + 1] in self.fw.determiners
            or self.tokens[k + 1].text[:1].isupper()
            or any(self.words[t] in verbs for t in range(k + 2, min(frame.last, k + 5)))  # "and service will be cut"
        )

    def resumed_after(self, after: int, frame: Frame, later: Sequence[CueMatch]) -> int | None:
        """Where the clause ends that goes on after a final parenthetical cue, from the comma at ``after`` ('The plant
        will stay open, the mayor said, and it will hire ...', '..., the airline added, and had passed ...'); None
        when no clause resumes there."""
        if after + 2 >= frame.last or self.words[after] != "," or not (
            self.clause_resumes(after, frame)
            or self.words[after + 1] in self.fw.conjunctions and self.words[after + 2] in self.fw.finite_verbs
        ):
            return None
        return self.clause_end(after + 1, frame, later)

    def parenthesis_closes(self, after: int, frame: Frame) -> bool:
        """Whether the comma at ``after`` closes a parenthetical cue: a clause of its own follows, opening with a
        subject (a pronoun, determiner, name or 'there'), not a list or a participle."""
        k = after + 1
        if k >= frame.last or self.quote_of[k] >= 0:
            return False
        w = self.words[k]
        return w in self.fw.subject_pronouns or w in self.fw.determiners or w == "there" \
            or self.tokens[k].text[:1].isupper() and w not in self.fw.conjunctions

    def fronted_words(self, frame: Frame, cue: CueMatch, source: Source, right_subject: bool, after: int) -> int | None:
        """Where the writer's words before a parenthetical cue end ('Sooner or later, the governor said, "it starts
        to pay off"'): they are the first fragment of the statement when the quotation after the cue carries on
        their sentence (it opens in lower case). None when they are not: a quotation of its own, a setting ('In a
        statement, X said, "..."'), a lone connective ('But, he said, "..."')."""
        edge = cue.first if right_subject else source.phrase_first
        if not right_subject and edge - 1 > frame.first and self.words[edge - 1] == "the":
            edge -= 1  # ", the Tax Foundation said,"
        qi = self.index.quote_starting_at(after + 1) if after + 1 < frame.last and self.words[after] == "," else -1
        if qi < 0 or edge - 1 - frame.first < 2 or self.words[edge - 1] != "," \
                or not self.text[self.quotes[qi].start : self.quotes[qi].start + 1].islower() \
                or self.words[frame.first] in self.fw.medium_prepositions:
            return None
        return edge - 1 if all(self.quote_of[t] < 0 for t in range(frame.first, edge)) else None

    def relative_before(self, source: Source) -> int | None:
        """The relative pronoun right before a cue's subject ('the policies, which he said had harmed the economy',
        'the voters who she says were ignored'): it stands for the reported clause's own subject, a fragment of the
        statement. None when there is none, or it follows a preposition ('a speech in which he ...': a setting)."""
        k = source.phrase_first - 1
        if k >= 1 and self.quote_of[k] < 0 and self.words[k] in self.fw.clause_relatives \
                and self.words[k - 1] not in self.fw.prepositions:
            return k
        return None


class ClauseRule(IndexView):
    """Base of a rule that reads sources and clauses with the attributor's finders.

    Parameters
    ----------
    index : TextIndex
        The document's token index.
    sources : SourceFinder
        Reads sources (a subject, an agent).
    clauses : ClauseFinder
        Finds where clauses start and end.
    """

    def __init__(self, index: TextIndex, sources: SourceFinder, clauses: ClauseFinder) -> None:
        super().__init__(index)
        self.sources = sources
        self.clauses = clauses
