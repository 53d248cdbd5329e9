"""Annotated corpora: loading gold annotations, filling offsets, validating.

Format: ``corpora/<set>/annotations/<incident>.json`` annotate ``corpora/<set>/docs/...``;
see ``corpora/incidents/README.md``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..contract import vocabulary
from ..ingest import read_documents
from ..records import Document

CLAIM_FIELDS = ("text", "speaker", "role", "aspects", "hedged", "negated", "blame", "strategies", "incident")


@dataclass
class GoldClaim:
    doc: str
    text: str
    start: int
    end: int
    speaker: str | None
    role: str
    aspects: list[str]
    hedged: bool
    negated: bool
    blame: dict | None
    strategies: list[str]
    incident: str
    cue: str | None = None
    slots: dict = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str]:
        return (self.doc, self.text)


@dataclass
class GoldPair:
    a: tuple[str, str]
    b: tuple[str, str]
    kind: str | None
    aspect: str | None
    incident: str


@dataclass
class Corpus:
    root: Path
    documents: dict[str, Document]
    claims: list[GoldClaim]
    contradictions: list[GoldPair]
    agreements: list[GoldPair]
    incidents: dict[str, dict]
    failures: list

    def fingerprint(self) -> str:
        """sha256 over documents and annotations, for model cards."""
        h = hashlib.sha256()
        for doc_id in sorted(self.documents):
            h.update(doc_id.encode())
            h.update(self.documents[doc_id].content_hash.encode())
        for path in sorted((self.root / "annotations").glob("*.json")):
            h.update(path.name.encode())
            h.update(path.read_bytes())
        return h.hexdigest()


def annotation_files(root: Path, only: str | None = None) -> list[Path]:
    files = sorted((root / "annotations").glob("*.json"))
    return [f for f in files if only is None or f.stem == only]


def load_documents(root: Path) -> tuple[dict[str, Document], list]:
    result = read_documents([root / "docs"])
    return {d.doc_id: d for d in result.documents}, result.failures


def _span(doc: Document, text: str, start: Any, end: Any, after: int) -> tuple[int, int] | None:
    if isinstance(start, int) and isinstance(end, int) and doc.text[start:end] == text:
        return start, end
    pos = doc.text.find(text, after)
    if pos < 0:
        pos = doc.text.find(text)
    return (pos, pos + len(text)) if pos >= 0 else None


def fill_offsets(root: Path, only: str | None = None) -> list[str]:
    """Write ``start``/``end`` for every claim whose text is found; return problems."""
    documents, _ = load_documents(root)
    problems = []
    for file in annotation_files(root, only):
        data = json.loads(file.read_text())
        for entry in data.get("documents", []):
            doc = documents.get(entry.get("path"))
            if doc is None:
                problems.append(f"{file.name}: document {entry.get('path')!r} not found or not readable")
                continue
            after = 0
            for claim in entry.get("claims", []):
                span = _span(doc, claim.get("text", ""), claim.get("start"), claim.get("end"), after)
                if span is None:
                    problems.append(f"{file.name}: {entry['path']}: claim text not in the ingested text: {claim.get('text', '')[:80]!r}")
                    continue
                claim["start"], claim["end"] = span
                after = span[0]
        file.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    return problems


def validate(root: Path, only: str | None = None) -> list[str]:
    """Every problem in the annotations of ``root`` as one line each."""
    vocab = vocabulary()
    documents, failures = load_documents(root)
    problems = [f"unreadable document {f}" for f in failures]
    incident_ids = {f.stem for f in annotation_files(root)}
    for file in annotation_files(root, only):
        try:
            data = json.loads(file.read_text())
        except json.JSONDecodeError as exc:
            problems.append(f"{file.name}: not valid JSON ({exc})")
            continue
        inc = data.get("incident", {})
        if inc.get("id") != file.stem:
            problems.append(f"{file.name}: incident.id should equal the file name, but found {inc.get('id')!r}")
        keys = set()
        for entry in data.get("documents", []):
            path = entry.get("path")
            doc = documents.get(path)
            if doc is None:
                problems.append(f"{file.name}: document {path!r} not found under docs/ (or unreadable)")
                continue
            for i, c in enumerate(entry.get("claims", [])):
                where = f"{file.name}: {path}: claim {i + 1}"
                missing = [k for k in CLAIM_FIELDS if k not in c]
                if missing:
                    problems.append(f"{where}: missing fields {missing}")
                    continue
                s, e = c.get("start"), c.get("end")
                if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(doc.text)):
                    problems.append(f"{where}: offsets missing or outside the text (run fill-offsets)")
                elif doc.text[s:e] != c["text"]:
                    problems.append(f"{where}: text[start:end] does not match the claim text")
                if c["role"] not in vocab["speaker_role"]:
                    problems.append(f"{where}: role {c['role']!r} not in the vocabulary")
                bad = [a for a in c["aspects"] if a not in vocab["aspects"]]
                if bad or not c["aspects"]:
                    problems.append(f"{where}: aspects {c['aspects']!r} must be a non-empty list from the vocabulary")
                bad = [s_ for s_ in c["strategies"] if s_ not in vocab["strategies"]]
                if bad:
                    problems.append(f"{where}: strategies {bad!r} not in the vocabulary")
                blame = c["blame"]
                if "cause" in c["aspects"] and not blame:
                    problems.append(f"{where}: a cause claim needs blame")
                if blame:
                    if blame.get("category") not in vocab["blame_category"]:
                        problems.append(f"{where}: blame category {blame.get('category')!r} not in the vocabulary")
                    if any(d not in vocab["blame_category"] for d in blame.get("denied", [])):
                        problems.append(f"{where}: blame denied {blame.get('denied')!r} not in the vocabulary")
                    if "cause" not in c["aspects"]:
                        problems.append(f"{where}: blame given but 'cause' not among aspects")
                if c["incident"] not in incident_ids:
                    problems.append(f"{where}: incident {c['incident']!r} has no annotation file")
                if not isinstance(c["hedged"], bool) or not isinstance(c["negated"], bool):
                    problems.append(f"{where}: hedged and negated must be true or false")
                keys.add((path, c["text"]))
        for kind in ("contradictions", "agreements"):
            for i, pair in enumerate(data.get(kind, [])):
                where = f"{file.name}: {kind} {i + 1}"
                for side in ("a", "b"):
                    ref = pair.get(side) or {}
                    if (ref.get("doc"), ref.get("text")) not in keys:
                        problems.append(f"{where}: side {side} does not name an annotated claim of this file: {str(ref.get('text'))[:60]!r}")
                if kind == "contradictions":
                    if pair.get("kind") not in vocab["contradiction_kind"]:
                        problems.append(f"{where}: kind {pair.get('kind')!r} not in the vocabulary")
                    if pair.get("aspect") not in vocab["aspects"]:
                        problems.append(f"{where}: aspect {pair.get('aspect')!r} not in the vocabulary")
    return problems


def load(root: str | Path) -> Corpus:
    root = Path(root)
    documents, failures = load_documents(root)
    claims: list[GoldClaim] = []
    contradictions: list[GoldPair] = []
    agreements: list[GoldPair] = []
    incidents: dict[str, dict] = {}
    for file in annotation_files(root):
        try:
            data = json.loads(file.read_text())
        except json.JSONDecodeError:
            continue  # reported by validate()
        if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
            continue
        incidents[file.stem] = data.get("incident", {})
        for entry in data.get("documents", []):
            if not isinstance(entry, dict) or not isinstance(entry.get("claims"), list):
                continue
            path = entry.get("path")
            if path not in documents:
                continue
            for c in entry.get("claims", []):
                if not isinstance(c.get("start"), int):
                    continue
                claims.append(GoldClaim(
                    doc=path, text=c["text"], start=c["start"], end=c["end"],
                    speaker=c.get("speaker"), role=c.get("role", "unknown"),
                    aspects=list(c.get("aspects", [])), hedged=bool(c.get("hedged")),
                    negated=bool(c.get("negated")), blame=c.get("blame"),
                    strategies=list(c.get("strategies", [])), incident=c.get("incident", file.stem),
                    cue=c.get("cue"), slots=c.get("slots") or {}))
        for kind, out in (("contradictions", contradictions), ("agreements", agreements)):
            for pair in data.get(kind, []):
                a, b = pair.get("a", {}), pair.get("b", {})
                out.append(GoldPair((a.get("doc"), a.get("text")), (b.get("doc"), b.get("text")),
                                    pair.get("kind"), pair.get("aspect"), file.stem))
    return Corpus(root, documents, claims, contradictions, agreements, incidents, failures)
