"""Typed contradiction rules on claim records written for the test (no model needed)."""
from __future__ import annotations

import numpy as np
import pytest

from nlp.contradictions import (candidate_pairs, contrary_rebuttals, denies, durations_conflict, find_contradictions,
                                may_compare, pointed_rebuttals, typed_contradiction)
from nlp.records import Blame, Claim, Slots


def claim(cid, text, speaker, role="press", aspects=("duration",), minutes=None, bound=None, count=None,
          noun=None, negated=False, blame=None, denied=(), severity=(), doc=None, incident="i-1", features=None):
    return Claim(id=cid, doc_id=doc or f"{speaker}.txt", text=text, start=0, end=len(text), speaker=speaker,
                 speaker_role=role, aspects=list(aspects), negated=negated,
                 slots=Slots(duration_minutes=minutes, duration_bound=bound, count=count, count_noun=noun),
                 blame=Blame(blame, 0.8, list(denied)) if blame else None, severity_words=list(severity),
                 incident=incident, features=features or {})


class FakeEmbedder:
    """Deterministic bag-of-words vectors: similar texts get similar vectors."""

    def encode(self, texts):
        vocab = {}
        rows = []
        for t in texts:
            v = np.zeros(256)
            for w in t.lower().split():
                v[hash(w.strip(".,\"")) % 256] += 1
            n = np.linalg.norm(v)
            rows.append(v / n if n else v)
        return np.array(rows)


@pytest.mark.parametrize("a,b,conflict", [
    ((780, None), (47, None), True),          # 13 hours vs 47 minutes
    ((90, None), (90, None), False),          # "90 minutes" vs "an hour and a half"
    ((360, None), (120, "upper"), True),      # six hours vs under two hours
    ((100, None), (120, "upper"), False),     # inside the bound
    ((720, "lower"), (780, None), False),     # well over 12 hours vs 13 hours
    ((60, None), (70, None), False),          # within tolerance
    ((420, None), (540, None), True),         # about seven hours vs nine hours
    ((1440, "lower"), (1080, None), True),    # more than a day vs about 18 hours
    ((240, "lower"), (180, None), True),      # more than four hours, not three
    ((720, "lower"), (700, None), False),     # more than 12 hours vs "around 11 hours 40": within the bound's tolerance
    ((120, "upper"), (130, None), False),     # under two hours vs 2 h 10: too close to call
])
def test_contradictions_numeric_durations(a, b, conflict):
    x = claim("a", "x", "A", minutes=a[0], bound=a[1])
    y = claim("b", "y", "B", minutes=b[0], bound=b[1])
    assert durations_conflict(x, y) is conflict


@pytest.mark.parametrize("a,b,conflict", [
    ((1300, "flight"), (1800, "flight"), True),     # two counts of cancelled flights
    ((9, "terabit"), (6, "terabit"), True),         # 9.8 against about 6 (counts are whole numbers)
    ((7000, "flight"), (7000, "flight"), False),
    ((1206, "executive"), (1190, "executive"), False),
    ((400, "company"), (883, "site"), False),       # different things counted
])
def test_contradictions_numeric_counts(a, b, conflict):
    from nlp.contradictions import counts_conflict
    x = claim("a", "x", "A", aspects=("scope",), count=a[0], noun=a[1])
    y = claim("b", "y", "B", aspects=("scope",), count=b[0], noun=b[1])
    assert counts_conflict(x, y) is conflict


def _counted(cid, speaker, *figures):
    c = claim(cid, "x", speaker, aspects=("scope",))
    c.slots.counts = [{"value": v, "noun": n, "bound": b} for v, n, b in figures]
    return c


@pytest.mark.parametrize("a,b,conflict", [
    ((900, "household", "upper"), (2300, "household", "lower"), True),   # fewer than 900 vs at least 2,300
    ((2300, "household", "lower"), (6500, "home", "upper"), False),      # at least 2,300 vs as many as 6,500
    ((9000, "worker", "lower"), (1140, "employee", None), True),         # more than 9,000 workers vs 1,140 employees
    ((9000, "order", "lower"), (4300, "order", "lower"), False),         # two floors never clash
    ((2300, "property", None), (14000, "home", None), True),             # properties and homes: one population
    ((2300, "household", None), (14000, "customer", None), False),       # households are not customers
    ((120, "flight", "upper"), (130, "flight", None), False),            # inside the bound's tolerance
    ((650, "dollar", None), (812, "dollar", None), False),                # damages and the whole award: two sums
    ((200, "pound", None), (880, "pound", None), False),                 # a voucher and a claim
])
def test_contradictions_numeric_counts_compare_one_population_with_bounds(a, b, conflict):
    from nlp.contradictions import counts_conflict
    assert counts_conflict(_counted("a", "A", a), _counted("b", "B", b)) is conflict


def test_contradictions_two_estimates_of_what_an_incident_cost_are_compared():
    from nlp.contradictions import counts_conflict
    analysts = _counted("a", "analysts", (150, "pound", "upper"))
    analysts.text = "Analysts warned the bill could reach 150 million pounds."
    vendor = _counted("b", "IAG", (58, "pound", None))
    vendor.text = "IAG later put the cost of the disruption at about 58 million pounds."
    analysts.slots.counts[0]["value"], analysts.slots.counts[0]["bound"] = 150_000_000, None
    vendor.slots.counts[0]["value"] = 58_000_000
    assert counts_conflict(analysts, vendor)


def test_contradictions_numeric_counts_compare_any_shared_thing_counted():
    from nlp.contradictions import typed_contradiction
    vendor = _counted("a", "Acme", (1140, "employee", None), (38, "client", None))
    insiders = _counted("b", "insiders", (9000, "worker", "lower"), (200, "employer", "lower"))
    kind, aspect, score, explanation = typed_contradiction(vendor, insiders, 0.5, 0.5, 0.5)
    assert (kind, aspect) == ("numeric", "scope") and "1,140" in explanation and "at least 9,000" in explanation


def test_contradictions_numeric_is_explained_with_both_voices():
    x = claim("a", "The outage lasted 13 hours, employees said.", "insiders", "insider", minutes=780)
    y = claim("b", "It was restored within 47 minutes.", "Acme", "vendor", minutes=47)
    kind, aspect, score, explanation = typed_contradiction(x, y, 0.5, 0.5, 0.5)
    assert (kind, aspect) == ("numeric", "duration") and "insiders" in explanation and "Acme" in explanation


def test_contradictions_categorical_cause_and_denial():
    x = claim("a", "The AI agent deleted the environment.", "Financial Times", aspects=("cause",), blame="ai_tool")
    y = claim("b", "This was user error, not AI error.", "Acme", "vendor", aspects=("cause",), blame="human_error", denied=["ai_tool"])
    kind, aspect, score, explanation = typed_contradiction(x, y, 0.3, 0.3, 0.3)
    assert (kind, aspect) == ("categorical", "cause") and "rejects" in explanation


def test_contradictions_two_denials_of_one_cause_agree():
    x = claim("a", "We have ruled out a cyberattack.", "Acme", "vendor", aspects=("cause",))
    y = claim("b", "The failure was not caused by a cyberattack, the regulator said.", "Ofcom", "regulator",
              aspects=("cause",), negated=True)
    assert typed_contradiction(x, y, 0.9, 0.9, 0.9) is None
    x2 = claim("c", "Hackers broke in through a contractor's account.", "insiders", "insider", aspects=("cause",))
    assert typed_contradiction(x2, y, 0.9, 0.9, 0.9)[0] == "rebuttal"


def test_contradictions_paraphrased_causes_with_different_predicted_categories_are_not_flagged():
    x = claim("a", "An automated scaling job set off unexpected behaviour in the internal network.", "Acme", "vendor",
              aspects=("cause",), blame="software_bug")
    y = claim("b", "Acme blamed an automated scaling job that set off unexpected behaviour in its network.", "Daily Wire",
              aspects=("cause",), blame="infrastructure")
    assert typed_contradiction(x, y, 0.82, 0.82, 0.82) is None
    assert typed_contradiction(x, y, 0.4, 0.4, 0.4)[0] == "categorical"  # told differently, they would clash
    y.blame.denied = ["software_bug"]
    assert typed_contradiction(x, y, 0.82, 0.82, 0.82)[0] == "categorical"  # an explicit denial counts anyway


@pytest.mark.parametrize("ca,cb", [("configuration", "human_error"), ("malicious", "malicious")])
def test_contradictions_compatible_causes_are_not_flagged(ca, cb):
    x = claim("a", "An engineer pushed a bad setting.", "A", aspects=("cause",), blame=ca)
    y = claim("b", "A faulty setting caused it.", "B", "vendor", aspects=("cause",), blame=cb)
    assert typed_contradiction(x, y, 0.6, 0.6, 0.6) is None


def test_contradictions_characterization_size_words_and_figures():
    x = claim("a", "It was a brief service interruption.", "Acme", "vendor", aspects=("severity",), severity=["brief"])
    y = claim("b", "It was a significant outage.", "Ledger", aspects=("severity",), severity=["significant"])
    assert typed_contradiction(x, y, 0.6, 0.6, 0.6)[0] == "characterization"
    z = claim("c", "The outage lasted 13 hours.", "Ledger", aspects=("duration",), minutes=780)
    assert typed_contradiction(x, z, 0.2, 0.2, 0.2)[0] == "characterization"


