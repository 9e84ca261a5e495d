"""Tests of the company a business story is about, nouns for kinds of business, and a body's short name."""

from __future__ import annotations

import pytest

import quotetrack


def _organisation_of(text: str, speaker: str) -> str | None:
    found = [s for s in quotetrack.read(text).statements if s.speaker is not None and s.speaker.name == speaker]
    assert found, f"no statement by {speaker}"
    organisation = found[0].speaker.organisation
    return organisation.name if organisation is not None else None


_HALVARD = "Shares in Halvard Stores dropped 8% after the retailer cut its outlook.\n\n"
_STORY = {  # id: (text, speaker, company)
    "retailer-then-chief-executive": (_HALVARD + "Chief executive Maria Lund said December had been poor.",
                                      "Maria Lund", "Halvard Stores"),
    "grocer-then-chairman": ("Brindle Foods lost a fifth of its value on Monday as the grocer issued a profit warning."
                             "\n\nIts shops had struggled, chairman Owen Pike said at the meeting.",
                             "Owen Pike", "Brindle Foods"),
    "lender-then-founder": ("Ferncastle Bank shut its branches on Friday after the lender's systems failed.\n\n"
                            "Founder Lucy Marr said the problem had been fixed.", "Lucy Marr", "Ferncastle Bank"),
    "its-chief-executive": (_HALVARD + "Its chief executive, Maria Lund, said December had been poor.",
                            "Maria Lund", "Halvard Stores"),
    "a-department-before-the-role": (_HALVARD + "Finance director Maria Lund said costs had risen.",
                                     "Maria Lund", "Halvard Stores"),
}


@pytest.mark.parametrize("text, speaker, expected", list(_STORY.values()), ids=list(_STORY))
def test_an_officer_with_no_body_is_the_story_company(text, speaker, expected):
    """A company officer named with no body speaks for the company the opening paragraph names, when the text
    calls it by a noun for its kind of business."""
    assert _organisation_of(text, speaker) == expected


_NO_COMPANY = {
    "a-ministry-is-no-company": "The Finance Ministry said on Monday that taxes would rise.",
    "never-called-by-a-business-noun": "Shares in Halvard Stores dropped 8% on Monday.",
}


@pytest.mark.parametrize("lede", list(_NO_COMPANY.values()), ids=list(_NO_COMPANY))
def test_an_officer_keeps_no_body_without_a_story_company(lede):
    """No company the story is about: the officer speaks for no body rather than the wrong one."""
    text = lede + "\n\nChief executive Maria Lund said trading in December had been poor."
    speaker = "Maria Lund"
    assert _organisation_of(text, speaker) is None


@pytest.mark.parametrize(
    "text, speaker, expected",
    [
        pytest.param("Halvard Stores dropped 8% on Monday after the grocer warned that costs were rising.",
                     "the grocer", "Halvard Stores", id="grocer"),
        pytest.param("Kestrel Media lost the rights to the league, and the broadcaster said it would appeal.",
                     "the broadcaster", "Kestrel Media", id="broadcaster"),
        pytest.param("Ashby Group raised its rates again on Tuesday; the lender said savers would benefit.",
                     "the lender", "Ashby Group", id="lender"),
    ],
)
def test_a_business_noun_is_the_body_last_named(text, speaker, expected):
    """"the grocer", "the broadcaster", "the lender" speaking are the body last named."""
    assert _organisation_of(text, speaker) == expected


@pytest.mark.parametrize(
    "text, speaker, expected",
    [
        pytest.param("Analysts at Corrin Securities cut their forecasts. \"The outlook is poor,\" "
                     "said Corrin analyst Ruth Abbot.", "Ruth Abbot", "Corrin Securities", id="securities"),
        pytest.param("Pellow Holdings agreed the sale on Friday. \"It is a fair price,\" "
                     "said Pellow spokesman Dev Singh.", "Dev Singh", "Pellow Holdings", id="holdings"),
    ],
)
def test_a_short_name_is_the_body_named_in_full_before(text, speaker, expected):
    """A body's first word used as its name after the full name is that body, not a new one."""
    assert _organisation_of(text, speaker) == expected


def test_a_family_name_is_no_short_name_of_a_body():
    """"Marr aide X" after "Lucy Marr" and the "Marr Foundation" is Marr's aide, not the foundation's."""
    text = ("Lucy Marr launched the Marr Foundation in 2015. \"She is not running,\" said Marr aide Tom Hale.")
    assert _organisation_of(text, "Tom Hale") != "Marr Foundation"


@pytest.mark.parametrize(
    "text, speaker, expected",
    [
        pytest.param("Britain will build the line, Transport Minister Colin Hay told the House of Commons on "
                     "Monday.", "Colin Hay", "UK government", id="uk-transport"),  # no ministry named (ministers.py)
        pytest.param("Britain will leave the scheme next year, the government said. Aviation Minister Colin Hay said "
                     "airlines had been warned.", "Colin Hay", "UK government", id="portfolio-the-lexicon-lacks"),
        pytest.param("Britain will sign the deal, the government said. Brexit Minister Colin Hay said talks had "
                     "ended.", "Colin Hay", "UK government", id="brexit"),
    ],
)
def test_a_portfolio_minister_is_in_the_story_government(text, speaker, expected):
    """"Transport Minister X" in a British story is at the UK ministry, never a body called "Transport"; a portfolio
    the lexicon lacks is the story government's too."""
    assert _organisation_of(text, speaker) == expected


@pytest.mark.parametrize(
    "text, speaker, expected",
    [
        pytest.param("Former Rep. Ann Vell said the bill would fail.", "Ann Vell",
                     "United States House of Representatives", id="former-rep"),
        pytest.param("Alberta Premier Dale Ross said the province would sue. Ottawa said it would not budge.",
                     "Dale Ross", "Alberta government", id="a-premier-has-no-portfolio"),  # a province's head
    ],
)
def test_a_word_before_a_government_title_is_no_body(text, speaker, expected):
    """A capitalised word before a title of a country's government is no body: "Former" is not one; before a
    premier's title, which takes no portfolio, it names the place the premier governs (a province: its government)."""
    assert _organisation_of(text, speaker) == expected


_GROUPS = [  # the group speaks first, up to "said"; then its body
    ("Analysts at Corrin Securities said the warning was worse than expected.", "Corrin Securities"),
    ("Economists from the Halden Bank said rates would rise again.", "Halden Bank"),
    ("Members of the Lowmoor Farmers Union said the new rules were unfair.", "Lowmoor Farmers Union"),
]


@pytest.mark.parametrize("text, expected", _GROUPS, ids=["analysts-at", "economists-from", "members-of"])
def test_people_in_a_role_at_a_body_speak_for_it(text, expected):
    """A group of people in a role at a body ("Analysts at Y") speaks for that body."""
    assert _organisation_of(text, text.split(" said")[0]) == expected


def test_people_of_a_person_speak_for_no_body():
    """"Supporters of Ann Hale" are no body's."""
    assert _organisation_of("Supporters of Ann Hale said she would win.", "Supporters of Ann Hale") is None
