"""Tests of find_responses: who answered whom, on what evidence, and where no edge may be drawn."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import quotetrack
from quotetrack import find_responses

SEED_CHECK = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seed_check.py"

POMPEO, ZHAO, HUA = "Mike Pompeo", "Zhao Lijian", "Hua Chunying"
WANG_YI, LAVROV, PSAKI, BLINKEN = "Wang Yi", "Sergei Lavrov", "Jen Psaki", "Antony Blinken"

# (text, expected (source, target) pairs, evidence kinds the responses rest on)
STORIES = [
    pytest.param(
        "Secretary of State Mike Pompeo said on Monday that Beijing had broken its promises on Hong Kong. "
        "Chinese Foreign Ministry spokesperson Zhao Lijian hit back at Pompeo on Tuesday, saying the remarks "
        'were "full of lies."',
        {(ZHAO, POMPEO)}, {"cue"}, id="cue-hit-back-at-target",
    ),
    pytest.param(
        "Secretary of State Mike Pompeo announced new visa limits for Chinese journalists on Monday. "
        "In response to Pompeo, Chinese Foreign Ministry spokesperson Zhao Lijian said Beijing would take "
        "countermeasures.",
        {(ZHAO, POMPEO)}, {"cue"}, id="cue-in-response-to-target",
    ),
    pytest.param(
        "White House press secretary Jen Psaki said on Friday that the sanctions would stay in place. "
        "In reply to Psaki, Russian Foreign Minister Sergei Lavrov said that Moscow had survived worse.",
        {(LAVROV, PSAKI)}, {"cue"}, id="cue-in-reply-to-target",
    ),
    pytest.param(
        "Russian Foreign Minister Sergei Lavrov said on Friday that NATO was expanding eastward. "
        "White House press secretary Jen Psaki welcomed the remarks by Lavrov, saying dialogue was still possible.",
        {(PSAKI, LAVROV)}, {"cue"}, id="cue-welcomed-target",
    ),
    pytest.param(
        "Secretary of State Mike Pompeo said on Monday that Beijing had broken its promises. Chinese Foreign "
        'Ministry spokesperson Hua Chunying said the remarks were "full of lies." Fellow spokesperson Zhao Lijian '
        'echoed Hua, saying Washington should "stop spreading rumors."',
        {(ZHAO, HUA), (HUA, POMPEO)}, {"cue", "topic"}, id="cue-same-side-echo",  # "the remarks": what Pompeo said
    ),
    pytest.param(
        "Secretary of State Mike Pompeo said on Monday that the trade talks had stalled. "
        '"Pompeo keeps spreading rumors about China," Chinese Foreign Ministry spokesperson Zhao Lijian told '
        "reporters in Beijing.",
        {(ZHAO, POMPEO)}, {"mention"}, id="mention-other-side",
    ),
    pytest.param(
        'Secretary of State Mike Pompeo on Monday unveiled what he called the "Clean Network" program. '
        'Chinese Foreign Ministry spokesperson Zhao Lijian said the "Clean Network" was a tool of bullying.',
        {(ZHAO, POMPEO)}, {"term"}, id="term-coined-by-target",
    ),
    pytest.param(
        "Secretary of State Mike Pompeo said the trade agreement with Beijing had collapsed completely. "
        "Chinese Foreign Minister Wang Yi said the claim that the trade agreement had collapsed was groundless.",
        {(WANG_YI, POMPEO)}, {"restatement"}, id="restatement-of-target-claim",
    ),
    pytest.param(
        "White House press secretary Jen Psaki said on Friday that the sanctions would stay in place. "
        "Russian Foreign Minister Sergei Lavrov dismissed the threat, saying Moscow had survived worse.",
        {(LAVROV, PSAKI)}, {"act"}, id="act-dismissed-the-threat",
    ),
    pytest.param(
        "Secretary of State Mike Pompeo said on Monday that the talks had stalled.\n\n"
        "Chinese Foreign Ministry spokesperson Zhao Lijian responded on Tuesday. "
        '"Beijing has kept every promise it made," Zhao said.',
        {(ZHAO, POMPEO)}, {"turn"}, id="turn-responded-then-quote",
    ),
    pytest.param(
        "Secretary of State Mike Pompeo imposed sanctions on several officials on Monday.\n\n"
        "Chinese Foreign Ministry spokesperson Zhao Lijian hit back on Tuesday, saying the move was "
        '"a gross interference."\n\n'
        '"We will respond firmly and resolutely," Zhao added.',
        {(ZHAO, POMPEO)}, {"structure", "continuation"}, id="continuation-of-responder",
    ),
    pytest.param(
        "Secretary of State Mike Pompeo said on Monday that the talks had stalled.\n\n"
        "Chinese Foreign Ministry spokesperson Zhao Lijian rejected the claim, saying Beijing had kept every "
        'promise.\n\nZhao said the United States had "no right" to lecture others.',
        {(ZHAO, POMPEO)}, {"author", "continuation"}, id="continuation-indirect",  # "the claim": what Pompeo said
    ),
    pytest.param(
        "Secretary of State Mike Pompeo said on Monday that the talks had stalled. The Chinese Foreign Ministry "
        "hit back at Pompeo on Tuesday, saying Washington had walked away.",
        {("Chinese Foreign Ministry", POMPEO)}, {"cue"}, id="organisation-speaker-responds",
    ),
    # Negative cases: no edge may be invented.
    pytest.param(
        "White House press secretary Jen Psaki said on Friday that the administration was reviewing the "
        "pipeline deal.\n\nRussian Foreign Minister Sergei Lavrov said on Saturday that Moscow would keep "
        "supplying gas to Europe.",
        set(), set(), id="no-cue-no-mention",
    ),
    pytest.param(
        "Secretary of State Antony Blinken said the alliance was stronger than ever. White House press "
        "secretary Jen Psaki said Blinken had made the case well in Brussels.",
        set(), set(), id="same-side-mention-without-cue",
    ),
    pytest.param(
        "White House press secretary Jen Psaki said on Friday that the sanctions would stay. Secretary of State "
        "Antony Blinken pushed back on Saturday, saying that the sanctions could be lifted.",
        {(BLINKEN, PSAKI)}, {"turn"}, id="turn-pushed-back-at-previous-speaker",
    ),
    pytest.param(
        "White House press secretary Jen Psaki said on Friday that the sanctions would stay. White House "
        "spokesman Andrew Bates pushed back on Saturday, saying that the sanctions could be lifted.",
        set(), set(), id="turn-not-drawn-between-colleagues",
    ),
    pytest.param(
        "Secretary of State Mike Pompeo said on Monday that the talks had stalled. China said the United States "
        "should stop its smear campaign.",
        set(), set(), id="country-speaker",
    ),
    pytest.param(
        "Secretary of State Mike Pompeo criticized Beijing over its conduct in the South China Sea. China hit "
        "back at Pompeo, saying Washington was stirring up trouble.",  # China's reply: a country, no party
        {(POMPEO, "Chinese government")}, {"cue"}, id="country-speaker-with-cue-and-name",
    ),
    pytest.param(
        "Secretary of State Mike Pompeo said on Monday that the talks had stalled. Chinese officials rebuffed "
        "Pompeo's remarks, saying that Washington had walked away from the table.",
        set(), set(), id="group-speaker-rebuffed",
    ),
    pytest.param(
        'Secretary of State Mike Pompeo said on Monday that the talks had stalled. "Pompeo is lying again," '
        "Chinese officials said.",
        set(), set(), id="group-speaker-mentions-target",
    ),
    # A cue in an earlier sentence, or a participle opening a sentence, answers nobody else.
    pytest.param(
        "Secretary of State Mike Pompeo said on Monday that Beijing had broken its promises. Chinese Foreign "
        "Ministry spokesperson Zhao Lijian hit back at Pompeo on Tuesday, saying the remarks were "
        '"full of lies." Russian Foreign Minister Sergei Lavrov said Moscow would hold joint naval drills with '
        "Beijing in July.",
        {(ZHAO, POMPEO)}, {"cue"}, id="cue-of-previous-sentence-not-reused",
    ),
    pytest.param(
        "Russian Foreign Minister Sergei Lavrov said on Monday that NATO was expanding eastward. Secretary of "
        "State Antony Blinken on Tuesday criticized the troop buildup near the border. White House press "
        "secretary Jen Psaki said the president would travel to Europe next week.",
        set(), set(), id="cue-of-non-statement-sentence-not-reused",
    ),
    pytest.param(
        "Secretary of State Mike Pompeo said on Monday that Beijing had broken its promises. Chinese Foreign "
        'Ministry spokesperson Hua Chunying said the remarks were "full of lies." Echoing Hua Chunying, fellow '
        'spokesperson Zhao Lijian said Washington should "stop spreading rumors."',
        {(ZHAO, HUA), (HUA, POMPEO)}, {"cue", "topic"}, id="cue-participle-at-sentence-start",
    ),
]


@pytest.fixture
def every_sign(monkeypatch):
    """Report responses whatever their confidence, so that each kind of evidence can be seen on its own."""
    monkeypatch.setattr("quotetrack.responses.evidence.MIN_CONFIDENCE", 0.0)


@pytest.mark.parametrize(("text", "pairs", "kinds"), STORIES)
def test_response_pairs(text, pairs, kinds, every_sign):
    """Each story gives exactly the expected (source, target) pairs, on the expected kinds of evidence."""
    article = quotetrack.read(text, id="story")
    assert {(r.source, r.target) for r in article.responses} == pairs
    assert {r.evidence for r in article.responses} == kinds


# The same stories without their xfail marks: the field checks hold even where the pairs are wrong.
ALL_STORIES = [pytest.param(*p.values, id=p.id) for p in STORIES]


@pytest.mark.parametrize(("text", "pairs", "kinds"), ALL_STORIES)
def test_response_fields_consistent(text, pairs, kinds):
    """Every response points at its source's statement, an earlier target statement and real evidence text."""
    article = quotetrack.read(text, id="story")
    for r in article.responses:
        statement = article.statements[r.statement]
        assert statement.speaker is not None and statement.speaker.name == r.source
        assert statement.speaker.kind in {"person", "organisation", "group"}
        assert r.source != r.target
        if r.target_statement is not None:
            assert r.target_statement < r.statement
            assert article.statements[r.target_statement].speaker.name == r.target
        span = r.evidence_span
        assert span is not None and text[span.start : span.end] == span.text
        assert r.evidence in {"cue", "pronoun", "act", "organisation", "turn", "mention", "term", "restatement",
                              "contrast", "reaction", "structure", "continuation", "author", "passive", "answer",
                              "topic"}
        assert 0.5 <= r.confidence <= 1
        if r.evidence in {"cue", "structure"}:
            assert r.cue is not None and r.cue.lower() in text[span.start : span.end].lower()
    assert [r.statement for r in article.responses] == sorted(r.statement for r in article.responses)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Secretary of State Mike Pompeo imposed sanctions on Monday. Chinese Foreign Ministry spokesperson "
         "Zhao Lijian hit back at Pompeo on Tuesday, saying the move was illegal.", "rejects"),
        ("Secretary of State Mike Pompeo said the talks had stalled. Chinese Foreign Minister Wang Yi rebuffed "
         "Pompeo, saying Beijing was ready to talk.", "rejects"),
        ("Russian Foreign Minister Sergei Lavrov said NATO was expanding eastward. White House press secretary "
         "Jen Psaki welcomed the remarks by Lavrov, saying dialogue was still possible.", "supports"),
        ("Secretary of State Mike Pompeo announced visa limits on Monday. In response to Pompeo, Chinese Foreign "
         "Ministry spokesperson Zhao Lijian said Beijing would take countermeasures.", "neutral"),
    ],
    ids=["hit-back", "rebuffed", "welcomed", "in-response-to"],
)
def test_stance_from_cue(text, stance):
    """The cue sets the stance: hit back and rebuff reject, welcome supports, in response to is neutral."""
    responses = quotetrack.read(text, id="s").responses
    assert responses
    assert {r.stance for r in responses} == {stance}


