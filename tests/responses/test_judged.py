"""A statement whose words open with a party and fault its conduct answers that party (responses/judged.py)."""

from __future__ import annotations

import pytest

from quotetrack.responses import CONFIDENCE, MIN_CONFIDENCE

SHIPPED = CONFIDENCE["judged"]
GOVERNOR = "Gov. Tom Hale announced on Monday that the state would close three rural hospitals. "
MAYOR = "Mayor Ann Lee of Riverton said the closures would hurt families. "


FAULTED = {  # the words, then who answers whom
    "failed-to": ('Sen. Carla Diaz said Hale had failed to consult the communities that depend on the hospitals.',
                  ("Carla Diaz", "Tom Hale")),
    "direct-quote-overselling": ('"Hale is overselling the savings these closures will bring," Carla Diaz, a state '
                                 'senator, said on Tuesday.', ("Carla Diaz", "Tom Hale")),
    "after-that-and-title": ('Carla Diaz, a state senator, said that Governor Hale had been careless with the health '
                             'of thousands of rural families.', ("Carla Diaz", "Tom Hale")),
    "an-adjective-after-is": ('"Hale is unqualified to run a hospital board, let alone a state," Carla Diaz, a state '
                              'senator, said.', ("Carla Diaz", "Tom Hale")),
    "betrayed": ('Union leader Carla Diaz said the governor was wrong, adding that Hale had betrayed the nurses who '
                 'voted for him.', ("Carla Diaz", "Tom Hale")),
}


@pytest.fixture(autouse=True)
def judged_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sign read as strong enough to be reported alone, so that each test sees what the rule finds: as shipped
    it is under the floor (a blind audit of dev edges found it right 12 times in 21), counting only with another."""
    monkeypatch.setitem(CONFIDENCE, "judged", MIN_CONFIDENCE + 0.05)


def test_alone_the_sign_is_not_reported(monkeypatch, ends):
    monkeypatch.setitem(CONFIDENCE, "judged", SHIPPED)
    assert ("Carla Diaz", "Tom Hale") not in ends(GOVERNOR + MAYOR + FAULTED["failed-to"][0])


@pytest.mark.parametrize(("said", "pair"), FAULTED.values(), ids=FAULTED.keys())
def test_words_faulting_the_party_they_open_with(said, pair, ends):
    assert pair in ends(GOVERNOR + MAYOR + said)


@pytest.mark.parametrize("said", [
    pytest.param('Sen. Carla Diaz said Hale will visit the three hospitals on Friday to meet their staff.',
                 id="no-fault"),
    pytest.param('Sen. Carla Diaz said that in the end the budget office and its staff had failed to count the '
                 'costs that Hale named.', id="the-party-far-into-the-words"),
    pytest.param('"We failed the workers of Riverton," Hale said on Tuesday.', id="the-speaker-himself"),
    pytest.param('Sen. Carla Diaz said Hale had been betrayed by his own advisers over the cost of the hospitals.',
                 id="done-to-the-party"),
    pytest.param('Sen. Carla Diaz said Hale told reporters the hospitals had failed every inspection.',
                 id="the-party-s-words-told"),
])
def test_no_judged_sign(said, pairs):
    assert not any(source == "Carla Diaz" and kind == "judged"
                   for source, _, kind in pairs(GOVERNOR + MAYOR + said))


def test_an_ally_faulting_an_ally_is_no_answer(pairs):
    text = ("Ohio Gov. Tom Hale, a Republican, unveiled a tax plan on Monday. "
            '"Hale failed to explain how the plan would be paid for," said Rep. Sam Ortiz (R-Utah).')
    assert not any(kind == "judged" for _, _, kind in pairs(text))
    rival = text.replace("Sam Ortiz (R-Utah)", "Ruth Ellis (D-Md.)")
    assert ("Ruth Ellis", "Tom Hale") in {(s, t) for s, t, _ in pairs(rival)}


def test_a_party_adjective_is_no_party_judged(pairs):
    text = ("Rep. Ruth Ellis (D-Md.) said on Monday that the plan was fair. Sen. Tom Hale (R-Ohio) said that the "
            "Democratic nominee had failed to explain how she would pay for the plan.")
    assert not any(kind == "judged" for _, _, kind in pairs(text))


SAID_OF = {  # the words, and whether they answer the party they are said of
    "a-fault-said-of": ('"He has failed every family in this state," Carla Diaz, a state senator, said of Hale.', True),
    "a-verdict-said-about": ('"The whole thing was a farce from start to finish," Carla Diaz, a state senator, said '
                             'about Hale on Tuesday.', True),
    "no-verdict": ('"He has been in office for a long time," Carla Diaz, a state senator, said of Hale.', False),
}


@pytest.mark.parametrize(("said", "answers"), SAID_OF.values(), ids=SAID_OF.keys())
def test_words_said_of_a_party_judging_it(said, answers, pairs):
    assert (("Carla Diaz", "Tom Hale", "judged") in pairs(GOVERNOR + MAYOR + said)) is answers
