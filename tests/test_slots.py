from __future__ import annotations

import pytest

from nlp.counts import count, count_class, counts_in
from nlp.slots import duration, parse_date, percent, time_points


@pytest.mark.parametrize("text,minutes,bound", [
    ("The outage lasted 13 hours.", 780, None),
    ("It was a 13-hour outage.", 780, None),
    ("Service was down for thirteen hours.", 780, None),
    ("Payments failed for an hour and a half.", 90, None),
    ("The interruption lasted 47 minutes.", 47, None),
    ("Service was restored in under two hours.", 120, "upper"),
    ("The site was down for more than 12 hours.", 720, "lower"),
    ("Services were interrupted from 06:40 to 12:40.", 360, None),
    ("Customers waited two days for a fix.", 2880, None),
    ("It lasted half an hour.", 30, None),
    ("Between 09:10 and 10:05 card payments failed.", 55, None),
    ("That was nearly three hours of lost sales.", 180, None),
    ("They keep saying 90 minutes, but we were down for more than three hours.", 180, "lower"),
    ("The outage lasted 13 hours, but some services came back after 2 hours.", 780, None),
    ("It was the second outage in three months, and it lasted 40 minutes.", 40, None),
    ("Her shop was down from about 14:20 until after 17:30.", 190, None),
    ("We were dark from just after nine until nearly two in the afternoon our time.", 300, None),
    ("My phone was dead from just before noon Central until almost 2 in the morning.", 840, None),
    ("Between 15:45 UTC on 29 October and 00:05 UTC on 30 October, requests failed.", 500, None),
    ("From 05:50 on Tuesday until 22:00 on Wednesday the app failed.", None, None),
    ("At 9 the team met, and by 11:00 they had a fix.", None, None),
    # the time between two incidents, not the length of either
    ("Four weeks before that it was Amazon, and nine days after the AWS failure it was Microsoft's turn.", None, None),
    ("The A47 is slow after a lorry broke down, adding about twenty minutes.", None, None),  # a traffic bulletin
    ("Every affected customer receives three months of service credits.", None, None),  # compensation, no length
    ("Its products were hit for about two and a half hours.", 150, None),
    ("It was far longer than the seven or so hours in your statement.", 420, "lower"),
    ("The ground stop ran from about 7:25 a.m. to just before 9 a.m.", 95, None),
    ("It took roughly seven hours before the affected nodes recovered.", 420, None),
    ("Two hours before the outage, engineers pushed a change.", None, None),
    ("We will publish a full review within 30 days.", None, None),
    ("Over the past 20 years the service ran without a break.", None, None),
    ("The agent deleted the environment.", None, None),
    ("For most users the disruption lasted a little over three hours.", 180, None),
    ("The fix took just under two hours.", 120, None),
    ("We could not work for three full days.", 4320, None),
    # a figure with its bound after it, and the time since the attack in a report written during it
    ("A quarter of dealers were without it for 17 days or more.", 24480, "lower"),
    ("Three weeks and counting without our payroll.", 30240, "lower"),
    ("Dealers wrote contracts by hand on Monday, five days after a cyberattack forced the vendor offline.", 7200, "lower"),
    ("The outage lasted five days after all.", 7200, None),
    ("It was a week and a half before I could even log in.", 15120, None),
    ("The site has been down for two days.", 2880, "lower"),  # told while it lasts
    ("We have been offline for three days now.", 4320, "lower"),
    ("Phone line rang out after 40 minutes.", None, None),
    ("The big listed groups can ride out a week of this.", None, None),
    ("A small store could not survive three days without sales.", None, None),
    ("I spent two hours on hold and the site was still down.", None, None),
    ("We were on hold for 90 minutes.", None, None),
    ("When I started, a core change window was roughly six hours with a rollback plan.", None, None),
    ("The upgrade ran in a maintenance window of four hours, and calls failed for 13 hours.", 780, None),
    # one person's ordeal and the speed of a cascade are no outage length
    ("She had been stranded in a train between two stations for almost 40 minutes.", None, None),
    ("Some 15 gigawatts of generation vanished from the system in around five seconds.", None, None),
    ("Within about five seconds some 15 GW had been lost.", None, None),
    ("Customers were stuck without power for 15 hours.", 900, None),
    ("The outage lasted 45 seconds.", 0.75, None),
    ("The break was brief, and the link was back within 43 seconds.", 0.72, "upper"),
    # a window counted from something else, how soon a cause was found, and the time since it began
    ("It told me to claim the fare within 90 days of the ticket being issued.", None, None),
    ("Within 14 days of the date of this order, the airline must pay.", None, None),
    ("Power was restored within three hours of the outage.", 180, "upper"),
    ("Our engineers had identified the likely source within 90 minutes of that first alert.", None, None),
    ("Its engineers found the problem within an hour and a half.", None, None),
    ("More than three weeks after the fund's services went dark, we finally have a fuller picture.", None, None),
    ("Three weeks after the outage began, balances were still wrong.", 30240, "lower"),
    ("Cards down from opening at 7 until gone 3pm.", 480, None),  # "gone 3pm": just past three
    ("The last batches went out more than a day after the problem started.", 1440, "lower"),
    ("Most users could connect again roughly three and a half hours after the trouble began.", 210, None),
    # an offset from a change, time in testing, an age, a setting and a deadline are no outage length
    ("Its logs show the gateways dropping at 06:08, two minutes after a firewall rule change.", None, None),
    ("The site failed 20 minutes after the deployment and was down for three hours.", 180, None),
    ("In 2021 the same portal was down for three days after a failed software upgrade.", 4320, None),
    ("Release 4.12 went live after 48 hours in the customer's staging environment.", None, None),
    ("Gates stop accepting payments when their rules are more than six hours old.", None, None),
    ("We recommend extending the rules cache from six to 24 hours.", None, None),
    ("2. ask both companies to submit a jointly agreed timeline within 28 days;", None, None),
    ("Firms must notify the regulator within 72 hours of detecting an incident.", None, None),
    ("A planned network maintenance window ran from 05:30 to 06:00 that morning.", None, None),
    ("Gates failed from 06:10 to 09:35, after a maintenance window.", 205, None),
    # how it felt, and when something was said, counted from the start
    ("Each episode lasted a few hours, but for admins it felt like a week of firefighting.", None, None),
    ("The company acknowledged the attacks more than a week after the disruptions began.", None, None),
    ("Reconciliation of the failed transactions took three days and is now complete.", None, None),
    ("But I don't accept the six hours.", None, None),
    ("Zone b stopped answering about twenty minutes into the move.", None, None),
    ("Within about two hours the company had blamed water intrusion.", None, None),
    ("Within about two hours the service was back.", 120, None),
    ("Every certificate change will be followed by a six-hour observation period.", None, None),
    ("Two minutes after the rotation, our primary database began an automated failover.", None, None),
    ("The company said most users could connect again by 10:40, roughly three and a half hours after the problems began.",
     210, None),
])
def test_slots_duration_normalises_to_minutes(text, minutes, bound):
    assert duration(text) == ((float(minutes) if minutes is not None else None), bound)


