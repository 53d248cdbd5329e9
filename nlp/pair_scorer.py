"""The learned pair scorer for ``semantic`` contradictions: scikit-learn logistic regression
over embedding similarity and linguistic features of two claims. No entailment model is
installable here; this scorer catches what the typed comparisons miss, and its threshold is
chosen on held-out incidents (``nlp.contradiction_eval``).

Saved as ``models/pairs/<version>/model.skops`` + ``meta.json`` (sha256-checked on load, like
the blame model).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from .blame.artefacts import library_versions, load_checked, sha256
from .contradictions import DENIAL, any_negation, size_polarity
from .errors import ModelError
from .records import ASPECTS, ROLES, Claim

NAME = "counterclaim-pairs"
FORMAT = 1
VERSION = "1.0"
DEFAULT_DIR = Path(__file__).resolve().parents[1] / "models" / "pairs" / VERSION


RATIO_CAP = float(np.log(3))


def pair_features(a: Claim, b: Claim, va: np.ndarray, vb: np.ndarray, da: np.ndarray | None,
                  db: np.ndarray | None) -> list[float]:
    sim = float(va @ vb)
    d_ab = float(da @ vb) if da is not None else 0.0
    d_ba = float(db @ va) if db is not None else 0.0
    na, nb = any_negation(a), any_negation(b)
    row = [sim, max(d_ab, d_ba), float(na != nb), float(na and nb),
           float(a.hedged or b.hedged), float(bool(DENIAL.search(a.text)) != bool(DENIAL.search(b.text))),
           float(size_polarity(a) * size_polarity(b))]
    row += [float(x in a.aspects and x in b.aspects) for x in ASPECTS]
    ca = a.blame.category if a.blame else None
    cb = b.blame.category if b.blame else None
    row += [float(ca is not None and cb is not None and ca != cb), float(ca is not None and ca == cb),
            float(bool(a.blame and b.blame and (cb in a.blame.denied or ca in b.blame.denied)))]
    # figure ratios are capped: the typed numeric rules judge the figures themselves (bounds,
    # tolerance, one customer's own experience), and an uncapped log ratio let any two far-apart
    # durations ("nine days", "over an hour in the phone queue") outvote everything else
    if a.slots.duration_minutes and b.slots.duration_minutes:
        row.append(min(RATIO_CAP, abs(np.log(a.slots.duration_minutes / b.slots.duration_minutes))))
    else:
        row.append(0.0)
    if a.slots.count and b.slots.count and a.slots.count_noun == b.slots.count_noun:
        row.append(min(RATIO_CAP, abs(np.log(a.slots.count / b.slots.count))))
    else:
        row.append(0.0)
    roles = {a.speaker_role, b.speaker_role}
    row += [float("vendor" in roles and len(roles) == 2), float(len(roles) == 1), float(a.speaker == b.speaker)]
    row += [float(r in roles) for r in ROLES]
    return row


def pair_matrix(claims: list[Claim], vectors, denied_vectors, has_denied, pairs) -> np.ndarray:
    rows = []
    for i, j in pairs:
        rows.append(pair_features(claims[i], claims[j], vectors[i], vectors[j],
                                  denied_vectors[i] if has_denied[i] else None,
                                  denied_vectors[j] if has_denied[j] else None))
    return np.asarray(rows, dtype=np.float32).reshape(len(pairs), -1)


def estimator() -> LogisticRegression:
    return LogisticRegression(C=0.5, max_iter=4000, class_weight="balanced", random_state=13)


@dataclass
class PairScorer:
    model: LogisticRegression
    threshold: float

    def score(self, claims, vectors, denied_vectors, has_denied, pairs) -> np.ndarray:
        if not pairs:
            return np.zeros(0)
        return self.model.predict_proba(pair_matrix(claims, vectors, denied_vectors, has_denied, pairs))[:, 1]


def save(scorer: PairScorer, folder: Path, meta: dict) -> None:
    import skops.io as sio

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "model.skops"
    sio.dump(scorer.model, path)
    full = {"name": NAME, "format": FORMAT, "version": VERSION, "created": time.strftime("%Y-%m-%d"),
            "sha256": sha256(path), "threshold": scorer.threshold, "libraries": library_versions(), **meta}
    (folder / "meta.json").write_text(json.dumps(full, indent=2) + "\n")
    (folder / "README.md").write_text(model_card(full))


def model_card(meta: dict) -> str:
    """The pair scorer's model card, from its ``meta.json``."""
    ev = meta.get("evaluation") or {}
    libs = ", ".join(f"{k} {v}" for k, v in (meta.get("libraries") or {}).items())
    rows = [f"| {kind} | {v['recall']:.3f} | {v['n']} |" for kind, v in (ev.get("recall_by_gold_kind") or {}).items()]
    prec = [f"| {kind} | {v['precision']:.3f} | {v['flagged_annotated']} |"
            for kind, v in (ev.get("precision_by_predicted_kind") or {}).items()]
    corpus = meta.get("corpus") or {}
    return f"""# Counterclaim pair scorer {meta.get('version')}

Scores aligned claim pairs (same incident, comparable voices) that no typed rule decides,
for the `semantic` contradiction kind. Logistic regression over embedding similarity
(all-MiniLM-L6-v2), similarity of one claim's denied part to the other claim, negation,
hedges, denial cues, size polarity, shared aspects, blame categories and denials, duration
and count ratios, and the two voices' roles (`nlp/pair_scorer.py`).

- **Training data**: `{corpus.get('path')}` (sha256 `{corpus.get('sha256')}`): {meta.get('training_pairs')} aligned
  undecided pairs, {meta.get('positives')} of them annotated contradictions; annotated agreements and
  unannotated aligned pairs are negatives (unannotated ones down-weighted).
- **Threshold**: {meta.get('threshold')}: the best F1 on grouped inner folds among thresholds whose estimated
  precision reaches 0.8, counting flagged unannotated pairs as partly false (0.99, which
  flags almost nothing, when no threshold is that precise).
- **Artefact**: `model.skops` (sha256 `{meta.get('sha256')}`), loaded only after its hash and types are checked.
- **Libraries**: {libs}.
- **Rebuild**: `counterclaim train`; evaluate with `counterclaim evaluate-contradictions`.

## Evaluation (typed rules + this scorer, 5 folds grouped by gold incident)

On the corpus's {ev.get('annotated_contradictions')} annotated contradiction pairs and {ev.get('annotated_agreements')} agreement pairs:
precision **{ev.get('precision')}**, recall **{ev.get('recall')}**; pairs flagged across different gold
incidents: **{ev.get('cross_incident_flags')}**; gold pairs never aligned: {ev.get('gold_pairs_not_aligned')}.

| gold kind | recall | pairs |
| --- | --- | --- |
{chr(10).join(rows)}

| predicted kind | precision | annotated pairs flagged |
| --- | --- | --- |
{chr(10).join(prec)}

## Limitations

Trained on a small corpus written by the team; with so few positives the scorer rarely
clears its precision floor, so most contradictions come from the typed rules.
"""


def load(folder: Path = DEFAULT_DIR) -> PairScorer:
    meta_path, path = folder / "meta.json", folder / "model.skops"
    if not meta_path.is_file() or not path.is_file():
        raise ModelError("no trained pair scorer here; run 'counterclaim train-pairs'", folder)
    meta = json.loads(meta_path.read_text())
    if meta.get("name") != NAME or meta.get("format") != FORMAT:
        raise ModelError(f"not a Counterclaim pair scorer of format {FORMAT}", meta_path)
    return PairScorer(load_checked(path, meta.get("sha256")), float(meta["threshold"]))
