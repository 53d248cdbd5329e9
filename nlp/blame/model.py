"""The trained classifiers: blame category, response strategies (multi-label) and claim
aspects (multi-label), as scikit-learn pipelines over one design matrix:

    [MiniLM embedding of the claim | MiniLM embedding of what it affirms |
     category cues in the affirmed part | category cues in the denied part |
     strategy cues | speaker role | hedged, negated, has a denied part, passive cause |
     the rules' category (the guide's precedence over the affirmed cues, one-hot) |
     strategy cues when the speaker is the vendor]

The last two blocks give the linear models what they cannot form themselves: the guide's
"first cause in precedence order wins" and "strategies are the speaker's own moves" (a
vendor saying "brief" minimises; a reporter saying it describes). On grouped folds they
raised category macro-F1 by about 0.02 and scapegoat/excuse F1 by about 0.03-0.06.

Beside that dense matrix sit TF-IDF word uni- and bigrams of the claim and of its affirmed
part (``WordNgrams``, fitted on the training claims only, weighted ``WORD_WEIGHT``): the
exact words a sentence embedding blurs ("contractor", "typo", "credits", "sorry"). On
grouped folds over 51 incidents they raised category macro-F1 from 0.60 to 0.63 and
strategies from 0.63 to 0.69; trained on 35 incidents and tested on 16 written later, from
0.50 to 0.51 and from 0.54 to 0.61. Weights 1, 3, 5 and 8 gave category 0.61, 0.64, 0.65
and 0.62 in one fold layout; 3 is shipped. Each vectorizer keeps its ``MAX_NGRAMS`` most
frequent n-grams (all of them, about 10,000 each, scored the same within 0.01 and made a
21 MB artefact instead of 5 MB).

- category: ``CalibratedClassifierCV(LogisticRegression)`` with temperature scaling (on
  grouped folds it gave an expected calibration error of 0.03, sigmoid 0.17), its
  probabilities averaged with those of the tuned encoder (``nlp.blame.finetune``,
  ``mean_proba``); the mean probability of the chosen label is the confidence;
- strategies and aspects: one ``LogisticRegression`` per label, each with a decision
  threshold chosen on inner grouped folds of its training data.

The embeddings are unit vectors and the cue counts small integers, so no scaling step is
used: on grouped folds, standardising every column cost about 0.08 macro-F1 (the scaler
inflates the hundreds of weak embedding dimensions to the level of the cue counts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import scipy.sparse as sp
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from ..records import ASPECTS, BLAME_CATEGORIES, ROLES, STRATEGIES
from .lexicon import CATEGORY_CUES, STRATEGY_CUES, category_by_precedence, cue_counts, rule_denied

SEED = 13

if TYPE_CHECKING:
    from .finetune import TunedEncoder


@dataclass
class ClaimInput:
    """What the classifiers see of one claim."""

    text: str
    affirmed: str
    denied: str
    role: str
    hedged: bool = False
    negated: bool = False
    passive_cause: bool = False


def lexical_block(items: list[ClaimInput]) -> np.ndarray:
    rows = []
    for it in items:
        aff = cue_counts(it.affirmed or it.text, CATEGORY_CUES)
        den = cue_counts(it.denied, CATEGORY_CUES)
        strat = cue_counts(it.text, STRATEGY_CUES)
        row = [min(aff[c], 3) for c in BLAME_CATEGORIES] + [min(den[c], 3) for c in BLAME_CATEGORIES]
        row += [min(strat[s], 3) for s in STRATEGIES]
        row += [1.0 if it.role == r else 0.0 for r in ROLES]
        row += [float(it.hedged), float(it.negated), float(bool(it.denied.strip())), float(it.passive_cause)]
        ruled = category_by_precedence(aff)
        row += [1.0 if ruled == c else 0.0 for c in BLAME_CATEGORIES]
        vendor = 1.0 if it.role == "vendor" else 0.0
        row += [vendor * min(strat[s], 2) for s in STRATEGIES]
        rows.append(row)
    return np.asarray(rows, dtype=np.float32)


def design_matrix(items: list[ClaimInput], embedder) -> np.ndarray:
    texts = [it.text for it in items]
    affirmed = [it.affirmed if it.affirmed.strip() else it.text for it in items]
    full = embedder.encode(texts)
    aff = embedder.encode(affirmed)
    return np.hstack([full, aff, lexical_block(items)]).astype(np.float32)


WORD_WEIGHT = 3.0
MAX_NGRAMS = 6000  # per vectorizer, the most frequent: keeps the artefact small


def _word_vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=MAX_NGRAMS, sublinear_tf=True)


@dataclass
class WordNgrams:
    """TF-IDF word uni- and bigrams of the claim and of its affirmed part."""

    full: TfidfVectorizer | None = None
    affirmed: TfidfVectorizer | None = None

    def fit(self, items: list[ClaimInput]) -> "WordNgrams":
        self.full = _word_vectorizer().fit([it.text for it in items])
        self.affirmed = _word_vectorizer().fit([it.affirmed or it.text for it in items])
        return self

    def transform(self, items: list[ClaimInput]) -> sp.csr_matrix:
        blocks = [self.full.transform([it.text for it in items]),
                  self.affirmed.transform([it.affirmed or it.text for it in items])]
        return (sp.hstack(blocks) * WORD_WEIGHT).tocsr()


def with_ngrams(X: np.ndarray, items: list[ClaimInput], ngrams: WordNgrams) -> sp.csr_matrix:
    """The full feature matrix: the dense design matrix, then the word n-grams."""
    return sp.hstack([sp.csr_matrix(X), ngrams.transform(items)]).tocsr()


def linear_estimator(C: float = 1.0) -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=4000, class_weight="balanced", random_state=SEED)


def category_estimator() -> CalibratedClassifierCV:
    return CalibratedClassifierCV(linear_estimator(1.0), method="temperature", cv=5)


@dataclass
class MultiLabel:
    """One linear pipeline per label with a threshold chosen on inner grouped folds."""

    labels: tuple[str, ...]
    C: float = 1.0
    estimators_: dict = field(default_factory=dict)
    thresholds_: dict = field(default_factory=dict)

    def fit(self, X: np.ndarray, Y: list[list[str]], groups: np.ndarray) -> "MultiLabel":
        inner = GroupKFold(n_splits=min(4, len(set(groups))))
        for label in self.labels:
            y = np.array([label in row for row in Y])
            if y.sum() == 0:
                continue
            oof = np.zeros(len(y))
            for tr, te in inner.split(X, y, groups):
                if y[tr].sum() == 0 or y[tr].all():
                    continue
                oof[te] = linear_estimator(self.C).fit(X[tr], y[tr]).predict_proba(X[te])[:, 1]
            self.thresholds_[label] = best_threshold(y, oof)
            self.estimators_[label] = linear_estimator(self.C).fit(X, y)
        return self

    def predict_proba(self, X: np.ndarray) -> dict[str, np.ndarray]:
        return {label: est.predict_proba(X)[:, 1] for label, est in self.estimators_.items()}

    def predict(self, X: np.ndarray) -> list[list[str]]:
        probs = self.predict_proba(X)
        out = []
        for i in range(X.shape[0]):
            out.append([label for label in self.labels if label in probs and probs[label][i] >= self.thresholds_[label]])
        return out


def best_threshold(y: np.ndarray, scores: np.ndarray) -> float:
    """The threshold with the best F1 on out-of-fold scores (0.5 when nothing is positive)."""
    if y.sum() == 0:
        return 0.5
    best, best_f1 = 0.5, -1.0
    for t in np.linspace(0.05, 0.95, 37):
        pred = scores >= t
        tp = float((pred & y).sum())
        f1 = 2 * tp / (pred.sum() + y.sum()) if pred.sum() + y.sum() else 0.0
        if f1 > best_f1 + 1e-9:
            best, best_f1 = float(t), f1
    return best


def mean_proba(linear: np.ndarray, linear_classes, encoder_proba: np.ndarray | None, encoder_classes) -> np.ndarray:
    """The category probabilities: the calibrated linear classifier's, averaged with the tuned
    encoder's (``nlp.blame.finetune``) when there is one, in the linear classifier's class order."""
    if encoder_proba is None:
        return linear
    order = [list(encoder_classes).index(c) for c in linear_classes]
    return (linear + encoder_proba[:, order]) / 2


def decide_category(row: np.ndarray, classes, denied_text: str) -> tuple[str, float, list[str]]:
    """The one decision path for a cause claim's blame, shared by inference and evaluation:
    the categories its denied part names (``rule_denied``) are denied, and the category is
    the most probable one not denied ("user error, not AI error" never blames the AI, however
    much the AI words pull the classifier). Returns the category, its probability (the
    confidence) and the denied categories other than it."""
    denied = rule_denied(denied_text)
    order = [k for k in np.argsort(-row) if str(classes[k]) not in denied]
    k = order[0] if order else int(np.argmax(row))
    category = str(classes[k])
    return category, float(row[k]), [d for d in denied if d != category]


@dataclass
class BlameModels:
    category: CalibratedClassifierCV
    strategies: MultiLabel
    aspects: MultiLabel
    ngrams: WordNgrams
    encoder: "TunedEncoder | None" = None

    def matrix(self, X: np.ndarray, items: list[ClaimInput]) -> sp.csr_matrix:
        return with_ngrams(X, items, self.ngrams)

    def category_proba(self, F: sp.csr_matrix, items: list[ClaimInput]) -> np.ndarray:
        linear = self.category.predict_proba(F)
        tuned = self.encoder.predict_proba([it.text for it in items]) if self.encoder is not None else None
        return mean_proba(linear, self.category.classes_, tuned, self.encoder.classes if self.encoder else None)


def fit_models(X: np.ndarray, items: list[ClaimInput], aspects: list[list[str]], strategies: list[list[str]],
               categories: list[str | None], groups: np.ndarray, tune_encoder: bool = True) -> BlameModels:
    ngrams = WordNgrams().fit(items)
    F = with_ngrams(X, items, ngrams)
    mask = np.array([c is not None for c in categories])
    category = category_estimator().fit(F[mask], np.array([c for c in categories if c is not None]))
    strat = MultiLabel(STRATEGIES).fit(F, strategies, groups)
    asp = MultiLabel(ASPECTS).fit(F, aspects, groups)
    encoder = None
    if tune_encoder:
        from .finetune import fit_encoder
        encoder = fit_encoder([it.text for it, m in zip(items, mask) if m], [c for c in categories if c is not None])
    return BlameModels(category, strat, asp, ngrams, encoder)
