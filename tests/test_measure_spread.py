"""scripts/measure_spread.py: figures on the whole set, two halves and bootstrap samples, from any scorer."""

from __future__ import annotations

import importlib.util
import json
import os
import textwrap

SCRIPT = os.path.join(os.path.dirname(__file__), os.pardir, "scripts", "measure_spread.py")

# A stand-in for the evaluation's score.py with the same interface: the share of gold quotes predicted.
FAKE_SCORER = textwrap.dedent('''
    import json

    def load(path):
        with open(path) as f:
            return {d["id"]: d for d in map(json.loads, f)}

    def score(gold, pred, types=None):
        hits = sum(len(pred.get(i, {}).get("statements", [])) for i in gold)
        total = sum(len(d["quotes"]) for d in gold.values())
        f = round(hits / total, 4) if total else 0.0
        by_type = {t: {"f1": f} for t in ("direct", "mixed", "indirect")}
        return {"by_type_lenient": by_type, "speaker_name_accuracy": f, "attribution_end_to_end": {"f1": f}}
''')


def _script():
    spec = importlib.util.spec_from_file_location("measure_spread", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_figures_halves_and_intervals(tmp_path):
    scorer = tmp_path / "score.py"
    scorer.write_text(FAKE_SCORER)
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    # Ten articles of two quotes each; the reading finds both in six of them and none in four.
    gold.write_text("".join(json.dumps({"id": f"a{i}", "quotes": [{}, {}]}) + "\n" for i in range(10)))
    pred.write_text("".join(json.dumps({"id": f"a{i}", "statements": [{}, {}] if i < 6 else []}) + "\n"
                            for i in range(10)))
    lines: list[str] = []
    status = _script().main(["--pred", str(pred), "--gold", str(gold), "--scorer", str(scorer),
                             "--resamples", "50"], out=lines.append)
    assert status == 0
    row = next(line for line in lines if line.startswith("| direct F1"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[1] == "0.600"
    low, high = (float(x) for x in cells[2].split("–"))
    assert low < 0.6 < high and float(cells[3]) > 0
    assert (float(cells[4]) + float(cells[5])) / 2 == 0.6  # five articles each: their mean is the whole


def test_a_missing_file_is_a_clear_error(tmp_path):
    lines: list[str] = []
    assert _script().main(["--pred", str(tmp_path / "none.jsonl")], out=lines.append) == 2
    assert "no such file" in lines[0]
