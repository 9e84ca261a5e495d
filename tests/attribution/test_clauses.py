"""Tests of where a reported clause begins (attribution/clauses.py)."""

from __future__ import annotations

import pytest

import quotetrack


@pytest.mark.parametrize("text, expected", [
    pytest.param("Jane Smith said the new test could change that.", "the new test could change that",
                 id="a-demonstrative-that-after-the-verb"),
    pytest.param("Jane Smith said the ruling would mean that fares rise.", "the ruling would mean that fares rise",
                 id="a-that-clause-inside-the-reported-clause"),
    pytest.param("Tom Brown told reporters on Monday that the deal was off.", "that the deal was off",
                 id="that-after-an-addressee-and-a-time"),
    pytest.param("Tom Brown said in a statement that the deal was off.", "that the deal was off",
                 id="that-after-a-medium"),
])
def test_reported_clause_start(text: str, expected: str) -> None:
    (statement,) = quotetrack.read(text).statements
    assert statement.text == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Jane Smith warns against the excesses of the big banks and openly talks about closing the loophole.",
                 ["the excesses of the big banks", "closing the loophole"], id="and-an-adverb-and-a-cue"),
    pytest.param("Tom Brown said the plan failed and warned of higher taxes.",
                 ["the plan failed", "higher taxes"], id="and-a-cue"),
])
def test_a_coordinated_cue_ends_the_clause(text: str, expected: list[str]) -> None:
    assert [s.text for s in quotetrack.read(text).statements] == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Jane Smith said there is a "real gap in funding," when it comes to rural schools.',
                 'there is a "real gap in funding," when it comes to rural schools', id="a-when-aside-stays"),
    pytest.param('Tom Brown told donors that the vote could help him win "a fight in Denver," where the party meets.',
                 'that the vote could help him win "a fight in Denver," where the party meets',
                 id="a-where-aside-stays"),
    pytest.param('Tom Brown said that "prices still matter most" in the region, including what families pay for rent.',
                 'that "prices still matter most" in the region, including what families pay for rent',
                 id="an-including-aside-stays"),
    pytest.param('Jane Smith said she was focused on "fairness" and had no wish to change the rules.',
                 'she was focused on "fairness" and had no wish to change the rules', id="a-coordinated-verb-phrase"),
])
def test_a_quoted_clause_goes_on_through_its_asides(text: str, expected: str) -> None:
    (statement,) = quotetrack.read(text).statements
    assert (statement.kind, statement.text) == ("mixed", expected)


@pytest.mark.parametrize("text, expected", [
    pytest.param('Tom Brown called the merger "a bad deal" and has ranked it among the worst of the decade.',
                 'the merger "a bad deal"', id="an-object-then-the-subject's-own-verb"),
    pytest.param('Tom Brown cautioned that it was "too early to tell," before predicting that the vote would pass.',
                 'that it was "too early to tell,"', id="a-participle-after-before"),
    pytest.param('Ann Dale warned that the fund was "nearly empty," before quietly asking the council for more.',
                 'that the fund was "nearly empty,"', id="an-adverb-between-before-and-its-participle"),
    pytest.param('Ann Dale wants a budget that "works for every town, not just the big ones," as she put it on Monday.',
                 'that "works for every town, not just the big ones,"', id="as-and-a-cue-of-its-own"),
    pytest.param('Tom Brown said the mayor was not "fit" for the job, before taking it back.',
                 'the mayor was not "fit" for the job', id="a-participle-after-a-comma-and-before"),
    pytest.param('Jane Smith said the levy was "a tax on work," which Tom Brown disputed.',
                 'the levy was "a tax on work,"', id="a-relative-clause-with-a-cue-of-its-own"),
])
def test_a_quoted_clause_ends_before_a_clause_of_its_own(text: str, expected: str) -> None:
    statement = quotetrack.read(text).statements[0]
    assert (statement.kind, statement.text) == ("mixed", expected)