@pytest.mark.parametrize("text,expected", [
    ("It was at least the second time an AI tool caused an outage.", 2),
    ("This is the third outage this year.", 3),
    ("The outage was the second in three months.", 2),
    ("The airline cancelled 468 flights.", 468),
    ("The regulator said 74,000 customers were affected.", 74000),
    ("About 5.2 million transactions failed.", 5200000),
    ("Seventy-four thousand customers lost service.", 74000),
    ("On 14 January 2026 the network failed.", None),
    ("In 2025 revenue grew.", None),
    ("The outage lasted 13 hours.", None),
])
def test_slots_count_finds_recurrence_ordinals_and_counted_things(text, expected):
    assert count(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Fewer than 900 households lost supply.", [(900, "household", "upper")]),
    ("At least 2,300 homes lost supply.", [(2300, "home", "lower")]),
    ("As many as 6,500 homes may have lost supply.", [(6500, "home", "upper")]),
    ("More than 9,000 workers went unpaid.", [(9000, "worker", "lower")]),
    ("The tally already has 4,300 orders on it.", [(4300, "order", "lower")]),
    ("Wrong prices hit around 3,200 of the 180,000 products we sell.", [(3200, "product", None)]),
    ("The true figure was about 180,000 out of 2.3 million holders.", [(180000, "holder", None)]),
    ("They counted 14,000 homes, not the 2,300 the company quoted.", [(14000, "home", None)]),
    ("Some students were still locked out at four o'clock.", []),
    ("I also don't buy that this was a one-off.", []),
    ("She said 140 of her orders sat at the hub for nine days.", [(140, "order", None)]),
    ("The outage lasted 13 hours on 14 January 2026.", []),
    ("The change was approved by 1 of our engineers.", []),
    ("Calls to Triple Zero (000) did not connect, and 600 calls failed.", [(600, "call", None)]),
    ("People could not call 000 for help.", []),
    ("Shoppers wrote in from at least 40 of the chain's 60 stores.", [(40, "store", "lower")]),
    ("I rang managers at nine stores in the north area and every single one was down.", [(9, "store", "lower")]),
    # a numbered paragraph's number counts nothing
    ("2.1 Pennant notified the Office of the incident at 09:41.", []),
    ("(3) Pennant must reply, and 40 Stores closed.", [(40, "store", None)]),
])
def test_slots_counts_keep_every_figure_with_its_noun_and_bound(text, expected):
    assert [(c["value"], c["noun"], c["bound"]) for c in counts_in(text)] == expected


def test_slots_count_class_merges_words_for_one_population():
    assert count_class("households") == count_class("homes") == count_class("property") == "home"
    assert count_class("employees") == count_class("workers") == "worker"
    assert count_class("flights") == "flight" and count_class("companies") == "company"
    assert count_class("households") != count_class("customers")


@pytest.mark.slow
def test_slots_number_words_count_only_nouns(pipeline):
    def parsed(text):
        doc = pipeline.make_doc(text)
        for _, component in pipeline.pipeline:
            doc = component(doc)
        return doc[:]
    text = "It is a process failure whichever label one puts on it."
    assert counts_in(text, parsed(text)) == []
    text = "Two engineers said one region went dark."
    assert [(c["value"], c["noun"]) for c in counts_in(text, parsed(text))] == [(2, "engineer"), (1, "region")]
    text = "At least nine of them were told they had missed their offers."
    assert [(c["value"], c["noun"], c["bound"]) for c in counts_in(text, parsed(text))] == [(9, None, "lower")]


