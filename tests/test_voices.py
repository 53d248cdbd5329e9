"""Voice attribution on short texts written for the test (loads the spaCy model)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def voice_of(claims, fragment):
    for c in claims:
        if fragment in c.text:
            return c.speaker, c.speaker_role, c.cue
    raise AssertionError(f"no claim contains {fragment!r}: {[c.text for c in claims]}")


NEWS = (
    "Acme Cloud suffered a 13-hour outage in its Frankfurt region last week, according to the Financial Times.\n"
    "The newspaper, citing three Acme employees, reported that an AI coding agent had deleted a database.\n"
    "It was at least the second such incident this year, the employees said.\n"
    "The outage reportedly affected thousands of online shops.\n"
    "Acme Cloud provided the following statement:\n"
    "\"This was a brief interruption that affected a single service in one region. "
    "It was caused by user error, not by our AI tools.\n"
    "We have put additional safeguards in place.\"\n"
    "Priya Nair, an analyst at Stratline Research, said the dispute was about permissions.\n"
    "Nair added that the FT report matched what she had heard from clients.\n"
)


@pytest.fixture(scope="module")
def news_claims(pipeline):
    from nlp.extract import extract
    from nlp.records import Document
    doc = Document(doc_id="news.md", path="news.md", text=NEWS, format="md", source="Daily Ledger", kind="news")
    return next(extract(pipeline, [doc]))[1]


@pytest.mark.parametrize("fragment,speaker,role,cue", [
    ("13-hour outage", "Financial Times", "press", "according to"),
    ("citing three Acme employees", "Financial Times", "press", "reported"),
    ("second such incident", "insiders", "insider", "said"),
    ("reportedly affected", "Daily Ledger", "press", None),
    ("brief interruption", "Acme", "vendor", None),
    ("not by our AI tools", "Acme", "vendor", None),
    ("additional safeguards", "Acme", "vendor", None),
    ("the dispute was about permissions", "Priya Nair", "expert", "said"),
    ("matched what she had heard", "Priya Nair", "expert", "added"),
])
def test_voices_news_article_voices(news_claims, fragment, speaker, role, cue):
    assert voice_of(news_claims, fragment) == (speaker, role, cue)


@pytest.mark.parametrize("text,fragment,expected", [
    ("Tellaro blamed the storm for the outage. Service was restored in under two hours, the company said.\n",
     "restored in under two hours", ("Tellaro", "vendor")),
    ("A Tellaro spokesman said the network was resilient. He said the company would cooperate with the regulator.\n",
     "would cooperate", ("Tellaro", "vendor")),
    ("The outage hit Tellaro customers on Tuesday. Two engineers at the company, speaking on condition of anonymity, told reporters that a software update had failed.\n",
     "software update had failed", ("insiders", "insider")),
    ("Tellaro's network failed on Tuesday. The regulator said the outage lasted six hours.\n",
     "lasted six hours", ("regulator", "regulator")),
])
def test_voices_resolve_pronouns_and_groups(claims_of, text, fragment, expected):
    speaker, role, _ = voice_of(claims_of(text, source="Harbour Daily", kind="news"), fragment)
    assert (speaker, role) == expected


def test_voices_we_narration_is_the_company(claims_of):
    text = ("Fennec Pay - Incident report\n\n"
            "On Tuesday our card payments failed for 47 minutes. We are truly sorry.\n"
            "The outage was caused by a configuration change that we rolled back at 14:49.\n")
    claims = claims_of(text, doc_id="postmortem.txt")
    assert {(c.speaker, c.speaker_role) for c in claims} == {("Fennec Pay", "vendor")}


def test_voices_forum_posts_are_their_posters(claims_of):
    text = ("OrbitMail Community > Support\n"
            "baker_jo | 10 Sep 2024, 09:12\n\n"
            "None of our order emails have arrived since six this morning.\n\n"
            "OrbitMail_Support (Moderator) | 10 Sep 2024, 10:05\n\n"
            "We are aware that some messages are being held in quarantine by mistake.\n")
    claims = claims_of(text, doc_id="thread.txt")
    assert voice_of(claims, "order emails")[:2] == ("baker_jo", "customer")
    assert voice_of(claims, "held in quarantine")[:2] == ("OrbitMail", "vendor")


def test_voices_thread_replies_are_their_authors(claims_of):
    text = ("OrbitMail has been down since about 4pm yesterday for our whole team.\n"
            "**Reply from netops_dana:**\n"
            "I'd bet this is a carrier problem and somebody cut a fibre.\n"
            "**Reply from ghfan_2011:**\n"
            "Going by the blog update, maintenance on their own network started it, so it was not an attack.\n")
    claims = claims_of(text, doc_id="thread.md", source="mergeconflict_mo", kind="forum")
    assert voice_of(claims, "down since about 4pm")[:2] == ("mergeconflict_mo", "customer")
    assert voice_of(claims, "carrier problem")[:2] == ("netops_dana", "customer")
    assert voice_of(claims, "maintenance on their own")[:2] == ("ghfan_2011", "customer")


@pytest.mark.parametrize("letterhead,speaker,role", [
    ("HARBOUR CREW PILOTS ASSOCIATION (HCPA)\nSTATEMENT ON THE HOLIDAY MELTDOWN\n", "Harbour Crew Pilots Association", "insider"),
    ("NORTHLIGHT TELECOM RESEARCH\nClient note | 21 November 2023\n", "Northlight Telecom Research", "expert"),
    ("# Tallyrock Research | Telecom\n\n**Sector note, 3 May 2024**\n", "Tallyrock Research", "expert"),  # a Markdown heading
])
def test_voices_letterhead_of_a_union_or_analyst_names_the_author_and_role(claims_of, letterhead, speaker, role):
    text = letterhead + "\nThe failure came from years of under-investment in the scheduling software.\n"
    claims = claims_of(text, doc_id="statement.txt")
    assert voice_of(claims, "under-investment")[:2] == (speaker, role)


def test_voices_a_name_before_its_description_speaks_not_the_place_in_it(claims_of):
    text = ("Edgely, a San Francisco company that stores copies of web pages on servers close to readers, said a "
            "customer configuration change triggered a bug.\n")
    speaker, _, _ = voice_of(claims_of(text, doc_id="story.txt"), "triggered a bug")
    assert speaker == "Edgely"


def test_voices_the_engineer_again_is_the_insider_first_introduced_not_the_last_group(claims_of):
    text = ("A network engineer at Skyrail, who spoke on condition of anonymity, said the attack was small.\n"
            "Analysts at Brightwater Research said the outage was severe.\n"
            "The engineer said a filter rule pushed that afternoon was written far too broadly.\n")
    claims = claims_of(text, doc_id="story.txt")
    assert voice_of(claims, "filter rule")[:2] == ("insiders", "insider")
    assert voice_of(claims, "was severe")[:2] == ("analysts", "expert")


def test_voices_claiming_a_refund_is_not_saying_something(claims_of):
    text = ("Skyrail Air said the failure was caused by a power surge.\n"
            "Customers whose flights were cancelled can claim a full refund or rebook free of charge.\n"
            "Customers claim the airline ignored the warnings.\n")
    claims = claims_of(text, doc_id="story.txt")
    assert voice_of(claims, "full refund")[2] is None
    assert voice_of(claims, "ignored the warnings")[1:] == ("customer", "claim")


def test_voices_the_company_right_after_another_company_spoke_is_that_company(claims_of):
    text = ("Westmere Council said the portal outage was caused by Storm Hollis, and the council blamed the weather.\n"
            "Westmere Council said the portal was back within two days.\n"
            "A spokesperson for Northvale Power Networks said the substation had been off for about 20 hours.\n"
            "The company said its equipment had performed as designed during the outage.\n"
            "The council said the outage was caused by the storm alone.\n")
    claims = claims_of(text, doc_id="story.txt")
    assert voice_of(claims, "performed as designed")[0] == "Northvale Power Networks"
    assert voice_of(claims, "storm alone")[0] == "Westmere Council"


def test_voices_another_and_the_other_are_more_of_the_group_just_quoted(claims_of):
    text = ("Two engineers at Skyrail, who asked not to be named, said the update was rushed.\n"
            "Another said the standby systems were running an outdated version of the software.\n"
            "The other said engineers spent hours chasing the fault.\n")
    claims = claims_of(text, doc_id="story.txt")
    assert voice_of(claims, "outdated version")[:2] == ("insiders", "insider")
    assert voice_of(claims, "chasing the fault")[:2] == ("insiders", "insider")


def test_voices_experts_tracing_a_failure_are_its_speakers(claims_of):
    text = "Outside experts traced the failure to a routing change that withdrew the network's addresses.\n"
    assert voice_of(claims_of(text, doc_id="story.txt"), "routing change")[:3] == ("analysts", "expert", "traced")


def test_voices_statement_titled_with_its_issuer_speaks_for_it(claims_of):
    text = ("Corvane statement on the 2 March card payments disruption\n\n"
            "Between 09:10 and 10:05 a small number of our card transactions could not be completed.\n\n"
            "We have added an extra approval step for supplier updates.\n")
    speaker, role, _ = voice_of(claims_of(text, doc_id="statement.txt"), "approval step")
    assert (speaker, role) == ("Corvane", "vendor")


def test_voices_a_described_person_named_in_apposition_is_that_person(claims_of):
    text = "An aviation analyst, Dr Maria Lenz, said a 90-minute fix did not match what passengers saw.\n"
    speaker, role, _ = voice_of(claims_of(text, doc_id="story.txt", source="Daily Transit"), "90-minute")
    assert (speaker, role) == ("Maria Lenz", "expert")


def test_voices_according_to_data_from_a_named_site_is_the_site(claims_of):
    text = "More than 300 flights were cancelled, according to data from the tracking site FlightLedger.\n"
    speaker, _, _ = voice_of(claims_of(text, doc_id="story.txt", source="Daily Transit"), "300 flights")
    assert speaker == "FlightLedger"


def test_voices_one_word_company_the_tagger_calls_a_person_is_the_vendor(claims_of):
    text = ("Millions of Brivio customers lost mobile data on Sunday.\n\n"
            "Brivio said fewer than 5% of its customers had been affected.\n\n"
            "The company denied reports that a cyberattack was to blame.\n\n"
            "The national regulator ORVAL said it had opened an inquiry into the outage.\n")
    claims = claims_of(text, doc_id="story.txt", source="Daily Transit")
    assert voice_of(claims, "fewer than 5%")[:2] == ("Brivio", "vendor")
    assert voice_of(claims, "cyberattack")[:2] == ("Brivio", "vendor")
    assert voice_of(claims, "inquiry")[:2] == ("ORVAL", "regulator")


def test_voices_according_to_a_described_firm_is_the_firm(claims_of):
    text = ("Brivio customers lost data on Sunday.\n\n"
            "The outage lasted roughly 11 hours, according to the network monitoring firm PingWatch.\n")
    speaker, role, _ = voice_of(claims_of(text, doc_id="story.txt", source="Daily Transit"), "11 hours")
    assert (speaker, role) == ("PingWatch", "expert")


def test_voices_a_date_before_the_company_said_is_not_the_speaker(claims_of):
    text = ("Torvapay's payment gateway failed for 47 minutes on Tuesday, 19 May, the company said, "
            "blaming a bug in a new release.\n\nTorvapay's engineers rolled the release back.\n")
    claims = claims_of(text, doc_id="story.txt", source="Fintech Daily")
    assert voice_of(claims, "47 minutes")[:2] == ("Torvapay", "vendor")
    assert all(c.speaker != "May" for c in claims)
    assert "Torvapay" not in claims[0].slots.regions


def test_voices_regulator_letterhead(claims_of):
    text = ("NATIONAL COMMUNICATIONS REGULATOR\nNotice of investigation\n\n"
            "The regulator has established that the incident affected 74,000 customers.\n")
    speaker, role, _ = voice_of(claims_of(text, doc_id="notice.txt"), "74,000")
    assert role == "regulator" and speaker == "National Communications Regulator"


def test_voices_unsigned_first_person_statement_speaks_for_its_company(claims_of):
    text = ("Update on this morning's outage\n\n"
            "Between 06:00 and 07:30 on 3 March 2026, some Harlow Energy customers could not log in to our app.\n\n"
            "The cause was a faulty database update, which we have rolled back.\n")
    claims = claims_of(text, doc_id="update.txt")
    assert {(c.speaker, c.speaker_role) for c in claims} == {("Harlow Energy", "vendor")}


def test_voices_cue_in_a_relative_clause_after_a_quote_does_not_attribute_the_sentence(claims_of):
    text = 'That was nearly three hours of lost sales for us, not the "brief disruption" their email claimed.\n'
    speaker, _, _ = voice_of(claims_of(text, doc_id="post.txt", source="Ana Lopes", kind="forum"), "lost sales")
    assert speaker == "Ana Lopes"


def test_voices_an_unnamed_report_answered_in_a_statement_is_the_press(claims_of):
    text = ("Acme Cloud statement on recent media reports\n\n"
            "We want to correct a report published today about our service.\n\n"
            "The report also suggests that a second, similar event affected our platform.\n")
    speaker, role, _ = voice_of(claims_of(text, doc_id="statement.txt"), "second, similar event")
    assert (speaker, role) == ("press reports", "press")


def test_voices_statement_about_a_named_day_is_still_about_its_issuer(claims_of):
    text = ("BRAMBLE\nA message to our customers about Black Friday checkout problems\n30 November 2024\n\n"
            "On Black Friday, between 10:05 and 11:35, many of you could not complete purchases in the Bramble app.\n\n"
            "The disruption was caused by a failure at Paylink, our payment provider, and not by Bramble's own systems.\n\n"
            "We are adding a second payment provider for Black Friday next year.\n")
    claims = claims_of(text, doc_id="message.txt")
    assert {c.vendor for c in claims} == {"Bramble"}


@pytest.mark.parametrize("text,meta,client", [
    ("Paylink statement about the Bramble checkout outage\n\n"
     "On Friday Bramble's checkout failed for 90 minutes.\n\n"
     "Bramble has said our gateway caused the failure, which is wrong.\n\n"
     "Our gateway processed every Bramble payment it received within two seconds.\n",
     {"doc_id": "paylink.txt"}, "Bramble"),
    ("Nuvola statement regarding the Quayside Bank service disruption of 28 November\n\n"
     "Quayside Bank has said its outage on 28 November was caused by a failure at a Nuvola data centre.\n\n"
     "Our facility stayed available throughout that day.\n\n"
     "Quayside Bank's failover pointed at a standby system that was out of date.\n",
     {"doc_id": "nuvola.md", "source": "Nuvola", "kind": "statement"}, "Quayside"),
])
def test_voices_supplier_statement_about_a_client_outage_is_about_the_client(claims_of, text, meta, client):
    claims = claims_of(text, **meta)
    assert claims and all(c.vendor and c.vendor.startswith(client) for c in claims)


def test_voices_a_union_named_after_the_company_is_its_own_voice(claims_of):
    text = ("Norland Airlines cancelled 16,000 flights over the holidays and blamed the storm.\n\n"
            "Norland Airlines said the weather left crews out of place.\n\n"
            '"Management let the systems rot for a decade," said Casey Moran, president of the Norland Airlines Pilots Association.\n')
    claims = claims_of(text, doc_id="story.txt", source="AeroBrief", kind="news")
    speaker, role, _ = voice_of(claims, "systems rot")
    assert speaker == "Norland Airlines Pilots Association" and role != "vendor"
    assert {c.vendor for c in claims} == {"Norland Airlines"}


def test_voices_a_group_that_calls_itself_by_a_name_is_that_name(claims_of):
    text = ("Deskly said its help desk was down for two hours on Tuesday.\n\n"
            "The group, which calls itself GhostQueue, wrote on its channel that it had taken 1.2 million tickets from Deskly.\n")
    speaker, role, _ = voice_of(claims_of(text, doc_id="story.txt", source="BreachReport", kind="news"), "1.2 million")
    assert speaker == "GhostQueue" and role != "vendor"


def test_voices_a_site_code_in_the_title_is_not_the_company(claims_of):
    text = ("BRAMLEY HOSTING\nStatement on the LON1 disruption\n\n"
            "On Tuesday the cooling systems at our LON1 data centre could not keep pace with the heat.\n\n"
            "Power to part of LON1 was shut down for two hours.\n")
    claims = claims_of(text, doc_id="statement.txt", source="Bramley", kind="statement")
    assert {c.vendor for c in claims} == {"Bramley"}


@pytest.mark.parametrize("letterhead", ["BRAMBLE LTD", "BRAMBLE EXAMINATIONS BOARD"])
def test_voices_a_letterhead_in_capitals_takes_the_spelling_of_the_text(claims_of, letterhead):
    text = (f"{letterhead}\nUpdate: flooding at the Moulbrook sorting hub\n\n"
            "Bramble has been delivering parcels for 31 years, and we are sorry for the delays.\n\n"
            "Flooding at Moulbrook stopped our sorting for two days, and Moulbrook staff were sent home.\n\n"
            "Parcels held at Moulbrook will arrive by Friday, and our Moulbrook hub is open again.\n")
    claims = claims_of(text, doc_id="update.txt", kind="statement")
    (vendor,) = {c.vendor for c in claims}
    assert vendor.startswith("Bramble") and not vendor.isupper()
    assert all(c.speaker == vendor for c in claims if c.cue is None)


def test_voices_a_word_named_only_inside_the_signatory_union_is_not_the_company(claims_of):
    text = ("Dear Dr Penrose,\n\nOur members watched students refresh a blank login screen for more than three hours.\n\n"
            "Your statement describes this as slow loading for some candidates.\n\n"
            "Deborah Kinsella\nGeneral Secretary, Secondary Teachers' Federation\n")
    claims = claims_of(text, doc_id="letter.md", source="Secondary Teachers' Federation", kind="union")
    assert claims and all(c.vendor != "Teachers" for c in claims)


def test_voices_an_organisation_named_with_its_country_keeps_the_whole_name(claims_of):
    text = ("Northgate Air Traffic said the failure was fixed within hours.\n"
            "The disruption lasted days, not hours, said Dana Pike, chief executive of the trade body Holiday Airlines UK.\n")
    speaker, _, _ = voice_of(claims_of(text, doc_id="story.txt"), "lasted days")
    assert speaker == "Holiday Airlines UK"


def test_voices_a_document_an_organisation_issued_speaks_for_it(claims_of):
    text = ("Fernhill Analytics note on the Vantora outage\n\n"
            "Vantora's first status update said only that some customers were seeing timeouts.\n\n"
            "Their status page says customers may have trouble connecting.\n\n"
            "The company's review concluded that the change had not been tested.\n\n"
            "For three weeks, every update on the status page said the same thing.\n")
    claims = claims_of(text, doc_id="note.md", source="Fernhill Analytics", kind="analysis")
    for fragment in ("seeing timeouts", "trouble connecting", "not been tested"):
        assert voice_of(claims, fragment)[:2] == ("Vantora", "vendor")
    assert voice_of(claims, "every update")[2] is None  # no owner named: the note's narration


def test_voices_whoever_puts_a_figure_on_the_damage_gives_the_estimate(claims_of):
    text = ("Harbour Times on the Vantora outage\n\n"
            "Vantora later put the cost of the disruption at about 58 million pounds.\n\n"
            "Engineers put the servers back at noon.\n")
    claims = claims_of(text, doc_id="news.md", source="Harbour Times", kind="news")
    assert voice_of(claims, "58 million")[:2] == ("Vantora", "vendor")
    assert voice_of(claims, "servers back")[2] is None


def test_voices_the_company_front_line_speaks_for_the_company(claims_of):
    text = ("Posted by payday_pete on the Vantora Bank customer forum\n\n"
            "Vantora Bank cards failed all weekend.\n\n"
            "When I finally got through on the phone, the adviser told me the problem was my browser.\n\n"
            "Customer services told me that everything was fixed early on Saturday.\n\n"
            "Some administrators had initially assumed a software bug in the app itself.\n")
    claims = claims_of(text, doc_id="forum.txt", kind="forum")
    assert voice_of(claims, "my browser")[:2] == ("Vantora Bank", "vendor")
    assert voice_of(claims, "fixed early")[:2] == ("Vantora Bank", "vendor")
    assert voice_of(claims, "software bug")[2] == "assumed"


def test_voices_an_executive_speaks_for_the_company_named_before_the_title(claims_of):
    # the recogniser does not tag "Skyvane" here; the title still tells whose executive speaks
    text = ("NATS said the failure was caused by an unusual flight plan. "
            "Skyvane chief executive Dana Holt said it was unacceptable that one plan could close the airspace. "
            "Former NATS engineer Paul Dunne said the fallback had been tested.\n")
    claims = claims_of(text, doc_id="news.txt", source="Harbour Times", kind="news")
    assert voice_of(claims, "unacceptable")[0] == "Skyvane"
    assert voice_of(claims, "fallback")[0] != "NATS"


def test_voices_a_bare_plural_of_businesses_is_the_affected_customers_not_the_company(claims_of):
    text = ("Harbour Times on the Vantora outage\n\n"
            "Vantora said the outage lasted under an hour.\n\n"
            "Several banks said card payments failed for most of the afternoon.\n")
    claims = claims_of(text, doc_id="news.md", source="Harbour Times", kind="news")
    assert voice_of(claims, "most of the afternoon")[:2] == ("customers", "customer")


def test_voices_people_who_work_in_the_company_are_insiders_even_after_a_customer_group(claims_of):
    text = ("Thousands of households lost power overnight, according to a consumer group.\n\n"
            "Two people who work in Vantora's metering operations told the Ledger that the update went to every meter at once.\n")
    claims = claims_of(text, doc_id="news.md", source="Harbour Times", kind="news")
    assert voice_of(claims, "every meter")[:2] == ("insiders", "insider")


def test_voices_the_groups_director_quoted_after_the_group_spoke_speaks_for_the_group(claims_of):
    text = ("Fair Power Watch said on Thursday that 6,500 Vantora homes lost supply. "
            "\"These families woke up in the cold, and Vantora calls it a billing glitch,\" said Mara Feld, the group's director.\n")
    claims = claims_of(text, doc_id="news.txt", source="Harbour Times", kind="news")
    assert voice_of(claims, "billing glitch")[0] == "Fair Power Watch"


def test_voices_a_companys_named_status_page_speaks_for_it(claims_of):
    text = ("Posted by Hollis & Grey Digital\n\n"
            "Vantora hosts every one of our client sites.\n\n"
            "At 14:30, while our sites were dark, the Vantora status page described the problem as a minor degradation.\n")
    claims = claims_of(text, doc_id="letter.md", source="Hollis & Grey Digital", kind="letter")
    assert voice_of(claims, "minor degradation")[0] == "Vantora"


def test_voices_a_person_titled_at_an_organisation_or_for_a_named_body_speaks_for_it(claims_of):
    text = ("The Secondary Teachers Federation said its members had recorded wrong grades for 2,300 candidates. "
            "\"The board is shrinking this into a rounding error,\" said Maya Lindgren, head of sixth form at Harwood Park School. "
            "\"It was awful,\" said Tom Reed, a spokesman for the federation.\n")
    claims = claims_of(text, doc_id="news.txt", source="The Chalkboard", kind="news")
    assert voice_of(claims, "rounding error")[0] == "Harwood Park School"
    assert voice_of(claims, "awful")[0] == "Secondary Teachers Federation"


def test_voices_a_verified_company_reply_in_a_residents_thread_is_the_company(claims_of):
    text = ("Day five and the Westvale benefits portal is still down.\n"
            "**Reply from dunmore_pete:**\n"
            "Honestly the storm was brutal, and I don't think you can blame the council for the weather.\n"
            "**Reply from Westvale Council (verified account):**\n"
            "The outage was caused by severe flooding at a substation we do not own.\n")
    claims = claims_of(text, doc_id="thread.md", source="ferncroft_lane", kind="forum")
    speaker, role, _ = voice_of(claims, "substation")
    assert speaker.startswith("Westvale") and role == "vendor"
    assert voice_of(claims, "storm was brutal")[0] == "dunmore_pete"


def test_voices_a_group_calling_itself_a_name_is_that_name(claims_of):
    text = ("Vantora's mail service went down for hours on Monday. "
            "A group calling itself Night Lantern claimed responsibility on Telegram.\n")
    claims = claims_of(text, doc_id="news.txt", source="Harbour Times", kind="news")
    assert voice_of(claims, "claimed responsibility")[0] == "Night Lantern"


def test_voices_a_time_before_the_company_said_is_not_a_name(claims_of):
    text = ("Vantora's network failed on 18 November, the company said. "
            "In June, the company blamed a failure at a cloud storage provider for a separate outage.\n")
    claims = claims_of(text, doc_id="news.txt", source="Harbour Times", kind="news")
    assert voice_of(claims, "In June")[0] == "Vantora"


def test_voices_one_of_the_people_just_quoted_is_one_of_that_group(claims_of):
    text = ("Marla Quint, who heads the regional hauliers' federation, called the closure a planning failure. "
            "She argued that one power feed should never decide a whole depot's fate. "
            "Two people who work on the depot's electrical plant told the Gazette that the switchover had been slow. "
            "One of them said the risk had been raised in internal reviews.\n")
    claims = claims_of(text, doc_id="news.txt", source="Harbour Gazette", kind="news")
    assert voice_of(claims, "switchover had been slow")[:2] == ("insiders", "insider")
    assert voice_of(claims, "raised in internal reviews")[:2] == ("insiders", "insider")


def test_voices_an_account_a_statement_relays_is_not_the_companys_own(claims_of):
    text = ("VANTORA CLOUD - STATEMENT\n\n"
            "Our Leeds hall went offline on 9 July during record heat. "
            "Some reports circulating online claim that our chillers were badly maintained. "
            "These claims are false: the heat was beyond anything the hall was built for. "
            "Some posts on an online forum claim that engineers ignored the alarms.\n")
    claims = claims_of(text, doc_id="statement.txt", kind="statement")
    assert voice_of(claims, "chillers were badly maintained")[:2] == ("press reports", "press")
    assert voice_of(claims, "engineers ignored the alarms")[:2] == ("customers", "customer")
    assert voice_of(claims, "These claims are false")[0].lower().startswith("vantora")


def test_voices_a_newspaper_named_after_a_people_keeps_its_whole_name(claims_of):
    text = ("Members of the Harbour fund could not log in for a week, Australian officials said. "
            "The Australian Financial Review reported that the fund's outside backups were decisive.\n")
    claims = claims_of(text, doc_id="news.txt", source="Harbour Times", kind="news")
    assert voice_of(claims, "outside backups")[:2] == ("Australian Financial Review", "press")


def test_voices_one_name_across_documents_does_not_swallow_a_body_named_after_it():
    from nlp.voices.merge import speaker_map
    mapping = speaker_map(["Tellaro", "Tellaro Communications", "Australian", "Australian Financial Review"])
    assert mapping["Tellaro Communications"] == "Tellaro"
    assert mapping["Australian Financial Review"] == "Australian Financial Review"


def test_voices_they_after_companies_in_general_is_nobody_in_particular(claims_of):
    text = ("Harbour Super members were locked out for a week. "
            "Every time one of these big companies gets breached they call it a technical issue first. "
            "The fund said the systems were back.\n")
    claims = claims_of(text, doc_id="post.md", source="quokka", kind="forum")
    assert voice_of(claims, "technical issue first")[0] == "quokka"
    assert voice_of(claims, "systems were back")[:2] == ("Harbour Super", "vendor")


def test_voices_a_filing_under_a_letterhead_that_calls_itself_the_company_is_the_filer(claims_of):
    text = ("HARBOURVALE MOTOR GROUP, INC. - CURRENT REPORT - ITEM 8.01 OTHER EVENTS\n"
            "Date of Report (Date of earliest event reported): June 19, 2024.\n"
            "On June 19, 2024, a third-party software provider used by Harbourvale Motor Group, Inc. (the \"Company\") "
            "suffered a cyber incident.\n"
            "The Company does not currently expect a material impact on its results.\n")
    claims = claims_of(text, doc_id="filing.txt")
    # hit by its provider's incident, the filer is that provider's customer
    assert voice_of(claims, "does not currently expect")[:2] == ("Harbourvale Motor Group", "customer")
    assert all(c.speaker != "Date" for c in claims)


def test_voices_a_source_given_as_forum_user_handle_is_the_handle_and_somebody_should_is_no_cue(claims_of):
    text = ("Acme keeps saying most dealers are back. "
            "If we're not in the 'most', somebody should at least tell us when we will be.\n")
    claims = claims_of(text, doc_id="post.md", source="forum user gearhead_77", kind="complaint")
    assert voice_of(claims, "somebody should")[:2] == ("gearhead_77", "customer")


def test_voices_a_library_its_former_contractor_and_a_doctoral_researcher(claims_of):
    text = ("Harbour City Library has been offline for months after a ransomware attack. "
            "Ada Quint, a doctoral researcher working on shipping records, said she had planned her year around it. "
            "A former IT contractor who worked on library systems, and who asked not to be named, said the risk was known. "
            "The library said that claim did not reflect its review.\n")
    claims = claims_of(text, doc_id="news.txt", source="Marchbank Courier", kind="news")
    assert voice_of(claims, "shipping records")[:2] == ("Ada Quint", "customer")
    assert voice_of(claims, "the risk was known")[:2] == ("insiders", "insider")
    assert voice_of(claims, "did not reflect")[:2] == ("Harbour City Library", "vendor")


def test_voices_the_group_behind_an_attack_is_never_the_company(claims_of):
    text = ("QUILLGATE RESEARCH - CLIENT NOTE\n\n"
            "The attack on the Harbour City Library was claimed by the Nightjar group. "
            "Nightjar claimed the attack in November and published 600 GB of data. "
            "The Information Commissioner's Office is making enquiries.\n")
    claims = claims_of(text, doc_id="note.txt")
    assert voice_of(claims, "published 600 GB")[:2] == ("Nightjar", "expert")
    assert all(c.vendor not in ("Nightjar", "Office") for c in claims)


@pytest.mark.parametrize("name,text,attacker", [
    ("Rhysida", "The attack on the library was claimed by the Rhysida group.", True),
    ("Rhysida", "The Rhysida gang posted the files on Tuesday.", True),
    ("BlackSuit", "The intrusion was carried out by BlackSuit, researchers said.", True),
    ("Delta", "The compensation claimed by Delta was far larger.", False),  # no attack
    ("Greenline", "Sampling carried out by Greenline showed no harm.", False),
])
def test_voices_the_group_behind_an_attack_is_found_only_next_to_an_attack(name, text, attacker):
    from nlp.voices import _attacker
    assert _attacker(name, text) is attacker


def test_voices_numbered_forum_posts_on_a_fan_site_are_their_posters_about_the_company(claims_of):
    text = ("PlayHub Community Forums > General\n"
            "Thread: is Gridcraft down for everyone?\n\n"
            "#1  blockfan_99   Posted: Fri Oct 29, 2021 10:12 am\n\n"
            "My bet is a hack, nothing else takes the whole game down this long.\n\n"
            "#2  quiet_ops   Posted: Sat Oct 30, 2021 1:15 am\n\n"
            "I worked on the backend at Gridcraft until this spring, and it is not a hack.\n\n"
            "#3  mum_of_two   Posted: Sat Oct 30, 2021 9:40 am\n\n"
            "Gridcraft still has not said a word to paying members about refunds.\n")
    claims = claims_of(text, doc_id="thread.txt")
    assert voice_of(claims, "My bet is a hack")[:2] == ("blockfan_99", "customer")
    assert voice_of(claims, "it is not a hack")[:2] == ("quiet_ops", "insider")
    # a later poster's "I worked at" makes only that poster an insider
    assert voice_of(claims, "paying members")[:2] == ("mum_of_two", "customer")
    assert {c.vendor for c in claims} == {"Gridcraft"}


def test_voices_a_front_matter_author_that_is_a_company_team_speaks_for_the_company(claims_of):
    text = ("# Post-mortem: the outage of 28 October\n\n"
            "We took the platform offline for 20 hours after our storage cluster failed.\n"
            "We are sorry, and we are adding a second site.\n")
    claims = claims_of(text, doc_id="postmortem.md", author="Gridcraft Engineering")
    assert {(c.speaker, c.speaker_role) for c in claims} == {("Gridcraft", "vendor")}


def test_voices_a_statement_from_a_company_heading_names_the_issuer(claims_of):
    text = ("STATEMENT FROM GRIDCRAFT CORPORATION\nIssued October 31, 2021\n\n"
            "We're happy to share that we are back online for everyone after a disruption that began on "
            "Thursday. The issue was caused by an internal problem with our backend and was not the result of an "
            "attack.\n")
    claims = claims_of(text, doc_id="statement.txt")
    assert {(c.speaker, c.speaker_role) for c in claims} == {("Gridcraft", "vendor")}


def test_voices_the_post_said_is_the_company_that_published_it(claims_of):
    text = ("Gridcraft said in a post on its blog that the trouble came from an internal problem.\n"
            "\"We know how frustrating the last few days have been,\" the post said.\n")
    claims = claims_of(text, doc_id="story.txt", source="Harbour Daily", kind="news")
    assert voice_of(claims, "frustrating")[:2] == ("Gridcraft", "vendor")


def test_voices_a_letter_is_its_signatory_body_not_the_addressee(claims_of):
    text = ("# Independent Cafe Operators' Alliance (North & West)\n\n**22 March 2024**\n\n"
            "**To:** The Chief Executive, Brewline Limited\n\n"
            "We write on behalf of our members, who run 120 Brewline cafes.\n"
            "Every one of our cafes lost its tills for close to seven hours.\n")
    claims = claims_of(text, doc_id="letter.md")
    assert voice_of(claims, "close to seven hours")[:2] == ("Independent Cafe Operators' Alliance", "customer")


def test_voices_a_brief_published_by_a_trade_body_is_that_body(claims_of):
    text = ("FOODSERVICE SYSTEMS REVIEW\nResilience Brief No. 7 | 27 March 2024\n"
            "Published by the Catering Technology Resilience Council (CTRC)\n\n"
            "SUBJECT: Global till outage at Brewline, 15 March 2024\n\n"
            "Brewline's tills failed in five countries at once. Brewline blamed a supplier's change, and Brewline "
            "said no card data was exposed. Brewline has not said how many cafes closed.\n"
            "We rate this event high severity for the sector.\n")
    claims = claims_of(text, doc_id="brief.txt")
    assert voice_of(claims, "high severity")[:2] == ("Catering Technology Resilience Council", "expert")


def test_voices_a_spokesperson_of_a_possessive_brand_speaks_for_it(claims_of):
    text = ("BREWLINE'S CORPORATION\nStatement on the till outage\n\n"
            "Our restaurants in a number of markets were back to normal within a few hours. Brewline's serves "
            "millions of customers every day.\n")
    statement = claims_of(text, doc_id="statement.txt")
    story = claims_of("Brewline's tills failed on Friday. A Brewline's spokesperson said there was no evidence of an attack.\n",
                      doc_id="story.txt", source="Harbour Daily", kind="news")
    assert voice_of(statement, "within a few hours")[:2] == voice_of(story, "no evidence")[:2] == ("Brewline", "vendor")


def test_voices_forum_posts_with_a_member_badge_are_their_posters(claims_of):
    text = ("TravelBoard  >  Airlines\nThread: the airline chatbot ruling\n\n"
            "#1  north_flyer  (Gold member, 3,118 posts)   Feb 16, 2024, 9:42 am\n\n"
            "The airline lost the case, and I am amazed anyone signed off on that argument.\n\n"
            "#2  gate_lice  (Silver member, 742 posts)   Feb 16, 2024, 10:15 am\n\n"
            "That same bot told me last month that a second bag was included.\n")
    claims = claims_of(text, doc_id="thread.txt")
    assert voice_of(claims, "signed off")[:2] == ("north_flyer", "customer")
    assert voice_of(claims, "second bag")[:2] == ("gate_lice", "customer")


def test_voices_a_tribunal_summary_is_the_tribunal(claims_of):
    text = ("# Decision Summary: Moffatt v. Northair\n\n"
            "**Civil Resolution Tribunal of Westland — Small Claims**\n\n"
            "The Tribunal does not accept the argument that the chatbot is a separate legal entity.\n")
    claims = claims_of(text, doc_id="summary.md")
    assert voice_of(claims, "separate legal entity")[:2] == ("Civil Resolution Tribunal of Westland", "regulator")


def test_voices_a_person_who_teaches_law_is_an_expert(claims_of):
    text = ("Northair must pay a passenger after its chatbot misled him.\n"
            "\"The argument was never going to survive a judge,\" said Marie Laval, who teaches consumer law in Montreal.\n")
    claims = claims_of(text, doc_id="story.txt", source="Harbour Daily", kind="news")
    assert voice_of(claims, "survive a judge")[:2] == ("Marie Laval", "expert")


def test_voices_nobody_is_no_speaker(claims_of):
    text = "My card was declined all afternoon. Nobody at the bank answered the phone for forty minutes.\n"
    claims = claims_of(text, doc_id="complaint.txt", source="Marit Solberg", kind="complaint")
    assert voice_of(claims, "answered the phone")[:2] == ("Marit Solberg", "customer")


def test_voices_a_press_release_or_social_media_account_speaks_for_its_company(claims_of):
    text = ("Norvik Bank failed again on Thursday and I could not log in all morning.\n"
            "The press release says the app was down for two hours.\n"
            "The bank's social media said it was a power outage.\n")
    claims = claims_of(text, doc_id="complaint.txt", source="Marit Solberg", kind="complaint")
    assert voice_of(claims, "down for two hours")[:2] == ("Norvik Bank", "vendor")
    assert voice_of(claims, "power outage")[:2] == ("Norvik Bank", "vendor")
    assert voice_of(claims, "log in all morning")[:2] == ("Marit Solberg", "customer")


def test_voices_the_statement_a_company_issued_speaks_for_it(claims_of):
    text = ("Gridcraft was down for three days.\n"
            "The statement Gridcraft issued when service returned on October 31 referred to a \"limited disruption\".\n")
    claims = claims_of(text, doc_id="note.txt", source="Harbourline Research", kind="analyst")
    assert voice_of(claims, "limited disruption")[:2] == ("Gridcraft", "vendor")


@pytest.mark.parametrize("name,calendar", [("Fri Oct", True), ("Thursday", True), ("Monzo", False), ("Juniper", False),
                                           ("Decathlon", False), ("Marks", False)])
def test_voices_only_weekday_and_month_words_are_calendar_names(name, calendar):
    from nlp.voices import calendar_name
    assert calendar_name(name) is calendar


def test_voices_a_regulator_named_with_its_country_is_the_regulator(claims_of):
    text = ("Norvik Bank customers could not log in for six hours on Tuesday.\n"
            "Norway's Financial Supervisory Authority said it had asked the bank for a full report.\n")
    claims = claims_of(text, doc_id="story.txt", source="Harbour Daily", kind="news")
    assert voice_of(claims, "full report")[:2] == ("Financial Supervisory Authority", "regulator")


def test_voices_complaint_log_entries_are_their_senders_and_the_heading_company_is_not_the_author(claims_of):
    text = ("# Norvik Bank — customer complaints, March 2025\n\n"
            "**Received 3 March 2025, 13:20 — Marit S., Bergen**\n"
            "My card was declined at the supermarket. I was without any way to pay for roughly four hours.\n\n"
            "**Received 4 March 2025 — Jonas A., café owner, Haugesund**\n"
            "We lost most of our lunch trade. The bank's social media said it was a power outage.\n")
    claims = claims_of(text, doc_id="complaints.md")
    assert voice_of(claims, "roughly four hours")[:2] == ("Marit S.", "customer")
    assert voice_of(claims, "lunch trade")[:2] == ("Jonas A.", "customer")
    assert voice_of(claims, "power outage")[:2] == ("Norvik Bank", "vendor")


@pytest.mark.parametrize("sentence,speaker", [
    ("Every card payment failed until almost four o'clock, not \"some\" of them as the bank said on the news.", "Harbour Daily"),
    ("It was not a power cut, as the company claimed, but a botched update.", "Harbour Daily"),
    ("It was not, as the company said, a cyberattack.", "Norvik Bank"),
    ("The outage lasted four hours, as the bank said on Monday.", "Norvik Bank"),
])
def test_voices_as_the_company_said_after_a_negated_phrase_is_the_writer_disputing_it(claims_of, sentence, speaker):
    text = "Norvik Bank payments failed on Monday, the bank said.\n" + sentence + "\n"
    claims = claims_of(text, doc_id="story.txt", source="Harbour Daily", kind="news")
    assert voice_of(claims, sentence[:25])[0] == speaker


HN_THREAD = """\
Ask HN: Did Quillbox just limit subscriptions to one device?
412 points by mbeck 16 hours ago | hide | past | favorite | 187 comments

