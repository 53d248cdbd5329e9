from __future__ import annotations

import pytest

from nlp.incidents import days_apart, group_incidents
from nlp.records import Claim, Document, Slots


def make(doc, cid, text, start, date=None, vendor="Amazon", speaker="Ledger", role="press", cue=None):
    return Claim(id=cid, doc_id=doc.doc_id, text=text, start=start, end=start + len(text), speaker=speaker,
                 speaker_role=role, cue=cue, vendor=vendor, slots=Slots(date=date, dates=[date] if date else []))


@pytest.mark.parametrize("a,b,days", [("2025-12-10", "2025-12-12", 2), ("2025-12", "2025-12-20", 0), ("2025-10-20", "2025-12", 42), (None, "2025-12", None)])
def test_incidents_days_apart(a, b, days):
    assert days_apart(a, b) == days


def test_incidents_two_incidents_in_one_article_are_separated():
    text = ("The December outage at Amazon lasted 13 hours.\n"
            "It hit Cost Explorer in one region.\n"
            "The December episode is separate from a far more serious failure on 20 October 2025 that lasted 15 hours.\n"
            "Amazon blamed that October outage on a latent defect.\n"
            "Amazon called the December event brief.\n")
    doc = Document(doc_id="a.txt", path="a.txt", text=text, format="txt", published="2026-02-20")
    lines = text.splitlines(keepends=True)
    starts = [sum(len(l) for l in lines[:i]) for i in range(len(lines))]
    claims = [make(doc, "c1", lines[0].strip(), starts[0], "2025-12"),
              make(doc, "c2", lines[1].strip(), starts[1]),
              make(doc, "c3", lines[2].strip(), starts[2], "2025-10-20"),
              make(doc, "c4", lines[3].strip(), starts[3]),
              make(doc, "c5", lines[4].strip(), starts[4], "2025-12", speaker="Amazon", role="vendor", cue="called")]
    incidents = group_incidents([doc], claims)
    by_claim = {c.id: c.incident for c in claims}
    assert by_claim["c1"] == by_claim["c2"] == by_claim["c5"]
    assert by_claim["c3"] != by_claim["c1"]
    assert len(incidents) == 2 and all(i.label for i in incidents)


def test_incidents_merge_across_documents_by_company_and_date():
    d1 = Document(doc_id="d1", path="d1", text="x" * 200, format="txt", published="2025-12-20")
    d2 = Document(doc_id="d2", path="d2", text="x" * 200, format="txt", published="2025-12-22")
    d3 = Document(doc_id="d3", path="d3", text="x" * 200, format="txt", published="2021-12-09")
    claims = [make(d1, "a", "The Amazon outage on 15 December lasted 13 hours.", 0, "2025-12-15"),
              make(d2, "b", "Amazon said the 15 December interruption was brief.", 0, "2025-12-15", speaker="Amazon", role="vendor"),
              make(d3, "c", "The Amazon outage on 7 December 2021 lasted seven hours.", 0, "2021-12-07")]
    group_incidents([d1, d2, d3], claims)
    assert claims[0].incident == claims[1].incident != claims[2].incident
