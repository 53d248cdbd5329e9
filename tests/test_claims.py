"""Claim spans, hedges, negation and aspects (loads the spaCy model)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,hedged,cues", [
    ("The agent reportedly deleted the environment in the region.", True, ["reportedly"]),
    ("The outage appears to have been caused by a faulty update.", True, ["appears to"]),
    ("The outage was caused by a faulty configuration update.", False, []),
    ("Some users speculated that the outage was caused by an attack.", True, ["speculated"]),
    ("My bet is somebody broke into their systems and caused the outage.", True, ["my bet"]),
    ("The outage could have been avoided with a staged rollout.", False, []),
])
def test_claims_hedges(claims_of, text, hedged, cues):
    (claim,) = claims_of(text)
    assert claim.hedged is hedged and claim.hedge_cues == cues


@pytest.mark.parametrize("text,negated", [
    ("The disruption did not impact any other AWS service.", True),
    ("This was user error, not AI error, the company said.", True),
    ("The assertion that a second event affected AWS is entirely false.", True),
    ("The outage lasted thirteen hours in one region.", False),
    ("The company said it had found no evidence of an attack.", True),
    ("Nobody attacked our network, and the outage came from our own update.", True),
    ("The interruption was caused by a maintenance task and is unrelated to any security matter.", True),
    ("Customers who could not log in were offered a refund.", False),
    ("More than 30 flights departed with no checked luggage at all.", False),
])
def test_claims_negation_is_of_the_assertion_itself(claims_of, text, negated):
    (claim,) = claims_of(text)
    assert claim.negated is negated


def test_claims_a_negation_inside_a_description_is_still_seen_by_the_rules(claims_of):
    from nlp.contradictions import any_negation
    (claim,) = claims_of("Customers who could not log in were offered a refund.")
    assert not claim.negated and any_negation(claim)


@pytest.mark.parametrize("text,aspect", [
    ("The outage was caused by a misconfigured access role.", "cause"),
    ("The outage lasted 13 hours on the first day.", "duration"),
    ("It was a brief interruption with minor effects.", "severity"),
    ("It was at least the second time this had happened.", "recurrence"),
    ("We have added mandatory peer review for production changes.", "remediation"),
])
def test_claims_aspects_include_the_obvious_one(claims_of, text, aspect):
    (claim,) = claims_of(text)
    assert aspect in claim.aspects


def test_claims_skip_furniture_and_keep_offsets(claims_of):
    text = "Share this article\nThe outage lasted 13 hours, according to the newspaper.\nLeave a reply\nDeine E-Mail-Adresse wird nicht veröffentlicht.\n"
    claims = claims_of(text)
    assert [c.text for c in claims] == ["The outage lasted 13 hours, according to the newspaper."]
    c = claims[0]
    assert text[c.start:c.end] == c.text
    assert c.slots.duration_minutes == 780


def test_claims_short_apology_or_denial_is_a_claim_but_short_chatter_is_not(claims_of):
    text = "We are sorry.\n\nThat is false.\n\nMore soon.\n\nThanks everyone.\n"
    texts = [c.text for c in claims_of(text, doc_id="statement.txt", source="Acme Cloud", kind="statement")]
    assert texts == ["We are sorry.", "That is false."]


@pytest.mark.parametrize("text,word", [
    ("No data was lost during this short interruption.", "short"),
    ("Service was briefly interrupted in one region.", "briefly"),
])
def test_claims_size_words_include_short_and_briefly(claims_of, text, word):
    (claim,) = claims_of(text)
    assert word in claim.severity_words


def test_claims_short_on_something_else_is_not_a_size_word(claims_of):
    (claim,) = claims_of("The company published a short statement about the outage on Tuesday.")
    assert "short" not in claim.severity_words


@pytest.mark.slow
@pytest.mark.parametrize("text,negation", [
    ("Two engineers, who asked not to be named, said the agent rewrote the timetable.", False),
    ("Staff, who were not authorised to speak to the press, said the pumps had failed before.", False),
    ("Insiders said the wrong grades came from a provisional file.", False),
    ("That account is wrong.", True),
    ("The agent did not malfunction.", True),
])
def test_claims_negation_ignores_a_sources_terms_and_descriptive_wrong(pipeline, text, negation):
    from nlp.claims import has_negation
    assert has_negation(pipeline(text)[:]) is negation


@pytest.mark.slow
def test_claims_an_elliptical_denial_is_a_negated_claim_about_what_it_answers(claims_of):
    text = ("The story also says there was a second outage at Vantora this year. There was not.\n"
            "The sky was grey.\n")
    claims = claims_of(text, doc_id="statement.txt", source="Vantora", kind="statement")
    denial = next(c for c in claims if c.text == "There was not.")
    story = next(c for c in claims if "second outage" in c.text)
    assert denial.negated and denial.aspects == story.aspects


@pytest.mark.parametrize("text,words", [
    ("The failure itself was short by the standards of major outages.", ["short"]),  # "major" sizes the others
    ("Forty-nine minutes is a very long time when your checkout is down.", ["long time"]),
    ("It was a major outage that lasted a long time.", ["major"]),  # "lasted a long time" says no size of its own
    # predicated through a passive or ranked among its kind; a scare-quoted word is someone else's
    ("Our stores stayed open and the disruption there has been limited.", ["limited"]),
    ("She said the episode was one of the most severe a retailer had faced.", ["severe"]),
    ("Either way this is severe, far worse than the \"minor disruption\" line from head office.", ["severe"]),
    ("The shortage was limited to three stores.", []),
])
def test_claims_size_words_skip_a_comparison_class_and_read_a_long_time(claims_of, text, words):
    (claim,) = claims_of(text)
    assert claim.severity_words == words


def test_claims_a_number_inside_a_name_does_not_end_the_sentence(claims_of):
    text = ("Dealer software went down on 19 June. "
            "Northway, Larkin Motors, Group 1 Automotive, Sonic Motors and Asbury Group each told regulators "
            "that they had moved to paper.\n")
    claims = claims_of(text, doc_id="news.txt", source="Dealer Wire", kind="news")
    assert any(c.text.startswith("Northway, Larkin Motors, Group 1 Automotive") and c.text.endswith("to paper.")
               for c in claims)


def test_claims_a_pull_quote_repeating_a_sentence_is_not_a_second_claim(claims_of):
    text = ("\"My funding does not pause because a server was left open,\" said Ada Quint.\n"
            "The library has not said when the catalogue will return.\n"
            "\"My funding does not pause because a server was left open,\" said Ada Quint.\n")
    texts = [c.text for c in claims_of(text, doc_id="news.txt", source="Courier", kind="news")]
    assert len(texts) == 2 and texts[0].startswith("\"My funding")


@pytest.mark.slow
def test_claims_a_full_stop_after_a_word_ending_in_a_capital_ends_the_sentence(claims_of):
    claims = claims_of("Mail was down for the whole company on Tuesday. It's a DDoS. Anonymous Sudan has been posting "
                       "about it on Telegram since Monday. The U.S. office was fine.\n")
    assert any(c.text.startswith("Anonymous Sudan has been posting") for c in claims)
    assert not any("U.S." in c.text and not c.text.startswith("The U.S.") for c in claims)


@pytest.mark.slow
@pytest.mark.parametrize("sentence", ["This is a DDoS.", "Not a hack.", "It was ransomware."])
def test_claims_a_short_cause_in_a_post_is_a_claim(claims_of, sentence):
    claims = claims_of(f"{sentence} Everyone here lost access to the portal at noon and it is still down.", doc_id="post.txt")
    assert any(c.text == sentence for c in claims)
