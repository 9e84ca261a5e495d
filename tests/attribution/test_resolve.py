"""Speaker resolution: which person a pronoun source stands for."""

from __future__ import annotations

import pytest

import quotetrack


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Tom Reeve was in a row with Britain's Dan Cole last year. The American had doubted Cole's injury. "
                 'And the American remains critical. "Nobody here is hungry," he claimed.', "Tom Reeve",
                 id="described-subject-passes-over-its-object"),
    pytest.param('Jim Hale met Ann Roe. The minister of trade, Mr Tom Dace, argues there is no need to act. '
                 '"We must not overreact," he said.', "Tom Dace", id="described-subject-with-its-name"),
    pytest.param('Tom Reeve met Dan Cole. Cole said it went well. "It was fine," he said.', "Dan Cole",
                 id="named-subject-nearest"),
    pytest.param('Tom Reeve met Dan Cole on Monday. "It was fine," he said.', "Tom Reeve", id="subject-over-object"),
])
def test_pronoun_stands_for_the_subject(text, speaker):
    statement = quotetrack.read(text).statements[-1]
    assert statement.speaker is not None and statement.speaker.name == speaker
