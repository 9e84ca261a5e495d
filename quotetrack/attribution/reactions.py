"""The agent of a reaction a subject meets: "The plan has drawn harsh criticism from unions", "X came under fire".

A reaction noun (``reaction_nouns`` in ``function_words.tsv``: criticism, fire, backlash, resistance, praise, outrage)
after a verb of meeting it (``reaction_verbs``: draw, face, meet, receive, come under, spark, earn, win) names its
agent after "from" or "among" (``reaction_agent_words``; "even from": ``reaction_agent_adverbs``): the agent
takes a stance on the verb's subject, which is what the agent's statement is about (PolNeAR annotates "fellow
candidates | has drawn harsh criticism | The proposal"). The agent is the statement's source, the subject its
content, the noun its cue, read as a cue noun's object is ("their criticism of the plan"). Not a subject that opens
with a preposition or a clause opener ("Facing criticism from X, Hale ..." reports nothing here), nor one after
"whose" ("Y, whose appointment sparked anger from X": the reaction is to Y), nor a subject of more than a dozen words
or holding a cue (but a cue word after a determiner is a noun: "The plan drew fire").
"""

from __future__ import annotations

from collections.abc import Iterator

from quotetrack.attribution.clause_rule import ClauseRule
from quotetrack.attribution.cues import CueMatch
from quotetrack.attribution.index import Frame
from quotetrack.attribution.sources import Source

__all__ = ["ReactionAgents"]

_MODIFIERS = 3  # words between the verb and the noun: "drew widespread and bipartisan criticism", "came under"
_SUBJECT = 12  # the longest subject read
_ASIDE = 4  # the longest aside in commas between the subject and the verb: ", perhaps not surprisingly,"


class ReactionAgents(ClauseRule):
    """Find the agents of reactions a subject meets (see the module's docstring)."""

    def read(self, frame: Frame) -> Iterator[tuple[int, int, CueMatch, Source]]:
        """``(first, end, cue, source)`` of each reaction in the frame: tokens ``[first, end)`` of the subject, the
        agent after "from" as the source and the reaction noun as the cue."""
        for t in range(frame.first + 2, frame.last - 2):
            if self.words[t] not in self.fw.reaction_nouns or self.quote_of[t] >= 0 \
                    or not self.tokens[t].text.islower():
                continue
            by = t + 1 + (self.words[t + 1] in self.fw.reaction_agent_adverbs)  # "criticism even from X"
            if by >= frame.last - 1 or self.words[by] not in self.fw.reaction_agent_words:
                continue
            verb = self._verb_before(t, frame)
            if verb is None:
                continue
            agent = self.sources.source_after(by + 1, frame)
            if agent is None or by + 1 not in (agent.first, agent.phrase_first):
                continue
            span = self._subject(verb, frame)
            if span is not None and not any(q >= 0 for q in self.quote_of[t:frame.last]):  # (words quoted after it
                # are the subject's own or a reason's: "over her claim that "..."", read by the quotation rules)
                yield span[0], span[1], CueMatch(first=t, last=t + 1, lemma=self.words[t], cls="response",
                                                 kind="noun_object"), agent

    def _verb_before(self, noun: int, frame: Frame) -> int | None:
        """The verb of meeting the reaction a few plain words before its noun, else None."""
        for j in range(noun - 1, max(frame.first, noun - 1 - _MODIFIERS) - 1, -1):
            word = self.words[j]
            if self.quote_of[j] >= 0 or not word.isalpha() or not self.tokens[j].text.islower():
                return None
            if word in self.fw.reaction_verbs:
                return j if word not in self.fw.under_reaction_verbs or self.words[j + 1] == "under" else None
        return None

    def _subject(self, verb: int, frame: Frame) -> tuple[int, int] | None:
        """Tokens ``[first, end)`` of the verb's subject, before its auxiliaries and adverbs, else None."""
        end = verb
        while end > frame.first and self.tokens[end - 1].text.islower() and (
                self.words[end - 1] in self.fw.between or self.words[end - 1] in self.fw.auxiliaries
                or self.words[end - 1].endswith("ly") and self.words[end - 1].isalpha()):
            end -= 1
        if end > frame.first and self.words[end - 1] == ",":  # "The bill, however, is facing": an aside
            aside = next((k for k in range(end - 2, max(frame.first, end - 2 - _ASIDE) - 1, -1)
                          if not self.tokens[k].text.islower()), frame.first)
            end = aside if aside > frame.first and self.words[aside] == "," else frame.first
        if end <= frame.first or not self.words[end - 1][:1].isalnum():
            return None
        first = self.clauses.clause_start(frame, end - 1, relatives=True)
        while first < end and self.words[first] in self.fw.subject_joins:
            first += 1
        if first > frame.first and self.words[first - 1] == "whose":
            return None  # "X, whose appointment drew anger from Y": the reaction is to X, named before
        if first >= end or end - first > _SUBJECT or self.words[first] in self.fw.prepositions \
                or self.words[first] in self.fw.clause_openers \
                or any(self.quote_of[k] >= 0 or self.words[k] in self.fw.non_subjects
                       or k in self.cue_set and not self._noun(k, first) for k in range(first, end)):
            return None
        return first, end

    def _noun(self, k: int, first: int) -> bool:
        """Whether the cue word ``k`` of a subject opening at ``first`` is a noun after a determiner ("The plan")."""
        return k > first and self.words[k - 1] in self.fw.determiners and self.words[k].isalpha()
