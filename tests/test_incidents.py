from __future__ import annotations

import pytest

from nlp.incidents import days_apart, group_incidents
from nlp.records import Claim, Document, Slots


def make(doc, cid, text, start, date=None, vendor="Amazon", speaker="Ledger", role="press", cue=None):
    return Claim(id=cid, doc_id=doc.doc_id, text=text, start=start, end=start + len(text), speaker=speaker,
                 speaker_role=role, cue=cue, vendor=vendor, slots=Slots(date=date, dates=[date] if date else []))


def _lines(text):
    """The text's lines and where each starts."""
    lines = text.splitlines(keepends=True)
    return lines, [sum(len(l) for l in lines[:i]) for i in range(len(lines))]


@pytest.mark.parametrize("a,b,days", [("2025-12-10", "2025-12-12", 2), ("2025-12", "2025-12-20", 0), ("2025-10-20", "2025-12", 42), ("2018", "2018-04-10", 0), ("2018", "2025-01", 2193), (None, "2025-12", None),
                                    ("2026-05", "2026-06", 30), ("2025-12", "2026-01", 30)])
def test_incidents_days_apart(a, b, days):
    assert days_apart(a, b) == days


def test_incidents_two_incidents_in_one_article_are_separated():
    text = ("The December outage at Amazon lasted 13 hours.\n"
            "It hit Cost Explorer in one region.\n"
            "The December episode is separate from a far more serious failure on 20 October 2025 that lasted 15 hours.\n"
            "Amazon blamed that October outage on a latent defect.\n"
            "Amazon called the December event brief.\n")
    doc = Document(doc_id="a.txt", path="a.txt", text=text, format="txt", published="2026-02-20")
    lines, starts = _lines(text)
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


def _claim(doc, cid, text, date=None, aspects=("scope",), **kw):
    start = doc.text.index(text)
    c = make(doc, cid, text, start, date, **kw)
    c.slots.dates = [date] if isinstance(date, str) else list(date or [])
    c.slots.date = c.slots.dates[0] if c.slots.dates else None
    c.aspects = list(aspects)
    return c


def test_incidents_report_months_later_joins_the_event_it_names_next_to_the_report_date():
    d1 = _doc("d1", "Acme Mobile customers could not call on 22 February 2024.", "2024-02-22")
    d2 = _doc("d2", "A February outage at Acme Mobile blocked 92 million calls, regulators said Monday.\n"
                    "Acme Mobile said on Monday it had made changes.", "2024-07-23")
    claims = [_claim(d1, "a", d1.text, "2024-02-22", vendor="Acme Mobile"),
              _claim(d2, "b", "A February outage at Acme Mobile blocked 92 million calls, regulators said Monday.",
                     ["2024-02", "2024-07-22"], vendor="Acme Mobile"),
              _claim(d2, "c", "Acme Mobile said on Monday it had made changes.", "2024-07-22",
                     aspects=("remediation",), vendor="Acme Mobile")]
    group_incidents([d1, d2], claims)
    assert claims[0].incident == claims[1].incident == claims[2].incident


def test_incidents_review_dated_only_by_its_publication_joins_the_recent_incident_of_its_company():
    d1 = _doc("d1", "Acme Cloud sites were deleted on Tuesday 5 April.", "2022-04-12")
    d2 = _doc("d2", "In a review published on Friday, Acme Cloud said 883 sites were deleted.", "2022-04-29")
    claims = [_claim(d1, "a", d1.text, "2022-04-05", vendor="Acme Cloud"),
              _claim(d2, "b", d2.text, "2022-04-29", vendor="Acme Cloud")]
    group_incidents([d1, d2], claims)
    assert claims[0].incident == claims[1].incident


def test_incidents_two_incidents_of_one_company_months_apart_stay_separate():
    d1 = _doc("d1", "Acme Cloud was down on 20 October 2025 for 15 hours.", "2025-10-21")
    d2 = _doc("d2", "Acme Cloud lost its billing tool on 12 December 2025 for 13 hours.", "2025-12-14")
    d3 = _doc("d3", "Acme Cloud was down for hours on Thursday, its third outage this year.", "2026-03-06")
    claims = [_claim(d1, "a", d1.text, "2025-10-20", vendor="Acme Cloud"),
              _claim(d2, "b", d2.text, "2025-12-12", vendor="Acme Cloud"),
              _claim(d3, "c", d3.text, "2026-03-05", vendor="Acme Cloud")]
    group_incidents([d1, d2, d3], claims)
    assert len({c.incident for c in claims}) == 3


def test_incidents_dated_by_publication_does_not_join_an_incident_long_before_it():
    d1 = _doc("d1", "Acme Cloud was down on 20 October 2025.", "2025-10-21")
    d2 = _doc("d2", "Acme Cloud said on Friday its service was back.", "2026-02-20")
    claims = [_claim(d1, "a", d1.text, "2025-10-20", vendor="Acme Cloud"),
              _claim(d2, "b", d2.text, "2026-02-20", vendor="Acme Cloud")]
    group_incidents([d1, d2], claims)
    assert claims[0].incident != claims[1].incident


def test_incidents_background_date_of_a_cause_claim_does_not_date_the_event():
    d1 = _doc("d1", "Payments at Fennec stopped on 11 March 2025 for five hours.", "2025-03-12")
    d2 = _doc("d2", "In January, managers removed the second review of database changes at Fennec.", "2025-03-17")
    claims = [_claim(d1, "a", d1.text, "2025-03-11", vendor="Fennec"),
              _claim(d2, "b", d2.text, "2025-01", aspects=("cause",), vendor="Fennec")]
    group_incidents([d1, d2], claims)
    assert claims[0].incident == claims[1].incident


@pytest.mark.parametrize("earlier,aspects,same", [
    ("In January, managers removed the second review of database changes.", ("cause",), True),  # background
    ("In January, card payments at Fennec failed for an hour.", ("duration",), False),  # an earlier outage
])
def test_incidents_an_earlier_date_inside_an_article_opens_an_incident_only_for_an_event(earlier, aspects, same):
    first = "Payments at Fennec stopped on 11 March 2025 for five hours."
    d = _doc("d", first + "\n" + earlier, "2025-03-12")
    claims = [_claim(d, "a", first, "2025-03-11", vendor="Fennec"),
              _claim(d, "b", earlier, "2025-01", aspects=aspects, vendor="Fennec")]
    group_incidents([d], claims)
    assert (claims[0].incident == claims[1].incident) is same


