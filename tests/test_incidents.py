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


def _doc(doc_id, text, published=None, title=None):
    return Document(doc_id=doc_id, path=doc_id, text=text, format="md", published=published, title=title)


def test_incidents_company_named_by_initialism_or_capitals_merges():
    d1 = _doc("d1", "The Federal Aviation Administration halted departures on 11 January 2023.", "2023-01-11")
    d2 = _doc("d2", "The FAA said on 11 January 2023 that a damaged file caused the outage. The FAA apologised.", "2023-01-12")
    claims = [make(d1, "a", d1.text, 0, "2023-01-11", vendor="Federal Aviation Administration"),
              make(d2, "b", d2.text, 0, "2023-01-11", vendor="FAA")]
    group_incidents([d1, d2], claims)
    assert claims[0].incident == claims[1].incident


def test_incidents_company_in_capitals_on_a_letterhead_merges():
    d1 = _doc("d1", "Rogers customers lost service on 8 July 2022.", "2022-07-09")
    d2 = _doc("d2", "ROGERS\nWe are sorry for the outage on 8 July 2022.", None)
    claims = [make(d1, "a", d1.text, 0, "2022-07-08", vendor="Rogers"),
              make(d2, "b", "We are sorry for the outage on 8 July 2022.", 7, "2022-07-08", vendor="ROGERS",
                   speaker="ROGERS", role="vendor")]
    group_incidents([d1, d2], claims)
    assert claims[0].incident == claims[1].incident


def test_incidents_letter_signed_by_a_customer_is_about_the_company_it_names():
    d1 = _doc("d1", "Harbour Bank said its app failed on 28 November 2024.", "2024-11-29")
    d2 = _doc("d2", "Dear Harbour Bank, your app failed me on 28 November 2024.\nJodie Kerr", "2024-12-01")
    claims = [make(d1, "a", d1.text, 0, "2024-11-28", vendor="Harbour Bank", speaker="Harbour Bank", role="vendor"),
              make(d2, "b", "Dear Harbour Bank, your app failed me on 28 November 2024.", 0, "2024-11-28",
                   vendor="Jodie Kerr", speaker="Jodie Kerr", role="customer")]
    incidents = group_incidents([d1, d2], claims)
    assert claims[0].incident == claims[1].incident
    assert incidents[0].vendor == "Harbour Bank"


def test_incidents_a_person_quoted_as_an_expert_does_not_name_the_incident():
    d1 = _doc("d1", "Kai Brandt said the Cloudflare outage on 18 November 2025 looked like an attack.", "2025-11-19")
    d2 = _doc("d2", "Cloudflare said its outage on 18 November 2025 was not an attack.", "2025-11-18")
    claims = [make(d1, "a", d1.text, 0, "2025-11-18", vendor="Cloudflare", speaker="Kai Brandt", role="expert", cue="said"),
              make(d2, "b", d2.text, 0, "2025-11-18", vendor="Cloudflare", speaker="Cloudflare", role="vendor", cue="said")]
    incidents = group_incidents([d1, d2], claims)
    assert claims[0].incident == claims[1].incident
    assert [i.vendor for i in incidents] == ["Cloudflare"]


def test_incidents_two_companies_on_the_same_day_stay_apart():
    d1 = _doc("d1", "Optus lost its network on 8 November 2023.", "2023-11-08")
    d2 = _doc("d2", "Rogers lost its network on 8 November 2023.", "2023-11-08")
    claims = [make(d1, "a", d1.text, 0, "2023-11-08", vendor="Optus"),
              make(d2, "b", d2.text, 0, "2023-11-08", vendor="Rogers")]
    group_incidents([d1, d2], claims)
    assert claims[0].incident != claims[1].incident
