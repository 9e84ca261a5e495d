"""One pass over an article's statements, gathering each statement's evidence of a response.

Every kind of evidence proposes a target with a confidence; the proposals for one target combine as independent signs
(``evidence``: :data:`~.evidence.CONFIDENCE`, :func:`~.evidence.combine`). Kinds:

- ``cue``: a response cue whose object names the target ("hit back at Pompeo");
- ``pronoun``, ``act``, ``organisation``, ``role``: the cue's object is a pronoun ("her"), an act ("the plan"), a body
  named before ("the company") or a role's possessive ("the chancellor's plan"): the latest such other party;
- ``group``: the statement takes up a group named before ("the authorities"; ``groups``);
- ``author``: the cue's object is an act whose author the text names ("criticised the move"), an earlier statement
  named by its cue or words ("dismissed the warnings"; ``references``), a claim's accuser, an instrument's owner;
- ``passive``, ``answer``: a passive cue ("was criticised by X"): the agent answers the subject, the subject the agent;
- ``turn``: a turn cue with no object ("X replied") answers the previous speaker; ``structure``: the story's initiator;
- ``mention``, ``term``, ``restatement``: the statement names the target, takes up its label, or restates its words;
- ``contrast``: "But/However X said" sets the statement against the statement it names, or the last party before;
- ``owner``, ``topic``: the statement names the author of an act it speaks of, or speaks of an act ("the merger");
- ``sanction``: a sanction in the speaker's own words ("We have banned her") answers the one sanctioned;
- ``reaction``: a group named by its reaction ("critics", "opponents", "supporters") answers the proposal before it;
- ``evaluation``: a judgement ("unfair") weighs for a topic; ``continuation``: next statements continue a response;
- ``defence``, ``innocence``: the defence ("his lawyer") answers the prosecution, an accused their accusers (``trial``);
- ``unattributed``: a rebuttal spells out a claim no party of the text made ("denied speculation that"; ``hearsay``);
"""

from __future__ import annotations

import re
from collections import Counter

import attrs

from quotetrack.model import Response, Speaker, Statement

from .context import REACH, WORD, ArticleContext
from .acts import act_nouns
from .continuation import continued
from .evidence import CONFIDENCE, Evidence, combine
from .exemplar import taken_up
from .representation import represented
from .reactions import member_of, reaction_cue, reaction_subject
from .sanction import sanctioned
from .sequel import placed_signs
from .narration import another_subject, between_subject, infinitive_subject, may_own, narrated, own_record
from .passive import own_passive, subject_number
from .manner import reply_manner
from .extraposed import extraposed_clause
from .objects import ObjectReading, country_answered, modifies, object_span, past_object, read_object
from .acronyms import defined_body
from .parties import (Candidate, co_subjects, different_sides,
                      head_noun, is_party, named_as_own, same_side)
from .groups import following, group_named, owns_following, story_proposal, whole_group
from .hearsay import framed_claim, unattributed_claim
from .trial import accuser, prosecution
from .judgement import judged_cue, judgements, party_of
from .references import PASSIVE_AFTER, possessor, named_statement
from .pledges import greets, pledged, support_for
from .senses import no_stance, own_news
from .placement import (anchor_of, asked_by_reporter, before_aside_end, cue_near, opens_with_contrast,
                        opens_with_name, paragraphs_between)

__all__ = ["ResponseReader"]

_PASSIVE_REACH = 1500  # characters from a passive cue to the statement it introduces
_OPENINGWORDS = 4  # words before the act noun of a statement that opens with it ("Donald Trump's new plan")
_ACT_NOUN = re.compile(r"(?=[tihn])\b(?:the|this|these|that|its|their|his|her|new)\s+(?=([\w-]+)(?:\s+([a-z]+))?)",
                       re.IGNORECASE)  # a determiner, then the act noun or a modifier and the act noun
_MODIFIED_ACT = re.compile(r"(?=[Tt])\b(?:the|The)\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+([a-z]+)\b")
_ROLE_OWNED = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?([a-z]+)['’]s\s+(?:[a-z][\w-]*\s+){0,3}$")  # "the chancellor's "
_ADJACENT = re.compile(r"\s+(?:[a-z]+ly\s+|has\s+|have\s+|had\s+){0,2}")  # the speaker, then their cue
_TO_SOMETHING = re.compile(r"\s+(?:to|at)\s+(?:the|a|an|this|that|these|those)\s+[a-z]")
_LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w&.-]* +of +(?:[A-Z][\w&.-]* +)*$")  # "Association of Criminal Defense "