def test_contradictions_an_offer_duration_does_not_size_the_incident():
    x = claim("a", "It was a short interruption.", "Acme", "vendor", aspects=("severity",), severity=["short"])
    y = claim("b", "Every customer will receive a credit equal to one week of service.", "Acme", "vendor",
              aspects=("remediation", "duration"), minutes=10080, doc="d2")
    z = claim("c", "The outage lasted about 40 hours.", "Ledger", minutes=2400)
    assert typed_contradiction(x, y, 0.4, 0.4, 0.4) is None
    assert typed_contradiction(y, z, 0.4, 0.4, 0.4) is None
    assert typed_contradiction(x, z, 0.4, 0.4, 0.4)[0] == "characterization"


def test_contradictions_characterization_few_against_wide_reach():
    x = claim("a", "We are investigating reports that some customers are seeing errors.", "Acme", "vendor",
              aspects=("scope", "impact"))
    y = claim("b", "In practice the failure was global, and it hit thousands of customer websites.", "Ledger",
              "expert", aspects=("scope", "severity"))
    kind, aspect, _, _ = typed_contradiction(x, y, 0.5, 0.5, 0.5)
    assert (kind, aspect) == ("characterization", "scope")
    z = claim("c", "The vast majority of card payments were processed normally throughout.", "Acme", "vendor",
              aspects=("scope",), doc="d2")
    w = claim("d", "Shoppers across the country were unable to pay by card after a major failure.", "Post",
              aspects=("scope", "severity"), severity=["major"])
    assert typed_contradiction(z, w, 0.4, 0.4, 0.4)[0] == "characterization"


def test_contradictions_scorning_a_minimiser_sizes_up():
    x = claim("a", "Customers experienced a brief glitch with our ticketing systems.", "Acme", "vendor",
              aspects=("severity",), severity=["brief"])
    y = claim("b", "Acme's claim that the failure was a brief glitch is an insult to passengers.", "Union",
              aspects=("severity",), severity=["brief"])
    assert typed_contradiction(x, y, 0.5, 0.5, 0.5)[0] == "characterization"
    z = claim("c", 'The text message said "some customers" were affected, but everyone in my office was cut off.',
              "Mike", "customer", aspects=("scope",))
    v = claim("d", "Some Acme customers in the north experienced interrupted calls.", "Acme", "vendor",
              aspects=("scope",), doc="d2")
    assert typed_contradiction(v, z, 0.6, 0.6, 0.6)[0] == "characterization"


@pytest.mark.parametrize("text", [
    "Three weeks is not intermittent.",
    '"They keep calling it intermittent, but I have not been able to see my account for four days," he said.',
    "The company's description of the failure as a brief glitch has been contradicted by its own staff.",
    "It wasn't a few hiccups for some people, it was a shambles.",
    "We were completely dark all morning, which is not what I would call degraded.",
    'Their notice calls it a "brief glitch", which is a pretty gentle way of describing a lost weekend.',
    'The official line that this was a "brief" interruption is doing a lot of work.',
    # the claim itself says the other account plays it down
    "In our view the company's communication, which played down the delays merchants faced, is the bigger risk.",
    "Calling this a short technical glitch does a disservice to the customers who lost out.",
    "That is a gentle way of putting it when nobody in our office could post anything.",
    "The gates were still failing at six, so this was not the brief glitch your statement describes.",
    "One broker called the loss a blow to the firm's survival rather than a glitch.",
])
def test_contradictions_denying_a_minimiser_sizes_up(text):
    from nlp.contradictions import reach_polarity, size_polarity
    c = claim("a", text, "Ledger", "customer", aspects=("severity",), severity=["brief"] if "brief" in text else ())
    assert size_polarity(c) == 1 and reach_polarity(c) == 1


@pytest.mark.parametrize("text", [
    "We are sorry to every customer whose journey was disrupted.",
    "Know which of your services depend on a single global edge layer, and rehearse what you will do when it fails.",
])
def test_contradictions_wide_words_that_do_not_size_the_reach(text):
    from nlp.contradictions import reach_polarity
    assert reach_polarity(claim("a", text, "Acme", "vendor", aspects=("scope",))) == 0


def test_contradictions_sizing_claims_align_across_aspects():
    x = claim("a", "Since Monday, some customers have had intermittent difficulty logging in.", "Acme", "vendor",
              aspects=("scope", "timeline"))
    y = claim("b", "They keep calling it intermittent, but I have not been able to log in for four days.", "Pat",
              "customer", aspects=("duration", "severity"))
    z = claim("c", "The bank's app was updated on Monday.", "Ledger", aspects=("timeline",))
    vectors = FakeEmbedder().encode([c.text for c in (x, y, z)])
    assert (0, 1) in candidate_pairs([x, y, z], vectors)
    assert typed_contradiction(x, y, 0.4, 0.4, 0.4)[0] == "characterization"


@pytest.mark.parametrize("a,b", [
    # two minimisers
    (("The vast majority of our 5 million customers were able to use services as normal.", "vendor"),
     ("Since Monday, some customers have had intermittent difficulty logging in.", "vendor")),
    # a few who speak are not the reach of the outage
    (("Some passengers speculated on social media that the airline had been hacked.", "press"),
     ("The failure stranded tens of thousands of passengers across the country.", "press")),
    # the tail of a recovery
    (("A small number of customers are still seeing intermittent issues.", "vendor"),
     ("A nationwide outage knocked out service for millions of customers.", "press")),
    # a wide figure that nobody says was hurt
    (("Some customers may see slow pages.", "vendor"),
     ("Our network carries the calls of millions of people reliably every day.", "vendor")),
    # a voice other than the vendor saying "some" is not minimising
    (("Some customers were without service all day.", "customer"),
     ("The outage affected all of the carrier's mobile customers.", "regulator")),
    # both size it up, one scorning a word it quotes
    (("The outage lasted about 40 hours.", "customer"),
     ("We were down for just over 40 hours, so please stop calling it short.", "customer")),
])
def test_contradictions_reach_agreements_are_not_flagged(a, b):
    x = claim("a", a[0], "X", a[1], aspects=("scope",))
    y = claim("b", b[0], "Y", b[1], aspects=("scope",))
    assert typed_contradiction(x, y, 0.5, 0.5, 0.5) is None


def test_contradictions_two_minimisers_agree():
    x = claim("a", "It was a brief interruption.", "Acme", "vendor", aspects=("severity",), severity=["brief"])
    y = claim("b", "It was an extremely limited event.", "Ledger", aspects=("severity",), severity=["extremely limited"])
    assert typed_contradiction(x, y, 0.6, 0.6, 0.6) is None


def test_contradictions_specific_scope_inside_broader_is_agreement():
    x = claim("a", "Operations in China were affected.", "A", aspects=("scope",), count=None)
    y = claim("b", "It hit one of our 39 regions.", "B", aspects=("scope",), count=39, noun="region")
    assert typed_contradiction(x, y, 0.5, 0.5, 0.5) is None


def test_contradictions_denying_the_word_another_voice_put_in_quotes_is_characterization():
    x = claim("a", 'The bank is still telling the papers the problems are "intermittent".', "customers", "customer",
              aspects=("severity",))
    y = claim("b", "Three weeks is not intermittent.", "welsh_dragon", "customer", aspects=("severity",))
    kind, _, _, explanation = typed_contradiction(x, y, 0.3, 0.3, 0.3)
    assert kind == "characterization" and '"intermittent"' in explanation
    same = claim("c", "The problems were intermittent, not constant.", "welsh_dragon", "customer", aspects=("severity",))
    assert typed_contradiction(x, same, 0.3, 0.3, 0.3) is None  # says it in its own words, and agrees


def test_contradictions_taking_up_a_wording_to_say_it_does_the_incident_a_disservice_is_characterization():
    x = claim("a", 'BrightShop first called the episode a "technical glitch" in a short post.', "BrightShop", "vendor",
              aspects=("severity",))
    y = claim("b", "Calling this a short technical glitch does a disservice to the customers who lost out.", "union",
              "insider", aspects=("severity",))
    assert typed_contradiction(x, y, 0.4, 0.4, 0.4)[0] == "characterization"


def test_contradictions_saying_nothing_about_it_was_brief_sizes_it_up():
    x = claim("a", "Although the disruption was brief, we hold ourselves to a higher standard.", "Pennock", "vendor",
              aspects=("severity",), severity=["brief"])
    y = claim("b", "Nothing about it was brief.", "Hollin", "customer", aspects=("severity",))
    assert typed_contradiction(x, y, 0.5, 0.5, 0.5)[0] == "characterization"
    z = claim("c", "It was brief.", "Ledger", aspects=("severity",), severity=["brief"])
    assert typed_contradiction(x, z, 0.5, 0.5, 0.5) is None


def test_contradictions_a_quoted_word_that_sizes_nothing_is_no_characterization():
    x = claim("a", 'The statement says no AI tool played any "part" in preparing this change.', "Pennock", "vendor",
              aspects=("cause",))
    y = claim("b", "The rotation was not part of this inquiry.", "Office", "regulator", aspects=("cause",))
    assert typed_contradiction(x, y, 0.3, 0.3, 0.3) is None


