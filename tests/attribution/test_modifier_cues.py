"""A cue word that modifies a noun ("state Senate leader") is no cue; the verb it shares its form with still is."""

from __future__ import annotations

import pytest

import quotetrack


def cues_and_speakers(text: str) -> list[tuple[str, str | None]]:
    """The cue and the speaker's name of each statement read in ``text``."""
    return [(s.cue.text if s.cue else "", s.speaker.name if s.speaker else None)
            for s in quotetrack.read(text).statements]


MODIFIERS = [  # (id, text, the speaker of the quotation)
    ('state-senate-leader-after-a-quote',
     '"We will appeal," state Senate leader Ann Dale and House Speaker Tom Reyes, both Democrats, said in a '
     'statement.',
     'Tom Reyes'),
    ('state-lawmakers-after-a-quote',
     '"The map is unfair," state lawmakers from both parties wrote in a letter to the governor.',
     'lawmakers from both parties'),
    ('the-state-party',
     'Jo Hale, who chairs the state party, said the primary "will be close."',
     'Jo Hale'),
]


@pytest.mark.parametrize(('text', 'speaker'), [c[1:] for c in MODIFIERS], ids=[c[0] for c in MODIFIERS])
def test_a_modifier_is_no_cue(text: str, speaker: str) -> None:
    read = cues_and_speakers(text)
    assert all(cue.lower() != "state" for cue, _ in read)
    assert any(speaker in (name or "") for _, name in read)


VERBS = [  # (id, text, speaker): "state" as a verb of saying
    ('state-that', 'The two senators state that the treaty was never ratified.', 'two senators'),
    ('state-in-a-document', 'The Saudis state in the report that the strikes were lawful.', 'Saudis'),
    ('state-a-goal', 'In the video, the founders state their goal plainly.', 'founders'),
]


@pytest.mark.parametrize(('text', 'speaker'), [c[1:] for c in VERBS], ids=[c[0] for c in VERBS])
def test_the_verb_is_still_a_cue(text: str, speaker: str) -> None:
    assert any(cue == "state" and speaker in (name or "") for cue, name in cues_and_speakers(text))


@pytest.mark.parametrize(('text', 'reads'), [
    ("Britain's largest rail union on Tuesday rejected the latest pay offer. \"It is an insult,\" said Ann Dale, its "
     "general secretary.", [("said", "Ann Dale")]),
    ('"It is a scandal," Tom Reyes railed.', [("railed", "Tom Reyes")]),
    ("Commuters rail against the fares, saying they are too high.", [("saying", "Commuters")]),
])
def test_rail_modifying_a_noun_is_no_cue(text: str, reads: list[tuple[str, str]]) -> None:
    """"the largest rail union" made "union on Tuesday rejected the ..." a statement of "Britain's largest"; "rail"
    before a preposition or after a quotation is still the verb."""
    assert cues_and_speakers(text) == reads
