"""Mistakes a first reading of invented news met: a product recall read as speech, a minister answered by her
title, "the company's" the story's firm, a given name for the person named in full, a thanks read as an answer and
a body's turn reaching back into the headline."""

from collections.abc import Callable

import pytest

import quotetrack

Ends = Callable[[str], set[tuple[str, str]]]


def _cues(text: str) -> list[str]:
    return [s.cue.text.lower() for s in quotetrack.read(text).statements if s.cue is not None]


@pytest.mark.parametrize("text", [
    "Vantor recalls 150,000 tablets over charger fault\n\nVantor said on Monday the chargers could overheat.",
    "The carmaker recalled about 1.4 million vehicles in March after faults were found in their brakes.",
    "Kessel Motors recalled the vans last week, the company said.",
    "Ankara recalled its ambassador for talks after the vote, officials said.",
])
def test_a_recall_of_goods_or_envoys_is_no_cue(text: str) -> None:
    assert not any(c.startswith("recall") for c in _cues(text))


@pytest.mark.parametrize("text", [
    "Ms Okoro recalled that the mine had flooded twice before.",
    "The former captain recalled how the squad had slept on the bus.",
    "The retired engineer recalled how the cars had been built by hand.",
    '"We had nothing," she recalled.',
    "Mr Hale recalled a visit to the plant in 1998, when the line still ran.",
])
def test_recall_of_words_or_memories_stays_a_cue(text: str) -> None:
    assert any(c.startswith("recall") for c in _cues(text))


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param('Health minister Rosa Ilves defended the hospital plan. "It is funded," she said. Union leader Ben '
                 'Sato accused the minister of "cutting corners".', ("Ben Sato", "Rosa Ilves"), id="minister"),
    pytest.param('Ana Kowal, the head coach, said the team had been tired. Leo Brandt later accused the coach '
                 'of "losing the dressing room".', ("Leo Brandt", "Ana Kowal"), id="coach"),
])
def test_a_title_object_names_its_one_holder(ends: Ends, text: str, pair: tuple[str, str]) -> None:
    assert pair in ends(text)


@pytest.mark.parametrize("text", [
    'Deputy minister Rosa Ilves defended the hospital plan. "It is funded," she said. Union leader Ben Sato accused '
    'the minister of "cutting corners".',
    'Shadow chancellor Rosa Ilves attacked the budget. "It is a sham," she said. Tom Reed accused the chancellor of '
    '"scaremongering".',
])
def test_a_rank_is_no_field_of_the_office(ends: Ends, text: str) -> None:
    assert not any(target == "Rosa Ilves" for _, target in ends(text))


def test_the_company_is_the_story_firm_not_a_regulator(ends: Ends) -> None:
    text = ("Lumora pulls heaters from shops\n\nLumora Ltd, the Oslo-based appliance maker, said on Friday it would "
            "stop selling two heaters.\n\n\"We take this seriously,\" chief executive Erik Lund said.\n\nThe Nordic "
            "Product Safety Commission said it had received 12 complaints.\n\nConsumer advocate Mia Holm criticised "
            "the company's response, saying it had \"dragged its feet\".")
    found = ends(text)
    assert ("Mia Holm", "Lumora Ltd") in found
    assert ("Mia Holm", "Nordic Product Safety Commission") not in found


def test_a_given_name_is_the_person_named_in_full(ends: Ends) -> None:
    text = ('Rovers have sacked manager Pavel Marek after six defeats. Marek said he was "deeply hurt". Chairman Ian '
            'Croft criticised Pavel for the run, saying the club "deserved better".')
    assert ("Ian Croft", "Pavel Marek") in ends(text)


def test_a_thanks_answers_no_one(ends: Ends) -> None:
    text = ('Rovers have parted company with coach Pavel Marek. "We thank Pavel for his hard work," chairman Ian '
            'Croft said. Croft thanked Marek for his service.')
    assert not any(source == "Ian Croft" for source, _ in ends(text))


def test_a_turn_does_not_reach_back_into_the_headline(ends: Ends) -> None:
    text = ("Council row grows as councillors attack housing plan\n\nThe council leader, Joan Pryce, defended the "
            "scheme on Monday, insisting that it \"will deliver homes\".")
    assert not any(target == "councillors" for _, target in ends(text))
