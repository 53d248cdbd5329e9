"""The per-file work of a batch, run in worker processes (local pool or Dask workers).

Models load once per worker process (``_models``), on first use. A task returns plain data
(records as dicts, vectors as float16 bytes) so it crosses process and network boundaries.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def init_worker(threads: int = 1) -> None:
    """Process-pool initializer: share the cores between workers."""
    os.environ["OMP_NUM_THREADS"] = str(threads)
    try:
        import torch
        torch.set_num_threads(threads)
    except ImportError:  # pragma: no cover - torch is a dependency
        pass


@lru_cache(maxsize=1)
def _models(rules_only: bool):
    from ..blame.embed import Embedder
    from ..pipeline import build_pipeline

    pipeline = build_pipeline()
    embedder = None if rules_only else Embedder(cache_size=4000)  # bounded: memory stays flat
    models = None
    if not rules_only:
        from ..blame import load_models
        models, _ = load_models()
    return pipeline, embedder, models


def _f16(vector) -> bytes | None:
    import numpy as np
    return None if vector is None else np.asarray(vector, dtype=np.float16).tobytes()


def process_file(path: str, doc_id: str, max_bytes: int, rules_only: bool = False) -> dict:
    """Ingest one file, extract and annotate its claims, embed them. Never raises for bad
    input: failures come back in ``failures``."""
    from ..blame import annotate_blame
    from ..errors import IngestError
    from ..extract import extract
    from ..ingest.decode import read_text
    from ..ingest.readers import READERS
    from ..records import FailedInput

    p = Path(path)
    out = {"path": path, "documents": [], "failures": []}
    try:
        reader = READERS[p.suffix.lower()]
        text = read_text(p, max_bytes=max_bytes)
        items = list(reader(p, doc_id, text))
    except IngestError as exc:
        out["failures"].append((exc.path or path, exc.reason))
        return out
    except Exception as exc:  # a reader bug must not stop the batch; it is reported with the file
        out["failures"].append((path, f"{type(exc).__name__}: {exc}"))
        return out
    documents = [d for d in items if not isinstance(d, FailedInput)]
    out["failures"].extend((f.path, f.reason) for f in items if isinstance(f, FailedInput))
    pipeline, embedder, models = _models(rules_only)
    try:
        for document, claims in extract(pipeline, documents):
            if rules_only:
                annotate_blame(claims, rules_only=True)
                vectors = denied = [None] * len(claims)
            else:
                annotate_blame(claims, models=models, embedder=embedder)
                vecs = embedder.encode([c.text for c in claims])
                vectors = [_f16(v) for v in vecs]
                denied_texts = [(c.features or {}).get("denied") or "" for c in claims]
                dvecs = embedder.encode([t or " " for t in denied_texts])
                denied = [_f16(v) if t.strip() else None for v, t in zip(dvecs, denied_texts)]
            out["documents"].append((document.to_dict(), [c.to_dict() for c in claims], vectors, denied))
    except Exception as exc:  # report, keep the batch going
        out["documents"] = []
        out["failures"].append((path, f"processing failed: {type(exc).__name__}: {exc}"))
    return out
