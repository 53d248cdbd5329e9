"""Claims: which sentences are check-worthy, what they are about (aspects), whether they
are hedged or negated, and which size words characterise the incident.

A sentence is a claim when it is not furniture, has at least five words and a finite verb
(or is a timeline entry such as "14:02: error rate rises"), is not a question, and is not
newsroom boilerplate ("did not respond to a request for comment").
Aspects come from lexical cues over lemmas and from the slots found in the sentence; each
cue list is a named constant below, written for incident reporting in general.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from .units import Unit, register_extensions
from .voices.attribution import CUE_LEMMAS
from .blame.lexicon import CATEGORY_CUES, SECURITY_BREACH
from .furniture import CHAT_PREFIX

HEDGES = (
    "reportedly", "apparently", "allegedly", "purportedly", "supposedly", "seemingly",
    "appears to", "appeared to", "appear to", "seems to", "seemed to", "seem to",
    "is said to", "was said to", "are said to", "were said to", "is believed to",
    "was believed to", "is thought to", "was thought to", "is understood to",
    "may have", "might have", "may be", "might be", "possibly", "probably",
    "likely", "suggests", "suggested", "suspected", "it is unclear", "unconfirmed",
    "according to people", "is alleged", "was alleged", "are alleged", "would appear",
    # a guess or a rumour rather than a finding: "some users speculated", "my bet is", "we now
    # believe", "customers might see errors". Bare "may", "could", "we expect" and "speculation"
    # were tried and left out: on the incident corpus they were wrong more often than right
    # (a permission, a capability, a plan, a report of others' guesses)
    "might", "speculated", "my bet", "i bet", "i'd bet", "we now believe", "rumour", "rumor", "unverified",
)
# "could have" is left out: mostly a counterfactual ("could have been avoided"), not a doubt
# about the claim (17 of 17 wrong on the incident corpus)
HEDGE_RE = re.compile(r"\b(" + "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True)) + r")\b", re.I)

NEGATION_WORDS = frozenset({"never", "no", "nothing", "none", "nobody", "neither", "nor", "without"})
NEGATION_RE = re.compile(r"\b(false|untrue|incorrect|inaccurate|wrong|baseless|unfounded|"
                         r"fabricat\w*|misleading|denie[sd]|deny|denying|rejects?|rejected|"
                         r"refutes?|refuted|disputes?|disputed|no evidence|rather than|instead of)\b", re.I)

ASPECT_CUES: dict[str, re.Pattern] = {
    "cause": re.compile(
        r"\b(caus\w*|trigger\w*|blam\w*|due to|because|as a result of|result(?:ed)? (?:of|from)|"
        r"root cause|led to|fault\w*|to blame|responsib\w*|attribut\w*|stemm\w*|linked to|tied to|"
        r"traced (?:back )?to|culprit|error|bug|defect|glitch|flaw|misconfigur\w*|"
        r"configuration change|config change|(?:cyber)?attack\w*|hack\w*|ransomware|ddos|malicious|"
        r"" + SECURITY_BREACH + r"|intrusion|storm|weather|heat ?wave|temperatures?|flood\w*|lightning|wildfire|"
        r"earthquake|power (?:cut|failure|surge|outage|supply)|hardware|race condition|null pointer|"
        r"mistake|typo|deleted|deletion|(?:ai|agent|tool) (?:decided|chose|deleted)|"
        r"human error|user error|update|permissions?|access control|contractor|supplier|vendor's|"
        r"under investigation|unknown cause|not yet known|why it happened|what went wrong)\b", re.I),
    "duration": re.compile(
        r"\b(lasted|lasting|for (?:about |around |nearly |almost |more than |over |roughly )?"
        r"(?:\d+|an?|one|two|three|several|many) (?:hours?|minutes?|days?|weeks?)|"
        r"hours?|minutes?|all day|most of the (?:day|morning|afternoon)|overnight|"
        r"restored (?:after|within|in)|back (?:up|online) (?:after|within)|brief(?:ly)?|"
        r"lengthy|prolonged|long-running|days-long|hours-long)\b", re.I),
    "scope": re.compile(
        r"\b(single|one (?:of|service|region)|regions?|services?|customers?|users?|accounts?|"
        r"nationwide|global(?:ly)?|worldwide|across|limited to|confined to|only|all of|every|"
        r"subscribers?|passengers?|merchants?|businesses|sites?|data cent(?:re|er)s?|countr\w+|"
        r"availability zones?|systems?|apps?|websites?|flights?|hospitals?|stores?)\b", re.I),
    "impact": re.compile(
        r"\b(affect\w*|impact\w*|disrupt\w*|cancel\w*|delay\w*|unable|could not|couldn't|"
        r"lost|losses?|offline|down\b|outage|failed|failures?|stranded|knocked|hit\b|took down|"
        r"locked out|inaccessible|unavailable|errors?|postponed|missed|damage\w*|exposed|"
        r"stolen|leaked|shut|halted|grounded|blocked|interrupt\w*)\b", re.I),
    "severity": re.compile(
        r"\b(brief|minor|small|limited|extremely limited|isolated|significant|major|severe|"
        r"serious|massive|huge|catastrophic|unprecedented|widespread|largest|worst|biggest|"
        r"chaos|meltdown|crippl\w*|devastat\w*|minimal|negligible|short-lived|small number|"
        r"handful|tiny|large-scale|critical|dramatic|overblown|exaggerat\w*)\b", re.I),
    "recurrence": re.compile(
        r"\b(again|second|third|fourth|repeat\w*|recurr\w*|previous|earlier (?:outage|incident)|"
        r"another|not the first|first time|one-off|isolated incident|pattern|history of|"
        r"times? (?:this|in the past|before)|similar (?:incident|outage|event)s?|"
        r"last (?:year|month)'s|series of|once before|twice|multiple (?:incidents|outages))\b", re.I),
    "timeline": re.compile(
        r"\b(\d{1,2}:\d{2}|\d{1,2}\s?(?:am|pm)|monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday|january|february|march|april|may|june|july|august|september|october|november|"
        r"december|morning|afternoon|evening|night|yesterday|today|began|started|restored|"
        r"resolved|by the time|until|since|timeline|at the time|within hours|first detected|"
        r"detected|identified|notified|(?:19|20)\d{2})\b", re.I),
    "remediation": re.compile(
        r"\b(safeguards?|fix\w*|rolled back|roll ?back|rollback|restor\w*|implement\w*|"
        r"put in place|introduc\w*|improv\w*|review\w*|prevent\w*|mitigat\w*|remed\w*|"
        r"credit\w*|refund\w*|compensat\w*|reimburs\w*|voucher|will (?:add|require|now|be)|"
        r"new (?:controls|checks|process)|lessons|changes? to|strengthen\w*|tighten\w*|"
        r"audit\w*|retrain\w*|investigat\w*|measures|steps|peer review|guardrails?|"
        r"upgrade\w*|invest\w*|hir\w+|working to|patch\w*)\b", re.I),
}
SEVERITY_WORDS = re.compile(
    r"\b(extremely limited|brief|briefly|minor|small|limited|isolated|short-lived|short|contained|minimal|negligible|temporary|"
    r"significant|major|severe|serious|massive|huge|catastrophic|unprecedented|widespread|"
    r"lengthy|prolonged|chaos|meltdown|crippling|devastating|large-scale|dramatic)\b", re.I)

# nouns that name the incident; a size word counts only when it describes one of them
INCIDENT_NOUNS = frozenset("""outage interruption disruption incident event failure problem issue
glitch breach attack meltdown downtime blackout episode fault error crash chaos impact damage
effect disturbance degradation slowdown delay delays loss""".split())
INCIDENT_PRONOUNS = frozenset({"it", "this", "that"})
# what an inquiry or a claim covers ("the October outage is not part of this inquiry"): no denial
PROCEEDING_NOUNS = frozenset("inquiry investigation review claim case complaint probe examination audit".split())


# a short phrase in quotation marks inside a sentence: someone else's wording, not a quotation
SCARE_QUOTED = re.compile(r"(?<=\w[ (])[\"“](?:[^\"“”\s]+\s){0,2}[^\"“”\s]+[\"”]")
_SIZE = "(?:" + SEVERITY_WORDS.pattern[3:-2]  # the size words' alternation, not captured
PREDICATED_SIZE = re.compile(
    rf"\b(?:{'|'.join(sorted(INCIDENT_NOUNS))}|it|this|that)\b(?:\s+[\w'-]+){{0,3}}?\s+(?:is|was|were|are|has been|had been|"
    rf"have been|remains|remained|seemed|seems)\s+(?:(?:very|extremely|relatively|fairly|quite|really|so|genuinely|truly)\s+)?"
    rf"({_SIZE})\b(?!\s+(?:by|than|to|of)\b)|\bone of the (?:most|biggest|largest|worst)\s+({_SIZE})\b", re.I)


COMPARISON_CLASS = re.compile(r"\bby (?:the )?(?:standards?|measure|yardstick)s? of\b[^,;.]*", re.I)
LONG_TIME = re.compile(r"\b(?:is|was|'s|are|were)\s+(?:a\s+)?(?:very\s+|really\s+|awfully\s+|terribly\s+)?long time\b", re.I)


def incident_size_words(sent: Span) -> list[str]:
    """Size words that describe the incident: an adjective on an incident noun ("a brief
    interruption"), or predicated of one ("the outage was brief", "it was minor")."""
    found = set()
    # "short by the standards of major outages": the size words of a comparison class are not
    # the incident's
    compared = {t.i for m in COMPARISON_CLASS.finditer(sent.text)
                for t in sent if m.start() <= t.idx - sent.start_char < m.end()}
    # ... nor are words in scare quotes: someone else's ("far worse than the 'minor disruption' line")
    compared |= {t.i for m in SCARE_QUOTED.finditer(sent.text)
                 for t in sent if m.start() <= t.idx - sent.start_char < m.end()}
    if LONG_TIME.search(sent.text):
        found.add("long time")  # "forty-nine minutes is a very long time when your checkout is down"
    for tok in sent:
        word = tok.lower_
        if tok.i in compared:
            continue
        if not SEVERITY_WORDS.fullmatch(word) and not (word == "limited" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "extremely"):
            continue
        if tok.pos_ in ("NOUN",) and word in ("chaos", "meltdown"):
            found.add(word)
            continue
        head = tok.head
        if tok.dep_ in ("amod", "compound") and head.lemma_.lower() in INCIDENT_NOUNS:
            found.add(word)
        elif tok.dep_ in ("acomp", "attr", "oprd"):
            subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and (subj[0].lemma_.lower() in INCIDENT_NOUNS or subj[0].lower_ in INCIDENT_PRONOUNS):
                found.add(word)
        elif tok.dep_ == "advmod" and word == "briefly" and head.pos_ == "VERB":
            found.add(word)
    # what the parser misses: a size predicated of the incident through a passive or a loose
    # parse ("the disruption there has been limited", "this is severe") or ranked among its kind
    # ("one of the most severe a retailer has faced"); words in scare quotes are someone else's
    bare = SCARE_QUOTED.sub(" ", sent.text)
    found.update((m.group(1) or m.group(2)).lower() for m in PREDICATED_SIZE.finditer(bare))
    if "limited" in found and re.search(r"\bextremely limited\b", sent.text, re.I):
        found.discard("limited")
        found.add("extremely limited")
    return sorted(found)


BOILERPLATE = re.compile(
    r"(did not|didn't|does not|doesn't) (?:immediately )?respond|declined to comment|"
    r"could not be reached|requests? for comment|this (?:story|article) (?:has been|was) updated|"
    r"here(?:'s| is) what we know|read the full|click here|sign up for", re.I)
TIMELINE_ENTRY = re.compile(r"^\W*\d{1,2}[:.]\d{2}\b")


def hedge_cues(text: str) -> list[str]:
    return sorted({m.group(1).lower() for m in HEDGE_RE.finditer(text)})


# "who asked not to be named", "because they were not authorised to speak": the terms of an
# anonymous source, which negate nothing the sentence reports
SOURCE_TERMS = re.compile(r"\b(?:asked|requested|spoke|speaking|talked)\b[^,.;]{0,40}?\b(?:not to be (?:named|identified)|"
                          r"anonymity)\b|\b(?:were|was|are|is|not) (?:not )?(?:authori[sz]ed|permitted|allowed|cleared) "
                          r"to (?:speak|talk|comment|discuss)\b[^,.;]*", re.I)
# words that deny when predicated ("the report is wrong") but only describe before a noun
# ("the wrong grades", "an incorrect process", "a false alarm")
DESCRIPTIVE_WHEN_ATTRIBUTIVE = frozenset("false incorrect inaccurate wrong misleading".split())


def has_negation(sent: Span) -> bool:
    """Any negation or denial word anywhere in the sentence (a feature of the blame models),
    outside an anonymous source's terms; "wrong", "false" and the like only when predicated."""
    terms = [(m.start() + sent.start_char, m.end() + sent.start_char) for m in SOURCE_TERMS.finditer(sent.text)]
    kept = []
    for t in sent:
        if any(s <= t.idx < e for s, e in terms):
            kept.append(" " * len(t.text_with_ws))
            continue
        if t.dep_ == "neg" or t.lower_ in NEGATION_WORDS:
            return True
        skip = t.lower_ in DESCRIPTIVE_WHEN_ATTRIBUTIVE and t.dep_ == "amod"
        kept.append(" " * len(t.text_with_ws) if skip else t.text_with_ws)
    return bool(NEGATION_RE.search("".join(kept)))


UNRELATED_RE = re.compile(r"\b(unrelated to|not related to|nothing to do with|no (?:connection|link) (?:to|with)|"
                          r"ruled out|rules out)\b", re.I)

def _assertion_verbs(sent: Span) -> list:
    root = sent.root
    verbs = [root] + [c for c in root.children if c.dep_ == "conj"]
    for v in list(verbs):
        if v.lemma_.lower() in CUE_LEMMAS:  # "the company said (that) it did not ..."
            for c in v.children:
                if c.dep_ in ("ccomp", "xcomp"):
                    verbs.append(c)
                    verbs.extend(x for x in c.children if x.dep_ == "conj")
    return verbs


def is_negated(sent: Span) -> bool:
    """Whether the claim's own assertion is negated or a denial: a negation on its main verb
    (or on what a reporting verb reports: "the company said it did not ..."), a negative
    subject or object of that verb ("nobody attacked us", "we found no evidence"), a
    contrast "X, not Y", or denial words ("false", "rejected", "no evidence"). A negation
    inside a description ("customers who could not log in", "flights with no luggage")
    leaves the assertion affirmative."""
    if NEGATION_RE.search(sent.text) or UNRELATED_RE.search(sent.text):
        return True
    for v in _assertion_verbs(sent):
        for c in v.children:
            if c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in ("never", "nowhere"):
                return True
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "pobj") and c.lower_ in NEGATION_WORDS - {"without"}:
                return True
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
                return True
    # "user error, not AI error": "not" on a noun phrase
    return any(t.lower_ == "not" and t.head.pos_ in ("NOUN", "PROPN") for t in sent)


