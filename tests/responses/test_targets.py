"""Targets misread from names that are no party answered: a broadcaster after "on" is where the words went
(responses/objects.py), and the readings that keep a broadcaster answered."""

from __future__ import annotations

import pytest



@pytest.mark.parametrize("outlet", ["Fox News", "CNN", "ABC News", "MSNBC"])
def test_a_broadcaster_after_on_is_the_medium_not_the_target(outlet, ends):
    text = (f"{outlet} said the row would go on for weeks. Senator Tom Hale said the farm bill would cut rural jobs. "
            f"Governor Lisa Hart lashed out on {outlet}. \"The bill will create jobs,\" she said.")
    ends = ends(text)
    assert ("Lisa Hart", outlet) not in ends
    assert ("Lisa Hart", "Tom Hale") in ends


@pytest.mark.parametrize("outlet", ["Fox News", "CNN"])
def test_a_broadcaster_a_cue_is_aimed_at_is_answered(outlet, ends):
    text = (f"{outlet} said the senator's bill would cut rural jobs. Governor Lisa Hart lashed out at {outlet}. "
            "\"The bill will create jobs,\" she said.")
    assert ("Lisa Hart", outlet) in ends(text)


@pytest.mark.parametrize("said", [
    pytest.param("Japanese Prime Minister Ann Cole condemned the test as a brazen breach of U.N. resolutions.",
                 id="a-breach-of-body-resolutions"),
    pytest.param("Ann Cole, the French foreign minister, criticized the test, saying France would push for new U.N. "
                 "sanctions.", id="new-body-sanctions"),
])
def test_a_body_named_as_a_modifier_is_no_target(said, ends):
    text = "The U.N. said on Friday that the test broke its resolutions. " + said
    assert not any(target == "United Nations" for _, target in ends(text))


def test_a_body_named_as_the_object_of_a_cue_is_answered(ends):
    text = "The U.N. said on Friday that the test broke its resolutions. Ann Cole criticized the U.N. for its silence."
    assert ("Ann Cole", "United Nations") in ends(text)


@pytest.mark.parametrize(("group", "answers"), [
    pytest.param("Many Ortiz supporters", False, id="a-candidates-supporters"),
    pytest.param("Ortiz's critics", False, id="a-candidates-critics"),
    pytest.param("Critics", True, id="critics"),
    pytest.param("Many opponents", True, id="opponents"),
])
def test_a_persons_following_is_no_side_reacting_to_a_proposal(group, answers, ends):
    text = ("Governor Ann Ortiz won the primary in March. Senator Tom Hale proposed a new farm bill on Monday. "
            f"{group} complained that they had waited in long lines to vote.")
    assert any(target == "Tom Hale" for _, target in ends(text)) is answers


HALE = "Senator Tom Hale said on Monday that the farm bill would cut rural jobs. "


@pytest.mark.parametrize(("said", "answers"), [
    pytest.param("Governor Lisa Hart accused the state agency of giving Hale special treatment.", False,
                 id="a-name-in-the-act-charged"),
    pytest.param("Governor Lisa Hart accused Hale of giving the state agency special treatment.", True,
                 id="the-one-charged"),
    pytest.param("Governor Lisa Hart accused him of misleading farmers about the bill.", True, id="him-charged"),
])
def test_a_name_in_the_act_a_cue_charges_is_no_target(said, answers, ends):
    assert (("Lisa Hart", "Tom Hale") in ends(HALE + said)) is answers


def test_it_charged_with_an_act_is_the_body_spoken_of(ends):
    text = ("Acme Bank said on Monday that its fees were fair. Attorney General Ann Cole sued the bank, accusing it of "
            "taking illegal payments from clients.")
    assert ("Ann Cole", "Acme Bank") in ends(text)


@pytest.mark.parametrize(("text", "misread"), [
    pytest.param("Senator Ann Ortiz said on Monday that the farm bill was dead. Dana Wells, who backed Sen. Tom Hale, "
                 "R-Ohio, and virulently opposed Ortiz during the primaries, last week said the party was split.",
                 "R-Ohio", id="a-party-and-state-tag"),
    pytest.param("Ortiz Campaign Did Not Want To Associate Herself With Bankers. Senator Ann Ortiz said on Monday that "
                 "the farm bill was dead. In a speech, Ortiz thanked Associate Herself for the support.",
                 "Associate Herself", id="a-headline-with-a-reflexive"),
    pytest.param("Laura Hale wrote the introduction for a new book on farming. She sat down this week to discuss the "
                 "book. Questions and answers have been edited for length and clarity.", "Questions",
                 id="a-question-noun"),
])
def test_words_read_as_a_name_are_no_end_of_a_response(text, misread, ends):
    assert not any(misread in pair for pair in ends(text))


@pytest.mark.parametrize(("said", "target"), [
    pytest.param("Governor Lisa Hart criticised London’s newly elected mayor Ann Lee for making rude statements.",
                 "Ann Lee", id="a-places-mayor"),
    pytest.param("Governor Lisa Hart criticised London’s plan for the tariffs.", "UK government",
                 id="a-places-plan"),
])
def test_the_holder_of_a_role_a_name_owns_is_the_target(said, target, ends):
    ends = ends("The British government said on Monday that the tariffs were fair. " + said)
    assert {t for s, t in ends if s == "Lisa Hart"} == {target}


@pytest.mark.parametrize(("object_", "answered"), [
    pytest.param("a former Miss Universe", False, id="a-title-won"),
    pytest.param("Ruiz", True, id="the-winner-named"),
])
def test_a_courtesy_title_after_a_is_a_title_won_not_a_person(object_, answered, ends):
    text = ("Former Miss Universe Ana Ruiz said on Monday that she had been mocked for years. Senator Tom Hale is "
            f"doubling down on his attacks on {object_}. He says she was the worst winner ever.")
    targets = {t for s, t in ends(text) if s == "Tom Hale"}
    assert "Universe" not in targets
    assert any("Ruiz" in t for t in targets) is answered


def test_a_statement_told_in_an_aside_ends_at_its_close():
    from quotetrack.responses.placement import before_aside_end
    said = 'Hale called it "shameful" and was "relieved nobody was hurt"), Hart stoked anger by saying ...'
    assert before_aside_end(said) == said[:said.index(")")]
    assert before_aside_end("Hale (a Democrat from Ohio) called it shameful").endswith("shameful")