@pytest.mark.slow
def test_slots_counts_take_the_noun_the_figure_modifies_in_the_parse(pipeline):
    doc = pipeline.make_doc("Fewer than 900 prepayment households and 200 early morning services were hit.")
    for _, component in pipeline.pipeline:
        doc = component(doc)
    found = counts_in(doc.text, doc[:])
    assert [(c["value"], c["noun"]) for c in found] == [(900, "household"), (200, "service")]


@pytest.mark.parametrize("text,base,expected", [
    ("20 October", "2026-02-20", "2025-10-20"),
    ("mid-December", "2026-02-20", "2025-12"),
    ("14 January 2026", None, "2026-01-14"),
    ("two decades", None, None),
    ("Friday", "2026-02-20", "2026-02-20"),
    ("on Tuesday", "2026-02-20", "2026-02-17"),
    ("Tuesday", None, None),
    ("Monday 2 March", "2026-02-28", "2026-03-02"),  # the year in which 2 March is a Monday
    ("2 March", "2026-02-28", "2026-03-02"),  # two days ahead rather than a year back
    ("the October 28-31", "2022-01-24", "2021-10-28"),  # a span of days: its first day, never the year 1931
    ("19 and 20 February", "2026-02-24", "2026-02-19"),  # two days named: the first, never the year 2020
    ("10 to 12 June", "2026-07-01", "2026-06-10"),
    ("last weekend's", "2025-06-20", "2025-06-14"),  # a Friday's paper: the Saturday before
    ("last weekend", "2025-06-22", "2025-06-14"),  # on a Sunday: the weekend before this one
    ("the weekend", "2025-06-23", "2025-06-21"),  # on a Monday: the one just gone
])
def test_slots_date_is_iso_and_month_only_when_no_day(text, base, expected):
    assert parse_date(text, base) == expected


@pytest.mark.parametrize("text,base,expected", [
    ("the end of February", "2026-01-20", "2026-02"),   # a deadline ahead
    ("July", "2024-06-27", "2024-07"),
    ("27 January", "2026-01-28", "2026-01-27"),          # a year ahead is the past day the sentence names
    ("Tuesday", "2025-07-21", "2025-07-22"),             # "a normal schedule by Tuesday", in a Monday's release
    ("on Monday", "2025-07-21", "2025-07-21"),           # "more delays are likely on Monday", that Monday
])
def test_slots_date_in_a_sentence_about_the_future_lies_months_ahead_at_most(text, base, expected):
    assert parse_date(text, base, future=True) == expected


@pytest.mark.parametrize("text,expected", [("About 85% of the network failed.", 85.0), ("up to 10 percent of turnover", 10.0), ("no figure", None)])
def test_slots_percent(text, expected):
    assert percent(text) == expected


@pytest.mark.slow
def test_slots_a_range_closing_after_new_year_lies_after_its_start(claims_of):
    text = "Customers whose flights were cancelled between 24 December and 2 January can claim a refund.\n"
    claims = claims_of(text, doc_id="notice.txt", published="2022-12-27")
    assert claims and claims[0].slots.dates == ["2022-12-24", "2023-01-02"]


@pytest.mark.slow
def test_slots_a_month_the_company_expected_to_reach_lies_ahead(claims_of):
    text = "Norvik said it had rebuilt most systems and expected to restore more services through July.\n"
    claims = claims_of(text, doc_id="story.txt", published="2024-06-27")
    assert claims and claims[0].slots.dates == ["2024-07"]


@pytest.mark.parametrize("text,minutes", [
    ("Our sites went down at 13:52 and did not come back until 19:48.", 356),
    ("My meter cut out at 4am and did not come back on until 7pm, so 'within three hours' is nonsense.", 900),
    ("From 22:52 UTC on Sunday until 23:03 UTC the following day, the site ran degraded for 24 hours and 11 minutes.", 1451),
    ("We were down from 05:50 on Tuesday until about 22:00 on Wednesday, just over 40 hours.", 2400),
    ("At 3 the board met until 5 to review it.", None),
])
def test_slots_duration_from_a_start_and_an_end_clock_time(text, minutes):
    assert duration(text)[0] == minutes