def aspects_of(text: str, unit: Unit) -> list[str]:
    found = [name for name, pattern in ASPECT_CUES.items() if pattern.search(text)]
    if unit.slots.duration_minutes is not None and "duration" not in found:
        found.append("duration")
    if unit.slots.count is not None and re.search(r"\b(second|third|fourth|fifth)\b", text, re.I) and "recurrence" not in found:
        found.append("recurrence")
    return [a for a in ASPECT_CUES if a in found]


SHORT_MOVE = re.compile(r"\b(sorry|apologi[sz]e|apologies|false|untrue|not true|deny|denies|refute|wrong|misleading)\b", re.I)


# an elliptical denial answering the sentence before it: "There was not.", "It did not.",
# "That never happened."
ELLIPTICAL_DENIAL = re.compile(r"^\W*(?:there|it|that|this|they|we|he|she|none of (?:it|that|this))\s+(?:(?:was|were|is|are|did|does|"
                               r"do|has|have|had)(?:n['’]t|\s+not)(?:\s+(?:happen|exist))?|never (?:happened|did|was|were|existed))"
                               r"\s*[.!]?\W*$", re.I)


# a verbless short cause: "Not a hack.", "Definitely a DDoS."
SHORT_CAUSE_LEAD = re.compile(r"^\W*(?:not|definitely|probably|clearly|obviously|surely|certainly|almost certainly|"
                              r"likely|just|classic|another)\b", re.I)