def test_contradictions_a_pointed_rejection_answers_the_paragraph_it_points_at_not_the_one_before():
    def at(cid, text, speaker, role, start, para):
        c = claim(cid, text, speaker, role, aspects=("cause",), doc="letter.txt", features={"paragraph": para})
        c.start, c.end = start, start + len(text)
        return c
    claims = [at("a", "We note your offer of a credit of 50 pounds to each merchant.", "Hollin", "customer", 0, 1),
              at("b", "It has no bearing on a retailer of our size.", "Hollin", "customer", 70, 1),
              at("c", "We are concerned by reports that an AI tool wrote the procedure.", "Hollin", "customer", 130, 2),
              at("d", "Your statement denies this, and calls the reports false.", "Pennock", "vendor", 200, 2)]
    assert pointed_rebuttals(claims) == {(2, 3)}


def test_contradictions_a_pointed_rejection_answers_an_account_taken_up_across_paragraphs():
    def at(cid, text, speaker, role, start, para):
        c = claim(cid, text, speaker, role, aspects=("cause",), doc="news.html", features={"paragraph": para})
        c.start, c.end = start, start + len(text)
        return c
    claims = [at("a", "Two engineers told the Chronicle the switchover equipment was set for manual operation.",
                 "insiders", "insider", 0, 1),
              at("b", "One of them said concerns had been raised in internal reviews.", "insiders", "insider", 90, 2),
              at("c", "The airport said it did not recognise that account.", "Heathlow", "vendor", 160, 3)]
    assert pointed_rebuttals(claims) == {(0, 2), (1, 2)}


def test_contradictions_lengths_told_of_different_zones_do_not_conflict():
    x = claim("a", "Zone a has now been unavailable for more than two weeks.", "Tramway", "customer",
              minutes=20160, bound="lower")
    y = claim("b", "The other two zones, europe-west9-b and europe-west9-c, were serving traffic again within about a day.",
              "Fenwick", "expert", minutes=1440)
    assert not durations_conflict(x, y)
    z = claim("c", "Zone a was back within a day.", "Ledger", minutes=1440)
    assert durations_conflict(x, z)


def test_contradictions_what_an_inquiry_does_not_cover_is_no_denial():
    assert not denies("The October 2024 outage is not part of this inquiry.")
    assert denies("The October 2024 outage was not caused by an attack.")


def test_contradictions_rebuttal_links_denial_to_claim():
    x = claim("a", "It was at least the second time an AI tool caused an outage.", "insiders", "insider",
              aspects=("recurrence",), count=2, noun="recurrence")
    y = claim("b", "The assertion that a second event affected AWS is entirely false.", "Amazon", "vendor",
              aspects=("recurrence",), negated=True, features={"denied": "The assertion that a second event affected AWS"})
    kind, aspect, score, explanation = typed_contradiction(x, y, 0.5, 0.5, 0.5)
    assert (kind, aspect) == ("rebuttal", "recurrence") and explanation.startswith("Amazon")


def test_contradictions_never_cross_incidents():
    x = claim("a", "The outage lasted 13 hours.", "A", minutes=780, incident="i-1")
    y = claim("b", "The outage lasted 47 minutes.", "B", minutes=47, incident="i-2")
    assert find_contradictions([x, y], embedder=FakeEmbedder()) == []
    y.incident = "i-1"
    assert [c.kind for c in find_contradictions([x, y], embedder=FakeEmbedder())] == ["numeric"]


def test_contradictions_one_voice_in_one_document_is_not_a_contradiction():
    x = claim("a", "The outage lasted 13 hours.", "A", minutes=780, doc="d1")
    y = claim("b", "The outage lasted 47 minutes.", "A", minutes=47, doc="d1")
    assert find_contradictions([x, y], embedder=FakeEmbedder()) == []
    y.doc_id = "d2"  # the same voice changing its story between two documents is reported
    assert len(find_contradictions([x, y], embedder=FakeEmbedder())) == 1


def test_contradictions_alignment_is_blocked_by_incident_and_aspect():
    claims = [claim(str(i), f"text {i}", f"V{i}", aspects=("duration",) if i % 2 else ("cause",), incident=f"i-{i % 3}")
              for i in range(30)]
    vectors = FakeEmbedder().encode([c.text for c in claims])
    for i, j in candidate_pairs(claims, vectors, top_k=3):
        assert claims[i].incident == claims[j].incident
        assert set(claims[i].aspects) & set(claims[j].aspects)


@pytest.mark.parametrize("text", [
    "That failure knocked banking apps offline for most of a day.",
    "In that episode, congestion knocked out services for around seven hours.",
    "The episode comes barely two months after the far larger outage in the same region.",
    "An analyst compared the episode with another firm's database loss, which lasted a day.",
])
def test_contradictions_undated_recall_of_another_event_is_not_compared(text):
    from nlp.contradictions import may_compare
    a = claim("a", "The outage lasted three hours.", "Acme", role="vendor", minutes=180)
    b = claim("b", text, "Ledger")
    assert not may_compare(a, b)


def test_contradictions_days_after_this_outage_is_still_this_outage():
    from nlp.contradictions import may_compare
    a = claim("a", "The outage lasted three hours.", "Acme", role="vendor", minutes=180)
    b = claim("b", "In the days after the outage, Acme said an incorrect process caused it.", "Ledger")
    assert may_compare(a, b)


def test_shipped_pair_scorer_was_trained_on_this_corpus_and_has_its_card(root):
    import json

    from nlp import corpus
    from nlp.pair_scorer import DEFAULT_DIR, model_card

    meta = json.loads((DEFAULT_DIR / "meta.json").read_text())
    assert meta["corpus"]["sha256"] == corpus.load(root / "corpora" / "incidents").fingerprint()
    card = (DEFAULT_DIR / "README.md").read_text()
    assert card == model_card(meta)
    assert meta["sha256"] in card and str(meta["evaluation"]["recall"]) in card


def _in_doc(c, start):
    c.doc_id, c.start, c.end = "story.txt", start, start + len(c.text)
    return c


def test_rebuttal_by_pointing_back_links_the_account_just_before_it():
    accusation = _in_doc(claim("a", "Two engineers said the supplier's cooling unit had failed on Monday.", "insiders",
                               role="insider", aspects=("cause",)), 0)
    other = _in_doc(claim("b", "The data hall reached 40 degrees by noon.", "Daily Transit", aspects=("impact",)), 100)
    answer = _in_doc(claim("c", "Frostline rejected that suggestion, saying its equipment performed as specified.",
                           "Frostline", role="expert", aspects=("remediation",)), 200)
    found = find_contradictions([accusation, other, answer], embedder=FakeEmbedder())
    rebuttals = [(x.claim_a, x.claim_b) for x in found if x.kind == "rebuttal"]
    assert rebuttals == [("a", "c")]


def test_rebuttal_by_pointing_back_needs_another_voice_and_a_rejection():
    own = _in_doc(claim("a", "Frostline said its equipment performed as specified.", "Frostline", role="expert",
                        aspects=("cause",)), 0)
    same_voice = _in_doc(claim("b", "Frostline rejected that suggestion again on Friday.", "Frostline", role="expert",
                               aspects=("cause",)), 100)
    neutral = _in_doc(claim("c", "The council published that report on Friday.", "Daily Transit", aspects=("cause",)), 200)
    found = find_contradictions([own, same_voice, neutral], embedder=FakeEmbedder())
    assert [x for x in found if x.kind == "rebuttal"] == []


def test_contradictions_two_outside_voices_naming_different_causes_are_not_flagged():
    x = claim("a", "An engineer ran a deletion command on the wrong server.", "DevWire", aspects=("cause",), blame="human_error")
    y = claim("b", "Users speculated that hackers had broken in.", "customers", "customer", aspects=("cause",), blame="malicious")
    assert typed_contradiction(x, y, 0.4, 0.4, 0.4) is None
    z = claim("c", "The outage was caused by a power failure in the data centre.", "Acme", "vendor", aspects=("cause",),
              blame="infrastructure")
    assert typed_contradiction(x, z, 0.4, 0.4, 0.4)[0] == "categorical"


def test_contradictions_an_offer_called_too_small_is_a_characterization():
    offer = claim("a", "Every affected customer will receive a £40 credit on their next bill.", "Acme", "vendor",
                  aspects=("remediation",))
    offer.strategies = ["compensation"]
    scorn = claim("b", "Forty quid is an insult after a weekend without a working card.", "pete", "customer", aspects=("impact",))
    kind, aspect, _, explanation = typed_contradiction(offer, scorn, 0.3, 0.3, 0.3)
    assert (kind, aspect) == ("characterization", "remediation") and "pete" in explanation and "Acme" in explanation
    thanks = claim("c", "The £40 credit arrived on my bill the next day.", "jo", "customer", aspects=("remediation",))
    assert typed_contradiction(offer, thanks, 0.5, 0.5, 0.5) is None


