"""Evaluating contradictions on the corpus's annotated pairs, and training the pair scorer.

Protocol (``evaluate``):
1. run the whole pipeline on the corpus documents (claims, blame, incidents, alignment);
2. map gold claims to predicted claims (span overlap, as in ``nlp.evaluation``);
3. the typed comparisons decide every aligned pair;
4. the pair scorer is cross-validated with folds grouped by gold incident: trained on the
   aligned pairs of the training incidents (gold contradictions positive; agreements and
   unannotated aligned pairs negative, the unannotated ones down-weighted), its threshold
   chosen on inner grouped folds of those training incidents, then applied to the held-out
   incidents' undecided pairs;
5. scores over the annotated pairs: a gold contradiction flagged (any kind) is a true
   positive, an annotated agreement flagged a false positive, a gold contradiction not
   flagged (including pairs the pipeline never aligned) a false negative;
6. every flagged pair whose two claims belong to different gold incidents is counted.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold

from . import corpus as corpus_mod
from .blame.embed import shared_embedder
from .contradictions import candidate_pairs, contrary_rebuttals, pointed_rebuttals, scorable, typed_contradiction
from .evaluation import match_claims
from .incidents import group_incidents
from .pair_scorer import PairScorer, estimator, pair_matrix
from .records import CONTRADICTION_KINDS

UNANNOTATED_WEIGHT = 0.3
MIN_PRECISION = 0.8  # a semantic flag must be right far more often than not
FOLDS = 5


def _prepare(root: Path):
    from .run import extract_claims

    gold = corpus_mod.load(root)
    result = extract_claims([root / "docs"])
    claims = result.claims
    incidents = group_incidents(result.documents, claims)
    matched = match_claims(gold.claims, claims)
    pred_of = {(g.doc, g.text): p for g, p in matched if p is not None}
    gold_incident = {}
    for g, p in matched:
        if p is not None:
            gold_incident.setdefault(p.id, g.incident)
    index = {c.id: i for i, c in enumerate(claims)}
    embedder = shared_embedder()
    vectors = embedder.encode([c.text for c in claims])
    denied_texts = [(c.features or {}).get("denied") or "" for c in claims]
    denied_vectors = embedder.encode([t or " " for t in denied_texts])
    has_denied = np.array([bool(t.strip()) for t in denied_texts])
    cands = candidate_pairs(claims, vectors)

    def as_pair(p):
        a, b = pred_of.get(p.a), pred_of.get(p.b)
        if a is None or b is None or a.id == b.id:
            return None
        i, j = index[a.id], index[b.id]
        return (min(i, j), max(i, j))

    positives = {}
    for p in gold.contradictions:
        pair = as_pair(p)
        positives[id(p)] = pair
    agreements = {id(p): as_pair(p) for p in gold.agreements}
    return gold, claims, incidents, vectors, denied_vectors, has_denied, cands, positives, agreements, gold_incident


def _typed(claims, vectors, denied_vectors, has_denied, pairs):
    out = {}
    pointed = pointed_rebuttals(claims)
    contrary = contrary_rebuttals(claims, vectors, pairs)
    for i, j in pairs:
        sim = float(vectors[i] @ vectors[j])
        d_ab = float(denied_vectors[i] @ vectors[j]) if has_denied[i] else sim
        d_ba = float(denied_vectors[j] @ vectors[i]) if has_denied[j] else sim
        out[(i, j)] = typed_contradiction(claims[i], claims[j], sim, d_ab, d_ba, (i, j) in pointed, (i, j) in contrary)
    return out


def _fit(X, y, w):
    return estimator().fit(X, y, sample_weight=w)


def _labels(pairs, pos_pairs, neg_pairs):
    y = np.array([p in pos_pairs for p in pairs])
    w = np.array([1.0 if (p in pos_pairs or p in neg_pairs) else UNANNOTATED_WEIGHT for p in pairs])
    return y, w


def _threshold(X, y, w, groups, annotated) -> float:
    """Threshold from inner grouped folds with the best F1 among those whose estimated
    precision reaches ``MIN_PRECISION``, counting a flagged agreement as a false positive and
    a flagged unannotated pair as ``UNANNOTATED_WEIGHT`` of one (most aligned pairs nobody
    annotated are not contradictions); 0.99 when no threshold is that precise."""
    oof = np.zeros(len(y))
    folds = min(4, len(set(groups)))
    if folds < 2 or y.sum() == 0:
        return 0.5
    for tr, te in GroupKFold(n_splits=folds).split(X, y, groups):
        if y[tr].sum() == 0:
            continue
        oof[te] = _fit(X[tr], y[tr], w[tr]).predict_proba(X[te])[:, 1]
    best, best_f1 = 0.99, -1.0
    for t in np.linspace(0.3, 0.99, 70):
        pred = oof >= t
        tp = float((pred & y).sum())
        fp = float((pred & ~y & annotated).sum()) + UNANNOTATED_WEIGHT * float((pred & ~annotated).sum())
        fn = float((~pred & y).sum())
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if tp / max(tp + fp, 1e-9) >= MIN_PRECISION and f1 > best_f1:
            best, best_f1 = float(t), f1
    return best


def _scorer_data(prepared):
    """The pair scorer's examples: aligned pairs no typed rule decides, with labels, weights,
    gold-incident groups and which pairs were annotated."""
    (gold, claims, incidents, vectors, denied_vectors, has_denied, cands, positives, agreements,
     gold_incident) = prepared
    typed = _typed(claims, vectors, denied_vectors, has_denied, cands)
    undecided = [p for p in cands if typed[p] is None and scorable(claims[p[0]], claims[p[1]])]
    pos_pairs = {p for p in positives.values() if p}
    neg_pairs = {p for p in agreements.values() if p}
    X = pair_matrix(claims, vectors, denied_vectors, has_denied, undecided)
    y, w = _labels(undecided, pos_pairs, neg_pairs)
    groups = np.array([gold_incident.get(claims[i].id, claims[i].incident or "") for i, _ in undecided])
    annotated = np.array([p in pos_pairs or p in neg_pairs for p in undecided])
    return typed, undecided, pos_pairs, neg_pairs, X, y, w, groups, annotated


def evaluate(root: str | Path, prepared=None) -> dict:
    root = Path(root)
    prepared = prepared or _prepare(root)
    (gold, claims, incidents, vectors, denied_vectors, has_denied, cands, positives, agreements,
     gold_incident) = prepared
    typed, undecided, pos_pairs, neg_pairs, X, y, w, groups, annotated = _scorer_data(prepared)
    semantic = {}
    thresholds = []
    for tr, te in GroupKFold(n_splits=FOLDS).split(X, y, groups):
        if y[tr].sum() == 0:
            continue
        t = _threshold(X[tr], y[tr], w[tr], groups[tr], annotated[tr])
        thresholds.append(t)
        probs = _fit(X[tr], y[tr], w[tr]).predict_proba(X[te])[:, 1]
        for k, p in zip(te, probs):
            if p >= t:
                semantic[undecided[k]] = float(p)
    flagged = {p: typed[p][0] for p in cands if typed[p]}
    flagged.update({p: "semantic" for p in semantic})
    # scores over annotated pairs
    tp = fn = fp = 0
    by_kind_recall = defaultdict(lambda: [0, 0])
    by_kind_precision = defaultdict(lambda: [0, 0])
    unaligned = 0
    aligned = set(cands)
    for p in gold.contradictions:
        pair = positives[id(p)]
        hit = pair in flagged if pair else False
        if pair is None or pair not in aligned:
            unaligned += 1
        tp += hit
        fn += not hit
        by_kind_recall[p.kind][0] += hit
        by_kind_recall[p.kind][1] += 1
        if hit:
            by_kind_precision[flagged[pair]][0] += 1
            by_kind_precision[flagged[pair]][1] += 1
    for p in gold.agreements:
        pair = agreements[id(p)]
        if pair and pair in flagged:
            fp += 1
            by_kind_precision[flagged[pair]][1] += 1
    cross = sum(1 for (i, j) in flagged
                if claims[i].id in gold_incident and claims[j].id in gold_incident
                and gold_incident[claims[i].id] != gold_incident[claims[j].id])
    annotated_set = pos_pairs | neg_pairs
    report = {
        "annotated_contradictions": len(gold.contradictions), "annotated_agreements": len(gold.agreements),
        "precision": round(tp / (tp + fp), 3) if tp + fp else 0.0,
        "recall": round(tp / (tp + fn), 3) if tp + fn else 0.0,
        "true_positives": tp, "false_positives": fp, "false_negatives": fn,
        "gold_pairs_not_aligned": unaligned,
        "recall_by_gold_kind": {k: {"recall": round(v[0] / v[1], 3), "n": v[1]} for k, v in sorted(by_kind_recall.items())},
        "precision_by_predicted_kind": {k: {"precision": round(v[0] / v[1], 3) if v[1] else 0.0, "flagged_annotated": v[1]}
                                        for k, v in sorted(by_kind_precision.items())},
        "cross_incident_flags": cross,
        "flagged_pairs": len(flagged),
        "flagged_unannotated_pairs": sum(1 for p in flagged if p not in annotated_set),
        "flagged_by_kind": dict(Counter(flagged.values())),
        "aligned_pairs": len(cands), "predicted_incidents": len(incidents),
        "semantic_thresholds_per_fold": [round(t, 3) for t in thresholds],
        "incident_purity": _purity(claims, gold_incident),
    }
    return report


def _purity(claims, gold_incident) -> dict:
    """How cleanly predicted incidents separate gold incidents (over matched claims)."""
    by_pred = defaultdict(Counter)
    for c in claims:
        if c.id in gold_incident and c.incident:
            by_pred[c.incident][gold_incident[c.id]] += 1
    total = sum(sum(v.values()) for v in by_pred.values())
    pure = sum(v.most_common(1)[0][1] for v in by_pred.values())
    return {"purity": round(pure / total, 3) if total else 0.0, "predicted_incidents": len(by_pred)}


def train(root: str | Path, out_dir: Path | None = None) -> dict:
    """Cross-validate (``evaluate``), then fit the scorer on every aligned undecided pair with
    the threshold chosen on grouped folds of the whole corpus; save it."""
    from .pair_scorer import DEFAULT_DIR, save

    root = Path(root)
    prepared = _prepare(root)
    report = evaluate(root, prepared)
    gold = prepared[0]
    *_, X, y, w, groups, annotated = _scorer_data(prepared)
    threshold = _threshold(X, y, w, groups, annotated)
    scorer = PairScorer(_fit(X, y, w), threshold)
    save(scorer, out_dir or DEFAULT_DIR, {"corpus": {"path": str(root), "sha256": gold.fingerprint()},
                                          "training_pairs": int(len(y)), "positives": int(y.sum()),
                                          "evaluation": report})
    report["threshold"] = threshold
    return report


__all__ = ["evaluate", "train", "CONTRADICTION_KINDS"]
