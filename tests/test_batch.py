"""The batch store and runners on small folders written for the test."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nlp.batch.runner import run_batch
from nlp.batch.store import SCHEMA_VERSION, Store, StoreLocked

pytestmark = pytest.mark.slow
VENDORS = ["Acme Cloud", "Borealis Pay", "Cobalt Air", "Dunmore Telecom", "Eastgate Bank", "Fjord Mail"]


def article(i: int) -> str:
    vendor = VENDORS[i % len(VENDORS)]
    return (f"{vendor} said its service was down for {i + 2} hours on {i % 27 + 1} March 2026.\n"
            f"Customers said the outage lasted most of the day, and {i * 100 + 500} accounts were affected.\n"
            f"The company blamed a faulty configuration change and apologised for the disruption.\n"
            f"Two engineers said a storm had damaged a data centre, according to the Daily Ledger.\n")


def make_folder(root: Path, n: int) -> Path:
    folder = root / "news"
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"doc{i:03d}.txt").write_text(article(i))
    return folder


def test_batch_incremental_changed_deleted_and_bad_files(tmp_path):
    folder = make_folder(tmp_path, 5)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 binary")
    store = tmp_path / "s.sqlite"
    first = run_batch([folder], store, rules_only=True)
    assert first.processed == 5 and first.skipped_unchanged == 0
    assert [Path(p).name for p, _ in first.failed] == ["broken.txt"]
    again = run_batch([folder], store, rules_only=True)
    assert again.processed == 0 and again.skipped_unchanged == 5 and not again.crossdoc_ran
    assert len(again.failed) == 1  # a failed file is retried every run
    (folder / "doc001.txt").write_text(article(1) + "The company later said the outage lasted nine hours.\n")
    (folder / "doc002.txt").unlink()
    (folder / "broken.txt").write_text(article(40))
    third = run_batch([folder], store, rules_only=True)
    assert third.processed == 2 and third.removed == 1 and third.failed == [] and third.crossdoc_ran
    with Store.open(store, writer=False) as s:
        docs = {d.doc_id.split("/")[-1] for d in s.documents()}
        assert docs == {"doc000.txt", "doc001.txt", "doc003.txt", "doc004.txt", "broken.txt"}
        assert s.failures() == []
        assert any("nine hours" in c.text for c in s.iter_claims())
        assert all(c.incident for c in s.iter_claims())


def test_batch_touched_but_unchanged_file_is_not_reprocessed(tmp_path):
    folder = make_folder(tmp_path, 2)
    store = tmp_path / "s.sqlite"
    run_batch([folder], store, rules_only=True)
    os.utime(folder / "doc000.txt", (time.time() + 10, time.time() + 10))
    again = run_batch([folder], store, rules_only=True)
    assert again.processed == 0 and again.skipped_unchanged == 2


def test_batch_store_is_versioned_and_migrates(tmp_path):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.commit()
    conn.close()
    with Store.open(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert "vector" in {r[1] for r in s.conn.execute("PRAGMA table_info(claims)")}


def test_batch_second_writer_is_refused(tmp_path):
    store = tmp_path / "s.sqlite"
    with Store.open(store):
        with pytest.raises(StoreLocked, match="another counterclaim batch"):
            Store.open(store)
        cli = subprocess.run([sys.executable, "-m", "cli", "batch", str(tmp_path), "--store", str(store), "--rules-only"],
                             capture_output=True, text=True, cwd=Path(__file__).parent.parent)
        assert cli.returncode == 2 and "another counterclaim batch" in cli.stderr


def _snapshot(store):
    with Store.open(store, writer=False) as s:
        return s.snapshot()


def test_batch_kill_9_mid_run_then_resume_equals_uninterrupted(tmp_path):
    folder = make_folder(tmp_path, 14)
    reference = tmp_path / "reference.sqlite"
    run_batch([folder], reference, rules_only=True)
    store = tmp_path / "killed.sqlite"
    cmd = [sys.executable, "-m", "cli", "batch", str(folder), "--store", str(store), "--rules-only", "--quiet"]
    proc = subprocess.Popen(cmd, cwd=Path(__file__).parent.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    committed = 0
    while time.time() < deadline and proc.poll() is None:
        try:
            with sqlite3.connect(store, timeout=1) as conn:
                committed = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            committed = 0
        if committed >= 3:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the batch finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 3 <= committed < 14
    resumed = run_batch([folder], store, rules_only=True)
    assert resumed.skipped_unchanged >= 3 and resumed.processed <= 11
    assert _snapshot(store) == _snapshot(reference)


def test_batch_two_workers_equal_one(tmp_path):
    folder = make_folder(tmp_path, 6)
    run_batch([folder], tmp_path / "one.sqlite", workers=1, rules_only=True)
    run_batch([folder], tmp_path / "two.sqlite", workers=2, rules_only=True)
    assert _snapshot(tmp_path / "one.sqlite") == _snapshot(tmp_path / "two.sqlite")


def test_batch_dask_localcluster_equals_local_run(tmp_path):
    from dask.distributed import LocalCluster

    folder = make_folder(tmp_path, 6)
    run_batch([folder], tmp_path / "local.sqlite", rules_only=True)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = run_batch([folder], tmp_path / "dask.sqlite", engine="dask", scheduler=cluster.scheduler_address,
                            rules_only=True)
    assert summary.processed == 6
    assert _snapshot(tmp_path / "local.sqlite") == _snapshot(tmp_path / "dask.sqlite")


def test_batch_export_formats(tmp_path):
    import json

    from nlp.batch.export import export
    from nlp.contract import validator

    folder = make_folder(tmp_path, 3)
    store = tmp_path / "s.sqlite"
    run_batch([folder], store, rules_only=True)
    lines = export(store, "jsonl").splitlines()
    check = validator("claim")
    assert lines and all(not list(check.iter_errors(json.loads(line))) for line in lines)
    assert "incident" in export(store, "csv", "contradictions").splitlines()[0] or export(store, "csv", "contradictions") == "id\r\n"
    assert "<html" in export(store, "html") and "| aspect |" in export(store, "markdown")
    export(store, "parquet", "claims", tmp_path / "claims.parquet")
    import pyarrow.parquet as pq
    assert pq.read_table(tmp_path / "claims.parquet").num_rows == len(lines)
