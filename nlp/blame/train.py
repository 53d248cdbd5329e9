"""Training and evaluation of the blame, strategy and aspect classifiers on an annotated
corpus, with cross-validation grouped by incident (no incident in both train and test).

    data = corpus_data(corpus.load("corpora/incidents"), pipeline)
    report = cross_validate(data)          # shipped model vs TF-IDF baseline vs rules alone
    models = fit_models(data.X, data.items, ...)  # on everything, for shipping
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import Pipeline

from .. import corpus as corpus_mod
from ..claims import ASPECT_CUES, has_negation, hedge_cues
from ..metrics import multilabel_prf, prf
from ..records import ASPECTS, BLAME_CATEGORIES, STRATEGIES
from .embed import shared_embedder
from .features import claim_features
from .lexicon import own_strategies, rule_category, rule_strategies
from .finetune import fit_encoder
from .model import (SEED, ClaimInput, MultiLabel, WordNgrams, best_threshold, category_estimator, design_matrix,
                    decide_category, linear_estimator, mean_proba, with_ngrams)

FOLDS = 5


@dataclass
class CorpusData:
    items: list[ClaimInput]
    X: np.ndarray
    aspects: list[list[str]]
    strategies: list[list[str]]
    categories: list[str | None]
    denied: list[list[str]]
    groups: np.ndarray
    fingerprint: str


def claim_inputs(pipeline, texts: list[str], roles: list[str]) -> list[ClaimInput]:
    """Run the spaCy stages over each claim sentence on its own and collect its features."""
    items = []
    for doc, role in zip(pipeline.pipe(texts, batch_size=64), roles):
        f = claim_features(doc[:])
        items.append(ClaimInput(text=doc.text, affirmed=f["affirmed"], denied=f["denied"], role=role,
                                hedged=bool(hedge_cues(doc.text)), negated=has_negation(doc[:]),
                                passive_cause=f["passive_cause"]))
    return items


def corpus_data(gold: corpus_mod.Corpus, pipeline, embedder=None) -> CorpusData:
    embedder = embedder or shared_embedder()
    claims = gold.claims
    items = claim_inputs(pipeline, [c.text for c in claims], [c.role for c in claims])
    X = design_matrix(items, embedder)
    groups = np.array([c.doc.split("/")[1] if c.doc.startswith("docs/") else c.incident for c in claims])
    return CorpusData(
        items=items, X=X,
        aspects=[c.aspects for c in claims],
        strategies=[c.strategies for c in claims],
        categories=[(c.blame or {}).get("category") if "cause" in c.aspects and c.blame else None for c in claims],
        denied=[list((c.blame or {}).get("denied", [])) for c in claims],
        groups=groups, fingerprint=gold.fingerprint(),
    )


# ---------------------------------------------------------------- metrics

def confusion(gold: list[str], pred: list[str], labels) -> dict:
    table = {g: {p: 0 for p in labels} for g in labels}
    for g, p in zip(gold, pred):
        table[g][p] += 1
    return table


def reliability(confidences: list[float], correct: list[bool], bins: int = 5) -> list[dict]:
    """Predicted confidence bins against observed accuracy."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    rows = []
    conf = np.asarray(confidences)
    ok = np.asarray(correct, dtype=float)
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf >= lo) & (conf < hi if hi < 1 else conf <= hi)
        if m.sum():
            rows.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": int(m.sum()),
                         "mean_confidence": round(float(conf[m].mean()), 3),
                         "accuracy": round(float(ok[m].mean()), 3)})
    ece = sum(r["n"] * abs(r["mean_confidence"] - r["accuracy"]) for r in rows) / max(1, len(conf))
    return rows + [{"expected_calibration_error": round(float(ece), 3)}]


# ---------------------------------------------------------------- cross-validation

def fold_matrix(data: CorpusData, train: np.ndarray):
    """Every claim's features with word n-grams fitted on the training claims only."""
    ngrams = WordNgrams().fit([data.items[i] for i in train])
    return with_ngrams(data.X, data.items, ngrams)


