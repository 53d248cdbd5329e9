"""Batch throughput and memory on a generated corpus.

    .venv/bin/python benchmarks/batch_speed.py [--docs 2000] [--small 500]

Generates ``--docs`` short documents (sentences of the bundled corpora recombined, with
varied company names and dates) and measures, in this process:
- bare spaCy ``pipe()`` documents/s on the same texts (the baseline);
- ``batch --workers 1`` and ``batch --workers 2`` documents/s (full models);
- the re-run on the unchanged folder, as a share of the first run's time;
- peak resident memory of the batch (its process and worker processes) at ``--small`` and
  ``--docs`` documents.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import corpus_documents, record  # noqa: E402

COMPANIES = ["Acme Cloud", "Borealis Pay", "Cobalt Air", "Dunmore Telecom", "Eastgate Bank", "Fjord Mail",
             "Galena Hosting", "Harrow Rail", "Ionic Games", "Juniper Health"]


def generate(folder: Path, n: int, seed: int = 7) -> list[str]:
    docs, _ = corpus_documents(60000)
    sentences = [s.strip() + "." for d in docs for s in d.text.replace("\n", " ").split(". ") if 8 <= len(s.split()) <= 40]
    rng = random.Random(seed)
    texts = []
    for i in range(n):
        company = COMPANIES[i % len(COMPANIES)]
        body = " ".join(rng.sample(sentences, 5))
        text = (f"{company} said its service was down for {rng.randint(1, 14)} hours on {rng.randint(1, 28)} "
                f"{rng.choice(['March', 'April', 'May'])} 2026.\n{body}\n")
        (folder / f"doc{i:05d}.txt").write_text(text)
        texts.append(text)
    return texts


class PeakRSS:
    """Polls the resident memory of this process and its children."""

    def __init__(self):
        import psutil
        self.proc = psutil.Process()
        self.peak = 0
        self._stop = threading.Event()

    def _poll(self):
        import psutil
        while not self._stop.is_set():
            total = 0
            try:
                total = self.proc.memory_info().rss + sum(c.memory_info().rss for c in self.proc.children(recursive=True))
            except psutil.Error:
                pass
            self.peak = max(self.peak, total)
            time.sleep(0.2)

    def __enter__(self):
        self.thread = threading.Thread(target=self._poll, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self.thread.join()


def timed_batch(folder: Path, store: Path, workers: int) -> tuple[float, int, object]:
    from nlp.batch.runner import run_batch
    with PeakRSS() as mem:
        start = time.perf_counter()
        summary = run_batch([folder], store, workers=workers)
        seconds = time.perf_counter() - start
    return seconds, mem.peak, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--small", type=int, default=500)
    args = parser.parse_args()
    from nlp.pipeline import load_base_model

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        big, small = tmp / "big", tmp / "small"
        big.mkdir()
        small.mkdir()
        texts = generate(big, args.docs)
        generate(small, args.small)
        bare = load_base_model()
        list(bare.pipe(texts[:20]))
        start = time.perf_counter()
        for _ in bare.pipe(texts, batch_size=32):
            pass
        bare_rate = args.docs / (time.perf_counter() - start)
        del bare
        t1, mem1, s1 = timed_batch(big, tmp / "w1.sqlite", 1)
        t2, mem2, s2 = timed_batch(big, tmp / "w2.sqlite", 2)
        rerun, _, s3 = timed_batch(big, tmp / "w2.sqlite", 2)
        ts, mems, _ = timed_batch(small, tmp / "small.sqlite", 2)
        rate1, rate2 = args.docs / t1, args.docs / t2
        result = {
            "documents": args.docs, "bare_spacy_docs_per_s": round(bare_rate, 1),
            "workers1_docs_per_s": round(rate1, 2), "workers2_docs_per_s": round(rate2, 2),
            "workers2_vs_workers1": round(rate2 / rate1, 3), "workers2_vs_bare_spacy": round(rate2 / bare_rate, 3),
            "first_run_s": round(t2, 1), "rerun_unchanged_s": round(rerun, 2), "rerun_share": round(rerun / t2, 4),
            "rerun_skipped": s3.skipped_unchanged,
            "peak_rss_mb": {str(args.small): round(mems / 2**20), str(args.docs): round(mem2 / 2**20)},
            "peak_rss_mb_workers1": round(mem1 / 2**20),
            "claims": s2.claims, "incidents": s2.incidents, "contradictions": s2.contradictions,
        }
    for k, v in result.items():
        print(f"{k}: {v}")
    print(f"recorded in {record('batch_speed', result)}")


if __name__ == "__main__":
    main()