def test_incidents_undated_statement_joins_its_company_incident_not_one_only_recalled():
    d1 = _doc("d1", "Harbour Bank customers could not log in on 28 November 2024.\n"
                    "In July 2022, its app was down when the cooling failed.", "2024-11-29")
    d2 = _doc("d2", "We apologise to Harbour Bank customers for the disruption.", None)
    claims = [_claim(d1, "a", "Harbour Bank customers could not log in on 28 November 2024.", "2024-11-28", vendor="Harbour Bank"),
              _claim(d1, "b", "In July 2022, its app was down when the cooling failed.", "2022-07", vendor="Harbour Bank"),
              _claim(d2, "c", d2.text, None, vendor="Harbour Bank", speaker="Harbour Bank", role="vendor")]
    group_incidents([d1, d2], claims)
    assert claims[2].incident == claims[0].incident != claims[1].incident


def test_incidents_not_the_first_time_recalls_an_earlier_incident():
    d = _doc("d", "The Westvale portal failed in the storm on 14 January 2025.\n"
                  "This is not the first time: in December 2021 the same portal was down for three days.", "2025-01-20")
    claims = [_claim(d, "a", "The Westvale portal failed in the storm on 14 January 2025.", "2025-01-14", vendor="Westvale"),
              _claim(d, "b", "This is not the first time: in December 2021 the same portal was down for three days.",
                     "2021-12", vendor="Westvale")]
    group_incidents([d], claims)
    assert claims[0].incident != claims[1].incident


def test_incidents_claim_about_another_company_failure_recalled_by_year_leaves_the_article_incident():
    lines = ["Customers of Norland Bank could not pay on 31 January 2025, the bank told MPs.",
             "Several MPs recalled the 2018 collapse of Quayside Bank's systems.",
             "An independent review of the Quayside Bank failure blamed poor testing.",
             "Norland Bank said most payments kept working."]
    d1 = _doc("d1", "\n".join(lines), "2025-03-05")
    d2 = _doc("d2", "Quayside Bank customers were locked out of accounts in April 2018.", "2018-04-30")
    claims = [_claim(d1, "a", lines[0], "2025-01-31", vendor="Norland Bank"),
              _claim(d1, "b", lines[1], None, vendor="Norland Bank"),
              _claim(d1, "c", lines[2], None, vendor="Norland Bank"),
              _claim(d1, "d", lines[3], None, vendor="Norland Bank", speaker="Norland Bank", role="vendor"),
              _claim(d2, "e", d2.text, "2018-04", vendor="Quayside Bank", speaker="Quayside Bank", role="vendor")]
    group_incidents([d1, d2], claims)
    assert claims[0].incident == claims[3].incident
    assert claims[1].incident != claims[0].incident and claims[2].incident != claims[0].incident


def test_incidents_a_year_named_in_passing_never_bridges_two_incidents_of_that_year():
    d1 = _doc("d1", "Amazon said its DynamoDB outage on 20 October 2025 lasted 15 hours.", "2025-10-24")
    d2 = _doc("d2", "Amazon said Cost Explorer was down on 15 December 2025 for 13 hours.", "2025-12-20")
    d3 = _doc("d3", "Microsoft customers lost email on 3 March 2026.\nThe 2025 outage at Amazon was also long.", "2026-03-05")
    claims = [_claim(d1, "a", d1.text, "2025-10-20", vendor="Amazon", speaker="Amazon", role="vendor"),
              _claim(d2, "b", d2.text, "2025-12-15", vendor="Amazon", speaker="Amazon", role="vendor"),
              _claim(d3, "c", "Microsoft customers lost email on 3 March 2026.", "2026-03-03", vendor="Microsoft"),
              _claim(d3, "d", "The 2025 outage at Amazon was also long.", None, vendor="Microsoft")]
    group_incidents([d1, d2, d3], claims)
    assert claims[0].incident != claims[1].incident
    assert claims[3].incident not in (claims[2].incident,)


def test_incidents_penalty_report_a_year_later_joins_the_event_its_year_names():
    d1 = _doc("d1", "Norland Air cancelled 16,000 flights after 24 December 2022.", "2022-12-27")
    d2 = _doc("d2", "Regulators fined Norland Air $140 million on Monday over the collapse of its network "
                    "during the 2022 holidays.", "2023-12-20")
    claims = [_claim(d1, "a", d1.text, "2022-12-24", vendor="Norland Air", speaker="Norland Air", role="vendor"),
              _claim(d2, "b", d2.text, "2023-12-18", vendor="Norland Air")]
    group_incidents([d1, d2], claims)
    assert claims[0].incident == claims[1].incident


def test_incidents_that_month_takes_the_time_the_sentence_before_named():
    lines = ["Quillon lab systems were hit by ransomware on 3 June 2024.",
             "It is the worst attack on the hospitals since May 2017.",
             "That month a worm spread through Westshire Health computers.",
             "Quillon said tests were still delayed."]
    d1 = _doc("d1", "\n".join(lines), "2024-06-10")
    d2 = _doc("d2", "Westshire Health cancelled 19,000 appointments in May 2017.", "2017-05-20")
    claims = [_claim(d1, "a", lines[0], "2024-06-03", vendor="Quillon"),
              _claim(d1, "b", lines[1], "2017-05", vendor="Quillon"),
              _claim(d1, "c", lines[2], None, vendor="Quillon"),
              _claim(d1, "d", lines[3], None, vendor="Quillon", speaker="Quillon", role="vendor"),
              _claim(d2, "e", d2.text, "2017-05", vendor="Westshire Health", speaker="Westshire Health", role="vendor")]
    group_incidents([d1, d2], claims)
    assert claims[0].incident == claims[3].incident != claims[2].incident


def test_incidents_undated_claim_naming_only_a_company_already_recalled_joins_its_event():
    lines = ["Card payments failed across Europe on 1 June 2018, Vista Pay told MPs.",
             "The committee is already examining the collapse of Quayside Bank's online banking in April.",
             "Quayside Bank has blamed its problems on heavy login traffic.",
             "Vista Pay said a switch had failed."]
    d1 = _doc("d1", "\n".join(lines), "2018-06-15")
    d2 = _doc("d2", "Quayside Bank customers were locked out from 22 April 2018.", "2018-04-30")
    claims = [_claim(d1, "a", lines[0], "2018-06-01", vendor="Vista Pay"),
              _claim(d1, "b", lines[1], "2018-04", vendor="Vista Pay"),
              _claim(d1, "c", lines[2], None, vendor="Vista Pay"),
              _claim(d1, "d", lines[3], None, vendor="Vista Pay", speaker="Vista Pay", role="vendor"),
              _claim(d2, "e", d2.text, "2018-04-22", vendor="Quayside Bank", speaker="Quayside Bank", role="vendor")]
    group_incidents([d1, d2], claims)
    assert claims[0].incident == claims[3].incident
    assert claims[2].incident == claims[1].incident != claims[0].incident


