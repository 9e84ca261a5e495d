"""Tests of the constructions that tie a cue to its reported clause (attribution/constructions.py)."""

from __future__ import annotations

import pytest

import quotetrack


def reading(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, statement text, speaker name) of each statement."""
    article = quotetrack.read(text)
    return [(s.kind, s.text, s.speaker.name if s.speaker else None) for s in article.statements]


PARENTHETICAL = [
    pytest.param(
        "The hardest part of the job, Jane Smith says, is keeping the volunteers on schedule.",
        [("indirect", "The hardest part of the job", "Jane Smith"),
         ("indirect", "is keeping the volunteers on schedule", "Jane Smith")],
        id="the-clause-resumes-with-its-verb",
    ),
    pytest.param(
        "The committee met twice in March, Tom Brown said, and it approved the budget both times.",
        [("indirect", "The committee met twice in March", "Tom Brown"),
         ("indirect", "and it approved the budget both times", "Tom Brown")],
        id="a-coordinated-clause-after-the-cue",
    ),
    pytest.param(
        "Rents rose by a third, the housing agency said in a report on Monday, and the median wage barely moved.",
        [("indirect", "Rents rose by a third", "the housing agency"),
         ("indirect", "and the median wage barely moved", "the housing agency")],
        id="an-adjunct-of-the-cue-before-the-comma",
    ),
    pytest.param(
        "Whether the bridge can reopen this year, Tom Brown said, would depend on the inspectors.",
        [("indirect", "Whether the bridge can reopen this year", "Tom Brown"),
         ("indirect", "would depend on the inspectors", "Tom Brown")],
        id="a-long-subject-and-its-modal",
    ),
    pytest.param(
        "Fares will rise again next year, the Transit Authority said.",
        [("indirect", "Fares will rise again next year", "Transit Authority")],
        id="the-article-before-a-body-that-speaks-last",
    ),
    pytest.param(
        "Fares will rise again next year, the Transit Authority said, and service will be cut.",
        [("indirect", "Fares will rise again next year", "Transit Authority"),
         ("indirect", "and service will be cut", "Transit Authority")],
        id="the-article-before-a-parenthetical-body",
    ),
    pytest.param(
        "The bridge will not reopen before winter, city officials said, although repairs have begun.",
        [("indirect", "The bridge will not reopen before winter", "city officials")],
        id="a-subordinate-clause-after-the-cue-is-no-list",
    ),
    pytest.param(
        "The cost is hard to predict, many economists say, because no state has tried it.",
        [("indirect", "The cost is hard to predict", "many economists"),
         ("indirect", "because no state has tried it", "many economists")],
        id="a-reason-after-the-cue",
    ),
    pytest.param(
        "The council, which met on Tuesday, said the plan would cost less, and the mayor agreed.",
        [("indirect", "the plan would cost less", "The council")],
        id="a-relative-clause-is-no-parenthetical-cue",
    ),
]


@pytest.mark.parametrize("text, expected", PARENTHETICAL)
def test_parenthetical_cue_splits_its_clause(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert reading(text) == expected


AS_CUE = [
    pytest.param(
        "Fines are rare for such lapses, and as Jane Smith noted, the staff involved could still lose their jobs.",
        [("indirect", "the staff involved could still lose their jobs", "Jane Smith")],
        id="as-cue-after-and",
    ),
    pytest.param(
        "But as a local reporter noted, the hall was barely half full.",
        [("indirect", "the hall was barely half full", "a local reporter")],
        id="as-cue-after-but",
    ),
    pytest.param(
        "As the Herald reported, the mayor resigned.",
        [("indirect", "the mayor resigned", "the Herald")],
        id="as-cue-opening-the-sentence",
    ),
    pytest.param(
        "As the Herald reported Tuesday night, the mayor resigned.",
        [("indirect", "the mayor resigned", "the Herald")],
        id="as-cue-with-a-time-after-it",
    ),
    pytest.param(
        "As Jane Smith noted in an interview, the staff could still lose their jobs.",
        [("indirect", "the staff could still lose their jobs", "Jane Smith")],
        id="as-cue-with-a-setting-after-it",
    ),
    pytest.param(
        "The fund grew as the market rose, and the bank said profits were up.",
        [("indirect", "profits were up", "the bank")],
        id="as-a-conjunction-is-no-cue",
    ),
]


@pytest.mark.parametrize("text, expected", AS_CUE)
def test_as_cue_reports_the_clause_after_it(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert reading(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Jane Smith and Tom Brown say the budget needs other changes.",
                 ("indirect", "the budget needs other changes"), id="two-names"),
    pytest.param("But Ms. Lee and Mr. Brown say the vote came too late.",
                 ("indirect", "the vote came too late"), id="two-titled-names"),
])
def test_two_names_take_a_plural_verb(text: str, expected: tuple[str, str]) -> None:
    (statement,) = quotetrack.read(text).statements
    assert (statement.kind, statement.text) == expected
    assert len(statement.speakers) == 2


def test_a_singular_name_before_a_noun_is_no_speaker() -> None:
    assert reading("The Jane Smith email scandal grew all summer.") == []


QUOTED_NAMES = {  # statement -> (kind, its reported words)
    'Tom Brown said the "Clean Network" plan would fail.': ("indirect", 'the "Clean Network" plan would fail'),
    'Jane Smith said the city should scrap its "Green Streets" and start again.':
        ("mixed", 'the city should scrap its "Green Streets" and start again'),
    'Tom Brown rails against its "Great Wall of Protectionism" and pledges to stand firm.':
        ("mixed", 'its "Great Wall of Protectionism"'),
}


@pytest.mark.parametrize("text", list(QUOTED_NAMES), ids=["a-name-before-its-noun", "and-is-no-noun", "an-object"])
def test_a_quoted_name_before_a_noun_is_a_term(text: str) -> None:
    statement = quotetrack.read(text).statements[0]
    assert (statement.kind, statement.text) == QUOTED_NAMES[text]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Tom Hale slammed Ann Ortiz for her work defending inmates.",
                 ("indirect", "Ann Ortiz for her work", "Tom Hale"), id="a-participle-after-a-noun-is-the-noun-s"),
    pytest.param("Republicans are slamming Ann Ortiz for her years defending the county budget.",
                 ("indirect", "Ann Ortiz for her years", "Republicans"), id="in-the-progressive"),
])
def test_narrated_object_with_a_noun_s_participle(text: str, expected: tuple[str, str, str | None]) -> None:
    """A participle right after a noun of the object modifies it: the narrated object stays the statement."""
    assert expected in reading(text)


def test_a_participle_after_a_comma_carries_the_subject() -> None:
    """'X attacked the plan, saying ...': the participle is the statement, not the object."""
    assert ("indirect", "it would cost jobs", "Tom Hale") in reading(
        "Tom Hale attacked the plan, saying it would cost jobs.")


def test_a_platform_before_a_participle_is_no_subject() -> None:
    """'replied on Facebook writing, "..."': the participle takes the sentence's subject, not the platform."""
    text = ('Jane Ortiz asked Sen. Tom Hale whether he would stop using the phrase. Hale replied to the question on '
            'Facebook writing, "Yes, I will. That was a poor choice of words."')
    speakers = {s.speaker.name if s.speaker else None for s in quotetrack.read(text).statements
                if s.text.startswith("Yes")}
    assert speakers == {"Tom Hale"}
