"""A reaction told in a one-sentence paragraph of its own, its speaker's words in the next (``responses.leadin``)."""

from collections.abc import Callable

import pytest

Ends = Callable[[str], set[tuple[str, str]]]


@pytest.mark.parametrize("text, pair", [
    ('Governor Ruth Baxter unveiled a plan to cut school funding on Monday. "We cannot afford it," Baxter said.\n\n'
     'Mayor Tom Hale, for his part, sided with Baxter.\n\n'
     '"She is doing the right thing," he said in his remarks.', ("Tom Hale", "Ruth Baxter")),
    ('Governor Ruth Baxter defended her budget on Monday.\n\n'
     'Senator Tom Hale went out of his way to criticize Baxter on Tuesday, even though the budget was not on the '
     'agenda.\n\n'
     '"She has failed our children for years," Hale said.', ("Tom Hale", "Ruth Baxter")),
    ('Prime Minister Alan Pryce announced new tariffs on steel imports.\n\n'
     'BRUSSELS — Trade commissioner Nina Voss, a longtime free-trade advocate, on Thursday sided with Pryce.\n\n'
     '"This is a step forward for everyone," Voss told reporters.', ("Nina Voss", "Alan Pryce")),
])
def test_a_lead_in_paragraph_gives_the_quotation_its_cue(ends: Ends, text: str, pair: tuple[str, str]) -> None:
    assert pair in ends(text)


_BEFORE = 'Governor Ruth Baxter unveiled her budget on Monday. "It is balanced," Baxter said.\n\n'
_AFTER = '\n\n"The children come first," Senator Tom Hale said.'


@pytest.mark.parametrize("paragraph", [
    # the cue is in a clause of what the speaker said: the attacks are what he spoke of
    "Senator Tom Hale tweeted that the budget said too little about the attacks on Baxter by unions.",
    # the speaker is named far into the paragraph, as the object of another's act
    "Also on Monday, two dozen state lawmakers from both parties sent a letter to Hale, demanding answers.",
    # the speaker after a preposition: another's act
    "The rise of Hale gave the unions a reason to oppose Baxter.",
    # a question put to the speaker
    "A host asked Hale whether the attacks on Baxter had gone too far.",
    # two sentences: the cue may be another's
    "Senator Tom Hale toured a school. Parents there criticized Baxter.",
])
def test_no_lead_in_cue_where_the_speaker_is_not_its_subject(ends: Ends, paragraph: str) -> None:
    assert ("Tom Hale", "Ruth Baxter") not in ends(_BEFORE + paragraph + _AFTER)
