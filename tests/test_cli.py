"""The command line on the bundled samples, validated against the output contract."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cli import app
from nlp.contract import validator

pytestmark = pytest.mark.slow
runner = CliRunner()


def test_cli_claims_jsonl_on_samples_matches_contract(root):
    result = runner.invoke(app, ["claims", str(root / "corpora" / "samples"), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(records) > 50
    check = validator("claim")
    errors = [e.message for r in records for e in check.iter_errors(r)]
    assert errors == []
    speakers = {r["speaker"] for r in records}
    assert {"Amazon", "Financial Times", "insiders"} <= speakers


@pytest.mark.parametrize("fmt,marker", [("csv", "speaker_role"), ("json", '"speaker"'), ("table", "speaker")])
def test_cli_claims_other_formats(root, fmt, marker):
    result = runner.invoke(app, ["claims", str(root / "corpora" / "samples" / "telecom-news.jsonl"), "--format", fmt])
    assert result.exit_code == 0 and marker in result.stdout


def test_cli_claims_bad_file_reported_and_rest_processed(write, tmp_path):
    write("good.txt", "The outage lasted two hours, the company said.")
    write("bad.txt", b"\x00\x01binary")
    result = runner.invoke(app, ["claims", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "two hours" in result.stdout
    assert "bad.txt" in result.stderr and "binary" in result.stderr


def test_cli_help_has_examples():
    for command in ("claims", "blame", "compare", "batch", "export", "train", "evaluate", "evaluate-contradictions", "score"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Example" in result.stdout


def test_cli_claims_a_document_the_pipeline_fails_on_is_reported_and_the_rest_processed(write, tmp_path, monkeypatch):
    import nlp.slots

    real = nlp.slots.slots_for

    def failing(span, *args, **kwargs):
        if "BOOM" in span.text:
            raise ValueError("a stage failed on this sentence")
        return real(span, *args, **kwargs)

    monkeypatch.setattr(nlp.slots, "slots_for", failing)
    write("good.txt", "The outage lasted two hours, the company said.")
    write("broken.txt", "The BOOM outage lasted three hours, the bank said.")
    result = runner.invoke(app, ["claims", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "two hours" in result.stdout and "three hours" not in result.stdout
    assert "broken.txt" in result.stderr and "processing failed" in result.stderr
    assert len([line for line in result.stderr.splitlines() if line.strip()]) == 1
