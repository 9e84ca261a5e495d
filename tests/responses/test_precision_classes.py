"""Classes of wrong response edges on political news, each read as no answer (docs/responses.md, eighth pass)."""

from __future__ import annotations

import pytest

from quotetrack.lexicon import load_lexicon
from quotetrack.responses.pledges import pledged
from quotetrack.responses.senses import no_stance
from quotetrack.responses.words import response_words

_REYES = "\"The new levy is a gamble,\" said Tom Reyes, a Republican and former governor.\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    (_REYES + "In a March radio interview, Mayor Mark Hale said he believes the levy was \"a terrible mistake.\" He "
     "later denied his opposition in a separate interview.", set()),
    (_REYES + "Mayor Mark Hale later denied his role in the deal in a television interview.", set()),
    (_REYES + "Mayor Ann Hale later denied her part in the deal in a television interview.", set()),
    # the possessive owns someone named: "his rival's claim" is the rival's
    (_REYES + "Mayor Mark Hale later denied his rival's claim in a television interview.",
     {("Mark Hale", "Tom Reyes", "pronoun")}),
])
def test_rebuttal_of_own_possessive(pairs, text, expected):
    """A rebuttal's possessive of the speaker's gender is the speaker's own ("he denied his opposition")."""
    assert pairs(text) == expected


_HALE = "Governor Mark Hale said on Monday that the state would cut taxes. "


@pytest.mark.parametrize(("text", "expected"), [
    (_HALE + "At a fundraiser in Denver, Senator Ann Ortiz called half of Hale's supporters \"misguided.\"", set()),
    (_HALE + "Senator Ann Ortiz accused Hale's most loyal voters of ignoring the deficit.", set()),
    (_HALE + "Senator Ann Ortiz accused Hale's followers of sexism.", set()),
    (_HALE + "Senator Ann Ortiz mocked a Hale voter for believing him.", set()),
    (_HALE + "Senator Ann Ortiz mocked Hale for believing it.", {("Ann Ortiz", "Mark Hale", "cue")}),
    (_HALE + "Senator Ann Ortiz criticized Hale's plan, saying it was reckless.", {("Ann Ortiz", "Mark Hale", "cue")}),
    (_HALE + "Senator Ann Ortiz criticized Hale and his supporters, saying the plan was reckless.",
     {("Ann Ortiz", "Mark Hale", "cue")}),
])
def test_following_is_no_party(pairs, text, expected):
    """A name owning its following ("Hale's supporters") is not whom a cue answers or a statement mentions."""
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ("Reyes said the governor's struggles will coalesce support around stopping him.", "support", True),
    ("Reyes spent the week trying to drum up support for blocking the governor.", "support", True),
    ("Reyes said each new scandal would build support against the governor.", "support", True),
    ("The mayor has struggled to shore up backing among unions.", "backing", True),
    ("Reyes said voters would support the governor.", "support", False),
    ("Led by Senator Ann Ortiz, the rally denounced the governor's plan.", "denounced", False),
])
def test_backing_gathered_is_a_noun(text, cue, expected):
    """A cue right after a verb of gathering backing ("coalesce support", "drum up support") is a noun: no stance."""
    lexicon = load_lexicon()
    assert no_stance(text, cue, text.index(cue), response_words(lexicon), lexicon) is expected


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ("\"I can support either one of them,\" the governor said of the two finalists.", "support", True),
    ("The mayor said she would support any of them in November.", "support", True),
    ("The union will endorse both of them, its president said.", "endorse", True),
    ("The mayor backed Hale's plan to cut fares.", "backed", False),
])
def test_choice_among_candidates_is_a_pledge(text, cue, expected):
    """Support for whichever of several ("either one of them") is a pledge, no answer to any of them."""
    assert pledged(text, cue, text.index(cue) + len(cue), response_words(load_lexicon())) is expected