def _partner_docs(separate: bool):
    d1 = _doc("d1", "Larkspur Retail said its pricing agent Tempo copied bad prices from the Vantora feed on 19 February 2026.\n"
                    "Larkspur Retail said Tempo did what it was built to do.\n"
                    "Larkspur Retail blamed the Vantora feed for the zero prices Tempo set at the Harwick depot.", "2026-02-20")
    tail = (" Its separate outage at Larkspur Retail is another matter." if separate else "")
    d2 = _doc("d2", "Tempo cut prices in the Vantora feed for the Harwick depot on 19 February 2026 by its own choice." + tail, "2026-02-21")
    claims = [_claim(d1, "a", "Larkspur Retail said its pricing agent Tempo copied bad prices from the Vantora feed on 19 February 2026.",
                     "2026-02-19", aspects=("cause",), vendor="Larkspur Retail"),
              _claim(d1, "b", "Larkspur Retail said Tempo did what it was built to do.", None, aspects=("cause",), vendor="Larkspur Retail"),
              _claim(d1, "c", "Larkspur Retail blamed the Vantora feed for the zero prices Tempo set at the Harwick depot.", None, aspects=("cause",),
                     vendor="Larkspur Retail"),
              _claim(d2, "d", "Tempo cut prices in the Vantora feed for the Harwick depot on 19 February 2026 by its own choice." + tail,
                     "2026-02-19", aspects=("cause", "impact"), vendor="Tempo")]
    return [d1, d2], claims


def test_incidents_one_event_told_by_a_company_and_by_its_product_joins():
    docs, claims = _partner_docs(separate=False)
    group_incidents(docs, claims)
    assert len({c.incident for c in claims}) == 1


def test_incidents_a_company_and_its_partner_stay_apart_when_a_text_calls_the_events_separate():
    docs, claims = _partner_docs(separate=True)
    group_incidents(docs, claims)
    assert claims[0].incident != claims[3].incident


@pytest.mark.parametrize("day,joined", [(24, True), (28, False)])
def test_incidents_a_partner_event_dated_within_a_week_joins_and_later_stays_apart(day, joined):
    docs, claims = _partner_docs(separate=False)
    later = f"{day} February 2026"
    d2 = docs[1]
    d2.published = "2026-03-01"
    d2.text = d2.text.replace("19 February 2026", later)
    claims[3].text = claims[3].text.replace("19 February 2026", later)
    claims[3].end = claims[3].start + len(claims[3].text)
    claims[3].slots.dates = [f"2026-02-{day}"]
    claims[3].slots.date = claims[3].slots.dates[0]
    group_incidents(docs, claims)
    assert (len({c.incident for c in claims}) == 1) is joined


def test_incidents_a_document_about_a_company_product_joins_the_company_incident():
    d1 = _doc("d1", "Our pricing agent, Tempo, set prices to zero on 19 February 2026 after Larkspur fed it bad data.\n"
                    "Larkspur Retail apologised for the cancelled orders.", "2026-02-20")
    d2 = _doc("d2", "Tempo cut prices across whole categories on 19 February 2026.\n"
                    "Tempo chased a rival's clearance prices all night, staff said.", "2026-03-10")
    claims = [_claim(d1, "a", "Our pricing agent, Tempo, set prices to zero on 19 February 2026 after Larkspur fed it bad data.",
                     "2026-02-19", aspects=("cause",), vendor="Larkspur Retail", speaker="Larkspur Retail", role="vendor"),
              _claim(d1, "b", "Larkspur Retail apologised for the cancelled orders.", None, aspects=("remediation",),
                     vendor="Larkspur Retail", speaker="Larkspur Retail", role="vendor"),
              _claim(d2, "c", "Tempo cut prices across whole categories on 19 February 2026.", "2026-02-19",
                     aspects=("impact",), vendor="Tempo"),
              _claim(d2, "d", "Tempo chased a rival's clearance prices all night, staff said.", None, aspects=("cause",),
                     vendor="Tempo", speaker="insiders", role="insider", cue="said")]
    group_incidents([d1, d2], claims)
    assert len({c.incident for c in claims}) == 1


def test_incidents_an_undated_status_page_is_dated_by_its_dateline_not_joined_to_an_older_incident():
    d1 = _doc("d1", "Vantora's network failed worldwide on 18 November 2025.", "2025-11-19")
    d3 = _doc("d3", "Vantora's Quillstore dashboard returned errors on 12 June 2025 after a Quillstore fault.", "2025-06-13")
    d2 = _doc("d2", "Vantora System Status - Incident history\nWidespread errors - 18 November 2025\n\n"
                    "Quillstore dashboard errors are falling and the fix is live everywhere.", None)
    claims = [_claim(d1, "a", d1.text, "2025-11-18", vendor="Vantora"),
              _claim(d3, "b", d3.text, "2025-06-12", vendor="Vantora"),
              _claim(d2, "c", "Quillstore dashboard errors are falling and the fix is live everywhere.", None,
                     vendor="Vantora", speaker="Vantora", role="vendor")]
    group_incidents([d1, d2, d3], claims)
    assert claims[2].incident == claims[0].incident != claims[1].incident


def test_incidents_a_claim_comparing_this_event_with_an_earlier_one_stays_with_this_event():
    d = _doc("d", "Vantora pages went stale on 21 October 2018.\n"
                  "Pretty sure this is another DDoS, same as the giant one back in February.", "2018-10-22")
    claims = [_claim(d, "a", "Vantora pages went stale on 21 October 2018.", "2018-10-21", vendor="Vantora"),
              _claim(d, "b", "Pretty sure this is another DDoS, same as the giant one back in February.", "2018-02",
                     vendor="Vantora")]
    group_incidents([d], claims)
    assert claims[0].incident == claims[1].incident


def test_incidents_a_complaint_log_in_dated_sections_splits_by_section():
    text = ("# Norvik Bank - customer complaints, March-June 2025\n\n"
            "### Card payment outage - Monday 3 March 2025\n\n"
            "My card was declined at the supermarket.\n\n"
            "Every card payment failed until almost four o'clock.\n\n"
            "### Mobile app outage - Thursday 19 June 2025\n\n"
            "I have not been able to log in to the app since seven this morning.\n\n"
            "Locked out for a whole morning is not two hours.\n")
    doc = _doc("log.md", text)
    claims = [_claim(doc, "m1", "My card was declined at the supermarket.", vendor="Norvik"),
              _claim(doc, "m2", "Every card payment failed until almost four o'clock.", vendor="Norvik"),
              _claim(doc, "j1", "I have not been able to log in to the app since seven this morning.", vendor="Norvik"),
              _claim(doc, "j2", "Locked out for a whole morning is not two hours.", vendor="Norvik")]
    group_incidents([doc], claims)
    by_claim = {c.id: c.incident for c in claims}
    assert by_claim["m1"] == by_claim["m2"] != by_claim["j1"] == by_claim["j2"]