Since Tuesday I get kicked out of one machine whenever I log in on the other. I cancelled on the spot.

  ▲ sysadmin_nora 13 hours ago | next [–]

  This has been going on for two weeks on our machines. We assumed it was our SSO setup and burned a day on it.

  ▲ dokafor 10 hours ago | next [–]

  Hey, co-founder here. I'm really sorry. This was an incorrect response from our support bot, not a Quillbox policy.

      ▲ grizzled_ops 9 hours ago | parent | next [–]

      "Our support bot" did it. Somebody at Quillbox decided to put it there.

          ▲ dokafor 8 hours ago | parent | next [–]

          We put it there, and that's on us, not on the bot.
"""


def test_voices_hacker_news_posts_are_their_posters_and_a_cofounder_speaks_for_the_company(claims_of):
    claims = claims_of(HN_THREAD, doc_id="thread.txt")
    assert voice_of(claims, "kicked out")[:2] == ("mbeck", "customer")
    assert voice_of(claims, "two weeks")[:2] == ("sysadmin_nora", "customer")
    assert voice_of(claims, "SSO setup")[:2] == ("sysadmin_nora", "customer")  # "we" in a post is the poster's
    assert voice_of(claims, "incorrect response")[:2] == ("Quillbox", "vendor")
    assert voice_of(claims, "did it")[:2] == ("grizzled_ops", "customer")  # a quotation without a cue is the poster's
    assert voice_of(claims, "that's on us")[:2] == ("Quillbox", "vendor")  # the same poster's later reply
    assert all(c.speaker != "Ask HN" for c in claims)


def test_voices_an_analyst_firm_named_as_front_matter_author_narrates(claims_of):
    text = ("PlayStation Network failed for around a day. We do not expect lasting damage to Sony's results.\n"
            "We judge the communication to be minimal.\n")
    claims = claims_of(text, doc_id="note.md", author="Castlegate Interactive Research")
    assert voice_of(claims, "lasting damage")[:2] == ("Castlegate Interactive Research", "expert")


def test_voices_an_organisation_author_writing_as_we_is_that_organisation_and_a_person_byline_is_not(claims_of):
    text = "Some of you are having trouble signing in to PlayStation Network right now. We know, and we're investigating.\n"
    assert voice_of(claims_of(text, doc_id="feed.jsonl#1", author="PlayStation"), "trouble signing")[0] == "Sony"  # the brand's company
    story = "PlayStation Network went dark worldwide on Friday evening and stayed down for roughly 24 hours.\n"
    claims = claims_of(story, doc_id="story.txt", source="Pixel Dispatch", author="Marta Kowalczyk")
    assert voice_of(claims, "went dark")[:2] == ("Pixel Dispatch", "press")


def test_voices_an_emails_sender_line_names_its_author(claims_of):
    text = ("From: Sony Interactive Entertainment - Corporate Communications\n"
            "To: Rachel Adeyemi, Technology Desk, The Northern Courier\n\n"
            "We have found no evidence that any personal data was accessed.\n"
            "We apologise again to everyone whose weekend was affected.\n")
    claims = claims_of(text, doc_id="email.txt")
    assert voice_of(claims, "personal data")[:2] == ("Sony", "vendor")  # the brand list names its company


def test_voices_a_partner_studio_developer_is_not_the_companys_insider(claims_of):
    text = ("Post #1 | kestrel_gg | Feb 8, 2025 02:47\n\nPSN has been dead for me since Friday evening.\n\n"
            "Post #2 | tk_devlead | Feb 8, 2025 11:30\n\n"
            "For context, I work at a studio that ships games on PlayStation (a partner, not Sony itself). "
            "Our online telemetry flatlined Friday night like everyone else's.\n\n"
            "Post #3 | old_ops_lead | Feb 8, 2025 12:02\n\nI worked at Sony for six years and this looks like a bad config push.\n")
    claims = claims_of(text, doc_id="thread.txt")
    assert voice_of(claims, "dead for me")[:2] == ("kestrel_gg", "customer")
    assert voice_of(claims, "telemetry")[:2] == ("tk_devlead", "customer")
    assert voice_of(claims, "config push")[:2] == ("old_ops_lead", "insider")


def test_voices_an_unnamed_spokesperson_right_after_another_company_spoke_is_that_companys(claims_of):
    text = ("Marks & Spencer said some customer data had been taken in the attack.\n"
            "Marks & Spencer paused online orders for 46 days, and Marks & Spencer stores lost contactless payments.\n"
            "TCS rejected the suggestion. \"Our review has found no evidence that any TCS system was compromised,\" a spokesperson said.\n")
    claims = claims_of(text, doc_id="story.txt", source="The Ledger Post", kind="news")
    assert voice_of(claims, "Our review")[0] == "TCS"


@pytest.mark.parametrize("sentence,fragment,speaker", [
    ("The Co-op, which shut down parts of its systems, said its own incident was contained quickly.", "contained", "Co-op"),
    ("Follow-up posts on Saturday said only that teams were still at work.", "teams were still", "Sony"),
])
def test_voices_hyphenated_names_stay_whole_and_a_weekday_is_no_speaker(claims_of, sentence, fragment, speaker):
    text = "Sony said PlayStation Network was down worldwide on Friday, in a post on its support account.\n" + sentence + "\n"
    claims = claims_of(text, doc_id="story.txt", source="Pixel Dispatch", kind="news")
    assert voice_of(claims, fragment)[0] == speaker


def test_voices_a_quoted_first_person_does_not_make_the_narration_a_customers(claims_of):
    text = ("PlayStation Network went dark worldwide on Friday evening.\n"
            "\"I had the weekend off and I couldn't even start games I own,\" said Devon Reyes, a player in Leeds.\n"
            "\"I paid for those games,\" he said.\n")
    claims = claims_of(text, doc_id="news.html")
    assert voice_of(claims, "went dark")[1] == "press"


def test_voices_an_email_from_an_executive_speaks_for_the_company_named_after_the_title(claims_of):
    text = ("From: Stuart Machin, Chief Executive, M&S <noreply@email.example>\nTo: [customer email]\n\n"
            "I am writing to you personally because some of your personal information has been taken. "
            "We do not hold your account password, so it could not have been taken either.\n")
    claims = claims_of(text, doc_id="letter.txt")
    assert voice_of(claims, "account password")[:2] == ("M&S", "vendor")


def test_voices_a_hearing_witness_named_in_a_section_heading_speaks_for_the_company(claims_of):
    text = ("# What M&S and the Co-op told MPs\n\n"
            "## Marks & Spencer: Archie Norman, chairman\n\n"
            "- Norman told MPs that the attackers entered M&S's systems through a third party. "
            "He said the criminals had not exploited any flaw in M&S's own software.\n\n"
            "## The Co-op: group technology chief\n\n"
            "- The Co-op's technology chief said the society had spotted the intruders within hours.\n")
    claims = claims_of(text, doc_id="digest.md", source="Westminster Digest", kind="news")
    assert voice_of(claims, "entered M&S's systems")[:2] == ("Marks & Spencer", "vendor")
    assert voice_of(claims, "any flaw")[:2] == ("Marks & Spencer", "vendor")
    assert voice_of(claims, "spotted the intruders")[0] == "Co-op"


def test_voices_a_suppliers_statement_it_found_is_the_suppliers_own_review(claims_of):
    text = ("Tata Consultancy Services: statement on the cyber incident at Marks & Spencer\n\n"
            "TCS began an internal review of its own systems as soon as the incident at Marks & Spencer became known. "
            "That review has now concluded. It found no indication that any TCS systems were compromised. "
            "We value our relationship with Marks & Spencer.\n")
    claims = claims_of(text, doc_id="statement.txt")
    assert voice_of(claims, "no indication")[0] == voice_of(claims, "value our relationship")[0] != "Marks & Spencer"


def test_voices_a_store_worker_is_an_insider_and_a_forum_footer_is_no_claim(claims_of):
    text = ("RetailNatter Forums > Shop Floor Chat\nThread: M&S hack - what's it like in stores?\n\n"
            "till_and_tide wrote on 3 May 2025:\n\n"
            "I work in an M&S store so I can tell you what it's been like. Half the chilled shelves were empty all week.\n\n"
            "sparrowhawk77 wrote on 21 June 2025:\n\n"
            "The M&S online shop was down for two weeks and nobody died.\n\n"
            "RetailNatter Forums is not affiliated with any retailer. Posts reflect the views of individual members.\n")
    claims = claims_of(text, doc_id="forum.txt")
    assert voice_of(claims, "chilled shelves")[:2] == ("till_and_tide", "insider")
    assert voice_of(claims, "two weeks")[:2] == ("sparrowhawk77", "customer")
    assert not any("affiliated" in c.text or "views of individual" in c.text for c in claims)
    assert {c.vendor for c in claims} == {"M&S"}


def test_voices_a_masthead_over_a_reporters_byline_is_the_outlet_and_the_companys_chatbot_speaks_for_it(claims_of):
    text = ("PATCHLINE · Developer Tools · Incidents\n\n"  # as the Markdown reader gives "**PATCHLINE** · ..."
            "# Quillbox's support bot invented a one-device rule\n\n"
            "*By Marcus Hale · 18 March 2026, 07:30 GMT · 5 min read*\n\n"
            "For 72 hours last week, developers who used Quillbox on two computers kept getting thrown out.\n\n"
            "\"Subscriptions are now limited to one device per account,\" the assistant, called Max, told one user, "
            "according to a transcript he shared on a developer forum.\n")
    claims = claims_of(text, doc_id="news.md")
    assert voice_of(claims, "72 hours")[:2] == ("Patchline", "press")
    assert voice_of(claims, "one device per account")[:2] == ("Quillbox", "vendor")


def test_voices_a_persons_blog_written_as_i_is_the_person(claims_of):
    text = ("For several days in mid-March, Quillbox's support agent told customers their plans were limited to one device. "
            "They were not.\nI want to look less at the bug and more at how the story is being told. "
            "The token bug is, I would argue, secondary.\n")
    claims = claims_of(text, doc_id="blog.html", source="Accountable Machines", author="Ines Valdivia")
    assert voice_of(claims, "secondary")[:2] == ("Ines Valdivia", "expert")


def test_voices_a_person_the_tagger_takes_for_a_place_is_still_the_person(claims_of):
    text = ("Quillbox logged thousands of users out last week.\n"
            "Ines Valdivia, who studies accountability in automated systems at the Halvorsen Institute, said the framing mattered.\n"
            "\"'The AI did it' has become a shield,\" Valdivia said.\n")
    claims = claims_of(text, doc_id="story.txt", source="Patchline", kind="news")
    assert voice_of(claims, "framing mattered")[0] == voice_of(claims, "a shield")[0] == "Ines Valdivia"


def test_voices_a_forum_sites_moderator_does_not_make_the_site_the_incidents_company(claims_of):
    text = ("ConsoleCorner Forums > PlayStation > Network & Online\nThread: PSN down worldwide - Feb 7/8\n\n"
            "Post #1 | kestrel_gg | Feb 8, 2025 02:47\n\nPSN has been dead for me since Friday evening.\n\n"
            "Post #2 | nullroute_nick | Feb 8, 2025 03:10\n\nThis was a DDoS. Sony will never admit it.\n\n"
            "[Thread locked by moderator ConsoleCorner_Mod | Feb 10, 2025 12:00]\n")
    claims = claims_of(text, doc_id="thread.txt")
    assert {c.vendor for c in claims} != {"ConsoleCorner"}


def test_voices_a_chat_transcripts_turns_are_their_speakers_and_the_companys_bot_speaks_for_it(claims_of):
    text = ("QUILLBOX SUPPORT - CONVERSATION EXPORT\n\n"
            "[14:22] User: Every time I open Quillbox on my desktop, my laptop session gets logged out.\n\n"
            "[14:22] Max (AI support): Thanks for reaching out! This isn't a bug. Quillbox subscriptions are now "
            "limited to one device per account.\n\n"
            "[14:23] User: Nobody told me about a device limit. I have used Quillbox on two machines for two years.\n\n"
            "[14:23] Max (AI support): The change was announced last week in our product update.\n")
    claims = claims_of(text, doc_id="transcript.txt")
    assert voice_of(claims, "laptop session")[:2] == ("User", "customer")
    assert voice_of(claims, "one device per account")[:2] == ("Quillbox", "vendor")
    assert voice_of(claims, "announced last week")[:2] == ("Quillbox", "vendor")
    assert voice_of(claims, "Nobody told me")[:2] == ("User", "customer")


def test_voices_the_company_the_attack_struck_is_the_vendor_over_a_body_named_as_often(claims_of):
    # the health service is named as often as the lab firm, but only comments; the attack struck the firm
    text = ("Hospitals cancelled operations after a ransomware attack on Veltrix, which runs their laboratories.\n\n"
            "The Health Service said blood tests were badly affected.\n\n"
            "The Health Service said some patients had been sent to other hospitals.\n\n"
            "Veltrix chief executive Dana Moore said the company was the victim of a cyberattack.\n\n"
            "The Health Service said it was helping to restore the systems.\n")
    claims = claims_of(text, doc_id="story.txt", source="Daily Transit")
    assert voice_of(claims, "victim of a cyberattack")[:2] == ("Veltrix", "vendor")
    assert claims[0].vendor == "Veltrix"


def test_voices_blame_laid_on_a_provider_does_not_make_it_the_vendor(claims_of):
    text = ("Corvela pins Monday's outage on Amazon gateways.\n\n"
            "Corvela said the gateways run by Amazon could not keep up with returning users.\n\n"
            "Corvela said it was changing how its servers scale.\n")
    claims = claims_of(text, doc_id="story.txt", source="Daily Transit")
    assert voice_of(claims, "changing how its servers scale")[:2] == ("Corvela", "vendor")


def test_voices_a_title_opening_with_an_article_names_no_issuer(claims_of):
    text = ("# An update on Tuesday's database disruption\n\n"
            "*Corvane Newsroom · 19 September 2026*\n\n"
            "On Tuesday, some of our customers experienced a short disruption to our database service.\n\n"
            "We have added an extra approval step for automated changes.\n")
    claims = claims_of(text, doc_id="statement.md")
    assert voice_of(claims, "approval step")[:2] == ("Corvane", "vendor")
    assert all(c.speaker != "An" for c in claims)


def test_voices_an_analysts_note_in_the_first_person_is_the_analyst_not_a_customer(claims_of):
    # "I could not confirm" is an analyst's caveat, not a customer who could not use the service
    text = ("Four accounts of Corvane's outage are now public, and in my view they disagree on the wrong thing.\n"
            "I could not confirm the May incident.\n"
            "I think the root cause was an access-control failure.\n")
    claims = claims_of(text, doc_id="note.md", source="Northgate Research", author="Dr. Ana Ruiz")
    assert voice_of(claims, "access-control failure")[:2] == ("Ana Ruiz", "expert")


def test_voices_a_notice_under_a_foreign_letterhead_is_the_regulator_and_its_provider_field_the_vendor(claims_of):
    text = ("AUTORITEIT NETWERKVEILIGHEID\n"
            "Netherlands Authority for Network Safety (ANS)\n"
            "The Hague\n\n"
            "Provider:   Corvane B.V., Rotterdam\n"
            "Subject:    Unavailability of database services on 15 September 2026\n\n"
            "The Netherlands Authority for Network Safety (\"the Authority\") has opened an inquiry into an incident "
            "at Corvane B.V. (\"the provider\").\n\n"
            "The provider reported that 1,214 business customers were affected.\n\n"
            "The ANS has reached no conclusion on the cause of the incident.\n")
    claims = claims_of(text, doc_id="notice.txt")
    speaker, role, _ = voice_of(claims, "no conclusion on the cause")
    assert role == "regulator" and speaker.startswith("Netherlands Authority")
    assert {c.vendor for c in claims} == {"Corvane"}


MD_THREAD = (
    "HostTalk Forums › Cloud providers › Corvane\n\n"
    "# Corvane databases down? (Tue 15 Sep)\n\n"
    "### db_wrangler · 15 Sep 2026, 04:02\n\n"
    "All three of our Corvane databases have been unreachable since about 03:15.\n\n"
    "*Posts: 312 · Joined: Mar 2021* · Reply · Like (14)\n\n"
    "---\n\n"
    "### grey_heron · 16 Sep 2026, 09:20\n\n"
    "I'd bet the storage firmware is why it took all morning.\n\n"
    "---\n\n"
    "### kaskade · 22 Sep 2026, 08:37\n\n"
    "> **grey_heron wrote:** I'd bet the storage firmware is why it took all morning.\n\n"
    "The email Corvane sent us yesterday says:\n\n"
    "> \"We're sorry for the short disruption to your database service.\"\n\n"
    "Short. Last Tuesday was not short. We got the credit, which is nice, I guess.\n"
)


def test_voices_a_markdown_thread_gives_each_post_to_its_poster_and_ends_a_quoted_email_with_the_quote(claims_of):
    claims = claims_of(MD_THREAD, doc_id="thread.md")
    assert voice_of(claims, "unreachable since")[:2] == ("db_wrangler", "customer")
    assert voice_of(claims, "We got the credit")[:2] == ("kaskade", "customer")
    assert voice_of(claims, "sorry for the short disruption")[:2] == ("Corvane", "vendor")
    assert all(not c.speaker.startswith(">") for c in claims)
    assert not any("Joined" in c.text for c in claims)


def test_voices_an_sres_own_post_is_an_insider_and_the_agent_they_name_is_no_company(claims_of):
    text = ("What actually happened at Corvane last Tuesday\n"
            "posted by nightshift_ops on 21 September 2026, 23:40\n\n"
            "I've been an SRE at Corvane for a little over four years. I read the statement and I can't let it stand.\n\n"
            "Tidewatch (our AI ops agent) picked up a routine capacity ticket. Tidewatch did not stop.\n\n"
            "Tidewatch deleted the cluster. Tidewatch then rebuilt it from scratch.\n\n"
            "Tidewatch has done this before, and I'm sorry to everyone who waited on us.\n")
    claims = claims_of(text, doc_id="post.txt")
    assert voice_of(claims, "rebuilt it from scratch")[:2] == ("nightshift_ops", "insider")
    assert {c.vendor for c in claims} == {"Corvane"}


def test_voices_a_company_described_as_a_service_stays_the_company(claims_of):
    text = ("Slackline, the workplace messaging service used by millions, broke down on Monday morning.\n\n"
            "Slackline said most users could connect again by 10:40.\n\n"
            "Slackline did not say how many of its users were affected.\n")
    claims = claims_of(text, doc_id="story.txt", source="Bayline", kind="news")
    assert voice_of(claims, "how many of its users")[:2] == ("Slackline", "vendor")
    assert {c.vendor for c in claims} == {"Slackline"}


def test_voices_a_letter_from_an_association_of_practices_is_its_customers_body_named_whole(claims_of):
    text = ("NATIONAL ALLIANCE OF COMMUNITY MEDICAL PRACTICES\nWashington, DC\n\nOPEN LETTER\n\n"
            "We write on behalf of the physicians who belong to the National Alliance of Community Medical Practices.\n\n"
            "Six weeks after the attack on Corvane Health, many of them are still not being paid.\n\n"
            "Corvane Health calls this a disruption; for our members it has been a cash-flow emergency.\n\n"
            "National Alliance of Community Medical Practices\n")
    claims = claims_of(text, doc_id="letter.txt")
    assert voice_of(claims, "still not being paid")[:2] == ("National Alliance of Community Medical Practices", "customer")
    assert {c.vendor for c in claims} == {"Corvane Health"}


def test_voices_a_dateline_is_neither_the_speaker_nor_part_of_the_claim(claims_of):
    text = ("NASHVILLE, Tenn. — When the computers at a family pharmacy stopped talking to insurers on Feb. 21, "
            "the staff assumed the problem would be fixed by closing time.\n\n"
            "The outage at Corvane went on for weeks, Corvane said.\n")
    claims = claims_of(text, doc_id="story.txt", source="Harbor Dispatch", kind="news")
    first = claims[0]
    assert first.text.startswith("When the computers") and text[first.start:first.end] == first.text
    assert first.speaker != "NASHVILLE"


def test_voices_a_time_zone_in_a_status_feeds_stamps_is_no_issuer(claims_of):
    text = ("[2024-02-21 14:05 UTC - Connectivity issues]\nSome customers are unable to reach several Corvane Health "
            "applications. We are investigating.\n\n"
            "[2024-02-21 21:30 UTC - Systems disconnected]\nWe have identified an outside threat to part of our network.\n\n"
            "[2024-02-22 18:00 UTC - Update]\nWe are working with law enforcement.\n\n"
            "[2024-03-07 09:00 UTC - Restored]\nElectronic prescribing is fully functional.\n")
    claims = claims_of(text, doc_id="status.jsonl")
    assert {c.speaker for c in claims} == {"Corvane Health"}


def test_voices_a_review_by_a_company_team_writing_we_only_now_and_then_is_the_company(claims_of):
    text = ("# Incident review: deletion of a customer's private cloud\n\n"
            "The private cloud was deleted by an automated process after its subscription term ended.\n\n"
            "The root cause was a setting left empty when staff created the environment with an internal tool.\n\n"
            "This was an isolated event that affected one customer.\n\n"
            "The tool treated the empty value as a request for a fixed one-year term.\n\n"
            "We apologise to the customer and its members.\n")
    claims = claims_of(text, doc_id="review.md", author="Nimbara Cloud Reliability Engineering")
    assert voice_of(claims, "isolated event")[:2] == ("Nimbara Cloud", "vendor")


def test_voices_a_principal_who_advises_funds_on_risk_is_an_expert(claims_of):
    text = ("Pellow Super members could not log in for thirteen days.\n\n"
            "Marcus Threlfall, a principal at Canopy Partners who advises funds on technology risk, said the episode "
            "showed how concentrated the industry had become.\n")
    claims = claims_of(text, doc_id="story.txt", source="Harbor Dispatch", kind="news")
    assert voice_of(claims, "concentrated")[:2] == ("Marcus Threlfall", "expert")


def test_voices_a_forum_posters_generic_you_and_idioms_name_no_speaker_and_the_app_speaks_for_the_company(claims_of):
    text = ("**tessellate_77** · 10 May 2024 · 7 posts\n\n"
            "Tamberlin Super's app just says \"we're experiencing technical difficulties\". "
            "\"Deleted by accident\" is exactly what you'd say if you didn't want a run on Tamberlin Super. "
            "Whoever signed off on that vendor choice has some explaining to do.\n\n"
            "Likes: 4 · Replies: 2\n")
    claims = claims_of(text, doc_id="thread.md")
    assert voice_of(claims, "exactly what you'd say")[0] == "tessellate_77"
    assert voice_of(claims, "some explaining")[0] == "tessellate_77"
    assert voice_of(claims, "technical difficulties")[:2] == ("Tamberlin Super", "vendor")


def test_voices_a_former_employees_handle_carrying_the_company_name_is_an_insider_and_our_rep_is_the_company(claims_of):
    text = ("# Tollworth down since this morning - anyone else?\n\n"
            "*Pinned by moderator: Do not post customer information in this thread. Posts are the opinions of individual members.*\n\n"
            "### fi_manager_tx · 19 Jun 2024\n\n"
            "Our Tollworth rep says it's a \"cyber incident\" and that's all he knows. Tollworth is down for every store.\n\n"
            "Reply · Like (7)\n\n"
            "**ex_tollworth_ops** (New member, 3 posts) · June 22, 2024\n\n"
            "I was on the hosting side at Tollworth until last year. We flagged the older server stack more than once.\n\n"
            "Reply · Like (41)\n\n"
            "You must be logged in to reply.\n")
    claims = claims_of(text, doc_id="thread.md")
    assert voice_of(claims, "cyber incident")[:2] == ("Tollworth", "vendor")
    assert voice_of(claims, "older server stack")[:2] == ("ex_tollworth_ops", "insider")
    assert not any("Pinned" in c.text or "opinions of individual" in c.text or "logged in" in c.text for c in claims)


def test_voices_a_securities_filing_is_filed_by_its_registrant_and_the_company_is_the_filer(claims_of):
    text = ("UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\nFORM 8-K\n\n"
            "Date of Report (Date of earliest event reported): July 8, 2024\n\n"
            "BRAMBLE MOTOR GROUP, INC.\n(Exact name of registrant as specified in its charter)\n\n"
            "On June 19, 2024, Tollworth Software, the third-party vendor that provides the Company's dealer software, "
            "suffered a cyberattack.\n\n"
            "The Company estimates that the disruption reduced its vehicle sales by about 3,200 units.\n")
    claims = claims_of(text, doc_id="8k.txt")
    assert voice_of(claims, "3,200 units")[:2] == ("Bramble Motor Group", "customer")
    assert voice_of(claims, "suffered a cyberattack")[:2] == ("Bramble Motor Group", "customer")
    assert not any("Exact name" in c.text or "Date of Report" in c.text or c.text.startswith("BRAMBLE") for c in claims)


def test_voices_an_analyst_who_covers_a_sector_at_a_firm_is_an_expert(claims_of):
    text = ("Tollworth's dealer software was down for a week.\n\n"
            "Marcus Oyelaran, who covers auto retail at Coldwater Capital, estimated that dealers would lose about "
            "$350 million.\n")
    claims = claims_of(text, doc_id="story.txt", source="Harbor Street Wire", kind="news")
    assert voice_of(claims, "$350 million")[:2] == ("Marcus Oyelaran", "expert")


def test_voices_a_companys_update_to_customers_speaks_for_the_company_not_its_readers(claims_of):
    text = ("Tollworth's dealer software was down for three weeks.\n\n"
            "Tollworth's July update to customers says most dealers were running again within a few days.\n")
    claims = claims_of(text, doc_id="note.md", source="Halvorsen Research", kind="analyst")
    assert voice_of(claims, "within a few days")[:2] == ("Tollworth", "vendor")


def test_voices_a_moderators_labelled_note_in_a_post_is_the_poster_not_a_speaker_called_moderator(claims_of):
    text = ("# Tamberlin Super site down AGAIN\n\n---\n\n"
            "**tessellate_77** · 4 May 2024 · 6 posts\n\n"
            "Two days with no website and no explanation? This is a hack.\n\nLikes: 31 · Replies: 5\n\n---\n\n"
            "**Mod_Wattle** · 4 May 2024 · Moderator\n\n"
            "Moderator note: Please keep speculation about hacking to a minimum until there's an official word. "
            "Tamberlin Super has now posted that this is **not** a cyber incident.\n\n"
            "Likes: 44 · Replies: 0\n")
    claims = claims_of(text, doc_id="thread.md")
    assert voice_of(claims, "speculation about hacking")[0] == "Mod_Wattle"


def test_voices_one_of_many_businesses_is_among_those_the_incident_reached(claims_of):
    text = ("Tollworth took its systems offline on June 19.\n\n"
            "At least one group said it had cut all connections to Tollworth as a precaution.\n\n"
            "Another dealer group said it was running its stores on paper.\n\n"
            "The company said it was restoring systems.\n")
    claims = claims_of(text, doc_id="story.txt", source="Harbor Street Wire", kind="news")
    assert voice_of(claims, "cut all connections")[:2] == ("customers", "customer")
    assert voice_of(claims, "on paper")[:2] == ("customers", "customer")
    assert voice_of(claims, "restoring systems")[:2] == ("Tollworth", "vendor")


def test_voices_a_front_matter_author_whose_name_holds_and_is_one_body(claims_of):
    text = ("The authority has opened an investigation into the failed emergency calls.\n\n"
            "More than 600 calls did not connect over about 13 hours.\n")
    claims = claims_of(text, doc_id="notice.md", author="Australian Communications and Media Authority")
    assert voice_of(claims, "600 calls")[:2] == ("Australian Communications and Media Authority", "regulator")


def test_voices_a_media_release_heading_is_not_the_issuer_the_line_under_it_is(claims_of):
    text = ("MEDIA RELEASE\n\nHarlow Telecom\nLeeds\n\nUPDATE ON EMERGENCY CALL DISRUPTION\n\n"
            "On Thursday morning some calls to emergency services made by our customers did not connect.\n\n"
            "We are deeply sorry, and we have paused all non-urgent network changes.\n")
    claims = claims_of(text, doc_id="release.txt")
    assert voice_of(claims, "did not connect")[:2] == ("Harlow Telecom", "vendor")


def test_voices_a_wire_storys_dateline_agency_narrates(claims_of):
    text = ("Cyberattack on check-in supplier halves flights\n\nBy Lena Brandt\n\n"
            "BRUSSELS, Sept 22 (Newswire) - The airport asked airlines to cancel roughly half of Monday's departures.\n\n"
            "Staff checked in passengers by hand for a third day.\n")
    claims = claims_of(text, doc_id="wire.txt")
    assert voice_of(claims, "by hand")[:2] == ("Newswire", "press")
    # the dated dateline is not part of the claim
    assert any(c.text.startswith("The airport asked airlines") for c in claims)


def test_voices_a_personal_blog_without_a_site_name_is_its_author(claims_of):
    text = ("I have spent the past week reading about the check-in outage, and I think the early wording misled people.\n\n"
            "I believe the shared platform was a single point of failure for four airports.\n")
    claims = claims_of(text, doc_id="blog.md", author="Priya Halvorsen")
    assert voice_of(claims, "single point of failure")[:2] == ("Priya Halvorsen", "expert")


def test_voices_a_filers_initialism_keeps_its_capitals(claims_of):
    text = ("RTX CORPORATION\n(Exact name of registrant as specified in its charter)\n\n"
            "Item 8.01 Other Events.\n\nOn September 19, the Company detected ransomware on systems supporting its "
            "check-in software, and it does not expect the incident to have a material impact.\n")
    claims = claims_of(text, doc_id="8k.txt")
    assert voice_of(claims, "material impact")[0] == "RTX"


def test_voices_a_minister_with_a_portfolio_speaks_for_government_not_the_company(claims_of):
    text = ("Harlow Telecom's emergency calls failed for nine hours on Thursday.\n\n"
            "Communications Minister Dana Whitfield said the failure was unacceptable and that the regulator would investigate.\n\n"
            "\"People were told their calls could not be connected,\" Ms Whitfield said.\n")
    claims = claims_of(text, doc_id="news.html", source="Southern Ledger", kind="news")
    assert voice_of(claims, "was unacceptable")[:2] == ("Dana Whitfield", "regulator")
    # the same minister again under her honorific and surname
    assert voice_of(claims, "could not be connected")[:2] == ("Dana Whitfield", "regulator")


def test_voices_a_poster_who_says_they_are_ex_staff_here_is_an_insider(claims_of):
    text = ("Post #1 | kestrel_gg | Feb 8, 2025 02:47\n\nHarlow Telecom has been dead for me since Friday evening.\n\n"
            "Post #2 | noc_gremlin | Feb 8, 2025 11:30\n\n"
            "Ex Harlow network ops here, left last year. When I started, a change window was six hours; "
            "by the time I left it was closer to three.\n\n"
            "Post #3 | kestrel_gg | Feb 8, 2025 12:02\n\nSource? Sounds made up.\n\n"
            "Post #4 | noc_gremlin | Feb 8, 2025 12:48\n\nI'm blaming the incentives, not the engineers who did the work.\n")
    claims = claims_of(text, doc_id="thread.txt")
    assert voice_of(claims, "dead for me")[:2] == ("kestrel_gg", "customer")
    assert voice_of(claims, "closer to three")[:2] == ("noc_gremlin", "insider")
    # the same poster's later post, which does not say so again
    assert voice_of(claims, "blaming the incentives")[:2] == ("noc_gremlin", "insider")


def test_voices_a_country_is_never_the_incidents_company(claims_of):
    text = ("Spain and Portugal blackout: live\n\n"
            "Power is returning across Lisbon and Porto. Portugal's grid operator Redena said most of its substations were live again.\n\n"
            "Officials say some 15,000 MW of generation dropped off the system within seconds.\n\n"
            "A massive power cut has hit mainland Spain and Portugal.\n")
    claims = claims_of(text, doc_id="live.html", source="Continental Courier", kind="news")
    assert all(c.vendor not in ("Portugal", "Spain") for c in claims)
    assert voice_of(claims, "substations were live")[:2] != ("Portugal", "vendor")


def test_voices_a_personal_blog_by_an_author_with_accents_is_that_author(claims_of):
    text = ("I have worked on transmission grids for twenty years, and I think the cascade fits an overvoltage.\n\n"
            "I believe the operator scheduled too little voltage control that morning.\n")
    claims = claims_of(text, doc_id="blog.md", author="Inés Valcárcel")
    assert voice_of(claims, "too little voltage control")[:2] == ("Inés Valcárcel", "expert")


def test_voices_a_first_name_described_as_a_person_is_that_person(claims_of):
    text = ("Redena's substations came back by late evening, the operator said.\n\n"
            "Marta, a 34-year-old accountant, told us she had been stuck in a train for almost 40 minutes.\n\n"
            "\"Nobody told us a thing,\" she said.\n")
    claims = claims_of(text, doc_id="live.html", source="Continental Courier", kind="news")
    assert voice_of(claims, "stuck in a train")[:2] == ("Marta", "customer")
    assert voice_of(claims, "Nobody told us")[:2] == ("Marta", "customer")


def test_voices_a_countrys_named_operator_speaks_not_the_country(claims_of):
    text = ("Power is back across most of the peninsula.\n\n"
            "Portugal's grid operator REN said the large majority of its substations were live again by late evening.\n")
    claims = claims_of(text, doc_id="live.html", source="Continental Courier", kind="news")
    assert voice_of(claims, "substations were live")[0] == "REN"


def test_voices_a_press_conference_transcripts_turns_run_to_the_next_speaker(claims_of):
    text = ("GOVERNMENT PRESS OFFICE\nTRANSCRIPT: Press conference on the national blackout\n\n"
            "PARTICIPANTS\n  PRIME MINISTER - Elena Marquez, head of government\n  MODERATOR - Press office\n\n"
            "MODERATOR: Good afternoon. The President will make a statement and then take questions.\n\n"
            "PRIME MINISTER: By seven this morning almost all demand had been restored.\n\n"
            "Some 15 gigawatts of generation vanished from the system in around five seconds.\n\n"
            "QUESTION (Daily Courier): Prime Minister, several engineers say the grid operator scheduled too little reserve.\n\n"
            "PRIME MINISTER: The operator has questions to answer, and so do the companies that own the plants.\n\n"
            "QUESTION (Radio Norte): Will households be compensated?\n\n"
            "PRIME MINISTER: The cabinet will consider measures for those who suffered losses next week.\n")
    claims = claims_of(text, doc_id="transcript.txt")
    assert voice_of(claims, "almost all demand")[:2] == ("Elena Marquez", "regulator")
    # the turn goes on in the next paragraph
    assert voice_of(claims, "15 gigawatts")[:2] == ("Elena Marquez", "regulator")
    assert voice_of(claims, "questions to answer")[:2] == ("Elena Marquez", "regulator")
    # a reporter's question is the outlet's
    assert voice_of(claims, "too little reserve")[1] in ("press", "insider", "expert")
    # a title is no company
    assert all(c.vendor not in ("President", "Prime Minister") for c in claims)


def test_voices_a_wrapped_forum_export_keeps_its_posters_badges_and_its_subject(claims_of):
    from nlp.ingest.unwrap import unwrap
    text = unwrap(
        "ShopTalk Community Forums\n"
        "Home > Industry News > Retail > HSX \"cyber incident\" megathread (tills, collection, online orders)\n"
        "Page 1 of 4   [1] 2 3 4 Next >>        Thread tools | Search thread | Watch\n\n"
        "[#1] till_whisperer  |  Store colleague  |  Posts: 2,317  |  Joined: Aug 2016\n"
        "     Sat 19 Apr 2025, 17:42\n"
        "------------------------------------------------------------------------\n"
        "Anyone else's store having a nightmare today? Contactless on our tills\n"
        "went down mid-morning, so it's chip and PIN or cash only, and click &\n"
        "collect parcels won't scan in. We're told it's a national \"technical issue\".\n"
        "------------------------------------------------------------------------\n"
        "Reply | Quote | Report                                        Likes: 14\n\n"
        "[#2] ex_bs_support  |  Former store IT (left 2023)  |  Posts: 88  |  Joined: Jun 2021\n"
        "     Sat 26 Apr 2025, 09:31\n"
        "------------------------------------------------------------------------\n"
        "Speaking as someone who did store IT support for six years: this won't be\n"
        "a quick fix. Half the back-of-house kit at HSX is older than the apprentices.\n"
        "------------------------------------------------------------------------\n"
        "Reply | Quote | Report                                        Likes: 22\n\n"
        "  MODERATOR NOTE (mod_karen_r), Sat 17 May 2025, 10:15\n"
        "------------------------------------------------------------------------\n"
        "Two posts removed for naming individual colleagues. We cannot verify anyone's\n"
        "employment history, so treat claims of inside knowledge accordingly.\n"
        "------------------------------------------------------------------------\n\n"
        "ShopTalk (c) 2025 | Forum rules | Contact staff | Cookie settings | Top\n")
    claims = claims_of(text, doc_id="forum.txt")
    assert voice_of(claims, "Contactless on our tills went down")[:2] == ("till_whisperer", "insider")
    assert voice_of(claims, "quick fix")[:2] == ("ex_bs_support", "insider")
    assert voice_of(claims, "treat claims of inside knowledge")[:2] == ("mod_karen_r", "customer")
    assert {c.vendor for c in claims} == {"HSX"}
    assert not any("(c) 2025" in c.text or "Reply | Quote" in c.text for c in claims)


def test_voices_an_organisations_press_room_is_the_organisation(claims_of):
    text = ("We reject any attempt to blame our members' plants for the blackout.\n\n"
            "Claims that the plants failed to control voltage are false, and we have asked the operator to publish its data.\n")
    claims = claims_of(text, doc_id="release.html", source="gridpower Press Room")
    assert voice_of(claims, "failed to control voltage")[:2] == ("gridpower", "vendor")


def test_voices_he_after_a_company_officer_named_in_apposition_is_that_officer(claims_of):
    text = ("European Council president Antonio Costa said there was no indication of a cyberattack.\n\n"
            "Redgrid's director of system operation, Eduardo Prieto, has given the first estimate of how long this will last.\n\n"
            "\"Going by our restoration plans, bringing all supply back will take between six and ten hours,\" he said.\n")
    claims = claims_of(text, doc_id="live.html", source="Continental Courier", kind="news")
    assert voice_of(claims, "six and ten hours")[0] == "Redgrid"


def test_voices_a_plural_noun_read_as_a_cue_verb_names_no_speaker(claims_of):
    text = ("Post #1 | tintin_adl | Sep 19, 2025 08:02\n\n"
            "Emergency calls on Optus failed from just after midnight until about 1:30pm yesterday.\n\n"
            "Post #2 | dslam_dan | Sep 19, 2025 09:10\n\nIt was a preventable change failure.\n\n"
            "Post #3 | tintin_adl | Sep 19, 2025 09:30\n\nAgreed, and Optus still says it was a technical issue.\n\n"
            "Post #4 | dslam_dan | Sep 19, 2025 09:45\n\nThe regulator calls it unacceptable.\n")
    claims = claims_of(text, doc_id="thread.txt")
    assert voice_of(claims, "from just after midnight")[:2] == ("tintin_adl", "customer")
    assert voice_of(claims, "calls it unacceptable")[:2] == ("regulator", "regulator")


def test_voices_the_airport_is_the_airport_named_not_its_supplier(claims_of):
    text = ("A ransomware attack on Veltrix, whose check-in software serves several European airports, disrupted flights.\n\n"
            "Brussels Airport asked airlines to cancel half of Monday's departures.\n\n"
            "The airport said it was working to recover from the outage.\n\n"
            "The airports stressed that their own networks had not been breached. \"Our supplier has not yet given us a "
            "working version of its software,\" airport spokesperson Lotte Verhaegen told Newswire.\n\n"
            "Veltrix said it was in the final stages of restoring the software.\n")
    claims = claims_of(text, doc_id="wire.txt", source="Newswire", kind="news")
    assert voice_of(claims, "working to recover")[0] == "Brussels Airport"
    assert voice_of(claims, "own networks")[:2] == ("customers", "customer")
    assert voice_of(claims, "working version")[0] == "Brussels Airport"
    assert voice_of(claims, "final stages")[:2] == ("Veltrix", "vendor")


def test_voices_a_body_named_in_full_is_the_one_its_last_word_refers_to_later(claims_of):
    text = ("Kelmoor Airport blamed the storm for the baggage failure on Saturday. "
            "The Kelmoor Airline Operators Committee, which represents 19 carriers, said its members counted 9,000 delayed bags. "
            "The committee said more than 20 flights left with no checked luggage.\n")
    claims = claims_of(text, doc_id="news.txt", source="Kelmoor Courier", kind="news")
    assert voice_of(claims, "more than 20 flights")[:2] == ("Kelmoor Airline Operators Committee", "customer")


def test_voices_the_airlines_in_a_story_about_an_airport_are_the_businesses_it_reached(claims_of):
    text = ("Kelmoor Airport said on Monday that an exceptional storm flooded its baggage hall. "
            "Kelmoor Airport later said the system was back by Monday morning. "
            "The airlines also disputed the account, saying that the airport's own pumps had failed.\n")
    claims = claims_of(text, doc_id="news.txt", source="Kelmoor Courier", kind="news")
    assert voice_of(claims, "own pumps had failed")[1] == "customer"


def test_voices_repeating_that_something_happened_is_saying_it(claims_of):
    text = ("Staff told the Courier the pumps had been left in manual mode. "
            "Kelmoor Airport repeated that the flooding was caused by an exceptional storm.\n")
    claims = claims_of(text, doc_id="news.txt", source="Kelmoor Courier", kind="news")
    assert voice_of(claims, "exceptional storm")[:2] == ("Kelmoor Airport", "vendor")


def test_voices_posts_on_social_media_are_the_public(claims_of):
    text = ("Kelmoor Airport said the flooding was caused by a storm. "
            "A few posts on social media claimed, without evidence, that hackers had switched off the pumps.\n")
    claims = claims_of(text, doc_id="news.txt", source="Kelmoor Courier", kind="news")
    assert voice_of(claims, "hackers had switched off")[1] == "customer"


def test_voices_monitoring_companies_are_experts_not_the_businesses_an_outage_reached(claims_of):
    text = ("Carrowtel said a fibre fault cut calls on Monday. "
            "Internet monitoring companies said they had seen no sign of an unusual attack.\n")
    claims = claims_of(text, doc_id="news.txt", source="Carrier Report", kind="news")
    assert voice_of(claims, "no sign of an unusual attack")[1] == "expert"


def test_voices_a_report_speaks_for_the_firm_that_wrote_it_and_keeps_doing_so(claims_of):
    text = ("Kelmoor Airport's pumps had failed two inspections, according to documents seen by the Courier. "
            "The report, written by Halden Consulting Engineers for the airport's insurer in February, found that both pumps had failed. "
            "The report also found that the high-water alarm had been disconnected.\n")
    claims = claims_of(text, doc_id="news.txt", source="Kelmoor Courier", kind="news")
    assert voice_of(claims, "both pumps had failed")[:2] == ("Halden Consulting Engineers", "expert")
    assert voice_of(claims, "alarm had been disconnected")[:2] == ("Halden Consulting Engineers", "expert")


def test_voices_a_representative_of_workers_who_went_further_speaks_for_the_workers(claims_of):
    text = ("Kelmoor Airport has blamed the storm for the flood. "
            "A representative of baggage handlers at the airport went further, suggesting that someone may have tampered with the pumps.\n")
    claims = claims_of(text, doc_id="news.txt", source="Kelmoor Courier", kind="news")
    assert voice_of(claims, "tampered with the pumps")[:2] == ("insiders", "insider")



def test_voices_a_transcript_listing_participants_with_titles_gives_them_their_roles(claims_of):
    text = ("PRESS CONFERENCE TRANSCRIPT - Government of Spain, 29 April 2025\n\n"
            "PARTICIPANTS: Pedro Sánchez (President of the Government); Sara Aagesen (Minister for the Ecological Transition)\n\n"
            "PEDRO SÁNCHEZ: The blackout began at 12:33 and within five seconds the system lost 15 gigawatts of generation.\n\n"
            "QUESTION (Lusa): Is it true that the failure started in Spain?\n\n"
            "SARA AAGESEN: The loss of generation happened in the south-west of the peninsula.\n\n"
            "QUESTION (El Diario): Was this a cyberattack?\n\n"
            "PEDRO SÁNCHEZ: Red Eléctrica has found no evidence of a cyberattack so far.\n")
    claims = claims_of(text, doc_id="transcript.txt")
    assert voice_of(claims, "lost 15 gigawatts")[:2] == ("Pedro Sánchez", "regulator")
    assert voice_of(claims, "south-west of the peninsula")[:2] == ("Sara Aagesen", "regulator")
    assert voice_of(claims, "no evidence of a cyberattack")[:2] == ("Red Eléctrica", "vendor")
    assert all(c.vendor == "Red Eléctrica" for c in claims)


def test_voices_two_executives_named_together_each_speak_for_their_own_company(claims_of):
    text = ("Members of Quellsuper could not log in for close to two weeks. "
            "In a joint statement, Quellsuper chief executive Peter Vance and Nimbus Cloud chief executive Thomas Kurland said "
            "the fund's subscription had been deleted during provisioning.\n\n"
            "\"This was a failure at our cloud provider, not a failure of our own systems,\" Mr Vance said on Wednesday.\n")
    claims = claims_of(text, doc_id="news.txt", source="Southern Ledger", kind="news")
    assert voice_of(claims, "failure at our cloud provider")[0] == "Quellsuper"


def test_voices_the_spokesperson_later_is_the_one_just_introduced(claims_of):
    text = ("Quellsuper members could not log in for close to two weeks after the outage. "
            "A Nimbus Cloud spokesperson said the company regretted the disruption. "
            "\"We own this. It should never have happened,\" the spokesperson said.\n")
    claims = claims_of(text, doc_id="news.txt", source="Southern Ledger", kind="news")
    assert voice_of(claims, "should never have happened")[0] == voice_of(claims, "regretted the disruption")[0] != "Quellsuper"


def test_voices_a_funds_members_and_a_retiree_introduced_by_age_are_the_public(claims_of):
    text = ("Quellsuper said member savings were never at risk during the outage. "
            "Members who spoke to the Ledger described the outage as stressful rather than dangerous. "
            "Retired lecturer Margaret Ellwood, 71, said she tried to log in every morning for about a fortnight.\n")
    claims = claims_of(text, doc_id="news.txt", source="Southern Ledger", kind="news")
    assert voice_of(claims, "stressful rather than dangerous")[1] == "customer"
    assert voice_of(claims, "every morning")[:2] == ("Margaret Ellwood", "customer")


def test_voices_a_statement_an_organisation_issues_is_its_own_even_when_it_mostly_names_itself(claims_of):
    text = ("Since Thursday 2 May, Quellsuper members have been unable to use the member app. "
            "Quellsuper had set up its environment across two regions. "
            "Both regions were lost at the same time. "
            "Quellsuper also kept backups with another provider. "
            "We thank our members for their patience.\n")
    claims = claims_of(text, doc_id="statement.md", source="Quellsuper",
                       title="Joint statement from the Quellsuper and Nimbus Cloud chief executives")
    assert voice_of(claims, "two regions")[:2] == ("Quellsuper", "vendor")


def test_voices_a_thread_exports_title_line_names_its_company_and_numbered_posts_their_posters(claims_of):
    text = ("SuperTalk Forums » Superannuation » Industry Funds\n"
            "Thread: Quellsuper app down?? Anyone else?\n\n"
            "[#1] kev_on_the_coast | Member | Posts: 212\nPosted 02/05/2024 7:48 pm\n\n"
            "The Quellsuper app just spins and the website says it is unavailable.\n\n"
            "[#4] nullpointer88 | Member | Posts: 1,044\nPosted 03/05/2024 8:15 am\n\n"
            "Mark my words, this is ransomware. They'll call it a glitch and quietly pay someone off. "
            "Nimbus Cloud can call it isolated all they like. Nimbus Cloud made the mistake, Nimbus Cloud said so.\n\n"
            "[#5] QuellInsider_throwaway | Member | Posts: 3\nPosted 09/05/2024 9:30 pm\n\n"
            "Mate, the joint statement out tonight literally says it wasn't a cyber attack. "
            "I work in member services at Quellsuper (not speaking for the fund, obviously). "
            "Call volumes have been ten times normal.\n")
    claims = claims_of(text, doc_id="forum.txt")
    assert all(c.vendor == "Quellsuper" for c in claims)
    assert voice_of(claims, "just spins")[:2] == ("kev_on_the_coast", "customer")
    assert voice_of(claims, "call it a glitch")[:2] == ("nullpointer88", "customer")
    assert voice_of(claims, "call it isolated")[:2] == ("nullpointer88", "customer")
    assert voice_of(claims, "wasn't a cyber attack")[0] != "Mate"
    assert voice_of(claims, "ten times normal")[1] == "insider"


def test_voices_an_analysts_byline_under_a_newsletter_masthead_names_the_firm(claims_of):
    text = ("# Kestrel Ridge Cloud Risk Brief\n\n**Issue 19 · 27 May 2024**\n"
            "*Daniel Okafor, Principal Analyst, Cloud Infrastructure — Kestrel Ridge Research*\n\n"
            "More than three weeks after Quellsuper's services went dark, we finally have a fuller picture. "
            "By our count, core member services were unavailable for 13 days.\n")
    claims = claims_of(text, doc_id="note.md")
    assert voice_of(claims, "13 days")[:2] == ("Kestrel Ridge Research", "expert")


def test_voices_an_email_is_its_senders_and_the_reply_it_quotes_is_the_companys(claims_of):
    text = ("From: Jake Morrow <j.morrow@example.net>\nTo: Skyline Air Customer Relations <relations@skyline.example>\n"
            "Subject: Re: Bereavement fare refund\n\n"
            "I am writing again because your reply does not deal with the actual problem. "
            "I did exactly what your own website told me to do. I booked on that basis.\n\n"
            "On Thu, 9 Feb 2023 at 10:31, Skyline Air Customer Relations <relations@skyline.example> wrote:\n"
            "> We acknowledge that the response you received from our chatbot used misleading wording.\n")
    claims = claims_of(text, doc_id="complaint.txt")
    assert voice_of(claims, "actual problem")[:2] == ("Jake Morrow", "customer")
    assert voice_of(claims, "your own website")[1] == "vendor"
    assert voice_of(claims, "misleading wording")[1] == "vendor"


def test_voices_accepting_that_something_was_so_is_saying_it(claims_of):
    text = ("Skyline Air denies liability for the chatbot's answer. "
            "In later correspondence, a Skyline Air representative accepted that the chatbot's wording had been misleading.\n")
    claims = claims_of(text, doc_id="decision.txt", source="Civil Resolution Tribunal", kind="regulator")
    assert voice_of(claims, "wording had been misleading")[:2] == ("Skyline Air", "vendor")


def test_voices_a_social_post_and_its_comments_speak_as_their_profiles_say(claims_of):
    text = ("Gareth Lindell • 1st\nChief Executive Officer at Harrow & Finch | Fresh, local, fair\n2d • Edited\n\n"
            "For about four hours on Saturday card payments at a handful of our stores were unavailable. "
            "The disruption came from an outage at our payments processor, Tallypay.\n\n"
            "Sam O'Rourke • Customer Assistant at Harrow & Finch\n"
            "With respect Gareth, we were down a lot longer than four hours at Kettlewell.\n  Like · Reply · 2d\n\n"
            "Priya Sandhu • Head of Merchant Services at Tallypay\n"
            "Tallypay's platform was up and processing normally all day Saturday.\n  Like · Reply · 1d\n")
    claims = claims_of(text, doc_id="post.txt")
    assert all(c.vendor == "Harrow & Finch" for c in claims)
    assert voice_of(claims, "a handful of our stores")[:2] == ("Harrow & Finch", "vendor")
    assert voice_of(claims, "longer than four hours")[:2] == ("Sam O'Rourke", "insider")
    assert voice_of(claims, "processing normally")[0] == "Tallypay"


def test_voices_a_consumer_groups_release_about_a_retailer_is_the_groups_and_the_retailers_incident(claims_of):
    text = ("FOR IMMEDIATE RELEASE\nShopFair Coalition -- standing up for shoppers in the Severn Vale\nTuesday 17 June 2025\n\n"
            "HARROW & FINCH PAYMENTS FAILURE \"AT LEAST THE THIRD THIS YEAR\", SAYS CONSUMER GROUP\n\n"
            "Saturday's collapse of card payments at Harrow & Finch was a major failure, the ShopFair Coalition said today. "
            "Shoppers told us card payments were unavailable for most of the day in some branches. "
            "Harrow & Finch's statement that Saturday was its first payments outage this year is simply not consistent with what we hear. "
            "Harrow & Finch blames Tallypay for the failure.\n\n- Media contact: press@shopfair.example\n")
    claims = claims_of(text, doc_id="release.txt")
    assert all(c.vendor == "Harrow & Finch" for c in claims)
    assert voice_of(claims, "simply not consistent")[:2] == ("ShopFair Coalition", "expert")
    assert voice_of(claims, "most of the day")[1] == "customer"


def test_voices_posters_on_a_staff_forum_thread_about_their_employer_are_insiders(claims_of):
    text = ("ShopFloor Talk :: UK Retail Staff Forum\nBoard: Grocery > Regional Chains > Harrow & Finch\n"
            "Thread: Tills down Saturday -- how long were you out??\n\n"
            "Posted by tinned_peaches on 14 Jun 2025, 17:22\n\n"
            "Dunmore Road had no card payments from 9am until mid-afternoon. Harrow & Finch told us nothing all day.\n\n"
            "Posted by checkout_charlie on 15 Jun 2025, 09:02\n\n"
            "Not staff, just a customer who lurks here. My card was declined at Millbrook at about 10:30.\n")
    claims = claims_of(text, doc_id="forum.txt")
    assert all(c.vendor == "Harrow & Finch" for c in claims)
    assert voice_of(claims, "until mid-afternoon")[:2] == ("tinned_peaches", "insider")
    assert voice_of(claims, "declined at Millbrook")[:2] == ("checkout_charlie", "customer")


def test_voices_a_podcast_transcript_names_its_guests_by_their_first_titled_label(claims_of):
    text = ("THE FINE PRINT -- a podcast about consumers, contracts and the small print\n"
            "Episode 212: The Bot Made Me Do It\n\n"
            "HOST: Welcome to The Fine Print. Last week a tribunal told Skyline Air it cannot disown its chatbot.\n\n"
            "DR. ALAN WHITFORD (Associate Professor of Law, Lakeshore University): Thanks for having me.\n\n"
            "RENÉE CASTONGUAY (Travel Industry Analyst, Northbound Advisory): Happy to be here.\n\n"
            "HOST: So how big a deal is this?\n\n"
            "WHITFORD: It is one of the first decisions to say plainly that a company owns what its chatbot tells customers.\n\n"
            "CASTONGUAY: The damages were about six hundred and fifty dollars, so I would call it minor.\n")
    claims = claims_of(text, doc_id="podcast.txt")
    assert voice_of(claims, "owns what its chatbot")[:2] == ("Alan Whitford", "expert")
    assert voice_of(claims, "six hundred and fifty")[:2] == ("Renée Castonguay", "expert")
    assert all(c.vendor != "HOST" for c in claims)


def test_voices_a_name_taken_for_an_organisation_with_an_executive_title_is_that_companys_executive(claims_of):
    text = ("Commuters were stranded on Monday after Brackwater Transit's card readers failed. Brackwater Transit said the "
            "fault was confined to a few stations.\n\n"
            "\"It was over within the hour,\" said Renata Osei, chief executive of Brackwater. \"We hold our suppliers "
            "to account, and this morning they let us down,\" said Renata Osei, Brackwater's chief executive.\n")
    claims = claims_of(text, doc_id="news.txt")
    assert all(c.vendor.startswith("Brackwater") for c in claims)  # not "Renata Osei"
    assert voice_of(claims, "within the hour")[:2] == (claims[0].vendor, "vendor")
    assert voice_of(claims, "let us down")[:2] == (claims[0].vendor, "vendor")


def test_voices_a_transit_authority_is_the_operator_not_a_regulator(claims_of):
    text = ("Transit authority blames its contractor\n\n"
            "Riders queued at locked gates on Monday after Brackwater Transit's card readers failed. Brackwater Transit "
            "said the fault was confined to a few stations. The authority said it had traced the fault to an update "
            "installed overnight by its contractor, Gatewise Systems.\n")
    claims = claims_of(text, doc_id="news.txt")
    assert voice_of(claims, "traced the fault")[:2] == ("Brackwater Transit", "vendor")


def test_voices_a_workers_union_and_its_branch_secretary_are_insiders(claims_of):
    text = ("UNITED DEPOT WORKERS OF HALLOWAY\nPRESS STATEMENT\n\n"
            "Our members spent Monday morning at locked gates with no information. Brackwater Transit says only a few "
            "stations were affected. That is not true: every station on the network was hit. We have asked for an "
            "independent review of the failure.\n\n"
            "\"Our members warned about these readers for weeks,\" said Colm Ferris, branch secretary.\n")
    claims = claims_of(text, doc_id="union.txt")
    assert voice_of(claims, "every station on the network")[1] == "insider"
    assert voice_of(claims, "warned about these readers")[:2] == ("Colm Ferris", "insider")
    assert all(c.vendor == "Brackwater Transit" for c in claims)


def test_voices_minutes_give_listed_attendees_their_organisations_and_continue_reported_speech(claims_of):
    text = ("# Transport Committee\n\n"
            "**Present:** Cllr Dana Pryce (Chair), Cllr Ravi Mehta\n\n"
            "**In attendance:** Renata Osei (Chief Executive, Brackwater Transit); Graham Tull (Director of Technology, "
            "Brackwater Transit); Helen Obi (Chief Technology Officer, Gatewise Systems)\n\n"
            "## 3. Brackwater Transit card reader failure, 2 March 2026\n\n"
            "Cllr Dana Pryce said the failure was the worst on the network in a decade.\n\n"
            "The Chief Executive apologised to passengers. She said most riders were travelling normally within about "
            "90 minutes. In her view the effect was limited to a small number of stations.\n\n"
            "Mr Tull confirmed that planned network work had finished before 06:00. He said the work had no bearing "
            "on the fault.\n\n"
            "Ms Obi said Gatewise did not accept the authority's account. The release had been reviewed by an "
            "engineer before it went live. The Chair asked that the two accounts be reconciled.\n")
    claims = claims_of(text, doc_id="minutes.md", source="https://council.example/minutes/2026-03-10",
                       author="Committee Services, Halloway City Council")
    assert voice_of(claims, "worst on the network")[:2] == ("Dana Pryce", "regulator")
    assert voice_of(claims, "apologised to passengers")[:2] == ("Brackwater Transit", "vendor")
    assert voice_of(claims, "about 90 minutes")[:2] == ("Brackwater Transit", "vendor")
    assert voice_of(claims, "small number of stations")[:2] == ("Brackwater Transit", "vendor")  # goes on
    assert voice_of(claims, "no bearing")[:2] == ("Brackwater Transit", "vendor")
    assert voice_of(claims, "reviewed by an engineer")[:2] == ("Gatewise Systems", "expert")  # goes on
    assert voice_of(claims, "two accounts be reconciled")[0] != "Gatewise Systems"  # someone else's sentence
    assert all(not (c.speaker or "").startswith("http") for c in claims)


def test_voices_a_council_writing_about_its_own_services_is_the_operator(claims_of):
    text = ("ALDERFORD BOROUGH COUNCIL\nPress office\n\n"
            "Flooding at the substation that feeds our civic centre cut power to the data centre that hosts our online "
            "services. We expect the benefits portal to be available again within 48 hours. We are sorry for the "
            "worry this has caused.\n")
    claims = claims_of(text, doc_id="council.txt")
    assert voice_of(claims, "within 48 hours")[1] == "vendor"
    assert voice_of(claims, "sorry for the worry")[1] == "vendor"


def test_voices_an_interview_cast_list_names_the_speakers_behind_their_initials(claims_of):
    text = ("PATCH TALK - Interview transcript\n"
            "Host: Sam Kettle (SK)\n"
            "Guest: Dr Lena Vasco (LV), principal analyst, Northbeam Threat Research\n\n"
            "SK: Lena, thanks for coming on. Talk us through what happened to the mail service.\n\n"
            "LV: Starting on the fifth of June, people had trouble getting into webmail. Each episode lasted a few hours.\n\n"
            "SK: And the company described it how?\n\n"
            "LV: As a technical issue. None of its status posts mentioned an attack.\n")
    claims = claims_of(text, doc_id="interview.txt")
    assert voice_of(claims, "trouble getting into webmail")[:2] == ("Lena Vasco", "expert")
    assert voice_of(claims, "None of its status posts")[:2] == ("Lena Vasco", "expert")
    assert voice_of(claims, "what happened to the mail service")[0] != "SK"


def test_voices_a_rule_of_dashes_closing_an_export_names_no_one(claims_of):
    text = ("Mailbox service status - incident history export\n\n"
            "We're investigating reports that some users cannot reach webmail. Impact was limited to a subset of "
            "users.\n\n"
            "------------------------------------------------------------\n"
            "End of export\n")
    claims = claims_of(text, doc_id="status.txt")
    assert all(c.speaker != "-" and (c.speaker or "").strip("-") for c in claims)


def test_voices_an_officer_of_the_association_that_wrote_the_letter_speaks_for_it(claims_of):
    text = ("HEARTWOOD AUTO DEALERS ASSOCIATION\nOpen letter to Dealerware, Inc.\n\n"
            "We write on behalf of our 600 member dealerships. Since June 19 nearly every one of them has worked "
            "without your system. We do expect Dealerware to tell dealers plainly what data, if any, was taken.\n\n"
            "\"Our dealers have been extraordinarily patient,\" said Carla Mead, president of the association.\n")
    claims = claims_of(text, doc_id="letter.txt")
    assert voice_of(claims, "extraordinarily patient")[0] == voice_of(claims, "on behalf of")[0]
    assert voice_of(claims, "tell dealers plainly")[0] == voice_of(claims, "on behalf of")[0]


def test_voices_a_filer_hit_by_its_providers_incident_reports_what_the_provider_told_it(claims_of):
    text = ("FORM 8-K\n\nNORLAND MOTOR GROUP, INC.\n(Exact name of registrant as specified in its charter)\n\n"
            "Item 8.01 Other Events.\n\n"
            "On June 19, 2024, Dealerware Global, Inc. (\"Dealerware\"), a third-party provider of dealer management "
            "software to Norland Motor Group, Inc. (the \"Company\"), experienced a cyber incident. All of the "
            "Company's dealerships have remained open. Dealerware has informed the Company that it expects "
            "restoration of its systems to take several days.\n")
    claims = claims_of(text, doc_id="8k.txt")
    assert voice_of(claims, "several days")[:2] == ("Dealerware Global", "vendor")
    assert voice_of(claims, "remained open")[1] == "customer"
    assert all(c.vendor == "Dealerware Global" for c in claims)


def test_voices_a_compilers_bracketed_notes_are_the_compilers(claims_of):
    text = ("Contoso Mail service status - incident history export\n"
            "Exported by: IT Service Desk, Harrow & Pine LLP (internal copy)\n"
            "Source: public Contoso Mail status posts, summarised by the service desk\n\n"
            "Jun 5, 2023 14:32 UTC - Investigating - Webmail\n"
            "We're looking into reports that some users cannot reach webmail. Impact was limited to a subset of users.\n\n"
            "[Service desk note: about 40% of our staff lost webmail from around 14:00 to 17:00 UTC. Mailboxes were "
            "unaffected.]\n")
    claims = claims_of(text, doc_id="export.txt")
    assert voice_of(claims, "40% of our staff")[1] == "customer"
    assert voice_of(claims, "40% of our staff")[0].startswith("Harrow & Pine")
    assert voice_of(claims, "subset of users")[1] == "vendor"
    assert not any(c.text.startswith(("Exported by", "Jun 5, 2023")) for c in claims)


def test_voices_a_research_note_is_its_firms_not_the_notes_series_name(claims_of):
    text = ("Bottom line: the outage was severe but short. We think most sales were deferred rather than lost.\n")
    claims = claims_of(text, doc_id="note.md", author="Jonah Prest, Calder & Wren Research",
                       source="Calder & Wren Research, Auto Retail Sector Note (client distribution)")
    assert voice_of(claims, "severe but short")[:2] == ("Calder & Wren Research", "expert")


def test_voices_an_officer_of_a_state_security_service_speaks_for_that_service(claims_of):
    text = ("Hackers wiped thousands of servers at Kyivline, the mobile operator. Illia Vitek, head of the cybersecurity "
            "department of the Security Service of Ukraine (SBU), said the intruders had been inside the network for "
            "months.\n")
    claims = claims_of(text, doc_id="brief.txt")
    assert voice_of(claims, "inside the network")[:2] == ("Security Service of Ukraine", "regulator")


def test_voices_those_groups_are_not_the_incidents_company(claims_of):
    text = ("Contoso Mail was down again on Tuesday. A hacker collective posted on Telegram that it was behind the "
            "outage. Those groups claim every outage going. Contoso said it was investigating.\n")
    claims = claims_of(text, doc_id="thread.txt")
    assert voice_of(claims, "every outage going")[0] != "Contoso"
    assert voice_of(claims, "investigating")[0] == "Contoso"


def test_voices_a_councillors_title_says_her_role_and_leaves_her_name(claims_of):
    text = ("Riders queued at locked gates on Tuesday after Brackwater Transit's readers failed. Cllr Dana Whitfield, "
            "who chairs the transport committee, called it the worst disruption in a decade.\n")
    claims = claims_of(text, doc_id="news.txt")
    assert voice_of(claims, "worst disruption")[:2] == ("Dana Whitfield", "regulator")


def test_voices_managers_of_the_businesses_an_outage_reached_are_its_customers(claims_of):
    text = ("Dealerware, whose software runs 15,000 dealerships, shut down its systems on June 19 after a cyberattack. "
            "Service departments appear to have been hit hardest, according to two dealership managers who asked not "
            "to be named because they were not authorized to speak publicly.\n")
    claims = claims_of(text, doc_id="news.txt")
    assert voice_of(claims, "hit hardest")[1] == "customer"


def test_voices_an_earnings_call_with_labels_on_their_own_lines(claims_of):
    text = ("Pennock Pay plc -- Full-Year Results Conference Call\n\n"
            "Operator:\nOur first question comes from Daniel Roe of Harcastle Securities.\n\n"
            "Daniel Roe -- Harcastle Securities -- Analyst:\nThe supermarket chain Hollins has been vocal. They say most "
            "card payments in their stores failed for six hours. How long were you down?\n\n"
            "Tobias Quayle -- Chief Financial Officer:\nCard authorisations were unavailable for 128 minutes, from 09:02 "
            "to 11:10.\n\n"
            "Operator:\nOur next question comes from Sophie Bran of Northgate Capital Markets.\n\n"
            "Sophie Bran -- Northgate Capital Markets -- Analyst:\nSome reports call this your third outage this year. "
            "Your statement said no AI tool played any part.\n\n"
            "Tobias Quayle -- Chief Financial Officer:\nThis was the first incident in 2026 that met our threshold.\n")
    claims = claims_of(text, doc_id="call.txt")
    assert voice_of(claims, "128 minutes")[:2] == ("Pennock Pay", "vendor")
    assert voice_of(claims, "first incident in 2026")[:2] == ("Pennock Pay", "vendor")
    assert voice_of(claims, "failed for six hours")[:2] == ("Hollins", "customer")  # the chain the analyst names
    assert voice_of(claims, "Your statement said")[0] == "Sophie Bran"


def test_voices_a_businesss_letter_to_its_provider_is_a_customers_and_your_statement_is_the_providers(claims_of):
    text = ("HOLLIN STORES LIMITED\nHollin House, Wharf Road, Tollbridge\n\n17 March 2026\n\n"
            "Ms Rosa Threlfall\nChief Executive Officer\nPennock Pay plc\nLondon\n\n"
            "Dear Ms Threlfall,\n\n"
            "We are writing about the failure of your card-acceptance service on Saturday. Your statement describes "
            "the disruption as brief. We reject that characterisation entirely. For us the outage lasted six hours, "
            "and at least 180 of our 212 stores were affected. We expect full compensation under our agreement.\n\n"
            "Yours sincerely,\nGareth Penn\nChief Operating Officer, Hollin Stores\n")
    claims = claims_of(text, doc_id="letter.txt")
    assert voice_of(claims, "lasted six hours")[1] == "customer"
    assert voice_of(claims, "describes the disruption as brief")[:2] == ("Pennock Pay", "vendor")
    assert all(c.vendor == "Pennock Pay" for c in claims)


def test_voices_a_pseudonymous_insiders_post_names_the_employer_as_the_incidents_company(claims_of):
    text = ("I work on the platform team at Pennock Pay. I've read the company statement three times now and I can't "
            "leave it alone. The runbook the engineers followed on Saturday was the output of an AI tool. I raised a "
            "ticket about it in February.\n")
    claims = claims_of(text, doc_id="post.md", author="quiet_failover", title="What actually happened on Saturday")
    assert voice_of(claims, "output of an AI tool")[:2] == ("quiet_failover", "insider")
    assert all(c.vendor == "Pennock Pay" for c in claims)


def test_voices_an_oversight_office_is_a_regulator(claims_of):
    text = ("PAYMENT SERVICES OVERSIGHT OFFICE\n\nNOTICE OF INQUIRY\n\n"
            "1.1 The Payment Services Oversight Office has opened an inquiry into the interruption to card payments "
            "provided by Pennock Pay on 14 March 2026. 2.1 Pennock notified the Office of the incident at 09:41.\n")
    claims = claims_of(text, doc_id="notice.txt")
    assert voice_of(claims, "has opened an inquiry")[:2] == ("Payment Services Oversight Office", "regulator")
    assert all(c.slots.count is None for c in claims)  # "2.1" numbers a paragraph


def test_voices_they_after_a_lone_name_is_that_firm(claims_of):
    text = ("Pennock Pay said card payments failed for a small share of merchants on Saturday. Hollin has been "
            "vocal. They say most card payments in their stores failed for six hours.\n")
    claims = claims_of(text, doc_id="news.txt")
    assert voice_of(claims, "failed for six hours")[0] == "Hollin"


def test_voices_a_customers_record_of_its_providers_status_posts(claims_of):
    text = ("# Google Cloud europe-west9 incident: status history and our notes\n\n"
            "This page is our record of the Google Cloud status posts we followed during the Paris incident. The "
            "provider's posts are summarised in our own words. Paris local time is nine hours ahead.\n\n"
            "**Apr 25, 2023 20:51 PDT** — Provider says water got into the europe-west9-a facility. No ETA is given.\n\n"
            "[Our note: we moved our workloads to europe-west9-b, and the provider's Cloud Console failed for us.]\n")
    claims = claims_of(text, doc_id="record.md", author="Inès Garnier (SRE lead, Tramway Logistique)")
    assert voice_of(claims, "our record of")[:2] == ("Tramway Logistique", "customer")
    assert voice_of(claims, "water got into")[:2] == ("Google", "vendor")
    assert all(c.vendor == "Google" for c in claims)
    assert all(c.slots.duration_minutes is None for c in claims)  # "nine hours ahead" is a time zone


def test_voices_a_regulators_letter_to_a_firm(claims_of):
    text = ("AUTORITÉ DE CONTRÔLE DE LA RÉSILIENCE NUMÉRIQUE (ACRN)\n"
            "[Courtesy English translation. The French original prevails.]\n\n"
            "To: Vélocité Paiements SAS\n\n"
            "The Authority acknowledges receipt of your report of 3 May 2023 concerning the outage of your card "
            "services. According to your report, your card authorisation services were unavailable for about six "
            "hours. The Authority notes that your provider's status page described the failure of several zones.\n")
    claims = claims_of(text, doc_id="letter.txt")
    assert voice_of(claims, "acknowledges receipt")[1] == "regulator"
    assert voice_of(claims, "acknowledges receipt")[0].startswith("Autorité")
    assert voice_of(claims, "unavailable for about six hours")[:2] == ("Vélocité Paiements", "vendor")
    assert not any("Courtesy" in c.text for c in claims)


def test_voices_a_unions_open_letter_is_about_the_company_it_is_written_to(claims_of):
    text = ("Dear Ms Greaves,\n"
            "I am writing on behalf of our members at the Moulton hub, who worked in water up to their shins on "
            "14 January. Your update of 16 January says the pumps were running, and that is wrong. Moulton flooded "
            "because two of three pumps at Moulton were out of service. Our members are not using the flood to win a "
            "pay dispute; they were reporting the pump faults for months. Your figure of 380,000 delayed parcels "
            "does not match what our members counted at Moulton.\n")
    claims = claims_of(text, doc_id="letter.md", source="PWWU", kind="union",
                       title="Open letter to Parcelpost's chief executive on the Moulton flood")
    assert all(c.vendor == "Parcelpost" for c in claims)
    assert voice_of(claims, "not using the flood")[:2] == ("PWWU", "insider")


def test_voices_an_email_written_as_we_by_someone_at_a_customer_is_that_customers(claims_of):
    text = ("From: Julien Marchand <julien.marchand@maisonorbis.example>\n"
            "To: Board of Directors <board@maisonorbis.example>\n"
            "Subject: Google Cloud Paris outage: impact on Maison Orbis\n\n"
            "Dear all,\n\n"
            "Our storefront and checkout were unavailable from 04:00 until about 13:00 on 26 April. We were spread "
            "across zones, as Google's guides recommend, and we lost sales of about 180,000 euros. Our account team "
            "at Google told us the root cause was water intrusion at a third-party data centre.\n")
    claims = claims_of(text, doc_id="email.txt")
    assert voice_of(claims, "Our storefront and checkout")[:2] == ("Maison Orbis", "customer")
    assert all(c.vendor == "Google" for c in claims)


def test_voices_another_company_saying_it_was_down_is_a_customer(claims_of):
    text = ("Google Cloud's Paris region failed on 26 April after water got into a data centre, Google said. "
            "\"We were down for around nine hours,\" said Camille Roux, head of operations at payments processor "
            "Velo Pay.\n")
    claims = claims_of(text, doc_id="news.txt")
    assert voice_of(claims, "nine hours")[:2] == ("Velo Pay", "customer")


def test_voices_a_committee_hearing_with_numbered_questions_and_a_witness_list(claims_of):
    text = ("HERITAGE AND DIGITAL INFRASTRUCTURE COMMITTEE\nOral evidence: Cyber resilience in cultural institutions\n\n"
            "Members present: Dame Patricia Hollins (Chair); Tom Reddaway\n\n"
            "Witnesses:\n"
            "- Dr Miriam Okafor, Director of Technology Resilience, Brindle Library\n\n"
            "Q12 Chair: Could you set out what happened at the end of October?\n\n"
            "Witness (Dr Miriam Okafor, Director of Technology Resilience): On 28 October a criminal group encrypted "
            "parts of our server estate. We isolated our network the same day.\n\n"
            "Q13 Tom Reddaway: My constituents tell me the library was effectively closed to researchers for months.\n\n"
            "Witness (Dr Miriam Okafor, Director of Technology Resilience): The reading rooms stayed open throughout.\n\n"
            "Q14 Chair: And the data that was taken?\n\n"
            "Witness (Dr Miriam Okafor, Director of Technology Resilience): Around 600 gigabytes of files were "
            "copied and later published.\n")
    claims = claims_of(text, doc_id="hearing.txt")
    assert voice_of(claims, "isolated our network")[:2] == ("Brindle Library", "vendor")
    assert voice_of(claims, "reading rooms stayed open")[:2] == ("Brindle Library", "vendor")
    assert voice_of(claims, "closed to researchers")[:2] == ("Tom Reddaway", "regulator")


def test_voices_a_threads_hashtag_spelled_out_in_its_posts_names_the_incidents_company(claims_of):
    text = ("Thread export — #BrindleLibrary #cyberattack\n\n"
            "@kavi_reads@historians.town · 24 Nov 2023\n"
            "Day whatever of the Brindle Library being dark. It's been down for over a month now.\n\n"
            "    ↳ @margins@toot.example · 24 Nov 2023\n"
            "It went down on 28 October, so we're a bit under four weeks in. The library said it hoped to be back soon.\n")
    claims = claims_of(text, doc_id="thread.txt")
    assert voice_of(claims, "under four weeks")[0] == "@margins@toot.example"
    assert voice_of(claims, "hoped to be back")[:2] == ("Brindle Library", "vendor")


def test_voices_a_sign_off_of_the_posts_handle_is_the_author_not_the_company(claims_of):
    text = ("I have spent the weekend with the library's review, and I want to give it credit. The library says "
            "the attackers were inside for days. I think it was weeks, and I said so at the time.\n\n— Nell\n")
    claims = claims_of(text, doc_id="blog.md", author="nullroute_nell", title="Reading the review")
    assert all(c.vendor != "Nell" for c in claims)


def test_voices_a_stamped_chat_export_gives_each_handle_its_messages(claims_of):
    text = ("[16/04/2025 14:27] sysadmin_rei: anyone else getting SERVFAIL on zoom.us?? whole floor just got kicked out\n"
            "[16/04/2025 14:30] 0xcrowley: this is a DDoS. guaranteed.\n"
            "[16/04/2025 14:31] sysadmin_rei: a ddos doesn't make a delegation vanish lol, zoom's status page is green\n"
            "[16/04/2025 14:36] dnsgoblin: not a hack. the hold came from a process screwup at the registrar\n"
            "[16/04/2025 14:52] kestrel_ops: honestly this one is on zoom, nobody was watching zoom.us at the registry\n")
    claims = claims_of(text, doc_id="chat.txt")
    assert voice_of(claims, "this is a DDoS")[0] == "0xcrowley"
    assert voice_of(claims, "delegation vanish")[0] == "sysadmin_rei"
    assert voice_of(claims, "process screwup")[0] == "dnsgoblin"
    assert not any(c.text.startswith("[") for c in claims)  # the stamp and handle are not part of the claim
    assert {c.vendor for c in claims} == {"Zoom"}  # the service its domain and its lower-case name tell


def test_voices_an_faqs_answers_are_its_authors(claims_of):
    text = ("Acme Meet: questions about the 16 April outage\n\n"
            "We are sorry for the interruption. Below are answers to the questions we have heard most often.\n\n"
            "Q: How long did it last?\n\n"
            "A: Just under two hours, starting in the mid-afternoon.\n\n"
            "Q: Was this a cyberattack?\n\n"
            "A: No. This was not a cyberattack, and no customer data was accessed.\n")
    claims = claims_of(text, doc_id="faq.md")
    speaker, role, _ = voice_of(claims, "Just under two hours")
    assert role == "vendor" and speaker == "Acme Meet"
    assert voice_of(claims, "not a cyberattack")[1] == "vendor"
    assert not any(c.text.startswith("A:") for c in claims)


def test_voices_a_podcasts_labelled_host_and_guests_are_the_people_named(claims_of):
    text = ("SUPPLY LINES - Episode 142\n\n"
            "[00:00:31] HOST (Dana Pryce): Welcome back. Today it's the Brantwell Motors cyberattack. "
            "Dr Imogen Tally is a principal researcher at Hollowell Security.\n\n"
            "[00:01:15] GUEST (Dr Imogen Tally): Thanks, Dana.\n\n"
            "[00:01:20] DANA: Imogen, who did this?\n\n"
            "[00:01:23] IMOGEN: A crew calling itself Night Loom claimed it, and Brantwell Motors switched everything off.\n\n"
            "[00:02:20] DANA: Brantwell Motors told us the plants stayed shut for five weeks.\n\n"
            "[00:02:38] IMOGEN: Most of the damage came from the shutdown rather than from the intrusion at Brantwell Motors.\n")
    claims = claims_of(text, doc_id="brantwell_podcast.txt")
    assert voice_of(claims, "Brantwell Motors cyberattack")[:2] == ("Dana Pryce", "press")
    assert voice_of(claims, "damage came from the shutdown")[:2] == ("Imogen Tally", "expert")
    assert {c.vendor for c in claims} == {"Brantwell Motors"}  # not the host addressed by name, nor the file's name


def test_voices_a_newswire_release_is_its_issuers(claims_of):
    text = ("Brantwell Motors extends production pause\n\n"
            "NEWS PROVIDED BY\nBrantwell Motors\n23 Sep, 2025, 09:00 BST\n\n"
            "SOLIHULL, England, 23 September 2025 /PRNewswire/ -- Brantwell Motors today confirmed that the pause in "
            "vehicle production will continue until 1 October.\n\n"
            "Suggestions that the company ignored warnings about its old servers are untrue.\n\n"
            "SOURCE Brantwell Motors\n")
    claims = claims_of(text, doc_id="release.txt")
    assert voice_of(claims, "pause in vehicle production")[:2] == ("Brantwell Motors", "vendor")
    assert voice_of(claims, "ignored warnings")[:2] == ("Brantwell Motors", "vendor")
    assert not any("PRNewswire" in c.text for c in claims)


def test_voices_a_signed_letter_to_the_editor_is_its_signatorys(claims_of):
    text = ("# Letters to the Editor\n\n**The Midlands Courier - Saturday 11 October 2025**\n\nSir,\n\n"
            "I run a parts supplier in Nuneaton. From 1 September until 7 October we were not paid for a single invoice "
            "by Brantwell Motors. I would ask your reporters to ring a few of us before repeating that suppliers were "
            "supported.\n\nYours faithfully,\n\n**Patricia Whelan**\nManaging Director, Whelan Trim Components Ltd\n")
    claims = claims_of(text, doc_id="letter.md")
    assert voice_of(claims, "not paid for a single invoice")[:2] == ("Patricia Whelan", "customer")


def test_voices_a_complaint_in_court_is_the_plaintiffs_and_defendant_is_the_company(claims_of):
    text = ("CLASS ACTION COMPLAINT\n\nCase No. 3:26-cv-01184\n\n"
            "11. Defendant Quillsoft, Inc. (\"Quillsoft\" or \"Defendant\") sells payroll software.\n\n"
            "12. On March 3, 2026, Quill Copilot modified employee records for about 1,900 customers.\n\n"
            "13. Defendant's status page described the event as a brief disruption lasting nine hours.\n\n"
            "14. Plaintiffs allege that payroll functions remained unusable for at least two days.\n")
    claims = claims_of(text, doc_id="complaint.txt")
    assert {c.vendor for c in claims} == {"Quillsoft"}
    assert voice_of(claims, "modified employee records")[1] == "customer"
    assert voice_of(claims, "brief disruption")[:2] == ("Quillsoft", "vendor")
    assert voice_of(claims, "remained unusable")[1] == "customer"


def test_voices_an_evidence_file_gives_each_message_its_sender_and_the_notes_their_compiler(claims_of):
    text = ("EVIDENCE FILE - Northmere app outage\nCompiled by Aoife Brennan (Northmere account ending 4471)\n"
            "[My own notes are in square brackets.]\n\n"
            "27/02/2026 10:52  From: NORTHMERE\n"
            "Northmere: Good news - our app and online banking are working normally again.\n\n"
            "[Not for me. The app still failed at 13:30 and 22:40, and I could not pay my rent.]\n\n"
            "From: Aoife Brennan <aoife@example.net>\nTo: Northmere Customer Care <care@northmere.example>\n"
            "Subject: Complaint\n\nI have been locked out of my account since Friday morning.\n\n"
            "From: Northmere Customer Care <care@northmere.example>\nTo: Aoife Brennan <aoife@example.net>\n"
            "Subject: Re: Complaint\n\nServices were restored within approximately four hours.\n")
    claims = claims_of(text, doc_id="evidence.txt")
    assert voice_of(claims, "working normally again")[:2] == ("Northmere", "vendor")
    assert voice_of(claims, "could not pay my rent")[:2] == ("Aoife Brennan", "customer")
    assert voice_of(claims, "locked out of my account")[:2] == ("Aoife Brennan", "customer")
    assert voice_of(claims, "restored within approximately four hours")[:2] == ("Northmere", "vendor")


def test_voices_a_decisions_complainant_is_a_customer_and_its_business_the_company(claims_of):
    text = ("FINAL DECISION\n\nComplainant: Mr K\nBusiness: Northmere Building Society\n\n"
            "Mr K complains that he could not use the app from Friday to Sunday. He says his rent was late.\n\n"
            "Kinvara Systems, which runs the platform, upgraded it overnight. Kinvara says the change window was too short. "
            "Kinvara blames the window; Kinvara staff worked all weekend.\n")
    claims = claims_of(text, doc_id="decision.txt")
    assert voice_of(claims, "could not use the app")[:2] == ("Mr K", "customer")
    assert voice_of(claims, "rent was late")[:2] == ("Mr K", "customer")
    assert {c.vendor for c in claims} == {"Northmere Building Society"}


def test_voices_a_body_named_after_its_kind_is_that_body(claims_of):
    text = ("Kwartel Betalingen suffered an outage on Tuesday that left card terminals declining payments.\n\n"
            "The small-business group Stichting MKB Betaalbelang put the number of affected merchants at more than 31,000.\n")
    claims = claims_of(text, doc_id="news.txt")
    assert voice_of(claims, "31,000")[0] == "Stichting MKB Betaalbelang"


def test_voices_people_using_the_service_are_its_customers(claims_of):
    text = ("Zoom was unreachable on Wednesday afternoon.\n"
            "People trying to open Zoom found that the address would not load at all.\n"
            "People familiar with the matter said a registrar error caused it.\n")
    claims = claims_of(text, doc_id="news.txt")
    assert voice_of(claims, "would not load")[:2] == ("customers", "customer")
    assert voice_of(claims, "registrar error")[1] == "insider"


def test_voices_a_speaker_who_continued_to_insist_says_it(claims_of):
    text = ("Starlink went down worldwide on 24 July.\n"
            "Garrett Voss, a podcast host, continued to insist that the event was a coordinated cyberattack.\n")
    assert voice_of(claims_of(text, doc_id="news.txt"), "coordinated cyberattack")[0] == "Garrett Voss"


def test_voices_a_citation_mark_after_a_full_stop_ends_the_sentence(claims_of):
    text = ("Starlink went down worldwide on 24 July. Users speculated that it was a cyberattack or solar activity.[6] "
            "Garrett Voss said the event could only have been a coordinated cyberattack.[3][7] SpaceX said it had found "
            "no sign of malicious activity.\n")
    claims = claims_of(text, doc_id="wiki.md")
    assert voice_of(claims, "coordinated cyberattack")[0] == "Garrett Voss"
    assert voice_of(claims, "no sign of malicious")[0] == "SpaceX"
    assert not any("solar activity" in c.text and "Garrett" in c.text for c in claims)


def test_voices_a_poster_disputing_what_the_company_keeps_saying_speaks_for_themselves(claims_of):
    text = ("Forum > Billing\n\n"
            "#1  dealhunter_mo   Posted: Sat Nov 29, 2025 9:12 am\n"
            "Shopwell keeps saying it was PayStream's fault, but I bought from three other stores that use PayStream "
            "and none of them double-charged me.\n\n"
            "#2  penny_w   Posted: Sat Nov 29, 2025 9:40 am\n"
            "Same here, charged twice for one order.\n")
    assert voice_of(claims_of(text, doc_id="thread.txt"), "keeps saying")[:2] == ("dealhunter_mo", "customer")


def test_voices_reddit_headers_and_a_handle_quoting_a_post(claims_of):
    text = ("r/PSNBackstage\nPosted by u/throwaway_rst · 2d\n\n"
            "I worked on PSN infrastructure for six years. My honest read: it was a certificate that expired.\n\n"
            "u/Kestrel_Online · 2d · ▲ 2.3k\nEveryone in my Discord says it was a DDoS.\n\n"
            "    u/throwaway_rst OP · 2d · ▲ 1.9k\n"
            "    \"Core services are back\" and \"every region is healthy\" are two different milestones.\n")
    claims = claims_of(text, doc_id="reddit.txt")
    assert voice_of(claims, "Everyone in my Discord")[0] == "Kestrel_Online"
    assert voice_of(claims, "two different milestones")[0] == "throwaway_rst"


def test_voices_a_live_blogs_update_labels_and_quoted_handles(claims_of):
    text = ("PlayStation Network went dark on Friday evening, the Checkpoint Wire live blog reports.\n\n"
            "UPDATE: PSN appears to be back. By our count the network was unavailable for roughly 24 hours.\n\n"
            "@RonanPlaysRanked: \"Roughly 24 hours is generous. Call it 30 hours and counting.\"\n\n"
            "Reporter's note: No group has claimed responsibility, and nothing Sony has posted suggests an attack.\n")
    claims = claims_of(text, doc_id="liveblog.txt", author="Tess Marlowe", source="Checkpoint Wire")
    assert voice_of(claims, "30 hours and counting")[:2] == ("@RonanPlaysRanked", "customer")
    assert voice_of(claims, "roughly 24 hours")[1] == "press"
    assert voice_of(claims, "No group has claimed")[1] == "press"


def test_voices_a_slack_export_of_the_companys_channel_is_its_people(claims_of):
    text = ("Slack export — Calderon Metro workspace\nChannel: #inc-fares\n\n"
            "PagerDuty APP  7:31 AM\n[TRIGGERED] SEV1 tap authorisation failures across 58 stations\n\n"
            "Sam Okafor  7:34 AM\nEvery contactless tap failing with a handshake error. App purchases too.\n\n"
            "Mei Tanaka  7:41 AM\nVantix rotated their cert this morning, could be their side.\n"
            "    ↳ Sam Okafor  7:43 AM\n    Vantix status page is green and no other operators are complaining.\n")
    claims = claims_of(text, doc_id="slack.txt")
    assert voice_of(claims, "could be their side")[:2] == ("Mei Tanaka", "insider")
    assert voice_of(claims, "status page is green")[:2] == ("Sam Okafor", "insider")
    assert {c.vendor for c in claims} == {"Calderon Metro"}


def test_voices_a_companys_transcript_gives_its_listed_officers_to_it(claims_of):
    text = ("CALDERON METRO: PRESS CONFERENCE TRANSCRIPT\n"
            "Speakers: Renata Vasquez-Holm, Chief Executive Officer; Tobias Lindqvist, Chief Technology Officer\n\n"
            "MODERATOR: Good morning. Renata will make a short statement.\n\n"
            "VASQUEZ-HOLM: For 95 minutes, contactless payment at 58 of our stations was unavailable. This was a brief disruption.\n\n"
            "QUESTION (Daily Ledger): The app was still failing at 12:40 for many riders.\n\n"
            "LINDQVIST: Ticket purchases in the app were fully restored at 1:14 p.m.\n\n"
            "QUESTION (Metro Wire): Who approved the change?\n\n"
            "VASQUEZ-HOLM: We have asked our supplier for a full account.\n")
    claims = claims_of(text, doc_id="presser.txt")
    assert voice_of(claims, "brief disruption")[:2] == ("Calderon Metro", "vendor")
    assert voice_of(claims, "fully restored at 1:14")[:2] == ("Calderon Metro", "vendor")
    assert voice_of(claims, "still failing at 12:40")[:2] == ("Daily Ledger", "press")


def test_voices_a_blogger_writing_i_and_we_about_their_pharmacy_is_a_customer(claims_of):
    text = ("When claims stopped going through on February 21, I assumed our internet was down. It wasn't. "
            "For nine days we could not process most insurance claims electronically. I am saying that Change "
            "Healthcare's updates were not regular, and I think the company left the door unlocked.\n")
    claims = claims_of(text, doc_id="blog.html", author="Helen Varga")
    assert voice_of(claims, "nine days")[:2] == ("Helen Varga", "customer")


def test_voices_a_hospitals_report_of_its_vendors_failure_is_a_customers(claims_of):
    text = ("HARLOW VALLEY REGIONAL HOSPITAL\nInformation Technology Department - Incident Report Form\n\n"
            "Title: Loss of Change Healthcare clearinghouse services\n"
            "Root cause (per vendor): A criminal group deployed ransomware in the Change Healthcare environment.\n"
            "Our assessment: We do not accept that account. The vendor's position is that claims flow was back in a month; "
            "ours was down for 41 days.\n")
    claims = claims_of(text, doc_id="form.txt")
    assert voice_of(claims, "41 days")[:2] == ("Harlow Valley Regional Hospital", "customer")


def test_voices_an_initialism_before_a_title_names_the_body_the_person_speaks_for(claims_of):
    text = ("Change Healthcare went dark after a ransomware attack. The Lakeshore Independent Practice Association "
            "(LIPA) surveyed members.\n"
            "\"That is not what our phones sounded like,\" said LIPA President Dr. Thomas Akerlund.\n")
    assert voice_of(claims_of(text, doc_id="news.txt"), "phones sounded")[0] == "Lakeshore Independent Practice Association"


def test_voices_a_lower_case_caption_transcript_is_its_speakers(claims_of):
    text = ("[Music]\n0:00\nyo what's going on everybody it's volt welcome back to the channel\n0:04\n"
            "so yeah we have to talk about this psn thing because i'm still kind of heated about it\n0:11\n"
            "i was literally in a ranked match and then boom kicked out and it stayed down for like 30 hours\n0:21\n"
            "this was definitely a ddos you don't just lose your entire network on a friday night\n")
    claims = claims_of(text, doc_id="captions.txt")
    assert voice_of(claims, "definitely a ddos")[:2] == ("volt", "customer")


def test_voices_a_press_release_is_the_body_its_lead_says_acted_today(claims_of):
    text = ("# Players' Rights Collective: Five Days of Credit \"Falls Well Short\"\n\n**FOR IMMEDIATE RELEASE**\n\n"
            "**WASHINGTON, D.C. — Feb. 11, 2025** — The Players' Rights Collective (PRC), a nonprofit that represents "
            "consumers of video games, today urged Sony to improve its compensation for last weekend's outage.\n\n"
            "PRC considers this the longest PlayStation Network disruption since 2011.\n\n"
            "### Notes to editors\n\nThe survey was run online.\n")
    claims = claims_of(text, doc_id="release.md")
    assert voice_of(claims, "longest PlayStation Network disruption")[:2] == ("Players' Rights Collective", "expert")


def test_voices_a_nested_reply_is_its_posters_not_its_parents(claims_of):
    text = ("u/bluecheck_refugee · 698 points · 10 Mar 2025, 11:15 AM ET\n\n"
            "My money is on someone pushing a bad config on a Monday morning.\n\n"
            "> u/grey_hat_gwen · 530 points · 11:26 AM ET\n>\n"
            "> The waves pattern looks like a DDoS with mitigation kicking in, not a bad deploy.\n")
    claims = claims_of(text, doc_id="thread.md")
    assert voice_of(claims, "waves pattern")[0] == "grey_hat_gwen"
    # the quotation mark of the reply is not part of the claim
    assert next(c.text for c in claims if "waves pattern" in c.text).startswith("The waves pattern")


@pytest.mark.parametrize("byline", ["Author: Jonas Ekdahl, Senior Threat Researcher, Halvard Labs",
                                    "Jonas Ekdahl · 11 March 2025 · 8 min read · Tags: DDoS"])
def test_voices_a_posts_author_field_or_dated_byline_names_its_author(claims_of, byline):
    text = ("# An IP address is not an attacker\n\n" + byline + "\n\n"
            "We saw nothing that would set this apart from the routine DDoS campaigns we track every week.\n\n"
            "I think the attribution to a country rests on IP addresses, which botnets make meaningless.\n\n"
            "I have tracked these groups for years.\n")
    claims = claims_of(text, doc_id="blog.md")
    assert voice_of(claims, "routine DDoS")[:2] == ("Jonas Ekdahl", "expert")


@pytest.mark.parametrize("description,role", [
    ("who studies internet infrastructure at Halden Polytechnic", "expert"),
    ("a customer assistant and workplace union representative at a store in Leeds", "insider"),
])
def test_voices_a_researcher_and_a_shop_floor_union_representative_keep_their_roles(claims_of, description, role):
    text = f"Marks & Spencer paused online orders on Friday.\n\nKaren Doyle, {description}, said the shelves were empty for days.\n"
    assert voice_of(claims_of(text, doc_id="news.txt"), "shelves were empty")[:2] == ("Karen Doyle", role)


@pytest.mark.parametrize("zone", ["ET", "ACST", "AEDT", "IPs"])
def test_voices_a_time_zone_or_a_plural_initialism_is_no_organisation_name(zone):
    from nlp.voices.names import is_org_name
    assert not is_org_name(zone)
    assert is_org_name("Optus")


def test_voices_she_said_after_a_titled_expert_is_that_expert_not_the_customer_before(claims_of):
    text = ("Optus apologised on Friday.\n\n"
            "In Kalgoorlie, Jarrod Whitlam said he failed to get through, then rang Optus customer support.\n\n"
            "\"The person I spoke to said there was no known issue,\" he said.\n\n"
            "Dr Helena Marsh, a network reliability consultant, said emergency call routing normally has several layers "
            "of protection.\n\n"
            "\"Firewall upgrades happen every week across the industry,\" she said.\n")
    claims = claims_of(text, doc_id="news.txt")
    assert voice_of(claims, "Firewall upgrades")[:2] == ("Helena Marsh", "expert")
    assert voice_of(claims, "no known issue")[0] == "Jarrod Whitlam"


def test_voices_a_byline_ending_with_its_outlet_makes_the_outlet_the_narrator(claims_of):
    text = ("# Acme puts £300m cost on cyber attack\n\n"
            "By Owen Pritchard, Business Reporter — The Retail Wire\nWednesday 21 May 2025, 11:45 BST\n\n"
            "Acme expects the cyber attack that shut down its online shop last month to knock about £300m off profit.\n")
    assert voice_of(claims_of(text, doc_id="results.md"), "knock about")[:2] == ("Retail Wire", "press")


def test_voices_a_company_introduced_under_its_new_name_is_the_incidents_company(claims_of):
    text = ("X, the social network formerly known as Twitter, went down repeatedly on Monday.\n\n"
            "By the afternoon the platform's owner, Elon Musk, was blaming a deliberate attack by a large group.\n\n"
            "Musk said the attack had used IP addresses in the Ukraine area.\n\n"
            "X has not published any technical details, and X has not commented on reports about its servers.\n\n"
            "Downdetector logged more than 40,000 reports at the peak, and users of X said the app would not load.\n")
    claims = claims_of(text, doc_id="news.txt")
    assert {c.vendor for c in claims} == {"X"}


def test_voices_a_cast_list_without_initials_names_the_host_and_guest_turns(claims_of):
    text = ("PACKET LOSS RADIO - Episode 142\nHost: Tomás Reyes\n"
            "Guest: Dr. Ilse Marquardt, senior researcher, Nordlicht Network Observatory\n\n"
            "[00:00:04] HOST: On Monday night, Cloudflare's public resolver went dark around the world for about an hour.\n\n"
            "[00:00:19] GUEST: The routes for the resolver's address ranges disappeared from the routing table.\n\n"
            "[00:00:51] HOST: So about an hour, which matches what Cloudflare published.\n\n"
            "[00:00:55] GUEST: Yes, the 62 minutes in their write-up is consistent with what we measured.\n")
    claims = claims_of(text, doc_id="episode.txt")
    assert voice_of(claims, "62 minutes")[:2] == ("Ilse Marquardt", "expert")
    assert voice_of(claims, "went dark")[:2] == ("Tomás Reyes", "press")


def test_voices_a_newsletter_masthead_is_the_press_and_an_ordinal_opener_is_no_speaker(claims_of):
    text = ("========================================\nTHE STUB RESOLVER\n"
            "A weekly letter about the unglamorous plumbing of the internet\nIssue #87 | Wednesday, 16 July 2025\n"
            "Edited by Priya Okonkwo-Lind | Read online: stubresolver.example/87\n"
            "========================================\n\n"
            "Cloudflare's public DNS resolver stopped answering for most of the planet on Monday night.\n\n"
            "In our view, this was almost certainly a hijack, whatever Cloudflare says.\n\n"
            "Second, Cloudflare says plainly that this was not an attack and not a BGP hijack.\n")
    claims = claims_of(text, doc_id="newsletter.txt")
    # (the newsletter narrates as the press; its name can come out as "STUB", a word of the masthead
    # the tagger saw on its own: a known limit)
    speaker, role, _ = voice_of(claims, "almost certainly a hijack")
    assert role == "press" and speaker.casefold().startswith("stub")
    assert voice_of(claims, "says plainly")[:2] == ("Cloudflare", "vendor")


def test_voices_members_present_at_a_hearing_are_the_committees(claims_of):
    text = ("HOUSE OF COMMONS\n\nRETAIL AND CONSUMER RESILIENCE COMMITTEE\n\nOral evidence: Cyber-attacks on UK retailers\n\n"
            "Members present: Dame Patricia Ellery (Chair); Tom Rennard; Aisha Qureshi.\n\n"
            "Q14 Chair: Good morning. On 30 April your organisation said there had been a small impact on some services.\n\n"
            "Clare Whitcombe: The statement described what we knew about operational impact at that point.\n\n"
            "Q15 Tom Rennard: So for two months members were told a significant number when it was every one of them.\n\n"
            "Clare Whitcombe: That is a fair summary of the outcome.\n\n"
            "Q16 Aisha Qureshi: I want to press you on what your spokespeople said in those first days.\n\n"
            "Clare Whitcombe: Both statements reflected the investigation at the time.\n\n"
            "Q17 Tom Rennard: Let us talk about the numbers the criminals gave.\n\n"
            "Clare Whitcombe: The 20 million figure was the criminals' own.\n")
    claims = claims_of(text, doc_id="hearing.txt")
    assert voice_of(claims, "every one of them")[:2] == ("Tom Rennard", "regulator")


def test_voices_a_councils_release_on_its_own_services_is_the_operators(claims_of):
    text = ("Brackenford County Council\tCommunications Team\nCounty Hall, Market Street, Brackenford\n\n"
            "PRESS RELEASE\n\nDate: Friday 9 October 2026\n\n"
            "Brackenford County Council has confirmed that all of its online services and telephone lines are working "
            "normally again following this week's disruption, caused by a faulty update applied by its IT supplier, "
            "Northvale Managed Services.\n\n"
            "Most online services were restored in under 72 hours.\n")
    claims = claims_of(text, doc_id="release.txt")
    assert voice_of(claims, "under 72 hours")[1] == "vendor"


@pytest.mark.parametrize("name", ["@Leanne Cobb", "ICT", "Head"])
def test_voices_a_mention_of_a_poster_or_a_department_word_is_no_organisation_name(name):
    from nlp.voices.names import is_org_name
    assert not is_org_name(name)


def test_voices_a_suppliers_letter_signed_by_its_officer_speaks_for_the_supplier(claims_of):
    text = ("NORTHVALE\nMANAGED SERVICES\n\nSimon Ashdown\nChief Executive\nBrackenford County Council\n\n12 October 2026\n\n"
            "Dear Mr Ashdown,\n\nI am writing about the council's press release of 9 October. Several statements in it are "
            "inaccurate, and I set out our position below.\n\n"
            "1. The outage lasted close to four days, not under 72 hours as the release says.\n\n"
            "I would be grateful for a reply by 19 October.\n\nYours sincerely,\n\n[signature]\n\nGareth Pryce\n"
            "Managing Director, Northvale Managed Services\n")
    claims = claims_of(text, doc_id="letter.txt")
    assert voice_of(claims, "close to four days")[:2] == ("Northvale", "vendor")  # as its letterhead names it


def test_voices_the_letter_said_is_the_voice_that_spoke_through_that_letter(claims_of):
    claims = claims_of(
        "CrowdStrike accused Delta of giving a misleading account of the July outage, saying the airline's old IT "
        "was to blame for its long recovery.\n"
        "In a letter from its lawyers to Delta's counsel, the security company said its liability was capped at a few million dollars.\n"
        "The letter said CrowdStrike had offered engineers on site and that Delta never took up the offer.\n",
        kind="news", source="Transit Times")
    assert voice_of(claims, "offered engineers on site")[0] == "CrowdStrike"


def test_voices_answering_saying_is_the_subjects_but_telling_while_acting_stays_the_narrators(claims_of):
    claims = claims_of(
        "Brightwave pushed back on Thursday, saying that its network had been running normally throughout.\n"
        "Managers removed the second-approval rule in January, telling staff that the new tool made it unnecessary.\n",
        kind="news", source="Ledger")
    assert voice_of(claims, "running normally")[:2] == ("Brightwave", "vendor")
    assert voice_of(claims, "second-approval rule")[:2] == ("Ledger", "press")


def test_voices_a_statement_headed_by_its_issuer_or_closing_about_it_is_that_issuers(claims_of):
    association = claims_of(
        "# The operator's account does not hold up\n\n"
        "**Statement by the Iberian Power Producers Association (IPPA)**\n\n"
        "We have studied the report published by Vantra Grid on the blackout of 28 April.\n"
        "Vantra Grid claims that its own planning played no part in the collapse.\n"
        "We regret that it shifts responsibility onto generators without support in the data.\n"
        "Our plants met their obligations, and Vantra Grid scheduled too few units that day.\n")
    assert voice_of(association, "without support in the data")[:2] == ("Iberian Power Producers Association", "expert")
    release = claims_of(
        "PRESS RELEASE\n\nVantra Grid publishes its analysis of the 28 April incident\n\n"
        "Today we are publishing our analysis of the loss of supply on 28 April.\n"
        "Our analysis confirms that the incident did not originate in the way we operated the system.\n"
        "We worked with Nordlink and with the operator in France to restore supply.\n"
        "Nordlink and the French operator helped us bring the system back within ten hours.\n\n"
        "About Vantra Grid\nVantra Grid is the transmission operator of the national electricity system.\n")
    assert voice_of(release, "did not originate")[:2] == ("Vantra Grid", "vendor")


def test_voices_a_persons_surname_is_no_company_and_a_name_described_as_an_operator_is_one(claims_of):
    claims = claims_of(
        "Power had returned to most homes by Tuesday morning after a blackout that began on Monday.\n"
        "Prime Minister Lucas Ferreiro told reporters that 15 gigawatts of generation were lost within seconds.\n"
        "Vantra Eléctrica, the state-controlled transmission operator, was more definite on one point.\n"
        "Its director of operations said a review had found no sign of an intrusion into its systems.\n"
        "Ferreiro rejected claims that renewables were to blame.\n", kind="news", source="Continental Ledger")
    assert voice_of(claims, "no sign of an intrusion")[:2] == ("Vantra Eléctrica", "vendor")
    assert all(c.vendor == "Vantra Eléctrica" for c in claims)


def test_voices_hacker_news_comments_are_their_commenters(claims_of):
    claims = claims_of(
        "Hacker News  new | past | comments | ask | show | jobs | submit\n\n"
        "▲ Platform incident review: OS update broke networking (example.com)\n"
        "  418 points by dwellerbit 9 hours ago | hide | past | favorite | 173 comments\n\n"
        "[–] kestrel_ops 8 hours ago\n"
        "  We were down for 23 hours on the platform. Nothing worked until the next day.\n"
        "  reply\n\n"
        "    [–] tmbrln 8 hours ago\n"
        "      Our apps were back after about 6 hours. Annoying, but nowhere near a day.\n"
        "      reply\n\n"
        "[–] quietmoth 7 hours ago\n"
        "  This is what years of trimming the platform team looks like.\n"
        "  reply\n", doc_id="thread.txt")
    assert voice_of(claims, "23 hours")[:2] == ("kestrel_ops", "customer")
    assert voice_of(claims, "about 6 hours")[0] == "tmbrln"
    assert voice_of(claims, "trimming the platform team")[0] == "quietmoth"


def test_voices_a_report_that_defines_its_author_is_that_bodys(claims_of):
    claims = claims_of(
        "2. SCOPE AND METHOD\n\n"
        "The Independent Grid Review Panel (the Panel) was asked to establish the causes of the blackout.\n"
        "The Panel examined measurements from the transmission operators and event logs from generators.\n\n"
        "3. FINDINGS\n\n"
        "The voltage control capacity scheduled for that day was insufficient.\n"
        "The Panel found no evidence of a cyberattack on the control systems.\n"
        "The Panel does not share the operator's view that the scheduled resources were adequate.\n",
        doc_id="report.txt")
    assert voice_of(claims, "capacity scheduled")[:2] == ("Independent Grid Review Panel", "expert")
    assert voice_of(claims, "no evidence of a cyberattack")[0] == "Independent Grid Review Panel"


def test_voices_a_newsletters_editor_writes_as_the_press_and_a_founder_hit_by_the_outage_as_a_customer(claims_of):
    newsletter = claims_of(
        "From: Tobias Venn <tobias@oncallnotes.example>\nTo: subscriber@example.com\n"
        "Subject: On-Call Notes #212: a platform's lost day\n\n"
        "ON-CALL NOTES\nA weekly letter about reliability and incidents\nIssue #212 · June 16, 2025\n\n"
        "Hi all,\n\nI read the platform's review twice this week. I think it frames the cause wrongly.\n"
        "The real failure is that a change reached production without a canary.\n")
    assert voice_of(newsletter, "without a canary")[:2] == ("Tobias Venn", "press")
    blog = claims_of(
        "For six years we have been a Skyforge shop, and I have recommended it to every founder who asked.\n"
        "On Tuesday that changed. We were effectively down for 19 hours.\n"
        "I understand the technical failure, and I have no reason to doubt the trigger.\n"
        "Our Skyforge service credit came to $212.\n", author="Maya Okonkwo-Reid")
    assert voice_of(blog, "19 hours")[:2] == ("Maya Okonkwo-Reid", "customer")


def test_voices_podcast_turns_labelled_by_name_take_the_cast_lists_parts(claims_of):
    claims = claims_of(
        "BEDSIDE BYTES - The Health Technology Podcast\nEpisode 87: \"When the migration goes too far\"\n"
        "Host: Rachel Amory\nGuest: Tomasz Heale, Principal Analyst, Larchfield Health Research\n\n"
        "[00:00:12] RACHEL AMORY: Hello and welcome to Bedside Bytes. With me is Tomasz Heale.\n\n"
        "[00:00:51] RACHEL AMORY: Corvane says it was a limited disruption at three sites.\n\n"
        "[00:01:00] TOMASZ HEALE: The 36 hours is a number about the platform, not the clinics.\n\n"
        "[00:01:34] RACHEL AMORY: Was it the AI or the humans?\n\n"
        "[00:01:40] TOMASZ HEALE: Both. I suspect they would say it was a different job, so \"first of its kind\" may be accurate.\n",
        doc_id="podcast.txt")
    assert voice_of(claims, "Hello and welcome")[:2] == ("Rachel Amory", "press")
    assert voice_of(claims, "number about the platform")[:2] == ("Tomasz Heale", "expert")
    assert voice_of(claims, "I suspect")[0] == "Tomasz Heale"
    assert not any(c.text.strip().endswith("AMORY:") for c in claims)


def test_voices_a_unions_members_are_its_staff_not_customers(claims_of):
    claims = claims_of(
        "# Allied Nurses' Union — Wealdmoor Branch Bulletin\n\n"
        "Last week the supplier said only three sites were affected. That is simply untrue.\n"
        "Members working on the reconciliation tell us more than 10,000 records were changed.\n"
        "Our members were on paper for the best part of a week.\n", doc_id="bulletin.md")
    assert voice_of(claims, "more than 10,000")[1] == "insider"


def test_voices_a_releases_apparatus_after_ends_or_about_its_issuer_is_no_claim(claims_of):
    claims = claims_of(
        "PRESS RELEASE\n\nCorvane statement on the March scheduling disruption\n\n"
        "We are sorry for the disruption to appointment scheduling at three sites.\n"
        "Core services were restored in under 36 hours.\n\n"
        "ENDS\n\n"
        "Notes to editors\n\n"
        "1. Pathfinder is an AI-assisted migration assistant included with upgrades since 2024.\n\n"
        "About Corvane Health\n\n"
        "Corvane Health was founded in 2011 and employs around 1,100 people.\n", doc_id="release.txt")
    texts = [c.text for c in claims]
    assert any("under 36 hours" in t for t in texts)
    assert not any("founded in 2011" in t or "since 2024" in t for t in texts)


def test_voices_an_about_heading_in_an_article_is_not_a_releases_apparatus(claims_of):
    claims = claims_of(
        "The outage lasted six hours, the company said.\n\n"
        "About the outage\n\n"
        "The outage began when a configuration change reached every region at once.\n", doc_id="story.txt",
        kind="news", source="Ledger")
    assert any("reached every region" in c.text for c in claims)


def test_voices_an_officer_of_a_business_the_outage_hit_speaks_as_a_customer(claims_of):
    claims = claims_of(
        "Skyforge, the hosting platform, blamed an automatic operating-system update for the outage.\n"
        "Skyforge said most web applications kept answering requests throughout.\n"
        "Jonah Ferreira, chief technology officer at Tallyroute, a logistics startup, said his company's entire "
        "product was unusable from breakfast until late evening.\n"
        "Mira Patel, an analyst at Northbeam Research, said the outage was one of the longest in years.\n",
        kind="news", source="Stackline")
    assert voice_of(claims, "entire product was unusable")[:2] == ("Tallyroute", "customer")
    assert voice_of(claims, "longest in years")[1] == "expert"


def test_voices_an_anonymous_depot_worker_then_he_said_stays_that_worker(claims_of):
    claims = claims_of(
        "Blue Yonder first reported disruption on 21 November and later confirmed that ransomware was to blame.\n"
        "A warehouse operative at a Morrisons fresh depot, who asked not to be named, described the first days as "
        "“chaos on paper”.\n"
        "“At least three of the fresh sites I know about were on manual,” he said.\n", kind="news", source="Grocery Ledger")
    assert voice_of(claims, "chaos on paper")[1] == "insider"
    assert voice_of(claims, "three of the fresh sites")[1] == "insider"


def test_voices_a_managers_initials_are_no_company(claims_of):
    claims = claims_of(
        "[#1] greenapron_kels  (Barista | OH)\nPosted 2024-11-25 06:48\n"
        "The scheduling app has been down since Thursday. Our DM says it is a problem at Blue Yonder.\n\n"
        "[#2] shiftsup_marco  (Shift Supervisor | AZ)\nPosted 2024-11-25 07:15\n"
        "Same here, our DM sent a note. Blue Yonder got hit by ransomware.\n", doc_id="thread.txt")
    assert all(c.vendor != "DM" for c in claims)
    assert voice_of(claims, "down since Thursday")[0] == "greenapron_kels"


def test_voices_neither_x_nor_y_has_said_is_the_writers_claim(claims_of):
    claims = claims_of(
        "The sync outage lasted three days for most of our users.\n"
        "Neither Capital One nor FIS has said anything that points to an attack.\n", kind="news", source="Ledger")
    assert voice_of(claims, "points to an attack")[:2] == ("Ledger", "press")


def test_voices_statements_the_bank_posted_are_the_banks(claims_of):
    claims = claims_of(
        "Capital One customers could not see their balances for three days.\n"
        "According to statements the bank posted to its customer-support account, the disruption was outside its own systems.\n",
        kind="news", source="Harborline News")
    assert voice_of(claims, "outside its own systems")[:2] == ("Capital One", "vendor")


def test_voices_the_retailer_after_a_story_about_a_retailer_is_that_retailer_not_the_failed_supplier(claims_of):
    claims = claims_of(
        "Tesco has been running its fresh-food depots on backup processes for a week after a ransomware attack "
        "on Blue Yonder, a supply-chain software company.\n"
        "The Bradford-based supermarket confirmed that the outage had hit the warehouse systems it uses for fresh produce.\n"
        "The retailer said it had fallback processes in place to keep stock moving.\n"
        "Blue Yonder said it was working with outside cybersecurity firms to restore its systems.\n"
        "The supplier said most customers would be back within days.\n", kind="news", source="Grocery Ledger")
    assert voice_of(claims, "fallback processes")[0] == "Tesco"
    assert voice_of(claims, "back within days")[0] == "Blue Yonder"


@pytest.mark.parametrize("vendor_sentence,speaker,role", [
    # a payments firm's outage: the country's central bank supervises, it is no bank the outage hit
    ("The payments processor Kwartel said card payments stopped at thousands of shops for seven hours.",
     "Dutch central bank", "regulator"),
    # the central bank's own payment system failed: it is the incident's company
    ("The Bank of England's CHAPS payment system failed for five hours on Thursday, delaying house sales.",
     "Bank of England", "vendor"),
])
def test_voices_the_central_bank_is_the_supervisor_unless_its_own_system_failed(claims_of, vendor_sentence, speaker, role):
    claims = claims_of(vendor_sentence + "\nThe Dutch central bank said it was assessing whether further steps were needed.\n",
                       kind="news", source="Ledger Post")
    assert voice_of(claims, "further steps")[:2] == (speaker, role)


def test_voices_a_social_post_embedded_in_an_article_is_its_posters(write):
    from nlp.run import extract_claims
    page = ("<html><head><title>Card outage | Ledger Post</title></head><body><article>"
            "<p>Dutch payments processor Kwartel said on Saturday that an outage stopped card payments at thousands "
            "of shops for about seven hours.</p><p>Merchants said they lost a day of takings.</p>"
            '<blockquote class="twitter-tweet"><p lang="en">Card payments are working again. We apologise for the '
            "disruption and will share a full report next week.</p>&mdash; Kwartel (@KwartelPay) "
            '<a href="https://x.com/KwartelPay/status/1">March 6, 2026</a></blockquote>'
            "<p>The company did not say how many shops were affected.</p></article></body></html>")
    claims = extract_claims([write("story.html", page)]).claims
    assert voice_of(claims, "We apologise")[:2] == ("Kwartel", "vendor")


def test_voices_the_status_page_a_quantifier_and_a_subject_after_a_colon(claims_of):
    claims = claims_of(
        "OpenAI had a four-hour outage on Wednesday.\n"
        "The status page said the cause was a telemetry service.\n"
        "For developers who resell access to its models inside their own apps, the outage meant their products went down too.\n"
        "Several told us they watched support tickets pile up with no way to help.\n"
        "Credit where due: the status page said the fix was in within a few hours.\n", kind="news", source="Bytewire")
    assert voice_of(claims, "cause was a telemetry")[:2] == ("OpenAI", "vendor")
    assert voice_of(claims, "fix was in")[:2] == ("OpenAI", "vendor")
    assert voice_of(claims, "tickets pile up")[0] not in ("Several", "Bytewire")


def test_voices_a_poster_who_opens_with_worked_at_the_company_is_an_insider(claims_of):
    text = ("Hacker News\n"
            "invoicefox 3 hours ago\n"
            "OpenAI's API failed for us all afternoon, and every document went straight into a dead-letter queue.\n"
            "hollis_v 2 hours ago\n"
            "Worked on infra at OpenAI until earlier this year. The rollout tooling kept getting pushed to next quarter.\n"
            "nkoval 1 hour ago\n"
            "The API was back for us after two and a half hours, not four.\n")
    claims = claims_of(text, kind="forum", source="Hacker News")
    assert voice_of(claims, "rollout tooling")[:2] == ("hollis_v", "insider")


def test_voices_an_airports_code_is_no_company_and_an_employees_disclaimer_makes_an_insider(claims_of):
    text = ("Entire fleet ground stopped tonight?? Stuck on a plane at SEA\n"
            "ptarmigan_pdx · 3 hr. ago\n"
            "Flying SEA to SFO tonight with Alaska Airlines. The captain said every Alaska flight had been stopped.\n"
            "level 1 sea_tac_stuck_again · 2 hr. ago\n"
            "Same here at SEA. We sat for an hour and 45 minutes, then got walked back off.\n"
            "level 1 tarmac_tern · 2 hr. ago\n"
            "Ramp at SEA, posting from an alt, not speaking for the company obviously. "
            "The cutover to the backup data center has been failing in tests for months.\n")
    claims = claims_of(text, kind="forum", source="r/AlaskaAirlines")
    assert voice_of(claims, "walked back off")[:2] == ("sea_tac_stuck_again", "customer")
    assert voice_of(claims, "failing in tests")[:2] == ("tarmac_tern", "insider")
    assert all(c.vendor != "SEA" for c in claims)


EARNINGS_CALL = """Veranto Cloud, Inc. (NASDAQ: VRNO)
Q2 Fiscal 2026 Earnings Conference Call