def test_contradictions_wording_taken_up_to_reject_it_is_a_characterization():
    vendor = claim("a", "This was a one-day delay to a single payday, not a failure to pay.", "Kestrel", "vendor",
                   aspects=("severity",))
    union = claim("b", "To describe this as a one-day delay to a single payday insults workers who missed their rent.",
                  "union", "insider", aspects=("impact",))
    assert typed_contradiction(vendor, union, 0.4, 0.4, 0.4)[0] == "characterization"
    agreeing = claim("c", "They describe this as a one-day delay to a single payday, and that matches what we saw.",
                     "analysts", "expert", aspects=("impact",))
    assert typed_contradiction(vendor, agreeing, 0.4, 0.4, 0.4) is None


@pytest.mark.parametrize("ended,still,conflict", [
    ({"date": None, "minute": 570}, {"date": None, "minute": 1060}, True),               # by 09:30 / still at 17:40
    ({"date": None, "minute": 570}, {"date": None, "minute": 600}, False),               # half an hour: too close
    ({"date": "2025-02-02", "minute": None}, {"date": "2025-02-03", "minute": None}, True),  # a day later
    ({"date": "2025-02-02", "minute": 600}, {"date": "2025-02-02", "minute": 540}, False),  # still failing before the end
    ({"date": None, "minute": 570}, {"date": "2025-03-11", "minute": 1060}, False),      # one day unknown: no call
    ({"date": "2025-02", "minute": None}, {"date": "2025-02-03", "minute": None}, False),   # a month against a day
])
def test_contradictions_still_failing_after_a_stated_end(ended, still, conflict):
    from nlp.contradictions import still_after_end
    assert still_after_end(ended, still) is conflict


def test_contradictions_still_failing_after_a_stated_end_is_a_timeline_contradiction():
    x = claim("a", "Services were fully restored by 09:30.", "Acme", "vendor", aspects=("timeline",))
    y = claim("b", "The machines were still failing at 17:40.", "commuter", "customer", aspects=("timeline",))
    x.slots.ended = {"date": None, "minute": 570}
    y.slots.still = {"date": None, "minute": 1060}
    kind, aspect, score, explanation = typed_contradiction(x, y, 0.4, 0.4, 0.4)
    assert (kind, aspect) == ("numeric", "timeline") and "09:30" in explanation and "17:40" in explanation


@pytest.mark.parametrize("text,recalls", [
    ("Others blamed a solar flare that had been reported earlier in the week.", False),
    ("So we brought the data centres back in stages.", False),
    ("Traffic between the separate networks passes through the gateways.", False),
    ("That earlier failure lasted two days.", True),
    ("The airline also suffered a separate outage that hit check-in.", True),
    ("Back in 2019 the same thing happened.", True),
    ("GitLab lost six hours of data in 2017 after an engineer deleted a directory.", True),
    ("At the time, the bank said the platform was sound.", True),
    ("Two engineers who left the company last year said the backup was never tested.", False),
    ("The results database still runs on servers bought in 2014.", False),
    ("At the time of the failure, the chief executive said the platform was sound.", False),
    ("Last year the same portal was down for three days.", True),
    # the year dates a decision in its own clause, not the failure told after it
    ("The union said the airline made 300 staff redundant in 2016, leaving too few people when the systems went down.",
     False),
])
def test_contradictions_only_markers_of_another_event_keep_a_claim_out_of_comparison(text, recalls):
    from nlp.contradictions import _recalls_other_event
    assert _recalls_other_event(claim("a", text, "A", aspects=("cause",))) is recalls


def test_contradictions_company_blaming_its_supplier_against_a_critic_blaming_its_configuration():
    vendor = claim("a", "The fault lay in our partner's software release.", "Acme", "vendor", aspects=("cause",),
                   blame="third_party")
    expert = claim("b", "The safety limits were switched off by the operator's own engineers.", "Lintel Research",
                   "expert", aspects=("cause",), blame="configuration")
    kind, aspect, _, explanation = typed_contradiction(vendor, expert, 0.3, 0.3, 0.3)
    assert (kind, aspect) == ("categorical", "cause") and "third party" in explanation


def test_contradictions_customer_blaming_its_provider_agrees_with_the_provider_blaming_its_own_bug():
    customer = claim("a", "Our app was down because of an issue with a third-party provider.", "Shopco", "customer",
                     aspects=("cause",), blame="third_party")
    vendor = claim("b", "A latent bug in our DNS automation emptied the record.", "Acme", "vendor", aspects=("cause",),
                   blame="software_bug")
    assert typed_contradiction(customer, vendor, 0.3, 0.3, 0.3) is None
    # a customer blaming somebody else (another customer's change) still disputes the vendor's account
    other = claim("c", "One customer shipped a broken config and took everyone down.", "kit", "customer",
                  aspects=("cause",), blame="third_party")
    assert typed_contradiction(other, vendor, 0.3, 0.3, 0.3)[0] == "categorical"


def test_contradictions_words_quoted_in_the_companys_own_statement_are_its_own():
    from nlp.contradictions import reach_polarity
    said = claim("a", 'The bank said the disruption affected "a small number of customers".', "Larkfield", "vendor",
                 aspects=("scope",))
    said.cue = "said"
    assert reach_polarity(said) == -1
    narrated = claim("b", 'The bank is calling it a problem for "a small number of customers".', "Ledger", "press",
                     aspects=("scope",))
    assert reach_polarity(narrated) == 0


def test_contradictions_two_customers_own_experiences_do_not_contradict_but_a_relayed_figure_does():
    a = claim("a", "Our shop was down for five hours.", "shop_owner", role="customer", minutes=300)
    b = claim("b", "We went three days without our money.", "bakery", role="customer", minutes=4320)
    assert typed_contradiction(a, b, 0.5, 0.5, 0.5) is None
    c = claim("c", "The company's notice says most customers were back within two hours.", "bakery", role="customer",
              minutes=120, bound="upper")
    found = typed_contradiction(a, c, 0.5, 0.5, 0.5)
    assert found is not None and found[0] == "numeric"


@pytest.mark.parametrize("text", [
    "Only 15 percent of interactions on the site ran into problems.",
    "Only a small share of Black Friday orders were affected.",
    "More than 96 percent of orders that day went through normally.",
])
def test_contradictions_a_company_saying_few_were_hit_sizes_the_reach_down(text):
    from nlp.contradictions import reach_polarity
    assert reach_polarity(claim("a", text, "Acme", "vendor", aspects=("scope",))) == -1


def test_contradictions_clock_times_in_different_zones_are_not_compared():
    from nlp.contradictions import still_after_end
    assert still_after_end({"date": None, "minute": 160, "zone": "pacific"}, {"date": None, "minute": 630, "zone": "uk"}) is False
    assert still_after_end({"date": None, "minute": 160, "zone": "uk"}, {"date": None, "minute": 630, "zone": "uk"}) is True


def _article(*rows):
    """Claims of one article in order: (text, speaker, role, cue)."""
    out = []
    for k, (text, speaker, role, cue) in enumerate(rows):
        c = claim(f"c{k}", text, speaker, role, aspects=("cause",), doc="article.html")
        c.start, c.end, c.cue = 100 * k, 100 * k + len(text), cue
        out.append(c)
    return out


def test_contradictions_a_rejection_naming_whose_account_it_is_points_at_that_voice():
    from nlp.contradictions import pointed_rebuttals
    claims = _article(
        ("Two engineers said managers skipped the generator tests to save money.", "insiders", "insider", "said"),
        ("The failure cost the airline about 80 million pounds, analysts said.", "analysts", "expert", "said"),
        ("Customers said they waited hours for news.", "customers", "customer", "said"),
        ("The company dismissed the insiders' account as baseless.", "Acme", "vendor", "dismissed"),
    )
    assert pointed_rebuttals(claims) == {(0, 3)}


def test_contradictions_a_rejection_pointing_back_with_a_pronoun_answers_the_nearest_account():
    from nlp.contradictions import pointed_rebuttals
    claims = _article(
        ("The company has blamed its drainage contractor for the flooded pumps.", "Acme", "vendor", "blamed"),
        ("Fenmoor rejected that, saying it had warned the company in writing.", "Fenmoor", "expert", "rejected"),
    )
    assert pointed_rebuttals(claims) == {(0, 1)}
    own = _article(
        ("The outage began when a storage job ran long.", "Acme", "vendor", None),
        ("This post explains what went wrong and what we are changing.", "Ledger", "press", None),
    )
    assert pointed_rebuttals(own) == set()


def test_contradictions_background_dates_do_not_keep_two_claims_apart_but_event_dates_do():
    from nlp.contradictions import may_compare
    a = claim("a", "The contractor signed off the pumps in November.", "Acme", "vendor", aspects=("cause",))
    b = claim("b", "Fenmoor said it had warned the company in September that two pumps needed replacing.", "Fenmoor",
              "expert", aspects=("cause",))
    a.slots.dates, b.slots.dates = ["2025-11"], ["2025-09"]
    assert may_compare(a, b)
    c = claim("c", "The hub flooded in January and parcels were delayed for a week.", "Acme", "vendor",
              aspects=("duration", "impact"))
    d = claim("d", "The hub also flooded in March, for two days.", "Union", "insider", aspects=("duration",))
    c.slots.dates, d.slots.dates = ["2026-01"], ["2026-03"]
    assert not may_compare(c, d)


