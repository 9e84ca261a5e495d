"""The speaker named after a description of their role: 'said its director of research, Dr X', 'said the firm's
chief executive, X', 'Its chairwoman, Dame X, said': the name, past its honorific, is the speaker, and an "its" role
speaks for the body named just before; a description holding no role ('according to an agency summary, X ...')
is no person's."""

from __future__ import annotations

import pytest

import quotetrack


def last_speaker(text: str) -> tuple[str | None, str | None]:
    speaker = quotetrack.read(text).statements[-1].speaker
    body = speaker.organisation.name if speaker is not None and speaker.organisation is not None else None
    return (speaker.name if speaker is not None else None), body


@pytest.mark.parametrize(("text", "name", "body"), [
    pytest.param('The Marlow Heart Trust backed the plan. "Early treatment saves lives," said its director of '
                 'research, Dr Ann Kohl.', "Ann Kohl", "Marlow Heart Trust", id="its-role-of-a-field-then-honorific"),
    pytest.param('"We got it wrong and we are sorry," said the firm\'s chief executive, Tom Bell.', "Tom Bell", None,
                 id="owned-role-then-name"),
    pytest.param('"Prices will rise," said the head of policy at the Velto Retail Group, Sara Lind.', "Sara Lind",
                 None, id="role-of-a-body-then-name"),
    pytest.param('The Harbour Committee wants answers. Its chairwoman, Dame Ruth Pell, said: "We will find out."',
                 "Ruth Pell", "Harbour Committee", id="honorific-in-a-preposed-apposition"),
    pytest.param('The Harbour Committee wants answers. Its chairman, Dr. Ian Rees, said: "We will find out."',
                 "Ian Rees", "Harbour Committee", id="dotted-honorific-in-a-preposed-apposition"),
])
def test_the_name_after_a_role_description_speaks(text, name, body):
    found_name, found_body = last_speaker(text)
    assert found_name == name
    if body is not None:
        assert found_body == body


def test_a_description_with_no_role_is_not_the_next_clause_s_subject():
    text = ("According to a police summary of the inquiry, Tom Hale, a former aide, sent the files in May, and "
            "Hale said he had done nothing wrong.")
    speakers = {s.speaker.name if s.speaker else None for s in quotetrack.read(text).statements
                if s.text.startswith("Tom Hale") or s.text.startswith("a former aide")}
    assert "Tom Hale" not in speakers
