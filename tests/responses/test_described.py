"""Bodies named only by a descriptive phrase ("a three-judge appeal court panel") as the authors of their acts."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.lexicon import load_lexicon
from quotetrack.responses.described import described_bodies
from quotetrack.responses.words import response_words

@pytest.mark.parametrize("text", [
    pytest.param("A House oversight committee has approved a new ethics bill. Senator Dale Price attacked the "
                 "bill, saying it was toothless.", id="an-instrument-is-the-lawmakers"),
    pytest.param("A House oversight committee has approved a new ethics bill. Critics said the rules were "
                 "toothless.", id="no-placement-guess"),
    pytest.param("A state appeals court was ordered to rehear the case. Governor Sam Ortiz welcomed the decision.",
                 id="passive-no-author"),
])
def test_a_described_body_is_no_guess(text):
    """A described body is answered only through the act a cue names: not for an instrument, nor by placement."""
    assert quotetrack.read(text, id="n").responses == ()


@pytest.mark.parametrize(("text", "names"), [
    pytest.param("A European Parliament committee has ordered a rewrite of the rules.",
                 ["European Parliament committee"], id="proper-modifiers"),
    pytest.param("He was sentenced by a revolutionary court in May.", ["revolutionary court"], id="an-acts-agent"),
    pytest.param("He was seen by a revolutionary court in May.", [], id="no-acts-agent"),
    pytest.param("The Federal Trade Commission approved the merger.", [], id="a-name-is-no-description"),
    pytest.param("A court in the capital has ordered his release.", [], id="function-word-breaks-the-phrase"),
    pytest.param("The committee has ordered a rewrite.", [], id="a-bare-noun-takes-up-a-body"),
    pytest.param("A regional court said the case would be heard in May.", [], id="no-act"),
])
def test_described_bodies(text, names):
    lexicon = load_lexicon()
    found = described_bodies(text, response_words(lexicon), lexicon.function_words.stop_words)
    assert [b.name for b in found] == names


_PANEL = ("On Monday, a three-member planning panel blocked the stadium plan. Developer Ann Pike said the plans were "
          "sound. ")


@pytest.mark.parametrize(("text", "sources"), [
    pytest.param(_PANEL + "A planning panel agreed with Ms Pike, finding that the site was suitable.",
                 ["three-member planning panel"], id="a-shorter-description-takes-up-the-body"),
    pytest.param(_PANEL + "A housing panel agreed with Ms Pike, finding that the site was suitable.",
                 [], id="another-modifier-is-another-body"),
    pytest.param("Developer Ann Pike said the plans were sound. A planning panel agreed with Ms Pike, finding that "
                 "the site was suitable.", [], id="no-body-described-before"),
])
def test_an_unnamed_speaker_takes_up_a_described_body(text, sources):
    assert [r.source for r in quotetrack.read(text, id="n").responses] == sources