def test_incidents_section_dates_need_two_dated_headings():
    from nlp.incidents import section_dates
    assert section_dates("# Outage report - 3 March 2025\n\nThe app failed.\n") == []
    dated = section_dates("### Card outage - 3 March 2025\ntext\n### App outage - 19 June 2025\ntext\n")
    assert [d for _, d in dated] == ["2025-03-03", "2025-06-19"]


def test_incidents_a_background_date_beside_the_news_day_does_not_date_the_event():
    text = ("Gridcraft was back online on Sunday after a three-day outage that began on 28 October.\n"
            "Shares of Gridcraft, which listed in March, slipped in early trading on Monday.\n")
    doc = _doc("story.md", text, published="2021-11-01")
    claims = [_claim(doc, "e", "Gridcraft was back online on Sunday after a three-day outage that began on 28 October.",
                     ["2021-10-28"], aspects=("duration",), vendor="Gridcraft"),
              _claim(doc, "s", "Shares of Gridcraft, which listed in March, slipped in early trading on Monday.",
                     ["2021-03", "2021-11-01"], aspects=("duration", "timeline"), vendor="Gridcraft")]
    incidents = group_incidents([doc], claims)
    assert any(i.date == "2021-10-28" and "e" in i.claims for i in incidents)


def test_incidents_a_thread_is_dated_by_its_first_post_header():
    from nlp.incidents import dateline
    text = ("PlayHub Community Forums > General\nThread: is Gridcraft down?\nStarted by blockfan | 12 replies\n"
            "----------\n#1  blockfan   Posted: Fri Oct 29, 2021 10:12 am\n----------\nStill down here.\n")
    assert dateline(text) == "2021-10-29"


def test_incidents_another_companys_attack_told_in_the_same_weeks_is_its_own_incident():
    text = ("Marks & Spencer paused online orders on 25 April 2025 after a cyberattack.\n"
            "Marks & Spencer said the attack would cost it about £300m.\n"
            "Separately, the Co-op was hit by hackers in the same weeks. The Co-op said member data was taken.\n"
            "Marks & Spencer said online orders resumed in June.\n")
    doc = Document(doc_id="a.txt", path="a.txt", text=text, format="txt", published="2025-06-11")
    lines, starts = _lines(text)
    second = lines[2].index("The Co-op said")
    claims = [make(doc, "c1", lines[0].strip(), starts[0], "2025-04-25", vendor="Marks & Spencer"),
              make(doc, "c2", lines[1].strip(), starts[1], vendor="Marks & Spencer", speaker="Marks & Spencer", role="vendor"),
              make(doc, "c3", lines[2][:second].strip(), starts[2], vendor="Marks & Spencer"),
              make(doc, "c4", lines[2][second:].strip(), starts[2] + second, vendor="Marks & Spencer", speaker="Co-op", role="expert"),
              make(doc, "c5", lines[3].strip(), starts[3], vendor="Marks & Spencer", speaker="Marks & Spencer", role="vendor")]
    group_incidents([doc], claims)
    by_claim = {c.id: c.incident for c in claims}
    assert by_claim["c1"] == by_claim["c2"] == by_claim["c5"]
    assert by_claim["c3"] == by_claim["c4"] != by_claim["c1"]


def test_incidents_a_section_headed_with_another_company_is_its_incident():
    text = ("# What M&S and the Co-op told MPs\n\n"
            "## Marks & Spencer: Archie Norman, chairman\n\n"
            "- Norman said the attackers got in through a third party.\n\n"
            "## The Co-op: group technology chief\n\n"
            "- He said most Co-op stores were back to normal within a fortnight.\n\n"
            "## Our take\n\n"
            "The M&S case left the central question unanswered.\n")
    doc = Document(doc_id="b.md", path="b.md", text=text, format="md", published="2025-07-09")
    claims = [_claim(doc, "n", "Norman said the attackers got in through a third party.", vendor="Marks & Spencer",
                     speaker="Marks & Spencer", role="vendor"),
              _claim(doc, "c", "He said most Co-op stores were back to normal within a fortnight.", vendor="Marks & Spencer",
                     speaker="Co-op", role="expert"),
              _claim(doc, "t", "The M&S case left the central question unanswered.", vendor="Marks & Spencer")]
    group_incidents([doc], claims)
    assert claims[0].incident == claims[2].incident != claims[1].incident


def test_incidents_sections_an_html_page_heads_with_companies_are_their_incidents():
    # an HTML feature's <h2> headings reach the text as plain lines; the reader marks them
    text = ("Two outages in a month, at Nimbus and at Hollow.\n"
            "Nimbus: two processes racing\n"
            "The failure began on 20 October and took 15 hours to unwind.\n"
            "Hollow: a change that slipped through\n"
            "The trouble started on 29 October, the company said, and was mitigated after eight hours.\n")
    lines = text.split("\n")
    doc = Document(doc_id="r.html", path="r.html", text=text, format="html", published="2025-11-21",
                   headings=[[text.index(lines[1]), 2], [text.index(lines[3]), 2]])
    claims = [_claim(doc, "n", lines[2], date="2025-10-20", vendor="Nimbus", speaker="Packetline", role="press"),
              _claim(doc, "h", lines[4], date="2025-10-29", vendor="Nimbus", speaker="Hollow", role="expert")]
    group_incidents([doc], claims)
    assert claims[0].incident != claims[1].incident
    doc.headings = []
    group_incidents([doc], claims)
    assert claims[0].incident == claims[1].incident  # unmarked, the same month: one incident


def test_incidents_the_incident_company_quoted_in_a_note_about_another_company_speaks_as_the_vendor():
    # an analyst note mostly about Corvane's outage also tells Brindle's, where Brindle speaks
    # for itself: the voice stage saw a company other than the note's and called it an expert
    note = _doc("note.md", "Corvane lost its database on 3 May.\nCorvane said the agent acted alone.\n"
                           "Brindle, for its part, maintains its 9 June interruption was brief.\n", "2026-06-20")
    statement = _doc("brindle.txt", "Our 9 June interruption was brief.\n", "2026-06-10")
    lines, starts = _lines(note.text)
    claims = [make(note, "n1", lines[0].strip(), starts[0], "2026-05-03", vendor="Corvane"),
              make(note, "n2", lines[1].strip(), starts[1], vendor="Corvane", speaker="Corvane", role="vendor", cue="said"),
              make(note, "n3", lines[2].strip(), starts[2], "2026-06-09", vendor="Corvane", speaker="Brindle", role="expert",
                   cue="maintains"),
              make(statement, "s1", statement.text.strip(), 0, "2026-06-09", vendor="Brindle", speaker="Brindle", role="vendor")]
    group_incidents([note, statement], claims)
    assert claims[2].incident == claims[3].incident != claims[0].incident
    assert claims[2].speaker_role == "vendor"
    assert claims[1].speaker_role == "vendor" and claims[0].speaker_role == "press"