@pytest.mark.parametrize("text,dated,ended,still", [
    ("Ticket sales were fully restored by 09:30.", [], {"date": None, "minute": 570}, None),
    ("DNS was restored at 2:25 AM PDT, and the database had fully recovered by 2:40 AM PDT.", [],
     {"date": None, "minute": 160, "zone": "pacific"}, None),
    ("Our calls were still timing out until after 5am.", [], None, {"date": None, "minute": 300}),
    ("On Tuesday the machines were still failing at 17:40.", [(3, 10, "2025-03-11")], None,
     {"date": "2025-03-11", "minute": 1060}),
    ("The plant was not back under automatic control on Tuesday.", [(52, 59, "2026-02-03")], None,
     {"date": "2026-02-03", "minute": None}),
    ("Customers are still waiting for refunds on Friday.", [(43, 49, "2025-01-31")], None, None),
    ("The bank said services were back to normal by 2 February.", [(47, 57, "2025-02-02")],
     {"date": "2025-02-02", "minute": None}, None),
    ("Between 10:15 and 10:50, 127 candidates were shown an incorrect grade.", [],
     {"date": None, "minute": 650}, None),
    ("The worst of it came between 14:00 and 15:00, when most payments failed.", [], None, None),
    ("The devices had fully recovered by 2:22 PM PST.", [], {"date": None, "minute": 862, "zone": "pacific"}, None),
    # a span past midnight ends the next day; "some of our cash machines" is some of those hit, not part of the time
    ("On Friday 30 January, from 17:40 until 01:55 the following morning, some cards were declined and some of "
     "our cash machines were unable to dispense money.", [(10, 20, "2026-01-30")], {"date": "2026-01-31", "minute": 115}, None),
])
def test_slots_time_points_say_when_it_ended_and_when_it_was_still_failing(text, dated, ended, still):
    assert time_points(text, dated) == (ended, still)


@pytest.mark.slow
def test_slots_counts_read_the_number_of_things_named_before_the_figure(pipeline):
    text = "They put the number of products affected at more than 14,000, over four times the figure given."
    assert counts_in(text, next(pipeline(text).sents)) == [{"value": 14000, "noun": "product", "bound": "lower"}]


@pytest.mark.slow
def test_slots_a_figure_given_roughly_is_not_a_bound(pipeline):
    text = "Just over 3,000 customers were affected."
    assert counts_in(text, next(pipeline(text).sents)) == [{"value": 3000, "noun": "customer", "bound": None}]


@pytest.mark.slow
def test_slots_clock_times_and_multipliers_count_nothing(pipeline):
    text = "Students were still seeing the wrong grade at four o'clock, four times as long as promised."
    assert counts_in(text, next(pipeline(text).sents)) == []


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [
    ("The trust has put the number of affected appointments at about 4,100.", [(4100, "appointment", None)]),
    ("The union put the number of customers affected at more than half a million.", [(500000, "customer", "lower")]),
    ("The system handles more than 14 million appointments a year for 37 hospitals.", [(37, "hospital", None)]),
])
def test_slots_counts_of_a_number_named_before_its_figure_and_never_a_rate(pipeline, text, expected):
    found = counts_in(text, next(pipeline(text).sents))
    assert [(c["value"], c["noun"], c["bound"]) for c in found] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text,dates", [
    ("The review, carried out by the law firm Slaughter and May, found the platform was not ready.", []),
    ("Prime minister Theresa May said the failure was unacceptable.", []),
    ("The outage began in May and lasted until June.", ["2022-05", "2022-06"]),
    ("On 4 May the service failed.", ["2022-05-04"]),
])
def test_slots_a_month_that_is_part_of_a_name_is_no_date(pipeline, text, dates):
    from nlp.slots import slots_for
    assert slots_for(pipeline(text)[:], "2022-12-20").dates == dates


@pytest.mark.slow
def test_slots_a_technical_term_the_tagger_takes_for_a_place_is_no_region(pipeline):
    from nlp.slots import regions_in
    doc = pipeline("These attacks rely on rented servers, open proxies and DDoS tools in Frankfurt.")
    assert "DDoS" not in regions_in(doc[:])


@pytest.mark.parametrize("text,minutes", [
    ("The company's post-mortem opens with 43 seconds, but the number that matters is the 24 hours that followed.", 1440),
    ("The link was down for 43 seconds, but recovery took 24 hours.", 0.72),  # the speaker's own two figures
])
def test_slots_a_figure_cited_from_a_document_then_contradicted_is_not_the_speakers(text, minutes):
    assert duration(text)[0] == minutes


@pytest.mark.parametrize("text,own,cited", [
    ("We were cut off far longer than the six hours in your statement.", 360, 360),  # a lower bound
    ("Our depot was shut for four days, not the 12 hours the operator keeps quoting.", 5760, 720),
    ("Not the 90 minutes the company gave: it was most of the day.", None, 90),
    ("The outage lasted more than three hours.", 180, None),  # a bound of the speaker's own
    ("It was down for longer than two days.", 2880, None),
])
def test_slots_a_duration_named_as_another_voices_to_dispute_it_is_cited_not_stated(text, own, cited):
    from nlp.slots import cited_duration
    assert duration(text)[0] == own and cited_duration(text) == cited


@pytest.mark.parametrize("text,base,expected", [
    ("last month's", "2024-08-06", "2024-07"),
    ("last month", "2024-01-10", "2023-12"),  # across a year
    ("last month", None, None),  # nothing to count back from
])
def test_slots_last_month_is_the_month_before_publication(text, base, expected):
    from nlp.slots import parse_date
    assert parse_date(text, base) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text,dates", [
    ("The trouble began on Thursday, 2 May, when members were met with errors.", ["2024-05-02"]),
    ("The app failed on 9 May and was fixed on Thursday.", ["2024-05-09", "2024-05-16"]),  # two days
])
def test_slots_a_weekday_before_the_date_it_names_is_that_date(pipeline, text, dates):
    from nlp.slots import slots_for
    assert slots_for(pipeline(text)[:], "2024-05-16").dates == dates


