"""Shared fixtures. Tests that load the spaCy or transformer models are marked ``slow``;
they run with ``--slow`` (CI passes it) and are skipped in a quick run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true", default=False, help="run tests that load models")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="loads a model: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def pipeline():
    from nlp.pipeline import shared_pipeline
    return shared_pipeline()


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture
def write(tmp_path):
    """write(name, content) -> Path: a file in a fresh folder (bytes or text)."""
    def _write(name: str, content, folder: Path | None = None) -> Path:
        path = (folder or tmp_path) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path
    return _write


@pytest.fixture
def claims_of(pipeline):
    """claims_of(text, **meta) -> list[Claim] for one document written for the test."""
    from nlp.extract import extract
    from nlp.records import Document

    def _claims(text: str, doc_id: str = "test.txt", **meta):
        doc = Document(doc_id=doc_id, path=doc_id, text=text, format="txt", **meta)
        return next(extract(pipeline, [doc]))[1]
    return _claims
