"""Contradictions between voices about the same incident. Pure functions over Claims.

Alignment: claims are blocked by (incident, aspect); inside a block, a claim is paired with
its ``TOP_K`` most similar claims (MiniLM cosine) from other voices, or from the same voice
in another document. Blocks keep the work sub-quadratic in the corpus: pairs are never
formed across incidents, and a block of n claims costs n x TOP_K comparisons.

Typed comparisons, first that fires wins:

- ``rebuttal``: one claim is a denial ("... is entirely false", "no evidence of ...",
  "did not ...") whose denied part is close to what the other claim affirms; a claim that
  itself rules something out ("we have ruled out a cyberattack") affirms nothing to rebut;
- ``numeric``: durations or counts of the same thing that cannot both hold, after unit
  normalisation and bounds ("under two hours" holds for 90 minutes, not for six hours);
  within ``REL_TOLERANCE`` they agree ("90 minutes" = "an hour and a half");
- ``categorical``: the company's cause against another voice's when the categories are
  incompatible, or any claim denying the other's category ("user error, not AI error"
  against "the AI agent deleted it"); two other voices naming different causes are not
  flagged (on the incident corpus this cut categorical flags on unannotated pairs by a
  third and raised precision on annotated pairs from 0.927 to 0.947, recall 0.313 -> 0.297);
  nor are two near-paraphrases (MiniLM cosine ``PARAPHRASE_SIM`` or more) without a denial:
  they state one cause, and differing predicted categories there are classifier noise;
- ``characterization``: a minimising size word against a magnifying one, or against a
  figure that is large ("brief interruption" against "lasted 13 hours"); the company's
  offer against a voice calling it too small ("forty quid is an insult"); a voice taking
  up the other's wording only to reject it ("to describe this as a one-day delay insults
  ..."; two content words of the echoed phrase must appear in the other claim).

Agreement is not contradiction: two minimisers, a figure inside another's bound, causes that
describe one failure (an engineer's bad setting is both ``human_error`` and
``configuration``; a customer's "third-party provider" is the vendor whose own bug the vendor
describes), and a specific claim inside a broader one are not flagged. The company blaming
its supplier (``third_party``) against a critic blaming the company's own configuration or
software is the dispute itself and is flagged: treating those pairs as compatible had missed
15 annotated contradictions and no annotated agreement.

``semantic``: for aligned pairs no rule decides, a trained pair scorer (scikit-learn logistic
regression over embedding similarity and linguistic features, ``nlp.pair_scorer``) flags the
pair when its probability passes the threshold chosen on held-out incidents.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from .claims import ELLIPTICAL_DENIAL, PROCEEDING_NOUNS
from .counts import count_class
from .incidents import EVENT_NOUN, EVENT_WORD, MERGE_DAYS, SHIFT_MARKERS, days_apart, tells_event
from .records import ASPECTS, Claim, Contradiction
from .slots import COUNTERFACTUAL, FUTURE, MARKET_MOVE, cited_duration
from .voices.names import CUSTOMER_WORDS, EXPERT_WORDS, INSIDER_WORDS, PRESS_WORDS

# 12 -> 20 raised recall on the corpus's annotated pairs from 0.327 to 0.349 (gold pairs never
# aligned 107 -> 91) with no new false positive; 30 added nothing more. Most new flags fall
# on unannotated vendor-against-critic cause pairs, and in a sample most were real disputes.
TOP_K = 20
MIN_CAUSE_CONFIDENCE = 0.5
REBUT_SIM = 0.55  # the denied fragment against the claim it answers (MiniLM cosine)
PARAPHRASE_SIM = 0.7  # MiniLM cosine at which two cause claims say the same thing
REL_TOLERANCE = 0.2
BOUND_TOLERANCE = 0.15
ABS_TOLERANCE_MIN = 20
LARGE_DURATION_MIN = 240
# 0.25 -> 0.15 when claims reporting a hedged status update came in ("its first update spoke
# only of a possible effect on performance"): such a claim and the wide account it understates
# share few words (recall on annotated pairs 0.560 -> 0.571, no new false positive; the 9 new
# unannotated flags read as a company sizing down against a customer or analyst sizing up)
MIN_REACH_SIM = 0.15
COUNT_RATIO = 1.3  # "about 1,300 flights" against "close to 1,800"; 1,206 and "more than 1,190" agree
COMPATIBLE_CAUSES = {frozenset({"configuration", "human_error"})}
# a customer's "third party" is the company it buys from: "an issue with a third-party
# provider", said by a customer of the provider, and the provider's own bug or configuration
# name one cause
PROVIDER_SIDE = frozenset({"software_bug", "configuration", "infrastructure"})
# ... when the customer points at its provider, not at somebody else ("a carrier cut a fibre",
# "another customer's config", "a problem at HMRC's end")
PROVIDER_WORDS = re.compile(r"\b(?:suppliers?|providers?|vendors?|hosts?|hosting|cloud|third[- ]party|"
                            r"partners?|platforms?)\b", re.I)
MINIMISING = frozenset("brief briefly minor small limited isolated short-lived minimal negligible "
                       "short contained handful fraction intermittent hiccup hiccups blip glitch degraded temporary".split()) \
    | {"extremely limited"}
MAGNIFYING = frozenset("significant major severe serious massive huge catastrophic unprecedented "
                       "widespread lengthy prolonged chaos meltdown crippling devastating "
                       "large-scale dramatic".split()) | {"long time"}
# "wrong", but not "what went wrong" nor one's own error ("I was wrong about the duration")
WRONG = r"(?<!went )(?<!goes )(?<!go )(?<!gone )(?<!going )(?<!I was )(?<!I'm )(?<!I am )(?<!we were )wrong"
DENIAL = re.compile(r"\b(false|untrue|not true|no truth|inaccurate|incorrect|" + WRONG + r"|den(?:y|ies|ied)|"
                    r"reject(?:s|ed)?|refute[sd]?|dismiss(?:es|ed)?|disput(?:e|es|ed)|no evidence|no sign|"
                    r"no indication|no reason to (?:believe|think|suspect)|nothing to (?:suggest|indicate)|"
                    r"ruled out|not the case|nothing to do|did not|does not|was not|were not|is not|never|"
                    r"baseless|unfounded|fabricated)\b", re.I)

# a negation that tells the failure or an omission, not a denial: "calls did not connect", "the
# site would not load", "the contractor did not follow the procedure", "monitoring never flagged it"
FAILURE_NEGATION = re.compile(
    r"\b(?:did not|does not|do not|was not|were not|is not|are not|would not|could not|never)\s+(?:[\w-]+ly\s+|be\s+|been\s+|get\s+)?"
    r"(?:connect|work|load|respond|go(?:es)? through|get through|reach|arrive|open|start|function|process|complete|"
    r"sync|boot|operate|follow|escalate|flag|detect|notice|trigger|alert|test|fire|answer|pick up|receive|"
    r"connected|working|loading|responding|reached|received|answered|escalated|flagged|detected|noticed|"
    r"triggered|tested|followed|completed|processed|"
    # not put right in time, or never passed on: "not fully fixed until after 11am", "was not notified to us"
    r"fix|fixed|resolve|resolved|restore|restored|recover|recovered|return|returned|come back|"
    r"notify|notified|inform|informed|told|warned|consulted)\b", re.I)


# a denied failure state says what the other claim affirms in plain words: "the stores were never
# shut" agrees with "our stores have stayed open throughout"
NEGATED_DOWN = re.compile(r"\b(?:never|not|n['’]t|no longer)\s+(?:been\s+|be\s+|fully\s+|actually\s+)?"
                          r"(?:shut|closed|down|offline|unavailable|interrupted|cut off|suspended)\b", re.I)
STAYED_UP = re.compile(r"\b(?:(?:stayed|remained|kept|were|was|are|is|been)\s+(?:\w+\s+)?(?:open|up|online|available|running|"
                       r"operating|trading)|open (?:throughout|as normal|as usual)|unaffected)\b", re.I)


def _denial_agrees(denier: Claim, other: Claim) -> bool:
    """The denial negates a failure state ("never shut") that the other claim itself rules out
    by affirming the opposite ("stayed open"): the two agree."""
    return bool(NEGATED_DOWN.search(denier.text)) and bool(STAYED_UP.search(other.text)) and not any_negation(other)


# a denial itself negated concedes: "Air Canada does not dispute that the chatbot gave the answer"
CONCEDED = re.compile(r"\b(?:(?:does|do|did|has|have) not|doesn['’]t|don['’]t|didn['’]t|hasn['’]t|haven['’]t|no one|nobody)\s+"
                      r"(?:seriously\s+)?(?:dispute[sd]?|den(?:y|ies|ied)|contest(?:s|ed)?|challenge[sd]?|reject(?:s|ed)?)\b|"
                      r"\b(?:not|un)\s*disputed\b", re.I)


# what a proceeding covers, no denial: "the October outage is not part of this inquiry"
OUT_OF_SCOPE = re.compile(r"\b(?:is|was|are|were)\s+not\s+(?:part of|covered by|within the scope of|included in)\s+"
                          rf"(?:this|the|our|its)\s+(?:{'|'.join(sorted(PROCEEDING_NOUNS))})\b", re.I)


# an omission blamed, not a denial: "the operator did not schedule enough plants", "was not
# given sufficient capacity"
OMISSION = re.compile(r"\b(?:did not|does not|do not|was not|were not)\s+(?:[\w-]+\s+){1,2}?(?:enough|sufficient\w*|adequate\w*)\b", re.I)


def denies(text: str) -> bool:
    """Does the text deny something (``DENIAL``), beyond negations that tell the failure or
    blame an omission, denials it concedes (``CONCEDED``) or that only bound a proceeding
    (``OUT_OF_SCOPE``)?"""
    text = OUT_OF_SCOPE.sub(lambda m: " " * len(m.group(0)), CONCEDED.sub(lambda m: " " * len(m.group(0)), text))
    return any(not FAILURE_NEGATION.match(text, m.start()) and not OMISSION.match(text, m.start())
               for m in DENIAL.finditer(text))


# an account given first and later replaced: "initially blamed", "in the first hours, a
# spokesperson said", "its first statement"
EARLIER_ACCOUNT = re.compile(r"\b(?:initially|at first|originally|in the first (?:hours|minutes|days?)|"
                             r"first (?:said|blamed|suggested|described|thought|suspected|assumed|reported|pointed)|"
                             r"(?:first|early|earlier|initial) (?:public )?(?:statements?|accounts?|updates?|explanations?))\b", re.I)

# an account the claim only reports: "there has been speculation online that the fund was
# hacked", "we are aware of posts claiming that our staff ignored warnings"
REPORTED_ACCOUNT = re.compile(r"\b(?:speculation|rumou?rs?|claims|allegations?|theories|posts|suggestions?|reports)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:that|claiming|suggesting|saying|alleging|insisting|asserting|arguing|blaming|describing|calling)\b|\b(?:we are|we're|we were|we have been) "
                              r"(?:aware|made aware) of\b", re.I)


def _reports_others_account(c: Claim) -> bool:
    return bool(REPORTED_ACCOUNT.search(c.text)) and not any_negation(c)


# a claim that itself rejects or rules something out ("we have ruled out a cyberattack") does
# not affirm what another denial denies: two denials of one thing agree
REJECTS = re.compile(r"\b(false|untrue|not true|den(?:y|ies|ied)|reject(?:s|ed)?|refute[sd]?|no evidence|no sign|"
                     r"no indication|ruled out|rules out|baseless|unfounded|fabricated)\b", re.I)


@dataclass
class PairView:
    """What the comparisons see of one claim."""

    claim: Claim
    vector: np.ndarray
    denied_vector: np.ndarray | None


def any_negation(c: Claim) -> bool:
    """A negation anywhere in the claim (``claims.has_negation``), not only on its assertion
    (``claim.negated``): the rules ask whether a claim says "not" at all ("customers who could
    not log in" cannot be the plain account a denial answers)."""
    return bool((c.features or {}).get("any_negation", c.negated))


def voice_key(c: Claim) -> tuple:
    return (c.speaker or "", c.speaker_role)


def may_compare(a: Claim, b: Claim) -> bool:
    """Different voices, or one voice in two of its documents; never across incidents, and
    never two claims that each tell an event and name dates of which no two are close (they
    speak of different events, whatever incident they were grouped into)."""
    if a.incident is None or a.incident != b.incident:
        return False
    if a.slots.dates and b.slots.dates and not _dates_close(a.slots.dates, b.slots.dates) \
            and tells_event(a) and tells_event(b):
        return False  # dates named by background ("warned in September", "signed off in November") do not part them
    if _recalls_other_event(a) or _recalls_other_event(b):
        return False
    if voice_key(a) == voice_key(b):
        return a.doc_id != b.doc_id
    return True


# shift markers that, on their own, are times inside this incident or background, not another
# event: "reported earlier in the week", "brought it back in stages", "the separate networks",
# "bookings of the previous week"
_EVENT_AFTER = re.compile(rf"^\W*(?:[\w'’-]+\s+){{0,2}}?{EVENT_NOUN}\b", re.I)
# a bare year stays a marker: "lost six hours of data in 2017" recalls GitLab's outage inside
# an article about Replit's, and the claim alone cannot tell that from background
_AMBIGUOUS = re.compile(r"^(?:earlier|previous(?:ly)?|prior|separate|back in)$", re.I)


# markers that only name a time ("in 2016", "last year", "two years ago"): they recall another
# event only in a claim that tells one ("GitLab lost six hours of data in 2017"); "engineers who
# left last year said ...", "servers bought in 2014" are background to this incident
_TIME_ONLY = re.compile(r"^(?:in (?:19|20)\d\d|last \w+|\w+ ago)$", re.I)


def _marks_other_event(text: str, m: re.Match, event_told: bool = True) -> bool:
    word = m.group(0).lower()
    if _TIME_ONLY.match(word):
        # the time belongs to its own clause: "made hundreds of staff redundant in 2016, leaving
        # too few people when the systems went down" dates a decision, not the failure told later
        bounds = r"[,;:]|\b(?:and|but|which|who|when|after|before)\b"
        clause = re.split(bounds, text[:m.start()])[-1] + " " + re.split(bounds, text[m.end():])[0]
        return event_told and bool(EVENT_WORD.search(clause) or re.search(rf"\b{EVENT_NOUN}\b", clause, re.I))
    if word == "at the time" and re.match(rf"\s+of\s+(?:the|this)\s+{EVENT_NOUN}\b", text[m.end():], re.I):
        return False  # "at the time of the failure": this incident's time
    if not _AMBIGUOUS.match(word):
        return True
    after = text[m.end():]
    if word == "back in":
        return bool(re.match(r"\s+(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|"
                             r"october|november|december|the (?:spring|summer|autumn|winter|\d{4}s))\b", after, re.I))
    if word == "earlier" and re.match(r"\s+(?:in|on|that|this)\s+(?:the\s+)?(?:day|week|morning|afternoon|evening|night)\b",
                                      after, re.I):
        return False
    if word == "earlier" and re.search(r"\b(?:months|years)\s+$", text[:m.start()], re.I):
        return True
    return bool(_EVENT_AFTER.match(after))


def _recalls_other_event(c: Claim) -> bool:
    """A claim that points at another event ("that earlier failure", "a separate outage", "at
    the time") without a date of its own cannot be placed, so it is shown but never compared.
    Markers that alone name a time of this incident or background ("reported earlier in the
    week", "brought it back in stages", "the separate networks") point at another event only
    next to an event word ("an earlier outage", "the previous failure")."""
    tells = tells_event(c)
    return not c.slots.dates and any(_marks_other_event(c.text, m, tells) for m in SHIFT_MARKERS.finditer(c.text))


def _dates_close(a: list[str], b: list[str]) -> bool:
    return any((days_apart(x, y) is not None and days_apart(x, y) <= MERGE_DAYS) for x in a for y in b)


# who or what an incident's reach is counted in
_REACH = (r"customers?|users?|subscribers?|sellers?|merchants?|clients?|members?|passengers?|travell?ers?|"
          r"accounts?|sites?|websites?|businesses|transactions?|payments?|calls?|flights?|services?|traffic|"
          r"orders?|parcels?|deliveries|bookings?|appointments?|candidates?|students?|patients?|households?|"
          r"homes?|properties|meters?|tickets?|fans?|stores?|shops?|branches|devices?|interactions?|requests?|"
          r"cards?|cardholders?|people")
# "some customers", "a small group of our cloud customers", "only a handful of users"
FEW = re.compile(r"(?i:\b(?:only\s+)?(?:some|a few|a small (?:number|group|subset|minority|proportion|percentage|share|"
                 r"fraction)|a limited number|a handful|a fraction|a subset|a minority|a portion|"
                 r"only (?:about |around |roughly )?(?:[1-9]|[1-4]\d)(?:\.\d+)?\s*(?:%|per ?cent))(?:\s+of)?"
                 r"(?:\s+(?:our|the|its|their))?)(?:\s+[A-Z][\w&.'-]*){0,2}(?i:\s+(?:" + _REACH + r"))\b")
# ... but not a few who speak ("some passengers speculated", "some customers said they were
# still without service") nor the tail of a recovery ("a small number ... are still seeing issues")
FEW_NOT_REACH = re.compile(r"^[^.;]{0,40}?\b(?:said|say|says|told|report(?:s|ed)?|speculat\w+|suspect\w*|complain\w*|"
                           r"claim\w*|wrote|posted|described|still|continu\w+|residual|linger\w*|remain\w*|"
                           r"not (?:yet )?(?:be(?:en)? )?(?:restored|recovered|back))\b", re.I)
# "the vast majority of transactions were processed normally", "card payments largely kept working"
MOSTLY_UNAFFECTED = re.compile(
    r"\b(?:the\s+)?(?:vast|great|overwhelming)\s+majority\b[^.;]*?\b(?:normal(?:ly)?|as usual|unaffected|"
    r"not affected|continued|kept working|(?:were|was|have been|has been) able|processed|ran)\b|"
    r"\b(?:largely|mostly|broadly)\s+(?:kept working|unaffected|normal|continued|operational|working)\b|"
    # "for most customers, service was back by early afternoon"
    r"\bfor (?:most|the (?:vast|great|overwhelming) majority of)\b[^.;]{0,40}?\b(?:back|restored|over|resolved|"
    r"fixed|working again)\b|"
    r"\b(?:more than |over |about |around )?(?:[89]\d)(?:\.\d+)?\s*(?:%|per ?cent)\b[^.;]{0,60}?\b(?:normal(?:ly)?|"
    r"as (?:usual|intended|normal)|unaffected|went through|were processed|completed|successful(?:ly)?)\b", re.I)
# "the failure was global", "all of the carrier's mobile customers", "everyone in my office",
# "millions of Canadians", "thousands of other sites"
WIDE = re.compile(
    r"\b(?:(?:was|were|went|is|became) global|global (?:outage|failure|disruption|blackout|collapse)|globally|"
    r"nationwide|worldwide|countrywide|across the (?:country|nation|world|globe|continent)|"
    r"around the world|across (?:the )?(?:US|U\.S\.|UK|United States|United Kingdom|Europe|Canada|Australia|Britain)|"
    r"everyone|everybody|all of (?:the|its|our|their)\b[^.;,]{0,30}?\b(?:" + _REACH + r")|"
    r"every (?:single )?(?:customer|user|subscriber|seller|merchant|client|passenger|account|site|business)|"
    r"(?:tens of |hundreds of )?(?:thousands|millions|billions) of (?:\w+\s+){0,2}?(?:" + _REACH + r"|people|"
    r"households|homes|(?-i:[A-Z]\w+(?:ans|ers|s)))|"
    r"(?:complete|total) (?:shutdown|blackout|outage|collapse)|"
    # "around 85% of our network", "in every region", "across all regions"
    r"(?:[5-9]\d|100)(?:\.\d+)?\s*(?:%|per ?cent) of (?:all |our |the |its |their )?(?:network|" + _REACH + r")|"
    r"(?:in|across) (?:every|all(?: of)?(?: the| its| our)?) (?:regions?|countries|markets|data ?cent(?:re|er)s))\b", re.I)
# the hedged impact of a status update: "customers may have trouble connecting", "some users
# might see errors", "a possible effect on performance": the wording that keeps an incident small
HEDGED_IMPACT = re.compile(r"\b(?:may|might|could)\s+(?:be\s+)?(?:have|having|see|seeing|experienc\w+|notice|noticing|"
                           r"encounter\w*|face|facing)\s+(?:some\s+|an?\s+)?(?:intermittent\s+|occasional\s+|minor\s+|"
                           r"brief\s+)?(?:trouble|difficult\w*|errors?|issues?|problems?|delays?|slow\w*|latency|degrad\w*)\b|"
                           r"\bpossibl[ey]\s+(?:an?\s+)?(?:effect|impact|having|experiencing|seeing|difficult\w*|degrad\w*|"
                           r"disruption|delays?|issues?|errors?)\b", re.I)
# a claim that reports an account as only that: "the status page spoke only of a possible
# effect on performance", "Google said only that some customers might see errors"
ONLY_SAID = re.compile(r"\b(?:spoke|speaks|said|says|mentioned|mentions|referred|refers|talked|talks|acknowledged|"
                       r"acknowledges|admitted|admits)\s+only\s+(?:of|about|to|that)\b", re.I)
# wide reach counts only when the claim says the reach was hurt, not "our network serves millions"
HURT = re.compile(r"\b(?:unable|could not|couldn't|cannot|can't|(?:left|were|was|are|is) without|cut off|lost|"
                  r"affected|hit|disrupted|stranded|offline|knocked|went down|down for|dead|locked out|fail(?:ed|s)|"
                  r"shut down|shutdown of|crash(?:ed|es|ing)?)\b", re.I)
# ... and a share is wide when it is the share hurt: "85% of our network was affected", not
# "the other 85 percent went through"
SHARE_HURT = re.compile(r"\s+(?:[\w'-]+\s+){0,2}?(?:" + HURT.pattern + ")", re.I)
_PEOPLE = frozenset("customer user subscriber passenger seller merchant client account person people".split())
LARGE_REACH = 10_000
# the claim scorns a minimising account ("calling it a brief glitch is an insult", "badly understated")
SCORN = re.compile(r"\b(?:an? insult|insulting|a joke|laughable|understat\w+|downplay\w*|play(?:s|ed|ing)? down|"
                   r"stop calling|keeps? (?:calling|saying|describing|insisting)|(?:has been|was|were) (?:contradicted|disputed)|(?:does not|doesn't|do not|don't) "
                   r"begin to|might be true|may be true|nowhere near|(?:gentle|polite|kind|generous|charitable) way|"
                   r"euphemis\w*|sugar-?coat\w*|whitewash\w*|doing a lot of (?:work|heavy lifting)|so-called|"
                   r"the official line|(?:far |much |a lot |way )?worse than)\b", re.I)
# the claim itself says the other account sizes it down: "the company's communication, which
# played down the delays", "calling this a short glitch does a disservice to ...", "that is a
# gentle way of putting it"
ACCUSES_MINIMISING = re.compile(r"\b(?:understat(?:es|ed|ing)|downplay\w*|play(?:s|ed|ing)? down|sugar-?coat\w*|"
                                r"whitewash\w*|euphemis\w*|(?:gentle|polite|kind|generous|charitable) way of (?:putting|"
                                r"describing|saying|calling)|do(?:es)? (?:\w+ )?a disservice|calling (?:this|it)\b[^.;]{0,40}"
                                r"\bis (?:generous|charitable|an understatement|wishful))\b", re.I)
# a minimiser denied outright: "three weeks is not intermittent", "far from a minor glitch",
# "an existential blow rather than a glitch"
DENIED_MINIMISER = re.compile(r"(?:\b(?:not|rather than|instead of|far from|anything but|hardly|not what (?:I|we|anyone|you) would call|"
                              r"nothing (?:about|in|of) (?:it|this|that|the \w+) (?:was|is|were|seemed|felt))|n['’]t)\s+"
                              r"(?:an?\s+|so\s+|that\s+|very\s+|a few\s+|just\s+|only\s+|some\s+|the\s+|your\s+|their\s+|its\s+)?(?:"
                              + "|".join(sorted(MINIMISING, key=len, reverse=True)) + r")\b", re.I)
# words that name what kind of event it was, as a company may play it down ("a technical issue")
NAMING_WORDS = frozenset("glitch issue problem hiccup blip incident interruption disruption outage event".split())
# a short phrase in quotation marks is somebody else's wording ("said 'some customers' were affected")
SCARE_QUOTE = re.compile(r"[\"\u201c\u201d]([^\"\u201c\u201d]{1,40})[\"\u201c\u201d]")


def _scare_quoted(text: str) -> tuple[list[str], str]:
    """Short quoted phrases (five words or fewer) and the text without them."""
    quoted = [m.group(1) for m in SCARE_QUOTE.finditer(text) if len(m.group(1).split()) <= 5]
    rest = SCARE_QUOTE.sub(lambda m: " " if len(m.group(1).split()) <= 5 else m.group(0), text)
    return quoted, rest


# "every customer whose journey was disrupted" names the ones hit, not how many were
RESTRICTED = re.compile(r"^(?:\s+[\w'-]+){0,3}?\s+(?:who|whose|that|affected)\b", re.I)


def _wide(text: str) -> bool:
    # a share is wide as it stands ("85% of our network was affected")
    return any(bool(SHARE_HURT.match(text, m.end())) if m.group(0)[0].isdigit() else not RESTRICTED.search(text[m.end():])
               for m in WIDE.finditer(text))


def _minimises_reach(text: str) -> bool:
    few = any(not FEW_NOT_REACH.search(text[m.end():]) for m in FEW.finditer(text))
    return few or bool(MOSTLY_UNAFFECTED.search(text)) or bool(HEDGED_IMPACT.search(text))


def _reports_small_account(text: str) -> bool:
    """The claim reports an account that went no further than a small, hedged impact
    ("its first update spoke only of a possible effect on performance")."""
    m = ONLY_SAID.search(text)
    rest = text[m.end():] if m else ""
    return bool(m) and (_minimises_reach(rest) or _minimising_word(rest))


def _minimising_word(text: str) -> bool:
    return any(re.search(rf"\b{re.escape(w)}\b", text, re.I) for w in MINIMISING)


def _scorns_minimising(c: Claim) -> bool:
    """The claim reports a minimising account only to reject it: scorn for a minimising word
    ("calling 40 hours short is an insult"), or a minimiser in scare quotes next to a
    denial or a wide reach ("said 'some customers', but everyone in my office was cut off")."""
    return _scorns(c.text, any_negation(c))


# a claim meets many others in the comparisons: its text is read once (per process)
@functools.lru_cache(maxsize=65536)
def _scorns(text: str, negated: bool) -> bool:
    quoted, rest = _scare_quoted(text)
    if SCORN.search(text) and (_minimising_word(text) or _minimises_reach(text)):
        return True
    if DENIED_MINIMISER.search(text) or ACCUSES_MINIMISING.search(text):
        return True
    reported = any(_minimises_reach(q) or _minimising_word(q) for q in quoted)
    return reported and (negated or bool(_wide(rest) and HURT.search(rest)) or bool(re.search(r"\bbut\b", rest)))


def size_polarity(c: Claim) -> int:
    """-1 when the claim sizes the incident down, +1 when up (size words that describe the
    incident itself, found in the parse: ``claim.severity_words``). A claim that scorns a
    minimising account sizes the incident up."""
    if _scorns_minimising(c):
        return 1
    if _reports_small_account(c.text):
        return -1
    words = set(c.severity_words) - _described_as(c.text)
    minimise = bool(words & MINIMISING)
    magnify = bool(words & MAGNIFYING)
    return _sign(minimise, magnify)


# "a report that describes the event as a lengthy outage": a size word inside someone's
# description, which the claim reports (and, from the company, answers) rather than asserts
DESCRIBED_AS = re.compile(r"\b(?:describ\w*|characteri[sz]\w*|portray\w*|paint\w*|depict\w*)\b[^.;:]{0,60}?\bas\s+"
                          r"(?:an?\s+|the\s+)?((?:[\w-]+[\s,]+){0,3}[\w-]+)", re.I)


@functools.lru_cache(maxsize=65536)
def _described_as(text: str) -> frozenset[str]:
    return frozenset(w.lower() for m in DESCRIBED_AS.finditer(text) for w in re.findall(r"[\w-]+", m.group(1)))


def _sign(minimise: bool, magnify: bool) -> int:
    """-1 for sizing down only, +1 for sizing up only, 0 for both or neither."""
    return -1 if minimise and not magnify else 1 if magnify and not minimise else 0


def reach_polarity(c: Claim) -> int:
    """-1 when the accountable party (the vendor's voice) says few were hit ("some customers",
    "the vast majority ... normally"), +1 when any voice says the hit was wide ("global", "all
    of its customers", "millions of", "1.9 million customers unable"), 0 for both or neither.
    Scare-quoted wording is somebody else's and does not count, except in the company's own
    attributed statement; a claim scorning a minimising account counts +1."""
    if _scorns_minimising(c):
        return 1
    many = (c.slots.count or 0) >= LARGE_REACH and (c.slots.count_noun or "") in _PEOPLE
    # "the bank said the outage affected 'a small number of customers'": words quoted in the
    # company's own attributed statement are the company's
    own_quotes = c.speaker_role == "vendor" and c.cue is not None
    return _reach(c.text, c.speaker_role == "vendor", many, own_quotes)


@functools.lru_cache(maxsize=65536)
def _reach(text: str, vendor: bool, many: bool, own_quotes: bool = False) -> int:
    rest = text if own_quotes else _scare_quoted(text)[1]
    minimise = vendor and _minimises_reach(rest)
    magnify = bool(HURT.search(rest)) and (_wide(rest) or many)
    return _sign(minimise, magnify)


def _polarity(c: Claim) -> int:
    """Size and reach together; 0 when they pull apart."""
    s, r = size_polarity(c), reach_polarity(c)
    return s if s == r or not r else r if not s else 0


def durations_conflict(a: Claim, b: Claim) -> bool:
    """Two durations of the incident that cannot both hold. Two figures agree within
    ``REL_TOLERANCE`` (or ``ABS_TOLERANCE_MIN``); a bound ("under two hours", "more than a
    day") is an explicit statement, so a figure past it by more than ``BOUND_TOLERANCE``
    breaks it ("more than a day" against "about 18 hours")."""
    va, vb = a.slots.duration_minutes, b.slots.duration_minutes
    if va is None or vb is None or _compensation(a) != _compensation(b) or _different_parts(a.text, b.text):
        return False
    ba, bb = a.slots.duration_bound, b.slots.duration_bound
    if ba == "upper" and bb == "upper" or ba == "lower" and bb == "lower":
        return False
    if bb in ("upper", "lower") and ba is None:
        va, vb, ba, bb = vb, va, bb, ba
    if ba == "upper":
        return vb > va * (1 + BOUND_TOLERANCE) and vb - va > ABS_TOLERANCE_MIN
    if ba == "lower":
        if bb == "upper":
            return vb < va * (1 - BOUND_TOLERANCE)
        return (vb < va * (1 - BOUND_TOLERANCE) and va - vb > ABS_TOLERANCE_MIN)
    hi, lo = max(va, vb), min(va, vb)
    return hi - lo > ABS_TOLERANCE_MIN and hi > lo * (1 + REL_TOLERANCE)


def _range_of(c: Claim) -> tuple[float, float | None] | None:
    """A claim's length as a range of minutes: its figure (opened up by a bound, "under two
    hours" is 0-120) or the range of a length told without one ("for hours")."""
    v = c.slots.duration_minutes
    if v is not None:
        return {"upper": (0.0, v), "lower": (v, None)}.get(c.slots.duration_bound or "", (v, v))
    r = c.slots.duration_range
    return (r["min"], r["max"]) if r else None


def vague_durations_conflict(a: Claim, b: Claim) -> bool:
    """A length told without a figure against a figure or another such length, when the two
    ranges lie far apart: the gap must pass ``BOUND_TOLERANCE`` of the nearer end and
    ``ABS_TOLERANCE_MIN`` ("within hours" against "lasted days"; "several days" against
    "about two hours"; not "a few hours" against "five hours"). Two figures are
    ``durations_conflict``'s."""
    if not (a.slots.duration_range or b.slots.duration_range):
        return False
    ra, rb = _range_of(a), _range_of(b)
    if ra is None or rb is None or _compensation(a) != _compensation(b) or _different_parts(a.text, b.text):
        return False
    (la, ha), (lb, hb) = ra, rb
    for low, high in ((la, hb), (lb, ha)):  # one range starting well past the other's end
        if high is not None and low > high * (1 + BOUND_TOLERANCE) and low - high > ABS_TOLERANCE_MIN:
            return True
    return False


def _length_words(c: Claim) -> str:
    if c.slots.duration_minutes is None and c.slots.duration_range:
        return f"\"{c.slots.duration_range['text']}\""
    bound = {"upper": "under ", "lower": "over "}.get(c.slots.duration_bound or "", "")
    return bound + _fmt_minutes(c.slots.duration_minutes)


# the part of a cloud region a length is about: "zone a", "europe-west9-a", "zones b and c",
# "the other two zones", "the region"
ZONE_PART = re.compile(r"(?i)\b(?:[a-z]+-[a-z]+\d+-([a-f])\b|zones?\s+([a-f](?:\s*(?:,|and|&)\s*[a-f])*)\b|"
                       r"(?:(?:the\s+)?other\s+(?:two|three|\d)\s+zones|([a-f]) and ([a-f])\b)|"
                       r"((?:whole|entire)\s+(?:[\w-]+\s+)?region|the\s+region\b|regional))")


@functools.lru_cache(maxsize=65536)
def _parts(text: str) -> frozenset[str]:
    out = set()
    for m in ZONE_PART.finditer(text):
        if m.group(1):
            out.add(m.group(1).lower())
        elif m.group(2):
            out |= {x.lower() for x in re.findall(r"[a-fA-F]", m.group(2))}
        elif m.group(3):
            out |= {m.group(3).lower(), m.group(4).lower()}
        elif m.group(5):
            out.add("region")
        else:
            out.add("others")
    return frozenset(out)


def _different_parts(x: str, y: str) -> bool:
    """Lengths told of different parts ("zone a has been out for two weeks" against "the other two
    zones were back within a day") do not contradict each other."""
    px, py = _parts(x), _parts(y)
    return bool(px) and bool(py) and not px & py


COMPENSATION = re.compile(r"\b(credit(?:s|ed)?|refund(?:s|ed)?|free of charge|compensat\w*|goodwill|reimburs\w*|"
                          r"waive[sd]?|free (?:service|month|week|days?))\b", re.I)


# an offer judged too small: "forty quid is an insult", "doesn't begin to cover it"
OFFER_WORDS = re.compile(r"\b(credit(?:s|ed)?|refund\w*|compensat\w*|goodwill|reimburs\w*|payment|payout|offer|"
                         r"vouchers?|£\s?\d[\d,]*|\$\s?\d[\d,]*|€\s?\d[\d,]*|\d+ (?:pounds|quid|dollars|euros))\b|"
                         r"[£$€]\s?\d|\b(?:fifty|forty|thirty|twenty|ten|five) (?:pounds|quid|dollars|euros)\b", re.I)
PALTRY = re.compile(r"\b(?:an? insult|insulting|a joke|laughable|derisory|paltry|pittance|measly|meagre|meager|"
                    r"peanuts|token (?:gesture|amount|payment|sum)|slap in the face|(?:does not|doesn't|do not|don't|won't|will not) (?:even )?"
                    r"(?:begin to )?cover|nowhere near|not (?:nearly )?enough|small compared|a fraction of what)\b", re.I)
# "to describe this as a one-day delay insults ...", "Greenline can call it a few hours, but ...":
# another voice's wording taken up in order to reject it
ECHO = re.compile(r"\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|label(?:s|led|ling)?|term(?:s|ed)?)\s+"
                  r"(?:it|this|that|the \w+)\s+(?:as\s+)?[\"\u201c]?((?:[\w'-]+\s+){1,7}?[\w'-]+)[\"\u201d]?"
                  r"(?=\s*(?:,|\.|;|:|\bbut\b|\binsults?\b|\bis\b|\bwhen\b|\brather\b|\bdoes\b|\bmakes?\b|$))", re.I)
ECHO_TURN = re.compile(r"\b(?:but|insults?|insulting|rather than|understat\w*|not what|misleading|disservice|"
                       r"makes? it sound|(?:does|do)(?: not|n['’]t) (?:do (?:it |this |them )?justice|capture|begin to)|"
                       r"is wrong|is false|nonsense|a joke|(?:gentle|polite|kind|generous|charitable) way|euphemis\w*)\b", re.I)
# wording in quotation marks that the claim sets aside: "not the "degraded state" ...",
# "rather than a "minor glitch""
NOT_QUOTED = re.compile(r"\b(?:not|rather than|instead of|far from)\s+(?:the |a |an |just |merely |simply )?"
                        r"[\"\u201c\u2018']([^\"\u201d\u2019']{3,40})[\"\u201d\u2019']", re.I)
_STOP = frozenset("a an the of to for in on at and or it this that its our their was is be".split())


# each claim meets many others in the comparisons: its text is read once (per process)
@functools.lru_cache(maxsize=65536)
def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z][\w'-]+", text.lower()) if w not in _STOP)


@functools.lru_cache(maxsize=65536)
def _calls_offer_small(text: str) -> bool:
    return bool(PALTRY.search(text)) and bool(OFFER_WORDS.search(text))


@functools.lru_cache(maxsize=65536)
def _rejected_echo(text: str) -> frozenset[str]:
    """The content words of wording the text takes up only to reject it (empty if none)."""
    m = ECHO.search(text)
    if not m or not ECHO_TURN.search(text[m.end():] or text):
        # "a severe incident, not the "degraded state" described in its summary"
        q = NOT_QUOTED.search(text)
        return _content(q.group(1)) if q else frozenset()
    return _content(m.group(1))


def _scorned_offer(x: Claim, y: Claim) -> bool:
    """``y`` (not the company) calls the company's offer in ``x`` too small."""
    return (x.speaker_role == "vendor" and y.speaker_role != "vendor" and "compensation" in (x.strategies or [])
            and _calls_offer_small(y.text))


@functools.lru_cache(maxsize=65536)
def _sizing_quotes(text: str) -> tuple[str, ...]:
    """The words a text puts in quotation marks that size or name the incident ("intermittent",
    "technical glitch"), not any quoted word ("what definition of 'part'")."""
    terms = (m.group(1).strip(" .,;:!?") for m in SCARE_QUOTE.finditer(text))
    return tuple(t for t in terms if len(t.split()) <= 4 and set(t.lower().split()) & (MINIMISING | MAGNIFYING | NAMING_WORDS))


def _quoted_word_denied(x: Claim, y: Claim) -> str | None:
    """The wording ``x`` puts in quotation marks ("the problems are 'intermittent'") that ``y``
    says the incident was not ("Three weeks is not intermittent")."""
    if x.speaker == y.speaker:
        return None
    for term in _sizing_quotes(x.text):
        if re.search(rf"(?:\bnot|n['’]t|\bnever|\bhardly|\bfar from)\s+(?:(?:a|an|the|just|merely|really|exactly|remotely)\s+)?"
                     rf"{re.escape(term)}\b", y.text, re.I):
            return term
    return None


def _echo_rejected(x: Claim, y: Claim) -> bool:
    """``y`` takes up the wording of ``x`` (two content words or more) only to reject it."""
    echoed = _rejected_echo(y.text)
    return len(echoed) >= 2 and x.speaker != y.speaker and len(echoed & _content(x.text)) >= 2


# a claim that takes up the word that it was over only to say it was not, for this voice:
# "Salesforce can call it restored, but I spent my weekend rebuilding profiles", "they keep
# saying it was resolved on Saturday, but for us ...", "please don't tell me it was fixed at
# midnight", "for us "resolved" meant two working logins"
_OVER = r"(?:resolved|restored|fixed|over|back to normal|back up|working again|sorted)"
DISPUTES_END = re.compile(
    rf"\b(?:can|may|might|could)\s+call\s+(?:it|this|that)\s+(?:\w+\s+){{0,2}}?{_OVER}\b[^.;]{{0,30}}?\bbut\b|"
    rf"\b(?:keeps?|kept)\s+(?:saying|insisting|claiming|telling\s+\w+)\b[^.;]{{0,80}}?\b{_OVER}\b[^.;]{{0,60}}?\bbut\b|"
    rf"\b(?:do not|don['’]t|stop)\s+(?:tell(?:ing)?\s+(?:me|us|anyone)|pretend(?:ing)?)\s+(?:that\s+)?it\s+(?:was|is|had been|has been)\s+{_OVER}\b|"
    rf"[\"“]{_OVER}[\"”]\s+(?:meant|means|looked like|turned out)\b", re.I)
# the claim says the incident was over (not that something else was fixed ahead)
SAYS_OVER = re.compile(rf"\b(?:was|were|is|are|had been|has been|have been|marked|declared|showed|as)\s+(?:\w+\s+){{0,2}}?{_OVER}\b|"
                       r"\b(?:returned|went back|came back) to (?:normal|usual|pre-incident levels)\b|\bservices? (?:are|were) (?:now )?(?:operating|running|working) normally\b",
                       re.I)


@functools.lru_cache(maxsize=65536)
def _disputes_end(text: str) -> bool:
    return bool(DISPUTES_END.search(text))


def _says_over(c: Claim) -> bool:
    return not c.negated and not _disputes_end(c.text) and bool(SAYS_OVER.search(c.text)) and not FUTURE.search(c.text)


def _end_disputed(x: Claim, y: Claim) -> bool:
    """``y`` (not the company) says that what ``x`` calls over was not over for it."""
    return y.speaker_role != "vendor" and x.speaker != y.speaker and _disputes_end(y.text) and _says_over(x)


@functools.lru_cache(maxsize=65536)
def _cited(text: str) -> float | None:
    return cited_duration(text)


def _disputes_figure(x: Claim, y: Claim) -> bool:
    """``y`` names a duration as somebody else's only to dispute it ("far longer than the
    seven or so hours in your statement"), and ``x``, another voice, gives that duration."""
    cited = _cited(y.text)
    mine = x.slots.duration_minutes
    return bool(cited and mine and voice_key(x) != voice_key(y) and abs(mine - cited) <= REL_TOLERANCE * cited)


def _compensation(c: Claim) -> bool:
    """A claim about an offer ("a week's credit", "one month free of charge"): its duration
    sizes the offer, not the incident."""
    return bool(COMPENSATION.search(c.text))


# containers and units: "one of our two regions" and "an AWS region" do not disagree
STRUCTURAL_NOUNS = frozenset("region zone country state city year month week day version step phase team "
                             "office floor building layer percent".split())


# sums of money: a claim, an award, a voucher and a refund in one dispute are different sums, so
# two amounts are compared only as what the incident cost ("the bill could reach 150 million pounds"
# against "put the cost at about 58 million pounds"), not "about six hundred and fifty dollars" in
# damages against "a little over eight hundred" paid in all
MONEY_NOUNS = frozenset("dollar pound euro quid buck cent penny yen franc krona rand rupee".split())
COST_WORDS = re.compile(r"\b(?:cost|costs|costing|bill|losses|lost revenue|price tag|hit to (?:revenue|profits?|earnings))\b", re.I)


def _counts_of(c: Claim) -> list[tuple[int, str, str | None]]:
    """``(value, class, bound)`` for the first figure of each thing the claim counts."""
    items = c.slots.counts or ([{"value": c.slots.count, "noun": c.slots.count_noun, "bound": None}]
                               if c.slots.count is not None and c.slots.count_noun != "recurrence" else [])
    out, seen = [], set()
    for x in items:
        cls = count_class(x.get("noun"))
        if cls in MONEY_NOUNS and not COST_WORDS.search(c.text):
            continue
        if cls and cls not in seen and cls not in STRUCTURAL_NOUNS and x.get("value") is not None:
            seen.add(cls)
            out.append((int(x["value"]), cls, x.get("bound")))
    return out


def figures_conflict(va: float, ba: str | None, vb: float, bb: str | None) -> bool:
    """Two counts of one thing that cannot both hold: plain figures ``COUNT_RATIO`` apart; a
    figure past a bound ("fewer than 900" against "at least 2,300", "more than 9,000"
    against 1,140) by more than ``BOUND_TOLERANCE``; two bounds the same way never."""
    if ba == bb and ba is not None:
        return False
    if ba is None and bb is not None:
        va, ba, vb, bb = vb, bb, va, ba
    if ba == "upper":
        return vb > va * (1 + BOUND_TOLERANCE)
    if ba == "lower":
        return vb < va * (1 - BOUND_TOLERANCE) if bb is None else vb < va * (1 - BOUND_TOLERANCE) and bb == "upper"
    hi, lo = max(va, vb), min(va, vb)
    return lo > 0 and hi >= lo * COUNT_RATIO


# a figure for the worst-hit part ("in the worst-affected sites, trading did not resume for well over
# half a day", "at 31 restaurants the outage ran for more than 12 hours") fits a shorter typical one
WORST_CASE = re.compile(r"\b(?:worst[- ](?:hit|affected)|hardest[- ]hit|(?:the )?longest|in (?:some|a few) (?:cases|places|areas)|"
                        r"(?:some|a few|a handful of|several) (?:sites|restaurants|stores|shops|branches|customers|users|"
                        r"areas|regions|markets|locations)|at (?:\d[\d,]*|a few|some) (?:sites|restaurants|stores|shops|"
                        r"branches|locations|airports|hospitals))\b", re.I)


def _longer_is_worst_case(a: Claim, b: Claim) -> bool:
    """The longer of two durations is said of the worst-hit part only, so both can hold."""
    va, vb = ((_range_of(c) or (0, None))[0] for c in (a, b))
    longer, shorter = (a, b) if va > vb else (b, a)
    return bool(WORST_CASE.search(longer.text)) and not WORST_CASE.search(shorter.text) and shorter.slots.duration_bound != "upper"


def count_conflict(a: Claim, b: Claim) -> tuple[tuple[int, str, str | None], tuple[int, str, str | None]] | None:
    """The two figures, one from each claim, that count the same thing ("households" and
    "homes" are one population, ``slots.count_class``) and cannot both hold; recurrence
    ordinals must be equal."""
    if a.slots.count_noun == "recurrence" and b.slots.count_noun == "recurrence":
        if a.slots.count is not None and b.slots.count is not None and a.slots.count != b.slots.count:
            return (a.slots.count, "recurrence", None), (b.slots.count, "recurrence", None)
        return None
    mine = {cls: (v, cls, bound) for v, cls, bound in _counts_of(a)}
    for v, cls, bound in _counts_of(b):
        if cls in mine and figures_conflict(mine[cls][0], mine[cls][2], v, bound):
            return mine[cls], (v, cls, bound)
    return None


def counts_conflict(a: Claim, b: Claim) -> bool:
    return count_conflict(a, b) is not None


# ---- shares of those hit: "around 85% of our network was affected", "well over half hit an error",
# "the other 85 percent went through" (a share that worked: 15% hit)
SHARE_WORDS = {"well over half": (50, "lower"), "more than half": (50, "lower"), "over half": (50, "lower"),
               "the majority": (50, "lower"), "most of": (50, "lower"), "half": (50, None), "a third": (33, None),
               "one in three": (33, None), "two-thirds": (67, None), "two thirds": (67, None), "a quarter": (25, None),
               "almost everyone": (90, "lower"), "nearly everyone": (90, "lower"), "almost all": (90, "lower"),
               "nearly all": (90, "lower")}
SHARE = re.compile(r"(?i)\b(?:(?P<num>\d{1,3}(?:\.\d+)?)\s*(?:%|per ?cent\b)|(?P<word>" + "|".join(
    sorted((re.escape(w) for w in SHARE_WORDS), key=len, reverse=True)) + r")\b)")
SHARE_WORKED = re.compile(r"(?i)\b(?:work\w*|went through|normal\w*|unaffected|not affected|serv(?:ed|ing) traffic|"
                          r"successful\w*|fine|operating|healthy|available|back)\b")
SHARE_HIT = re.compile(r"(?i)\b(?:affected|hit|fail\w*|errors?|problems?|declined|down|could not|couldn['’]t|unable|"
                       r"disrupted|impacted|went dark|offline|broken|locked out)\b")
# "it didn't look like 85% of the network from here": a share named to deny it
DENIED_SHARE = re.compile(r"(?i)(?:\bnot|n['’]t|\bnever)\s+(?:\w+\s+){0,2}?(?:like\s+|anything like\s+|close to\s+)?$")
SHARE_OF_TIME = re.compile(r"(?i)\s*(?:of\s+)?(?:the\s+|that\s+|this\s+|our\s+)?(?:afternoon|morning|evening|night|day|week|"
                           r"weekend|month|year|time|hours?|period|shift|season)\b")
SHARE_GAP = 25  # points between two shares that cannot both describe one incident


def _shares(c: Claim) -> list[tuple[float, str | None, bool, str]]:
    """``(failed share, bound, denied, words)`` for each share of those hit the claim gives; a
    share with no word saying it failed or worked is left out."""
    out = []
    for m in SHARE.finditer(c.text):
        if SHARE_OF_TIME.match(c.text, m.end()):
            continue  # "down for most of the afternoon": a share of the time, not of those hit
        clause = re.split(r"[;:,.]\s", c.text[m.end():], maxsplit=1)[0][:80]
        before = c.text[max(0, m.start() - 60):m.start()]
        if MARKET_MOVE.search(before) or COUNTERFACTUAL.search(before):
            continue  # "shares closed down 2.8%"; "would have prevented most of what they went through"
        worked, hit = SHARE_WORKED.search(clause), SHARE_HIT.search(clause)
        if not worked and not hit:
            hit = SHARE_HIT.search(before[-30:])  # "customers hit: 15 percent"
        if m.group("num"):
            value, bound = float(m.group("num")), None
            if re.search(r"(?i)\b(?:more than|over|at least)\s*$", before):
                bound = "lower"
            elif re.search(r"(?i)\b(?:less than|under|fewer than|at most|only)\s*$", before):
                bound = "upper"
        else:
            value, bound = SHARE_WORDS[m.group("word").lower()]
        if worked and not hit:
            value, bound = 100 - value, {"lower": "upper", "upper": "lower"}.get(bound or "", None)
        elif not hit and not DENIED_SHARE.search(before):
            continue
        out.append((value, bound, bool(DENIED_SHARE.search(before)), m.group(0)))
    return out


def shares_conflict(a: Claim, b: Claim) -> tuple[str, str] | None:
    """Two voices' shares of those hit that cannot both hold ("well over half hit an error" against
    "roughly 15 percent of interactions ran into problems"), or a share one voice states and the
    other denies ("it didn't look like 85% of the network"); words for each."""
    for va, ba, da, wa in _shares(a):
        for vb, bb, db, wb in _shares(b):
            if da != db:
                if abs(va - vb) <= 3:
                    return (wa + (" (denied)" if da else ""), wb + (" (denied)" if db else ""))
                continue
            if da or db:
                continue
            lo, hi = sorted(((va, ba), (vb, bb)), key=lambda x: x[0])
            if hi[0] - lo[0] < SHARE_GAP or lo[1] == "lower" or hi[1] == "upper":
                continue
            return (wa, wb)
    return None


STILL_GAP_MIN = 60  # "restored by 09:30" against "still failing at 10:00" is too close to call


def still_after_end(ended: dict | None, still: dict | None) -> bool:
    """One voice says the failure was still going on (``slots.still``) after another said it
    was over (``slots.ended``): on a later day, or on the same day (or with no day named by
    either) at least ``STILL_GAP_MIN`` minutes later."""
    if not ended or not still:
        return False
    ze, zs = ended.get("zone"), still.get("zone")
    if ze and zs and ze != zs:
        return False  # "2:40 AM PDT" against "10.30am UK time": clock times in different zones
    de, ds = ended.get("date"), still.get("date")
    me, ms = ended.get("minute"), still.get("minute")
    if de and ds:
        if len(de) >= 10 and len(ds) >= 10 and ds[:10] != de[:10]:
            return ds[:10] > de[:10]
        if ds[:10] != de[:10]:
            return False  # a month against a day: not comparable
    elif de or ds:
        return False
    return me is not None and ms is not None and ms - me >= STILL_GAP_MIN


# a customer passing on what the company or someone else said ("the notice says most were back
# within two hours", "customer services told me it was fixed on Saturday")
RELAYED = re.compile(r"\b(?:says?|said|saying|claim(?:s|ed|ing)?|told|tells|notice|statement|status page|quot(?:e|es|ed|ing)|"
                     r"insist\w*|according to)\b", re.I)


def _own_experiences(a: Claim, b: Claim) -> bool:
    """Two customers each telling their own experience ("down for five hours for us", "three
    days without our money"): different customers' figures differ without contradicting each
    other. A customer relaying someone else's account (``RELAYED``) still counts."""
    def relays(c: Claim) -> bool:  # the cue that attributes the claim to the customer is not relaying
        return any(m.group(0).casefold() != (c.cue or "").casefold() for m in RELAYED.finditer(c.text))

    return a.speaker_role == "customer" and b.speaker_role == "customer" and not relays(a) and not relays(b)


# a customer telling what happened to them: "I've been trying to pay for half an hour", "an hour and a half of hassle for us"
FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:ve|m|d)|my|me|we|we['’](?:ve|re|d)|our|us)\b")


def _part_of_the_whole(a: Claim, b: Claim) -> bool:
    """One customer's own, shorter wait beside a longer figure for the whole incident ("I've been
    trying to pay online for half an hour" against "from around 11am until shortly before 4pm"):
    part of it, not a dispute. A customer's longer figure against a shorter one ("we were dark
    for three hours, not 90 minutes") still conflicts."""
    for x, y in ((a, b), (b, a)):
        if (x.speaker_role == "customer" and y.speaker_role != "customer" and FIRST_PERSON.search(x.text)
                and x.slots.duration_minutes and y.slots.duration_minutes
                and x.slots.duration_minutes < y.slots.duration_minutes):
            return True
    return False


def _same_words(a: Claim, b: Claim) -> bool:
    """One claim repeats the other's words (a post pasting the company's release): they agree."""
    x, y = (" ".join(re.findall(r"\w+", c.text.casefold())) for c in (a, b))
    return bool(x) and bool(y) and (x in y or y in x)


def scorable(a: Claim, b: Claim) -> bool:
    """Pairs the learned pair scorer may judge: not two customers each telling their own
    experience, whose differences the typed rules already decline to call disputes, nor a
    claim and a copy of its words, nor one speaker's two claims (a council narrating its
    committee's minutes and its own release: the typed rules compare a first account with a
    later one)."""
    return not _own_experiences(a, b) and not _same_words(a, b) and not (a.speaker and a.speaker == b.speaker)


# a forecast that someone will keep quiet ("Sony will never admit it") denies nothing
PREDICTED_SILENCE = re.compile(r"(?i)\b(?:will|would|'ll)\s+never\s+(?:admit|say|tell|confirm|explain|own up|acknowledge)|"
                               r"\b(?:won't|will not|wouldn't)\s+(?:ever\s+)?(?:admit|say|tell|confirm|explain|acknowledge)\b")
SCOPE_WORDS = frozenset("I The A An It Its This That These No Not Any Our We".split())
# "TCS systems", "Acme's network", "Okta users": one party's own systems or people
SYSTEM_NOUNS = (r"(?:systems?|users?|staff|employees|network|infrastructure|platforms?|servers?|people|personnel|accounts?|"
                r"credentials|help ?desk|service desk)")
PARTY_SYSTEMS = re.compile(r"\b([A-Z][\w&-]+)(?:'s|’s)?\s+" + SYSTEM_NOUNS + r"\b")
# "Claims that TCS was the source of the breach are false": a party denied as the way in, the
# breach itself granted
PARTY_AS_SOURCE = re.compile(r"\b([A-Z][\w&-]+)\s+(?:was|is|were|had been|has been)\s+(?:the\s+)?(?:source|origin|"
                             r"way in|entry point|point of entry|route in|weak link|cause)\s+of\b")
# "our systems", "its own network": the speaker's own
OWN_SYSTEMS = re.compile(r"(?i)\b(?:our|its own|their own)\s+(?:\w+\s+)?" + SYSTEM_NOUNS + r"\b")


def _denial_reaches(denier: Claim, other: Claim) -> bool:
    """Whether a denial is about the cause the other claim gives, not only about one party's
    part in it. A supplier's "no indication that any TCS systems or TCS users were
    compromised", or an outside party's "our systems were not breached", denies that party's
    own involvement: it rejects another voice's "attackers got in" only when that claim names
    the party too (the rebuttal kind covers that case as well)."""
    denied = (denier.features or {}).get("denied") or ""
    vendor = (denier.vendor or "").lower()
    names = {w for w in PARTY_SYSTEMS.findall(denied) + PARTY_AS_SOURCE.findall(denied)
             if w not in SCOPE_WORDS and not (vendor and w.lower() in vendor)}
    own = denier.speaker_role != "vendor" and OWN_SYSTEMS.search(denied)
    if not names and not own:
        return True
    named = [n for n in names if re.search(r"\b" + re.escape(n) + r"\b", other.text)]
    return bool(named) or bool(own and denier.speaker and denier.speaker.lower() in other.text.lower())


def _customer_names_provider(a: Claim, b: Claim) -> bool:
    """A customer blaming its provider as a third party ("a supplier's systems", or the vendor
    by name) and the vendor blaming its own software, configuration or infrastructure: from the
    customer's side the vendor is the third party."""
    for x, y in ((a, b), (b, a)):
        if (x.blame.category == "third_party" and x.speaker_role == "customer" and y.speaker_role == "vendor"
                and y.blame.category in PROVIDER_SIDE
                and (PROVIDER_WORDS.search(x.text) or y.vendor and y.vendor.lower() in x.text.lower())):
            return True
    return False


def _when(p: dict) -> str:
    clock = f"{p['minute'] // 60:02d}:{p['minute'] % 60:02d}" if p.get("minute") is not None else ""
    return " ".join(x for x in (p.get("date"), clock) if x)


def _fmt_minutes(m: float) -> str:
    if m >= 120 and m % 60 == 0:
        return f"{m / 60:g} hours"
    if m >= 90:
        return f"{m / 60:.1f} hours"
    return f"{m:g} minutes"


def _voice(c: Claim) -> str:
    return f"{c.speaker or 'unnamed voice'} ({c.speaker_role})"


def typed_contradiction(a: Claim, b: Claim, sim: float, denied_sim_ab: float, denied_sim_ba: float,
                        points_back: bool = False, contrary: bool = False) -> tuple[str, str, float, str] | None:
    """``(kind, aspect, score, explanation)`` when a typed rule finds a contradiction.
    ``points_back``: the later claim rejects the earlier one by pointing at it
    (``pointed_rebuttals``); ``contrary``: one claim is set against the other's account,
    which it names (``contrary_rebuttals``)."""
    shared = [x for x in ASPECTS if x in a.aspects and x in b.aspects]
    if points_back:
        x, y = (a, b) if (a.doc_id, a.start) < (b.doc_id, b.start) else (b, a)
        aspect = next((t for t in ("cause", "recurrence", "scope", "duration") if t in x.aspects), (x.aspects or ["impact"])[0])
        return ("rebuttal", aspect, 0.8, f"{_voice(y)} rejects what {_voice(x)} says: \"{_clip(y.text)}\" answers \"{_clip(x.text)}\"")
    # rebuttal: one side denies what the other affirms (a voice does not rebut itself: its two
    # documents may tell the story differently, which the other kinds compare)
    for x, y, dsim in ((a, b, denied_sim_ba), (b, a, denied_sim_ab)) if voice_key(a) != voice_key(b) else ():
        if any_negation(y) and denies(y.text) and not PREDICTED_SILENCE.search(y.text) and not _denial_agrees(y, x) \
                and not any_negation(x) and not REJECTS.search(x.text) and dsim >= REBUT_SIM and shared \
                and not (y.cue is None and y.speaker_role == "press" and not REJECTS.search(y.text)):
            aspect = "recurrence" if "recurrence" in shared else shared[0]
            return ("rebuttal", aspect, round(min(0.99, 0.5 + dsim / 2), 3),
                    f"{_voice(y)} rebuts {_voice(x)}: \"{_clip(y.text)}\" denies \"{_clip(x.text)}\"")
        if (any_negation(y) and not any_negation(x) and x.slots.count_noun == "recurrence" and (x.slots.count or 0) >= 2
                and re.search(r"\b(second|another|other|previous|repeat)\b", y.text, re.I) and DENIAL.search(y.text)):
            return ("rebuttal", "recurrence", 0.85,
                    f"{_voice(y)} denies the repeat event that {_voice(x)} reports (\"{_clip(x.text)}\")")
        if contrary and _says_contrary_to(y, x):
            return ("rebuttal", shared[0], round(min(0.95, 0.45 + sim / 2), 3),
                    f"{_voice(y)} contradicts {_voice(x)}'s account: \"{_clip(y.text)}\" against \"{_clip(x.text)}\"")
    own_experiences = _own_experiences(a, b)
    if ("duration" in shared or (_range_of(a) and _range_of(b))) and not own_experiences:
        if durations_conflict(a, b) and not _longer_is_worst_case(a, b) and not _part_of_the_whole(a, b):
            va, vb = a.slots.duration_minutes, b.slots.duration_minutes
            ratio = max(va, vb) / max(1.0, min(va, vb))
            return ("numeric", "duration", round(min(0.99, 0.6 + math.log(ratio) / 5), 3),
                    f"{_voice(a)} gives {_length_words(a)}, {_voice(b)} {_length_words(b)}: both cannot hold")
        if vague_durations_conflict(a, b) and not _longer_is_worst_case(a, b):
            return ("numeric", "duration", 0.7,
                    f"{_voice(a)} gives {_length_words(a)}, {_voice(b)} {_length_words(b)}: both cannot hold")
    for x, y in ((a, b), (b, a)):
        if _disputes_figure(x, y):
            return ("numeric", "duration", 0.75,
                    f"{_voice(y)} disputes the {_fmt_minutes(x.slots.duration_minutes)} that {_voice(x)} gives: \"{_clip(y.text, 80)}\"")
    shares = None if own_experiences or voice_key(a) == voice_key(b) else shares_conflict(a, b)
    if shares:
        return ("numeric", "scope", 0.75, f"{_voice(a)} puts the share hit at {shares[0]}, {_voice(b)} at {shares[1]}")
    # "We are aware of reports describing Saturday as the third such failure": the figure is theirs
    # (one voice's two counts in one document are of two things: "41 customers affected", "7 could not be restored")
    counted = None if own_experiences or _reports_others_account(a) or _reports_others_account(b) \
        or (a.doc_id == b.doc_id and voice_key(a) == voice_key(b)) else count_conflict(a, b)
    if counted:
        (va, noun, ba), (vb, _, bb) = counted
        aspect = "recurrence" if noun == "recurrence" else ("scope" if "scope" in shared or not shared else shared[0])
        bound = lambda x: {"upper": "at most ", "lower": "at least "}.get(x or "", "")  # noqa: E731
        return ("numeric", aspect, 0.8,
                f"{_voice(a)} counts {bound(ba)}{va:,} ({noun}), {_voice(b)} {bound(bb)}{vb:,}")
    for x, y in ((a, b), (b, a)):
        # one voice telling its own timeline ("fully down until 08:55", "slow logins for the rest
        # of the day") does not contradict itself
        if not own_experiences and voice_key(x) != voice_key(y) and still_after_end(x.slots.ended, y.slots.still):
            return ("numeric", "timeline", 0.75,
                    f"{_voice(x)} says it was over by {_when(x.slots.ended)}, {_voice(y)} that it was still going on "
                    f"at {_when(y.slots.still)}")
    if "cause" in a.aspects and "cause" in b.aspects and a.blame and b.blame:
        ca, cb = a.blame.category, b.blame.category
        # "there has been speculation that the fund was hacked", "posts insisting it was a
        # cyberattack are circulating": a claim that only reports someone else's account blames
        # nothing itself, and a denial does not answer it
        reported = _reports_others_account(a) or _reports_others_account(b)
        denied = not reported and ((cb in (a.blame.denied or []) and _denial_reaches(a, b))
                                   or (ca in (b.blame.denied or []) and _denial_reaches(b, a)))
        # two voices on one side (a reporter and a customer, two analysts) naming different
        # causes mostly tell different links of one chain; the company's account against
        # another voice's is the dispute readers look for (an explicit denial counts anyway)
        opposed = (a.speaker_role == "vendor") != (b.speaker_role == "vendor")
        # ... or one of them is a first account that the other, later one replaces ("in the
        # first hours, a spokesperson blamed unusual traffic" against the post-mortem's cause)
        # by the same voice or by a voice that establishes causes (not one customer's first
        # guess against another's)
        earlier_a, earlier_b = bool(EARLIER_ACCOUNT.search(a.text)), bool(EARLIER_ACCOUNT.search(b.text))
        revised = earlier_a != earlier_b and (
            voice_key(a) == voice_key(b)
            or (b if earlier_a else a).speaker_role in ("vendor", "regulator", "expert", "press"))
        # two near-paraphrases ("an automated scaling activity set off unexpected behaviour",
        # told by the company and retold by a reporter) state one cause; differing predicted
        # categories there are the classifier's noise, not a dispute
        incompatible = (ca != cb and "undetermined" not in (ca, cb) and frozenset({ca, cb}) not in COMPATIBLE_CAUSES
                        and not reported
                        and not _customer_names_provider(a, b) and (opposed or revised)
                        and min(a.blame.confidence, b.blame.confidence) >= MIN_CAUSE_CONFIDENCE
                        and sim < PARAPHRASE_SIM)
        if (denied and ca != cb) or incompatible:
            score = 0.85 if denied else round(min(a.blame.confidence, b.blame.confidence) * 0.5 + 0.45, 3)
            first = " first" if revised and not opposed and earlier_a else ""
            later = " first" if revised and not opposed and earlier_b else ""
            return ("categorical", "cause", score,
                    f"{_voice(a)}{first} blames {ca.replace('_', ' ')}, {_voice(b)}{later} blames {cb.replace('_', ' ')}"
                    + (" and rejects the other" if denied else ""))
    pa, pb = size_polarity(a), size_polarity(b)
    if pa * pb == -1 and sim >= 0.35:
        return ("characterization", "severity", 0.75,
                f"{_voice(a)} {_sizes(a)}, {_voice(b)} {_sizes(b)}")
    qa, qb = _polarity(a), _polarity(b)
    if qa * qb == -1 and sim >= MIN_REACH_SIM:
        small, wide = (a, b) if qa < 0 else (b, a)
        return ("characterization", "scope", 0.7,
                f"{_voice(small)} sizes it down (\"{_clip(small.text, 60)}\"), {_voice(wide)} up (\"{_clip(wide.text, 60)}\")")
    for x, y in ((a, b), (b, a)):
        if size_polarity(x) == -1 and y.slots.duration_minutes and y.slots.duration_minutes >= LARGE_DURATION_MIN \
                and y.slots.duration_bound != "upper" and not _compensation(y) and ("duration" in x.aspects or "severity" in x.aspects):
            return ("characterization", "severity", 0.7,
                    f"{_voice(x)} calls it {_size_words(x)}, {_voice(y)} says it lasted {_fmt_minutes(y.slots.duration_minutes)}")
    for x, y in ((a, b), (b, a)):
        if _scorned_offer(x, y):
            return ("characterization", "remediation", 0.75,
                    f"{_voice(y)} calls {_voice(x)}'s offer too small: \"{_clip(y.text, 70)}\"")
        if _end_disputed(x, y):
            return ("characterization", "timeline", 0.7,
                    f"{_voice(x)} says it was over (\"{_clip(x.text, 60)}\"), {_voice(y)} that it was not: \"{_clip(y.text, 70)}\"")
        if _echo_rejected(x, y):
            return ("characterization", "severity", 0.7,
                    f"{_voice(y)} rejects {_voice(x)}'s wording: \"{_clip(y.text, 70)}\" against \"{_clip(x.text, 70)}\"")
        if (term := _quoted_word_denied(x, y)):
            return ("characterization", "severity", 0.7,
                    f"{_voice(y)} denies it was \"{term}\", as {_voice(x)} put it: \"{_clip(y.text, 70)}\"")
    return None


# "whatever the company says", "contrary to what Orbis has told its customers", "despite the
# bank's assurances": a claim set against another voice's account, which it names
CONTRARY = re.compile(r"\b(?:whatever|contrary to what|despite what|regardless of what|unlike what)\s+(?P<who>[\w'’ .-]{2,40}?)\s+"
                      r"(?:says?|said|claims?|claimed|has (?:said|claimed|told|stated)|have (?:said|claimed|told)|"
                      r"insists?|maintains?|tells?|told|is telling|keeps? (?:saying|claiming|insisting|promising|telling \w+)|states?)\b|"
                      r"\b(?:contrary to|despite|notwithstanding)\s+(?P<whose>[\w'’ .-]{2,40}?)['’]s?\s+(?:account|claims?|"
                      r"assurances?|statements?|version|insistence|figures?)\b", re.I)
CONTRARY_SIM = 0.35
GENERIC_OWNER = re.compile(r"^(?:the|its|their)\s+(?:company|firm|bank|airport|airline|operator|council|board|trust|"
                           r"supplier|provider|carrier|management|utility|retailer|platform|group)$", re.I)


def contrary_rebuttals(claims: list[Claim], vectors: np.ndarray, pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Aligned pairs in which a claim set against a named account ("whatever the company
    says") meets that account: of the named voice's aligned claims that share an aspect and
    reach ``CONTRARY_SIM`` (its denials included: "whatever they keep claiming about nobody
    being charged"), only the one that shares most aspects with it, the most similar among
    those."""
    setting_against = {k for k, c in enumerate(claims) if CONTRARY.search(c.text)}
    best: dict[int, tuple[tuple[int, float], tuple[int, int]]] = {}
    for i, j in pairs:
        for y, x in ((j, i), (i, j)):
            cy, cx = claims[y], claims[x]
            if y not in setting_against or cx.speaker_role == cy.speaker_role:
                continue
            if not set(cx.aspects) & set(cy.aspects) or not _says_contrary_to(cy, cx):
                continue
            sim = float(vectors[i] @ vectors[j])
            rank = (len(set(cx.aspects) & set(cy.aspects)), sim)
            if sim >= CONTRARY_SIM and (y not in best or rank > best[y][0]):
                best[y] = (rank, (i, j))
    return {pair for _, pair in best.values()}


def _says_contrary_to(y: Claim, x: Claim) -> bool:
    """``y`` sets itself against an account it names, and ``x``'s voice is the one named: by
    name, or as "the company" when ``x`` speaks for the incident's company."""
    for m in CONTRARY.finditer(y.text):
        who = (m.group("who") or m.group("whose") or "").strip()
        if not who:
            continue
        if x.speaker and (x.speaker.lower() in who.lower() or who.lower().split()[-1] in x.speaker.lower().split()):
            return True
        # "whatever they keep claiming", from a customer: the company it buys from
        if (GENERIC_OWNER.match(who) or who.lower() == "they" and y.speaker_role == "customer") and x.speaker_role == "vendor":
            return True
    return False


def _size_words(c: Claim) -> str:
    words = sorted(c.severity_words)
    if not words:  # sized by what it reports, not by a size word of its own
        return f"\"{_clip(c.text, 60)}\""
    return "\"" + ", ".join(words) + "\""


def _sizes(c: Claim) -> str:
    """How a claim sizes the incident, for an explanation: "calls it "brief"", or, for a
    claim scorning a minimiser, "rejects "brief"" (or its words when it names no size word)."""
    if _scorns_minimising(c):
        return f"rejects {_size_words(c)}" if c.severity_words else f"rejects the minimising account (\"{_clip(c.text, 60)}\")"
    return f"calls it {_size_words(c)}"


def _clip(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# a claim that rejects an account by pointing back at it: "rejected that suggestion",
# "called those claims baseless speculation", "disputes the figures"
POINTER = re.compile(r"\b(?:th(?:at|ose|ese|is)|the|such)\s+(?:[\w'’-]+\s+)?(?:claims?|suggestions?|allegations?|reports?|"
                     r"accounts?|assertions?|accusations?|characteri[sz]ations?|criticisms?|speculation|figures?|"
                     r"estimates?|comments?|remarks?|descriptions?|version|stories|story|rumou?rs?)\b|"
                     # "Fenmoor rejected that, saying ...": a pronoun pointing back, closed by punctuation
                     r"\b(?:reject\w*|dismiss\w*|den(?:y|ies|ied)|disput\w+|refut\w+)\s+(?:that|this|it)\s*[,;:.]|"
                     # "That is untrue: the update followed our procedure", "Not true."
                     r"^\W*(?:th(?:at|is)(?:'s| is| was)\s+(?:simply\s+|just\s+|entirely\s+|completely\s+|flatly\s+)?"
                     r"(?:untrue|false|wrong|not true|incorrect|inaccurate|nonsense)|(?:not true|untrue|false)\s*[:.,;!])", re.I)
DISMISSIVE = re.compile(r"\b(?:baseless|speculat\w+|misleading|untrue|not true|false|inaccurate|incorrect|" + WRONG + r"|unfounded|"
                        r"fabricated|nonsense|self-serving|reject\w*|den(?:y|ies|ied)|disput\w+|refut\w+|dismiss\w*|"
                        r"(?:not|n't|never) recogni[sz]e|partial information|misinform\w*|misread\w*|misrepresent\w*|"
                        r"misunderst\w*|mischaracteri[sz]\w*|gossip|no relation to|bear no)\b", re.I)
# whose account a rejection names by a possessive: "the group's claims", "Pettigrew's figures"
ACCOUNT_OWNER = re.compile(r"\b([A-Za-z][\w-]*?)(?:['’]s|s['’])\s+(?:[\w-]+\s+)?(?:claims?|suggestions?|allegations?|reports?|"
                           r"accounts?|assertions?|accusations?|figures?|estimates?|version|stories|story|descriptions?|"
                           r"characteri[sz]ations?)\b")
NOT_OWNERS = frozenset("it its one one's someone somebody anyone everyone today yesterday week month year".split())
POINT_BACK_CLAIMS = 3  # how far back (claims in the same document) the pointed-at account may be
NAMED_BACK_CLAIMS = 6  # ... when the rejection names whose account it is
# whose account a rejection names ("the insiders' account", "claims by former employees"): the
# voice stage's words for each kind of speaker
ACCOUNT_OF = {"insider": INSIDER_WORDS, "customer": CUSTOMER_WORDS, "expert": EXPERT_WORDS, "press": PRESS_WORDS}


TAKES_UP = re.compile(r"^\W*(?:one of them|both of them|both|they|he|she|it|the same \w+|another of them|"
                      r"(?:the|this|that) (?:person|engineer|employee|source|worker|official))\b", re.I)


def _paragraph(c: Claim):
    return (c.features or {}).get("paragraph")


# a fact-check's claim under review and its verdict on it
CHECKED_CLAIM = re.compile(r"(?i)^\W*(?:the )?claim\s*:")
VERDICT = re.compile(r"(?i)\b(?:we rate (?:the|this) (?:claim|post|statement) (?:as )?|verdict\s*:\s*|rating\s*:\s*)"
                     r"(?:false|mostly false|misleading|incorrect|pants on fire|wrong|unsupported|fake)\b")


def pointed_rebuttals(claims: list[Claim]) -> set[tuple[int, int]]:
    """Pairs (by index, smaller first) of a claim that rejects an account only by pointing
    back at it ("X rejected that suggestion", "rejected that, saying ...", "That is untrue:",
    an elliptical "There was not.") and the account it points at: an earlier claim in the
    same document by another voice, not the outlet's own narration and not itself a
    rejection. When the rejection names whose account it is ("the insiders' account",
    ``ACCOUNT_OF``) that voice's nearest claim up to ``NAMED_BACK_CLAIMS`` back, else the
    nearest claim up to ``POINT_BACK_CLAIMS`` back; with it, the sentences just before it in
    which the same voice goes on telling that account. Only pairs that may be compared are
    returned."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        by_doc[c.doc_id].append(i)
    out: set[tuple[int, int]] = set()
    for members in by_doc.values():
        members.sort(key=lambda i: claims[i].start)
        # a fact-check's verdict ("We rate the claim False.", "Verdict: False") answers the claim it
        # checks, the one its "Claim:" line quotes, however far back
        checked = next((i for i in members if CHECKED_CLAIM.match(claims[i].text)), None)
        for pos, j in enumerate(members):
            y = claims[j]
            if checked is not None and checked != j and VERDICT.search(y.text):
                if may_compare(claims[checked], y):
                    out.add((min(checked, j), max(checked, j)))
                continue
            if not (POINTER.search(y.text) and DISMISSIVE.search(y.text)) and not ELLIPTICAL_DENIAL.match(y.text):
                continue
            earlier = [(back, i) for back, i in enumerate(reversed(members[max(0, pos - NAMED_BACK_CLAIMS):pos]), 1)
                       if voice_key(claims[i]) != voice_key(y) and not (claims[i].cue is None and claims[i].speaker_role == "press")]
            # "the insiders' account", "stories spread by a union": the account of the voice it names
            named = {role for role, pattern in ACCOUNT_OF.items() if pattern.search(y.text)}
            near = [i for back, i in earlier if back <= POINT_BACK_CLAIMS]
            owner = ACCOUNT_OWNER.search(y.text)
            if owner and not named and owner.group(1).lower() not in NOT_OWNERS:
                # "called the group's claims a pressure tactic": the account of the voice it
                # names, or none (not the customer quoted just before)
                near = [i for i in near if owner.group(1).lower() in (claims[i].speaker or "").lower()]
            i = next((k for _, k in earlier if claims[k].speaker_role in named), near[0] if near else None)
            if i is None:
                continue
            # an account told over several sentences by one voice ("Two engineers told the
            # Chronicle ... One of them said ..."): each of its sentences just before
            # (across a paragraph break only where the later sentence takes the account up, "One of
            # them said ...": "We note your offer of a credit." before a new paragraph about the AI
            # report is another matter)
            account = [i]
            for _, k in earlier:
                if k < i and voice_key(claims[k]) == voice_key(claims[i]) and len(account) < POINT_BACK_CLAIMS \
                        and all(voice_key(claims[m]) == voice_key(claims[i]) for m in members if k < m < i) \
                        and (_paragraph(claims[k]) == _paragraph(claims[account[-1]])
                             or TAKES_UP.match(claims[account[-1]].text)):
                    account.append(k)
            for i in account:
                x = claims[i]
                if not DISMISSIVE.search(x.text) and not (x.negated and DENIAL.search(x.text)) and may_compare(x, y):
                    out.add((min(i, j), max(i, j)))
    return out


def candidate_pairs(claims: list[Claim], vectors: np.ndarray, top_k: int = TOP_K) -> list[tuple[int, int]]:
    """Aligned pairs: same incident and aspect, comparable voices, top-k by similarity. Claims
    that size the incident up or down also form one block per incident, so "they keep calling
    it intermittent" meets "some customers had intermittent difficulty" whatever aspects each
    was given."""
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        if c.incident is None:
            continue
        for aspect in c.aspects:
            blocks[(c.incident, aspect)].append(i)
        if _polarity(c):  # claims that size the incident meet whatever aspect the other one names
            blocks[(c.incident, "size")].append(i)
    pairs: set[tuple[int, int]] = set()
    # a claim disputing that it was over meets the claims of its incident that say it was
    over: dict[str, list[int]] = defaultdict(list)
    disputes = [i for i, c in enumerate(claims) if c.incident is not None and _disputes_end(c.text)]
    if disputes:
        for i, c in enumerate(claims):
            if c.incident is not None and _says_over(c):
                over[c.incident].append(i)
    for i in disputes:
        xs = [j for j in over.get(claims[i].incident, []) if may_compare(claims[i], claims[j])]
        xs.sort(key=lambda j: -float(vectors[i] @ vectors[j]))
        pairs.update((min(i, j), max(i, j)) for j in xs[:top_k])
    for members in blocks.values():
        if len(members) < 2:
            continue
        m = np.asarray(members)
        sims = vectors[m] @ vectors[m].T
        for row, i in enumerate(m):
            order = np.argsort(-sims[row])
            taken = 0
            for col in order:
                j = int(m[col])
                if j == i or not may_compare(claims[i], claims[j]):
                    continue
                pairs.add((min(i, j), max(i, j)))
                taken += 1
                if taken >= top_k:
                    break
    return sorted(pairs | pointed_rebuttals(claims))


def contradiction_id(a: Claim, b: Claim, kind: str) -> str:
    key = "|".join(sorted((a.id, b.id))) + "|" + kind
    return "x-" + hashlib.sha1(key.encode()).hexdigest()[:10]


def find_contradictions(claims: list[Claim], embedder=None, scorer=None, top_k: int = TOP_K,
                        dedupe: bool = True) -> list[Contradiction]:
    """Contradictions among ``claims`` (each must carry ``incident``). With ``dedupe``, one
    contradiction is kept per incident, pair of voices, kind and aspect: the highest scored,
    so a report shows each disagreement once with its strongest evidence."""
    if len(claims) < 2:
        return []
    if embedder is None:
        from .blame.embed import shared_embedder
        embedder = shared_embedder()
    vectors = embedder.encode([c.text for c in claims])
    denied_texts = [(c.features or {}).get("denied") or "" for c in claims]
    denied_vectors = embedder.encode([t or " " for t in denied_texts])
    has_denied = np.array([bool(t.strip()) for t in denied_texts])
    pairs = candidate_pairs(claims, vectors, top_k)
    pointed = pointed_rebuttals(claims)
    contrary = contrary_rebuttals(claims, vectors, pairs)
    found: list[Contradiction] = []
    undecided: list[tuple[int, int]] = []
    for i, j in pairs:
        a, b = claims[i], claims[j]
        sim = float(vectors[i] @ vectors[j])
        d_ab = float(denied_vectors[i] @ vectors[j]) if has_denied[i] else sim
        d_ba = float(denied_vectors[j] @ vectors[i]) if has_denied[j] else sim
        typed = typed_contradiction(a, b, sim, d_ab, d_ba, (i, j) in pointed, (i, j) in contrary)
        if typed:
            kind, aspect, score, explanation = typed
            found.append(Contradiction(contradiction_id(a, b, kind), a.incident, aspect, kind, a.id, b.id, score, explanation))
        elif scorable(a, b):
            undecided.append((i, j))
    if scorer is not None and undecided:
        probs = scorer.score(claims, vectors, denied_vectors, has_denied, undecided)
        for (i, j), p in zip(undecided, probs):
            if p >= scorer.threshold:
                a, b = claims[i], claims[j]
                shared = [x for x in ASPECTS if x in a.aspects and x in b.aspects] or ["impact"]
                found.append(Contradiction(contradiction_id(a, b, "semantic"), a.incident, shared[0], "semantic",
                                           a.id, b.id, round(float(p), 3),
                                           f"{_voice(a)} and {_voice(b)} give accounts that the pair scorer finds incompatible "
                                           f"(p={p:.2f}): \"{_clip(a.text, 60)}\" / \"{_clip(b.text, 60)}\""))
    if dedupe:
        by_id = {c.id: c for c in claims}
        best: dict[tuple, Contradiction] = {}
        for x in found:
            voices = frozenset({voice_key(by_id[x.claim_a]), voice_key(by_id[x.claim_b])})
            key = (x.incident, voices, x.kind, x.aspect)
            if key not in best or x.score > best[key].score:
                best[key] = x
        found = list(best.values())
    found.sort(key=lambda x: (x.incident or "", -x.score))
    return found
