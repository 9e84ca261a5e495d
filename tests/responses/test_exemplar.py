"""One of a group, quoted right after the group's response, takes it up (responses/exemplar.py)."""

from __future__ import annotations

import pytest

PLAN = "Governor Tom Hale said on Monday that he would close three rural hospitals to balance the budget.\n\n"


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param(PLAN + 'Opponents of the plan have attacked Hale. "This will cost lives," said Ann Pike, a nurse in '
                 'Dover.', ("Ann Pike", "Tom Hale"), id="a-quotation-after-the-group-s-cue"),
    pytest.param(PLAN + 'Critics have slammed Hale for the cuts.\n\n"Nobody asked the towns," said Mayor Rosa Diaz.',
                 ("Rosa Diaz", "Tom Hale"), id="in-the-next-paragraph"),
    pytest.param(PLAN + "Many doctors have criticized Hale. Dr. Omar Reyes, a surgeon in Milford, told reporters "
                 "that patients would drive for hours.", ("Omar Reyes", "Tom Hale"), id="reported-by-a-speech-cue"),
])
def test_a_voice_of_the_group_takes_its_response_up(text, pair, pairs):
    assert (*pair, "exemplar") in pairs(text)


@pytest.mark.parametrize("text", [
    pytest.param(PLAN + "Opponents of the plan have attacked Hale. But Ann Pike, a treasurer in Dover, said the budget "
                 "must balance.", id="a-contrast-sets-the-voice-against-the-group"),
    pytest.param(PLAN + 'Ann Pike, a nurse, said she was worried. Opponents of the plan have attacked Hale. '
                 '"This will cost lives," said Ann Pike.', id="a-voice-heard-before"),
    pytest.param(PLAN + 'Opponents of the plan have attacked Hale.\n\nThe town has two clinics.\n\n"This will cost '
                 'lives," said Ann Pike, a nurse in Dover.', id="two-paragraphs-on"),
    pytest.param(PLAN + "Opponents of the plan have attacked Hale. A nurse earns $38,000 a year, according to "
                 "figures by Ann Pike of the state university.", id="a-figure-according-to-a-source"),
    pytest.param(PLAN + 'Opponents of the plan said they would march on Friday. "This will cost lives," said Ann '
                 'Pike, a nurse in Dover.', id="the-group-answered-nobody"),
])
def test_no_voice_of_the_group(text, pairs):
    assert not any(kind == "exemplar" for _, _, kind in pairs(text))


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param(PLAN + "The Dover Nurses' Union rejected Hale's plan. Its president, Ann Pike, said the closures "
                 "would cost lives.", ("Ann Pike", "Tom Hale"), id="its-officer-after-the-body-s-cue"),
    pytest.param(PLAN + "The Dover Nurses' Union rejected Hale's plan.\n\n\"This is cruel,\" said Ann Pike, the "
                 "union's president.", ("Ann Pike", "Tom Hale"), id="quoted-in-the-next-paragraph"),
])
def test_a_person_of_the_body_takes_its_response_up(text, pair, pairs):
    assert (*pair, "exemplar") in pairs(text)


@pytest.mark.parametrize("text", [
    pytest.param(PLAN + "The Dover Nurses' Union rejected Hale's plan. Ann Pike, a banker in Milford, said the "
                 "closures were overdue.", id="no-person-of-the-body"),
    pytest.param(PLAN + "The Dover Nurses' Union rejected Hale's plan. But its president, Ann Pike, said the union "
                 "would talk to Hale.", id="a-contrast-sets-its-officer-against-the-body"),
    pytest.param(PLAN + "The Dover Nurses' Union said it would meet on Friday. Its president, Ann Pike, said the "
                 "closures would cost lives.", id="the-body-answered-nobody"),
])
def test_no_person_of_the_body(text, pairs):
    assert not any(kind == "exemplar" for _, _, kind in pairs(text))