def test_contradictions_a_failure_across_a_country_sizes_the_reach_up():
    from nlp.contradictions import reach_polarity
    c = claim("a", "The payment system went down, leaving shops across the US unable to take cards.", "Ledger",
              aspects=("scope",))
    assert reach_polarity(c) == 1


def test_contradictions_a_size_word_inside_a_reported_description_is_not_the_claim_s_own():
    from nlp.contradictions import size_polarity
    c = claim("a", "We want to correct a report that describes the event as a lengthy outage.", "Acme", "vendor",
              aspects=("severity",), severity=["lengthy"])
    assert size_polarity(c) == 0
    d = claim("b", "It was a lengthy outage.", "Ledger", aspects=("severity",), severity=["lengthy"])
    assert size_polarity(d) == 1


def test_contradictions_a_voice_does_not_rebut_itself_across_its_documents():
    a = claim("a", "Customers in one region saw a brief interruption of a single service.", "Acme", "vendor",
              aspects=("scope",), doc="statement.txt")
    b = claim("b", "It did not touch any other service, and workloads kept running.", "Acme", "vendor",
              aspects=("scope",), doc="faq.txt", negated=True)
    assert typed_contradiction(a, b, 0.7, 0.7, 0.7) is None


def test_contradictions_a_scorned_size_word_is_explained_as_rejected():
    x = claim("a", "Customers saw a brief interruption.", "Acme", "vendor", aspects=("severity",), severity=["brief"])
    y = claim("b", 'Calling this a "brief" interruption is an insult to passengers.', "Union", "insider",
              aspects=("severity",), severity=["brief"])
    kind, _, _, explanation = typed_contradiction(x, y, 0.5, 0.5, 0.5)
    assert kind == "characterization" and 'Acme (vendor) calls it "brief"' in explanation
    assert 'Union (insider) rejects "brief"' in explanation


@pytest.mark.parametrize("text", [
    "Fellgate ran on manual control until Thursday, whatever the company says.",
    "Contrary to what Vantora has told its customers, the plant ran by hand for three days.",
    "Despite the company's assurances, the plant ran by hand for three days.",
])
def test_contradictions_a_claim_set_against_a_named_account_rebuts_the_closest_of_it(text):
    restored = claim("a", "Automatic control was restored at both works by 11:30 on Tuesday.", "Vantora", "vendor",
                     aspects=("duration", "timeline"))
    blamed = claim("b", "The company blames the night operator for a slow switchover.", "Vantora", "vendor",
                   aspects=("cause", "timeline"))
    union = claim("c", text, "Plant Workers Union", "insider", aspects=("duration", "timeline"))
    # the blaming claim is the more similar, but the restored one answers the same aspects
    vectors = np.array([[1.0, 0.0], [0.8, 0.6], [0.7, 0.714]])
    pairs = contrary_rebuttals([restored, blamed, union], vectors, [(0, 2), (1, 2)])
    assert pairs == {(0, 2)}
    kind, aspect, score, explanation = typed_contradiction(restored, union, 0.4, 0.4, 0.4, contrary=True)
    assert (kind, aspect) == ("rebuttal", "duration") and explanation.startswith("Plant Workers Union")


def test_contradictions_a_contrary_account_of_someone_else_does_not_rebut_the_company():
    vendor = claim("a", "Automatic control was restored at both works by 11:30 on Tuesday.", "Vantora", "vendor",
                   aspects=("timeline",))
    union = claim("b", "Contrary to what the regulator has said, the plant ran by hand for three days.",
                  "Plant Workers Union", "insider", aspects=("timeline",))
    assert contrary_rebuttals([vendor, union], np.array([[1.0, 0.0], [0.9, 0.436]]), [(0, 1)]) == set()


@pytest.mark.parametrize("text,polarity", [
    ("For most customers, service was back by early afternoon.", -1),
    ("For the great majority of customers, the problem was over within a few hours.", -1),
    ("For most customers, the worst came on Tuesday.", 0),
])
def test_contradictions_the_company_saying_most_were_back_soon_sizes_the_reach_down(text, polarity):
    from nlp.contradictions import reach_polarity
    assert reach_polarity(claim("a", text, "Acme", "vendor", aspects=("scope",))) == polarity


def test_contradictions_a_company_revising_its_first_cause_contradicts_itself():
    first = claim("a", "In the first hours, a Vantora spokesperson blamed a spike in unusual traffic.", "Vantora",
                  "vendor", aspects=("cause",), blame="infrastructure", doc="news.txt")
    later = claim("b", "What set this off was our own change to database permissions.", "Vantora", "vendor",
                  aspects=("cause",), blame="configuration", doc="postmortem.md")
    kind, aspect, score, explanation = typed_contradiction(first, later, 0.4, 0.4, 0.4)
    assert kind == "categorical" and "first blames infrastructure" in explanation
    # two accounts by the company that name different links of one chain, neither a first account
    other = claim("c", "The permissions change doubled the size of a feature file.", "Vantora", "vendor",
                  aspects=("cause",), blame="software_bug", doc="postmortem.md")
    assert typed_contradiction(later, other, 0.4, 0.4, 0.4) is None


def test_contradictions_one_customers_first_guess_against_anothers_is_not_a_dispute():
    guess = claim("a", "My first thought was the wind, with a gale warning out.", "bea", "customer",
                  aspects=("cause",), blame="external")
    other = claim("b", "It was the ancient servers, obviously.", "kit", "customer", aspects=("cause",), blame="infrastructure")
    assert typed_contradiction(guess, other, 0.4, 0.4, 0.4) is None


@pytest.mark.parametrize("reply", [
    "That is untrue: the update followed our standard deployment procedure.",
    "Not true. The update went out in stages, as it always does.",
])
def test_contradictions_a_reply_opening_with_that_is_untrue_answers_the_account_before_it(reply):
    from nlp.contradictions import pointed_rebuttals
    claims = _article(
        ("Two staff said the update went to every meter in a single push.", "insiders", "insider", "said"),
        (reply, "Acme", "vendor", None),
    )
    assert pointed_rebuttals(claims) == {(0, 1)}


def test_contradictions_an_elliptical_denial_answers_the_account_before_it():
    from nlp.contradictions import pointed_rebuttals
    claims = _article(
        ("The story also says there was a second event affecting the cloud.", "Ledger", "press", "says"),
        ("There was not.", "Acme", "vendor", None),
    )
    assert pointed_rebuttals(claims) == {(0, 1)}


def test_contradictions_a_rejection_answers_every_sentence_of_the_account_just_told():
    from nlp.contradictions import pointed_rebuttals
    claims = _article(
        ("The trust said the outage began on Monday.", "Acme", "vendor", "said"),
        ("Two engineers said the switchover equipment was set to manual.", "insiders", "insider", "said"),
        ("One of them said upgrades had been put back twice.", "insiders", "insider", "said"),
        ("Acme said it did not recognise that account.", "Acme", "vendor", "said"),
    )
    assert pointed_rebuttals(claims) == {(1, 3), (2, 3)}


def test_contradictions_setting_aside_the_companys_quoted_wording_is_a_characterization():
    vendor = claim("a", "Vantora.com ran in a degraded state for 24 hours and 11 minutes.", "Vantora", "vendor",
                   aspects=("duration",))
    expert = claim("b", 'We would rate this a severe incident, not the "degraded state" described in the summary.',
                   "Quorum Research", "expert", aspects=("severity",))
    kind, aspect, score, explanation = typed_contradiction(vendor, expert, 0.3, 0.3, 0.3)
    assert kind == "characterization" and "Quorum Research" in explanation
    other = claim("c", "Vantora.com ran slowly for a day.", "Vantora", "vendor", aspects=("duration",))
    assert typed_contradiction(other, expert, 0.3, 0.3, 0.3) is None


@pytest.mark.parametrize("text,polarity", [
    ("Our status page says users \"may have trouble\" opening files.", -1),
    ("Some merchants might see occasional errors at checkout.", -1),
    ("We will publish a full review once the investigation ends.", 0),
])
def test_contradictions_a_companys_hedged_impact_sizes_the_reach_down(text, polarity):
    from nlp.contradictions import reach_polarity
    c = claim("a", text, "Acme", "vendor", aspects=("scope",))
    c.cue = "says" if "says" in text else None  # the company's own words in its attributed statement
    assert reach_polarity(c) == polarity


@pytest.mark.parametrize("text,polarity", [
    ("Its first notice spoke only of a possible effect on the speed of uploads.", -1),
    ("The airline said only that some passengers might face delays.", -1),
    ("The airline said only that it was investigating.", 0),
])
def test_contradictions_reporting_an_account_that_went_no_further_than_a_small_impact_sizes_down(text, polarity):
    from nlp.contradictions import size_polarity
    assert size_polarity(claim("a", text, "Ledger", aspects=("scope",))) == polarity


