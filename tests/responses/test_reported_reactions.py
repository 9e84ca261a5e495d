"""A reported reaction answers its subject: "The proposal has drawn criticism from X", "Y came under fire from X"
(responses/reactions.py)."""

import pytest

import quotetrack

_BEFORE = "Governor Ruth Baxter said on Monday that the state would cut school funding by a tenth. "


def _edges(text: str) -> set[tuple[str, str, str | None]]:
    return {(r.source, r.target, r.stance) for r in quotetrack.read(text, id="t").responses}


@pytest.mark.parametrize("sentence", [
    "Baxter came under fire from the Teachers Federation on Tuesday.",
    "She has faced criticism from the Teachers Federation.",
    "Baxter has drawn sharp criticism from the Teachers Federation.",
])
def test_the_agent_answers_the_subject(sentence: str) -> None:
    assert ("Teachers Federation", "Ruth Baxter", "rejects") in _edges(_BEFORE + sentence)


@pytest.mark.parametrize("sentence", [
    "The plan has drawn harsh criticism from the Teachers Federation.",
    "The proposal quickly came under fire from the Teachers Federation.",
    "But the decision has met fierce resistance from the Teachers Federation.",
])
def test_the_agent_answers_the_author_of_the_act(sentence: str) -> None:
    text = "Governor Ruth Baxter on Monday proposed closing a dozen rural schools to save money. " + sentence
    assert ("Teachers Federation", "Ruth Baxter", "rejects") in _edges(text)


@pytest.mark.parametrize("text", [
    # the subject is someone the text named, not the one who spoke
    _BEFORE + "Meanwhile Senator Tom Hale came under fire from the Teachers Federation over his expenses.",
    # a clause opening with the reaction reports none
    _BEFORE + "Facing criticism from the Teachers Federation, officials said the cuts would be phased in.",
])
def test_no_edge_to_another_subject(text: str) -> None:
    assert not any(e[:2] == ("Teachers Federation", "Ruth Baxter") for e in _edges(text))


@pytest.mark.parametrize("sentence, edge", [
    ("Baxter has faced criticism even from the Teachers Federation.", ("Teachers Federation", "rejects")),
    ("Baxter earned praise from the Chamber of Commerce for holding the line.", ("Chamber of Commerce", "supports")),
    ("Baxter has won plaudits from the Chamber of Commerce.", ("Chamber of Commerce", "supports")),
    ("Her remarks sparked outrage among Democrats in the legislature.", ("Democrats", "rejects")),
    ("Baxter provoked anger from the Teachers Federation with the cuts.", ("Teachers Federation", "rejects")),
])
def test_the_wider_family_of_reactions(sentence: str, edge: tuple[str, str]) -> None:
    assert (edge[0], "Ruth Baxter", edge[1]) in _edges(_BEFORE + sentence)


@pytest.mark.parametrize("sentence", [
    # the reaction is to the person named before the relative clause
    '"We will not back down," said Tom Hale, whose appointment to the board sparked anger from the Teachers '
    "Federation.",
    # a vote is no reaction
    "Baxter faces a vote from the Teachers Federation next week.",
])
def test_no_reaction_statement_in_the_wider_family(sentence: str) -> None:
    statements = quotetrack.read(_BEFORE + sentence, id="t").statements
    assert not any(s.speaker is not None and s.speaker.name == "Teachers Federation" for s in statements)


_PROPOSED = "Governor Ruth Baxter on Monday proposed closing a dozen rural schools to save money. "


@pytest.mark.parametrize("text, taken_up", [
    (_PROPOSED + 'The plan drew sharp criticism from Democrats. "This is an attack on rural families," said state '
     "Sen. Tom Hale, a Democrat from Dayton.", True),
    (_PROPOSED + "The plan came under fire from the Teachers Federation. Tom Hale, president of the Teachers "
     "Federation, said it would leave children on buses for hours.", True),
    (_PROPOSED + 'The plan was attacked by Democrats in the legislature. "This is an attack on rural families," said '
     "state Sen. Tom Hale, a Democrat from Dayton.", True),
    (_PROPOSED + 'The plan was criticized by fellow Republicans. "This is an attack on rural families," said '
     "state Sen. Tom Hale, a Republican from Dayton.", True),
    # a Republican is not one of the Democrats who criticised the plan
    (_PROPOSED + 'The plan drew sharp criticism from Democrats. "We will study it," said state Sen. Tom Hale, a '
     "Republican from Dayton.", False),
    (_PROPOSED + 'The plan was attacked by Democrats. "We will study it," said state Sen. Tom Hale, a Republican.',
     False),
    # another voice comes between
    (_PROPOSED + "The plan drew sharp criticism from Democrats. Baxter said the savings were needed. Sen. Tom Hale, a "
     "Democrat, said the schools would be missed.", False),
])
def test_one_of_the_agent_takes_the_reaction_up(text: str, taken_up: bool) -> None:
    assert (("Tom Hale", "Ruth Baxter", "rejects") in _edges(text)) is taken_up


@pytest.mark.parametrize("sentence, source", [
    ("The Teachers Federation's criticism of Baxter was swift.", "Teachers Federation"),
    ("Senator Tom Hale renewed his criticism of Baxter on Tuesday.", "Tom Hale"),
])
def test_a_stance_noun_rejects(sentence: str, source: str) -> None:
    assert (source, "Ruth Baxter", "rejects") in _edges(_BEFORE + sentence)
