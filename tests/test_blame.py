"""Blame features, rules, artefact safety, and the shipped models on sentences written for the test."""
from __future__ import annotations

import json
import shutil

import pytest

from nlp.blame.lexicon import rule_category, rule_denied, rule_strategies


@pytest.mark.parametrize("text,category", [
    ("A ransomware gang encrypted the servers.", "malicious"),
    ("Record temperatures overwhelmed the cooling plant.", "external"),
    ("The cause is still under investigation.", "undetermined"),
    ("A faulty update from our security vendor crashed the machines.", "third_party"),
    ("Max hallucinated the one-device policy.", "ai_tool"),
])
def test_blame_rules_category(text, category):
    assert rule_category(text) == category


def test_blame_rules_denied_part():
    assert rule_denied("AI error", "human_error") == ["ai_tool"]
    assert rule_denied("any security matter", "infrastructure") == ["malicious"]
    assert rule_denied("", "human_error") == []
    assert rule_denied("This wasn't bots", "infrastructure") == ["malicious"]


@pytest.mark.parametrize("denied,affirmed,expected", [
    ("no evidence that customer data had been accessed or compromised", "malicious", []),  # harm to data, not a cause
    ("a cyberattack", "configuration", ["malicious"]),
    ("an error by anyone at the board", "third_party", ["human_error"]),
    ("reports that a clerk uploaded the wrong file", "software_bug", ["human_error"]),
    ("any suggestion that managers decided to skip the pilot", "software_bug", ["human_error"]),
    ("a sophisticated attack", "undetermined", []),  # "this was not a sophisticated attack" still says attack
    ("an unusual attack", "undetermined", ["malicious"]),  # "no sign of an unusual attack"
    ("so I do not blame the airport for the rain itself", "undetermined", []),  # the rain is not denied
    ("we do not blame the AI tool for the outage", "human_error", ["ai_tool"]),
])
def test_blame_rules_denied_categories(denied, affirmed, expected):
    assert rule_denied(denied, affirmed) == expected


def test_blame_rules_strategies_only_for_defending_voices():
    text = "We are deeply sorry and will refund every affected customer."
    assert {"apology", "compensation"} <= set(rule_strategies(text, "vendor"))
    assert rule_strategies(text, "customer") == []


@pytest.mark.parametrize("text,strategy", [
    # Benoit's excuse: an accident, or something nobody could know or stop
    ("The ferry operator was the victim of a criminal intrusion over the weekend.", "excuse"),
    ("The timetable was wiped inadvertently during routine maintenance.", "excuse"),
    ("None of our tests could have revealed the defect before release.", "excuse"),
    # minimising quantifiers of a status page
    ("Some members may see slow page loads this morning.", "minimization"),
    ("For the overwhelming majority of riders, the app worked as usual.", "minimization"),
    ("Not a single booking was lost.", "minimization"),
    # the fault placed squarely elsewhere
    ("The fault lay entirely with the lift maintenance firm.", "scapegoat"),
    ("The delays came from the carrier's systems rather than our own.", "scapegoat"),
])
def test_blame_rules_strategy_cues_of_a_defending_voice(text, strategy):
    assert strategy in rule_strategies(text, "vendor")


@pytest.mark.slow
@pytest.mark.parametrize("text,affirmed,denied", [
    ("This was user error, not AI error.", "user error", "AI error"),
    ("There is no evidence of a cyberattack.", "There is", "no evidence of a cyberattack"),
    ("The failure had nothing to do with the outsourcing of IT work.", "The failure", "the outsourcing of IT work"),
    ("A storage task overran, and it is unrelated to any security matter.", "A storage task overran", "any security matter"),
    ("There was no DDoS; this looks more like a routing mistake.", "a routing mistake", "no DDoS"),
    ("This was a broken system, not one engineer's mistake.", "a broken system", "one engineer's mistake"),
    ("It was caused by a failure at our provider, not by an attack.", "a failure at our provider", "by an attack"),
    ("The table was dropped by the AI agent, not typed in by our member.", "the AI agent", "typed in by our member"),
    ("The snowstorm had nothing to do with it; our own servers ran out of capacity.", "our own servers", "The snowstorm"),
    ("Forecasters said it was very unlikely that solar activity had caused the outage.", "Forecasters said", "solar activity"),
    ("So far the company has seen nothing that indicates a cyberattack.", "the company", "a cyberattack"),
    ("She said nothing so far pointed to sabotage.", "She said", "sabotage"),
    ("The firm said that no attacker was involved.", "The firm said", "no attacker was involved"),
    ("A heatwave is unlikely to have caused the failure.", "is unlikely", "A heatwave"),
    ("TCS is not the source of the breach at M&S.", "the breach at M&S", "TCS"),
    ("He said the criminals had not needed to exploit any flaw in the software.", "the criminals", "any flaw in the software"),
    ("Groups like this rarely need a software flaw.", "Groups like this", "a software flaw"),
])
def test_blame_features_split_affirmed_and_denied(pipeline, text, affirmed, denied):
    from nlp.blame.features import claim_features
    f = claim_features(pipeline(text)[:])
    assert affirmed in f["affirmed"] and denied in f["denied"] and affirmed not in f["denied"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    'The status page doesn\'t say "not an attack".',  # what it did not say
    "Microsoft hasn't said it isn't an attack.",
    '"You don\'t need a huge botnet if every request is expensive to answer," said one analyst.',  # anyone
    "A flood of traffic knocking a front end over is not the same thing as someone getting into mailboxes.",
])
def test_blame_features_a_silence_a_generic_need_or_a_distinction_denies_nothing(pipeline, text):
    from nlp.blame.features import claim_features
    assert claim_features(pipeline(text)[:])["denied"] == ""


