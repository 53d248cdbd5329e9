"""Library entry points the CLI calls. Each returns data; nothing here prints."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .extract import extract
from .ingest import DEFAULT_MAX_BYTES, iter_documents
from .records import Claim, Document, FailedInput
from .voices.merge import unify_speakers


@dataclass
class ClaimsResult:
    documents: list[Document] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    failures: list[FailedInput] = field(default_factory=list)


def extract_claims(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES,
                   pipeline=None, blame: bool | str = True,
                   on_document: Callable[[Document], None] | None = None) -> ClaimsResult:
    """Read every document under ``paths`` and return its claims with voices, aspects,
    slots, blame and strategies. ``blame=True`` uses the trained classifiers (ModelError if
    they are missing or tampered with), ``"rules"`` the rule cues only, ``False`` neither."""
    from .pipeline import shared_pipeline

    pipeline = pipeline or shared_pipeline()
    result = ClaimsResult()

    def documents():
        for item in iter_documents(paths, max_bytes=max_bytes):
            if isinstance(item, FailedInput):
                result.failures.append(item)
            else:
                yield item

    # a document the pipeline fails on is reported with its file, like one that cannot be read
    for document, claims in extract(pipeline, documents(), on_error=result.failures.append):
        result.documents.append(document)
        result.claims.extend(claims)
        if on_document is not None:
            on_document(document)
    unify_speakers(result.claims)
    if blame:
        from .blame import annotate_blame
        annotate_blame(result.claims, rules_only=(blame == "rules"))
    return result
