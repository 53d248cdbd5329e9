"""Precision, recall and F1 per label, for single-label and multi-label predictions."""

from __future__ import annotations

import numpy as np


def prf_counts(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "support": tp + fn}


def prf(gold: list[str], pred: list[str], labels) -> dict:
    out = {}
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, pred))
        fp = sum(g != label and p == label for g, p in zip(gold, pred))
        fn = sum(g == label and p != label for g, p in zip(gold, pred))
        out[label] = prf_counts(tp, fp, fn)
    out["macro_f1"] = round(float(np.mean([out[l]["f1"] for l in labels])), 3)
    out["accuracy"] = round(sum(g == p for g, p in zip(gold, pred)) / max(1, len(gold)), 3)
    return out


def multilabel_prf(gold: list[list[str]], pred: list[list[str]], labels) -> dict:
    out = {}
    for label in labels:
        tp = sum(label in g and label in p for g, p in zip(gold, pred))
        fp = sum(label not in g and label in p for g, p in zip(gold, pred))
        fn = sum(label in g and label not in p for g, p in zip(gold, pred))
        out[label] = prf_counts(tp, fp, fn)
    out["macro_f1"] = round(float(np.mean([out[l]["f1"] for l in labels])), 3)
    return out
