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