def test_incidents_another_company_commenting_on_an_incident_stays_an_expert():
    doc = _doc("d.md", "Corvane lost its database on 3 May.\nBrindle said the outage showed the risks of agents.\n", "2026-05-04")
    lines, starts = _lines(doc.text)
    claims = [make(doc, "a", lines[0].strip(), starts[0], "2026-05-03", vendor="Corvane"),
              make(doc, "b", lines[1].strip(), starts[1], vendor="Corvane", speaker="Brindle", role="expert", cue="said")]
    group_incidents([doc], claims)
    assert claims[1].speaker_role == "expert"


def test_incidents_an_earlier_incident_recalled_by_its_company_name_is_that_company_s():
    doc = _doc("thread.md", "Tollworth has been down since 19 June 2024.\n"
                            "Back in March 2023, the LotLine outage took inventory feeds down for two days.\n"
                            "That was LotLine's own botched database update.\n", "2024-06-22")
    lines, starts = _lines(doc.text)
    claims = [make(doc, "a", lines[0].strip(), starts[0], "2024-06-19", vendor="Tollworth", speaker="dealer", role="customer"),
              make(doc, "b", lines[1].strip(), starts[1], "2023-03", vendor="Tollworth", speaker="dealer", role="customer"),
              make(doc, "c", lines[2].strip(), starts[2], vendor="Tollworth", speaker="dealer", role="customer")]
    claims[1].aspects = ["duration"]
    claims[1].slots.duration_minutes = 2880
    incidents = group_incidents([doc], claims)
    recalled = next(i for i in incidents if claims[1].id in i.claims)
    assert recalled.vendor == "LotLine" and claims[0].incident != claims[1].incident


@pytest.mark.parametrize("text", [
    "This event is isolated and is unrelated to the network outage of November 2023.",
    "Unlike November 2023, the direct revenue impact is small.",
])
def test_incidents_a_claim_setting_this_event_against_an_earlier_one_stays_with_this_event(text):
    d = _doc("d", "Emergency calls on the Tellar network failed on 18 September 2025.\n" + text, "2025-09-19")
    claims = [_claim(d, "a", "Emergency calls on the Tellar network failed on 18 September 2025.", "2025-09-18",
                     vendor="Tellar"),
              _claim(d, "b", text, "2023-11", vendor="Tellar")]
    group_incidents([d], claims)
    assert claims[0].incident == claims[1].incident


def test_incidents_a_vendor_that_is_only_an_article_never_joins_two_companies_incidents():
    # a tagger's stray "the" as a company would be named in every text and pull every event together
    d1 = Document(doc_id="grid.txt", path="grid.txt", text="The grid collapsed at noon and the operator restored it.",
                  format="txt", published="2025-04-29")
    d2 = Document(doc_id="shop.txt", path="shop.txt", text="The retailer Harlow paused the online orders after the attack "
                  "on the weekend, and the stores took only cash for the rest of the day.",
                  format="txt", published="2025-04-30")
    grid = make(d1, "a", d1.text, 0, "2025-04-28", vendor="the")
    shop = make(d2, "b", d2.text, 0, "2025-04-25", vendor="Harlow", speaker="Harlow", role="vendor")
    group_incidents([d1, d2], [grid, shop])
    assert grid.incident != shop.incident


def test_incidents_a_statement_weeks_later_on_the_events_of_a_day_joins_that_days_incident():
    d1 = _doc("d1", "The grid operator Redgrid lost 15 GW in five seconds on 28 April and the country went dark.",
              "2025-04-29")
    lines = ["Redgrid has reviewed the report presented yesterday by the committee on the events of 28 April.",
             "By 07:00 on 29 April, 99.95% of demand had been restored."]
    d2 = _doc("d2", "\n".join(lines), "2025-06-18")
    claims = [_claim(d1, "a", d1.text, "2025-04-28", vendor="Redgrid"),
              _claim(d2, "b", lines[0], ["2025-06-17", "2025-04-28"], aspects=("remediation",), vendor="Redgrid",
                     speaker="Redgrid", role="vendor"),
              _claim(d2, "c", lines[1], "2025-04-29", aspects=("duration",), vendor="Redgrid", speaker="Redgrid", role="vendor")]
    group_incidents([d1, d2], claims)
    assert claims[0].incident == claims[1].incident == claims[2].incident


def test_incidents_a_post_naming_the_company_only_in_passing_joins_its_incident():
    d1 = _doc("d1", "Portbay Airport said flooding on 14 June 2025 disabled its baggage system.", "2025-06-17")
    d2 = _doc("d2", "Flew out of Portbay T2 on the Saturday of the storm and my bag is still missing.\n"
                    "Nobody at the airport answers the phone.", "2025-06-23")
    claims = [_claim(d1, "a", d1.text, "2025-06-14", vendor="Portbay Airport"),
              _claim(d2, "b", "Flew out of Portbay T2 on the Saturday of the storm and my bag is still missing.",
                     "2025-06-21", vendor=None, speaker="wanderingwren", role="customer"),
              _claim(d2, "c", "Nobody at the airport answers the phone.", None, vendor=None,
                     speaker="wanderingwren", role="customer")]
    group_incidents([d1, d2], claims)
    assert claims[0].incident == claims[1].incident == claims[2].incident


def test_incidents_a_post_naming_a_word_of_two_companies_stays_unassigned():
    from nlp.incidents import _named_in_passing
    assert _named_in_passing(["I flew out of Portbay T2 and the airport lost my bag."], {"Portbay Airport"}) == "Portbay Airport"
    assert _named_in_passing(["I flew out of Portbay T2 and the airport lost my bag."],
                             {"Portbay Airport", "Portbay Regional Airport"}) is None
    assert _named_in_passing(["Portbay is lovely in June."], {"Portbay Airport"}) is None


def test_incidents_an_incident_is_dated_by_the_month_most_of_its_documents_give():
    docs = [_doc(f"d{k}", f"Portbay Airport baggage failed, text {k}.", f"2025-06-{17 + k}") for k in range(3)]
    dates = ["2025-06-14", "2025-05", "2025-06-15"]
    claims = [_claim(d, f"c{k}", d.text, dates[k], aspects=("impact",), vendor="Portbay Airport") for k, d in enumerate(docs)]
    incidents = group_incidents(docs, claims)
    assert len({c.incident for c in claims}) == 1
    assert incidents[0].date == "2025-06-14" and "June 2025" in incidents[0].label