@pytest.mark.parametrize("text,base,expected", [
    ("June 30", "2024-06-27", "2024-06-30"),  # three days ahead, not a year back
    ("2 May", "2024-05-16", "2024-05-02"),
    ("December", "2025-01-10", "2024-12"),
    ("30 June", "2024-04-01", "2023-06-30"),  # three months ahead is too far to guess
])
def test_slots_a_bare_day_is_the_nearest_such_day_when_the_past_one_is_a_year_back(text, base, expected):
    from nlp.slots import parse_date
    assert parse_date(text, base) == expected


@pytest.mark.parametrize("text,expected", [
    ("This is at least the third major attack on auto-retail software providers in two years.", (None, None)),
    ("It was at least the second time an AI tool caused an outage.", (2, "recurrence")),
    ("This is the third attack on the bank this year.", (3, "recurrence")),  # one victim: its own tally
])
def test_slots_an_ordinal_of_attacks_on_a_whole_sector_is_not_the_companys_recurrence(text, expected):
    from nlp.counts import count_with_noun
    assert count_with_noun(text) == expected


@pytest.mark.slow
def test_slots_a_dateline_anchors_yesterday_not_a_deadline_further_down(claims_of):
    text = ("NORVIK BANK ASA\nPress release - Oslo, 20 June 2025\n\n"
            "Yesterday many of our customers were unable to use the app.\n"
            "Please submit a claim by 31 July 2025.\n")
    claims = claims_of(text, doc_id="release.txt")
    assert next(c for c in claims if "Yesterday" in c.text).slots.date == "2025-06-19"


@pytest.mark.slow
def test_slots_a_speaker_is_no_service(claims_of):
    text = ("\"Customers do not care whether it was a bad update or a power cut,\" said Lars Eide, a banking analyst "
            "at Fjord Securities.\nThe Norvik Mobile app was down for nine hours.\n")
    claims = claims_of(text, doc_id="story.txt", source="Harbour Daily", kind="news")
    assert all("Lars Eide" not in c.slots.services for c in claims)


@pytest.mark.parametrize("text,minutes", [
    ("We've been building the update for six weeks and now it just sits there.", None),
    ("I have been with Norvik for 22 years and I am thinking of moving.", None),
    ("This was a DDoS. Give it a week and some group will claim it.", None),
    ("Five days of PS Plus is a proportionate gesture.", None),
    ("Every member will receive five additional days of membership.", None),
    ("After 13 hours of AWS downtime, the shop reopened.", 780.0),
    ("I lost a whole weekend, and they hand out five days like it's a favour.", None),
    ("The app was down for six hours.", 360.0),
    ("I spent the first forty minutes chasing the storage arrays.", None),
    ("We were restored from a snapshot, so we lost an hour of orders on top of that.", None),
    ("We spent nine hours offline.", 540.0),
])
def test_slots_the_speakers_own_work_or_custom_is_no_outage_length(text, minutes):
    assert duration(text)[0] == minutes


@pytest.mark.parametrize("text,expected", [
    ("About a third of Brewline's roughly 2,900 cafes there stopped serving.", []),
    ("Brewline serves millions of customers every day across more than 40,000 cafes.", []),
    ("Our members, who between them operate 214 Brewline cafes, lost their tills.", []),
    ("Quillbox sells tools to small teams and says it has more than 140,000 active subscriptions.", []),
    ("At 31 cafes, the outage ran for more than 12 hours.", [(31, "cafe")]),
    ("Flights were cancelled across 300 airports.", [(300, "airport")]),
])
def test_slots_the_size_of_a_company_or_party_is_no_count_of_what_was_hit(text, expected):
    assert [(c["value"], c["noun"]) for c in counts_in(text)] == expected


@pytest.mark.parametrize("text", [
    "Our user data shows daily engagement back to pre-outage levels within about ten days.",
    "Post-incident traffic took a week to recover.",
    "Any question about billing is now escalated to a human within two hours.",
    "Any question about billing is escalated to a human, with a target response of under two hours.",
])
def test_slots_the_time_after_the_failure_is_no_outage_length(text):
    assert duration(text) == (None, None)


@pytest.mark.slow
def test_slots_a_company_with_its_possessive_is_no_service(claims_of):
    text = ("Facebook said the outage began during routine maintenance.\n"
            "Rafa Mendes, a network engineer who advises operators in Lisbon, said the way Facebook's DNS depended "
            "on its own backbone turned one error into a global blackout.\n")
    claims = claims_of(text, doc_id="story.txt", source="Harbour Daily", kind="news")
    assert all(not s.startswith("Facebook") for c in claims for s in c.slots.services)


@pytest.mark.slow
def test_slots_one_member_singled_out_is_no_count(claims_of):
    text = ("The cause was a change approved by one of our engineers with overly broad permissions.\n"
            "We apologise to every one of their customers who was affected.\n")
    claims = claims_of(text, doc_id="statement.txt")
    assert all(c.slots.count is None and not c.slots.counts for c in claims)


