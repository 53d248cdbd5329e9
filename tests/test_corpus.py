from __future__ import annotations

import json

import pytest

from nlp import corpus


@pytest.mark.parametrize("name", ["incidents", "dev"])
def test_corpus_annotations_validate(root, name):
    assert corpus.validate(root / "corpora" / name) == []


def test_corpus_validator_catches_bad_labels_and_offsets(root, tmp_path):
    import shutil
    src = root / "corpora" / "dev"
    shutil.copytree(src, tmp_path / "dev")
    ann = sorted((tmp_path / "dev" / "annotations").glob("*.json"))[0]
    data = json.loads(ann.read_text())
    claim = data["documents"][0]["claims"][0]
    claim["role"] = "journalist"
    claim["start"] += 1
    ann.write_text(json.dumps(data))
    problems = corpus.validate(tmp_path / "dev", only=ann.stem)
    assert any("role 'journalist'" in p for p in problems)
    assert any("does not match" in p for p in problems)


def test_corpus_incidents_meet_size_targets(root):
    c = corpus.load(root / "corpora" / "incidents")
    real = [k for k, v in c.incidents.items() if not v.get("mentioned_only")]
    assert len(real) >= 30 and len(c.documents) >= 100 and len(c.claims) >= 1000
