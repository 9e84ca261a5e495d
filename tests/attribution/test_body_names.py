"""A body's whole name where a new user's own news met a cut one: a name joined by "for" opening the sentence
before "Its director, X"; a club's or company's name ending ("FC", "United", "Ltd") that keeps the words before it;
a possessive plural owning a body noun ("Farmers' union chair X")."""

from __future__ import annotations

import pytest

import quotetrack


def speakers_and_bodies(text: str) -> list[tuple[str | None, str | None]]:
    """The name and the organisation's name of each statement's speaker, in order."""
    return [(s.speaker.name if s.speaker else None,
             s.speaker.organisation.name if s.speaker is not None and s.speaker.organisation is not None else None)
            for s in quotetrack.read(text).statements]


# (text, speaker, organisation): the last statement's
READINGS = [
    ('The Centre for Housing Research said rents would keep rising. Its director, Joan Pryde, warned that councils '
     'had "run out of road".', "Joan Pryde", "Centre for Housing Research"),
    ('The Institute for Rural Affairs published the survey on Monday. Its chief economist, Omar Baig, said: '
     '"Villages are emptying."', "Omar Baig", "Institute for Rural Affairs"),
    ('Kestrel Town FC have sacked their head coach, the club said on Sunday. "It was a hard decision," '
     'chairman Alan Rudge said.', "Alan Rudge", "Kestrel Town FC"),
    ('Portmore City AFC said it had signed a new striker. "He is exactly what we need," chairman Dee Coyle said.',
     "Dee Coyle", "Portmore City AFC"),
    ('Shares in Velmont Holdings Ltd fell after the company cut its forecast. "We expect a better second half," '
     'chief executive Rosa Lind said.', "Rosa Lind", "Velmont Holdings Ltd"),
    ('Dairy prices fell again in March. Farmers\' union chair Bryn Lewis said the cuts were "unsustainable".',
     "Bryn Lewis", "Farmers' union"),
    ('The stadium plan was approved on Friday. Residents\' association secretary Ana Kerr said: "We will appeal."',
     "Ana Kerr", "Residents' association"),
]


@pytest.mark.parametrize(("text", "speaker", "organisation"), READINGS)
def test_the_body_keeps_its_whole_name(text, speaker, organisation):
    assert speakers_and_bodies(text)[-1] == (speaker, organisation)


@pytest.mark.parametrize(("text", "speaker", "organisation"), [
    ('Velto Bank cut its forecast. Its chief economist, Sara Moss, said growth would slow.', "Sara Moss", "Velto Bank"),
    ('Democrats\' campaign chairman Tom Vell said the party would hold the seat.', "Tom Vell", "Democratic Party"),
    ('Farmers\' leaders met the minister. "We were heard," said union chair Bryn Lewis.', "Bryn Lewis", None),
])
def test_names_without_a_connector_or_possessive_plural_read_as_before(text, speaker, organisation):
    assert speakers_and_bodies(text)[-1] == (speaker, organisation)
