"""Tests of issue 14's indirect statements (branch ind4): the long subjects of findings and other general rules."""

from __future__ import annotations

import pytest

import quotetrack


def reading(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, statement text, speaker name) of each statement."""
    return [(s.kind, s.text, s.speaker.name if s.speaker else None) for s in quotetrack.read(text).statements]


# "Data from the 2014 census show ...": a record opening the sentence is a finding's subject, modifiers and all.
RECORDS = {
    "a-prepositional-phrase": ("Data from the 2014 housing survey show that rents in the valley rose by a third.",
                               [("indirect", "that rents in the valley rose by a third",
                                 "Data from the 2014 housing survey")]),
    "a-participle-and-a-day": ("A poll from Lakeview College released Wednesday found the mayor ahead by nine points.",
                               [("indirect", "the mayor ahead by nine points",
                                 "A poll from Lakeview College released Wednesday")]),
    "a-relative-clause": ("Emails that were released by the county on Friday show the clerk knew of the shortfall.",
                          [("indirect", "the clerk knew of the shortfall",
                            "Emails that were released by the county on Friday")]),
    "after-a-conjunction": ("But an analysis by the Harbor Institute suggests the levy will fall short.",
                            [("indirect", "the levy will fall short", "an analysis by the Harbor Institute")]),
}

# "Most of them said yes": a one-word answer is the statement; a longer object keeps its words.
ANSWERS = {
    "yes": ("Asked whether the depot should close, 62 percent of the drivers said yes.",
            [("indirect", "yes", "the drivers")]),
    "no": ("The mayor said no.", [("indirect", "no", "The mayor")]),
    "no-to-an-object": ("The mayor said no to the depot plan.", [("indirect", "no to the depot plan", "The mayor")]),
    "another-word-is-no-statement": ("The mayor said nothing.", []),
}

# "said the results in Ohio and New Mexico show ...": names joined by "and" before the clause's verb are its subject,
# not a new clause's.
COORDINATED = {
    "two-places": ("The campaign sent an email on Friday saying that the results in Ohio and New Mexico show the "
                   "senator is ahead.",
                   [("indirect", "that the results in Ohio and New Mexico show the senator is ahead", "The campaign")]),
    "states-like": ("Tom Reid said states like Oregon and Nevada will decide the race.",
                    [("indirect", "states like Oregon and Nevada will decide the race", "Tom Reid")]),
    "a-clause-of-its-own-after-a-verb": ("The mayor said the depot would close and Reid said it would not.",
                                         [("indirect", "the depot would close", "The mayor"),
                                          ("indirect", "it would not", "Reid")]),
}

# "called for a boycott of the vote, and the league denounced ...": a noun-phrase object ends before ", and" and a
# clause of its own; a clause object, or a list of nouns, goes on.
OBJECT_AND = {
    "a-clause-after-the-object": ("The union called for a boycott of the vote, and the league has denounced it.",
                                  [("indirect", "a boycott of the vote", "The union")]),
    "a-pronoun-subject": ("Reporters asked Tom Reid about the donations, and he did his best to avoid the question.",
                          [("indirect", "Tom Reid about the donations", "Reporters")]),
    "a-list-goes-on": ("The clerk asked for proof of residence, and a utility bill.",
                       [("indirect", "proof of residence, and a utility bill", "The clerk")]),
    "a-clause-object-goes-on": ("Ana Ruiz said the depot was closing, and the drivers were out of work.",
                                [("indirect", "the depot was closing, and the drivers were out of work",
                                  "Ana Ruiz")]),
}

# "said it would cut 3,000 jobs, a third of its staff": a closing apposition after a reported clause is the writer's.
APPOSITIONS = {
    "a-summing-phrase": ("The airline said it would cut 3,000 jobs, a third of its staff at the hub.",
                         [("indirect", "it would cut 3,000 jobs", "The airline")]),
    "a-phrase-with-a-relative-clause": (
        "The tenants said the city should ban new towers by 2030, an ambitious goal that would need new laws.",
        [("indirect", "the city should ban new towers by 2030", "The tenants")]),
    "an-apposition-inside-the-clause": ("Tom Reid said that Ana Ruiz, a former teacher, would run for mayor.",
                                        [("indirect", "that Ana Ruiz, a former teacher, would run for mayor",
                                          "Tom Reid")]),
    "a-name's-apposition": ("Tom Reid said he would vote for Ana Ruiz, the party's nominee.",
                            [("indirect", "he would vote for Ana Ruiz, the party's nominee", "Tom Reid")]),
    "a-list": ("Tom Reid said the plan would raise fares, the toll on the bridge and the parking fees.",
               [("indirect", "the plan would raise fares, the toll on the bridge and the parking fees", "Tom Reid")]),
    "a-closing-cue": (
        "The carmaker says none of its money will go to the two owners of the plant, who have been accused by staff of "
        "paying themselves huge bonuses, the FT reports.",
        [("indirect", "The carmaker says none of its money will go to the two owners of the plant, who have been "
          "accused by staff of paying themselves huge bonuses", "FT"),
         ("indirect", "none of its money will go to the two owners of the plant, who have been accused by staff of "
          "paying themselves huge bonuses, the FT reports", "The carmaker")]),
    "a-clause-of-its-own": ("Tom Reid said the plan would raise fares, the council is sure of it.",
                            [("indirect", "the plan would raise fares, the council is sure of it", "Tom Reid")]),
}

# ", citing legal risks": the reason the subject gives is its statement; an informant after "citing" is no reason.
CITING = {
    "a-reason": ("The airline declined the offer, citing legal risks and the cost of the case.",
                 [("indirect", "the offer", "The airline"),
                  ("indirect", "legal risks and the cost of the case", "The airline")]),
    "by-citing": ("Tom Reid defended the levy by citing a study from the county.",
                  [("indirect", "a study from the county", "Tom Reid")]),
    "an-endorsement's-reason": ("Mayor Ana Ruiz endorsed Tom Reid on Tuesday, citing his long experience.",
                                [("indirect", "Tom Reid", "Ana Ruiz"),
                                 ("indirect", "his long experience", "Ana Ruiz")]),
    "an-informant": ("The plant will close in May, the paper reported, citing two people familiar with the plan.",
                     [("indirect", "The plant will close in May", "the paper")]),
}

CASES = {**RECORDS, **ANSWERS, **COORDINATED, **OBJECT_AND, **APPOSITIONS, **CITING}

# Sentences whose opening words are no record subject of the finding cue.
NOT_RECORDS = {
    "a-verb-of-its-own": "The council's housing policy has barely changed in a year and shows no sign of moving.",
    "a-subordinate-clause": "The county results arrive a week after a state poll showed the mayor trailing.",
    "a-comma": "In the state's records, a poll shows the mayor ahead.",
    "a-subject-ending-at-its-noun": "The new poll shows the mayor ahead.",
    "no-finding-cue": "Data from the 2014 housing survey say little about rents.",
}


def record_subject_text(text: str) -> str | None:
    """The record subject ``record_subject`` reads for the sentence's first cue, as text."""
    from quotetrack.attribution.findings import record_subject
    from quotetrack.attribution.index import TextIndex
    from quotetrack.attribution.people import find_people
    from quotetrack.attribution.quotations import find_quotations
    from quotetrack.backends import embedded
    from quotetrack.lexicon import load_lexicon

    document, lexicon = embedded.parse(text), load_lexicon()
    index = TextIndex(document, find_quotations(text, document.paragraphs), lexicon, find_people(document, lexicon))
    assert index.cues
    source = record_subject(index, index.cues[-1], index.frames[0])
    return None if source is None else text[index.tokens[source.first].start : index.tokens[source.last - 1].end]


@pytest.mark.parametrize("case", NOT_RECORDS)
def test_no_record_subject(case):
    assert record_subject_text(NOT_RECORDS[case]) is None


def test_record_subject():
    assert record_subject_text("Data from the 2014 housing survey show that rents rose.") \
        == "Data from the 2014 housing survey"


@pytest.mark.parametrize("case", CASES)
def test_reading(case):
    text, expected = CASES[case]
    assert reading(text) == expected
