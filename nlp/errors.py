"""One error type for everything Counterclaim refuses, with messages that name the file,
the rule that was broken and the value found."""

from __future__ import annotations

from pathlib import Path


class CounterclaimError(Exception):
    """Base error. ``str(err)`` is one line: ``<file>: <reason>``."""

    def __init__(self, reason: str, path: str | Path | None = None):
        self.reason = reason
        self.path = str(path) if path is not None else None
        super().__init__(f"{self.path}: {reason}" if self.path else reason)


class IngestError(CounterclaimError):
    """A document could not be read; the batch goes on with the others."""


class ModelError(CounterclaimError):
    """A model artefact is missing, tampered with, or foreign."""


class AnnotationError(CounterclaimError):
    """An annotation file breaks the corpus format."""


def invalid_value(name: str, rule: str, found: object) -> str:
    """The one message format for a bad setting: rule first, then what was found."""
    return f"'{name}' {rule}, but found {found!r}"
