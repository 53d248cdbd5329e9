"""compare on documents written for the test: the JSON report against the contract, every
format, and the HTML page in headless Chromium (escaping, highlights, evidence links)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from nlp.contract import validator

pytestmark = pytest.mark.slow
runner = CliRunner()

NEWS = """---
title: Acme Cloud outage lasted 13 hours
source: Daily Ledger
kind: news
published: 2026-03-10
---
Acme Cloud's storage service in Frankfurt was down for 13 hours on 2 March 2026, according to three employees.
The employees said an AI coding agent deleted the production environment on its own.
It was at least the second time this year that an AI tool had caused an outage, one of them said.
An attacker's note reading <script>document.title='pwned'</script> and <img src=x onerror="document.title='pwned'"> circulated online.
"""
STATEMENT = """Acme Cloud - Statement on the 2 March 2026 storage interruption

On 2 March 2026 we had a brief interruption of our storage service in one region.
Service was fully restored within 47 minutes.
The interruption was caused by user error, not by our AI tools.
The claim that a second event affected Acme Cloud is entirely false.
We have added safeguards, including mandatory peer review for production changes.
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("incident")
    (d / "news.md").write_text(NEWS)
    (d / "statement.txt").write_text(STATEMENT)
    return d


def test_compare_json_matches_contract_and_finds_contradictions(folder):
    result = runner.invoke(app, ["compare", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert list(validator("report").iter_errors(report)) == []
    kinds = {x["kind"] for x in report["contradictions"]}
    assert "numeric" in kinds
    ids = {c["id"] for c in report["claims"]}
    assert all(x["claim_a"] in ids and x["claim_b"] in ids for x in report["contradictions"])
    assert len(report["incidents"]) == 1


@pytest.mark.parametrize("fmt,marker", [("markdown", "| aspect |"), ("csv", "incident,incident_label,aspect"), ("table", "aspect")])
def test_compare_other_formats(folder, fmt, marker):
    result = runner.invoke(app, ["compare", str(folder), "--format", fmt])
    assert result.exit_code == 0 and marker in result.stdout


def test_compare_html_in_headless_chromium(folder, tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    out = tmp_path / "report.html"
    result = runner.invoke(app, ["compare", str(folder), "--format", "html", "--output", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text()
    assert "<script>document" not in html and "onerror=\"document" not in html
    requests = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        page = browser.new_page()
        page.on("request", lambda r: requests.append(r.url))
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(out.as_uri())
        assert page.title() == "Counterclaim comparison"  # the payload never ran
        assert dialogs == []
        assert page.locator("td.contradiction").count() >= 2
        links = page.locator("a.evidence-link")
        assert links.count() > 0
        target = links.first.get_attribute("href")
        assert target.startswith("#claim-") and page.locator(target).count() == 1
        assert "<script>" in page.locator("body").inner_text()  # shown as text
        browser.close()
    assert all(u.startswith("file://") for u in requests)
