"""A European commissioner named by the portfolio ("EU Energy Commissioner X") speaks for the European Commission
(`titles.tsv`); a state's commissioner of the same portfolio does not."""

from __future__ import annotations

import pytest

import quotetrack


@pytest.mark.parametrize("title", ["EU Fisheries Commissioner", "European Competition Commissioner",
                                   "EU Home Affairs Commissioner", "EU Energy Commissioner"])
def test_an_eu_commissioner_speaks_for_the_commission(title):
    speaker = quotetrack.read(f"{title} Lena Holm said the plan was fair.").statements[0].speaker
    assert speaker is not None and speaker.organisation is not None
    assert speaker.organisation.name == "European Commission"


def test_a_state_commissioner_is_no_eu_one():
    speaker = quotetrack.read("Texas Agriculture Commissioner Sam Reed said the plan was fair.").statements[0].speaker
    assert speaker is not None and (speaker.organisation is None or speaker.organisation.name != "European Commission")


def test_the_commission_is_no_target_of_its_commissioner():
    text = ("EU Energy Commissioner Lena Holm said the Commission's proposal would protect farmers. Farm "
            "minister Tom Reid said the proposal was weak.")
    assert ("Lena Holm", "European Commission") not in {(r.source, r.target) for r in quotetrack.read(text).responses}