def test_incidents_a_note_calling_an_earlier_outage_a_different_event_does_not_date_the_document():
    d1 = _doc("d1", "Vantora webmail failed for many users on 5 June 2023.", "2023-06-06")
    d0 = _doc("d0", "Vantora webmail went down worldwide on 25 January 2023.", "2023-01-26")
    d2 = _doc("d2", "Vantora mail status - incident history export\nRange: Jun 5, 2023 - Jun 16, 2023\n\n"
                    "Users may be unable to reach webmail.\n\n"
                    "This is a different event from the late-January outage, which took mail down for hours.", None)
    claims = [_claim(d1, "a", d1.text, "2023-06-05", vendor="Vantora"),
              _claim(d0, "z", d0.text, "2023-01-25", vendor="Vantora"),
              _claim(d2, "b", "Users may be unable to reach webmail.", None, vendor="Vantora", speaker="Vantora", role="vendor"),
              _claim(d2, "c", "This is a different event from the late-January outage, which took mail down for hours.",
                     "2023-01", vendor="Vantora", speaker="Vantora", role="vendor")]
    group_incidents([d1, d0, d2], claims)
    assert claims[2].incident == claims[0].incident != claims[1].incident


def test_incidents_a_claim_dated_on_the_documents_own_event_returns_to_it_after_a_recalled_one():
    d = _doc("d", "Vantora card payments failed on 14 March 2026. Vantora's October 2024 outage concerned online "
                  "payments only. Our claim relates solely to the events of 14 March 2026.", "2026-03-17")
    claims = [_claim(d, "a", "Vantora card payments failed on 14 March 2026.", "2026-03-14", vendor="Vantora"),
              _claim(d, "b", "Vantora's October 2024 outage concerned online payments only.", "2024-10", vendor="Vantora"),
              _claim(d, "c", "Our claim relates solely to the events of 14 March 2026.", "2026-03-14", vendor="Vantora")]
    group_incidents([d], claims)
    assert claims[2].incident == claims[0].incident != claims[1].incident


def test_incidents_an_event_said_to_have_no_connection_with_this_one_does_not_date_it():
    d = _doc("d", "Vantora card payments failed on Saturday 14 March 2026.\n"
                  "Saturday's interruption has no connection with the event of October 2024.", "2026-03-14")
    claims = [_claim(d, "a", "Vantora card payments failed on Saturday 14 March 2026.", "2026-03-14", vendor="Vantora"),
              _claim(d, "b", "Saturday's interruption has no connection with the event of October 2024.", None,
                     vendor="Vantora")]
    claims[1].slots.dates = ["2026-03-14", "2024-10"]
    incidents = group_incidents([d], claims)
    assert "March 2026" in next(i.label for i in incidents if i.id == claims[0].incident)


def test_incidents_another_companys_named_event_does_not_date_a_thread():
    d1 = _doc("d1", "Vantora's Paris zone failed on 26 April 2023 after a water leak.", "2023-04-27")
    d2 = _doc("d2", "Paris zone still offline two weeks after water leak\n\n"
                    "The Vantora region was down for 24 hours.\nStrasbourg was the Oxbridge fire in March 2021.", None)
    claims = [_claim(d1, "a", "Vantora's Paris zone failed on 26 April 2023 after a water leak.", "2023-04-26", vendor="Vantora"),
              _claim(d2, "b", "The Vantora region was down for 24 hours.", None, vendor="Vantora"),
              _claim(d2, "c", "Strasbourg was the Oxbridge fire in March 2021.", "2021-03", vendor="Vantora")]
    incidents = group_incidents([d1, d2], claims)
    assert claims[1].incident == claims[0].incident
    assert "March 2021" not in next(i.label for i in incidents if i.id == claims[1].incident)


def test_incidents_a_digests_story_about_another_company_struck_is_its_own_incident():
    text = ("Lines at Brantwell Motors began turning again this week after a stoppage of roughly five weeks.\n"
            "Brantwell Motors said the pause was temporary.\n"
            "Different company, different month. The M&S attack surfaced over Easter in April 2025.\n"
            "\"The lesson from M&S is that the help desk is now the perimeter,\" said an incident responder.\n"
            "Utrecht-based payments processor Kwartel Betalingen B.V. suffered an outage on Tuesday 16 September.\n"
            "In its customer notice, Kwartel said about 18,000 merchants were affected.\n")
    doc = Document(doc_id="digest.html", path="digest.html", text=text, format="html", published="2025-10-10")
    lines, starts = _lines(text)
    third = lines[2].index("The M&S")
    claims = [make(doc, "j1", lines[0].strip(), starts[0], vendor="Brantwell Motors"),
              make(doc, "j2", lines[1].strip(), starts[1], vendor="Brantwell Motors", speaker="Brantwell Motors", role="vendor"),
              make(doc, "m1", lines[2][third:].strip(), starts[2] + third, "2025-04", vendor="Brantwell Motors"),
              make(doc, "m2", lines[3].strip(), starts[3], vendor="Brantwell Motors", speaker="responder", role="expert"),
              make(doc, "k1", lines[4].strip(), starts[4], "2025-09-16", vendor="Brantwell Motors"),
              make(doc, "k2", lines[5].strip(), starts[5], vendor="Brantwell Motors", speaker="Kwartel", role="customer")]
    group_incidents([doc], claims)
    by_claim = {c.id: c.incident for c in claims}
    assert by_claim["j1"] == by_claim["j2"]
    assert by_claim["m1"] == by_claim["m2"] != by_claim["j1"]
    assert by_claim["k1"] == by_claim["k2"] not in (by_claim["j1"], by_claim["m1"])
    assert next(c for c in claims if c.id == "k2").speaker_role == "vendor"  # its own incident's company


def test_incidents_a_look_back_months_on_is_dated_by_the_event_it_tells():
    from nlp.incidents import _event_date
    doc = Document(doc_id="blog.html", path="blog.html", text="", format="html", published="2024-05-07")
    told = make(doc, "a", "When claims stopped going through on Wednesday, February 21, our pharmacy lost its claims.", 0,
                "2024-02-21")
    told.aspects = ["impact"]
    later = make(doc, "b", "Then, on May 1, the CEO told Congress how it happened.", 100, "2024-05-01")
    later.aspects = ["cause"]
    assert _event_date([told, later], "2024-05-07")[0] == "2024-02-21"


