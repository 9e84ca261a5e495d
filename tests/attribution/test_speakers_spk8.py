"""Speakers of issue 14, fifth round (branch spk8): the subject after a long opening setting that names a place."""

from __future__ import annotations

import pytest

import quotetrack


def speakers(text: str) -> list[str | None]:
    """The speaker name of each statement read in ``text``."""
    return [s.speaker.name if s.speaker else None for s in quotetrack.read(text).statements]


LONG_SETTINGS = [  # "At a rally in Dayton, Ohio, on a night ..., Tom Hale lit into ..., vowing": Hale, not the place
    pytest.param("At a rally in Dayton, Ohio, on a cold night that his aides had billed as the last big push of the "
                 "race, Tom Hale lit into his rival, vowing to sue him after the vote.", "Tom Hale",
                 id="long-setting-person"),
    pytest.param("In a speech in Bend, Oregon, on Friday before a crowd of several hundred farmers and their "
                 "families who had driven in from the dry valley, Governor Ann Dale defended the water plan, arguing "
                 "that it would save the harvest.", "Ann Dale", id="long-setting-title-and-name"),
    pytest.param("At a rally in Dayton, Ohio, Tom Hale lit into his rival, vowing to sue him after the vote.",
                 "Tom Hale", id="short-setting-unchanged"),
    pytest.param("Tom Hale spoke in Dayton, Ohio, on a cold night that his aides had billed as the last big push of "
                 "the race, vowing to sue his rival.", "Tom Hale", id="no-opening-preposition-unchanged"),
]

OWNED_ROLES = [  # "Hale's campaign expanded its ad buys and announced ...": the campaign shares the verb
    pytest.param("On the other side, Hale’s campaign sharply expanded its ad buys in seven states and announced plans "
                 "to launch a $2 million blitz in Ohio.", "Hale’s campaign", id="curly-owner-campaign"),
    pytest.param("Hale's lawyer met the judge on Monday and said the case would be dropped.", "Hale's lawyer",
                 id="owner-lawyer"),
    pytest.param("Tom Hale met the judge on Monday and said the case would be dropped.", "Tom Hale",
                 id="no-owner-unchanged"),
    pytest.param("Tom Hale's lawyer, Ann Dale, met the judge on Monday and said the case would be dropped.", "Ann Dale",
                 id="owned-role-with-name-unchanged"),
]

AGED_NAMES = [  # "In Dayton, Ohio, 62-year-old Ann Dale railed ..., and explained": the aged name, not the place
    pytest.param("At a campaign event in Dayton, Ohio, 62-year-old Ann Dale also railed against the new tax, and "
                 "explained how much it upset her to pay it.", "Ann Dale", id="age-before-name"),
    pytest.param("At a campaign event in Dayton, Ohio, Ann Dale also railed against the new tax, and explained how "
                 "much it upset her to pay it.", "Ann Dale", id="no-age-unchanged"),
]

OPENING_SETTINGS = [  # 'During the debate, Ann Dale coached him to "slow down"': Dale's words, not the last speaker's
    pytest.param('Tom Hale spoke first. During the debate, Ann Dale coached the mayor to "slow down, slow down."',
                 "Ann Dale", id="short-setting"),
    pytest.param('Tom Hale spoke first. Ann Dale coached the mayor to "slow down, slow down."', "Ann Dale",
                 id="no-setting-unchanged"),
]

GROUPS_FOR_THEY = [  # "The mayor's allies bristle at ... -- it is a two-way street, they insist": the allies
    pytest.param("The mayor's allies bristle at the charge that he alone is to blame -- it is a two-way street, they "
                 "insist.", "The mayor's allies", id="owner-allies"),
    pytest.param("Though senior officials who have met the governor say they doubt he will sign the bill, his aides "
                 "are hopeful.", "senior officials", id="opener-stripped"),
    pytest.param("The mayor spoke for an hour on the budget and the schools, and they insist it went well.", None,
                 id="no-group-unchanged"),
    pytest.param("The mayor spoke for an hour. Both parents stiffened their criticism of the mayor on Sunday.",
                 "Both parents", id="their-criticism"),
]

REPORTERS_GO_ON = [  # "Tom Hale intends to ..., Ann Dale said, adding that ...": the reporter adds, not Hale
    pytest.param("Tom Hale intends to deliver a speech on the budget this month, Ann Dale said, adding that he would "
                 "also visit Ohio.", "Ann Dale", id="subject-said-adding"),
    pytest.param("Tom Hale intends to deliver a speech on the budget this month, said Ann Dale, adding that he would "
                 "also visit Ohio.", "Ann Dale", id="said-name-adding"),
    pytest.param("Tom Hale praised the budget on Monday, calling it a fair deal for the towns.", "Tom Hale",
                 id="no-reporter-unchanged"),
    pytest.param("Tom Hale criticized the budget, arguing that it would hurt the towns.", "Tom Hale",
                 id="response-cue-object-unchanged"),
]


