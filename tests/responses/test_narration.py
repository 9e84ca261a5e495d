"""The readings of a narrated response cue that answer nobody (responses/narration.py)."""

from __future__ import annotations

import pytest

import quotetrack
from quotetrack.lexicon import load_lexicon
from quotetrack.model import Mention, Speaker, Statement
from quotetrack.responses.narration import (another_subject, between_subject, denied, infinitive_subject, narrated,
                                          own_record)
from quotetrack.responses.parties import Candidate, Names, candidates
from quotetrack.responses.words import response_words


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ("Governor Sam Ortiz did not directly criticise the plan.", "criticise", True),
    ("Governor Sam Ortiz never attacked the plan.", "attacked", True),
    ("Governor Sam Ortiz refused to condemn the attack.", "condemn", True),
    ("Governor Sam Ortiz sharply criticised the plan.", "criticised", False),
    ("Not long after, Governor Sam Ortiz criticised the plan.", "criticised", False),
])
def test_denied(text, cue, expected):
    """One of the three words before a cue denies it."""
    assert denied(text, text.index(cue), load_lexicon()) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Governor Lisa Hart defended her record on schools.", True),
    ("Governor Lisa Hart defended their decision to close the plant.", True),
    ("Governor Lisa Hart defended her on Monday.", False),
    ("Governor Lisa Hart defended the senator's plan.", False),
])
def test_own_record(text, expected):
    """A possessive and its noun after a cue are the speaker's own, as a rule."""
    assert own_record(text, text.index("defended") + len("defended"), load_lexicon()) is expected


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ("Governor Sam Ortiz said the bill was fair. At the time, Ortiz sided with Senator Ruth Ellis and a coalition of "
     "farm unions who feared the bill would cut wages.", "sided with", True),
    ("Senator Ruth Ellis said the bill was bad. Farm unions attacked the bill, saying it would cut wages.",
     "attacked", False),
    ("Senator Ruth Ellis said the bill was bad. In response, the farm unions said the bill would help them.",
     "In response", False),
])
def test_another_subject(text, cue, expected):
    """A cue earlier in the sentence is another's when another party is named before it and the speaker after."""
    lexicon = load_lexicon()
    article = quotetrack.read(text)
    statement = article.statements[-1]
    names = Names.of(candidates(article, (), response_words(lexicon)))
    assert another_subject(text, statement, statement.speaker, text.index(cue), names, lexicon) is expected


# text: whether its statement is narrated
NARRATED = {
    "Governor Sam Ortiz criticised the troop buildup near the border.": True,
    "Governor Sam Ortiz criticised Senator Ellis's plan.": True,
    "Governor Sam Ortiz said the troop buildup was a threat.": False,
    'Governor Sam Ortiz dismissed the plan as "a gimmick".': False,
}


@pytest.mark.parametrize("text", NARRATED)
def test_narrated(text):
    """A statement that is its own response cue's object, told by the writer (no quoted words)."""
    lexicon = load_lexicon()
    statement = quotetrack.read(text).statements[-1]
    assert narrated(statement, response_words(lexicon), lexicon) is NARRATED[text]


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ("Senator Ruth Ellis said it was wrong for Judge Anna Lee to criticize the governor.", "criticize", True),
    ("Ellis said it was time for him to publicly condemn the attack.", "condemn", True),
    ("Ellis said it was a mistake for Republicans not to reject the bill.", "reject", True),
    ("Senator Ruth Ellis criticized the governor for his plan.", "criticized", False),
    ("Ellis waited for a chance to respond to the governor.", "respond", False),
    ("Ellis called the plan a gift for donors and rejected it.", "rejected", False),
])
def test_infinitive_subject(text, cue, expected):
    """A cue in "for X to ..." is X's act, not the speaker's."""
    assert infinitive_subject(text, text.index(cue)) is expected


@pytest.mark.parametrize(("text", "speaker", "cue", "expected"), [
    ("Paul Grey said that in one case activists criticized his company.", "Paul Grey", "criticized", True),
    ("Senator Mark Jensen showed a clip of Governor Lisa Hart trying to defend the plan.", "Mark Jensen", "defend",
     True),
    ("Senator Mark Jensen, who says Governor Lisa Hart is attacking him, said voters trust him.", "Mark Jensen",
     "attacking", False),
    ("Senator Mark Jensen sharply criticized the plan.", "Mark Jensen", "criticized", False),
])
def test_between_subject(text, speaker, cue, expected):
    """A party or group between the speaker and a cue is the cue's subject, unless the cue is aimed at the speaker."""
    hart = Candidate(speaker=Speaker(name="Lisa Hart"), names=("Lisa Hart", "Hart"), first=0, side=None)
    at = text.index(speaker)
    mention = Mention(start=at, end=at + len(speaker), text=speaker)
    said = Statement(start=mention.end, end=len(text), text=text[mention.end:], kind="indirect",
                     speaker_mention=mention)
    assert between_subject(text, said, Speaker(name=speaker), text.index(cue), Names.of([hart]),
                           response_words(load_lexicon())) is expected
