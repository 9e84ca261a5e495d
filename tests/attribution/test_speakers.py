"""Speakers of issue 14: who speaks in constructions the surface rules misread."""

from __future__ import annotations

import pytest

import quotetrack


def speakers(text: str) -> list[str | None]:
    """The speaker's name of each statement read in ``text``."""
    return [s.speaker.name if s.speaker else None for s in quotetrack.read(text).statements]


CASES = [  # (id, text, the last statement's speaker)
    # "said former Gov. X": the title's abbreviation point does not end the search for the name
    ('former-gov',
     '"The budget is balanced at last," said former Gov. Lena Marsh.',
     'Lena Marsh'),
    ('former-place-gov',
     '"We will appeal," said former Idaho Gov. Rob Tanner, a lawyer in Boise.',
     'Rob Tanner'),
    ('retired-two-titles',
     '"The rules are clear," said retired Lt. Gen. Mark Oduya.',
     'Mark Oduya'),
    # "X of The Nation wrote", "said X of the Teachers Caucus": the person speaks, not the body after "of"
    ('name-of-a-description',
     'Maria Lopez of The Nation wrote, "If you want people to know you care, you have to show it."',
     'Maria Lopez'),
    ('name-of-a-body',
     'Tom Reyes of the Harbor Institute said the plan "will not survive the winter."',
     'Tom Reyes'),
    ('inverted-name-of-a-body',
     'Ana Ruiz spoke first. "The vote was rushed," said Ruiz of the Northside Teachers.',
     'Ana Ruiz'),
    ('capitalised-word-of-a-description',
     'Opponents of the new runway said it "would ruin the village."',
     'Opponents of the new runway'),
    ('by-a-name-of-a-body',
     '"It is a fair price," according to calculations by Jane Smith of the Hudson Foundation.',
     'Jane Smith'),
    # "X in the past has called ...": X speaks, not the object of the preposition between X and the cue
    ('in-the-past',
     'Marco Diaz in the past has called out the mayor by name, and has referred to him as "a lightweight."',
     'Marco Diaz'),
    ('at-the-hearing',
     'Ellen Marsh at the hearing said the rules were "a mess from start to finish."',
     'Ellen Marsh'),
    ('a-role-for-a-body-still-speaks',
     'A spokesman for the State Department said the visit was "routine."',
     'A spokesman for the State Department'),
    # "X, when asked ..., responded that ...": the aside is no apposition, and "that" opens the clause
    ('when-asked-aside',
     'Jo Hale, when asked what about the plan is wrong, responded that the mayor "is right about the '
     'problems."',
     'Jo Hale'),
    # "Rep. X (R), a leader of ..., suggested": the party in parentheses before an apposition
    ('party-before-apposition',
     'State Rep. Wendy Orr (R), a leader of the coalition, suggested that the governor "has not been '
     'tested."',
     'Wendy Orr'),
    ('party-before-relative',
     'Sen. Tom Vance (R-Ohio), who has read the report, said the plan "will fail."',
     'Tom Vance'),
    # "X's campaign manager Y said ..., arguing": Y, not the owner X, is the participle's subject
    ('owner-role-name-participle',
     'Jane Smith\'s campaign manager Tom Brown said as much on Sunday, arguing that the mayor "lashed out at '
     'voters."',
     'Tom Brown'),
    # "X said that Y is ..., and said that ...": the coordinated cue shares X, not the reported clause's subject
    ('coordinated-cue-after-a-reported-subject',
     'Senator Lisa Grant said that Carson is a "good, decent man," and said that the mayor "melted down last '
     'night."',
     'Lisa Grant'),
    ('coordinated-cue-pronoun',
     'Tom Reyes spoke first. He said that Clinton is playing the "women card" and said that Rubio is "weak '
     'like a baby."',
     'Tom Reyes'),
    # a participle's subject: "The former Republican presidential candidate" is a role, not the party
    ('party-and-title-without-a-name',
     'The former Republican presidential candidate was in Ohio on Monday, saying the party "has lost its '
     'way."',
     'Republican presidential candidate'),
    ('described-subject-with-a-name',
     'The Republican presidential candidate Jo Hale was in Ohio on Monday, saying the party "has lost its '
     'way."',
     'Jo Hale'),
    # "In Chelsea, the mayor also said": a role followed by its verb is the clause's subject, no apposition of
    # the name before it; "the mayor" is the mayor named before
    ('place-before-a-role-subject',
     'A blast in Chelsea hurt 29 people, an act that Mayor Ben Ortiz called "an intentional act." At a news '
     'conference in Chelsea, the mayor also said that it was too early to tell.',
     'Ben Ortiz'),
    # the horizontal bar is a dash: a clause opens after it
    ('horizontal-bar',
     'Hastily politicizing the attack ― much like he did after the floods last year ― Marco Ruiz blamed his '
     'rivals, and emphasized the threat that "organized crime" poses.',
     'Marco Ruiz'),
    # "Rep. X, R-Utah, said": a name before the commas speaks, not the party and state between them
    ('party-state-apposition',
     'Committee Chairman Rep. Jo Hale, R-Utah, said the questioning "will start with the director."',
     'Jo Hale'),
    ('named-apposition',
     'The White House spokesman, Josh Earnest, said the visit was "routine."',
     'Josh Earnest'),
    # a place in a fronted adverbial is no participle's subject
    ('town-and-state-in-an-adverbial',
     'At a rally in Dayton, Ohio, on Saturday, Ana Ruiz lit into her rivals, vowing to fight them "in every '
     'county."',
     'Ana Ruiz'),
    ('place-in-an-adverbial',
     'In a victory speech in Westbrook County on Tuesday night, Ana Ruiz struck a measured tone, saying she '
     '"will never let you down."',
     'Ana Ruiz'),
    # a capitalised modifier opening the sentence is no subject of a coordinated cue
    ('capitalised-modifier',
     'Presumptive Democratic presidential nominee Jane Smith called on Congress to pass a deal and said funding "is '
     'needed now."',
     'Jane Smith'),
    # "Watch" and "Studies" end the names of bodies: "Harbor Watch added" is no cue "watch"
    ('watch-ends-a-body',
     '"The records were hidden for years," Harbor Watch added.',
     'Harbor Watch'),
    ('studies-ends-a-body',
     '"The survey was badly flawed," Harwood Studies said.',
     'Harwood Studies'),
]


SUBJECTS = [pytest.param(text, speaker, id=name) for name, text, speaker in CASES]


@pytest.mark.parametrize(("text", "speaker"), SUBJECTS)
def test_the_subject_speaks(text, speaker):
    """The last statement of each text is its subject's, not a word near the subject's."""
    assert speakers(text)[-1] == speaker