@pytest.mark.parametrize("text,polarity", [
    ("At the peak, roughly 70% of our network was affected.", 1),
    ("The faulty build crashed over and over in every region.", 1),
    ("About 12 percent of requests failed; the other 88 percent went through.", -1),  # not wide: most went through
])
def test_contradictions_a_large_share_hurt_or_every_region_sizes_the_reach_up(text, polarity):
    from nlp.contradictions import reach_polarity
    assert reach_polarity(claim("a", text, "Acme", "vendor", aspects=("scope",))) == polarity


def test_contradictions_a_hedged_first_update_against_a_wide_failure_is_a_characterization():
    first = claim("a", "The provider's first update spoke only of users possibly seeing slow pages.", "Ledger",
                  aspects=("scope", "severity"))
    wide = claim("b", "Around 80% of our network was affected at the height of the incident.", "Acme", "vendor",
                 aspects=("scope",), doc="pm.md")
    kind, aspect, _, explanation = typed_contradiction(first, wide, 0.2, 0.2, 0.2)
    assert (kind, aspect) == ("characterization", "scope") and "spoke only of" in explanation


def test_contradictions_an_account_told_with_rather_than_can_be_pointed_back_at():
    from nlp.contradictions import pointed_rebuttals
    claims = _article(
        ("Two staff said the switches were set to manual rather than automatic transfer.", "insiders", "insider", "said"),
        ("Acme said it did not recognise that account.", "Acme", "vendor", "said"),
    )
    claims[0].negated = True  # "rather than" reads as a negation
    assert pointed_rebuttals(claims) == {(0, 1)}
    denial = _article(
        ("Staff said the switches were not tested last year.", "insiders", "insider", "said"),
        ("Acme said it did not recognise that account.", "Acme", "vendor", "said"),
    )
    denial[0].negated = True
    assert pointed_rebuttals(denial) == set()  # an account that itself denies is not rebutted by pointing


def test_contradictions_a_rejection_naming_an_accounts_owner_does_not_answer_somebody_else():
    from nlp.contradictions import pointed_rebuttals
    claims = _article(
        ("A gang posted on its leak site that it had taken 300 gigabytes of files.", "Umbra Kite", "expert", "posted"),
        ("\"We lost a whole week of orders,\" said Kevin Dray, who runs a shop on the platform.", "Kevin Dray",
         "customer", "said"),
        ("Acme called the gang's claims false, a pressure tactic.", "Acme", "vendor", "called"),
    )
    assert pointed_rebuttals(claims) == set()
    claims[0].speaker = "the gang"
    assert pointed_rebuttals(claims) == {(0, 2)}


@pytest.mark.parametrize("text,disputes", [
    ("\"Acme can call it restored, but we rebuilt our rota by hand all weekend,\" she said.", True),
    ("They keep saying it was fixed by noon, but our tills were dead until six.", True),
    ("Please don't tell me it was resolved at midnight: we were offline until breakfast.", True),
    ("For us \"resolved\" meant three working logins out of forty.", True),
    ("Service was restored at 14:00 for us too.", False),
    ("We expect it to be fixed by noon, but we will keep customers informed.", False),
])
def test_contradictions_a_claim_disputing_that_it_was_over_is_recognised(text, disputes):
    from nlp.contradictions import _disputes_end
    assert _disputes_end(text) is disputes


def test_contradictions_a_customer_disputing_the_companys_word_that_it_was_over_is_a_characterization():
    over = claim("a", "All services were restored by 14:00 on Tuesday.", "Acme", "vendor", aspects=("timeline",))
    dispute = claim("b", "Acme can call it restored, but our shop was down until the evening.", "Bea Lund",
                    "customer", aspects=("impact",), doc="forum.md")
    kind, aspect, _, explanation = typed_contradiction(over, dispute, 0.2, 0.2, 0.2)
    assert (kind, aspect) == ("characterization", "timeline") and "Bea Lund" in explanation
    # the company itself, or a customer agreeing, is no dispute
    agrees = claim("c", "Service was restored at 14:00 for us too.", "Bea Lund", "customer", aspects=("timeline",),
                   doc="forum.md")
    assert typed_contradiction(over, agrees, 0.6, 0.6, 0.6) is None
    # ... and a plan to fix it is not a claim that it was over
    plan = claim("d", "We expect everything to be fixed by Friday.", "Acme", "vendor", aspects=("remediation",))
    assert typed_contradiction(plan, dispute, 0.2, 0.2, 0.2) is None


def test_contradictions_a_claim_disputing_the_end_is_aligned_with_the_claims_saying_it_ended():
    over = claim("a", "All services were restored by 14:00 on Tuesday.", "Acme", "vendor", aspects=("timeline",))
    dispute = claim("b", "Acme can call it restored, but our shop was down until the evening.", "Bea Lund",
                    "customer", aspects=("impact",), doc="forum.md")
    other = claim("c", "A storage controller failed at 09:10.", "Acme", "vendor", aspects=("cause",))
    vectors = np.array([[1.0, 0.0], [0.0, 1.0], [0.7, 0.714]])
    assert (0, 1) in candidate_pairs([over, dispute, other], vectors)
    assert (1, 2) not in candidate_pairs([over, dispute, other], vectors)


def test_contradictions_disputing_the_duration_another_voice_gives_is_numeric():
    vendor = claim("a", "Between 06:10 and 13:30 on Monday, customers could not log in.", "Acme", "vendor",
                   aspects=("duration",), minutes=440)
    customer = claim("b", "It was dead for me far longer than the seven hours in your statement.", "Bea Lund",
                     "customer", aspects=("duration",), doc="complaint.txt")
    kind, aspect, _, explanation = typed_contradiction(vendor, customer, 0.3, 0.3, 0.3)
    assert (kind, aspect) == ("numeric", "duration") and "Bea Lund (customer) disputes" in explanation
    # a figure far from the one disputed is somebody else's
    other = claim("c", "The mobile app was down for 40 minutes.", "Acme", "vendor", aspects=("duration",), minutes=40)
    assert typed_contradiction(other, customer, 0.3, 0.3, 0.3) is None


def test_contradictions_a_customer_set_against_what_they_keep_claiming_rebuts_the_companys_denial():
    vendor = claim("a", "No customer has been charged for a cancelled order.", "Acme", "vendor",
                   aspects=("impact",), negated=True)
    customer = claim("b", "My card was debited twice, whatever they keep claiming about nobody paying.", "bea_l",
                     "customer", aspects=("impact",), doc="forum.md")
    assert contrary_rebuttals([vendor, customer], np.array([[1.0, 0.0], [0.8, 0.6]]), [(0, 1)]) == {(0, 1)}
    # "they", from a reporter, names nobody in particular
    reporter = claim("c", "Whatever they keep claiming, the refunds are slow.", "Ledger", "press", aspects=("impact",))
    assert contrary_rebuttals([vendor, reporter], np.array([[1.0, 0.0], [0.8, 0.6]]), [(0, 1)]) == set()


class AlwaysScorer:
    """A pair scorer that finds every pair it is shown incompatible."""
    threshold = 0.5

    def __init__(self):
        self.shown = []

    def score(self, claims, vectors, denied_vectors, has_denied, pairs):
        self.shown.extend(pairs)
        return np.ones(len(pairs))


def test_contradictions_two_customers_own_experiences_are_not_shown_to_the_pair_scorer():
    a = claim("a", "Nine days without access to my savings is a long time.", "quokka", "customer",
              aspects=("duration", "impact"), minutes=12960, doc="forum.md")
    b = claim("b", "The phone queue was over an hour every time I rang.", "tallow", "customer",
              aspects=("duration", "impact"), minutes=60, bound="lower", doc="forum2.md")
    scorer = AlwaysScorer()
    assert find_contradictions([a, b], embedder=FakeEmbedder(), scorer=scorer) == [] and scorer.shown == []
    c = claim("c", "Access was back for nearly every member within a day.", "Acme", "vendor",
              aspects=("duration", "impact"), doc="statement.txt")
    assert any(k.kind == "semantic" for k in find_contradictions([a, c], embedder=FakeEmbedder(), scorer=scorer))


def test_pair_scorer_figure_ratios_are_capped():
    from nlp.pair_scorer import RATIO_CAP, pair_features
    a = claim("a", "Nine days.", "A", "customer", minutes=12960)
    b = claim("b", "Over an hour.", "B", "vendor", minutes=60)
    v = np.array([1.0, 0.0])
    row = pair_features(a, b, v, v, None, None)
    assert max(row[18:20]) == pytest.approx(RATIO_CAP)


def test_contradictions_calling_it_a_temporary_disruption_generous_sizes_up():
    from nlp.contradictions import size_polarity
    c = claim("a", "Calling this a temporary disruption is generous.", "Ledger", "expert", aspects=("severity",))
    assert size_polarity(c) == 1


def test_contradictions_a_reporters_own_negated_narration_rebuts_nobody():
    vendor = claim("a", "The root cause was a change to our internal DNS settings.", "Acme", "vendor", aspects=("cause",))
    narration = claim("b", "Acme did not explain why the update had changed its DNS settings.", "Ledger", "press",
                      aspects=("cause",), negated=True, doc="news.txt")
    assert typed_contradiction(vendor, narration, 0.8, 0.8, 0.8) is None
    # a voice answering the account still rebuts it
    union = claim("c", "The union said the DNS change had nothing to do with the outage.", "Union", "insider",
                  aspects=("cause",), negated=True, doc="letter.txt")
    union.cue = "said"
    assert typed_contradiction(vendor, union, 0.8, 0.8, 0.8)[0] == "rebuttal"


