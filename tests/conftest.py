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


@pytest.fixture
def linkedin_copy():
    """A post and two comments copied from a professional network's page, as a browser copies them."""
    return LINKEDIN_COPY


LINKEDIN_COPY = (
    "Skip to main content\nLinkedIn\nSearch\nHome\n\nFeed post\n"
    "Jonas Weber\nView Jonas Weber’s  graphic link\nJonas Weber\n • 2nd\n"
    "CTO at Acme Cloud | Speaker on SRE & automation\n1d • Edited •  Visible to anyone on or off LinkedIn\n\n"
    "Follow\nTuesday was the hardest day of my career, and our customers deserve a straight account of it.\n\n"
    "This was operator error, not an AI failure.\n\nLike\nComment\nRepost\nSend\n\nMost relevant\n\n"
    "Anna Kraus\nView Anna Kraus’s  graphic link\nAnna Kraus\n • 3rd+\nHead of IT at Moselkamp Logistik\n22h\n\n"
    "Jonas, we are one of your handful. For us it was catastrophic, and nobody at Acme contacted us.\n\n"
    "Like\n214\nReply\n\n"
    "Priya Lind\nView Priya Lind’s  graphic link\nPriya Lind\n • 2nd\nSite Reliability Engineer | formerly Acme Cloud\n20h\n\n"
    "With respect, Jonas: the confirmation step for destructive actions was switched off at the end of July.\n"
)
