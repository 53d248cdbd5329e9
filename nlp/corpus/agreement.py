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


def agreement(root: Path) -> dict:
    """First against second pass: category accuracy, Cohen's kappa and macro-F1 (the second
    pass scored as if it were a classifier), per-label F1, and strategy and denied macro-F1."""
    from sklearn.metrics import cohen_kappa_score

    from ..metrics import multilabel_prf, prf

    rows = read_passes(root)
    cat = [r for r in rows if "category" in r["first"]]
    a = [r["first"]["category"] for r in cat]
    b = [r["second"]["category"] for r in cat]
    category = prf(a, b, BLAME_CATEGORIES)

    def multilabel(key: str, labels, subset) -> dict:
        first = [r["first"][key] for r in subset]
        present = [label for label in labels if any(label in f for f in first)]  # labels with support
        if not present:
            return {"macro_f1": 0.0}
        return multilabel_prf(first, [r["second"][key] for r in subset], present)

    strat_rows = [r for r in rows if "strategies" in r["first"]]
    strategies = multilabel("strategies", STRATEGIES, strat_rows)
    denied = multilabel("denied", BLAME_CATEGORIES[:-1], cat)
    per_label = lambda d: {k: v["f1"] for k, v in d.items() if isinstance(v, dict)}  # noqa: E731
    return {
        "cause_claims": len(cat), "strategy_claims": len(strat_rows),
        "third_pass_claims": sum(1 for r in rows if r.get("third")),
        "category": {"accuracy": category["accuracy"], "kappa": round(float(cohen_kappa_score(a, b)), 3),
                     "macro_f1": category["macro_f1"], "per_label_f1": per_label(category)},
        "strategies": {"macro_f1": strategies["macro_f1"], "per_label_f1": per_label(strategies)},
        "denied": {"macro_f1": denied["macro_f1"]},
    }