def cross_validate(data: CorpusData, baselines: bool = True, tune_encoder: bool = True) -> dict:
    """Grouped cross-validation of the shipped decision path; with ``tune_encoder`` the
    category is the mean of the linear classifier and an encoder tuned on each training fold."""
    folds = list(GroupKFold(n_splits=FOLDS).split(data.X, groups=data.groups))
    n = len(data.items)
    cat_idx = np.array([i for i, c in enumerate(data.categories) if c is not None])
    pred_cat: dict[int, str] = {}
    conf_cat: dict[int, float] = {}
    pred_denied: dict[int, list[str]] = {}
    pred_strat: list[list[str]] = [[] for _ in range(n)]
    pred_asp: list[list[str]] = [[] for _ in range(n)]
    for tr, te in folds:
        tr_c = np.intersect1d(tr, cat_idx)
        te_c = np.intersect1d(te, cat_idx)
        F = fold_matrix(data, tr)
        est = category_estimator().fit(F[tr_c], np.array([data.categories[i] for i in tr_c]))
        tuned = None
        if tune_encoder:
            encoder = fit_encoder([data.items[i].text for i in tr_c], [data.categories[i] for i in tr_c])
            tuned = encoder.predict_proba([data.items[i].text for i in te_c])
        probs = mean_proba(est.predict_proba(F[te_c]), est.classes_, tuned, encoder.classes if tune_encoder else None)
        for i, row in zip(te_c, probs):
            pred_cat[i], conf_cat[i], pred_denied[i] = decide_category(row, est.classes_, data.items[i].denied)
        ml = MultiLabel(STRATEGIES).fit(F[tr], [data.strategies[i] for i in tr], data.groups[tr])
        for i, labels in zip(te, ml.predict(F[te])):
            pred_strat[i] = own_strategies(labels, data.items[i].role)
        ml = MultiLabel(ASPECTS).fit(F[tr], [data.aspects[i] for i in tr], data.groups[tr])
        for i, labels in zip(te, ml.predict(F[te])):
            pred_asp[i] = labels
    gold_cat = [data.categories[i] for i in cat_idx]
    model_cat = [pred_cat[i] for i in cat_idx]
    denied_pred = [pred_denied[i] for i in cat_idx]
    report = {
        "folds": FOLDS, "grouped_by": "incident", "claims": n, "cause_claims": len(cat_idx),
        "incidents": len(set(data.groups)),
        "model": {
            "category": prf(gold_cat, model_cat, BLAME_CATEGORIES),
            "category_confusion": confusion(gold_cat, model_cat, BLAME_CATEGORIES),
            "category_reliability": reliability([conf_cat[i] for i in cat_idx], [g == p for g, p in zip(gold_cat, model_cat)]),
            "denied": multilabel_prf([data.denied[i] for i in cat_idx], denied_pred, BLAME_CATEGORIES[:-1]),
            "strategies": multilabel_prf(data.strategies, pred_strat, STRATEGIES),
            "aspects": multilabel_prf(data.aspects, pred_asp, ASPECTS),
        },
    }
    if baselines:
        report["tfidf_logreg"] = _tfidf_baseline(data, folds, cat_idx)
        report["rules"] = {
            "category": prf(gold_cat, [rule_category(data.items[i].affirmed or data.items[i].text, data.items[i].denied) for i in cat_idx], BLAME_CATEGORIES),
            "strategies": multilabel_prf(data.strategies, [rule_strategies(it.text, it.role) for it in data.items], STRATEGIES),
            "aspects": multilabel_prf(data.aspects, [[a for a, p in ASPECT_CUES.items() if p.search(it.text)] for it in data.items], ASPECTS),
        }
    return report


CURVE_FRACTIONS = (0.4, 0.6, 0.8, 1.0)


