"""The learned combination of response evidence: the features of a pair, the packaged model, the option that picks
it, and the training script (quotetrack/responses/learned.py, scripts/train_responses.py)."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import numpy as np
import pytest

import quotetrack
from quotetrack.lexicon import load_lexicon
from quotetrack.pipeline import response_rows
from quotetrack.responses import find_responses
from quotetrack.responses.learned import FEATURES, KIND_FAMILIES, ResponseModel, load_model

SCRIPT = os.path.join(os.path.dirname(__file__), os.pardir, os.pardir, "scripts", "train_responses.py")
TINY = os.path.join(os.path.dirname(__file__), "tiny_responses.jsonl")

REACTION = ('The transport minister, Clara Obi, announced that rail fares would rise in January. "Passengers will see '
            'better trains," Ms Obi said.\n\nBut the opposition leader, Paul Mensah, said the rise was a disgrace.')


def _features(text: str, source: str, target: str) -> dict[str, float]:
    rows = [row for row in response_rows(text) if row[1] == source and row[2] == target]
    assert rows, f"no pair {source} -> {target}"
    return dict(zip(FEATURES, rows[-1][3]))


def test_features_of_a_placed_reaction() -> None:
    found = _features(REACTION, "Paul Mensah", "Clara Obi")
    assert found["contrast_opener"] == 1.0 and found["spoke"] == 1.0 and found["latest_other"] == 1.0
    assert found["first_speaker"] == 1.0 and found["speaker_spoke"] == 0.0 and found["target_person"] == 1.0
    assert found["evaluation"] == 1.0 and found["kind_contrast"] > 0
    assert all(0.0 <= value <= 1.0 for value in found.values())


@pytest.mark.parametrize("text, source, target, feature, value", [
    ('Ann Lee said the tax would rise. "It is wrong," Tom Hale said.', "Tom Hale", "Ann Lee", "contrast_opener", 0.0),
    ('Ann Lee said the tax would rise. Tom Hale said Ann Lee was wrong.', "Tom Hale", "Ann Lee", "named", 1.0),
    ('Ann Lee said the tax would rise.\n\nBob Dale said it was cold.\n\nTom Hale said it was wrong.', "Tom Hale",
     "Ann Lee", "latest_other", 0.0),
])
def test_one_feature(text: str, source: str, target: str, feature: str, value: float) -> None:
    assert _features(text, source, target)[feature] == value


def test_features_are_named_once() -> None:
    assert len(set(FEATURES)) == len(FEATURES)
    assert {f"kind_{family}" for family in KIND_FAMILIES} <= set(FEATURES)


def test_the_packaged_model_loads() -> None:
    model = load_model()
    assert model.features == FEATURES and len(model.weights) == len(FEATURES)
    assert 0.0 < model.threshold <= 1.0 and 0.0 <= model.margin < 1.0 and model.scale > 0
    assert load_model() is model  # loaded once


def test_probability() -> None:
    model = ResponseModel(features=("a",), weights=(0.0,), bias=0.0, threshold=0.5)
    assert model.probability((1.0,)) == 0.5


def test_the_learned_combination_is_chosen_by_name() -> None:
    article = quotetrack.read(REACTION, id="t", combination="learned")
    assert all(r.source != r.target and 0.0 < r.confidence <= 1.0 for r in article.responses)
    assert all(r.evidence and r.evidence_span is not None for r in article.responses)
    with pytest.raises(ValueError, match="rules"):
        find_responses(article, load_lexicon(), combination="neural")  # type: ignore[arg-type]


def test_the_rules_stay_the_default() -> None:
    assert quotetrack.read(REACTION, id="t").responses == quotetrack.read(REACTION, id="t",
                                                                          combination="rules").responses


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("train_responses", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_training_is_reproducible(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = _script()
    outs = []
    for n in range(2):
        out = tmp_path / f"model{n}.json"
        assert script.main([TINY, "--out", str(out), "--folds", "2", "--rows", str(tmp_path / f"rows{n}.json")]) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]  # byte for byte
    model = json.loads(outs[0])
    assert model["features"] == list(FEATURES) and len(model["weights"]) == len(FEATURES)
    assert model["calibration"]["scale"] > 0 and model["trained_on"].startswith("4 articles by 2 writers")
    printed = capsys.readouterr().out
    assert "threshold  recall  precision" in printed and "cross-validated by writer" in printed
    assert "reliability, cross-validated by writer" in printed


def test_names_compared_as_the_reading_check_does() -> None:
    names = _script().Names()
    assert names.same("Ms Clara Obi", "Clara Obi") and names.same("Obi", "Clara Obi")
    assert not names.same("Clara Obi", "Paul Mensah") and not names.same("she", "Clara Obi")


@pytest.mark.parametrize("text, source, target, feature, value", [
    ('Ann Lee said the tax would rise.\n\nAsked whether he agreed, Tom Hale said it was too early to tell.', "Tom Hale",
     "Ann Lee", "question_put", 1.0),
    ('Ann Lee said the tax would rise.\n\nTom Hale said it was too early to tell.', "Tom Hale", "Ann Lee",
     "question_put", 0.0),
    ('Ann Lee said the tax would rise. Tom Hale said it was wrong. "It hurts families," Hale added.', "Tom Hale",
     "Ann Lee", "speaker_continues", 1.0),
    ('Ann Lee told Al Jazeera the tax would rise. Tom Hale said Al Jazeera had been misled.', "Tom Hale",
     "Al Jazeera", "target_medium", 1.0),
])
def test_the_features_of_decoys(text: str, source: str, target: str, feature: str, value: float) -> None:
    """A question put to the speaker, a speaker going on with their point, a medium that carried words: shapes a
    learned sign took for answers."""
    assert _features(text, source, target)[feature] == value


def test_crowd_counts_the_voices_heard() -> None:
    text = ('Ann Lee said the tax would rise. Bob Dale said it was cold. Cy Moss said he would wait.\n\n'
            'Tom Hale said the tax was wrong.')
    assert _features(text, "Tom Hale", "Ann Lee")["crowd"] == 3 / 8


def test_calibration_is_monotone_and_reproducible() -> None:
    script = _script()
    z = np.array([-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0] * 5)
    y = np.array([0, 0, 0, 1, 0, 1, 1, 1] * 5, dtype=float)
    scale, shift = script.calibrate(z, y)
    assert (scale, shift) == script.calibrate(z, y) and scale > 0
    model = ResponseModel(features=("a",), weights=(1.0,), bias=0.0, threshold=0.5, scale=scale, shift=shift)
    probabilities = [model.probability((v,)) for v in sorted(set(z))]
    assert probabilities == sorted(probabilities)
    assert script.calibrate(-z, y)[0] > 0  # scores running the wrong way still give a monotone calibration


def test_the_reliability_table_bins_probabilities() -> None:
    table = _script().reliability(np.array([0.05, 0.15, 0.85, 0.95, 1.0]), np.array([0.0, 0.0, 1.0, 1.0, 0.0]))
    assert [(low, count) for low, _, count, _, _ in table] == [(0.0, 1), (0.1, 1), (0.8, 1), (0.9, 2)]
    assert table[-1][4] == 0.5


def test_the_packaged_model_is_calibrated() -> None:
    raw = json.loads((Path(quotetrack.__file__).parent / "responses" / "data" / "response_model.json").read_text())
    assert raw["calibration"]["scale"] > 0 and load_model().scale == raw["calibration"]["scale"]


def test_writers_are_told_apart() -> None:
    script = _script()
    assert script.writer_of({"id": "written2/001", "meta": {"kind": "sport"}}) == "written2"
    assert script.writer_of({"id": "tiny/3", "meta": {"writer": "second"}}) == "second"


@pytest.mark.parametrize("last, pairs", [
    ("Tom Hale said the tax was wrong.", [("Tom Hale", "Ann Lee")]),  # the bank named once in passing: out of reach
    ("Tom Hale said the World Bank was wrong.", [("Tom Hale", "Ann Lee"), ("Tom Hale", "World Bank")]),  # named
])
def test_only_parties_within_reach_are_paired(last: str, pairs: list[tuple[str, str]]) -> None:
    text = f"Ann Lee said the tax would rise.\n\nThe figures came from a study by the World Bank.\n\n{last}"
    assert [row[1:3] for row in response_rows(text)] == pairs