@pytest.mark.parametrize(("text", "expected"),
                         [*LONG_SETTINGS, *OWNED_ROLES, *AGED_NAMES, *OPENING_SETTINGS, *GROUPS_FOR_THEY,
                          *REPORTERS_GO_ON])
def test_the_last_statements_speaker(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


def statements(text: str) -> list[tuple[str, str | None, str | None]]:
    """The text, speaker name and cue word of each statement read in ``text``."""
    return [(s.text, s.speaker.name if s.speaker else None, s.cue.text if s.cue else None)
            for s in quotetrack.read(text).statements]


NOUNS_AFTER_A_NOUN = [  # "A news report published Wednesday said ...": "report" is a noun after "a" and a noun
    pytest.param("A news report published Wednesday said the mayor used a private email account for city business.",
                 "A news report published Wednesday", "said", id="a-news-report"),
    pytest.param("An audit report last month found that the city lost $2 million.", "An audit report last month",
                 "found", id="an-audit-report"),
    pytest.param("Officials report that the city lost $2 million.", "Officials", "report",
                 id="plural-subject-unchanged"),
]


SPEECH_VERBS = [  # verbs of saying a quotation loudly or with glee
    pytest.param('The crowd cheered. "It is about time we had a new mayor," exhorted Ann Dale, the rally\'s host.',
                 "Ann Dale", "exhorted", id="exhorted"),
    pytest.param('"We told you the plan would fail," Tom Hale gloated after the vote.', "Tom Hale", "gloated",
                 id="gloated"),
    pytest.param('"Get out of my office," the governor bellowed at the aide.', "the governor", "bellowed",
                 id="bellowed"),
    pytest.param('Outside the hall, the strikers chanted, "No contract, no work!"', "the strikers", "chanted",
                 id="chanted"),
    pytest.param('"Out of gas!" blared the front page of the Daily Ledger.', "the front page of the Daily Ledger",
                 "blared", id="blared"),
]


@pytest.mark.parametrize(("text", "speaker", "cue"), [*NOUNS_AFTER_A_NOUN, *SPEECH_VERBS])
def test_the_one_statements_speaker_and_cue(text: str, speaker: str, cue: str) -> None:
    assert [(name, word) for _, name, word in statements(text)] == [(speaker, cue)]


TITLED_ABSOLUTES = [  # ', with the former secretary of state calling the move "troubling"': the title speaks
    pytest.param('The campaign criticized the decision, with the former secretary of state calling the move "deeply '
                 'troubling."', "the former secretary of state", id="former-title"),
    pytest.param('The union backed the plan, with the county treasurer calling it "long overdue."',
                 "the county treasurer", id="title-source-noun-unchanged"),
]

OWNER_APPOSITIONS = [  # '"...," exhorted Hale's introducer, actress Ann Dale': the apposed name, not the owner
    pytest.param('"It is time," exhorted Hale\'s introducer, actress Ann Dale.', "Ann Dale", id="unknown-noun-title"),
    pytest.param('"It is time," said Tom Hale\'s old friend, Ann Dale, on Monday.', "Ann Dale", id="two-words-comma"),
    pytest.param('"It is time," said Tom Hale\'s lawyer.', "Tom Hale's lawyer", id="owned-role-alone-unchanged"),
    pytest.param('"It is time," said Tom Hale\'s friend, who had driven up from Ohio.', "Tom Hale",
                 id="relative-no-name-unchanged"),
]


@pytest.mark.parametrize(("text", "expected"), [*TITLED_ABSOLUTES, *OWNER_APPOSITIONS])
def test_the_speaker_of_the_last_statement_alone(text: str, expected: str) -> None:
    assert speakers(text)[-1:] == [expected]



def test_a_participle_after_a_quotation_and_its_reporter_is_the_reporters() -> None:
    """'"...," Ann Dale said, adding that ...': the quotation's closing mark comes between the comma and the
    reporter, and the participle is said through that reporter's mention, not the sentence's first name (here an
    earlier "Ann Dale" of the same run-on sentence)."""
    one = '"We will not back down," Ann Dale said, adding that the bill was "dead on arrival" '
    text = one + one.strip()
    last = quotetrack.read(text, backend="embedded").statements[-1]
    assert last.speaker_mention is not None
    assert last.speaker_mention.start == text.index("Ann Dale", len(one))