def learning_curve(data: CorpusData, repeats: int = 2) -> list[dict]:
    """Category macro-F1 on the same grouped folds when each training fold keeps only a
    fraction of its incidents (random, seeded; averaged over ``repeats`` draws). The slope
    says how much more annotated data would buy. It fits the uncalibrated logistic
    regression (small fractions leave some labels too few claims for calibration folds)
    and leaves out the tuned encoder (eight more fine-tunes), so it traces the linear
    classifier alone and its last point sits below the shipped model's score."""
    folds = list(GroupKFold(n_splits=FOLDS).split(data.X, groups=data.groups))
    cat_idx = np.array([i for i, c in enumerate(data.categories) if c is not None])
    gold = [data.categories[i] for i in cat_idx]
    rng = np.random.RandomState(SEED)
    rows = []
    for frac in CURVE_FRACTIONS:
        scores = []
        for _ in range(repeats if frac < 1.0 else 1):
            pred: dict[int, str] = {}
            for tr, te in folds:
                incidents = sorted(set(data.groups[tr]))
                keep = set(rng.choice(incidents, max(2, round(len(incidents) * frac)), replace=False))
                kept = np.array([i for i in tr if data.groups[i] in keep])
                tr_c = np.intersect1d(kept, cat_idx)
                te_c = np.intersect1d(te, cat_idx)
                F = fold_matrix(data, kept)
                est = linear_estimator().fit(F[tr_c], np.array([data.categories[i] for i in tr_c]))
                pred.update(zip(te_c.tolist(), est.predict(F[te_c])))
            scores.append(prf(gold, [pred[i] for i in cat_idx], BLAME_CATEGORIES)["macro_f1"])
        rows.append({"fraction": frac, "incidents_per_fold": round((FOLDS - 1) / FOLDS * len(set(data.groups)) * frac),
                     "category_macro_f1": round(float(np.mean(scores)), 3)})
    return rows


def _tfidf() -> Pipeline:
    return Pipeline([("tfidf", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)),
                     ("clf", LogisticRegression(C=5.0, max_iter=3000, class_weight="balanced", random_state=SEED))])


def _tfidf_baseline(data: CorpusData, folds, cat_idx) -> dict:
    texts = np.array([it.text for it in data.items], dtype=object)
    pred_cat: dict[int, str] = {}
    pred_strat: list[list[str]] = [[] for _ in texts]
    pred_asp: list[list[str]] = [[] for _ in texts]
    for tr, te in folds:
        tr_c, te_c = np.intersect1d(tr, cat_idx), np.intersect1d(te, cat_idx)
        est = _tfidf().fit(texts[tr_c], [data.categories[i] for i in tr_c])
        for i, p in zip(te_c, est.predict(texts[te_c])):
            pred_cat[i] = p
        for labels, target in ((STRATEGIES, pred_strat), (ASPECTS, pred_asp)):
            gold = data.strategies if labels is STRATEGIES else data.aspects
            for label in labels:
                y = np.array([label in gold[i] for i in tr])
                if y.sum() == 0:
                    continue
                scores = _tfidf().fit(texts[tr], y).predict_proba(texts[te])[:, 1]
                for i, s in zip(te, scores):
                    if s >= 0.5:
                        target[i].append(label)
    return {
        "category": prf([data.categories[i] for i in cat_idx], [pred_cat[i] for i in cat_idx], BLAME_CATEGORIES),
        "strategies": multilabel_prf(data.strategies, pred_strat, STRATEGIES),
        "aspects": multilabel_prf(data.aspects, pred_asp, ASPECTS),
    }


def label_counts(data: CorpusData) -> dict:
    return {
        "category": dict(Counter(c for c in data.categories if c)),
        "strategies": dict(Counter(s for row in data.strategies for s in row)),
        "aspects": dict(Counter(a for row in data.aspects for a in row)),
    }


__all__ = ["CorpusData", "corpus_data", "cross_validate", "learning_curve", "best_threshold", "label_counts"]
