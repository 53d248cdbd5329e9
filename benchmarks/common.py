"""Shared helpers for the benchmarks: a corpus of real documents of a given size, timing,
peak memory, and a results file beside the scripts."""

from __future__ import annotations

import json
import platform
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"


def corpus_documents(min_words: int):
    """Documents from the bundled corpora, repeated (with new ids) until ``min_words``."""
    from nlp.ingest import read_documents
    from nlp.records import Document

    base = read_documents([ROOT / "corpora" / "incidents" / "docs", ROOT / "corpora" / "dev" / "docs",
                           ROOT / "corpora" / "samples"]).documents
    docs, words, round_ = [], 0, 0
    while words < min_words:
        for d in base:
            docs.append(Document(**{**d.to_dict(), "doc_id": f"r{round_}/{d.doc_id}"}))
            words += len(d.text.split())
            if words >= min_words:
                break
        round_ += 1
    return docs, words


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.start


def record(name: str, data: dict) -> Path:
    RESULTS.mkdir(exist_ok=True)
    data = {"benchmark": name, "machine": f"{platform.machine()} {platform.python_version()}",
            "when": time.strftime("%Y-%m-%d %H:%M:%S"), **data}
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, indent=2) + "\n")
    return path