def is_check_worthy(sent: Span, unit: Unit) -> bool:
    text = sent.text.strip()
    if unit.furniture or not text:
        return False
    if text.endswith("?") or BOILERPLATE.search(text):
        return False
    words = [t for t in sent if t.is_alpha]
    chat = CHAT_PREFIX.match(text)
    if chat:
        # "[16/04/2025 14:30] 0xcrowley: this is a DDoS.": the message, without its stamp and handle
        offset = sent.start_char + len(sent.text) - len(sent.text.lstrip()) + chat.end()
        text, words = text[chat.end():], [t for t in words if t.idx >= offset]
        sent = sent.doc[words[0].i:sent.end] if words else sent
    if TIMELINE_ENTRY.match(text) and len(words) >= 2:
        return True
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in sent)
    if len(words) < 5:
        # short moves still count: "We are sorry.", "That is false.", "We deny this.", "There was not."
        if len(words) < 2:
            return False
        if (SHORT_MOVE.search(text) or ELLIPTICAL_DENIAL.match(text)) and has_verb:
            return True
        # a short cause, as posts and chats give them: "This is a DDoS.", "It was ransomware.", "Not a hack."
        return (has_verb or bool(SHORT_CAUSE_LEAD.match(text))) and any(
            pattern.search(text) for label, pattern in CATEGORY_CUES.items() if label != "undetermined")
    return has_verb


@Language.factory(
    "counterclaim_claims",
    requires=["doc._.units", "token.pos", "token.dep"],
    assigns=["doc._.units"],
)
def make_claims(nlp: Language, name: str):
    register_extensions()
    return ClaimMarker()


class ClaimMarker:
    def __call__(self, doc: Doc) -> Doc:
        previous = None
        for unit in doc._.units or []:
            sent = unit.span(doc)
            if not is_check_worthy(sent, unit):
                continue
            text = sent.text
            unit.is_claim = True
            unit.hedge_cues = hedge_cues(text)
            unit.negated = is_negated(sent)
            unit.severity_words = incident_size_words(sent)
            unit.aspects = aspects_of(text, unit)
            if ELLIPTICAL_DENIAL.match(text) and previous is not None:
                unit.negated = True
                unit.aspects = unit.aspects or list(previous.aspects)  # it answers what the sentence before says
            previous = unit
        return doc
