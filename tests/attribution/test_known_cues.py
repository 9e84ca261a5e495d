"""Tests of constructions around cues the lexicon knows (issue 14): where their clauses end, who their subject is."""

from __future__ import annotations

import pytest

import quotetrack


def reading(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, statement text, speaker name) of each statement."""
    return [(s.kind, s.text, s.speaker.name if s.speaker else None) for s in quotetrack.read(text).statements]


# 'While X says A, B': A is X's, B is the writer's main clause.
SUBORDINATE = {
    "while-clause": ("While Mayor Ana Ruiz says the levy will fall, the council expects a rise.",
                     [("indirect", "the levy will fall", "Ana Ruiz"), ("indirect", "a rise", "the council")]),
    "although-clause": ("Although the agency found the bridge safe, its report was never published.",
                        [("indirect", "the bridge safe", "the agency")]),
    "while-after-but": ("The levy will rise, but while Ana Ruiz says the rise is small, it is the third this year.",
                        [("indirect", "the rise is small", "Ana Ruiz")]),
    "the-main-clause-reports-no-fronted-clause": ("While the agency says costs will fall, critics doubt it.",
                                                  [("indirect", "costs will fall", "the agency")]),
    "a-subordinate-clause-inside-the-report": (
        "Ana Ruiz said that while costs will fall, the levy will rise.",
        [("indirect", "that while costs will fall, the levy will rise", "Ana Ruiz")]),
    "no-subordinate-clause": ("Ana Ruiz said costs will fall, the levy will rise and rents will stay flat.",
                              [("indirect", "costs will fall, the levy will rise and rents will stay flat",
                                "Ana Ruiz")]),
}

# 'X went on to explain ...': X speaks; not when a noun phrase or a question word stands before 'to'.
INFINITIVE = {
    "went-on-to": ("Mayor Ana Ruiz went on to explain that the levy would fall.",
                   [("indirect", "that the levy would fall", "Ana Ruiz")]),
    "is-likely-to": ("The governor is likely to stress that rates will stay low.",
                     [("indirect", "that rates will stay low", "The governor")]),
    "has-often-sought-to": ("Tom Reid has often sought to characterize his tenure as a success.",
                            [("indirect", "his tenure as a success", "Tom Reid")]),
    "was-pressed-to": ("Tom Reid was pressed to explain the contrast with his earlier remarks.",
                       [("indirect", "the contrast with his earlier remarks", "Tom Reid")]),
    # a noun phrase before "to": the infinitive's subject is not the clause's ("gave the mayor a chance to") ...
    "a-noun-phrase-before-to": ("The council gave the mayor a chance to complain about the levy.", []),
    # ... unless a verb of setting out governs it, an infinitive of purpose (purposes.py)
    "a-purpose-before-to": ("The council used a closed-door luncheon to complain about the levy.",
                            [("indirect", "the levy", "The council")]),
    "a-question-word-before-to": ("Aides asked how to explain the vote.",
                                  [("indirect", "how to explain the vote", "Aides")]),
    "it-is-no-speaker": ("It is hard to explain the vote.", []),
    "a-relative-clause-ends-before-the-main-verb": (
        'Speaker Ana Ruiz, who was reluctant to explain the vote, was blunt about what she called "our quarrels."',
        [("indirect", "the vote", "Ana Ruiz"), ("direct", "our quarrels.", "Ana Ruiz")]),
}

# Shares of a group opening their clause speak: "one in five say", "47% said", "a third say".
SHARES = {
    "one-in-five": ("About one in five say they would not vote in the runoff.",
                    [("indirect", "they would not vote in the runoff", "About one in five")]),
    "nine-out-of-ten": ("Nearly nine out of 10 said the schools had improved.",
                        [("indirect", "the schools had improved", "Nearly nine out of 10")]),
    "percent-sign": ("On the levy, 47% say it should rise; 37% disagree.",
                     [("indirect", "it should rise", "47%")]),
    "a-third": ("Nearly a third say they have not decided.", [("indirect", "they have not decided", "Nearly a third")]),
    "two-thirds": ("Two-thirds say the tax is too high.", [("indirect", "the tax is too high", "Two-thirds")]),
    "three-fourths": ("In the survey, three-fourths say the tax is too high.",
                      [("indirect", "the tax is too high", "three-fourths")]),
    "a-finding-goes-on-past-a-share": (
        "The poll found that 43% of voters back the mayor, and 42% support her rival.",
        [("indirect", "that 43% of voters back the mayor, and 42% support her rival", "The poll")]),
}

# A plural noun or quantifier before a restrictive "who" inside a clause speaks: "(angered) voters who say".
RELATIVES = {
    "others-who": ("The mayor met the donors and others who want a new park.",
                   [("indirect", "a new park", "others")]),
    "plural-noun-who": ("The levy angered many residents who say the school can wait.",
                        [("indirect", "the school can wait", "many residents")]),
    "not-at-the-clause-start": ("Residents who agree that the jail should close were irritated.", []),
    "not-after-a-name": ("The mayor spoke with Tom Reid who wants a new park.", []),
}

# A group opening its clause with a participle phrase after it speaks, the whole phrase its source.
MODIFIED = {
    "participle-phrase": ("But local activists campaigning to save the library say they have found new donors.",
                          [("indirect", "they have found new donors",
                            "local activists campaigning to save the library")]),
    "past-participle-next-to-the-cue": ("By wide margins, those surveyed say the schools should reopen.",
                                        [("indirect", "the schools should reopen", "those surveyed")]),
    "a-past-tense-verb-is-no-modifier": ("The files included 40 letters that were never sent.", []),
    "plural-determiner-and-a-base-form": ("Both want a new park in the town centre.",
                                          [("indirect", "a new park in the town centre", "Both")]),
}

# A cue's noun-phrase object ends before an apposition or a verb coordinated with the cue; a clause does not.
OBJECTS = {
    "apposition-after-the-object": ("Ana Ruiz has supported Fair Rents, a coalition of twenty unions.",
                                    [("indirect", "Fair Rents", "Ana Ruiz")]),
    "coordinated-verb-after-the-object": ("The union endorsed Ana Ruiz in May and campaigned for her.",
                                          [("indirect", "Ana Ruiz in May", "The union")]),
    "coordinated-adjectives-stay": ("The union is calling the levy rash and misguided.",
                                    [("indirect", "the levy rash and misguided", "The union")]),
    "a-clause-keeps-its-apposition": ("Ana Ruiz said the plan, a costly one, would fail.",
                                      [("indirect", "the plan, a costly one, would fail", "Ana Ruiz")]),
}

# A cue of speech or belief and the topic after "about" or "against": the topic is the statement.
TOPICS = {
    "spoke-about": ("In another interview, Ana Ruiz spoke about a meeting she had with the mayor.",
                    [("indirect", "a meeting she had with the mayor", "Ana Ruiz")]),
    "spoke-out-against": ("Tom Reid also spoke out sharply against the levy.",
                          [("indirect", "the levy", "Tom Reid")]),
    "an-adverb-inside-the-phrase": ("Ana Ruiz spoke warmly of her years on the council.",
                                    [("indirect", "her years on the council", "Ana Ruiz")]),
    "an-adverb-and-no-particle": ("Tom Reid spoke briefly to reporters.", []),
    "pointed-to": ("Asked about the vote, Ana Ruiz pointed to the council's record on housing.",
                   [("indirect", "the council's record on housing", "Ana Ruiz")]),
    "asked-for": ("The union asked for a pay rise of four percent.",
                  [("indirect", "a pay rise of four percent", "The union")]),
    "hoped-for": ("Her advisers have hoped for a second-place finish in Ohio.",
                  [("indirect", "a second-place finish in Ohio", "Her advisers")]),
    "a-negative-contraction": ("Ana Ruiz hasn't said whether she will run again.",
                               [("indirect", "whether she will run again", "Ana Ruiz")]),
    "a-curly-negative-contraction": ("The council hasn’t said when the vote will be held.",
                                     [("indirect", "when the vote will be held", "The council")]),
    # no verb "remark" with the subject "The mayor's"; the owned noun reports its object (nouns.py), which ends at
    # the sentence's verb
    "a-noun-cue-is-no-verb": ("The mayor's remarks about the levy angered parents.",
                              [("indirect", "the levy", "The mayor")]),
    "quoted-words-are-read-first": ('Ana Ruiz said of the mayor, "She has done nothing for us."',
                                    [("direct", "She has done nothing for us.", "Ana Ruiz")]),
}

# A response verb's object need not open with a determiner or a capital: an adjective, a pronoun, "against".
RESPONSE_OBJECTS = {
    "adjective-first": ("The mayor also blasted congressional leaders.",
                        [("indirect", "congressional leaders", "The mayor")]),
    "pronoun-object": ("Ana Ruiz chided him for siding with the council.",
                       [("indirect", "him for siding with the council", "Ana Ruiz")]),
    "railed-against": ("Tom Reid railed against bloated hospital projects.",
                       [("indirect", "bloated hospital projects", "Tom Reid")]),
    "no-first-person-object": ("Tom Reid attacked me from the stage.", []),
    "no-adverb-object": ("The mayor hit back hard.", []),
    "soon-before-the-cue": ("Ana Ruiz soon learned that the plant would close.",
                            [("indirect", "that the plant would close", "Ana Ruiz")]),
    "a-comma-after-a-party-parenthesis": ("Sen. Tom Reid (D-R.I.), said the bill would fail.",
                                          [("indirect", "the bill would fail", "Tom Reid")]),
    "a-reason-after-for": ("Tom Reid criticized the mayor for supporting the levy.",
                           [("indirect", "the mayor for supporting the levy", "Tom Reid")]),
}

# "X did A but said B": the cue after "but" shares the clause's subject, and ends the clause before it.
BUT = {
    "but-said": ("Senator Ana Ruiz said the state was winnable, but said her party could not relax.",
                 [("indirect", "the state was winnable", "Ana Ruiz"),
                  ("indirect", "her party could not relax", "Ana Ruiz")]),
    "object-then-but-says": ("Tom Reid favors a carbon tax but says it would never pass.",
                             [("indirect", "a carbon tax", "Tom Reid"),
                              ("indirect", "it would never pass", "Tom Reid")]),
}

# "A, according to X": X reports A even when A holds a cue of its own ("59 percent view her unfavorably").
ACCORDING = {
    "a-cue-inside-the-clause": ("Some 59 percent of voters view the mayor unfavorably, according to a new poll.",
                                [("indirect", "Some 59 percent of voters view the mayor unfavorably", "a new poll")]),
    "a-plain-clause": ("The council will vote on Monday, according to the mayor.",
                       [("indirect", "The council will vote on Monday", "the mayor")]),
}

CASES = {**SUBORDINATE, **INFINITIVE, **SHARES, **RELATIVES, **MODIFIED, **OBJECTS, **TOPICS, **RESPONSE_OBJECTS,
         **BUT, **ACCORDING}


@pytest.mark.parametrize("case", CASES)
def test_reading(case):
    text, expected = CASES[case]
    assert reading(text) == expected
