"""Inter-annotator agreement on blame and strategies, and the majority vote behind the labels.

``corpora/incidents/agreement/passes.jsonl`` keeps, for every cause claim (category and
denied categories) and every claim by a vendor or an expert, or with a strategy (strategies):

- ``first``: the first annotation (the author of the incident's documents, after the
  adjudication rules in the guide);
- ``second``: a second annotator's labels, given the sentence, its speaker and role, its
  document and the guide, never the first labels;
- ``third``: where the two differ in anything, a third annotator's labels, blind to both.

The corpus labels are the majority vote of the three: the category two of them chose (the
first when all three differ), and each denied category and strategy at least two of them
gave. ``agreement`` reports how far the first two passes agree, the ceiling a classifier
trained on this corpus can be held to.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from ..records import BLAME_CATEGORIES, STRATEGIES

PASSES = Path("agreement") / "passes.jsonl"


def read_passes(root: Path) -> list[dict]:
    path = Path(root) / PASSES
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def majority(row: dict) -> dict:
    """The merged labels of one claim."""
    votes = [row["first"], row["second"]] + ([row["third"]] if row.get("third") else [])
    out: dict = {}
    if "category" in row["first"]:
        cats = [v["category"] for v in votes]
        top, n = Counter(cats).most_common(1)[0]
        out["category"] = top if n >= 2 else cats[0]
        counts = Counter(x for v in votes for x in set(v["denied"]))
        out["denied"] = sorted(x for x, n in counts.items() if n >= 2 and x != out["category"])
    if "strategies" in row["first"]:
        counts = Counter(x for v in votes for x in set(v["strategies"]))
        out["strategies"] = sorted(x for x, n in counts.items() if n >= 2)
    return out


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _kappa(a: list[str], b: list[str]) -> float:
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def agreement(root: Path) -> dict:
    """First against second pass: category accuracy, Cohen's kappa and macro-F1 (the second
    pass scored as if it were a classifier), per-label F1, and strategy and denied macro-F1."""
    rows = read_passes(root)
    cat = [r for r in rows if "category" in r["first"]]
    a = [r["first"]["category"] for r in cat]
    b = [r["second"]["category"] for r in cat]
    per_cat = {}
    for label in BLAME_CATEGORIES:
        tp = sum(x == label and y == label for x, y in zip(a, b))
        per_cat[label] = round(_f1(tp, sum(y == label and x != label for x, y in zip(a, b)),
                                   sum(x == label and y != label for x, y in zip(a, b))), 3)

    def multilabel(key: str, labels, subset) -> dict:
        out = {}
        for label in labels:
            tp = sum(label in r["first"][key] and label in r["second"][key] for r in subset)
            fp = sum(label not in r["first"][key] and label in r["second"][key] for r in subset)
            fn = sum(label in r["first"][key] and label not in r["second"][key] for r in subset)
            if tp + fn:
                out[label] = round(_f1(tp, fp, fn), 3)
        return out

    strat_rows = [r for r in rows if "strategies" in r["first"]]
    per_strat = multilabel("strategies", STRATEGIES, strat_rows)
    per_denied = multilabel("denied", BLAME_CATEGORIES[:-1], cat)
    mean = lambda d: round(sum(d.values()) / len(d), 3) if d else 0.0  # noqa: E731
    return {
        "cause_claims": len(cat), "strategy_claims": len(strat_rows),
        "third_pass_claims": sum(1 for r in rows if r.get("third")),
        "category": {"accuracy": round(sum(x == y for x, y in zip(a, b)) / len(a), 3),
                     "kappa": round(_kappa(a, b), 3), "macro_f1": mean(per_cat), "per_label_f1": per_cat},
        "strategies": {"macro_f1": mean(per_strat), "per_label_f1": per_strat},
        "denied": {"macro_f1": mean(per_denied)},
    }