def test_incidents_a_group_quoted_on_its_units_incident_speaks_as_its_vendor():
    text = ("UnitedHealth Group's Change Healthcare unit went dark on 21 February 2024.\n"
            "UnitedHealth Group said most claims were flowing again within a month.\n")
    doc = Document(doc_id="a.txt", path="a.txt", text=text, format="txt", published="2024-04-01")
    lines, starts = _lines(text)
    claims = [make(doc, "c1", lines[0].strip(), starts[0], "2024-02-21", vendor="Change Healthcare"),
              make(doc, "c2", lines[1].strip(), starts[1], vendor="Change Healthcare", speaker="UnitedHealth Group",
                   role="expert")]
    group_incidents([doc], claims)
    assert claims[1].speaker_role == "vendor"


def _lasting(doc, cid, text, date, minutes, vendor="Kestrel Health"):
    c = _claim(doc, cid, text, date, aspects=("duration", "impact"), vendor=vendor)
    c.slots.duration_minutes = minutes
    return c


@pytest.mark.parametrize("length_text,minutes,joined", [
    ("Claims stopped going through for six weeks.", 6 * 7 * 1440, True),
    ("Claims stopped going through for nine hours.", 9 * 60, False),
])
def test_incidents_documents_from_a_long_incidents_start_and_its_restoration_join(length_text, minutes, joined):
    start = _doc("start", "Kestrel Health was hit by ransomware on 21 February 2024 and its claims network went dark.",
                 "2024-02-22")
    end = _doc("end", "Kestrel Health restored its claims network on 2 April 2024. " + length_text, "2024-04-03")
    claims = [_claim(start, "a", start.text, "2024-02-21", vendor="Kestrel Health"),
              _claim(end, "b", "Kestrel Health restored its claims network on 2 April 2024.", "2024-04-02",
                     vendor="Kestrel Health"),
              _lasting(end, "c", length_text, None, minutes)]
    group_incidents([start, end], claims)
    assert (claims[0].incident == claims[1].incident) is joined


def test_incidents_a_long_incident_does_not_absorb_an_event_its_company_had_weeks_before():
    # a length said of another event ("the previous outage lasted six weeks") widens nothing
    first = _doc("first", "Kestrel Health went down on 2 January 2024 for a day.", "2024-01-03")
    second = _doc("second", "Kestrel Health was down again on 20 February 2024. The previous outage lasted six weeks.",
                  "2024-02-21")
    claims = [_claim(first, "a", first.text, "2024-01-02", vendor="Kestrel Health"),
              _claim(second, "b", "Kestrel Health was down again on 20 February 2024.", "2024-02-20", vendor="Kestrel Health"),
              _lasting(second, "c", "The previous outage lasted six weeks.", None, 6 * 7 * 1440)]
    group_incidents([first, second], claims)
    assert claims[0].incident != claims[1].incident


def test_incidents_a_tie_between_two_months_goes_to_the_one_a_document_names_a_day_of():
    docs = [_doc("d0", "British Library was attacked on 28 October 2023.", "2023-11-02"),
            _doc("d1", "British Library's catalogue has been down for over a month now.", "2023-10-02")]
    claims = [_claim(docs[0], "a", docs[0].text, "2023-10-28", aspects=("impact",), vendor="British Library"),
              _claim(docs[1], "b", docs[1].text, "2023-09", aspects=("impact",), vendor="British Library")]
    claims[1].slots.duration_minutes = 31 * 1440
    claims[1].aspects = ["duration", "impact"]
    incidents = group_incidents(docs, claims)
    assert claims[0].incident == claims[1].incident
    assert "October 2023" in incidents[0].label


def test_incidents_an_incident_with_no_company_named_is_labelled_by_its_place():
    doc = Document(doc_id="report.txt", path="report.txt", text="x", format="txt", published="2025-05-02")
    claims = []
    for k, text in enumerate(["Supply was lost across mainland Spain within five seconds.",
                              "Restoration in Spain took about eighteen hours.",
                              "Portugal was reconnected sooner."]):
        c = make(doc, f"c{k}", text, 100 * k, date="2025-04-28", vendor=None)
        c.slots.regions = ["Portugal"] if "Portugal" in text else ["Spain"]
        claims.append(c)
    (incident,) = group_incidents([doc], claims)
    assert incident.label == "unknown company in Spain, April 2025"