@pytest.mark.slow
def test_slots_a_letterhead_date_the_tagger_split_still_dates_the_document(claims_of):
    # the tagger reads "19" as a number and "September 2026" as the date: the letterhead still
    # dates the document, so "in June" is placed in its year
    text = ("*Corvane Newsroom · 19 September 2026*\n\n"
            "In the early hours of Tuesday, a small subset of customers lost access to their databases.\n\n"
            "The power failure at our Dublin data centre in June was unrelated.\n")
    claims = claims_of(text, doc_id="statement.md")
    assert next(c for c in claims if "Dublin" in c.text).slots.date == "2026-06"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "A failed upgrade stopped triple-zero calls from connecting in three states.",
    "This is the second Triple Zero failure on the network in two years.",
    "The 000 test call was a manual step at the end of the change.",
])
def test_slots_an_emergency_numbers_name_is_not_a_count_of_zero(pipeline, text):
    from nlp.counts import counts_in
    sent = next(pipeline(text).sents)
    assert all(c["value"] != 0 for c in counts_in(text, sent))


@pytest.mark.slow
def test_slots_a_newspaper_a_report_was_shown_to_is_no_service(claims_of):
    text = ("The pumps meant to keep water out of the plant room at the heart of Portbay Airport's baggage system had failed "
            "two safety inspections in the year before last weekend's flood, according to an engineer's report seen by the Courier.\n")
    claims = claims_of(text, doc_id="news.txt", source="Portbay Courier", kind="news")
    assert claims and all("Courier" not in c.slots.services for c in claims)


@pytest.mark.slow
def test_slots_a_statement_is_dated_by_its_issue_date_not_the_event_its_heading_names(claims_of):
    text = ("PORTBAY AIRPORT LIMITED\nStatement on the baggage disruption of 14-16 June 2025\n"
            "Issued by the Communications Team, 17 June 2025\n\n"
            "On the afternoon of Saturday 14 June, a storm flooded the plant room.\n\n"
            "Once power was restored on Sunday, a software fault stopped the system from restarting.\n")
    claims = claims_of(text, doc_id="statement.txt", kind="statement")
    restarted = next(c for c in claims if "Sunday" in c.text)
    assert restarted.slots.date == "2025-06-15"


@pytest.mark.slow
def test_slots_a_date_with_an_abbreviated_month_anchors_the_text(claims_of):
    text = ("ShopFloor Talk :: UK Retail Staff Forum\nThread: Tills down Saturday\n"
            "Started by tinned_peaches, 14 Jun 2025 | 23 replies [Exported 18 Jun 2025]\n\n"
            "We were down on a Friday in February for an hour and a half, same thing, no cards.\n")
    claims = claims_of(text, doc_id="forum.txt")
    assert "2025-02" in next(c for c in claims if "February" in c.text).slots.dates


@pytest.mark.parametrize("text,expected", [
    ("NATS said the failure was fixed within hours.", (0, 1440)),
    ("The chaos lasted days, not hours, the trade body said.", (2880, 30240)),
    ("Shoppers were unable to pay by card for hours on Friday.", (90, 1440)),
    ("Dealers have been without their systems for several days.", (4320, 14400)),
    ("It was a days-long outage.", (2880, 30240)),
    ("Some customers were left without supply for many hours.", (240, None)),
    ("In a small number of cases this lasted up to a few hours.", (0, 360)),
])
def test_slots_a_length_told_without_a_figure_is_a_range(text, expected):
    from nlp.slots import vague_duration
    found = vague_duration(text)
    assert found is not None and (found["min"], found["max"]) == expected


@pytest.mark.parametrize("text", [
    "Hours later, the company said it was restored.",
    "Within hours, the company had blamed a contractor.",
    "It felt like a few hours.",
    "Its recovery took days longer than that of its competitors.",
    "Full restoration could take several more days.",
    "Parcelpoint said 74mm of rain fell in a few hours and the brook overflowed.",
    "Slack has been dead for us since a few minutes after 3pm.",
    "The intruders went undetected for months.",
    "Residents said the phone lines were engaged for hours.",
])
def test_slots_a_vague_span_that_is_not_the_outages_length_gives_no_range(text):
    from nlp.slots import vague_duration
    assert vague_duration(text) is None


@pytest.mark.parametrize("text,minutes", [
    ("for us this ran 14:25 to about 18:50.", 265),
    ("roughly 1h50 from when it dropped", 110),
    ("their status page says ~2h", 120),
    ("down for 1h 30m", 90),
])
def test_slots_short_hours_and_a_span_that_ran_are_lengths(text, minutes):
    assert duration(text)[0] == minutes


def test_slots_round_the_clock_support_is_no_length():
    assert duration("we offer 24h support to every customer")[0] is None


@pytest.mark.slow
def test_slots_an_iso_date_in_a_forms_field_is_a_date(claims_of):
    claims = claims_of("Incident report\n\nStart: 2024-02-21 09:52 (first failed eligibility batch on our interface engine)\n",
                       doc_id="form.txt")
    assert any("2024-02-21" in c.slots.dates for c in claims)


