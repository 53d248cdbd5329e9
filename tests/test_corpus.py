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


def test_majority_vote_takes_two_of_three_and_keeps_first_on_a_three_way_split():
    from nlp.corpus.agreement import majority
    row = {"first": {"category": "configuration", "denied": ["ai_tool"], "strategies": ["denial"]},
           "second": {"category": "human_error", "denied": ["ai_tool", "malicious"], "strategies": ["denial", "scapegoat"]},
           "third": {"category": "human_error", "denied": [], "strategies": ["scapegoat"]}}
    assert majority(row) == {"category": "human_error", "denied": ["ai_tool"], "strategies": ["denial", "scapegoat"]}
    row["third"]["category"] = "software_bug"
    assert majority(row)["category"] == "configuration"


def test_agreement_of_identical_passes_is_perfect_and_of_swapped_labels_is_not(tmp_path):
    from nlp.corpus.agreement import PASSES, agreement
    rows = [{"claim": f"d#{i}", "first": {"category": c, "denied": [], "strategies": s},
             "second": {"category": c, "denied": [], "strategies": s}, "third": None}
            for i, (c, s) in enumerate([("malicious", ["denial"]), ("external", []), ("ai_tool", ["apology"])])]
    (tmp_path / PASSES).parent.mkdir(parents=True)
    (tmp_path / PASSES).write_text("\n".join(json.dumps(r) for r in rows))
    report = agreement(tmp_path)
    assert report["category"]["kappa"] == 1.0 and report["strategies"]["macro_f1"] == 1.0
    rows[0]["second"]["category"] = "external"
    (tmp_path / PASSES).write_text("\n".join(json.dumps(r) for r in rows))
    assert agreement(tmp_path)["category"]["kappa"] < 1.0


def test_incident_labels_are_the_majority_vote_of_the_annotation_passes(root):
    from nlp.corpus.agreement import majority, read_passes
    c = corpus.load(root / "corpora" / "incidents")
    claims = {f"{g.doc}#{g.start}": g for g in c.claims}
    for row in read_passes(root / "corpora" / "incidents"):
        g = claims[row["claim"]]
        merged = majority(row)
        if "category" in merged:
            assert (g.blame["category"], sorted(g.blame["denied"])) == (merged["category"], merged["denied"]), row["claim"]
        if "strategies" in merged:
            assert sorted(g.strategies) == merged["strategies"], row["claim"]
