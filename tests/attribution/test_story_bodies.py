"""The body a speaker speaks for when the story, not the speaker's own phrase, gives it: the country of a title
several countries use ("Chancellor"), the company a description refers to ("the company's chief executive, X"),
and the company whose sentence opened just before an officer named with no body."""

from __future__ import annotations

import pytest

import quotetrack


def speakers_and_bodies(text: str) -> list[tuple[str | None, str | None]]:
    """The name and the organisation's name of each statement's speaker, in order."""
    return [(s.speaker.name if s.speaker else None,
             s.speaker.organisation.name if s.speaker is not None and s.speaker.organisation is not None else None)
            for s in quotetrack.read(text).statements]


# (text, speaker, organisation): the first statement's
READINGS = [
    ('The Chancellor, Ruth Calder, told the House of Commons that the Treasury had "balanced the books". '
     'Opposition MPs called it a fantasy.', "Ruth Calder", "HM Treasury"),
    ('Chancellor Ruth Calder said the Treasury would "hold its nerve" as MPs in the Commons pressed her on '
     'borrowing.', "Ruth Calder", "HM Treasury"),
    ('Chancellor Jonas Riedl said the coalition in Vienna would "stay the course" on pensions.', "Jonas Riedl",
     "Austrian government"),
    ('Chancellor Jonas Riedl told the Bundestag in Berlin that Germany would "not be rushed".', "Jonas Riedl",
     "German government"),
    ('Prime Minister Dawit Alemu told parliament in Addis Ababa that Ethiopia would "not bow" to pressure from '
     'Britain and France.', "Dawit Alemu", "Ethiopian government"),
    ('Pentagon spokeswoman Ana Ruiz said Chinese ships had shadowed the exercise.', "Ana Ruiz",
     "U.S. Department of Defense"),
    ('Kelvor, the Lyon-based toy maker, said it would recall 40,000 kites. "Safety comes first," the company\'s '
     'chief executive, Ines Marchal, said in a statement.', "Ines Marchal", "Kelvor"),
    ('Corvane Mining said it would appeal against the ruling. "We followed the law," chief executive Ruth '
     'Adeyemi said.', "Ruth Adeyemi", "Corvane Mining"),
]


@pytest.mark.parametrize(("text", "speaker", "organisation"), READINGS)
def test_the_story_gives_the_body(text, speaker, organisation):
    assert (speaker, organisation) in speakers_and_bodies(text)


@pytest.mark.parametrize(("text", "speaker"), [
    ('Judge Tom Okri said the licence was void. "We followed the law," chief executive Ruth Adeyemi said.',
     "Ruth Adeyemi"),
    ('Corvane Mining lost the case on Friday. "We followed the law," chief executive Ruth Adeyemi said.',
     "Ruth Adeyemi"),
])
def test_an_officer_after_no_company_speaking_as_it_has_no_body(text, speaker):
    assert (speaker, None) in speakers_and_bodies(text)
