"""``run_batch``: bring a store up to date with a set of folders.

1. Walk the folders (sorted, streaming). A file whose size and modification time match the
   store is skipped unread; otherwise it is read and hashed, and skipped if its content
   hash matches (only its stat is updated). Files that failed before are always retried.
2. Files that are gone from the folders lose their results.
3. New and changed files go to the engine: in this process (``workers=1``), a local process
   pool (``workers>1``; models loaded once per worker) or a Dask cluster
   (``engine="dask"``). At most ``2 x workers`` files are in flight, so memory stays flat.
   Each file's results are committed as they arrive.
4. When any document changed, the cross-document stages (speaker unification, incidents,
   contradictions) run once over the whole store and are committed in one transaction.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from ..ingest import DEFAULT_MAX_BYTES, discover
from ..ingest.decode import file_hash
from ..records import Claim, Document, FailedInput
from .store import Store
from .work import init_worker, process_file


@dataclass
class BatchSummary:
    store: str
    discovered: int = 0
    processed: int = 0
    skipped_unchanged: int = 0
    removed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    documents: int = 0
    claims: int = 0
    incidents: int = 0
    contradictions: int = 0
    seconds: float = 0.0
    crossdoc_ran: bool = False

    @property
    def docs_per_second(self) -> float:
        return self.processed / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict:
        return {"store": self.store, "discovered": self.discovered, "processed": self.processed,
                "skipped_unchanged": self.skipped_unchanged, "removed": self.removed,
                "failed": [{"path": p, "reason": r} for p, r in self.failed],
                "documents": self.documents, "claims": self.claims, "incidents": self.incidents,
                "contradictions": self.contradictions, "seconds": round(self.seconds, 2),
                "docs_per_second": round(self.docs_per_second, 2), "crossdoc_ran": self.crossdoc_ran}


Progress = Callable[[int, int, int], None]  # (done, total, failed)


class StoredVectors:
    """An embedder over vectors already in the store; unknown texts fall back to MiniLM."""

    def __init__(self, table: dict):
        self.table = table
        self._fallback = None

    def encode(self, texts: list[str]):
        import numpy as np
        missing = [t for t in texts if t not in self.table]
        if missing:
            if self._fallback is None:
                from ..blame.embed import Embedder
                self._fallback = Embedder(cache_size=5000)
            for t, v in zip(missing, self._fallback.encode(missing)):
                self.table[t] = v
        return np.stack([self.table[t] for t in texts]) if texts else np.zeros((0, 384), dtype=np.float32)


def run_crossdoc(store: Store, rules_only: bool = False) -> tuple[int, int]:
    from ..compare import load_scorer
    from ..contradictions import find_contradictions
    from ..incidents import group_incidents
    from ..voices.merge import unify_speakers

    claims: list[Claim] = []
    table: dict = {}
    for claim, vector, denied in store.iter_claims(with_vectors=True):
        claims.append(claim)
        if vector is not None:
            table[claim.text] = vector
        d = (claim.features or {}).get("denied") or ""
        if denied is not None and d:
            table[d] = denied
    unify_speakers(claims)
    documents = store.documents()
    incidents = group_incidents(documents, claims)
    scorer = None if rules_only else load_scorer()
    contradictions = find_contradictions(claims, embedder=StoredVectors(table), scorer=scorer)
    store.put_crossdoc(incidents, contradictions, claims)
    return len(incidents), len(contradictions)


def _engine_local(tasks: Iterable[tuple], workers: int, rules_only: bool):
    """Yield task results; ``workers`` processes, each loading the models once."""
    if workers <= 1:
        for path, doc_id, max_bytes in tasks:
            yield process_file(path, doc_id, max_bytes, rules_only)
        return
    import multiprocessing as mp

    threads = max(1, (os.cpu_count() or 1) // workers)
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"),
                             initializer=init_worker, initargs=(threads,)) as pool:
        pending = set()
        for task in tasks:
            pending.add(pool.submit(process_file, *task, rules_only))
            if len(pending) >= 2 * workers:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for f in done:
                    yield f.result()
        for f in pending:
            yield f.result()


def _engine_dask(tasks: Iterable[tuple], scheduler: str | None, rules_only: bool, workers: int):
    from dask.distributed import Client, as_completed

    client = Client(scheduler) if scheduler else Client(processes=False)
    try:
        limit = 2 * max(workers, len(client.scheduler_info().get("workers", {})) or 1)
        queue = as_completed()
        running = 0
        for task in tasks:
            queue.add(client.submit(process_file, *task, rules_only, pure=False))
            running += 1
            if running >= limit:
                future = next(queue)
                running -= 1
                yield future.result()
                future.release()
        for future in queue:
            yield future.result()
            future.release()
    finally:
        client.close()


def run_batch(paths: Iterable[str | Path], store_path: str | Path, workers: int = 1, force: bool = False,
              engine: str = "local", scheduler: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
              rules_only: bool = False, progress: Progress | None = None) -> BatchSummary:
    started = time.perf_counter()
    paths = [Path(p) for p in paths]
    summary = BatchSummary(store=str(store_path))
    with Store.open(store_path) as store:
        known = store.sources()
        retry = store.failed_paths()
        seen: set[str] = set()
        todo: list[tuple[str, str, int]] = []
        hashes: dict[str, tuple[int, int, str]] = {}
        for item in discover(paths):
            if isinstance(item, FailedInput):
                store.put_failure(item.path, item.reason)
                summary.failed.append((item.path, item.reason))
                continue
            path, doc_id = item
            key = os.path.abspath(path)
            seen.add(key)
            summary.discovered += 1
            try:
                st = path.stat()
            except OSError as exc:
                store.put_failure(key, f"cannot be read ({exc.strerror or exc})")
                summary.failed.append((key, f"cannot be read ({exc.strerror or exc})"))
                continue
            old = known.get(key)
            if not force and key not in retry and old and old.size == st.st_size and old.mtime_ns == st.st_mtime_ns:
                summary.skipped_unchanged += 1
                continue
            try:
                digest = file_hash(path)
            except OSError as exc:
                store.put_failure(key, f"cannot be read ({exc.strerror or exc})")
                summary.failed.append((key, f"cannot be read ({exc.strerror or exc})"))
                continue
            if not force and key not in retry and old and old.content_hash == digest:
                store.touch_source(key, st.st_size, st.st_mtime_ns)
                summary.skipped_unchanged += 1
                continue
            hashes[key] = (st.st_size, st.st_mtime_ns, digest)
            todo.append((key, doc_id, max_bytes))
        gone = [p for p in known if p not in seen and _under(p, paths)]
        summary.removed = store.remove_sources(gone)
        total = len(todo)
        if progress:
            progress(0, total, 0)
        results = (_engine_dask(todo, scheduler, rules_only, workers) if engine == "dask"
                   else _engine_local(todo, workers, rules_only))
        done = 0
        for result in results:
            path = result["path"]
            size, mtime_ns, digest = hashes[path]
            documents = [(Document.from_dict(d), [Claim.from_dict(c) for c in cs], v, dv)
                         for d, cs, v, dv in result["documents"]]
            if documents or not result["failures"]:
                store.put_source(path, size, mtime_ns, digest, documents, result["failures"])
                summary.processed += 1
            else:
                store.put_failure(path, "; ".join(r for _, r in result["failures"]))
            summary.failed.extend(result["failures"])
            done += 1
            if progress:
                progress(done, total, len(summary.failed))
        if force or store.get_meta("crossdoc_dirty") in ("1", None):
            summary.incidents, summary.contradictions = run_crossdoc(store, rules_only)
            summary.crossdoc_ran = True
        counts = store.counts()
        summary.documents, summary.claims = counts["documents"], counts["claims"]
        summary.incidents, summary.contradictions = counts["incidents"], counts["contradictions"]
    summary.seconds = time.perf_counter() - started
    return summary


def _under(path: str, roots: Iterable[str | Path]) -> bool:
    p = Path(os.path.abspath(path))
    for root in roots:
        r = Path(os.path.abspath(root))
        if p == r or r in p.parents:
            return True
    return False
