"""Reading documents: walk paths, pick a reader by extension, return Documents and failures.

Folders are walked recursively in sorted order; hidden files and folders are skipped;
symbolic links are followed, but a link that leads back into a folder already being walked
is reported as a loop. Every problem is one :class:`~nlp.records.FailedInput` naming the
file; the other files are still read.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import IngestError
from ..records import Document, FailedInput
from .decode import DEFAULT_MAX_BYTES, read_text
from .readers import READERS

SUPPORTED = tuple(sorted(READERS))


@dataclass
class IngestResult:
    documents: list[Document]
    failures: list[FailedInput]


def discover(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str] | FailedInput]:
    """Yield ``(file, doc_id_prefix)`` for every supported file under ``paths``, or a
    FailedInput for paths that cannot be walked. doc ids are paths relative to the parent
    of the argument, so ``claims corpora/samples`` gives ``samples/report.html``."""
    for raw in paths:
        root = Path(raw)
        if not root.exists() and not root.is_symlink():
            yield FailedInput(str(root), "no such file or folder")
            continue
        if root.is_file() or (root.is_symlink() and not root.is_dir()):
            yield (root, root.name)
            continue
        base = root.resolve().parent
        yield from _walk(root, base)


def _walk(root: Path, base: Path) -> Iterator[tuple[Path, str] | FailedInput]:
    active: set[str] = set()

    def walk(folder: Path, rel: Path):
        real = os.path.realpath(folder)
        if real in active:
            yield FailedInput(str(folder), "symbolic link loops back to a folder above it; skipped")
            return
        active.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield FailedInput(str(folder), f"folder cannot be read ({exc.strerror or exc})")
            active.discard(real)
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()  # follows links
            except OSError as exc:
                yield FailedInput(str(path), f"cannot be read ({exc})")
                continue
            if is_dir:
                yield from walk(path, rel / entry.name)
            elif entry.is_symlink() and not path.exists():
                yield FailedInput(str(path), "broken symbolic link")
            elif path.suffix.lower() in READERS:
                yield (path, (rel / entry.name).as_posix())
        active.discard(real)

    yield from walk(root, Path(root.resolve().name))


def iter_documents(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES
                   ) -> Iterator[Document | FailedInput]:
    """Stream Documents (and FailedInputs) in discovery order; memory stays flat."""
    for item in discover(paths):
        if isinstance(item, FailedInput):
            yield item
            continue
        path, doc_id = item
        reader = READERS.get(path.suffix.lower())
        if reader is None:
            yield FailedInput(str(path), f"unsupported file type '{path.suffix}' (supported: {', '.join(SUPPORTED)})")
            continue
        try:
            text = read_text(path, max_bytes=max_bytes)
            yield from reader(path, doc_id, text)
        except IngestError as exc:
            yield FailedInput(exc.path or str(path), exc.reason)


def read_documents(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> IngestResult:
    docs: list[Document] = []
    failures: list[FailedInput] = []
    for item in iter_documents(paths, max_bytes=max_bytes):
        (failures if isinstance(item, FailedInput) else docs).append(item)
    return IngestResult(docs, failures)