@pytest.mark.parametrize("text, expected", [
    pytest.param('But Tom Brown said he was too busy to find the papers: "I have a lot going on. '
                 'Good luck with the story," he wrote.',
                 [("indirect", "he was too busy to find the papers", "Tom Brown"),
                  ("direct", "I have a lot going on. Good luck with the story,", "Tom Brown")],
                 id="a-clause-then-a-quotation-with-its-own-cue"),
    pytest.param('Jane Smith replied by explaining the files she wanted were stuck in a closed system: '
                 '"Trust me, I share your anger. I cannot open them either," Tom Brown wrote.',
                 [("direct", "Trust me, I share your anger. I cannot open them either,", "Tom Brown")],
                 id="not-the-quotation-of-a-cue-in-a-clause-before-the-colon"),
])
def test_a_quotation_after_a_colon_with_a_cue_of_its_own(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = [(s.kind, s.text, s.speaker.name if s.speaker else None) for s in quotetrack.read(text).statements]
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("text, expected", [
    pytest.param('Asked about the vote, Tom Brown said, "We have two weeks left" until the deadline.',
                 [("mixed", '"We have two weeks left" until the deadline')], id="words-finish-the-quoted-clause"),
    pytest.param('Jane Smith said, "I have not seen that report" from the inspectors, and left the room.',
                 [("mixed", '"I have not seen that report" from the inspectors')], id="up-to-a-comma"),
    pytest.param('Tom Brown said, "We have two weeks left," and she agreed.',
                 [("direct", "We have two weeks left,")], id="a-quotation-ending-in-a-comma-is-whole"),
    pytest.param('Jane Smith said, "We will keep the clinic open" and declared the matter closed.',
                 [("direct", "We will keep the clinic open")], id="and-a-verb-of-the-subject"),
])
def test_words_after_a_quotation_finish_its_clause(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(s.kind, s.text) for s in quotetrack.read(text).statements]
    assert found[: len(expected)] == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Jane Smith said the mayor has the one quality the job needs: "Patience, and more patience."',
                 ("mixed", 'the mayor has the one quality the job needs: "Patience, and more patience."'),
                 id="a-reported-clause-then-its-quotation"),
    pytest.param('Tom Brown said in a statement on Friday: "We will appeal."', ("direct", "We will appeal."),
                 id="a-medium-then-the-quotation"),
    pytest.param('Jane Smith answered and took the chance to defend the staff: "They have done nothing wrong."',
                 ("direct", "They have done nothing wrong."), id="an-infinitive-is-no-clause-of-its-own"),
])
def test_a_clause_before_a_colon(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(s.kind, s.text) for s in quotetrack.read(text).statements]


def test_a_dash_before_a_quotation_ends_the_writer_s_clause() -> None:
    text = ('Mr. Brown also praised his sister\'s "quiet and steady faith" — "faith that shows itself in good works, '
            'not loud words," he said.')
    assert [(s.kind, s.text) for s in quotetrack.read(text).statements] == [
        ("mixed", 'his sister\'s "quiet and steady faith"'),
        ("direct", "faith that shows itself in good works, not loud words,"),
    ]


@pytest.mark.parametrize("dash", ["—", "-", "--", "–", "―"],
                         ids=["em-dash", "spaced-hyphen", "two-hyphens", "en-dash", "horizontal-bar"])
def test_every_dash_form_ends_the_writer_s_clause_before_a_quotation(dash: str) -> None:
    """' - ', '--': a dash typed with hyphens works as the em dash does."""
    text = (f'Ms. Dale also thanked her brother for his "steady hand" {dash} "a hand that never shakes on a close '
            'vote," she said.')
    assert [(s.kind, s.text) for s in quotetrack.read(text).statements] == [
        ("mixed", 'her brother for his "steady hand"'),
        ("direct", "a hand that never shakes on a close vote,"),
    ]


@pytest.mark.parametrize("text, expected", [
    pytest.param('Tom Brown looked rattled, unable to manage more than "well, well" when Ann Dale accused him of a '
                 '"cheap smear" over her funding.',
                 [("unable to manage more than \"well, well\"", None), ('him of a "cheap smear" over her funding',
                                                                    "accused")],
                 id="when-and-a-cue-of-its-own"),
    pytest.param('Tom Brown looked rattled, unable to manage more than "well, well" because Ann Dale accused him of a '
                 '"cheap smear."',
                 [("unable to manage more than \"well, well\"", None), ('him of a "cheap smear."', "accused")],
                 id="because-and-a-cue-of-its-own"),
])
def test_a_fragment_s_clause_ends_before_a_subordinate_cue_clause(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    statements = quotetrack.read(text, backend="embedded").statements
    assert [(s.text, s.cue.text if s.cue else None) for s in statements] == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Where he used to boast that he had beaten "the old guard," on Tuesday night Tom Brown said it still '
                 'posed "a real threat" to the party.',
                 ['that he had beaten "the old guard,"', 'it still posed "a real threat" to the party'],
                 id="time-after-a-quotation-s-comma"),
    pytest.param("Ann Dale argued that the plan had failed, and on Monday Tom Brown said it should be dropped.",
                 ["that the plan had failed", "it should be dropped"], id="time-after-and"),
])
def test_a_time_before_a_later_cue_s_subject_opens_its_clause(text: str, expected: list[str]) -> None:
    assert [s.text for s in quotetrack.read(text, backend="embedded").statements] == expected
