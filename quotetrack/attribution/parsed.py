"""Who speaks, read from the dependency parse: the subject of a cue verb, where the backend gives a parse.

Stanza gives every sentence a Universal Dependencies parse; the embedded backend gives one when
its parser runs. :class:`ParsedSubjects` reads the cue verb's ``nsubj`` and the name in its
phrase; the surface rules of :mod:`quotetrack.attribution.sources` serve when there is no parse.
"""

from __future__ import annotations

from quotetrack.attribution.cues import CueMatch
from quotetrack.attribution.index import NAME_LABELS, SOURCE_LABELS, Frame, IndexView, TextIndex
from quotetrack.attribution.sources import Source, SourceFinder

__all__ = ["ParsedSubjects"]


class ParsedSubjects(IndexView):
    """Subjects of cue verbs from one document's dependency parse.

    Parameters
    ----------
    index : TextIndex
        The document's token index.
    sources : SourceFinder
        Gives the titles before a name ("City Attorney Brad Holm").
    """

    def __init__(self, index: TextIndex, sources: SourceFinder) -> None:
        super().__init__(index)
        self.sources = sources

    def parse_subject(self, cue: CueMatch, frame: Frame) -> Source | None:
        """The subject of the cue verb in the dependency parse, when the backend gave one."""
        if not self.has_parse:
            return None
        tokens = self.tokens
        verb = cue.first
        head = tokens[verb].head
        if cue.cls == "speech" and tokens[verb].deprel == "xcomp" and head is not None \
                and not any((tokens[k].deprel or "").startswith("nsubj") for k in self.children.get(verb, ())):
            # "X went on to explain": the subject of the verb the infinitive completes
            if any(tokens[k].deprel in {"obj", "iobj"} for k in self.children.get(head, ())):
                return None  # "urged voters to reject ...": the object is the infinitive's subject
            verb = head
        subject = next((k for k in self.children.get(verb, ())
                        if frame.first <= k < frame.last and (tokens[k].deprel or "").split(":")[0] == "nsubj"
                        and (tokens[k].deprel != "nsubj:pass" or verb != cue.first) and self.quote_of[k] < 0), None)
        if subject is None:
            return None
        if self.words[subject] in self.fw.subject_pronouns:
            return Source(first=subject, last=subject + 1, kind="pronoun")
        # The name in the subject phrase: a person's before a body's ("City Attorney Brad Holm", "Democrat
        # Hillary Clinton" whichever word the parse made the head), within the phrase's own words.
        phrase = self.subtree(subject, frame)
        names = [e for k in phrase if (e := self.entity_from.get(k)) is not None and e.label in SOURCE_LABELS
                 and self.index.token_range(e.start, e.end)[1] - 1 in phrase]
        named = next((e for e in names if e.label in NAME_LABELS), None) or next(
            (e for e in names if self.index.token_range(e.start, e.end)[0] <= subject
             < self.index.token_range(e.start, e.end)[1]), None)
        if named is not None:
            a, b = self.index.token_range(named.start, named.end)
            outer = self.sources.title_chain_start(a, frame.first)
            return Source(first=a, last=b, kind="entity", entity=named, outer=outer)
        # A described subject: its head word and the words depending on it that precede it ("the senator").
        first = subject
        while first - 1 >= frame.first:
            head = tokens[first - 1].head
            if head is None or not (head == subject or tokens[head].head == subject):
                break
            first -= 1
        return Source(first=first, last=subject + 1, kind="description")

    def subtree(self, head: int, frame: Frame) -> set[int]:
        """The tokens of the phrase headed by ``head`` (it and its dependents, down), within the frame, without
        the clauses and quotations hanging off it."""
        found, stack = {head}, [head]
        while stack:
            for k in self.children.get(stack.pop(), ()):
                relation = (self.tokens[k].deprel or "").split(":")[0]
                if frame.first <= k < frame.last and k not in found and self.quote_of[k] < 0 \
                        and relation not in {"acl", "ccomp", "parataxis", "conj", "punct"}:
                    found.add(k)
                    stack.append(k)
        return found
