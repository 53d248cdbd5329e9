"""Blame and response strategies for claims.

Decision path for one claim (``annotate_blame``), every label from one place:

1. aspects: the trained aspect classifier (multi-label, per-label thresholds); where it
   gives none, the rule cues of ``nlp.claims`` stay; ``cause`` is also kept when the rule
   cues found it and the sentence names a category's cue outside its denied part (a clear
   "user error" or "ransomware" is a cause claim even where the classifier hesitates);
2. strategies: the trained strategy classifier (multi-label, per-label thresholds), kept
   only for voices that can be answering blame (not reporters, regulators, customers or
   insiders: they describe; ``lexicon.own_strategies``);
3. blame, only for claims with the ``cause`` aspect:
   - category and confidence: the mean of the calibrated category classifier's and the
     tuned encoder's probabilities (``nlp.blame.finetune``); the confidence is the mean
     probability of the chosen label, calibrated so that 0.8 means right about 80% of the
     time on held-out incidents; a category the claim itself denies is never chosen (the
     next best is);
   - denied: rule-led: the categories whose cues appear in the part of the sentence that is
     negated or contrasted ("not AI error", "no evidence of a cyberattack"), minus the
     affirmed category (rules are more reliable here than a classifier trained on 145
     examples);
   - target: the blamed agent found in the parse (passive agent of "caused by", object of
     "blamed", complement of "due to"), else None.

Without installed models (``models/blame/<version>/``) the rules alone decide, and each
claim's blame says so in ``blame.source``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..records import Blame, Claim
from .lexicon import own_strategies, rule_category, rule_denied, rule_strategies
from .model import BlameModels, ClaimInput, decide_category, design_matrix


def claim_input(claim: Claim) -> ClaimInput:
    f = claim.features or {}
    return ClaimInput(text=claim.text, affirmed=f.get("affirmed", claim.text), denied=f.get("denied", ""),
                      role=claim.speaker_role, hedged=claim.hedged,
                      negated=bool(f.get("any_negation", claim.negated)),
                      passive_cause=bool(f.get("passive_cause")))


@lru_cache(maxsize=4)
def load_models(folder: str | None = None) -> tuple[BlameModels, dict]:
    from .artefacts import DEFAULT_DIR, load
    return load(Path(folder) if folder else DEFAULT_DIR)


def annotate_blame(claims: list[Claim], models: BlameModels | None = None, embedder=None,
                   model_dir: str | None = None, rules_only: bool = False) -> list[Claim]:
    """Fill ``aspects``, ``strategies`` and ``blame`` of every claim in place (see module doc)."""
    if not claims:
        return claims
    if rules_only:
        for claim in claims:
            _apply_rules(claim)
        return claims
    if models is None:
        models, _ = load_models(model_dir)
    if embedder is None:
        from .embed import shared_embedder
        embedder = shared_embedder()
    items = [claim_input(c) for c in claims]
    X = models.matrix(design_matrix(items, embedder), items)
    aspects = models.aspects.predict(X)
    strategies = models.strategies.predict(X)
    for claim, item, asp, strat in zip(claims, items, aspects, strategies):
        rule_cause = "cause" in claim.aspects and rule_category(item.affirmed or item.text) != "undetermined"
        if asp:
            claim.aspects = list(asp)
        if rule_cause and "cause" not in claim.aspects:
            claim.aspects = ["cause"] + claim.aspects
        claim.strategies = own_strategies(strat, claim.speaker_role)
    cause = [i for i, c in enumerate(claims) if "cause" in c.aspects]
    if cause:
        probs = models.category_proba(X[cause], [items[i] for i in cause])
        classes = list(models.category.classes_)
        for i, row in zip(cause, probs):
            claim = claims[i]
            category, confidence, denied = decide_category(row, classes, items[i].denied)
            claim.blame = Blame(category=category, confidence=round(confidence, 3), denied=denied,
                                target=(claim.features or {}).get("agent"), source="model")
    for claim in claims:
        if "cause" not in claim.aspects:
            claim.blame = None
    return claims


def _apply_rules(claim: Claim) -> None:
    f = claim.features or {}
    claim.strategies = rule_strategies(claim.text, claim.speaker_role)
    if "cause" in claim.aspects:
        category = rule_category(f.get("affirmed") or claim.text, f.get("denied", ""))
        claim.blame = Blame(category=category, confidence=0.5, denied=rule_denied(f.get("denied", ""), category),
                            target=f.get("agent"), source="rules")
    else:
        claim.blame = None
