"""A body the text spells out with its initials in brackets is the target of a cue whose object writes the initials
(``responses.acronyms``)."""

from collections.abc import Callable

import pytest

Ends = Callable[[str], set[tuple[str, str]]]


@pytest.mark.parametrize("text, pair", [
    pytest.param("The National Union of Transit Workers (NUTW) sent a letter to the governor. Governor Tom Hale "
                 "rejected the NUTW demands on Monday.", ("Tom Hale", "National Union of Transit Workers"),
                 id="rejected-the-demands"),
    pytest.param("The Coalition for Safe Streets (CSS) has campaigned for a curfew. Mayor Ruth Baxter slammed the CSS "
                 "for stoking fear.", ("Ruth Baxter", "Coalition for Safe Streets"), id="slammed-the-body"),
    pytest.param("The Association of Retired Teachers (ART) wrote to both candidates. Senator Paul Dunn responded to "
                 "the ART on Friday.", ("Paul Dunn", "Association of Retired Teachers"), id="responded-to"),
])
def test_initials_the_text_defined_name_the_body(ends: Ends, text: str, pair: tuple[str, str]) -> None:
    assert pair in ends(text)


@pytest.mark.parametrize("text, target", [
    pytest.param("Mayor Ruth Baxter slammed the CSS for stoking fear.", "CSS", id="never-spelt-out"),
    pytest.param("The Acme Group (CSS) has campaigned for a curfew. Mayor Ruth Baxter slammed the CSS for stoking "
                 "fear.", "Acme Group", id="initials-not-of-the-name"),
])
def test_initials_not_defined_name_no_body(ends: Ends, text: str, target: str) -> None:
    assert not any(t == target for _, t in ends(text))