def test_no_cue_no_stance():
    """A response on a mention alone has no cue and no stance."""
    text = ('Secretary of State Mike Pompeo said the talks had stalled. "Pompeo keeps spreading rumors," '
            "Chinese Foreign Ministry spokesperson Zhao Lijian said.")
    (response,) = quotetrack.read(text).responses
    assert (response.evidence, response.cue, response.stance) == ("mention", None, None)


def test_group_speaker_gives_no_speaker_edge():
    """Chinese officials answering Pompeo stay at country level: no speaker or country edge appears."""
    text = ('Secretary of State Mike Pompeo said on Monday that the talks had stalled. "Pompeo is lying again," '
            "Chinese officials said. China hit back at Pompeo, saying Washington was stirring up trouble.")
    article = quotetrack.read(text, id="g")
    assert article.responses == ()
    graph = quotetrack.response_graph([article])
    for level in ("speaker", "organisation", "country"):
        assert quotetrack.project(graph, level).number_of_edges() == 0


def test_find_responses_direct_call_matches_read(lexicon, seed_article):
    """Calling find_responses on a read article without extra people still finds the seed's pairs."""
    found = find_responses(seed_article, lexicon)
    assert {(r.source, r.target) for r in found} == {(r.source, r.target) for r in seed_article.responses}