@pytest.mark.slow
def test_slots_a_decisions_date_field_anchors_it_and_its_friday_is_the_events(claims_of):
    text = ("FINAL DECISION\n\nComplainant: Mr K\nBusiness: Northmere Building Society\nDate: 14 August 2026\n\n"
            "Mr K complains that he could not use the app from the morning of Friday 27 February 2026.\n"
            "When online services reopened at about 06:30 on the Friday, members began reporting failures.\n"
            "I must ask Mr K to accept or reject my decision before 11 September 2026.\n")
    claims = claims_of(text, doc_id="decision.txt")
    reopened = next(c for c in claims if "reopened" in c.text)
    assert reopened.slots.dates == ["2026-02-27"]


def test_slots_a_weekday_in_a_thread_counts_from_its_posts_day(claims_of):
    text = ("tilly_bakes · Member · 1,204 posts\n*25 Apr 2025, 09:14*\n\n"
            "Acme paused online orders this morning.\n\n"
            "GrumpyGareth · Member · 3,877 posts\n*25 Apr 2025, 10:02*\n\n"
            "Acme said on Tuesday stores were not really affected.\n\n"
            "retail_nerd_dan · Member · 920 posts\n*9 Jul 2025, 08:30*\n\n"
            "The Acme chairman went in front of MPs yesterday.\n")
    claims = claims_of(text, doc_id="thread.md")
    dates = {c.text[:20]: c.slots.dates for c in claims}
    assert next(d for t, d in dates.items() if t.startswith("Acme said")) == ["2025-04-22"]
    assert next(d for t, d in dates.items() if t.startswith("The Acme chairman")) == ["2025-07-08"]


@pytest.mark.parametrize("text,bound", [
    ("Almost four weeks on, the website and app still let customers browse but not buy.", "lower"),
    ("The outage lasted four weeks.", None),
])
def test_slots_weeks_on_and_still_failing_is_a_length_so_far(text, bound):
    assert duration(text) == (40320.0, bound)


@pytest.mark.parametrize("text,expected", [
    ("Over the past five days, Delta cancelled nearly 7,000 flights and disrupted the travel plans of its customers.",
     (7200.0, "lower")),
    ("For the last three days customers have been unable to log in.", (4320.0, "lower")),
    # a window counting events, or a time with no failure in it, is no length
    ("There were three outages in the past two weeks.", (None, None)),
    ("Over the past two weeks the company said it had hired staff.", (None, None)),
    # others' recovery set beside this one
    ("Rivals including American and United were flying close to normal schedules within a day or two.", (None, None)),
])
def test_slots_the_failure_over_the_past_days_is_a_length_so_far_but_others_recovery_is_none(text, expected):
    assert duration(text) == expected


@pytest.mark.parametrize("text", ["The 1.1.1.1 resolver was unreachable for 62 minutes.",
                                  "Version 3.8.0 of the agent took 2.5 hours to roll back for 1,206 customers."])
def test_slots_an_address_or_a_version_is_no_figure(text):
    from nlp.counts import counts_in
    found = counts_in(text, None)
    assert all(c["value"] not in (1.1, 3.8) for c in found)
    assert duration(text)[0] in (62.0, 150.0)


@pytest.mark.parametrize("text,minutes", [
    ("12:19 Second oscillation, inter-area Damped; voltage rising", None),  # a table row's clock time and ordinal
    ("At 14:05 Second-line support took over the incident.", None),
    ("The interruption lasted 40 seconds.", 40 / 60),
])
def test_slots_a_clock_time_before_an_ordinal_is_no_length_in_seconds(text, minutes):
    value = duration(text)[0]
    assert (value is None) if minutes is None else value == pytest.approx(minutes, abs=0.01)


@pytest.mark.slow
def test_slots_a_plans_month_labelled_step_is_in_the_months_ahead(claims_of):
    claims = claims_of("Our plan after the June outage:\n\n"
                       "- August: migrate Postgres to a managed database we can fail over ourselves.\n"
                       "- September: retire our remaining Skyforge apps.\n"
                       "- March: we moved the billing workers, and it went well.\n", published="2025-06-16")
    by_text = {c.text.split(":")[0].lstrip("- "): c.slots.dates for c in claims}
    assert by_text["August"] == ["2025-08"] and by_text["September"] == ["2025-09"]
    assert by_text["March"] == ["2025-03"]  # a past step told, not a plan


def test_slots_a_product_shaped_name_after_its_companys_name_is_a_service(claims_of):
    claims = claims_of("Between 11:48 PM and 2:40 AM, customers saw errors when calling Amazon DynamoDB APIs in the region.\n",
                       source="Amazon Web Services", kind="post-mortem")
    assert "Amazon DynamoDB" in claims[0].slots.services


def test_slots_a_day_the_company_expects_something_by_lies_ahead(claims_of):
    claims = claims_of("The airline cancelled more than 200 flights on Sunday night.\n"
                       "She said Alaska expected its operation to be back to normal by Tuesday.\n",
                       source="Wire", kind="news", published="2025-07-21")
    assert claims[-1].slots.dates == ["2025-07-22"]


