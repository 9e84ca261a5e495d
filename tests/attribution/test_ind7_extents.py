"""Tests of issue 14's indirect statements, third round (branch ind7): where contents start and end."""

from __future__ import annotations

import pytest

import quotetrack


def reading(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, statement text, speaker name) of each statement."""
    return [(s.kind, s.text, s.speaker.name if s.speaker else None) for s in quotetrack.read(text).statements]


# "In his speech, the governor argued for ...": a prepositional phrase opening the sentence before a cue whose clause
# goes on is the writer's setting, not a fragment of the statement; before a parenthetical cue it still is one.
FRONTED = {
    "spoke-as-if": ("In both cases, the mayor spoke as if the money had come from her own pocket.", []),
    "believe-in": ("In a changing economy, younger voters still believe in hard work.", []),
    "argued-against": ("In his speech, the governor argued emphatically against the new levy.",
                       [("indirect", "the new levy", "the governor")]),
    "a-parenthetical-cue-keeps-it": ("In both cases, the mayor said, the money came from the city.",
                                     [("indirect", "In both cases", "the mayor"),
                                      ("indirect", "the money came from the city", "the mayor")]),
    "a-clause-is-no-setting": ("Under the plan, fares will rise by a third, the mayor said on Tuesday.",
                               [("indirect", "Under the plan, fares will rise by a third", "the mayor")]),
}


@pytest.mark.parametrize("text, expected", FRONTED.values(), ids=FRONTED.keys())
def test_fronted_setting(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert reading(text) == expected


def test_fronted_setting_keeps_the_source_for_a_participle() -> None:
    text = "In three interviews, the senator sounded off on the mayor, saying she did not \"want to imagine\" a loss."
    assert [(k, n) for k, _, n in reading(text)] == [("mixed", "the senator")]


# "said the depot would close — though she gave no date": a single dash before a concessive clause or a clause of its
# own ends the reported clause; a pair of dashes around an aside, or "and" after the dash, does not.
DASH = {
    "though": ("The mayor said the depot would close by the end of the year — though she gave no date for the vote.",
               [("indirect", "the depot would close by the end of the year", "The mayor")]),
    "a-clause-after-two-hyphens": ("The senator said he had nothing to apologize for -- his critics would have to "
                                   "accept that.",
                                   [("indirect", "he had nothing to apologize for", "The senator")]),
    "a-clause-after-a-hyphen": ("Ana Ruiz said the vote was fair - it will be certified on Monday.",
                                [("indirect", "the vote was fair", "Ana Ruiz")]),
    "while": ("The union argued that the cuts would hurt riders – while conceding that fares had to rise.",
              [("indirect", "that the cuts would hurt riders", "The union"),
               ("indirect", "that fares had to rise", "The union")]),
    "an-aside-in-two-dashes": ("The mayor said the plan - a long shot - would fail.",
                               [("indirect", "the plan - a long shot - would fail", "The mayor")]),
    "and-goes-on": ("The mayor said the depot would close - and the union would fight it.",
                    [("indirect", "the depot would close - and the union would fight it", "The mayor")]),
    "a-noun-phrase-goes-on": ("The mayor said the depot would close — a blow to the town.",
                              [("indirect", "the depot would close — a blow to the town", "The mayor")]),
    # a noun phrase whose own cue reports what follows it (a relative clause without "that"): the cue's statement
    "a-cue-of-its-own": ("Tom Brown urged the mayor to act against the meddling -- meddling the congressman said is "
                         'meant to "divide voters" in the city.',
                         [("indirect", "the mayor to act against the meddling", "Tom Brown"),
                          ("mixed", 'is meant to "divide voters" in the city', "the congressman")]),
    "a-cue-after-the-subject": ("Ann Dale has called for the files to be made public — even the ones the agency "
                                'now says are "secret."',
                                [("indirect", "the files to be made public", "Ann Dale"),
                                 ("mixed", 'are "secret."', "the agency")]),
}


@pytest.mark.parametrize("text, expected", DASH.values(), ids=DASH.keys())
def test_dash_ends_a_reported_clause(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert reading(text) == expected


# "Do you support the levy?": a question put to the reader (an auxiliary, "you" and the cue, a question mark closing
# the sentence) reports no one; an interviewer's question ("Q: ...") and a question someone asked are still read.
READER = {
    "do-you-support": ("Do you support the new levy? Tell us in the comments.", []),
    "would-you-think": ("Would you think the mayor had lost?", []),
    "what-do-you-believe": ("What do you believe the council should do?", []),
    "can-you-imagine": ("Can you imagine if the council had voted the other way?", []),
    "an-interview-question": ("Q: The party is divided. Do you think a moderate can win?",
                              [("indirect", "a moderate can win", None)]),
    "a-statement-is-no-question": ("If you think the depot will close, the mayor said, you are wrong.",
                                   [("indirect", "If you think the depot will close", "the mayor"),
                                    ("indirect", "you are wrong", "the mayor")]),
}


@pytest.mark.parametrize("text, expected", READER.values(), ids=READER.keys())
def test_question_to_the_reader(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert reading(text) == expected


# "said there were no options, but that the council would choose", "expected to visit Ohio, and to return to Texas": a
# second complement of the same cue after a comma and a conjunction carries the statement on.
SECOND = {
    "but-that": ("The mayor said that there were no good options, but that the council would have to choose.",
                 [("indirect", "that there were no good options, but that the council would have to choose",
                   "The mayor")]),
    "and-to": ("The mayor is expected to visit the depot on Monday, and to return to the capital for a vote.",
               [("indirect", "to visit the depot on Monday, and to return to the capital for a vote", "The mayor")]),
    "or-whether": ("Residents asked whether the depot would close, or whether it would be sold.",
                   [("indirect", "whether the depot would close, or whether it would be sold", "Residents")]),
    "but-that-as-a-pronoun": ("The mayor said the depot would close, but that is not the end of the story.",
                              [("indirect", "the depot would close", "The mayor")]),
    "and-a-verb-of-its-own": ("The mayor hoped to calm the workers, and took questions for an hour.",
                              [("indirect", "to calm the workers", "The mayor")]),
}


@pytest.mark.parametrize("text, expected", SECOND.values(), ids=SECOND.keys())
def test_second_complement(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert reading(text) == expected


# "criticized the long delays and missed payments": a form in -ed before a lower-case noun after "and" is an
# adjective of the object's second noun, not a verb coordinated with the cue ("and blamed the mayor").
ADJECTIVE = {
    "missed-payments": ("The union criticized the long delays and missed payments at the depot.",
                        [("indirect", "the long delays and missed payments at the depot", "The union")]),
    "measured-tone": ("The senator praised the mayor's patience and measured tone.",
                      [("indirect", "the mayor's patience and measured tone", "The senator")]),
    "a-verb-and-its-object": ("The union criticized the long delays and blamed the mayor for them.",
                              [("indirect", "the long delays", "The union")]),
    "a-cue-after-and": ("The council denounced the plan and rejected claims that it was cheap.",
                        [("indirect", "the plan", "The council"),
                         ("indirect", "claims that it was cheap", "The council")]),
}


@pytest.mark.parametrize("text, expected", ADJECTIVE.values(), ids=ADJECTIVE.keys())
def test_coordinated_adjective(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert reading(text) == expected


# "criticized the council's record, including its vote": a narrated response's object goes on through a participle
# that works as a preposition; a participle of the subject's own ends it.
OBJECT_INCLUDING = {
    "including": ("The mayor criticized the council's record, including its vote to close the depot.",
                  [("indirect", "the council's record, including its vote to close the depot", "The mayor")]),
    "regarding": ("The union attacked the board's silence, regarding the missed payments.",
                  [("indirect", "the board's silence, regarding the missed payments", "The union")]),
    "saying-ends-it": ("The mayor criticized the council's record, saying it had failed the town.",
                       [("indirect", "it had failed the town", "The mayor")]),
}


@pytest.mark.parametrize("text, expected", OBJECT_INCLUDING.values(), ids=OBJECT_INCLUDING.keys())
def test_object_goes_on_through_including(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert reading(text) == expected