def test_find_responses_empty_article(lexicon):
    """An article without statements has no responses."""
    article = quotetrack.read("The weather was mild in Geneva on Tuesday.", id="e")
    assert find_responses(article, lexicon) == ()


def test_seed_response_pairs(seed_article):
    """The seed gives exactly Hua Chunying, Wang Wenbin and Wang Yi answering Mike Pompeo."""
    assert {(r.source, r.target) for r in seed_article.responses} == {
        ("Hua Chunying", "Mike Pompeo"),
        ("Wang Wenbin", "Mike Pompeo"),
        ("Wang Yi", "Mike Pompeo"),
    }


def test_seed_hua_hit_back_rejects(seed_article):
    """Hua Chunying's tweet answers Pompeo through 'hit back', which rejects."""
    (hua,) = [r for r in seed_article.responses if r.source == "Hua Chunying"]
    assert hua.cue is not None and hua.cue.lower() == "hit back"
    assert hua.stance == "rejects"


def test_seed_countries_never_respond(seed_article):
    """The seed's country speakers (China, Washington) are never the source of a response."""
    names = {s.speaker.name for s in seed_article.statements if s.speaker and s.speaker.kind in {"country", "group"}}
    assert names
    assert not names & {r.source for r in seed_article.responses}
    assert not names & {r.target for r in seed_article.responses}


