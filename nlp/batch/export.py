"""Exports from a store: records (jsonl, csv, parquet) and the comparison report
(markdown, html)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..errors import CounterclaimError
from .store import Store

WHAT = ("claims", "contradictions", "incidents")


def _records(store: Store, what: str) -> list[dict]:
    if what == "claims":
        return [c.to_dict() for c in store.iter_claims()]
    if what == "contradictions":
        return [x.to_dict() for x in store.contradictions()]
    return [i.to_dict() for i in store.incidents()]


def _flat(record: dict) -> dict:
    return {k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v) for k, v in record.items()}


def export(store_path: str | Path, fmt: str, what: str = "claims", output: Path | None = None) -> str | None:
    """Return the export as text, or write it to ``output`` and return None."""
    if what not in WHAT:
        raise CounterclaimError(f"'--what' should be one of {', '.join(WHAT)}, but found {what!r}")
    with Store.open(store_path, writer=False) as store:
        if fmt in ("markdown", "html"):
            from ..compare import Report
            from ..report import writers
            from ..report.table import build_table

            claims = list(store.iter_claims())
            incidents, contradictions = store.incidents(), store.contradictions()
            report = Report(store.documents(), claims, incidents, contradictions,
                            build_table(incidents, claims, contradictions))
            text = writers.report_markdown(report) if fmt == "markdown" else writers.report_html(report)
        else:
            records = _records(store, what)
            if fmt == "jsonl":
                text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
            elif fmt == "csv":
                buf = io.StringIO()
                rows = [_flat(r) for r in records]
                fields = sorted({k for r in rows for k in r}) if rows else ["id"]
                writer = csv.DictWriter(buf, fieldnames=fields)
                writer.writeheader()
                writer.writerows(rows)
                text = buf.getvalue()
            elif fmt == "parquet":
                if output is None:
                    raise CounterclaimError("parquet needs --output FILE")
                import pyarrow as pa
                import pyarrow.parquet as pq
                rows = [_flat(r) for r in records]
                pq.write_table(pa.Table.from_pylist(rows), output)
                return None
            else:
                raise CounterclaimError(f"unknown export format {fmt!r}")
    if output is not None:
        Path(output).write_text(text, encoding="utf-8")
        return None
    return text
