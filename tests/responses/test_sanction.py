"""A sanction a speaker announces in their own words ("We have banned her") answers the one sanctioned."""

from __future__ import annotations

import pytest



@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("The federation suspended sprinter Kate Lyle after she missed a drugs test. \"We have suspended "
                 "her for a year,\" said federation chief Tom Hale.", ("Tom Hale", "Kate Lyle"), id="suspended-her"),
    pytest.param("City midfielder Leon Marsh failed to report for training on Monday. \"We've fined him two "
                 "weeks' wages,\" said club secretary Ann Pike.", ("Ann Pike", "Leon Marsh"), id="weve-fined-him"),
])
def test_a_sanction_in_ones_own_words_answers_the_one_sanctioned(text, pair, pairs):
    assert (*pair, "sanction") in pairs(text)


@pytest.mark.parametrize("text", [
    pytest.param("Sprinter Kate Lyle missed a drugs test in May. \"We have supported her throughout,\" said "
                 "federation chief Tom Hale.", id="no-sanction"),
    pytest.param("Sprinter Kate Lyle missed a drugs test in May. Federation chief Tom Hale said the federation had "
                 "suspended her.", id="not-in-the-first-person"),
    pytest.param("\"We have suspended her for a year,\" said federation chief Tom Hale.", id="nobody-named-before"),
])
def test_no_sanction(text, pairs):
    assert all(evidence != "sanction" for _, _, evidence in pairs(text))
