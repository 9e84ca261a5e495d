"""Speakers of issue 14: who speaks in constructions the surface rules misread."""

from __future__ import annotations

import pytest

import quotetrack


def speakers(text: str) -> list[str | None]:
    """The speaker's name of each statement read in ``text``."""
    return [s.speaker.name if s.speaker else None for s in quotetrack.read(text).statements]


SUBJECTS = [
    # "said former Gov. X": the title's abbreviation point does not end the search for the name
    pytest.param('"The budget is balanced at last," said former Gov. Lena Marsh.', "Lena Marsh", id="former-gov"),
    pytest.param('"We will appeal," said former Idaho Gov. Rob Tanner, a lawyer in Boise.', "Rob Tanner",
                 id="former-place-gov"),
    pytest.param('"The rules are clear," said retired Lt. Gen. Mark Oduya.', "Mark Oduya", id="retired-two-titles"),
    # "X of The Nation wrote", "said X of the Teachers Caucus": the person speaks, not the body after "of"
    pytest.param('Maria Lopez of The Nation wrote, "If you want people to know you care, you have to show it."',
                 "Maria Lopez", id="name-of-a-description"),
    pytest.param('Tom Reyes of the Harbor Institute said the plan "will not survive the winter."', "Tom Reyes",
                 id="name-of-a-body"),
    pytest.param('Ana Ruiz spoke first. "The vote was rushed," said Ruiz of the Northside Teachers.', "Ana Ruiz",
                 id="inverted-name-of-a-body"),
    pytest.param('"It is a fair price," according to calculations by Jane Smith of the Hudson Foundation.',
                 "Jane Smith", id="by-a-name-of-a-body"),
    # "X in the past has called ...": X speaks, not the object of the preposition between X and the cue
    pytest.param('Marco Diaz in the past has called out the mayor by name, and has referred to him as "a lightweight."',
                 "Marco Diaz", id="in-the-past"),
    pytest.param('Ellen Marsh at the hearing said the rules were "a mess from start to finish."', "Ellen Marsh",
                 id="at-the-hearing"),
    pytest.param('A spokesman for the State Department said the visit was "routine."',
                 "A spokesman for the State Department", id="a-role-for-a-body-still-speaks"),
    # "X, when asked ..., responded that ...": the aside is no apposition, and "that" opens the clause
    pytest.param('Jo Hale, when asked what about the plan is wrong, responded that the mayor "is right about the '
                 'problems."', "Jo Hale", id="when-asked-aside"),
    # "Rep. X (R), a leader of ..., suggested": the party in parentheses before an apposition
    pytest.param('State Rep. Wendy Orr (R), a leader of the coalition, suggested that the governor "has not been '
                 'tested."', "Wendy Orr", id="party-before-apposition"),
    pytest.param('Sen. Tom Vance (R-Ohio), who has read the report, said the plan "will fail."', "Tom Vance",
                 id="party-before-relative"),
    # "X's campaign manager Y said ..., arguing": Y, not the owner X, is the participle's subject
    pytest.param('Jane Smith\'s campaign manager Tom Brown said as much on Sunday, arguing that the mayor "lashed out '
                 'at voters."', "Tom Brown", id="owner-role-name-participle"),
    # "X said that Y is ..., and said that ...": the coordinated cue shares X, not the reported clause's subject
    pytest.param('Senator Lisa Grant said that Carson is a "good, decent man," and said that the mayor "melted down '
                 'last night."', "Lisa Grant", id="coordinated-cue-after-a-reported-subject"),
    pytest.param('Tom Reyes spoke first. He said that Clinton is playing the "women card" and said that Rubio is '
                 '"weak like a baby."', "Tom Reyes", id="coordinated-cue-pronoun"),
    # a participle's subject: "The former Republican presidential candidate" is a role, not the party
    pytest.param('The former Republican presidential candidate was in Ohio on Monday, saying the party "has lost its '
                 'way."', "Republican presidential candidate", id="party-and-title-without-a-name"),
    pytest.param('The Republican presidential candidate Jo Hale was in Ohio on Monday, saying the party "has lost its '
                 'way."', "Jo Hale", id="described-subject-with-a-name"),
    # "In Chelsea, the mayor also said": a role followed by its verb is the clause's subject, no apposition of
    # the name before it; "the mayor" is the mayor named before
    pytest.param('A blast in Chelsea hurt 29 people, an act that Mayor Ben Ortiz called "an intentional act." At a '
                 'news conference in Chelsea, the mayor also said that it was too early to tell.', "Ben Ortiz",
                 id="place-before-a-role-subject"),
    # the horizontal bar is a dash: a clause opens after it
    pytest.param('Hastily politicizing the attack ― much like he did after the floods last year ― Marco Ruiz blamed '
                 'his rivals, and emphasized the threat that "organized crime" poses.', "Marco Ruiz",
                 id="horizontal-bar"),
]


@pytest.mark.parametrize(("text", "speaker"), SUBJECTS)
def test_the_subject_speaks(text, speaker):
    """The last statement of each text is its subject's, not a word near the subject's."""
    assert speakers(text)[-1] == speaker
