"""``counterclaim compare``: claims -> incidents -> contradictions -> comparison table.

The cross-document stages are pure functions over records; this module only wires them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .contradictions import find_contradictions
from .incidents import group_incidents
from .ingest import DEFAULT_MAX_BYTES
from .records import Claim, Contradiction, Document, FailedInput, Incident
from .report.table import ComparisonTable, build_table
from .run import extract_claims


@dataclass
class Report:
    documents: list[Document]
    claims: list[Claim]
    incidents: list[Incident]
    contradictions: list[Contradiction]
    table: ComparisonTable
    failures: list[FailedInput] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The contract's report object (``report.schema.json``) with extra fields."""
        return {
            "documents": [{"doc_id": d.doc_id, "path": d.path, "title": d.title, "source": d.source,
                           "kind": d.kind, "published": d.published} for d in self.documents],
            "claims": [c.to_dict() for c in self.claims],
            "incidents": [i.to_dict() for i in self.incidents],
            "contradictions": [x.to_dict() for x in self.contradictions],
            "table": self.table.to_dict(),
        }


def load_scorer():
    """The shipped pair scorer, or None when it is not installed (typed rules only)."""
    from .errors import ModelError
    from .pair_scorer import load
    try:
        return load()
    except ModelError:
        return None


def build_report(documents: list[Document], claims: list[Claim], embedder=None, scorer=None,
                 failures: list[FailedInput] | None = None) -> Report:
    incidents = group_incidents(documents, claims)
    contradictions = find_contradictions(claims, embedder=embedder, scorer=scorer)
    table = build_table(incidents, claims, contradictions)
    return Report(documents, claims, incidents, contradictions, table, list(failures or []))


def compare(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES, rules_only: bool = False) -> Report:
    result = extract_claims(paths, max_bytes=max_bytes, blame="rules" if rules_only else True)
    scorer = None if rules_only else load_scorer()
    return build_report(result.documents, result.claims, scorer=scorer, failures=result.failures)
