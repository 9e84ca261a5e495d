"""Claims nobody in the text makes ("rejected the allegation that ...") as the targets of rebuttals."""

from __future__ import annotations

import pytest

import quotetrack

_OPENING = "Minister keeps her post\n\nThe minister spoke to reporters on a visit to Leeds on Friday.\n\n"


def _pairs(text):
    return [(r.source, r.target, r.evidence) for r in quotetrack.read(text, id="n").responses]


@pytest.mark.parametrize(("text", "target"), [
    pytest.param("Health Secretary Anna Price rejected the allegation that she had misled parliament, saying the "
                 "figures were published in full.",
                 "allegation that she had misled parliament", id="the-allegation-that"),
    pytest.param("Health Secretary Anna Price dismissed speculation that she would resign, saying she had work to "
                 "finish.",
                 "speculation that she would resign", id="bare-speculation"),
    pytest.param("Health Secretary Anna Price denied claims of a rift with her deputy, saying they worked well "
                 "together.",
                 "claims of a rift with her deputy", id="claims-of"),
])
def test_a_rebuttal_answers_a_claim_nobody_made(text, target):
    assert set(_pairs(_OPENING + text)) == {("Anna Price", target, "unattributed")}


@pytest.mark.parametrize("text", [
    pytest.param(_OPENING + "Health Secretary Anna Price repeated the claim that waiting lists were falling.",
                 id="no-rebuttal"),
    pytest.param("Health Secretary Anna Price rejected the allegation that she had misled parliament, saying the "
                 "figures were published in full.", id="the-opening-sums-up-a-story"),
    pytest.param(_OPENING + "Health Secretary Anna Price rejected the allegations, saying the figures were "
                 "published in full.", id="no-claim-spelled-out"),
])
def test_no_unattributed_claim(text):
    assert all(evidence != "unattributed" for _, _, evidence in _pairs(text))


def test_a_named_accuser_comes_first():
    text = _OPENING + ("Shadow health secretary Tom Reid alleged that the minister had misled parliament. Health "
                       "Secretary Anna Price rejected the allegation that she had misled parliament, saying the "
                       "figures were published in full.")
    assert ("Anna Price", "Tom Reid") in [(s, t) for s, t, _ in _pairs(text)]