def test_incidents_a_word_capitalised_only_because_it_opens_the_sentence_names_no_service():
    import spacy
    from spacy.tokens import Doc

    from nlp.slots import services_in

    vocab = spacy.blank("en").vocab
    # "Rail services stopped ...", tagged as the model tags it in a longer page: "Rail" a proper noun
    words = ["Rail", "services", "stopped", "across", "Spain", "."]
    doc = Doc(vocab, words=words, pos=["PROPN", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
              deps=["compound", "nsubj", "ROOT", "prep", "pobj", "punct"], heads=[1, 2, 2, 2, 3, 2],
              sent_starts=[True, False, False, False, False, False])
    assert services_in(doc[:], None) == []
    words = ["Traffic", "to", "the", "Falcon", "platform", "stopped", "."]
    doc = Doc(vocab, words=words, pos=["NOUN", "ADP", "DET", "PROPN", "NOUN", "VERB", "PUNCT"],
              deps=["nsubj", "prep", "det", "compound", "pobj", "ROOT", "punct"], heads=[5, 0, 4, 4, 1, 5, 5],
              sent_starts=[True, False, False, False, False, False, False])
    assert services_in(doc[:], None) == ["Falcon"]


def test_incidents_are_labelled_by_the_service_most_claims_speak_of():
    doc = Document(doc_id="pes.txt", path="pes.txt", text="x", format="txt", published="2025-10-23")
    texts = [("Customers saw errors when calling Amazon DynamoDB APIs.", ["Amazon DynamoDB"]),
             ("DynamoDB failed to resolve for three hours.", []),
             ("Other services such as Amazon Connect were also affected.", ["Amazon Connect"]),
             ("When DynamoDB recovered, launches were still delayed.", []),
             ("Amazon Connect calls dropped.", ["Amazon Connect"])]
    claims = []
    for k, (text, services) in enumerate(texts):
        c = make(doc, f"c{k}", text, 100 * k, date="2025-10-20", speaker="Amazon", role="vendor")
        c.slots.services = services
        claims.append(c)
    (incident,) = group_incidents([doc], claims)
    assert incident.label == "Amazon DynamoDB, October 2025"


@pytest.mark.parametrize("a,b,same", [
    ("AlaskaAirlines", "Alaska Airlines", True), ("AlaskaAirlines", "Alaska", True),  # a subreddit's one-word name
    ("CrowdStrike", "Crowd", False), ("FedEx", "Fed", False),
])
def test_incidents_a_company_name_written_as_one_word_is_the_same_company(a, b, same):
    from nlp.incidents import same_company
    assert same_company(a, b) is same


def test_incidents_a_section_headed_with_a_common_noun_is_no_company():
    from nlp.sections import section_companies
    text = ("## Supplier: 'Our platform was not compromised'\n\nThe firm said its platform was not compromised.\n\n"
            "## Acme: a change that slipped through\n\nAcme said a configuration change caused it.\n")
    assert [name for _, name in section_companies(text)] == [None, "Acme"]


def test_incidents_a_heading_that_quotes_a_company_is_its_line_not_its_incident():
    from nlp.sections import section_companies
    text = ("## Paystream: our systems \"operated normally throughout\"\n\nPaystream said its systems worked.\n\n"
            "## Acme: the company’s worst outage since 2019\n\nAcme said a configuration change caused it.\n")
    assert [name for _, name in section_companies(text)] == [None, "Acme"]  # (an apostrophe quotes nothing)


def test_incidents_a_status_pages_updates_are_dated_by_their_stamps_and_its_incidents_kept_apart():
    text = ("Incident History\n"
            "Boards not loading for some users\n"
            "Resolved\nBetween 09:02 and 09:52 UTC, some users were unable to load boards.\n"
            "Posted Feb 24, 2026 - 10:20 UTC\n"
            "Elevated errors in the EU region\n"
            "Resolved\nThe EU database cluster failed over and errors stopped after about four hours.\n"
            "Posted Feb 3, 2026 - 18:09 UTC\n"
            "Investigating\nWe are investigating elevated error rates for EU customers.\n"
            "Posted Feb 3, 2026 - 14:02 UTC\n")
    doc = Document(doc_id="status.html", path="status.html", text=text, format="html", published="2026-02-24")
    lines = text.split("\n")
    claims = [_claim(doc, "a", lines[3], vendor="Tasklane", speaker="Tasklane", role="vendor", aspects=("duration",)),
              _claim(doc, "b", lines[7], vendor="Tasklane", speaker="Tasklane", role="vendor", aspects=("duration",)),
              _claim(doc, "c", lines[10], vendor="Tasklane", speaker="Tasklane", role="vendor", aspects=("impact",))]
    group_incidents([doc], claims)
    assert claims[0].incident != claims[1].incident == claims[2].incident


def test_incidents_a_blogs_headings_dated_without_a_year_split_its_two_outages():
    from nlp.incidents import section_dates
    text = "Intro.\nTuesday 3 February: the afternoon we lost\nText.\nTuesday 24 February: here we go again\nText.\n"
    marked = [[text.index("Tuesday 3"), 2], [text.index("Tuesday 24"), 2]]
    assert section_dates(text, marked, "2026-02-27") == [(marked[0][0], "2026-02-03"), (marked[1][0], "2026-02-24")]
    assert section_dates(text) == []  # unmarked lines naming no outage are no headings


def test_incidents_a_title_naming_the_day_dates_a_note_that_recalls_an_older_outage():
    # the note's only full date is an earlier outage it recalls ("For the record ... on 19 June
    # 2025"); its title names the day of the one it is about, a week before publication
    d1 = _doc("d1", "Trading halted on all segments at 09:02 on 7 July 2026.", "2026-07-07")
    text = ("Our gateways lost acknowledgements at 08:47 and order entry did not stabilise until 16:15.\n"
            "On 19 June 2025 a faulty software release stopped trading for 3 hours 40 minutes.")
    d2 = _doc("d2", text, "2026-07-13", title="Seven and a half hours: what members actually saw on 7 July")
    claims = [_claim(d1, "a", d1.text, "2026-07-07", aspects=("duration",), vendor="Borsa Meridiana"),
              _claim(d2, "b", "Our gateways lost acknowledgements at 08:47 and order entry did not stabilise until 16:15.",
                     aspects=("duration",), vendor="Borsa Meridiana"),
              _claim(d2, "c", "On 19 June 2025 a faulty software release stopped trading for 3 hours 40 minutes.",
                     "2025-06-19", aspects=("cause", "duration"), vendor="Borsa Meridiana")]
    group_incidents([d1, d2], claims)
    assert claims[0].incident == claims[1].incident
    assert claims[2].incident != claims[0].incident


def test_incidents_update_headings_follow_one_incident_and_open_no_sections():
    from nlp.incidents import section_dates
    text = ("Update: 24 February 2026, 5:15pm\nThe group published data yesterday.\n"
            "Update: 9 February 2026, 4pm\nThe disruption was caused by a cyber incident.\n"
            "7 February 2026, 9:30am\nWe are experiencing a technical issue.\n")
    assert section_dates(text, [[0, 2], [text.index("Update: 9"), 2], [text.index("7 February"), 2]], "2026-02-24") == []


def test_incidents_a_suppliers_statement_weeks_on_joins_the_operators_incident_through_its_defined_name():
    # the operator's news names the attack of 7 February and its update of 24 February; the
    # supplier answers on 25 February, calling the operator "the Authority" as it defined it
    d1 = _doc("d1", "x", "2026-02-24")
    d2 = _doc("d2", "y", "2026-03-20")
    t1 = ["Harrowgate & Vale Transport said its ticketing was hit by a ransomware attack on 7 February.",
          "Its contractor Corvane had not applied a VPN patch, Harrowgate & Vale Transport said on 24 February.",
          "Corvane declined to comment on the Hollowmoth gang or the EdgeGate VPN appliance."]
    t2 = ["Harrowgate & Vale Transport (the Authority) has been our client since 2022.",
          "The Authority deferred the VPN patch window, and the Authority's statement of 24 February is misleading.",
          "The attack of 7 February began through no fault of ours, and the Authority knows Hollowmoth did it.",
          "Corvane applied the vendor's interim mitigation on the EdgeGate appliance on 23 January."]
    d1.text, d2.text = " ".join(t1), " ".join(t2)
    claims = [_claim(d1, "a", t1[0], "2026-02-07", aspects=("cause", "impact"), vendor="Harrowgate & Vale Transport"),
              _claim(d1, "b", t1[1], "2026-02-24", aspects=("cause", "impact"), vendor="Harrowgate & Vale Transport"),
              _claim(d1, "c", t1[2], aspects=("cause", "impact"), vendor="Harrowgate & Vale Transport"),
              _claim(d2, "d", t2[0], aspects=("scope",), vendor="Corvane", speaker="Corvane", role="vendor"),
              _claim(d2, "e", t2[1], "2026-02-24", aspects=("cause", "impact"), vendor="Corvane", speaker="Corvane", role="vendor"),
              _claim(d2, "f", t2[2], "2026-02-07", aspects=("cause", "impact"), vendor="Corvane", speaker="Corvane", role="vendor"),
              _claim(d2, "g", t2[3], "2026-01-23", aspects=("remediation",), vendor="Corvane", speaker="Corvane", role="vendor")]
    group_incidents([d1, d2], claims)
    assert claims[0].incident == claims[4].incident
