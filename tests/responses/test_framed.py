"""A clause of time or contrast opening the sentence frames the statement by another party's words
(responses/framed.py): "When Ellis accused him of lying, Hale said ..." answers Ellis."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Senator Ruth Ellis spoke in Ohio on Monday. When Ellis accused him of lying, Governor Tom Hale "
                 "said the claim was false.", ("Tom Hale", "Ruth Ellis"), id="when-accused"),
    pytest.param("Acme Motors chief executive Paul Grey spoke in Detroit on Monday. When Grey defended the closure "
                 'of the plant, union leader Kath Brown told reporters: "This is a betrayal of our members."',
                 ("Kath Brown", "Paul Grey"), id="when-defended-a-quotation"),
    pytest.param("Senator Ruth Ellis spoke on Monday. When Senator Ellis criticized the tariffs, Commerce Secretary "
                 "Tom Hale said they were working.", ("Tom Hale", "Ruth Ellis"), id="when-title-name"),
    pytest.param('Governor Lisa Hart spoke in Albany on Monday. Even as Hart insisted that "the tax will not rise," '
                 "Senate leader Tom Reid said the budget left a gap of $2 billion.", ("Tom Reid", "Lisa Hart"),
                 id="even-as"),
])
def test_a_framing_clause_names_whom_the_statement_answers(text, pair, pairs):
    assert (*pair, "framed") in pairs(text)


@pytest.mark.parametrize("text", [
    pytest.param("Senator Ruth Ellis spoke on Monday. When Ellis asked Hale about the tariffs, Commerce Secretary "
                 "Tom Hale said they were working.", id="a-question"),
    pytest.param('Senator Ruth Ellis spoke on Monday. When Ellis said the plan was dead, he "moved on quickly," said '
                 "Tom Hale, an aide.", id="the-words-own-subject"),
    pytest.param("Senator Ruth Ellis spoke on Monday. Later, when Ellis said the plan was dead, Governor Tom Hale "
                 "said it was sound.", id="a-time-before-the-clause"),
    pytest.param("Senator Ruth Ellis spoke on Monday. While Ellis has said the plan is dead, Governor Tom Hale has "
                 "pledged to revive it.", id="while-sets-positions-side-by-side"),
    pytest.param("Senator Ruth Ellis spoke on Monday. When Ellis criticized the tariffs, she said they were hurting "
                 "farmers.", id="the-same-speaker"),
])
def test_no_framing_clause_answer(text, pairs):
    assert not any(kind == "framed" for _, _, kind in pairs(text))