@pytest.mark.slow
def test_blame_features_passive_agent(pipeline):
    from nlp.blame.features import claim_features
    f = claim_features(pipeline("The outage was caused by a faulty update from our security vendor.")[:])
    assert f["agent"] == "a faulty update from our security vendor" and f["passive_cause"]


def test_blame_artefact_tampered_or_foreign_is_refused(root, tmp_path):
    from nlp.blame.artefacts import DEFAULT_DIR, load
    from nlp.errors import ModelError

    folder = tmp_path / "m"
    shutil.copytree(DEFAULT_DIR, folder)
    data = bytearray((folder / "model.skops").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (folder / "model.skops").write_bytes(bytes(data))
    with pytest.raises(ModelError, match="sha256"):
        load(folder)
    meta = json.loads((folder / "meta.json").read_text())
    meta["name"] = "someone-elses-model"
    (folder / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="not a Counterclaim blame model"):
        load(folder)
    with pytest.raises(ModelError, match="no trained blame model"):
        load(tmp_path / "empty")


def test_blame_tuned_encoder_changed_after_training_is_refused(tmp_path):
    from nlp.blame.artefacts import DEFAULT_DIR, load
    from nlp.errors import ModelError

    folder = tmp_path / "m"
    shutil.copytree(DEFAULT_DIR, folder)
    meta = json.loads((folder / "meta.json").read_text())
    tuned = folder / meta["encoder"]["file"]
    data = bytearray(tuned.read_bytes())
    data[-10] ^= 0xFF
    tuned.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="sha256"):
        load(folder)
    tuned.unlink()
    with pytest.raises(ModelError, match="missing"):
        load(folder)


def test_blame_category_mean_aligns_the_two_models_classes():
    import numpy as np

    from nlp.blame.model import mean_proba
    linear = np.array([[0.6, 0.3, 0.1]])
    tuned = np.array([[0.1, 0.2, 0.7]])  # classes in another order
    out = mean_proba(linear, ["malicious", "external", "ai_tool"], tuned, ["ai_tool", "external", "malicious"])
    assert np.allclose(out, [[0.65, 0.25, 0.1]])
    assert mean_proba(linear, ["a", "b", "c"], None, None) is linear


@pytest.mark.slow
def test_blame_tuned_encoder_learns_a_split_and_survives_saving(tmp_path, monkeypatch):
    import numpy as np

    from nlp.blame import finetune
    monkeypatch.setattr(finetune, "EPOCHS", 25)
    weather = ["A winter storm knocked out the lines.", "Heavy snow and ice brought down power.",
               "Record heat overwhelmed the cooling.", "Flooding from the river reached the hall."]
    attack = ["Hackers encrypted the servers with ransomware.", "A DDoS attack flooded the edge network.",
              "Criminals broke into the payment system.", "An intruder stole administrator passwords."]
    encoder = finetune.fit_encoder(weather + attack, ["external"] * 4 + ["malicious"] * 4)
    probe = ["A hurricane flooded the data centre.", "A ransomware gang attacked the bank."]
    probs = encoder.predict_proba(probe)
    assert [encoder.classes[int(k)] for k in probs.argmax(1)] == ["external", "malicious"]
    loaded = finetune.TunedEncoder.load(encoder.save(tmp_path))
    assert loaded.classes == encoder.classes
    assert np.allclose(loaded.predict_proba(probe), probs, atol=0.02)


