"""The batch store: an embedded SQLite database (WAL journal) holding documents, claims
(with their embedding vectors), failures, incidents and contradictions.

- Versioned schema: ``meta.schema_version``; ``MIGRATIONS[n]`` upgrades version n to n+1 and
  runs inside one transaction, so a store is always at a whole version.
- Crash safety: every document's results land in one transaction (old rows out, new rows
  in, the document row last); the cross-document results land in another. A process killed
  at any moment leaves committed documents whole and nothing half-written; the next run
  redoes whatever was not committed.
- One writer: ``Store.open`` takes an exclusive lock on ``<store>.lock`` (flock); a second
  batch on the same store is refused with a message naming the store. Readers (export) do
  not need the lock.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import CounterclaimError
from ..records import Claim, Contradiction, Document, Incident

SCHEMA_VERSION = 2

MIGRATIONS: dict[int, list[str]] = {
    # 0 -> 1: the first schema
    0: [
        """CREATE TABLE documents (
            doc_id TEXT PRIMARY KEY, path TEXT NOT NULL, content_hash TEXT NOT NULL,
            size INTEGER, mtime_ns INTEGER, record TEXT NOT NULL, processed_at REAL)""",
        """CREATE TABLE claims (
            id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, position INTEGER NOT NULL, record TEXT NOT NULL)""",
        "CREATE INDEX claims_doc ON claims(doc_id)",
        """CREATE TABLE failures (
            path TEXT PRIMARY KEY, reason TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 1, last_attempt REAL)""",
        "CREATE TABLE incidents (id TEXT PRIMARY KEY, record TEXT NOT NULL)",
        "CREATE TABLE contradictions (id TEXT PRIMARY KEY, record TEXT NOT NULL)",
    ],
    # 1 -> 2: claim vectors for the cross-document stages, and the source files' stat
    1: [
        "ALTER TABLE claims ADD COLUMN vector BLOB",
        "ALTER TABLE claims ADD COLUMN denied_vector BLOB",
        "CREATE TABLE sources (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, content_hash TEXT, doc_ids TEXT)",
    ],
}


class StoreLocked(CounterclaimError):
    pass


@dataclass
class SourceState:
    size: int
    mtime_ns: int
    content_hash: str
    doc_ids: list[str]


def _vec(blob: bytes | None) -> np.ndarray | None:
    return None if blob is None else np.frombuffer(blob, dtype=np.float16).astype(np.float32)


class Store:
    def __init__(self, path: Path, conn: sqlite3.Connection, lock_fd: int | None):
        self.path = path
        self.conn = conn
        self._lock_fd = lock_fd

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: str | Path, writer: bool = True) -> "Store":
        path = Path(path)
        lock_fd = None
        if writer:
            path.parent.mkdir(parents=True, exist_ok=True)
            lock_fd = os.open(str(path) + ".lock", os.O_CREAT | os.O_RDWR, 0o644)
            try:
                fcntl.flock(lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(lock_fd)
                raise StoreLocked("another counterclaim batch is writing to this store; wait for it to finish", path) from None
        elif not path.exists():
            raise CounterclaimError("no store here (run 'counterclaim batch' first)", path)
        conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        store = cls(path, conn, lock_fd)
        if writer:
            store.migrate()
        return store

    def close(self) -> None:
        self.conn.close()
        if self._lock_fd is not None:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
            os.close(self._lock_fd)
            self._lock_fd = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def schema_version(self) -> int:
        has_meta = self.conn.execute("SELECT name FROM sqlite_master WHERE name='meta'").fetchone()
        if not has_meta:
            return 0
        row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0]) if row else 0

    def migrate(self) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise CounterclaimError(f"store schema {version} is newer than this Counterclaim ({SCHEMA_VERSION}); upgrade Counterclaim", self.path)
        while version < SCHEMA_VERSION:
            with self.transaction():
                for statement in MIGRATIONS[version]:
                    self.conn.execute(statement)
                version += 1
                self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(version),))

    def transaction(self):
        store = self

        class _Tx:
            def __enter__(self):
                store.conn.execute("BEGIN IMMEDIATE")

            def __exit__(self, exc_type, exc, tb):
                store.conn.execute("ROLLBACK" if exc_type else "COMMIT")
                return False
        return _Tx()

    # ------------------------------------------------------------------ meta
    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # ------------------------------------------------------------------ sources
    def sources(self) -> dict[str, SourceState]:
        rows = self.conn.execute("SELECT path, size, mtime_ns, content_hash, doc_ids FROM sources")
        return {p: SourceState(s, m, h, json.loads(d)) for p, s, m, h, d in rows}

    def failed_paths(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT path FROM failures")}

    # ------------------------------------------------------------------ writing
    def put_source(self, path: str, size: int, mtime_ns: int, content_hash: str,
                   documents: list[tuple[Document, list[Claim], list[bytes | None], list[bytes | None]]],
                   failures: list[tuple[str, str]]) -> None:
        """Replace everything one source file produced, in one transaction."""
        with self.transaction():
            old = self.conn.execute("SELECT doc_ids FROM sources WHERE path=?", (path,)).fetchone()
            old_ids = json.loads(old[0]) if old else []
            self._delete_docs(old_ids)
            self.conn.execute("DELETE FROM failures WHERE path=? OR path LIKE ?", (path, path + ":%"))
            now = time.time()
            for doc, claims, vectors, denied in documents:
                self._delete_docs([doc.doc_id])
                for k, (c, v, d) in enumerate(zip(claims, vectors, denied)):
                    self.conn.execute("INSERT OR REPLACE INTO claims (id, doc_id, position, record, vector, denied_vector) VALUES (?,?,?,?,?,?)",
                                      (c.id, doc.doc_id, k, json.dumps(c.to_dict(), ensure_ascii=False), v, d))
                self.conn.execute("INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?)",
                                  (doc.doc_id, doc.path, doc.content_hash, size, mtime_ns,
                                   json.dumps(doc.to_dict(), ensure_ascii=False), now))
            for where, reason in failures:
                self.conn.execute(
                    "INSERT INTO failures (path, reason, attempts, last_attempt) VALUES (?,?,1,?) "
                    "ON CONFLICT(path) DO UPDATE SET reason=excluded.reason, attempts=attempts+1, last_attempt=excluded.last_attempt",
                    (where, reason, now))
            self.conn.execute("INSERT OR REPLACE INTO sources VALUES (?,?,?,?,?)",
                              (path, size, mtime_ns, content_hash, json.dumps([d.doc_id for d, *_ in documents])))
            self.set_meta("crossdoc_dirty", "1")

    def put_failure(self, path: str, reason: str) -> None:
        """A file that could not be read at all: recorded, and retried on the next run."""
        with self.transaction():
            old = self.conn.execute("SELECT doc_ids FROM sources WHERE path=?", (path,)).fetchone()
            if old:
                self._delete_docs(json.loads(old[0]))
                self.conn.execute("DELETE FROM sources WHERE path=?", (path,))
                self.set_meta("crossdoc_dirty", "1")
            self.conn.execute(
                "INSERT INTO failures (path, reason, attempts, last_attempt) VALUES (?,?,1,?) "
                "ON CONFLICT(path) DO UPDATE SET reason=excluded.reason, attempts=attempts+1, last_attempt=excluded.last_attempt",
                (path, reason, time.time()))

    def touch_source(self, path: str, size: int, mtime_ns: int) -> None:
        self.conn.execute("UPDATE sources SET size=?, mtime_ns=? WHERE path=?", (size, mtime_ns, path))

    def remove_sources(self, paths: Iterable[str]) -> int:
        """Results of files that are gone; returns how many documents were removed."""
        removed = 0
        with self.transaction():
            for path in paths:
                row = self.conn.execute("SELECT doc_ids FROM sources WHERE path=?", (path,)).fetchone()
                if row:
                    ids = json.loads(row[0])
                    removed += len(ids)
                    self._delete_docs(ids)
                self.conn.execute("DELETE FROM sources WHERE path=?", (path,))
                self.conn.execute("DELETE FROM failures WHERE path=? OR path LIKE ?", (path, path + ":%"))
            if removed:
                self.set_meta("crossdoc_dirty", "1")
        return removed

    def _delete_docs(self, doc_ids: list[str]) -> None:
        for doc_id in doc_ids:
            self.conn.execute("DELETE FROM claims WHERE doc_id=?", (doc_id,))
            self.conn.execute("DELETE FROM documents WHERE doc_id=?", (doc_id,))

    def put_crossdoc(self, incidents: list[Incident], contradictions: list[Contradiction], claims: list[Claim]) -> None:
        """Incidents, contradictions and the claims' incident ids, in one transaction."""
        with self.transaction():
            self.conn.execute("DELETE FROM incidents")
            self.conn.execute("DELETE FROM contradictions")
            for inc in incidents:
                self.conn.execute("INSERT INTO incidents VALUES (?,?)", (inc.id, json.dumps(inc.to_dict(), ensure_ascii=False)))
            for x in contradictions:
                self.conn.execute("INSERT OR REPLACE INTO contradictions VALUES (?,?)", (x.id, json.dumps(x.to_dict(), ensure_ascii=False)))
            for c in claims:
                self.conn.execute("UPDATE claims SET record=? WHERE id=?", (json.dumps(c.to_dict(), ensure_ascii=False), c.id))
            self.set_meta("crossdoc_dirty", "0")

    # ------------------------------------------------------------------ reading
    def documents(self) -> list[Document]:
        return [Document.from_dict(json.loads(r[0])) for r in self.conn.execute("SELECT record FROM documents ORDER BY doc_id")]

    def iter_claims(self, with_vectors: bool = False) -> Iterator:
        query = "SELECT record, vector, denied_vector FROM claims ORDER BY doc_id, position"
        for record, v, d in self.conn.execute(query):
            claim = Claim.from_dict(json.loads(record))
            yield (claim, _vec(v), _vec(d)) if with_vectors else claim

    def incidents(self) -> list[Incident]:
        return [Incident(**json.loads(r[0])) for r in self.conn.execute("SELECT record FROM incidents ORDER BY id")]

    def contradictions(self) -> list[Contradiction]:
        return [Contradiction(**json.loads(r[0])) for r in self.conn.execute("SELECT record FROM contradictions ORDER BY id")]

    def failures(self) -> list[tuple[str, str, int]]:
        return list(self.conn.execute("SELECT path, reason, attempts FROM failures ORDER BY path"))

    def counts(self) -> dict[str, int]:
        return {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("documents", "claims", "incidents", "contradictions", "failures")}

    def snapshot(self) -> dict:
        """The store's content without timestamps: what two equivalent runs must share."""
        return {
            "documents": [tuple(r) for r in self.conn.execute("SELECT doc_id, path, content_hash, record FROM documents ORDER BY doc_id")],
            "claims": [tuple(r) for r in self.conn.execute("SELECT id, doc_id, position, record FROM claims ORDER BY id")],
            "incidents": [tuple(r) for r in self.conn.execute("SELECT id, record FROM incidents ORDER BY id")],
            "contradictions": [tuple(r) for r in self.conn.execute("SELECT id, record FROM contradictions ORDER BY id")],
            "failures": [tuple(r) for r in self.conn.execute("SELECT path, reason FROM failures ORDER BY path")],
        }
