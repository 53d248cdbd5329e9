"""``counterclaim train`` and ``counterclaim evaluate``: library functions returning data."""

from __future__ import annotations

from pathlib import Path

from .. import corpus as corpus_mod
from .artefacts import DEFAULT_DIR, save
from .card import model_card
from .model import fit_models
from .train import corpus_data, cross_validate, label_counts, learning_curve


def evaluate(corpus_root: str | Path, baselines: bool = True, pipeline=None) -> dict:
    from ..pipeline import shared_pipeline

    data = corpus_data(corpus_mod.load(corpus_root), pipeline or shared_pipeline())
    report = cross_validate(data, baselines=baselines)
    report["label_counts"] = label_counts(data)
    report["learning_curve"] = learning_curve(data)
    return report


def train(corpus_root: str | Path, out_dir: str | Path = DEFAULT_DIR, pipeline=None) -> dict:
    """Cross-validate, fit on the whole corpus, and write model.skops, meta.json and the card."""
    from ..pipeline import shared_pipeline

    corpus_root = Path(corpus_root)
    gold = corpus_mod.load(corpus_root)
    data = corpus_data(gold, pipeline or shared_pipeline())
    report = cross_validate(data, baselines=True)
    report["learning_curve"] = learning_curve(data)
    models = fit_models(data.X, data.items, data.aspects, data.strategies, data.categories, data.groups)
    out_dir = Path(out_dir)
    try:
        shown = corpus_root.resolve().relative_to(Path.cwd())
    except ValueError:
        shown = corpus_root
    meta = {
        "corpus": {"path": str(shown), "sha256": data.fingerprint},
        "training": {"claims": len(data.items), "cause_claims": sum(c is not None for c in data.categories),
                     "incidents": len(set(data.groups)), "label_counts": label_counts(data)},
        "scores": {
            "category_macro_f1": report["model"]["category"]["macro_f1"],
            "strategies_macro_f1": report["model"]["strategies"]["macro_f1"],
            "aspects_macro_f1": report["model"]["aspects"]["macro_f1"],
            "denied_macro_f1": report["model"]["denied"]["macro_f1"],
            "per_label_f1": {
                "category": {k: v["f1"] for k, v in report["model"]["category"].items() if isinstance(v, dict)},
                "strategies": {k: v["f1"] for k, v in report["model"]["strategies"].items() if isinstance(v, dict)},
            },
            "reliability": report["model"]["category_reliability"],
            "learning_curve": report["learning_curve"],
            "baselines": {name: {task: report[name][task]["macro_f1"] for task in ("category", "strategies", "aspects")}
                          for name in ("tfidf_logreg", "rules")},
        },
    }
    save(models, out_dir, meta)
    from . import load_models
    from .artefacts import load
    _, full_meta = load(out_dir)
    (out_dir / "README.md").write_text(model_card(full_meta, report))
    report["artefact"] = str(out_dir)
    load_models.cache_clear()
    return report