def test_seed_check_responses(seed_article, seed_expected_path, tmp_path):
    """The shared seed checker accepts the seed's responses."""
    if not SEED_CHECK.exists():
        pytest.skip(f"seed checker missing: {SEED_CHECK}")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(quotetrack.article_record(seed_article), ensure_ascii=False) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(SEED_CHECK), str(seed_expected_path), str(pred), "--part", "responses"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "extra edges 0" in result.stdout


DOC = Path(__file__).resolve().parents[1] / "docs" / "responses.md"


def test_docs_examples_run():
    """docs/responses.md's example of each evidence kind gives what it shows."""
    import doctest

    result = doctest.testfile(str(DOC), module_relative=False, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


# (text, expected (source, target, evidence, stance)); sentences written for these tests
EVIDENCE = [
    pytest.param("Labour leader Anna Webb said the reforms would cut waiting lists. Liberal Democrat spokesman "
                 "Owen Hale dismissed her claims, saying the money was not there.",
                 ("Owen Hale", "Anna Webb", "pronoun", "rejects"), id="pronoun-possessive"),
    pytest.param("Senator Ruth Ellis proposed a ban on stock trading by lawmakers. Senator Dale Price "
                 "backed the ban, saying voters had lost trust.",
                 ("Dale Price", "Ruth Ellis", "author", "supports"), id="author-proposed-ban-backed"),
    pytest.param("Senator Ruth Ellis said the deal would protect jobs. Senator Dale Price cast doubt on "
                 "the deal, saying it had no money behind it.",
                 ("Dale Price", "Ruth Ellis", "act", "questions"), id="act-cast-doubt-on"),
    pytest.param("Senator Ruth Ellis said the governor had misled voters.\n\nGovernor Sam Ortiz denied the "
                 "claim, saying the figures were public.",
                 ("Sam Ortiz", "Ruth Ellis", "author", "rebuts"), id="author-denied-the-claim-she-said"),
    pytest.param("Senator Ruth Ellis said the tax cut was reckless. However, Governor Sam Ortiz said the "
                 "cut would pay for itself.",
                 ("Sam Ortiz", "Ruth Ellis", "contrast", None), id="contrast-however"),
    pytest.param("The Northwind Energy Company said on Monday it would raise prices by a fifth. "
                 "Jane Moor, a consumer advocate, attacked the company, saying households could not pay.",
                 ("Jane Moor", "Northwind Energy Company", "organisation", "rejects"), id="organisation-the-company"),
    pytest.param("Mayor Tom Reid announced a plan to charge drivers entering the city centre. Opponents said "
                 "the charge would hurt small shops.",
                 ("Opponents", "Tom Reid", "reaction", None), id="reaction-opponents"),
]


@pytest.mark.parametrize(("text", "expected"), EVIDENCE)
def test_evidence_kinds(text, expected, every_sign):
    """Each kind of evidence finds its target, with the cue's stance."""
    article = quotetrack.read(text, id="e")
    assert {(r.source, r.target, r.evidence, r.stance) for r in article.responses} == {expected}


@pytest.mark.parametrize("text", [
    pytest.param("Governor Sam Ortiz said the budget was balanced. Asked whether he would run again, Senator "
                 "Ruth Ellis replied that she had not decided.", id="reporter-question"),
    pytest.param("Mayor Tom Reid said the storm had passed. Fire chief Kate Lyle said crews had cleared the "
                 "main roads.", id="same-event-no-address"),
    pytest.param("Chinese Foreign Ministry spokesperson Zhao Lijian said Beijing wanted calm. Critics said "
                 "the statement was empty.", id="reaction-needs-a-proposal"),
])
def test_no_edge(text):
    """No response is drawn for a reporter's question, two voices on one event, or a reaction to no proposal."""
    assert quotetrack.read(text, id="n").responses == ()


def test_min_confidence_filters_graph():
    """response_graph(min_confidence=) keeps only the responses read at least that surely."""
    text = ("Mayor Tom Reid announced a plan to charge drivers entering the city centre. Opponents said "
            "the charge would hurt small shops. Councillor Amy Shaw hit back at Reid, saying the roads were full.")
    article = quotetrack.read(text, id="g")
    assert sorted(r.confidence for r in article.responses) == [0.76, 0.9]  # a reaction to "the charge": 2 signs
    edges = [d for _, _, d in quotetrack.response_graph([article], min_confidence=0.8).edges(data=True)
             if d["kind"] == "responds_to"]
    assert [(d["source_speaker"], d["confidence"]) for d in edges] == [("Amy Shaw", 0.9)]


@pytest.mark.parametrize("text", [
    pytest.param("Mayor Tom Reid announced a plan to close the library. But councillor Ann Pike said the town "
                 "needed it.", id="contrast-alone"),
    pytest.param("Mayor Tom Reid said the old town was too busy. Shop owner Ann Pike rejected the ban on cars "
                 "as unworkable.", id="act-alone"),  # no author named doing it ("announced a ban" is **author**)
])
def test_a_weak_sign_alone_is_not_reported(text):
    """Precision first: a contrast or an act noun on its own stays under MIN_CONFIDENCE."""
    from quotetrack.responses import MIN_CONFIDENCE

    assert all(r.confidence >= MIN_CONFIDENCE for r in quotetrack.read(text).responses)
    assert quotetrack.read(text).responses == ()