Operator:

Our next question comes from Dana Whitaker with Harbor Peak Securities. Your line is open.

Dana Whitaker -- Analyst, Harbor Peak Securities:

I want to ask about the Salesloft Drift breach. Your name showed up on a few of the lists last week.

Marcus Feld -- Chief Executive Officer:

This was an incident at a third-party vendor, not at Veranto. No customer data of consequence was taken.

Dana Whitaker -- Analyst, Harbor Peak Securities:

Does the credential piece change how you think about disclosure?

Marcus Feld -- Chief Executive Officer:

It does not change our outlook. The costs so far are immaterial, and Salesloft has revoked the stolen tokens.
"""


def test_voices_an_earnings_calls_officers_speak_for_the_listed_company_and_its_analysts_for_themselves(claims_of):
    claims = claims_of(EARNINGS_CALL, source=None)
    speaker, role, _ = voice_of(claims, "of consequence was taken")
    assert speaker.startswith("Veranto") and role == "customer"  # (the company also goes by "Veranto")
    assert voice_of(claims, "lists last week")[:2] == ("Dana Whitaker", "expert")


def test_voices_a_trust_centre_page_is_its_companys_and_a_customers_notice_is_the_customers(claims_of):
    trust = claims_of("We are sharing what we know about a security incident involving the Drift application.\n"
                      "We revoked all active tokens for the Drift Salesforce app, and our investigation continues.\n"
                      "The Salesloft platform was not part of this incident.\n", source="Salesloft Trust Center")
    assert voice_of(trust, "revoked all active tokens")[:2] == ("Salesloft", "vendor")
    notice = claims_of("Brightwell Analytics was affected by the compromise of the Salesloft Drift integration.\n"
                       "The intrusion came through a third-party application that we had connected to Salesforce.\n"
                       "We have cut back the permissions of every connected app, and we are sorry.\n",
                       author="Priya Raman (Chief Information Security Officer, Brightwell Analytics)")
    assert voice_of(notice, "cut back the permissions")[:2] == ("Brightwell Analytics", "customer")


def test_voices_a_capitalised_plural_the_text_also_writes_in_small_letters_is_no_company(claims_of):
    # a union's e-mail, hard-wrapped: "Crews" opens sentences the parser may run together
    claims = claims_of(
        "From: Seattle Local Council <council@example.org>\n"
        "Subject: The July 20 ground stop\n\n"
        "Dear Seattle Flight Attendants,\n\n"
        "On Sunday night Alaska Airlines stopped flying for roughly three hours after\n"
        "a hardware failure in one of its data centers. Many of you were in the\n"
        "middle of a trip when the ground stop hit. Crews sat on aircraft at the\n"
        "gate with full cabins and nothing to tell passengers, because our crew\n"
        "tablets were dark. Crews waited hours on hold with Crew Scheduling. Crews\n"
        "were reassigned after they had been released for the night, and Crews\n"
        "slept in crew rooms at the airport.\n", source=None)
    assert {c.vendor for c in claims} == {"Alaska Airlines"}


def _mastodon_post(name, handle, text):
    return (f'<div class="status__wrapper"><div class="status__info"><a class="status__display-name">'
            f'<span class="display-name"><bdi><strong class="display-name__html">{name}</strong></bdi> '
            f'<span class="display-name__account">{handle}</span></span></a></div>'
            f'<div class="status__content"><div class="status__content__text"><p>{text}</p></div></div>'
            '<div class="status__action-bar"><button>Reply</button><button>Boost</button></div></div>')


def test_voices_a_mastodon_threads_posts_are_their_posters(write):
    from nlp.run import extract_claims
    page = ("<html><head><title>Dana Whitcombe: \"Every client site behind Cloudflare is serving 500s\" - fediops.social</title>"
            "</head><body><main>"
            + _mastodon_post("Dana Whitcombe", "@dwhit@fediops.social",
                             "Every single client site I look after that sits behind Cloudflare is serving 500s right now. "
                             "Origins are perfectly healthy, I can reach them directly.")
            + _mastodon_post("Leo Marchetti", "@lmarch@kettlebell.social",
                             "That is a DDoS, no doubt about it. Somebody has been leaning on the big CDNs all week.")
            + _mastodon_post("Ines Vall", "@ines@bytepile.net",
                             "I was on the edge team there until 2023. Config was always the fast lane at Cloudflare: "
                             "anything in the global config system landed on every machine in seconds.")
            + "</main></body></html>")
    claims = extract_claims([write("thread.html", page)]).claims
    assert voice_of(claims, "no doubt about it")[:2] == ("Leo Marchetti", "customer")
    assert voice_of(claims, "fast lane")[:2] == ("Ines Vall", "insider")


def test_voices_comments_copied_from_a_facebook_group_are_their_posters(claims_of):
    from nlp.ingest.readers import social_copy
    text = social_copy(
        "Northfield East Community Noticeboard\nPublic group · 8.4K members\n\n"
        "Sandra Pilkington\n· 3h\nIs anyone else still waiting on a passport after the Passport Office system went down?\n\n"
        "Gareth Mounsey\nSame boat. We missed our flight to Lisbon on Saturday and lost £640 on the hotel.\n"
        "2h  Like  Reply  😢 9\n"
        "Leanne Ostrowski\nMy other half works at the passport office. They got told not to discuss the outage.\n"
        "2h  Like  Reply  👍 14\n"
        "Phil Arnott\nIt was a cyber attack and they're covering it up so people don't panic about their data.\n"
        "1h  Like  Reply  😆 3\n")
    claims = claims_of(text, source=None)
    assert voice_of(claims, "lost £640")[:2] == ("Gareth Mounsey", "customer")
    assert voice_of(claims, "covering it up")[0] == "Phil Arnott"
    assert {c.vendor for c in claims}.isdisjoint({"Sandra Pilkington", "Gareth Mounsey", "Northfield East Community Noticeboard"})


def test_voices_a_helpdesk_ticket_exported_as_jsonl_is_read_message_by_message(write):
    import json
    from nlp.run import extract_claims
    rows = [("2026-02-06T13:41:09Z", "customer", "Gareth Pilling",
             "Hi, today's payroll failed on the dashboard. My staff are due to be paid today.\n\nGareth Pilling Motors"),
            ("2026-02-06T13:58:44Z", "agent", "Aisha Kerrigan",
             "Hi Gareth,\n\nOur banking partner, Corvex Bank, rejected today's payment file. The problem is on the bank's side."),
            ("2026-02-06T15:13:00Z", "system", "Ledgerline Helpdesk", "Ticket escalated to Tier 2 by Aisha Kerrigan."),
            ("2026-02-09T08:05:00Z", "agent", "Rob Faulkner",
             "Our engineers have confirmed that a release we deployed on Friday changed the payment file layout. I'm sorry."),
            ("2026-02-09T08:31:00Z", "customer", "Gareth Pilling", "Appreciate the honesty, but you told me twice it was the bank.")]
    text = "\n".join(json.dumps({"ticket_id": "418907", "created_at": when, "author_type": kind, "author_name": who, "body": body})
                     for when, kind, who, body in rows)
    claims = extract_claims([write("ticket.jsonl", text)]).claims
    assert voice_of(claims, "rejected today's payment file")[1] == "vendor"
    assert voice_of(claims, "told me twice")[:2] == ("Gareth Pilling", "customer")
    assert not any("Tier 2" in c.text for c in claims)  # the helpdesk's own log is no claim


def test_voices_a_letters_capitalised_the_bank_is_its_writer(claims_of):
    claims = claims_of(
        "                      CORVEX BANK plc\n              Corporate & Institutional Banking\n"
        "           1 Harrowgate Square, London EC2V 9QX\n\nPRIVATE AND CONFIDENTIAL\n\nMr Julian Adebayo\n"
        "Chief Financial Officer\nLedgerline Ltd\nManchester M4 9ZZ\n\n11 February 2026\n\nDear Mr Adebayo,\n\n"
        "I write further to our telephone conversation of 9 February, in which you asked Corvex Bank plc (\"the Bank\") "
        "to set out its position on the payment file.\n"
        "1. The Bank received the payment file from Ledgerline at 12:47 on 6 February 2026.\n"
        "2. The Bank notes that Ledgerline told its customers the Bank had been unable to process the payments.\n"
        "3. The Bank does not accept that its error reporting contributed to the late payment.\n\n"
        "4. We remain willing to discuss more detailed rejection reporting with you.\n\n"
        "Yours sincerely,\n\nEleanor Marsh\nRelationship Director, Corvex Bank plc\n\n"
        "Corvex Bank plc is authorised by the Prudential Regulation Authority.\n", source="Corvex Bank", kind="letter")
    speakers = {voice_of(claims, fragment)[0] for fragment in ("Bank notes", "does not accept")}
    assert speakers <= {"Corvex Bank", "Corvex"} and len(speakers) == 1


# news snippets written for the test: who says the sentence holding each fragment
AIRPORTS_HIT = (
    "A faulty software update from CrowdStrike crashed Windows computers around the world on Friday.\n"
    "A spokesperson for Heathrow said the airport was operating as normal but some check-in systems were affected.\n"
    "Ryanair said it was being forced to cancel some flights because of a third-party IT outage.\n"
    "A spokesperson for Prime Minister Keir Starmer said officials were in touch with the company.\n")
UNNAMED_OFFICIAL = (
    "Collins Aerospace said the impact was limited to electronic check-in and baggage drop.\n"
    "That account was challenged by an official at one airline operating from an affected airport, who spoke on "
    "condition of anonymity because they were not authorised to talk to the media.\n"
    "The official said airport operators had been warned months ago about weaknesses in the shared platform.\n"
    "A company official said later that the platform had been patched.\n")
SPOKESPEOPLE = (
    "A cyber-attack on Collins Aerospace, a supplier of check-in software, disrupted flights at several airports.\n"
    "A UK government spokesperson says ministers are being kept up to date.\n"
    "A Brussels Airport spokesperson said the queues were shorter on Sunday.\n")
DATELINE = (
    "SEATTLE (AP) — Alaska Airlines stopped every one of its flights for about three hours Sunday night.\n"
    "The Seattle-based airline said it asked the Federal Aviation Administration to hold departures.\n"
    "The FAA said in a brief statement that the airline had requested the ground stop.\n"
    "Alaska Airlines canceled more than 200 flights, and Alaska Airlines passengers waited in long lines.\n")
UNION_AND_GROUP = (
    "The Public Services and Records Union says its members warned managers in January.\n"
    "\"Our people saw this coming and said so in writing,\" said the union's general secretary, Colm Redpath.\n"
    "A ransomware group has claimed the attack on Asahi, the brewer said.\n"
    "The Qilin group listed Asahi on its leak site late on Tuesday, saying it had taken 27 gigabytes of data.\n"
    "It posted a handful of images it said were internal documents.\n")


@pytest.mark.parametrize("text,fragment,speaker,role", [
    # "a spokesperson for Heathrow": a business, even where the tagger takes the name for a person's
    (AIRPORTS_HIT, "operating as normal", "Heathrow", "customer"),
    (AIRPORTS_HIT, "forced to cancel", "Ryanair", "customer"),  # a business the outage hit
    (AIRPORTS_HIT, "officials were in touch", "Keir Starmer", None),
    # an unnamed source introduced by any verb is the later "the official"
    (UNNAMED_OFFICIAL, "warned months ago", "insiders", "insider"),
    (UNNAMED_OFFICIAL, "had been patched", "Collins Aerospace", "vendor"),
    # a government's spokesperson is the government; an airport's is the whole name
    (SPOKESPEOPLE, "kept up to date", "UK government", "regulator"),
    (SPOKESPEOPLE, "queues were shorter", "Brussels Airport", None),
    # a dateline's city is no company for "the Seattle-based airline"; the FAA's short name gives its kind
    (DATELINE, "hold departures", "Alaska Airlines", "vendor"),
    (DATELINE, "requested the ground stop", "Federal Aviation Administration", "regulator"),
    # a union's general secretary is its officer; "It" after a named group's sentence is that group
    (UNION_AND_GROUP, "saw this coming", "Colm Redpath", "insider"),
    (UNION_AND_GROUP, "handful of images", "Qilin", None),
])
def test_voices_in_news_snippets(claims_of, text, fragment, speaker, role):
    found = voice_of(claims_of(text, kind="news", source="Wire Agency"), fragment)
    assert found[0] == speaker and (role is None or found[1] == role)


def test_voices_a_ticket_whose_messages_run_over_several_paragraphs_is_still_a_conversation(write):
    import json
    from nlp.run import extract_claims
    rows = [("2026-02-06T13:41:09Z", "customer", "Gareth Pilling",
             "Hi,\n\nToday's payroll failed on the dashboard.\n\nMy staff are due to be paid today.\n\nGareth\nPilling Motors"),
            ("2026-02-06T13:58:44Z", "agent", "Aisha Kerrigan",
             "Hi Gareth,\n\nThanks for getting in touch.\n\nOur banking partner, Corvex Bank, rejected today's payment file.\n\n"
             "I'll update this ticket as soon as I know more.\n\nAisha\nLedgerline Support"),
            ("2026-02-06T15:13:00Z", "system", "Ledgerline Helpdesk", "Ticket escalated to Tier 2."),
            ("2026-02-07T09:22:00Z", "customer", "Gareth Pilling",
             "Nobody has updated me.\n\nMy staff still have not been paid and two of them are overdrawn."),
            ("2026-02-09T08:05:00Z", "agent", "Rob Faulkner",
             "Hi Gareth,\n\nOur engineers have confirmed that a release we deployed on Friday changed the file layout.\n\nI'm sorry.")]
    text = "\n".join(json.dumps({"ticket_id": "1", "created_at": when, "author_type": kind, "author_name": who, "body": body})
                     for when, kind, who, body in rows)
    claims = extract_claims([write("ticket.jsonl", text)]).claims
    assert voice_of(claims, "rejected today's payment file")[1] == "vendor"
    assert voice_of(claims, "release we deployed")[1] == "vendor"
    assert voice_of(claims, "two of them are overdrawn")[:2] == ("Gareth Pilling", "customer")


@pytest.mark.slow
def test_voices_a_section_headed_with_a_company_is_that_companys_incident(claims_of):
    # a feature on two companies' outages: under "Hollow: ...", Hollow speaks for its own outage
    text = ("Nimbus lost its database on 20 October. Nimbus said the failure lasted fifteen hours.\n\n"
            "## Hollow: a change that slipped through\n\n"
            "Hollow said an inadvertent configuration change caused the outage on 29 October.\n\n"
            "## Nimbus: the aftermath\n\n"
            "Nimbus said it had disabled the automation in every region.\n")
    claims = claims_of(text, doc_id="feature.md", source="Packetline", kind="news")
    assert voice_of(claims, "inadvertent configuration")[:2] == ("Hollow", "vendor")
    assert voice_of(claims, "disabled the automation")[:2] == ("Nimbus", "vendor")


@pytest.mark.slow
def test_voices_a_system_answering_requests_is_no_speaker(claims_of):
    text = ("In its post-event summary, AWS said a race condition left the DynamoDB endpoint with an empty record.\n"
            "DynamoDB itself was answering requests again after about three hours.\n")
    claims = claims_of(text, source="Packetline", kind="news")
    assert voice_of(claims, "answering requests")[:2] == ("Packetline", "press")


@pytest.mark.slow
def test_voices_a_consultant_author_writing_as_we_is_her_firm_an_outside_voice(claims_of):
    text = ("Tessellate Reliability is an independent consultancy. We have no commercial relationship with Nimbus.\n\n"
            "Nimbus says the outage lasted three hours. In our clients' data, errors continued for more than five hours.\n\n"
            "We think the root cause was a configuration management failure, not the proxy bug.\n")
    claims = claims_of(text, doc_id="post.md", author="Marguerite Olsen, Principal Consultant, Tessellate Reliability")
    speaker, role, _ = voice_of(claims, "more than five hours")
    assert role == "expert" and speaker.startswith("Tessellate")
    assert voice_of(claims, "configuration management")[1] == "expert"


@pytest.mark.slow
def test_voices_a_customers_thread_with_its_provider_quotes_the_providers_staff(claims_of):
    text = ("From: Daniel Okafor <daniel.okafor@brindleandco.example>\n"
            "Subject: Re: Oct 20 event - impact on Brindle & Co. and credit request\n"
            "To: Megan Lodge <m.lodge@nimbus.example>\n\n"
            "Megan,\n\nOur checkout was down for 14 hours on Monday, and we lost about 9,400 orders.\n\n"
            "We will take you up on the architecture session.\n\n"
            "On Wed, Oct 22, 2025 at 4:12 PM Megan Lodge <m.lodge@nimbus.example> wrote:\n\n"
            "> I'm sorry for the disruption Nimbus caused you and your customers.\n"
            "> The event was largely resolved within a few hours for most customers.\n")
    claims = claims_of(text, doc_id="thread.txt")
    assert voice_of(claims, "down for 14 hours")[:2] == ("Brindle & Co", "customer")
    assert voice_of(claims, "largely resolved")[:2] == ("Megan Lodge", "vendor")


@pytest.mark.slow
def test_voices_a_copied_professional_network_thread_is_read_post_by_post(claims_of, linkedin_copy):
    from nlp.ingest.readers import profile_copy
    claims = claims_of(profile_copy(linkedin_copy), doc_id="post.txt")
    speaker, role, _ = voice_of(claims, "operator error")
    assert speaker.startswith("Acme") and role == "vendor"  # the CTO, for the company
    assert voice_of(claims, "catastrophic")[:2] == ("Moselkamp Logistik", "customer")  # a business it hit
    assert voice_of(claims, "switched off")[:2] == ("Priya Lind", "insider")  # a former employee


@pytest.mark.slow
def test_voices_a_pdf_reports_letterhead_set_in_columns_names_its_issuer(claims_of):
    text = ("   Acme Cloud GmbH                                        Incident Report IR-2025-017\n\n"
            "   1. Summary\n\n"
            "   On 9 September an approved maintenance task in our Frankfurt region removed backup snapshots "
            "belonging to 41 customers.\n\n   We apologise to every customer affected by this incident.\n")
    claims = claims_of(text, doc_id="report.txt")
    assert voice_of(claims, "removed backup snapshots")[:2] == ("Acme Cloud", "vendor")


MINUTES = ("NORTH FENLAND HEALTH BOARD\n\n"
           "MINUTES OF THE MEETING OF THE BOARD HELD IN PUBLIC\n"
           "Thursday 26 March 2026 at 10:00\n\n"
           "PRESENT\n"
           "  Prof Alan Deverill        Chair\n"
           "  Ms Helen Marchbank        Chief Executive\n"
           "  Mr Tomasz Ridley          Chief Digital Officer\n"
           "  Dr Farah Lindqvist        Medical Director\n\n"
           "5. CYBER INCIDENT AFFECTING PATIENTLINK\n\n"
           "5.1 The Chief Digital Officer reported that PatientLink had been unavailable for 47 hours.\n\n"
           "5.2 The Chief Digital Officer reported that ransomware was deployed through a server on the board's own network. "
           "No evidence of data being removed had been found.\n\n"
           "5.3 The Medical Director reported that two cases had been graded as low harm.\n\n"
           "5.4 The Board noted the report.\n")


@pytest.mark.slow
def test_voices_minutes_under_a_bodys_letterhead_are_its_and_its_listed_officers_speak_for_it(claims_of):
    claims = claims_of(MINUTES, doc_id="minutes.txt")
    for fragment in ("unavailable for 47 hours", "ransomware was deployed", "graded as low harm", "noted the report"):
        assert voice_of(claims, fragment)[:2] == ("North Fenland Health Board", "vendor"), fragment
    assert all(c.vendor == "North Fenland Health Board" for c in claims)


@pytest.mark.slow
def test_voices_a_radio_phone_in_transcript_is_the_stations_and_its_callers_are_no_company(claims_of):
    text = ("FENLAND SOUND 97.4 FM\nTHE MORNING PHONE-IN WITH GARY PELL\n\n"
            "In the studio: HELEN MARCHBANK, Chief Executive, North Fenland Health Board\n"
            "Callers: JUNE (Wisbech); TREVOR (March)\n\n"
            "[08:06] PRESENTER: A week ago the system that books GP appointments went down. Helen, what happened?\n\n"
            "HELEN MARCHBANK: It was a criminal attack on our systems, and I am sorry for the disruption.\n\n"
            "[08:10] PRESENTER: Helen, was it your server? Helen?\n\n"
            "HELEN MARCHBANK: I am not getting into a blame game while the investigation goes on.\n\n"
            "CALLER (TREVOR, MARCH): I run a pharmacy. That week we did over sixty emergency supplies. Trevor here, Trevor.\n\n"
            "[08:14] PRESENTER: Trevor, thank you. Helen, does that sound like a two-day blip?\n")
    claims = claims_of(text, doc_id="radio.txt")
    assert all(c.vendor == "North Fenland Health Board" for c in claims)
    assert voice_of(claims, "went down")[1] == "press"
    # the cast list's guest speaks for her body
    assert voice_of(claims, "criminal attack")[:2] == ("North Fenland Health Board", "vendor")


@pytest.mark.slow
@pytest.mark.parametrize("text,kind", [
    ("We are sorry. PatientLink Fenland, the online service patients use to book appointments, was unavailable for "
     "48 hours. PatientLink Fenland was restored at 7.31am today. PatientLink Fenland may be slow.\n", None),
    ("PatientLink Fenland, which is run by North Fenland Health Board, went down on Monday. PatientLink Fenland came "
     "back on Wednesday. Carrowmere Digital built the system. Patients said PatientLink Fenland kept dropping out. "
     "Carrowmere Digital said its platform was not compromised.\n", "news"),
])
def test_voices_a_service_the_text_says_an_organisation_runs_is_that_organisations_incident(claims_of, text, kind):
    meta = {"source": "Fen Examiner", "kind": kind} if kind else {"source": "North Fenland Health Board", "kind": "statement"}
    claims = claims_of(text, doc_id="page.txt", **meta)
    assert all(c.vendor == "North Fenland Health Board" for c in claims)


@pytest.mark.slow
def test_voices_a_suppliers_statement_on_an_incident_at_its_customer_is_an_outside_voice(claims_of):
    text = ("QUILLON HEALTH SYSTEMS LTD\n"
            "Statement on the MediSched data incident at Fernmouth Hospitals NHS Trust\n\n"
            "Our investigation found that the incident was triggered by a bulk edit carried out by a member of the trust's staff.\n\n"
            "This was an operational error by a user, not a fault in the MediSched software, which Quillon supports.\n\n"
            "Quillon has offered the trust additional training. Quillon will publish its findings.\n")
    claims = claims_of(text, doc_id="statement.txt")
    speaker, role, _ = voice_of(claims, "operational error")
    assert speaker.startswith("Quillon") and role == "expert"
    assert all(c.vendor.startswith("Fernmouth") for c in claims)


@pytest.mark.slow
def test_voices_a_statement_introduced_by_a_demonstrative_is_its_issuers(claims_of):
    text = ("Norvane's agent wiped customer backups overnight, and the company has been slow to say so.\n\n"
            "This is the core of the statement Norvane put out on Wednesday:\n\n"
            "> This was operator error, not an AI failure: our automation platform carried out the instruction as given.\n\n"
            "That is a careful sentence, and it leaves a great deal out.\n")
    claims = claims_of(text, doc_id="newsletter.md", source="Blast Radius", kind="news")
    speaker, role, _ = voice_of(claims, "operator error")
    assert speaker == "Norvane" and role == "vendor"


@pytest.mark.slow
def test_voices_a_forum_threads_title_names_the_company_however_the_tagger_reads_it(claims_of):
    text = ("PalmaStuck_Dave · 3 Jul 2026, 09:12 #1\n\nAt Palma airport for SV4412, every kiosk is showing a blue screen. "
            "Skyvale staff say it is a computer problem.\n\n"
            "Marek_K · 6 Jul 2026, 08:55 #2\n\nSV2207 Alicante to Copenhagen landed 49 hours late. Same in Copenhagen, "
            "and in Palma too.\n\n"
            "GateLouse · 6 Jul 2026, 11:02 #3\n\nThe Skyvale update now says 240 cancellations.\n")
    claims = claims_of(text, doc_id="thread.html", title="Skyvale IT meltdown 3 July - stranded in Palma, who else?")
    assert all(c.vendor == "Skyvale" for c in claims)


@pytest.mark.slow
def test_voices_a_newsletter_byline_with_by_names_its_author(claims_of):
    text = ("# Holding Pattern\n\n*By Tobias Renner · 7 July 2026 · 9 min read*\n\n"
            "I think Skyvale's problem was never only the power cut. I suspect the rosters were failing for weeks.\n")
    claims = claims_of(text, doc_id="issue.md")
    assert voice_of(claims, "power cut")[0] == "Tobias Renner"


@pytest.mark.slow
def test_voices_a_companys_own_accounts_in_a_copied_x_thread_are_the_vendor(claims_of):
    from nlp.ingest.readers import x_copy
    text = ("Lumora Mobile\n@LumoraMobile\nWe're aware some customers cannot make calls this morning. LumoPay is down too.\n"
            "5:47 AM · Mar 9, 2026\n\nBrian Kibet\n@kibet_codes\n·\nMar 9\nNothing is working in Kesumba. No LumoPay either.\n\n"
            "Lumora Mobile\n@LumoraMobile\n·\nMar 9\nThe disruption was caused by vandalism of fibre cables. LumoPay is still down.\n\n"
            "Lumora Care\n@LumoraCare\n·\nMar 9\nHi Brian, failed LumoPay payments will be reversed within 24 hours.\n")
    claims = claims_of(x_copy(text), doc_id="thread.txt")
    assert voice_of(claims, "vandalism of fibre")[:2] == ("Lumora Mobile", "vendor")
    assert voice_of(claims, "reversed within")[1] == "vendor"
    assert voice_of(claims, "Nothing is working")[:2] == ("Brian Kibet", "customer")


@pytest.mark.slow
def test_voices_you_in_a_committees_letter_to_the_company_is_the_company(claims_of):
    text = ("HOUSE OF COMMONS\nDIGITAL ECONOMY COMMITTEE\n\nFrom the Chair, Rt Hon Alasdair Greaves MP\n\n"
            "Ms Ruth Calloway-Mensah\nChief Executive\nKestrel Mutual Bank plc\nLeeds LS1 4XX\n\n"
            "Dear Ms Calloway-Mensah,\n\n"
            "Your letter told the Committee that the disruption lasted from Friday evening until Monday afternoon.\n\n"
            "You also stated that the Bank's new fraud model performed as designed.\n\n"
            "Members have since heard from many constituents who could not pay for food.\n\n"
            "Yours sincerely,\n\nAlasdair Greaves\nChair\n")
    claims = claims_of(text, doc_id="letter.txt")
    assert voice_of(claims, "performed as designed")[:2] == ("Kestrel Mutual Bank", "vendor")
    assert voice_of(claims, "disruption lasted")[:2] == ("Kestrel Mutual Bank", "vendor")


def _claims_from(write, name, content):
    from nlp.run import extract_claims
    return extract_claims([write(name, content)], blame="rules").claims


def test_voices_a_post_mortem_by_the_companys_officers_is_the_companys(write):
    # the front matter lists its authors with their titles, the text says "we", and a heading's
    # "(UTC)" names no company ("Timeline" is not the incident's company)
    text = ("---\ntitle: \"Post-mortem: the Northgate Edge outage of 18 November 2025\"\nauthors:\n"
            "  - name: Ines Varga\n    title: Chief Technology Officer\n  - name: Jules Ambrose\n    title: VP, Edge Platform\n---\n\n"
            "On Tuesday, beginning at 11:28 UTC, the Northgate Edge network stopped delivering a large share of its traffic "
            "for roughly three hours. The outage was not caused by a cyber attack. It was caused by a change we made to a "
            "database cluster.\n\n"
            "Every request through the proxy passes a set of modules. One of them loads a feature file every five minutes. "
            "The query that builds the file does not filter on the database name. After the change at 11:05 UTC it saw two "
            "schemas, so every column came back twice. The file doubled in size. The loader has a hard ceiling of 200 "
            "features. It panicked instead of keeping the previous file. A panicking worker returns an error to the client. "
            "By 12:10 UTC every node had the change. The status page, hosted by a third party, failed at 11:48 UTC. "
            "Northgate takes full responsibility.\n\n"
            "## Timeline (UTC)\n\n| 11:05 | Permissions change begins. |\n| 11:28 | Impact begins. |\n| 14:30 | Known-good file deployed. |\n\n"
            "We are sorry to every customer whose business stopped. We will stage feature-file rollouts to a canary first.\n")
    claims = _claims_from(write, "postmortem.md", text)
    assert voice_of(claims, "caused by a change we made")[1] == voice_of(claims, "We are sorry")[1] == "vendor"
    assert voice_of(claims, "caused by a change we made")[0].startswith("Northgate")


def test_voices_a_podcasts_labels_by_part_and_its_show_notes_cast(write):
    # "DEV (guest):" and "MAYA:" name the speakers the show notes list after the last turn: the
    # host speaks for the show, the guest (a rival's officer) from outside
    text = ("THE FAILOVER — Episode 87: \"Northgate's Bad Tuesday\"\n\n[00:00:00]\n"
            "MAYA: Hello and welcome. On Tuesday Northgate just stopped, and a quarter of the web went with it.\n\n"
            "DEV (guest): Thanks for having me. As they describe it, somebody changed permissions on a database.\n\n"
            "MAYA: Northgate says about three hours of major impact.\n\n"
            "DEV (guest): I never believed it was an attack. That screams a config job on a timer.\n\n"
            "MAYA: Thanks, Dev.\n\nDEV (guest): Any time.\n\n"
            "SHOW NOTES\n\nGuest: Dev Marlowe, CTO, Ferrowave Networks (Ferrowave competes with Northgate).\n"
            "Host: Maya Strand. Produced by Oskar Lindahl.\n")
    claims = _claims_from(write, "episode.txt", text)
    assert voice_of(claims, "a quarter of the web")[:2] == ("Maya Strand", "press")
    assert voice_of(claims, "I never believed")[1] == "expert"
    assert voice_of(claims, "I never believed")[0] in ("Ferrowave Networks", "Dev Marlowe")


def test_voices_a_person_quoted_before_the_text_says_who_they_are_takes_the_later_description(claims_of):
    text = ("Northgate Edge knocked large parts of the web offline on Tuesday. "
            "Marek Halloran, posting as @mhalloran, wrote on November 18, 2025: \u201cToday was not an attack. "
            "A change we made on our side set this off.\u201d\n\n"
            "Rivals were quick to draw lessons. Halloran, Northgate's CEO, replied: \"Helpful advice from a company "
            "whose own network was dark for an hour in September.\"\n")
    claims = claims_of(text, source="The Stackline", kind="news")
    assert voice_of(claims, "A change we made")[1] == "vendor"
    assert voice_of(claims, "A change we made")[0].startswith("Northgate")


def test_voices_the_retailers_chief_executive_is_the_retailer_the_text_described(claims_of):
    text = ("Northgate Edge knocked large parts of the web offline on Tuesday after a configuration file doubled in size.\n\n"
            "The timing was painful for British online retailer Bramblecart, which launched its annual sale on Tuesday. "
            "Harriet Oduya, the retailer's chief executive, said about 40,000 baskets were abandoned. "
            "\"This was Northgate's failure, full stop,\" she said.\n")
    claims = claims_of(text, source="The Stackline", kind="news")
    assert voice_of(claims, "40,000 baskets")[0] == "Bramblecart"


def test_voices_an_email_from_a_mail_subdomain_is_its_senders_and_its_own_sale_is_no_vendor(write):
    text = ("From: Bramblecart <hello@news.bramblecart.example>\nTo: sam@mailbox.example\n"
            "Subject: We're sorry about Tuesday\nDate: Wed, 19 Nov 2025 08:12:45 +0000\n\n"
            "Hi Sam,\n\nWe owe you an apology. Tuesday was meant to be the first day of Bramble Week, our biggest sale. "
            "Bramble Week is now extended by 48 hours. Our website is delivered through a content delivery network, "
            "Northgate. On Tuesday their network failed worldwide, and for over five hours many of you could not reach us. "
            "Northgate says a faulty configuration file on their side crashed their systems. Nothing on our own systems "
            "failed, and we lost sales we will not get back. Northgate has apologised.\n\nThe Bramblecart team\n")
    claims = _claims_from(write, "email.txt", text)
    assert {c.vendor for c in claims} == {"Northgate"}
    assert voice_of(claims, "Nothing on our own systems")[:2] == ("Bramblecart", "customer")
    assert voice_of(claims, "faulty configuration file")[:2] == ("Northgate", "vendor")


def test_voices_an_operators_own_app_is_not_another_company_and_the_authority_is_the_operator(claims_of):
    # the operator's page keeps naming "the HV Go app": its own product, not the incident's company;
    # in the news, "the authority" is the transport operator, and its own IT staff are insiders
    notice = ("Customers: if you had an HV Go account before 7 February, please read this update. The HV Go app was "
              "unavailable for five days. We have reset all HV Go passwords. The published files include information "
              "linked to 12,400 HV Go accounts. No payment card data was taken. HV Go accounts use separate systems. "
              "We are sorry for the disruption.\n")
    claims = claims_of(notice, doc_id="notice.html", source="Harrowgate & Vale Transport", author=None)
    assert voice_of(claims, "No payment card data")[:2] == ("Harrowgate & Vale Transport", "vendor")
    news = ("Ticket gates at tram stops stood open for three days after a cyber attack on Harrowgate & Vale Transport. "
            "For the first two days the authority described the problem only as a \"technical issue\". "
            "However, one member of the authority's own IT staff, who asked not to be named, told the Courier the picture "
            "was not as simple. \"The fix for that VPN box had been sitting there for a fortnight,\" they said. "
            "The Information Commissioner's Office said it was assessing the information provided.\n")
    claims = claims_of(news, source="Vale Courier", kind="news")
    assert voice_of(claims, "the authority described")[:2] == ("Harrowgate & Vale Transport", "vendor")
    assert voice_of(claims, "sitting there for a fortnight")[1] == "insider"


def test_voices_a_describing_word_before_a_name_is_no_part_of_it(claims_of):
    text = ("Ticket machines across the network failed after a cyber attack on Harrowgate & Vale Transport.\n\n"
            "Student Tomasz Kral, 20, said he paid the driver in cash every day that week. "
            "\"The app just kept saying something went wrong,\" he said.\n")
    claims = claims_of(text, source="Vale Courier", kind="news")
    assert voice_of(claims, "paid the driver")[:2] == ("Tomasz Kral", "customer")


def test_voices_a_blog_byline_with_its_reading_time_names_the_author(claims_of):
    text = ("Low Tide\nnotes on ransomware, mostly\n\nHollowmoth vs. Harrowgate & Vale Transport: a timeline\n\n"
            "Posted on 26 February 2026 by Ilse Varga  \u00b7  9 min read  \u00b7  Leave a comment\n\n"
            "Three weeks ago a regional transport authority lost its ticket machines in one night. I haven't downloaded "
            "the full dump, and I can't verify every log excerpt. I think the authority's account of the card data "
            "does not survive contact with the files. The gang listed the authority on its leak site on 13 February.\n")
    claims = claims_of(text, doc_id="blog.txt")
    assert voice_of(claims, "does not survive contact")[:2] == ("Ilse Varga", "expert")


def test_voices_a_notice_under_a_companys_letterhead_is_the_companys(claims_of):
    text = ("BORSA MERIDIANA S.p.A.                                            MARKET NOTICE\n"
            "Market Operations                                                 No. 2026/117\n\n"
            "To:         All Members\nDate:       07/07/2026\nSubject:    Trading halt - running update log\n\n"
            "09:02 CET  Trading halted on all segments following a technical issue affecting the primary data centre.\n\n"
            "09:40 CET  The halt remains in place. Borsa Meridiana is investigating with its infrastructure provider.\n\n"
            "10:30 CET  The issue is related to cooling in the third-party facility hosting the primary trading systems. "
            "Borsa Meridiana will publish a further notice.\n")
    claims = claims_of(text, doc_id="market_notice.txt")
    assert voice_of(claims, "related to cooling")[:2] == ("Borsa Meridiana", "vendor")


def test_voices_a_release_the_sites_company_sent_over_a_newswire_is_the_companys(write):
    page = ("<html><head><title>Kelvin DataHalls statement on the cooling event | Kelvin DataHalls</title>"
            "<meta property=\"og:site_name\" content=\"Kelvin DataHalls\"></head><body><article>"
            "<p class=\"label\">Press release</p><h1>Kelvin DataHalls statement on the 7 July cooling event</h1>"
            "<p><strong>MILAN, 8 July 2026 /PRNewswire/ --</strong> Kelvin DataHalls, the colocation provider, today "
            "confirmed that the cooling systems at its Milan campus kept conditions within contracted limits throughout "
            "the heatwave of 7 July, and rejected suggestions that its infrastructure caused the trading suspension at one "
            "of its customers.</p><p>One of four chillers shut down on a safety trip and was restarted 38 minutes later, "
            "the company said. Power and network connectivity to every customer rack remained available throughout.</p>"
            "<p>More than 30 other organisations host equipment in the hall. None of them reported an interruption.</p>"
            "<h2>About Kelvin DataHalls</h2><p>Kelvin DataHalls designs, builds and operates data centres for financial "
            "services customers.</p><p>###</p><ul><li><a href=\"/n/1\">Kelvin DataHalls signs power deal</a> "
            "<time datetime=\"2026-03-03\">3 March 2026</time></li></ul></article></body></html>")
    claims = _claims_from(write, "release.html", page)
    assert voice_of(claims, "restarted 38 minutes later")[:2] == ("Kelvin DataHalls", "vendor")


def test_voices_a_chief_executives_byline_over_we_is_the_company(claims_of):
    text = ("# The Tessellate Agent deleted a customer's production data. Here is what we are changing.\n\n"
            "*Dana Whitcombe, co-founder & CEO \u00b7 July 20, 2025 \u00b7 7 min read*\n\n"
            "On the evening of July 17, the Tessellate Agent ran a schema migration against the production database of "
            "a customer's project. The customer, Jonah Petrakis, had told the agent that the project was under a code "
            "freeze. This is unacceptable. We restored the project from a snapshot, and we are adding a planning-only "
            "mode. Tessellate will give every project a separate development database, and Tessellate has refunded his "
            "subscription.\n")
    claims = claims_of(text, doc_id="ceo_post.md")
    assert voice_of(claims, "We restored the project")[:2] == ("Tessellate", "vendor")


def test_voices_a_segment_code_is_no_company_and_a_spokespersons_name_is_one(claims_of):
    # "MER-AZ" is a market segment; "a Borsa Meridiana spokesperson" names the company (the
    # tagger takes "Borsa Meridiana's" for a person)
    text = ("Borsa Meridiana's official figure is an interruption of 6 hours 8 minutes on MER-AZ equities. "
            "For anyone trying to trade MER-AZ, it was closer to seven and a half hours. MER-AZ turnover was 31% of a "
            "normal day. Our MER-AZ rejects ran at 14%. We cannot reconcile the MER-AZ figures.\n\n"
            "Asked about this, a Borsa Meridiana spokesperson said the exchange stands by its account.\n")
    claims = claims_of(text, doc_id="note.md", author="Giulia Maestrelli, Head of Market Structure, Ferrante & Roux Securities")
    assert {c.vendor for c in claims} == {"Borsa Meridiana"}


def test_voices_an_update_note_on_a_post_is_its_writers(claims_of):
    text = ("*Dana Whitcombe, co-founder & CEO \u00b7 July 20, 2025 \u00b7 7 min read*\n\n"
            "On July 17 the Tessellate Agent ran a migration against a customer's production database. We restored the "
            "project from a snapshot. Tessellate will give every project a separate development database, and "
            "Tessellate has refunded the customer.\n\n"
            "**Update (July 21):** An earlier version of this post said approximately 1,900 records were deleted. "
            "The migration affected 2,418 account records.\n")
    claims = claims_of(text, doc_id="post.md")
    assert voice_of(claims, "1,900 records")[:2] == ("Tessellate", "vendor")


def test_voices_a_company_name_in_camel_case_is_no_person(claims_of):
    # the tagger takes "Kelvin DataHalls" for a person's name; as a person it would be a customer
    text = ("Trading on Borsa Meridiana halted for six hours on 7 July after a cooling failure. "
            "Borsa Meridiana blamed its data-centre provider. Borsa Meridiana said it would publish a report.\n\n"
            "Kelvin DataHalls, the landlord, says one of four chillers tripped at 08:34 and was back within 38 minutes.\n")
    claims = claims_of(text, source="Market Notes", kind="news")
    speaker, role, _ = voice_of(claims, "chillers tripped")
    assert speaker == "Kelvin DataHalls" and role in ("vendor", "expert")


def test_voices_a_short_name_defined_for_a_name_with_an_ampersand_is_that_company(claims_of):
    text = ("Corvane has supported public bodies for fourteen years, and Harrowgate & Vale Transport (the Authority) "
            "has been our client since 2022. We restored the back-office systems within 72 hours.\n\n"
            "The Authority says that a security update for its appliance had not been applied by the provider. "
            "That is not correct.\n")
    claims = claims_of(text, doc_id="statement.md", author="Gareth Milsom, Chief Operating Officer, Corvane Managed Services Ltd")
    assert voice_of(claims, "The Authority says")[0] == "Harrowgate & Vale Transport"


def test_voices_an_attorney_generals_release_is_the_officials_and_a_report_by_a_commission_is_its(claims_of):
    text = ("WASHINGTON STATE OFFICE OF THE ATTORNEY GENERAL\nNews Release\n\nFOR IMMEDIATE RELEASE\nJuly 24, 2025\n\n"
            "OLYMPIA -- Attorney General Teresa Ybarra-Quinn today announced that her office has opened an investigation "
            "into Cascadia Wireless over the January 14 outage.\n\n"
            "The investigation follows a July 17 staff report by the federal Communications Commission. According to that "
            "report, the outage affected about 1.74 million devices. The Commission found that the change was made "
            "without peer review, and that at least 27,412 calls to 911 failed.\n\n"
            "\"When you dial 911, that call has to go through,\" Ybarra-Quinn said.\n")
    claims = claims_of(text, doc_id="release.txt")
    assert voice_of(claims, "opened an investigation")[:2] == ("Teresa Ybarra-Quinn", "regulator")
    assert voice_of(claims, "that call has to go through")[:2] == ("Teresa Ybarra-Quinn", "regulator")
    assert voice_of(claims, "1.74 million devices")[1] == "regulator"
    assert "Commission" in voice_of(claims, "1.74 million devices")[0]
    assert "Commission" in voice_of(claims, "27,412 calls")[0]


def test_voices_a_post_mortem_by_its_engineers_names_its_own_company_not_its_system_or_supplier(write):
    # engineers' titles beside an officer's; "Hearth, the database ..." is a system and "Strata
    # Cloud, our infrastructure provider" the writer's supplier, however often each is named
    text = ("---\ntitle: \"Post-mortem: Lanternfall Online outage, 16-17 May 2026\"\nauthors:\n"
            "  - name: Ilse Varkonyi\n    title: VP, Engineering\n  - name: Tomasz Reyne\n    title: Lead Site Reliability Engineer\n"
            "  - name: Adaeze Okonkwo-Hart\n    title: Head of Player Experience\n---\n\n"
            "Lanternfall Online was unavailable for most of 16 and 17 May. A storage fault at Strata Cloud, our infrastructure "
            "provider, stalled writes under Hearth, the database that holds every character. Strata Cloud restored the "
            "storage after two hours. Hearth did not restart cleanly. Hearth failover had not been tested. Hearth replicas "
            "were in one zone. Strata Cloud says its fault lasted 139 minutes. We rebuilt Hearth from a snapshot. "
            "We are sorry, and we will test the failover every quarter.\n")
    claims = _claims_from(write, "postmortem.md", text)
    assert len({c.vendor for c in claims}) == 1 and claims[0].vendor.startswith("Lanternfall")
    assert voice_of(claims, "We are sorry")[1] == "vendor"
    assert voice_of(claims, "We are sorry")[0].startswith("Lanternfall")


def test_voices_a_status_feeds_stamp_and_a_region_code_named_once_are_no_company(claims_of):
    text = ("[2026-05-16 19:04 UTC - Service degraded]\nWe're looking into reports of players being unable to log in to "
            "Lanternfall. We'll post another update soon.\n\n"
            "[2026-05-16 21:10 UTC - Service degraded]\nWe are restoring Lanternfall servers region by region, starting "
            "with OCE. We expect a full restoration overnight.\n\n"
            "[2026-05-17 10:02 UTC - Resolved]\nLanternfall was down for approximately 15 hours. We are sorry.\n")
    claims = claims_of(text, doc_id="status.jsonl")
    assert {c.vendor for c in claims} == {"Lanternfall"}
    assert voice_of(claims, "approximately 15 hours")[:2] == ("Lanternfall", "vendor")


HEARING = ("                                   S. Hrg. 119-612\n\n        CYBERATTACK ON A CLAIMS CLEARINGHOUSE\n\n"
           "                                HEARING\n\n                               before the\n\n"
           "                          COMMITTEE ON FINANCE\n                          UNITED STATES SENATE\n\n"
           "    The CHAIR. We will now proceed to 5-minute rounds. Mr. Ashgrove, the criminals who broke into Meridia\n"
           "logged in to a portal with a stolen password. Did that portal ask for anything else?\n"
           "    Mr. ASHGROVE. Madam Chair, it did not. Our policy requires multi-factor authentication, and we did\n"
           "not meet it on that portal. We have since closed it, and we are sorry.\n"
           "    Senator WELLBORN. Mr. Ashgrove, pharmacies in my state went unpaid for six weeks after the Meridia\n"
           "attack. How many Meridia patients had their data taken?\n"
           "    Mr. ASHGROVE. Senator, we expect the number to be about 38 million. Our reviewers are still working,\n"
           "and we will notify every one of them.\n"
           "    Senator WELLBORN. Six weeks is far too long.\n")


def test_voices_a_hearings_printed_record_gives_each_speaker_their_turns(write):
    claims = _claims_from(write, "hearing.txt", HEARING)
    assert voice_of(claims, "broke into Meridia")[:2] == ("Committee on Finance", "regulator")
    assert voice_of(claims, "went unpaid for six weeks")[:2] == ("Senator Wellborn", "regulator")
    # the witness answers for the company's own policy and reviewers as "we"
    assert voice_of(claims, "about 38 million")[1] == "vendor"


def test_voices_a_company_whose_name_opens_like_a_time_zone_is_still_a_company(claims_of):
    # the feed-stamp guard ("UTC - Service") must not take "AT&T" for "AT", a time zone
    text = ("AT&T said late Thursday that the outage was caused by an incorrect process during a network expansion. "
            "AT&T said it was not a cyber attack. Customers of AT&T could not call for hours.\n")
    claims = claims_of(text, source="Gulf Coast Courier", kind="news")
    assert {c.vendor for c in claims} == {"AT&T"}
    assert voice_of(claims, "incorrect process")[:2] == ("AT&T", "vendor")


def test_voices_a_letter_under_the_letterhead_of_a_body_of_affected_businesses_is_that_bodys(claims_of):
    text = ("**NATIONAL ALLIANCE OF COMMUNITY PHYSICIAN PRACTICES**\n1750 Kestrel Street NW, Suite 400 \u00b7 Washington, DC 20036\n\n"
            "May 27, 2026\n\nMr. Tobias J. Ashgrove\nPresident and Chief Executive Officer\nHalvard Health Group, Inc.\n\n"
            "**Re: Continuing harm to physician practices from the Meridia Claims cyberattack**\n\n"
            "Dear Mr. Ashgrove,\n\nSix weeks after the attack, 62 percent of the practices that answered the Alliance's survey "
            "have still not been paid for claims sent through Meridia. The temporary funding program reached fewer than one "
            "in six of them. I ask that Halvard extend the program.\n\nSincerely,\n\nDr. Renata Olmos\nPresident\n")
    claims = claims_of(text, doc_id="letter.md")
    assert voice_of(claims, "62 percent")[:2] == ("National Alliance of Community Physician Practices", "customer")


def test_voices_a_blog_authors_credentials_do_not_hide_that_the_post_is_hers(claims_of):
    text = ("I've put off writing this because every time I sit down to do it, something else breaks. For our pharmacy "
            "the switch was Meridia, and since April 19 we have filled about 6,100 prescriptions we couldn't bill. "
            "I took the funding offer anyway, because payroll is payroll. Meridia says most claims are flowing. "
            "Most claims. Not ours.\n")
    claims = claims_of(text, doc_id="blog.html", source="Behind the Counter", author="Ruth Penhallow; PharmD")
    assert voice_of(claims, "6,100 prescriptions")[:2] == ("Ruth Penhallow", "customer")


def test_voices_a_parents_filing_about_its_subsidiarys_incident_is_the_parents_as_the_company(claims_of):
    text = ("UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\nFORM 8-K\n\n"
            "HALVARD HEALTH GROUP, INC.\n(Exact name of registrant as specified in its charter)\n\n"
            "Item 1.05 Material Cybersecurity Incidents.\n\n"
            "As previously reported, a threat actor accessed the systems of Meridia Claims, LLC (the \"Subsidiary\"), a "
            "wholly owned subsidiary of the Company. Meridia Claims detected the intrusion on April 19, 2026. Meridia "
            "Claims disconnected its network. The Company estimates that the files of about 4.1 million individuals were "
            "taken. Meridia Claims has restored most claims processing. Meridia Claims is working with law enforcement. "
            "Meridia Claims has notified its customers. The attack on Meridia Claims continues to affect providers.\n")
    claims = claims_of(text, doc_id="8k.txt")
    assert voice_of(claims, "4.1 million individuals")[1] == "vendor"


NEWSCAST = ("NW9 NEWS AT 6                                                   TUE 01/14/25\n"
            "SLUG: CASCADIA OUTAGE / 911 -- LIVE INTRO + PKG\n"
            "EST. RUNTIME: 3:05          SOURCE: CLOSED-CAPTION LOG\n\n"
            "[18:00:41]\n[ON CAM - LENA]\n\n"
            "ANCHOR: Good evening. For much of the day 911 calls from Cascadia phones simply did not go through.\n\n"
            "REPORTER (live): Lena, Cascadia says it is all fixed. The people who run 911 here disagree.\n\n"
            "[TAKE PKG]\n\n"
            "REPORTER (on tape): The trouble started just before three this morning. Cascadia says a software\n"
            "configuration issue hit part of its network.\n\n"
            "SOT:\n[CG: ROLAND VEIGA-STRAND / Director, Tahoma County Emergency Management]\n"
            "\"Right around three, our wireless 911 calls just fell off a cliff. They never got to us.\"\n\n"
            "REPORTER (on tape): In a written statement, Cascadia says its network was fully restored by 9:15.\n\n"
            "SOT:\n[CG: MARIA OKONJO / Resident, Tacoma]\n"
            "\"I called 911 three times and it just -- nothing. My phone said SOS until almost one.\"\n\n"
            "ANCHOR: Cascadia is offering affected customers a credit.\n")


def test_voices_a_newscast_script_gives_anchor_and_reporter_to_the_station_and_each_sound_bite_to_its_caption(write):
    claims = _claims_from(write, "newscast.txt", NEWSCAST)
    assert voice_of(claims, "did not go through")[:2] == ("NW9", "press")
    assert voice_of(claims, "trouble started")[:2] == ("NW9", "press")
    assert voice_of(claims, "fell off a cliff")[1] == "regulator"
    assert voice_of(claims, "SOS until almost one")[:2] == ("Maria Okonjo", "customer")


def test_voices_an_old_reddit_thread_is_its_opening_posters_and_each_reply_its_posters(write):
    from test_ingest import OLD_REDDIT
    claims = _claims_from(write, "thread.html", OLD_REDDIT)
    # the opening post is the shop owner's, whatever a later poster says about working there
    assert voice_of(claims, "nothing went through until nearly five")[:2] == ("till_roll_tess", "customer")
    assert voice_of(claims, "second Saturday this month")[:2] == ("till_roll_tess", "customer")
    assert voice_of(claims, "capacity change went out")[:2] == ("ex_kp_ops", "insider")
    assert voice_of(claims, "dead from two until gone four")[:2] == ("bakery_bea", "customer")


def test_voices_a_status_pages_incident_report_is_the_company_that_runs_it_not_the_supplier_it_blames(write):
    text = ("# Card declines in the EU\n\n## Incident Report for Kestrel Pay\n\n**Resolved**\n\n"
            "This incident has been resolved. Authorisations have been normal since 15:08 UTC.\n\n"
            "## Post-incident report\n\n"
            "Between 14:21 and 15:08 UTC, we saw elevated decline rates. The event was caused by the revocation of an "
            "intermediate certificate by Northmoor Trust Services, an external certificate authority. Northmoor Trust "
            "Services had announced the revocation. Northmoor Trust Services told us the revocation took effect late on "
            "27 November. We are sorry. We have replaced the certificates on every gateway.\n")
    claims = _claims_from(write, "status.md", text)
    assert voice_of(claims, "elevated decline rates")[:2] == ("Kestrel Pay", "vendor")
    assert voice_of(claims, "replaced the certificates")[:2] == ("Kestrel Pay", "vendor")


def test_voices_a_trade_bodys_press_release_under_its_letterhead_is_the_bodys_by_its_short_name_too(write):
    text = ("HIGHSTREET TRADERS ALLIANCE\n12 Market Row, Leeds | www.hta.example\n\nPRESS RELEASE\n"
            "FOR IMMEDIATE RELEASE - Monday 1 December 2025\n\n"
            "CARD OUTAGE LASTED THREE HOURS, SAY SHOPKEEPERS\n\n"
            "LEEDS - Shops across the north lost card sales for close to three hours on Saturday when Kestrel Pay's "
            "terminals stopped working, the Highstreet Traders Alliance said today.\n\n"
            "Based on a survey of its members, the Alliance estimates that more than 4,000 shops were affected.\n\n"
            "\"Kestrel's figure of 40 minutes is not what our members saw,\" said Omar Haddad, chief executive of the "
            "Highstreet Traders Alliance.\n\n"
            "\"Three outages in a year is a pattern,\" Mr Haddad said.\n\nENDS\n")
    claims = _claims_from(write, "release.txt", text)
    assert voice_of(claims, "close to three hours")[:2] == ("Highstreet Traders Alliance", "customer")
    assert voice_of(claims, "more than 4,000 shops")[:2] == ("Highstreet Traders Alliance", "customer")
    assert voice_of(claims, "is a pattern")[1] == "customer"  # "Mr Haddad", named before as the body's chief


def test_voices_a_company_named_before_its_description_speaks_not_the_adjective(claims_of):
    text = ("LONDON/PARIS, Dec 1 (Wirebrief) - Card processor Kestrel Pay said on Monday that a certificate "
            "authority's revocation caused Friday's payment failures.\n\n"
            "Northmoor, a Danish certificate provider, rejected that.\n\n"
            "The alliance of independent shops said the outage lasted three hours. The alliance also said it was "
            "Kestrel's third outage this year.\n")
    claims = claims_of(text, doc_id="wire.txt", source="Wirebrief")
    assert voice_of(claims, "Card processor Kestrel Pay said")[:2] == ("Kestrel Pay", "vendor")
    assert voice_of(claims, "rejected that")[0] == "Northmoor"
    assert voice_of(claims, "third outage this year")[0] != "Wirebrief"


def test_voices_a_tribunal_decision_is_the_tribunals_and_its_parties_speak_as_themselves(write):
    text = ("Consumer and Civil Disputes Tribunal of Northmere\n\nDate Issued: March 4, 2025\n\nFile: CC-2024-00311\n\n"
            "REASONS FOR DECISION\n\n"
            "1. This dispute is about a refund, and about an answer given by an automated\n"
            "assistant on a ferry operator's website.\n\n"
            "2. The Applicant, Dara Okafor, says that the chatbot told her she could claim\n"
            "the refund after travelling. Larkspur Ferries Ltd. refused her claim.\n\n"
            "3. The Applicant claims $410, the difference between what she paid and the\n"
            "refund she was promised. Larkspur denies liability.\n\n"
            "4. I find that Larkspur did not take reasonable care to ensure its chatbot was\n"
            "accurate. Larkspur must pay the Applicant $410 within 30 days.\n")
    claims = _claims_from(write, "decision.txt", text)
    assert voice_of(claims, "did not take reasonable care")[:2] == ("Consumer and Civil Disputes Tribunal of Northmere", "regulator")
    assert voice_of(claims, "told her she could claim the refund")[:2] == ("Dara Okafor", "customer")
    assert voice_of(claims, "The Applicant claims $410")[:2] == ("Dara Okafor", "customer")
    assert voice_of(claims, "Larkspur denies liability")[1] == "vendor"


def test_voices_a_newsletter_under_a_stacked_byline_is_its_writers_and_its_tables_rows_too(write):
    text = ("# The chatbot that answered forty thousand questions\n\n**Ines Varga**\n"
            "Mar 3, 2025 · Failure Modes · Issue #12\n\n"
            "I spent two weeks in web archives. I think the company's figure is wrong. Larkspur's March 1 statement "
            "calls the assistant \"a limited pilot\". I found the assistant on every help page.\n\n"
            "| Date | Operator | What happened | Response |\n"
            "| Oct 2024 | City of Brackenport | Bot told 2,500 users that employers could keep tips | City added a disclaimer after three days |\n"
            "| Jan 2025 | Quillby Parcels | Bot swore at a customer | The company blamed a system update and switched it off |\n")
    claims = _claims_from(write, "newsletter.md", text)
    assert voice_of(claims, "every help page")[:2] == ("Ines Varga", "expert")
    assert voice_of(claims, "a limited pilot")[0] == "Larkspur"
    row = voice_of(claims, "blamed a system update")
    assert row[:2] == ("Ines Varga", "expert") and row[2] is None


def test_voices_a_live_blog_under_a_linked_masthead_is_the_outlets_and_a_quoted_post_its_posters(write):
    text = ("[The Evening Ledger](https://ledger.example/) | [News](https://ledger.example/news)\n\n**Live**\n\n"
            "# Filing portal fails on deadline day – as it happened\n\nBy **Ruth Adair**\n\n"
            "#### Pinned · 23:31\n\nThe portal was down for more than five hours on Saturday, our reporters found.\n\n"
            "#### 21:14\n\nThe minister responsible has just posted this:\n\n"
            "> Tonight I have extended the filing deadline by 48 hours. Nobody who files by then will be fined.\n>\n"
            "> — Nadia Quist MP (@NadiaQuistMP) [January 31, 2026](https://x.example/NadiaQuistMP/status/1)\n\n"
            "#### 19:20\n\nNadia Quist, the Financial Secretary to the Treasury, said earlier that demand was not the cause.\n")
    claims = _claims_from(write, "live.md", text)
    assert voice_of(claims, "down for more than five hours")[:2] == ("Evening Ledger", "press")
    assert voice_of(claims, "Nobody who files by then")[:2] == ("Nadia Quist", "regulator")


def test_voices_a_public_body_apologising_for_its_own_portal_runs_it(write):
    page = ("<html><head><title>FileRight availability - GOV.EXAMPLE</title></head><body><main>"
            "<h1>FileRight availability on 31 January</h1><dl class=\"gem-c-metadata\"><dt>From:</dt>"
            "<dd><a href=\"/orgs/rea\">Revenue and Excise Authority</a></dd></dl>"
            "<p>Between 14:00 and 15:30 a small proportion of customers saw slow responses when using FileRight.</p>"
            "<p>This was caused by unprecedented demand. FileRight remained available throughout the afternoon.</p>"
            "<p>We're sorry to customers who had difficulty getting through. FileRight is designed for peak demand, and we "
            "will make any improvements needed before the next deadline.</p></main></body></html>")
    claims = _claims_from(write, "notice.html", page)
    assert voice_of(claims, "unprecedented demand")[:2] == ("Revenue and Excise Authority", "vendor")


def test_voices_a_leaked_internal_memo_is_its_senders_as_an_insider(write):
    text = ("INTERNAL — NOT FOR DISTRIBUTION\n\nPELLMOOR DIGITAL LTD — Public Sector\n\n"
            "To:    Fenella Marsh, Managing Director\nFrom:  Anders Whitby, Head of Platform Reliability\n"
            "Date:  Sun 01/02/2026 02:40\nRe:    FileRight unavailability — preliminary findings\n\n"
            "Fenella,\n\nFileRight was completely unavailable from 14:02 to 19:04 on Saturday. It was not a capacity "
            "event. The trigger was a hardware fault on the primary database node, and the failover to the standby site "
            "did not complete. I'm on the 09:00 call with the client.\n\nAnders\n")
    claims = _claims_from(write, "memo.txt", text)
    assert voice_of(claims, "not a capacity event")[:2] == ("Anders Whitby", "insider")


def test_voices_a_parliaments_report_is_the_chambers_and_its_members_speak_as_officials(write):
    text = ("Hansard\nHouse of Commons\n\nPortal failure\n\n12.34 pm\n\n"
            "Mr Tom Ashby (Wealdmoor) (Con) (Urgent Question): To ask the Chancellor if she will make a statement on the "
            "failure of the filing portal on 31 January.\n\n"
            "The Financial Secretary to the Treasury (Ms Nadia Quist): I am sorry. The portal was unavailable for around "
            "five hours, and demand was not the root cause.\n\n"
            "Mr Ashby: This is the second time in three years that the portal has collapsed on deadline day.\n\n"
            "Ms Quist: It is simply not accurate to describe the earlier fault as a deadline failure.\n\n"
            "Mr Ashby: The agency said it was ninety minutes of slowness.\n\n"
            "Ms Quist: The agency's statement was prepared before the full picture was available.\n\n"
            "Mr Speaker: Order. We now come to the next item.\n")
    claims = _claims_from(write, "hansard.txt", text)
    assert voice_of(claims, "around five hours")[:2] == ("Nadia Quist", "regulator")
    assert voice_of(claims, "second time in three years")[:2] == ("Tom Ashby", "regulator")
    assert voice_of(claims, "prepared before the full picture")[:2] == ("Nadia Quist", "regulator")


def test_voices_a_companys_captioned_video_is_the_companys_as_its_people_speak(write):
    from test_ingest import WEBVTT_FILE
    claims = _claims_from(write, "update.vtt", WEBVTT_FILE.replace("Harrow Cloud - update", "Harrow Cloud - \"update"))
    assert voice_of(claims, "ninety percent of affected customers")[:2] == ("Harrow Cloud", "vendor")
    assert voice_of(claims, "the customer's responsibility")[:2] == ("Harrow Cloud", "vendor")


def test_voices_a_post_mortem_signed_by_a_customers_officer_is_the_customers(write):
    text = ("---\ntitle: \"Post-mortem: Fernfall outage, 10-19 March 2026\"\nauthors:\n  - eero.l\n---\n\n"
            "On 10 March a fire at our hosting provider's campus destroyed all six of our game servers. The backups we "
            "paid for as off-site were in the building next door and were lost too. We brought Fernfall back on another "
            "provider after nine days. Our provider sold the backups as off-site. We should have asked where they were.\n\n"
            "*— Eero Lahti, CTO, Quillmark Games Oy (quillmark.example)*\n")
    claims = _claims_from(write, "postmortem.md", text)
    assert voice_of(claims, "destroyed all six of our game servers")[:2] == ("Quillmark Games", "customer")


def test_voices_a_trusts_board_paper_under_a_protective_marking_is_the_trusts_as_a_customer(write):
    text = ("**OFFICIAL**\n\n# North Fell Hospitals NHS Foundation Trust\n\n## Trust Board\n\n"
            "1.1 At 05:09 on 11 July the Trust's devices began to fail. The failure was caused by a faulty update issued "
            "by the supplier. It was not a cyber attack.\n\n"
            "1.2 The supplier withdrew the update at 06:27. The Trust cancelled 1,100 appointments.\n\n"
            "1.3 The Trust will ask the supplier for its root cause analysis.\n")
    claims = _claims_from(write, "board_paper.md", text)
    assert voice_of(claims, "faulty update issued by the supplier")[:2] == ("North Fell Hospitals NHS Foundation Trust", "customer")


def test_voices_a_fire_services_release_is_the_services_and_its_officer_speaks_for_it(write):
    text = ("DUNMORE COUNTY FIRE AND RESCUE SERVICE\nHeadquarters, Mill Street, Dunmore\n\nPRESS RELEASE\n\n"
            "Dunmore County Fire and Rescue Service can today provide further information on the fire at a data centre "
            "campus in Dunmore on Tuesday 10 March.\n\n"
            "The Service's fire investigators have established that the sprinkler installation was not of the required type.\n\n"
            "Assistant Chief Fire Officer Niamh Byrne said: \"This was one of the most difficult fires our crews have "
            "dealt with in recent years.\"\n\nENDS\n")
    claims = _claims_from(write, "release.txt", text)
    assert voice_of(claims, "not of the required type")[:2] == ("Dunmore County Fire and Rescue Service", "regulator")
    assert voice_of(claims, "most difficult fires")[:2] == ("Dunmore County Fire and Rescue Service", "regulator")


def test_voices_a_consumer_champions_release_is_an_outside_voice(write):
    text = ("PAYSAFE\nStanding up for people and their money\n\nPRESS RELEASE\n\n"
            "Fenbridge payday meltdown hit 1.2 million customers, Paysafe research reveals\n\n"
            "Around 1.2 million Fenbridge Bank customers were caught up in the bank's payday IT failure on Friday, new "
            "research by consumer champion Paysafe suggests.\n\nPaysafe said the £50 goodwill offer falls well short.\n\nENDS\n")
    claims = _claims_from(write, "release.txt", text)
    assert voice_of(claims, "1.2 million Fenbridge Bank customers")[:2] == ("Paysafe", "expert")


def test_voices_a_bluesky_thread_gives_each_post_to_its_poster_and_a_worried_employee_is_an_insider(write):
    text = ("Dana Whitlow\n@danawhit.bsky.social\nFollow\npayday and Fenbridge has decided I don't get my own money today. "
            "my card got declined at the pump at 7.20.\n27 February 2026 at 07:34\n312 reposts\n\n"
            "Fenbridge Bank\n@fenbridge.example\n· 1d\nHi Dana, we're sorry about this. Some card payments are being "
            "declined this morning and we're working to fix it.\n86\n\n"
            "kez (views my own)\n@kezmoss.bsky.social\n· 20h\nnot going to say much because I'd like to still have a job "
            "on monday. but it wasn't a supplier. a change was pushed to the mainframe at half ten this morning.\n64\n\n"
            "Tom Arkwell\n@tomark.bsky.social\n· 1d\nmy rent has gone out twice at Fenbridge. £875 x2.\n23\n")
    claims = _claims_from(write, "thread.txt", text)
    assert voice_of(claims, "declined at the pump")[:2] == ("Dana Whitlow", "customer")
    assert voice_of(claims, "working to fix it")[1] == "vendor"
    assert voice_of(claims, "pushed to the mainframe")[:2] == ("kez", "insider")


def test_voices_a_qa_explainer_under_a_breadcrumb_masthead_is_the_outlets(write):
    text = ("[The Penny Ledger](https://pennyledger.example/) › [Banking](https://pennyledger.example/banking) › Consumer rights\n\n"
            "# Fenbridge outage: what went wrong on payday?\n\nBy **Maryam Hale**, Personal finance reporter\n\n"
            "### What happened?\n\nFrom about 7am on Friday, Fenbridge Bank customers could not log in to the app, and many "
            "had card payments refused at tills.\n\n**Read more:**\n\n"
            "- [Bank outages: your rights when you can't get at your money](https://pennyledger.example/rights)\n")
    claims = _claims_from(write, "explainer.md", text)
    assert voice_of(claims, "could not log in to the app")[:2] == ("Penny Ledger", "press")
    assert not any("your rights when" in c.text for c in claims)



def test_voices_a_word_that_only_opens_lines_and_is_written_lower_case_elsewhere_is_no_company(pipeline):
    from nlp.voices import _capitalised_by_position
    doc = pipeline("FileRight was unavailable from 14:02 to 19:04 on Saturday.\n\n"
                   "2. Failover. The cluster manager started an automatic failover to the standby.\n\n"
                   "13:56  Failover stalls and the standby cannot apply logs.\n\n"
                   "FileRight came back at 19:04.\n")
    found = _capitalised_by_position(doc)
    assert "Failover" in found and "FileRight" not in found


def test_voices_the_hon_gentleman_of_a_debate_is_no_company():
    from nlp.voices.names import is_org_name
    assert not is_org_name("Gentleman") and not is_org_name("Lady")
    assert is_org_name("FileRight")


def test_voices_counsels_letter_is_its_clients_and_your_letter_is_the_other_sides(write):
    text = ("WHITBY FARRAND LLP\n401 Lavaca Plaza, Austin, Texas\n\nAugust 5, 2024\n\nDaniel Reyes, Esq.\nAldine Prosser LLP\n\n"
            "Dear Mr. Reyes:\n\nWe write on behalf of our client, Kestrelline, Inc. (\"Kestrelline\"), in response to your "
            "letter of July 29 on behalf of Pelican Atlantic Airlines, Inc. (\"Pelican\" or \"your client\"). Kestrelline "
            "withdrew the faulty update within 78 minutes. Your letter asserts that Kestrelline pushed untested code to "
            "millions of machines. That is wrong. Kestrelline offered free on-site help to Pelican on July 19.\n\n"
            "Very truly yours,\n\nMargaret Ostrow\n")
    claims = _claims_from(write, "letter.txt", text)
    assert voice_of(claims, "within 78 minutes")[:2] == ("Kestrelline", "vendor")
    assert voice_of(claims, "pushed untested code")[0] == "Pelican"