class ResponseReader(ArticleContext):
    """Reads the responses of one article, statement by statement, keeping what came before."""

    # -- evidence ---------------------------------------------------------------------------------------------

    def _object_evidence(self, index: int, speaker: Speaker, cue: str, offset: int) -> list[Evidence]:
        text = self.text
        role = self.words.role(cue)
        manner = role == "turn" and reply_manner(text, offset + len(cue), self.lexicon)  # "replied by saying ..."
        if not manner and PASSIVE_AFTER.match(text, offset + len(cue)):
            return []  # "the firms accused were ...", "criticised by X": the cue's object is not after it
        span = object_span(text, offset, offset + len(cue), self.document)
        cut = past_object(text, *span, destination=role == "object")  # "blasted the media for letting Y ...": not Y
        span = (span[0], cut) if cut is not None else span
        if cut is not None and greets(text, cue, cut, self.words):
            return []  # "welcomed world leaders to the White House": guests, no answer
        own_cue = self.statements[index].cue
        if own_cue is not None and own_cue.start == offset and own_cue.lemma in self.words.classes.get("judging", ()):
            span = extraposed_clause(text, span[0]) or span  # "called it "dangerous" that Y ...": Y is judged
        reading = None if role == "clause" or manner else read_object(text, span, speaker.name, self.names, self.words,
                                                            self.lexicon)
        if (reading is None or reading.kind != "name") and role != "clause" and not manner \
                and (body := defined_body(text, *span)) is not None:
            reading = ObjectReading(kind="name", start=span[0], end=span[1], candidate=body)  # "responded to the IFPTE"
        found: list[Evidence] = []
        if own_record(text, offset + len(cue), self.lexicon, self.words.stance(cue), self.genders.get(speaker.name)):
            return found  # "defended her record", "he supports his amendments": the speaker's own
        claimed = unattributed_claim(text, offset + len(cue), cue, self.words)  # "denied speculation that ..."
        if reading is not None or claimed is not None:
            resolved = self._resolve(index, speaker, reading, offset) if reading is not None else None
            if claimed is not None and (resolved is None or resolved[1] == "act"):
                resolved = claimed, "unattributed"
            if resolved is not None:
                target, kind = resolved
                found.append(Evidence.of(target, kind, offset, offset + len(cue), cue=cue))
            return found
        statement = self.statements[index]
        if role in {"turn", "clause"} and not asked_by_reporter(text, statement, self.document) \
                and not _TO_SOMETHING.match(text, offset + len(cue)) and not whole_group(text, statement, self.words):
            previous = self._previous_turn(index, speaker.name, anchor_of(statement))
            if previous is not None:
                found.append(Evidence.of(previous, "turn", offset, offset + len(cue), cue=cue))
        own = narrated(statement, self.words, self.lexicon) and statement.cue is not None \
            and statement.cue.start == offset
        if not found and not own and cut is None and role == "turn" and self._replies(statement, offset) \
                and not asked_by_reporter(text, statement, self.document):  # "X hit back": the story's initiator
            initiator = next((c for c in self.candidates if c.first < statement.start and c.names and not c.body
                              and c.speaker.name != speaker.name and different_sides(speaker, c)), None)
            if initiator is not None:
                found.append(Evidence.of(initiator, "structure", offset, offset + len(cue), cue=cue))
        return found

    def _replies(self, statement: Statement, offset: int) -> bool:
        """Whether a turn cue at ``offset`` is the speaker's reply in the narration: the speaker named right before it
        ("Spokesperson Hua Chunying hit back on Thursday"), not a noun in someone's words ("the same attack")."""
        mention = statement.speaker_mention
        return mention is not None and mention.end <= offset and _ADJACENT.fullmatch(self.text, mention.end,
                                                                                     offset) is not None

    def _placement_evidence(self, index: int, speaker: Speaker) -> list[Evidence]:
        statement = self.statements[index]
        found: list[Evidence] = []
        anchor = anchor_of(statement)
        acts = self.words.classes.get("act", frozenset())
        noun = next(((statement.start + m.start(k), statement.start + m.end(k)) for m in _ACT_NOUN.finditer(
            statement.text) for k in (2, 1) if (m.group(k) or "").lower() in acts and m.group(k).islower()
                     and (k == 1 or (m.group(1) or "").lower() in acts)), None)  # "the tax rise": the rise
        named = named_statement(statement.text, self.words) if noun is None else None
        noun = (statement.start + named[1], statement.start + named[2]) if named is not None else noun
        holder, pronoun = possessor(self.text, self.names, noun[0], statement.start) if noun else (None, False)
        role = _ROLE_OWNED.search(self.text, max(statement.start, noun[0] - 40), noun[0]) if noun else None
        if holder is None and role is not None and role.group(1) in self.lexicon.title_words | self.lexicon.role_words:
            holder = self._role_holder(index, speaker, role.group(1))  # "the chancellor's budget"
        if noun is not None and self.text[noun[0]:noun[1]].lower() in self.words.classes.get("undergone", ()):
            holder = None  # "Sigarchi's sentence": he undergoes it
        if holder is not None and holder.speaker.name == speaker.name:
            noun = None  # "Brown's decision to ...", said by Brown: his own act
        stated = holder or (self._stated(index, speaker, self.text[noun[0]:noun[1]], anchor) if noun else None)
        contrast = opens_with_contrast(self.text, statement, self.words, self.document)
        against = stated or self._latest_actor(index, speaker, anchor) if contrast is not None else None
        if contrast is not None and against is not None:  # set against the statement it names, else the latest
            found.append(Evidence.of(against, "contrast", contrast[0], contrast[1]))
        own_object = statement.cue is not None and self.words.pattern.fullmatch(statement.cue.text)
        if noun is not None and not own_object:  # a response cue's own object is read as its object, not as a topic
            author = (stated, anchor) if stated is not None else self._author(index, speaker, anchor, near=True)
            if author is not None and not same_side(speaker, author[0], self.words):
                found.append(Evidence.of(author[0], "topic", noun[0], noun[1]))
        # a judgement weighs for the topic's author (not "his statements": anyone's); a partisan person's: a rival's
        judged = stated is not None and not pronoun and bool(found) and found[-1].kind == "topic"
        mine = party_of(speaker, self.lexicon)
        for kind, start, end in judgements(statement, self.words, self.lexicon) if judged else ():
            if kind != "partisan" or mine != (theirs := party_of(found[-1].target.speaker, self.lexicon)) and (
                    theirs is not None or speaker.kind != "person"):
                found.append(Evidence.of(found[-1].target, kind, start, end))
        if head_noun(speaker.name) in self.words.classes.get("reaction", ()) and not following(speaker, self.names,
                                                                                                self.words):
            proposer = self._latest_actor(index, speaker, anchor, frozenset({"person", "organisation"}),
                                          lemmas=self.words.classes.get("proposal", frozenset())) or story_proposal(
                self.text, self.statements, index, speaker, self.by_name, self.words)  # the story's, far back
            if proposer is not None:
                mention = statement.speaker_mention
                start, end = (mention.start, mention.end) if mention else (statement.start, statement.end)
                found.append(Evidence.of(proposer, "reaction", start, end))
        owner = self._owner(index, speaker)
        if owner is not None:  # in full where the statement opens with the act it judges ("Trump's new plan is vague")
            leading = len(WORD.findall(self.text, statement.start, owner[1])) <= _OPENINGWORDS
            # the act a topic names is the one the owner made: one sign, not two ("the FBI's decision")
            found = [e for e in found if e.kind != "topic" or e.start != owner[1]]
            found.append(Evidence(target=owner[0], kind="owner", start=owner[1], end=owner[2],
                                  confidence=CONFIDENCE["owner" if leading else "bare_owner"]))
        defence = prosecution(self.text, self.statements, index, self.by_name, self.words, anchor, REACH)
        accused = accuser(self.text, self.statements, index, self.by_name, self.words) if defence is None else None
        side = defence or accused
        if side is not None:
            kind = "defence" if defence is not None else "innocence"
            found.append(Evidence.of(side, kind, statement.start, statement.end))
        spoken_for = represented(self.text, statement, self.acts, self.words)  # "Hale's spokesman said ..."
        if spoken_for is not None and not same_side(speaker, spoken_for[0], self.words):
            found.append(Evidence.of(spoken_for[0], "representative", spoken_for[1], spoken_for[2]))
        return found

    def _owner(self, index: int, speaker: Speaker) -> tuple[Candidate, int, int] | None:
        """A party on another side that the statement itself names as the author of an act ("the EC advice
        misleads customers", "Acme's new tariff is unfair"), and where."""
        statement = self.statements[index]
        own = speaker.organisation.name if speaker.organisation is not None else None
        acts = act_nouns(self.words, "undergone", "candidacy")  # "Hillary's campaign": her candidacy, no act
        tail = past_object(self.text, statement.start, statement.end) if narrated(statement, self.words, self.lexicon) \
            else None
        # "blamed the media for making an issue of Y's claim": not Y's
        said = before_aside_end(self.text[statement.start:tail] if tail is not None else statement.text)
        owned = [(a.candidate, a.start, a.end) for a in self.acts if statement.start <= a.start
                 < statement.start + len(said) and self.text[a.start:a.end].lower() in acts]
        for m in _MODIFIED_ACT.finditer(said):  # "the EC advice": a name modifying an act noun
            named = self.names.owner.get(m.group(1))
            if named is not None and m.group(2).lower() in acts:
                owned.append((named, statement.start + m.start(2), statement.start + m.end(2)))
        for candidate, start, end in sorted(owned, key=lambda o: o[1]):
            if candidate.speaker.name not in (speaker.name, own) and not same_side(speaker, candidate, self.words):
                return candidate, start, end
        return None

    def _passive_evidence(self, index: int, speaker: Speaker) -> list[Evidence]:
        """A passive cue just before the statement: the speaker is its agent ("The plan was attacked by the
        unions. The unions said ..."), or its subject answering the agent ("He was criticised by X. ... said he")."""
        statement = self.statements[index]  # (an agent's reason, "rebuked by X for ...", is read after its own cue)
        anchor = statement.start if own_passive(statement, self.passives) else anchor_of(statement)
        text = self.text
        found: list[Evidence] = []
        forms = [n.lower() for n in (speaker.name, *speaker.aliases) if len(n) > 2]
        for cue in self.passives:
            if cue.end > anchor or anchor - cue.end > _PASSIVE_REACH or paragraphs_between(text, cue.end, anchor) > 1:
                continue
            agent = text[cue.agent_start:cue.agent_end]
            closes = min((i for i in (text.find(". ", cue.end), text.find("\n", cue.end)) if i >= 0), default=len(text))
            between = []
            for j in range(index - 1, -1, -1):
                earlier = self.statements[j]
                if earlier.start <= cue.end:
                    break
                if earlier.start < closes and earlier.speaker is not None and earlier.speaker.name in agent:
                    continue  # "criticised by X, who cast doubt on ...": the agent's own words, in the passive sentence
                between.append(earlier.speaker)
            if any(other is None or other.name != speaker.name for other in between):
                continue  # another voice came between: the passive sentence introduced them
            subject = text[cue.subject_start:cue.subject_end]
            by_speaker = any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", agent.lower()) for f in forms)
            # "The plan came under fire from some quarters. Many campaigners said ...": the group speaking next
            # names the unnamed agent
            unnamed = not by_speaker and not between and speaker.kind == "group" \
                and self.names.first_in(agent, "") is None
            # "The plan was attacked by Democrats. "...," said Sen. X, a Democrat": one of the agent speaks next
            unnamed = unnamed or not by_speaker and not between and member_of(speaker, Speaker(
                name=agent, kind="group"), self.words, self.lexicon)
            if by_speaker or unnamed:
                kind = "passive" if by_speaker else "reaction"
                number = subject_number(subject)
                if number is not None:
                    kinds = {"singular": {"person"}, "plural": {"group", "organisation"}}.get(number)
                    other = self._latest_other(index, speaker.name, cue.start, frozenset(kinds or {"organisation"}))
                    target = other[0] if other else None
                else:
                    reading = read_object(text, (cue.subject_start, cue.subject_end), speaker.name, self.names,
                                          self.words, self.lexicon)
                    resolved = self._resolve(index, speaker, reading, cue.start) if reading else None
                    target = resolved[0] if resolved else None
                if target is not None:
                    found.append(Evidence.of(target, kind, cue.start, cue.end, cue=cue.cue, stance=cue.stance))
            elif not between and self._is_subject(index, speaker, subject, cue.start):
                named = self.names.first_in(agent, speaker.name)
                if named is not None:
                    found.append(Evidence.of(named, "answer", cue.start, cue.end, cue=cue.cue, stance=cue.stance))
        return found

    def _reference_evidence(self, index: int, speaker: Speaker, cued: str | None) -> list[Evidence]:
        """The statement names the target, takes up its label, or restates its words."""
        statement = self.statements[index]
        found: list[Evidence] = []
        tail = past_object(self.text, statement.start, statement.end) if narrated(statement, self.words, self.lexicon) \
            else None
        said = before_aside_end(self.text[statement.start:tail] if tail is not None else statement.text)
        named = self.voices.first_in(said, speaker.name)
        if named is not None and self._in_passing(statement, said, speaker.name):
            named = None  # "urge voters to support Republicans": a pledge, no answer
        if named is not None and named.speaker.name in self.last_by_speaker and (
                different_sides(speaker, named) or cued is not None):
            full = cued and self.words.role(cued) != "clause" or opens_with_name(statement, named.names)
            found.append(Evidence(target=named, kind="mention", start=statement.start, end=statement.end,
                                  confidence=CONFIDENCE["mention" if full else "bare_mention"]))
            return found
        for label in self.terms_in(statement.text):
            for t_start, t_end, sentence in self.terms[label]:
                coiner = self.voices.first_in(sentence, speaker.name) if t_start < statement.start else None
                if coiner is not None and different_sides(speaker, coiner):
                    return [Evidence.of(coiner, "term", t_start, t_end)]
        shared = Counter(j for w in self.words_of[index] & self.postings.keys() for j in self.postings[w])
        for j in sorted((j for j, n in shared.items() if n >= 2), reverse=True):
            earlier = self.statements[j]
            if earlier.cue is not None and self.words.pattern.fullmatch(earlier.cue.text) is not None \
                    and self.words.role(earlier.cue.text) == "object":
                continue  # "X attacked the plan as ...": a reaction to a third party, as the restating one may be
            if earlier.speaker is not None and earlier.speaker.name in self.by_name \
                    and different_sides(speaker, self.by_name[earlier.speaker.name]):
                return [Evidence(target=self.by_name[earlier.speaker.name], kind="restatement", start=earlier.start,
                                 end=earlier.end, confidence=CONFIDENCE["restatement" if framed_claim(
                                     self.text, statement.start, statement.end, self.words) else "bare_restatement"])]
        return found

    def _in_passing(self, statement: Statement, said: str, source: str) -> bool:
        """Whether the party first named in ``said``, the statement's words, is named in passing: after a pledge of
        support ("backed Hale for the nomination", "urge voters to support Republicans"), as a modifier after "a" ("an
        F.B.I. investigation"), a person's name after "the" ("the Hale deposition request") or owning its following
        ("Hale's voters")."""
        found = self.voices.first_match(said, source)
        at = statement.start + found[1] if found is not None else 0
        word = _LAST_WORD.search(self.text, max(0, at - 40), at) if found is not None else None
        article = word.group(1).lower() if word is not None else ""
        modifier = article in ("a", "an") or article == "the" and found is not None \
            and found[0].speaker.kind == "person" or found is not None and found[0].speaker.kind == "organisation" \
            and modifies(self.text, at + len(next(n for n in found[0].names if said.startswith(n, found[1]))),
                         self.lexicon) or owns_following(self.text, at, self.words)  # "new U.N. sanctions"
        return word is not None and (pledged(self.text, word.group(1), word.end(1), self.words) or modifier
                                     or support_for(self.text, word, self.words))

    def _misattributed(self, statement: Statement, speaker: Speaker) -> bool:
        """Whether the reading of who spoke cannot be right, and so is no ground for a response: the statement's
        pronoun is of another gender than its speaker ("he accused ..." read as Ms Khan's), or a group is named by
        the last word of a longer name ("Lawyers" of "the National Association of Criminal Defense Lawyers")."""
        mention = statement.speaker_mention
        said_by = self._gender(mention.text) if mention is not None else None
        tail = mention is not None and mention.text[:1].isupper() and (speaker.kind == "group" or mention.text.split(
            )[-1].lower() in self.words.classes.get("group", ())) \
            and _NAME_BEFORE.search(self.text, max(0, mention.start - 60), mention.start) is not None
        return tail or said_by is not None and self.genders.get(speaker.name) not in (None, said_by)

    def respond(self, index: int) -> Response | None:
        """The response statement ``index`` makes, if the evidence shows one."""
        evidence = self.gather(index)
        speaker = self.statements[index].speaker
        if evidence is None or speaker is None:
            return None
        return combine(evidence, index, speaker, self.text, self.statements, self.last_by_speaker, self.words)

    def gather(self, index: int) -> list[Evidence] | None:
        """Every sign that statement ``index`` answers a party, at its own confidence, before they combine; none
        where the statement can make no response (no party speaks it, a cue that takes no stance)."""
        statement = self.statements[index]
        speaker = statement.speaker
        if speaker is None or not is_party(speaker, self.words) or self._misattributed(statement, speaker):
            return None
        evidence: list[Evidence] = []
        cue = None if own_passive(statement, self.passives) else cue_near(
            self.text, statement, self.words.pattern, self.document, self.words.roles, self.first_person
        )
        if cue is None or statement.cue is not None and cue[1] != statement.cue.start \
                and extraposed_clause(self.text, statement.start) is not None:  # "After the attacks, X called it
            cue = judged_cue(self.text, statement, self.words, self.lexicon) or cue  # "dangerous" that Y ...": its own
        if cue is not None and no_stance(self.text, *cue, self.words, self.lexicon, self.document):  # "endorsed him"
            if statement.cue is not None and statement.cue.start == cue[1]:
                return None  # "X did not directly criticise Y's plan": no stance taken, no response
            cue = None
        if cue is not None and own_news(self.text, statement, cue[1], self.words):
            cue = None  # "X criticised Y's bill. She pledged to ...": her own news, not the cue before
        gender = self.genders.get(speaker.name)
        if cue is not None and (another_subject(self.text, statement, speaker, cue[1], self.names, self.lexicon)
                                or infinitive_subject(self.text, cue[1])  # "for Lee to criticize X": Lee's
                                or between_subject(self.text, statement, speaker, cue[1], self.names, self.words)
                                or cue[1] < statement.start and not may_own(self.text, cue[1], speaker, gender,
                                                                            self.lexicon)):
            cue = None  # "X sided with Y and the unions who feared ...", "her attacks on X, critics say": not theirs
        if cue is not None:  # a country is answered only so ("condemned North Korea's claim"), over its act's author
            found = self._object_evidence(index, speaker, *cue)
            evidence += found if any(e.kind not in ("act", "author") for e in found) else country_answered(
                self.text, speaker, *cue, self.lexicon, words=self.words) or found
        if (reaction := reaction_cue(statement, self.words, self.lexicon)) is not None:
            evidence += self._reaction_evidence(index, speaker, *reaction)  # "The plan drew criticism from X"
        evidence += self._reaction_taken_up(index, speaker)
        evidence += self._reference_evidence(index, speaker, cue[0] if cue else None)
        evidence += self._placement_evidence(index, speaker)
        evidence += self._passive_evidence(index, speaker)
        if (sanction := sanctioned(self.text, statement, self.names, self.words)) is not None:  # "We have banned her"
            evidence.append(Evidence.of(sanction[0], "sanction", sanction[1], sanction[2]))
        evidence += placed_signs(self.text, self.statements, index, speaker, self.voices, self.by_name, self.parties,
                                 self.words, self.lexicon)  # "X said, after Y said ...", "Critics ... Backers"
        group = group_named(self.text, statement.start, statement.end, speaker, self.words)
        if group is not None:
            evidence.append(Evidence.of(group[0], "group", group[1], group[2]))
        if speaker.name.lower() in self.words.classes.get("retinue", frozenset()):
            evidence = [e for e in evidence if e.cue is not None]  # "Aides suggested Hale's plan ...": his own
        if not evidence:
            evidence += self._continuation(index, speaker)
        if sign := taken_up(self.text, self.statements, index, speaker, self.response_at.get(index - 1),
                            self.last_by_speaker, self.by_name, self.words, self.lexicon, self.document):
            evidence.append(sign)  # "Supporters rejected Y's concerns. "...," said Sen. X": one of them
        if own := self.retinue.principals(speaker):
            evidence = [e for e in evidence if e.cue is not None or e.target.speaker.name not in own]  # "her aide"
        if co := co_subjects(self.text, statement, self.names, speaker.name):  # "Clinton and the DNC rejected"
            evidence = [e for e in evidence if e.target.speaker.name not in co]
        return [e for e in evidence if not named_as_own(speaker, e.target)  # "Trump denied the claims" of his own
                and not one_body(speaker, e.target.speaker)]  # "Acme" in a headline, "Acme Inc." in the story

    def _reaction_evidence(self, index: int, speaker: Speaker, noun: str, stance: str) -> list[Evidence]:
        """The subject of the reaction the statement is read from, read as a cue's object (:mod:`~.reactions`)."""
        statement = self.statements[index]
        reading = reaction_subject(self.text, statement, speaker.name, self.names, self.words, self.lexicon)
        resolved = self._resolve(index, speaker, reading, statement.start) if reading is not None else None
        if resolved is None or statement.cue is None:
            return []
        return [Evidence.of(resolved[0], resolved[1], statement.cue.start, statement.cue.end, cue=noun, stance=stance)]

    def _reaction_taken_up(self, index: int, speaker: Speaker) -> list[Evidence]:
        """One of a reported reaction's agent, speaking right after it, answers its subject (:mod:`~.reactions`)."""
        if index == 0:
            return []
        before = self.statements[index - 1]
        agent = before.speaker
        reaction = reaction_cue(before, self.words, self.lexicon)
        if reaction is None or agent is None or not member_of(speaker, agent, self.words, self.lexicon) \
                or paragraphs_between(self.text, before.end, self.statements[index].start) > 1:
            return []
        return [attrs.evolve(e, kind="reaction", confidence=CONFIDENCE["reaction"])
                for e in self._reaction_evidence(index - 1, agent, *reaction)]

    def _continuation(self, index: int, speaker: Speaker) -> list[Evidence]:
        """The speaker goes on with their own response, or takes up their side's (:mod:`~.continuation`)."""
        found = continued(self.statements, index, speaker, self.text, self.last_response, self.latest_speaker,
                          self.run_start, self.by_name, self.words, self.voices)
        statement = self.statements[index]
        return [Evidence(target=found[0], kind="continuation", start=statement.start, end=statement.end,
                         confidence=found[1] * CONFIDENCE["continuation"])] if found else []

    def named(self, response: Response) -> Response | None:
        """The response on its ends' canonical names (:func:`~.parties.canonical_name`); none if they are one."""
        source = self.canonical.get(response.source, response.source)
        target = self.canonical.get(response.target, response.target)
        if source == target:
            return None
        return attrs.evolve(response, source=source, target=target)

    def record(self, index: int, response: Response | None) -> None:
        """Remember statement ``index`` for the statements after it."""
        speaker = self.statements[index].speaker
        if speaker is not None:
            if self.latest_speaker != speaker.name:
                self.run_start[speaker.name] = index
            self.latest_speaker = speaker.name
            self.last_by_speaker[speaker.name] = index
        for word in self.words_of[index]:
            self.postings.setdefault(word, []).append(index)
        if response is not None:
            self.last_response[response.source] = (response.target, index, response.confidence)
            self.response_at[index] = response


def one_body(a: Speaker, b: Speaker) -> bool:
    """Whether two bodies are one under two names: both speak as an organisation, for the same organisation ("Acme"
    in a headline, "Acme Platforms" in the story); a body never answers itself.

    Examples
    --------
    >>> from quotetrack.model import Organisation
    >>> acme = Organisation(name="Acme Platforms")
    >>> one_body(Speaker(name="Acme", kind="organisation", organisation=acme),
    ...          Speaker(name="Acme Platforms", kind="organisation", organisation=acme))
    True
    >>> one_body(Speaker(name="Ann Lee", kind="person", organisation=acme),
    ...          Speaker(name="Acme Platforms", kind="organisation", organisation=acme))
    False
    """
    return a.kind == b.kind == "organisation" and a.organisation is not None and b.organisation is not None \
        and a.organisation.name == b.organisation.name