def test_contradictions_one_voice_telling_its_own_timeline_does_not_contradict_itself():
    from nlp.contradictions import typed_contradiction
    down = claim("a", "The app was fully unavailable between 07:05 and 08:55.", "Norvik", role="vendor",
                 aspects=("duration", "timeline"))
    later = claim("b", "Some customers still saw slow logins at 16:00.", "Norvik", role="vendor", aspects=("timeline",))
    down.slots.ended = {"date": None, "minute": 535, "zone": None}
    later.slots.still = {"date": None, "minute": 960, "zone": None}
    assert typed_contradiction(down, later, 0.5, 0.5, 0.5) is None
    other = claim("c", "Logins were still failing at 16:00.", "insiders", role="insider", aspects=("timeline",))
    other.slots.still = {"date": None, "minute": 960, "zone": None}
    assert typed_contradiction(down, other, 0.5, 0.5, 0.5)[0] == "numeric"


def test_contradictions_a_worst_case_length_fits_a_shorter_typical_one():
    from nlp.contradictions import typed_contradiction
    typical = claim("a", "Across our network, tills were down for an average of close to seven hours.", "Alliance",
                    role="customer", minutes=420)
    worst = claim("b", "In the worst-affected sites, trading did not resume for well over half a day.", "Council",
                  role="expert", minutes=720, bound="lower")
    assert typed_contradiction(typical, worst, 0.5, 0.5, 0.5) is None
    # the company's ceiling still meets a worst case past it
    ceiling = claim("c", "Every restaurant was back within two hours.", "Brewline", role="vendor", minutes=120, bound="upper")
    assert typed_contradiction(ceiling, worst, 0.5, 0.5, 0.5)[0] == "numeric"


def test_contradictions_a_party_denying_its_own_systems_were_breached_does_not_reject_the_attack():
    attack = claim("a", "Hackers broke into the retailer's systems over Easter.", "Ledger Post", aspects=("cause",), blame="malicious")
    supplier = claim("b", "It found no indication that any TCS systems or TCS users were compromised.", "Tata", "expert",
                     aspects=("cause",), blame="undetermined", denied=["malicious"],
                     features={"denied": "no indication that any TCS systems or TCS users were compromised"})
    assert typed_contradiction(attack, supplier, 0.3, 0.3, 0.3) is None
    named = claim("c", "The attackers got in by tricking TCS staff on the service desk.", "insiders", "insider",
                  aspects=("cause",), blame="malicious")
    kind, _, _, explanation = typed_contradiction(named, supplier, 0.3, 0.3, 0.3)
    assert kind == "categorical" and "rejects" in explanation


def test_contradictions_a_forecast_that_the_company_will_never_admit_it_rebuts_nobody():
    expert = claim("a", "Until Sony publishes a root cause, anyone claiming certainty about the attack is guessing.", "Ines Okafor",
                   "expert", aspects=("cause",))
    poster = claim("b", "Sony will never admit it because admitting the attack invites the next one.", "nullroute_nick",
                   "customer", aspects=("cause",), negated=True)
    assert typed_contradiction(expert, poster, 0.6, 0.6, 0.6) is None


def test_contradictions_a_claim_only_reporting_others_speculation_blames_nothing_itself():
    x = claim("a", "We understand there has been speculation online that the fund was hacked.", "Pellow", "vendor",
              aspects=("cause",), blame="malicious")
    y = claim("b", "A blank field in a provisioning tool deleted the fund's cloud.", "Nimbara", "expert",
              aspects=("cause",), blame="configuration")
    assert typed_contradiction(x, y, 0.3, 0.3, 0.3) is None
    x.text = "We believe the fund was hacked by a criminal group."  # saying it, not reporting it
    assert typed_contradiction(x, y, 0.3, 0.3, 0.3)[0] == "categorical"


def test_contradictions_a_negation_telling_the_failure_is_no_denial():
    press = claim("a", "Police have been checking on people whose emergency calls failed.", "Ledger", "press",
                  aspects=("impact",))
    press.cue = "said"
    vendor = claim("b", "We are working with police to check on every customer whose call did not connect.", "Harlow",
                   "vendor", aspects=("impact", "remediation"), negated=True,
                   features={"denied": "every customer whose call did not connect", "any_negation": True})
    assert typed_contradiction(press, vendor, 0.8, 0.8, 0.8) is None
    omission = claim("c", "A contractor engaged for the upgrade did not follow the established procedure.", "Harlow",
                     "vendor", aspects=("cause",), negated=True,
                     features={"denied": "did not follow the established procedure", "any_negation": True})
    named = claim("d", "Several outlets reported that the upgrade was carried out by a contractor's staff.", "Ledger",
                  "press", aspects=("cause",))
    named.cue = "reported"
    assert typed_contradiction(named, omission, 0.8, 0.8, 0.8) is None
    # "not fully fixed until after 11am", "was not notified to us": the failure and an omission
    staff = claim("f", "The failure was not fully fixed until after 11am, according to station staff.", "insiders",
                  "insider", aspects=("duration",), negated=True,
                  features={"denied": "was not fully fixed until after 11am", "any_negation": True})
    union = claim("g", "The union said every station was affected and the disruption lasted about five hours.", "Union",
                  "insider", aspects=("duration", "scope"))
    union.cue = "said"
    assert typed_contradiction(union, staff, 0.8, 0.8, 0.8) is None
    unnotified = claim("h", "The firewall change took place outside its window and was not notified to us.", "Faregrid",
                       "vendor", aspects=("cause",), negated=True,
                       features={"denied": "was not notified to us", "any_negation": True})
    logs = claim("i", "She said the logs showed gateways dropping two minutes after a firewall rule change.", "Faregrid",
                 "expert", aspects=("cause",))
    logs.cue = "said"
    assert typed_contradiction(logs, unnotified, 0.8, 0.8, 0.8) is None
    # denying what the other side says still rebuts it
    denial = claim("e", "The contractor's staff did not carry out the upgrade; our own engineers did.", "Harlow",
                   "vendor", aspects=("cause",), negated=True,
                   features={"denied": "The contractor's staff did not carry out the upgrade", "any_negation": True})
    assert typed_contradiction(named, denial, 0.8, 0.8, 0.8)[0] == "rebuttal"


def test_contradictions_a_denial_does_not_answer_a_claim_that_only_reports_others_posts():
    posts = claim("a", "Posts insisting that the blackout was a cyberattack are circulating widely.", "Courier", "press",
                  aspects=("cause",), blame="malicious")
    minister = claim("b", "At this point there is nothing that suggests a cyberattack.", "Luis Monte", "regulator",
                     aspects=("cause",), blame="undetermined", denied=["malicious"], negated=True,
                     features={"denied": "a cyberattack"})
    assert typed_contradiction(posts, minister, 0.3, 0.3, 0.3) is None
    posts.text = "The blackout was a cyberattack, the paper's sources said."  # asserted, not reported
    assert typed_contradiction(posts, minister, 0.3, 0.3, 0.3)[0] == "categorical"


def test_contradictions_a_supplier_denying_it_was_the_source_does_not_reject_the_attack():
    attack = claim("a", "Online orders restarted 46 days after a cyberattack forced the retailer offline.", "Herald",
                   aspects=("cause",), blame="malicious")
    supplier = claim("b", "Claims that TCS was the source of the breach are false.", "Tata", "expert",
                     aspects=("cause",), blame="undetermined", denied=["malicious"], negated=True,
                     features={"denied": "Claims that TCS was the source of the breach"})
    assert typed_contradiction(attack, supplier, 0.3, 0.3, 0.3) is None
    named = claim("c", "The attackers got in through a help desk that TCS runs.", "insiders", "insider",
                  aspects=("cause",), blame="malicious")
    assert typed_contradiction(named, supplier, 0.3, 0.3, 0.3)[0] == "categorical"


def test_contradictions_a_claim_about_a_different_attack_is_never_compared():
    other = claim("a", "And the Co-op got hit too (a different attack, apparently), so the shelves were empty.", "shopper",
                  "customer", aspects=("cause", "impact"), blame="malicious")
    vendor = claim("b", "The disruption was caused by an error in our stock system.", "Harlow", "vendor",
                   aspects=("cause",), blame="software_bug")
    assert typed_contradiction(other, vendor, 0.3, 0.3, 0.3) is not None  # the rule alone would flag them
    assert not may_compare(other, vendor)


def test_contradictions_denying_a_failure_the_other_rules_out_is_agreement():
    vendor = claim("a", "Our stores have stayed open throughout the attack.", "Harlow", "vendor", aspects=("scope",))
    worker = claim("b", "And for the record, the stores were never shut, whatever anyone says.", "till_whisperer",
                   "insider", aspects=("scope",), negated=True, features={"denied": "the stores were never shut"})
    assert typed_contradiction(vendor, worker, 0.8, 0.8, 0.8) is None
    closed = claim("c", "Half of the stores closed for two days.", "Ledger", aspects=("scope",))
    closed.cue = "reported"
    assert typed_contradiction(closed, worker, 0.8, 0.8, 0.8)[0] == "rebuttal"


