"""A seeded random sample of the response edges an extraction found, printed with their text, for judging by hand
where there is no gold (docs/responses.md, "Precision on political news").

    python scripts/sample_responses.py --texts ../shared/eval/dev.jsonl --pred pred.jsonl [--seed 1] [--n 60]

``--texts`` holds the articles (``id``, ``text`` a line); ``--pred`` is ``quotetrack extract --format jsonl``
output for them. Each edge is printed with its source, target, evidence kind, cue, confidence and supporting
kinds, the responding statement with the text before it, and the target statement when there is one.
"""

from __future__ import annotations

import argparse
import json
import random
from typing import Any


def edges(pred: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Every (record, response) pair of a jsonl extraction, in file order."""
    found = []
    with open(pred, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            found += [(record, response) for response in record.get("responses") or ()]
    return found


def span(statement: dict[str, Any]) -> tuple[int, int]:
    """A statement's words with its attribution (speaker mention and cue)."""
    starts = [statement["start"]] + [statement[k] for k in ("mention_start", "cue_start") if statement.get(k)]
    ends = [statement["end"]] + [statement[k] for k in ("mention_end", "cue_end") if statement.get(k)]
    return min(starts), max(ends)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", required=True)
    parser.add_argument("--pred", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--n", type=int, default=60)
    args = parser.parse_args()
    with open(args.texts, encoding="utf-8") as lines:
        texts = {(row := json.loads(line))["id"]: row["text"] for line in lines}
    found = edges(args.pred)
    for k, i in enumerate(random.Random(args.seed).sample(range(len(found)), min(args.n, len(found)))):
        record, r = found[i]
        text, statements = texts[record["id"]], record["statements"]
        start, end = span(statements[r["statement"]])
        print(f"=== #{k} edge{i} {record['id']}\n{r['source']} -> {r['target']} [{r['evidence']}] cue={r['cue']!r} "
              f"conf={r['confidence']} sup={r['supporting']}")
        print(f"  before: {text[max(0, start - 250):start]!r}\n  said:   {text[start:end]!r}")
        if r["target_statement"] is not None:
            target = statements[r["target_statement"]]
            t_start, t_end = span(target)
            print(f"  target [{target['speaker']['name']}]: {text[t_start:t_end]!r}")


if __name__ == "__main__":
    main()