@pytest.mark.parametrize("text,expected", [
    ("January last year", "2025-01"),
    ("in March this year", "2026-03"),
    ("May next year", "2027-05"),
])
def test_slots_a_month_of_last_or_this_year_counts_from_the_documents_date(text, expected):
    from nlp.slots import parse_date
    assert parse_date(text, "2026-07-06") == expected


@pytest.mark.parametrize("text", [
    'One engineer said the team spent "close to two hours" convinced it was being attacked.',
    "We ruled out the attack hypothesis within about 40 minutes.",
    "For the first 40 minutes or so the network swung between a good file and a bad one.",
    "Any retailer with a second supplier would have been back within fifteen minutes.",
    "Try it free for 30 days at example.com/show.",
    "The restore itself took 4 hours and 10 minutes.",
    "We have refunded three months of Jonah's subscription.",
])
def test_slots_a_span_inside_the_incident_or_beside_it_is_no_outage_length(text):
    # an activity during the outage, how soon it was diagnosed, a part of it, what would have
    # happened, an offer, a data restore and a refund all measure something else
    assert duration(text) == (None, None)


@pytest.mark.parametrize("text, minutes", [
    ("The outage took 4 hours to fix.", 240),
    ("Services were restored within three hours.", 180),
    ("We spent two hours without power.", 120),
])
def test_slots_the_outages_own_length_still_counts_beside_those_traps(text, minutes):
    assert duration(text)[0] == minutes


@pytest.mark.parametrize("text, expected", [
    ("Northgate shares closed down 2.8% on Tuesday.", None),
    ("Shares fell 5% after 40% of flights were cancelled.", 40.0),
    ("About 35% of card transactions failed.", 35.0),
])
def test_slots_a_market_move_is_no_share_of_what_the_incident_reached(text, expected):
    assert percent(text) == expected


@pytest.mark.parametrize("text", [
    "Remote access to our network is now monitored 24 hours a day.",
    "Within 24 hours, our engineers applied the vendor's recommended interim mitigation.",
    "Our engineers have contributed more than 1,100 hours to the recovery so far.",
    "We operate a 24-hour security operations centre for forty public bodies.",
    "The gang listed the authority on its leak site with a ten-day countdown.",
    "A flaw sat unpatched on an internet-facing appliance for about 16 days.",
])
def test_slots_a_rate_a_service_hours_work_put_in_a_deadline_or_an_open_flaw_is_no_outage_length(text):
    assert duration(text) == (None, None)


@pytest.mark.parametrize("text", [
    "Three outages in nine months is not bad luck.",
    "It was the fourth failure in the past two years.",
    "Authorisation availability over the preceding twelve months stood at 99.98%.",
    "Kestrel shares closed down 7.4% on Monday, their steepest one-day drop since February.",
])
def test_slots_a_counting_period_a_measuring_period_or_a_market_move_is_no_outage_length(text):
    assert duration(text)[0] is None


@pytest.mark.parametrize("text,minutes", [
    ("It was the second outage in a year, and it lasted three hours.", 180),
    ("Over the past three hours users could not log in.", 180),
    ("Service was down for one day, and a drop in revenue followed.", 1440),
])
def test_slots_a_length_beside_a_count_or_a_drop_still_counts(text, minutes):
    assert duration(text)[0] == minutes


@pytest.mark.parametrize("text", [
    "Tonight I have extended the online filing deadline by 48 hours, to 23:59 on Monday.",
    "We are hearing that the deadline will be pushed back by 24 hours.",
    "21:10  Client confirms ministerial 48-hour extension to filing deadline",
    "That is a longer extension than the 24 hours we were hearing about earlier.",
    "Miss the deadline and further penalties kick in after three months.",
])
def test_slots_a_deadline_moved_or_a_penaltys_period_is_no_outage_length(text):
    assert duration(text)[0] is None


def test_slots_a_delay_without_a_deadline_is_still_a_length():
    assert duration("Flights were delayed by three hours.")[0] == 180


@pytest.mark.parametrize("text", [
    "The eight-week clock starts from when the bank receives your complaint.",
    "The bank has eight weeks to respond before you can go to the ombudsman.",
])
def test_slots_a_complaints_time_limit_is_no_outage_length(text):
    assert duration(text)[0] is None


def test_slots_a_companys_customer_base_is_not_counted_among_those_hit():
    found = counts_in("Fenbridge, which has around 3 million current account customers, said about 400,000 customers were affected.")
    assert [c["value"] for c in found] == [400000]


def test_slots_table_cells_error_code_letters_and_contract_sections_are_no_services(pipeline):
    from nlp.slots import services_in
    from nlp.voices.names import AliasTable
    aliases = AliasTable()
    aliases.canonical("Fenbridge")
    for text in ("| Jan 2024 | Quillby Parcels | Swore at a customer | AI feature switched off the same day |",
                 "You'll see the refund on your statement as \"BF SERVICE REFUND\"."):
        sent = next(pipeline(text).sents)
        assert not any("|" in s or s in ("BF", "Schedule 7") for s in services_in(sent, aliases)), text
    sent = next(pipeline("The Fenbridge Pay app stopped working on Friday.").sents)
    assert services_in(sent, aliases)  # a named service still counts
