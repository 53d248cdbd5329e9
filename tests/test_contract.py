from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp.contract import HERE, vocabulary
from nlp.records import ASPECTS, BLAME_CATEGORIES, CONTRADICTION_KINDS, ROLES, STRATEGIES


def test_contract_copy_equals_shared_contract(root):
    shared = root.parent / "shared" / "contract"
    if not shared.is_dir():
        pytest.skip("no ../shared/contract beside the project")
    for path in sorted(shared.glob("*.json")):
        assert json.loads(path.read_text()) == json.loads((HERE / path.name).read_text()), path.name


def test_contract_labels_match_records():
    vocab = vocabulary()
    assert tuple(vocab["aspects"]) == ASPECTS
    assert tuple(vocab["speaker_role"]) == ROLES
    assert tuple(vocab["blame_category"]) == BLAME_CATEGORIES
    assert tuple(vocab["strategies"]) == STRATEGIES
    assert tuple(vocab["contradiction_kind"]) == CONTRADICTION_KINDS