def test_blame_shipped_models_were_trained_on_this_corpus(root):
    from nlp import corpus
    from nlp.blame.artefacts import DEFAULT_DIR

    meta = json.loads((DEFAULT_DIR / "meta.json").read_text())
    assert meta["corpus"]["sha256"] == corpus.load(root / "corpora" / "incidents").fingerprint()
    for task in ("category_macro_f1", "strategies_macro_f1"):
        assert 0 < meta["scores"][task] <= 1


@pytest.mark.slow
@pytest.mark.parametrize("text,role,category,strategy", [
    ("This was user error, not AI error.", "vendor", "human_error", None),
    ("We have added mandatory peer review for every production change.", "vendor", None, "corrective_action"),
    ("A ransomware group encrypted our payment servers on Sunday night.", "vendor", "malicious", None),
    ("We are deeply sorry and every affected customer will receive a full month of credits.", "vendor", None, "compensation"),
])
def test_blame_shipped_models_on_clear_sentences(claims_of, text, role, category, strategy):
    from nlp.blame import annotate_blame
    claims = claims_of(text, doc_id="statement.txt", source="Acme Cloud", kind="statement")
    annotate_blame(claims)
    (c,) = claims
    if category:
        assert c.blame is not None and c.blame.category == category and 0 <= c.blame.confidence <= 1
        if "not AI error" in text:
            assert "ai_tool" in c.blame.denied
    if strategy:
        assert strategy in c.strategies


def test_blame_strategies_belong_to_voices_answering_blame():
    from nlp.blame.lexicon import own_strategies
    assert own_strategies(["apology", "compensation"], "vendor") == ["apology", "compensation"]
    assert own_strategies(["scapegoat"], "expert") == ["scapegoat"]  # a supplier answering blame
    for role in ("press", "regulator", "customer", "insider"):
        assert own_strategies(["minimization"], role) == []


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The backup generator did not start, and the cooling could not keep pace with the heat.",
    "The gateways did not add capacity fast enough to keep up with us.",
])
def test_blame_features_a_negated_account_of_the_failure_denies_nothing(pipeline, text):
    from nlp.blame.features import claim_features
    assert claim_features(pipeline(text)[:])["denied"] == ""


def test_blame_category_is_never_one_the_claim_denies():
    import numpy as np
    from nlp.blame.model import decide_category
    classes = np.array(["ai_tool", "human_error", "malicious"])
    # the AI words pull the classifier, but the sentence denies the AI
    category, confidence, denied = decide_category(np.array([0.6, 0.3, 0.1]), classes, "AI error")
    assert (category, denied) == ("human_error", ["ai_tool"]) and confidence == 0.3
    category, _, denied = decide_category(np.array([0.6, 0.3, 0.1]), classes, "")
    assert (category, denied) == ("ai_tool", [])


@pytest.mark.slow
def test_blame_features_leave_an_error_handling_gap_affirmed(pipeline):
    from nlp.blame.features import claim_features
    text = "A new code path with no error handling is exactly what testing should catch."
    assert claim_features(pipeline(text)[:])["denied"] == ""


@pytest.mark.parametrize("text,category", [
    ("That same bot told me a second bag was included in the fare.", "ai_tool"),
    ("The presale was swamped by bots buying tickets to resell.", "malicious"),
    ("A bot attack hit the code-checking servers.", "malicious"),
])
def test_blame_rules_one_chatbot_is_an_ai_tool_and_bots_are_an_attack(text, category):
    assert rule_category(text) == category


@pytest.mark.slow
def test_blame_features_a_denial_interrupted_by_its_reporting_clause(pipeline):
    from nlp.blame.features import claim_features
    f = claim_features(pipeline("It was not, the company stressed, the result of an outside attack.")[:])
    assert "attack" in f["denied"]


@pytest.mark.parametrize("text,category", [
    ("Where a breach is found, the watchdog may impose a penalty of up to 5 percent of turnover.", "undetermined"),
    ("The carrier could be fined if the regulator finds it breached its licence conditions.", "undetermined"),
    ("The bank said it was not in breach of any of its obligations.", "undetermined"),
    ("A breach of the payroll provider exposed staff records.", "malicious"),
    ("Intruders breached the network through a stolen password.", "malicious"),
])
def test_blame_rules_a_breach_of_a_duty_is_no_intrusion(text, category):
    assert rule_category(text) == category


def test_claims_a_breach_of_obligations_is_no_cause_cue():
    from nlp.claims import ASPECT_CUES
    assert not ASPECT_CUES["cause"].search("The operator faces a fine if it breached its obligations to keep the network up.")
    assert ASPECT_CUES["cause"].search("The breach began with a phishing e-mail.")