@pytest.mark.parametrize("text,denial", [
    ("Air Canada does not dispute that the chatbot gave the answer shown in the screenshot.", False),
    ("It is undisputed that the alarm was switched off.", False),
    ("Air Canada disputes that the chatbot gave that answer.", True),
    ("The claims that our platform suffered an outage are simply untrue.", True),
])
def test_contradictions_a_denial_that_is_itself_negated_concedes(text, denial):
    from nlp.contradictions import denies
    assert denies(text) is denial


def test_contradictions_a_count_a_claim_only_relays_is_not_its_speakers():
    vendor = claim("a", "This is the first payments outage of this kind we've had this year.", "Harrow & Finch", "vendor",
                   aspects=("recurrence",), count=1, noun="recurrence")
    supplier = claim("b", "We are aware of reports describing Saturday as the third such failure this year.", "Tallypay",
                     "expert", aspects=("recurrence",), count=3, noun="recurrence")
    assert typed_contradiction(vendor, supplier, 0.5, 0.5, 0.5) is None


def _vague(cid, speaker, text, low, high, role="press", phrase="x"):
    c = claim(cid, text, speaker, role=role)
    c.slots.duration_range = {"text": phrase, "min": low, "max": high}
    return c


def test_contradictions_fixed_within_hours_against_lasted_days_is_numeric():
    vendor = _vague("a", "NATS", "NATS said the failure was fixed within hours.", 0, 1440, role="vendor",
                    phrase="within hours")
    expert = _vague("b", "Airlines UK", "The chaos lasted days, the trade body said.", 2880, 30240, role="expert",
                    phrase="lasted days")
    kind, aspect, _, why = typed_contradiction(vendor, expert, 0.5, 0.0, 0.0)
    assert (kind, aspect) == ("numeric", "duration") and '"within hours"' in why


@pytest.mark.parametrize("low,high,minutes,bound,conflict", [
    (4320, 14400, 120, None, True),      # "for several days" against about two hours
    (120, 360, 300, None, False),        # "a few hours" against five hours
    (90, 1440, 60, "upper", True),       # "for hours" against under an hour
    (0, 360, 780, None, True),           # "within a few hours" against 13 hours
    (2880, 30240, 1440, "lower", False),  # "for days" against more than a day
])
def test_contradictions_a_vague_length_conflicts_only_with_a_figure_far_outside_it(low, high, minutes, bound, conflict):
    from nlp.contradictions import vague_durations_conflict
    vague = _vague("a", "A", "x", low, high)
    figure = claim("b", "y", "B", minutes=minutes, bound=bound)
    assert vague_durations_conflict(vague, figure) is conflict


def test_contradictions_a_fact_checks_verdict_answers_the_claim_it_checks():
    def at(cid, text, speaker, role, start):
        c = claim(cid, text, speaker, role, aspects=("cause",), doc="factcheck.html", features={"paragraph": start})
        c.start, c.end = start, start + len(text)
        return c
    claims = [at("a", "Claim: A widely shared post says the outage was a coordinated cyberattack.", "post", "unknown", 0),
              at("b", "The registry said it had acted on an instruction it received.", "Registry", "expert", 100),
              at("c", "We found no evidence of an attack.", "ClearSignal", "press", 200),
              at("d", "We rate the claim False.", "ClearSignal", "press", 300)]
    assert pointed_rebuttals(claims) == {(0, 3)}


@pytest.mark.parametrize("text,denial", [
    ("Optus said it had paused all non-essential changes while it reviewed what went wrong.", False),
    ("OK, fair cop, I was wrong about the duration.", False),
    ("The union says the company is wrong about the cause.", True),
])
def test_contradictions_what_went_wrong_and_ones_own_error_deny_nothing(text, denial):
    assert denies(text) is denial


def test_contradictions_owning_up_to_ones_own_error_rejects_no_one_elses_account():
    def at(cid, text, speaker, start):
        c = claim(cid, text, speaker, "customer", aspects=("scope",), doc="thread.txt", features={"paragraph": 1})
        c.start, c.end = start, start + len(text)
        return c
    claims = [at("a", "Half the people I know on Optus tried and failed at some point.", "mallee_margo", 0),
              at("b", "OK, fair cop, I was wrong about the duration, I'd only seen the early reports.", "techhead_gav", 70)]
    assert pointed_rebuttals(claims) == set()


def test_contradictions_a_post_pasting_a_release_is_not_scored_against_the_release():
    from nlp.contradictions import scorable
    release = claim("a", "Optus has identified approximately 600 Triple Zero calls that did not connect.", "Optus", "vendor")
    pasted = claim("b", "\"Optus has identified approximately 600 Triple Zero calls that did not connect.\"", "PilbaraPete",
                   "customer")
    other = claim("c", "It's far more than 600, they just counted what suits them.", "mallee_margo", "customer")
    assert not scorable(release, pasted)
    assert scorable(release, other)


@pytest.mark.parametrize("x,y,conflict", [
    # a share one voice states and another denies
    ("Honestly it didn't look like 85% of the network from here.", "At the height of the incident, around 85% of our network was affected.", True),
    # far apart, a bound included
    ("In our group of 400 people, well over half hit an error at checkout.", "Roughly 15 percent of interactions ran into problems.", True),
    # agreement: the same share that worked, said two ways, and a share hit against its complement
    ("95 percent of its network was working normally within 49 minutes.", "Forty-nine minutes after the errors started, 95% of the network was serving traffic normally.", False),
    ("Only 15 percent of interactions had problems and the other 85 percent went through as intended.", "Roughly 15 percent of interactions ran into problems.", False),
    ("About 35 per cent of transactions failed.", "Many members saw about a third of card payments fail.", False),
    # a share of the time is no share of those hit
    ("Her site was down for most of the afternoon.", "At the peak, only around 6 percent of requests failed.", False),
    # nor a market move, nor what would have happened
    ("Acme shares closed down 2.8% as errors hit sites worldwide.", "Half of our checkouts failed that afternoon.", False),
    ("A second supplier would have prevented most of the failed checkouts.", "At the peak, only around 6 percent of requests failed.", False),
])
def test_contradictions_shares_of_those_hit_conflict_only_when_far_apart_or_denied(x, y, conflict):
    from nlp.contradictions import shares_conflict
    a, b = claim("a", x, "cachebuster", "customer", aspects=("scope",)), claim("b", y, "Fastly", "vendor", aspects=("scope",))
    assert (shares_conflict(a, b) is not None) is conflict
    if conflict:
        assert typed_contradiction(a, b, 0.4, 0.4, 0.4)[0] == "numeric"


def test_contradictions_one_speakers_two_claims_are_not_given_to_the_pair_scorer():
    from nlp.contradictions import scorable
    minutes = claim("a", "Most online services had returned by the evening of Wednesday 7 October.", "Brackenford", "regulator")
    release = claim("b", "Most online services were restored in under 72 hours.", "Brackenford", "vendor")
    union = claim("c", "Residents could not reach the council all week.", "Public Services Union", "insider")
    assert not scorable(minutes, release)
    assert scorable(release, union)


@pytest.mark.parametrize("text,denial", [
    ("On the day of the blackout the operator did not schedule enough conventional plants.", False),
    ("The plants were not given sufficient notice of the change.", False),
    ("We did not cause this outage.", True),
    ("The operator did not fail to schedule enough plants; the plants failed.", True),
])
def test_contradictions_an_omission_blamed_is_no_denial(text, denial):
    assert denies(text) == denial


def test_contradictions_one_voices_two_counts_in_one_document_are_of_two_things():
    a = claim("a", "Backup snapshots belonging to 41 customers were removed.", "Norvane", "vendor", aspects=("scope",),
              count=41, noun="customer", doc="report.txt")
    b = claim("b", "For the remaining 7 customers, snapshots could not be recovered.", "Norvane", "vendor", aspects=("scope",),
              count=7, noun="customer", doc="report.txt")
    assert typed_contradiction(a, b, 0.6, 0.6, 0.6) is None
    c = claim("c", "More than 300 customers lost backups, staff say.", "insiders", "insider", aspects=("scope",),
              count=300, noun="customer", doc="news.txt")
    assert typed_contradiction(a, c, 0.6, 0.6, 0.6)[0] == "numeric"


def test_contradictions_a_customers_own_shorter_wait_is_part_of_the_whole():
    whole = claim("a", "Card payments failed across the chain from around 11am until shortly before 4pm.", "Ledger", "press",
                  minutes=300)
    mine = claim("b", "I've been trying to pay online for half an hour as well.", "Jamal", "customer", minutes=30)
    assert typed_contradiction(whole, mine, 0.5, 0.5, 0.5) is None
    vendor = claim("c", "Payments were restored within 90 minutes.", "Harrowfield", "vendor", minutes=90)
    longer = claim("d", "We were dark for more than three hours at our store.", "Gemma", "customer", minutes=180, bound="lower")
    assert typed_contradiction(vendor, longer, 0.5, 0.5, 0.5)[0] == "numeric"
