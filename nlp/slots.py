"""Slots: normalised values a claim states.

- ``duration_minutes``: "13 hours", "13-hour", "an hour and a half", "47 minutes", "two days",
  "from 9:10 to 11:40"; number words go through text2num. A bound ("under two hours", "more
  than 12 hours") keeps its figure and sets ``duration_bound`` to "upper" or "lower"; a figure
  given roughly ("a little over three hours", "just under two hours") is a plain figure.
- ``duration_range``: a length told without a figure ("for hours", "several days", "within
  hours"), only when no figure is given, as ``{"text", "min", "max"}`` minutes
  (``vague_duration``); contradictions compare it with figures and other ranges.
  Several durations in one sentence: the first one that describes the incident wins.
- ``count``: an ordinal of recurrence ("at least the second time" is 2), else the first figure
  that counts things ("468 flights", "74,000 customers", "5.2 million transactions"), never
  years, money, percentages or time units; ``count_noun`` is what it counts, in the singular.
- ``counts``: every such figure with its noun and bound (``counts_in``): "fewer than 900
  prepayment households" is ``{"value": 900, "noun": "household", "bound": "upper"}``
  (``nlp.counts``).
- ``percent``: "85%" / "85 percent".
- ``ended`` / ``still``: when the claim says the incident was over ("fully restored by 09:30")
  and when it says the failure was still going on ("still failing at 17:40 on Tuesday"), as
  ``{"date", "minute"}`` (``time_points``). A same-day span of a failure ("between 10:15 and
  10:50 candidates saw the wrong grade") ends at its end time, unless it tells only part of
  the event ("the worst of it came between 14:00 and 15:00").
- ``services``: product and service names (spaCy PRODUCT entities, capitalised names before
  or after a service noun, cloud region codes are not services).
- ``regions``: places (GPE/LOC entities) and cloud region codes such as ``us-east-1``.
- ``date``: the first date (dateparser), ISO ``YYYY-MM-DD``, or ``YYYY-MM`` when only the
  month is said; ``dates`` lists every date. Relative dates ("mid-December", "last August",
  "on Tuesday", "yesterday") resolve against the publication date, else the latest full date
  the document names; with no anchor, a date without a year is left out, not guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from .counts import count_with_noun, counts_in
from .numbers import NEAR, NUM, _number, _words_to_digits
from .records import Slots
from .voices.names import NOT_ORGS, PRESS_WORDS
from .units import register_extensions

UNIT_MINUTES = {"second": 1 / 60, "sec": 1 / 60, "minute": 1, "min": 1, "hour": 60, "hr": 60,
                "day": 1440, "week": 10080, "month": 43200}
# "13 hours", "13-hour", "two and a half hours", "seven or so hours", "3 hours and 20 minutes"
DURATION = re.compile(
    NUM + r"(\s+and\s+a\s+half)?(?:\s+or\s+so)?(?:\s+(?:full|whole|long|straight|solid))?\s*(?:-|\s)?\s*(second|sec|minute|min|hour|hr|day|week|month)s?\b"
    r"(?:\s+and\s+(?:a\s+half|" + NUM + r"\s*(minute|min|hour|second)s?))?",
    re.I)
# hours written short, as chats and tickets do: "~2h", "4.5h", "1h50", "1h 50m" (not "24h support")
COMPACT_HOURS = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d+)?)h(?:\s?(\d{1,2})\s?m(?:in)?|(\d{2}))?\b"
                           r"(?!\s*(?:support|service|cover|coverage|helpline|monitoring|clock|format|news|desk|access|line)\b)", re.I)
HALF = re.compile(r"\b(an?|one)\s+(hour|day|minute|week)\s+and\s+a\s+half\b|\bhalf\s+an?\s+(hour|day|week)\b|\b(an?|one)\s+(hour|day|week)\b", re.I)
# "went down at 13:52 and did not come back until 19:48", "cut out at 4am ... until 7pm": a
# start and an end in one sentence; each time needs minutes or am/pm to be a clock time
_CLOCK = r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?![\w:.]\d)"
_ROUGH = (r"(?:about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+|almost\s+|gone\s+|"  # "until gone 3pm": past 3pm
          r"(?:(?:just|shortly|a little|soon|not long|well)\s+)?(?:after|before|past)\s+)?")
# "from 7:25 a.m. to just before 9 a.m.", "began failing at 5.40pm ... largely over by 2am"
SPAN = re.compile(rf"\b(?:at|from|since)\s+{_ROUGH}{_CLOCK}(?:(?!\buntil\b|\btill\b)[^.;]){{0,80}}?"
                  rf"\b(?:until|till)\s+{_ROUGH}{_CLOCK}|"
                  rf"\b(?:from|ran|lasted|went|was down|were down|down)\s+{_ROUGH}{_CLOCK}\s+to\s+{_ROUGH}{_CLOCK}|"
                  rf"\b(?:at|from|since)\s+{_ROUGH}{_CLOCK}[^.;]{{0,80}}?\b(?:over|restored|resolved|back|fixed|recovered|"
                  rf"mitigated|returned|normal)\b[^.;]{{0,20}}?\bby\s+{_ROUGH}{_CLOCK}", re.I)
BETWEEN = re.compile(rf"\bbetween\s+{_ROUGH}{_CLOCK}(?:(?!\band\b)[^.;]){{0,40}}?\band\s+{_ROUGH}{_CLOCK}", re.I)
# a span that names a day between its times, or ends "the following day", runs over days
OTHER_DAY = re.compile(r"(?:\s*(?:UTC|GMT|BST|[A-Z]{2,4}T)\b)?\s*(?:on\s+)?(?:the\s+)?(?:following|next)\s+day\b|"
                       r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
UPPER = re.compile(r"\b(under|less than|fewer than|within|no more than|at most|up to|below|not even|barely|shorter than)\s*(?:the\s+)?$", re.I)
LOWER = re.compile(r"\b(over|more than|at least|longer than|upwards of|in excess of|well over)\s*(?:the\s+)?$", re.I)
def _duration_bound(before: str) -> str | None:
    """"upper" ("under two hours"), "lower" ("more than a day") or None for a plain figure or
    one given roughly ("a little over three hours" is about three hours, not any length past it)."""
    if NEAR.search(before):
        return None
    return "upper" if UPPER.search(before) else "lower" if LOWER.search(before) else None


# after the figure: "17 days or more", "three weeks and counting"; "five days after a cyberattack
# forced it offline" is the time since it began, as far as the report goes
LOWER_AFTER = re.compile(r"^\s*(?:or (?:more|longer)|and counting|plus\b|\+|after (?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:cyber-?attack|attack|outage|failure|breach|incident|disruption|shutdown|crash|hack)\b)", re.I)


# told while it lasts: "has been down for two days", "it's been 40 hours", "for three days now"
ONGOING_BEFORE = re.compile(r"\b(?:has|have|'s|’s)\s+been\s+(?:[\w-]+\s+){0,3}?(?:for\s+)?(?:(?:about|around|nearly|almost|over)\s+)?$|"
                            r"\b(?:over|for|during|throughout)\s+the\s+(?:past|last)\s+$", re.I)
# ... and "almost four weeks on, the website still lets customers browse but not buy"
ONGOING_AFTER = re.compile(r"^\s*(?:now|so far|(?:on|in)\s*,(?=[^.;]*\b(?:still|yet to|not yet)\b))", re.I)


def _bound_after(after: str, before: str = "") -> str | None:
    """"lower" when the words after a figure, or a present perfect before it, make it a floor."""
    return "lower" if LOWER_AFTER.match(after) or ONGOING_AFTER.match(after) or ONGOING_BEFORE.search(before) else None


NOT_INCIDENT = re.compile(r"\b(ago|later|earlier|before|after the|every|per|a day|each|past|last|next|previous|coming)\s*$", re.I)
# spans that are not the incident's length: "the second outage in three months" (a window),
# "will publish a review within 30 days" (a promise)
NOT_LENGTH = re.compile(r"(?:\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\b(?:\s+\w+){0,2}\s+in\s*$)|"
                        # time added to a journey or a wait: "slow after a lorry broke down, adding about twenty minutes"
                        r"(?:\badd(?:s|ed|ing)?\s+(?:(?:about|around|roughly|nearly|up to|an extra|another)\s+)*$)|"
                        # the clean-up after it: "Reconciliation of the failed transactions took three days"
                        r"(?:^\W*(?:the\s+)?(?:reconciliation|clean-?up|investigation|review|audit|refund(?:s|ing)?|"
                        # (a data restore from backup or a rollback: "The restore itself took 4 hours and 10 minutes")
                        r"restore|rollback|roll-back|data recovery|"
                        r"re-?processing|backlog|catch-?up|forensic \w+)\b[^.;]{0,60}?\b(?:took|takes|take|taking|lasted|will take|"
                        r"could take|may take)\s+(?:(?:about|around|roughly|nearly|almost|over|more than|up to|"
                        r"another|a further)\s+)*$)|"
                        # how it felt, not how long it was: "for admins it felt like a week of firefighting"
                        r"(?:\b(?:felt|feel|feels|seemed|seems)\s+like\s+(?:an?\s+)?$)|"
                        r"(?:\b(?:will|shall|plans? to|aims? to|intends? to|expects? to|promised to|pledged to|"
                        r"committed to)\b[^.;]{0,80}\b(?:within|in)\s*$)|"
                        # the speaker's own work or custom: "we've been building it for six weeks", "with the bank for 22 years"
                        r"(?:\b(?:been|spent|spend|spending)\s+(?:building|developing|planning|preparing|designing|"
                        r"saving|training|testing|writing|making)\b[^.;]{0,40}?\bfor\s*$)|"
                        r"(?:\b(?:been|banked|was|were)\s+(?:with|a customer of|a member of|a client of)\s+[^.;]{1,40}?\bfor\s*$)|"
                        # a service level, not the incident: "is escalated to a human within two hours"
                        r"(?:\b(?:escalated|answered|responded|replied|resolved|reviewed|handled|contacted)\b[^.;]{0,40}\bwithin\s*$)|"
                        r"(?:\b(?:target|promised|guaranteed|expected)\s+(?:\w+\s+){0,2}(?:response|reply|resolution|turnaround)"
                        r"(?:\s+time)?\s+(?:of|within|in)\s+(?:under|less than|no more than|about)?\s*$)|"
                        # a wait foretold: "give it a week and some group will claim it"
                        r"(?:\bgive (?:it|them|us|him|her)\s*$)|"
                        # time handed back as compensation: "they hand out five days", "offered 30 days"
                        r"(?:\b(?:hand(?:s|ed|ing)? out|offer(?:s|ed|ing)?|grant(?:s|ed|ing)?|credit(?:s|ed|ing)?|"
                        r"extend(?:s|ed|ing)? (?:\w+ ){0,3}by)\s+(?:\w+\s+){0,3}$)", re.I)

PERCENT = re.compile(NUM + r"\s*(%|per ?cent)", re.I)
REGION_CODE = re.compile(r"\b([a-z]{2}(?:-gov)?-(?:east|west|north|south|central|northeast|southeast|northwest|southwest)-\d)\b")
MONTH = re.compile(r"(?i)\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?|\d{4}-\d{2}-\d{2}")
SERVICE_NOUNS = frozenset("service services platform app apps system systems tool network console api portal database feature product".split())


# a sentence about the time after the failure: "engagement was back to pre-outage levels within
# about ten days" ("ninety minutes after the failure" is time into it, and counts)
AFTERMATH = re.compile(r"\b(?:pre-(?:outage|incident|crash|attack)|post-(?:outage|incident|crash|attack))\b", re.I)


# "within" or "in" right before a figure, perhaps rounded: "within about 90 minutes"
WITHIN_BEFORE = re.compile(r"\b(?:within|in)\s+(?:(?:about|around|roughly|just|under|less than)\s+)?$", re.I)
# a sentence that says the service came back: the figure beside it is how long it was out
RECOVERED = re.compile(r"\b(?:recover\w*|restor\w*|back|resolv\w*|normal\w*|working|reached|return\w*|fixed|resum\w*|"
                       r"arrived|delivered)\b", re.I)


# the time between two events, not how long the outage lasted: "at 06:08, two minutes after a
# firewall rule change", "20 minutes after the deployment"
AFTER_CHANGE = re.compile(r"\s*(?:after|following)\s+(?:(?:an?|the|its|their|our|that|this|one|a\s+\w+'s)\s+)?"
                          r"(?:[\w-]+\s+){0,3}?(?:change|update|deploy\w*|release|roll-?out|push|patch|upgrade|migration|"
                          r"maintenance|restart|reboot|rollback|cutover|switchover|rotation|renewal|alarm|alert)\b", re.I)
# when something happened, counted from the start: "acknowledged more than a week after the
# disruptions began" (but "three weeks after the outage began, balances were still wrong" is a length)
AFTER_START = re.compile(r"\s*(?:after|since)\s+(?:the|its|their|our|these|those)\s+(?:[\w-]+\s+){0,2}?(?:outages?|disruptions?|"
                         r"problems?|incidents?|failures?|issues?|attacks?|troubles?)\s+(?:first\s+)?(?:began|started|hit|appeared)\b", re.I)
# ... an account given then: "Microsoft acknowledged ... more than a week after ...", not "the last
# batches went out more than a day after the problem started" (the end, so a length)
SAID_AT = re.compile(r"\b(?:acknowledg|admitt|said|say|says|confirm|announc|disclos|publish|reveal|attribut|blam|apologi[sz]|"
                     r"explain|stat(?:ed|es)\b|told|wrote|post(?:ed)?\b)", re.I)
BACK_AGAIN = re.compile(r"\b(?:again|online|up and running|reconnect\w*|available)\b", re.I)
STILL_GOING = re.compile(r"\b(?:still|remained|remains|continued|continues|persisted|persists|yet to|not yet)\b", re.I)
# how long something lasted, said before the figure: "down for three days after a failed upgrade"
FOR_BEFORE = re.compile(r"\b(?:for|during|lasted|lasting|took|taking)\s+(?:(?:about|around|roughly|nearly|almost|over|"
                        r"more than|up to|just|some|a further|another|the)\s+)*$", re.I)
# time spent testing ("after 48 hours in the customer's staging environment") or an age
# ("rules more than six hours old")
TESTING_OR_AGE_AFTER = re.compile(r"\s+(?:(?:in|on|of)\s+(?:[\w'’.-]+\s+){0,3}?(?:staging|testing|tests?|QA|review|beta|"
                                  r"canary|pilot|soak)\b|old\b)", re.I)
# a setting proposed or changed: "extending the rules cache from six to 24 hours"
SETTING_CHANGED = re.compile(r"\b(?:extend|increas|reduc|shorten|lengthen|rais|lower|chang)\w*\b[^.;]{0,60}?\bto\s*$", re.I)
# a deadline for a report or a reply: "submit a timeline within 28 days", "notify the regulator
# within 72 hours" (not "reported that service was restored within two hours")
DEADLINE = re.compile(r"\b(?:submit|publish|report|provide|produce|file|present|notify|inform|send|deliver|share|disclose|"
                      r"respond|reply)\w*\b([^.;]{0,60}?)\bwithin\s+(?:(?:about|around|roughly|just|under|less than)\s+)?$", re.I)


# "Over the past five days, Delta cancelled nearly 7,000 flights and disrupted the travel plans of
# ...": the failure so far (a lower bound), not a window counting events ("three outages in the past
# month")
RECENT_SPAN = re.compile(r"\b(?:over|for|during|throughout)\s+the\s+(?:past|last)\s+$", re.I)
COUNTED_EVENTS = re.compile(r"\b(?:outages|incidents|failures|attacks|breaches|times|occasions|\w+th time|second time)\b", re.I)


OTHERS = re.compile(r"(?:^|[.;]\s*)[^.;]*\b(?:rivals?|competitors?|other (?:airlines|carriers|banks|companies|firms|operators|"
                    r"providers|retailers|networks|airports))\b[^.;]*$", re.I)


def _recent_span_of_failure(before: str, norm: str) -> bool:
    """"over the past N days" in a sentence that tells a failure (the words of ``FAILURE_STATE``)
    and counts no events."""
    return bool(RECENT_SPAN.search(before)) and bool(FAILURE_STATE.search(norm)) and not COUNTED_EVENTS.search(norm)


def _not_its_length(norm: str, m: re.Match) -> bool:
    """A span that is not how long the incident lasted: "two hours ago", "every day", "the
    second in three months", "will publish within 30 days"."""
    before = norm[:m.start()]
    if re.search(r"\d[:.]$", before) or re.search(r"\bSeconds?$", norm[m.start():m.end()]):
        return True  # "12:19 Second oscillation": a clock time and an ordinal, not 19 seconds
    # "it took roughly seven hours before the nodes recovered", "close to eight hours before our
    # messages came through": a wait, which is the length
    waited = re.search(r"\b(?:took|take|takes|taking|it was|waited|wait|close to)\b(?:\s+\w+){0,2}\s*$", before, re.I)
    return bool(NOT_INCIDENT.search(before) and not _recent_span_of_failure(before, norm) or NOT_LENGTH.search(before)
                # others' recovery set beside this one: "Rivals were flying close to normal within a day or two"
                or OTHERS.search(before)
                or re.match(r"\s*(ago|later|earlier|ahead|behind)\b", norm[m.end():])
                # a period of compensation: "three months of service credits", "a month's free service"
                or re.match(r"\s*(?:['’]s?\s+)?(?:of\s+)?(?:(?:his|her|their|your|our|its|the|(?-i:[A-Z])[\w-]*['’]s?)\s+)?"
                            r"(?:free\s+)?(?:service\s+)?(?:credits?|compensation|refunds?|"
                            r"free (?:service|subscription)|subscription)\b", norm[m.end():], re.I)
                # the time between two events: "four weeks before that it was AWS", "nine days after the
                # AWS failure it was Microsoft's turn"
                or re.match(r"\s*(?:before|after)\s+(?:that|this|then)\b(?!\s+(?:outage|incident|failure|disruption))", norm[m.end():], re.I)
                or (re.match(r"\s*(?:before|after)\s+(?:the|its|their)\s+(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*)*\s+"
                             r"(?:outage|failure|incident|disruption|attack|breach|meltdown|crash)\b(?!\s+(?:began|started|hit))",
                             norm[m.end():], re.I)
                    and not RECOVERED.search(norm) and not STILL_GOING.search(norm))
                # a moment counted from a start: "Zone b stopped answering twenty minutes into the move"
                or re.match(r"\s*into\s+(?:the|our|its|their|a|this|that)\b", norm[m.end():], re.I)
                # how soon something was said: "Within about two hours the company had blamed water intrusion"
                or (re.search(r"(?:^|[.;]\s*)\W*within\s+(?:(?:about|around|roughly|some|nearly|just)\s+)?$", before, re.I)
                    and re.match(r"[^.;]{0,40}?\b(?:had |has |have )?(?:blamed|said|announced|confirmed|identified|posted|"
                                 r"published|advised|warned|named|attributed|explained|acknowledged|applied|patched|notified|"
                                 r"informed|contacted|issued|installed)\b", norm[m.end():], re.I))
                # a time from now, not a length: "breach notice in 3 weeks, watch", "results in two days"
                or (re.search(r"\bin\s+(?:(?:about|around|roughly|another|a further)\s+)?$", before, re.I)
                    and not RECOVERED.search(norm) and not FAILURE_STATE.search(norm))
                # someone else's figure the speaker rejects: "But I don't accept the six hours"
                or re.search(r"(?:\bnot|n['’]t|\bnever)\s+(?:accept|recogni[sz]e|agree with|buy|believe)\s+(?:the|that|their|"
                             r"your|those|these|this)?\s*(?:figure of\s+|claim of\s+)?$", before, re.I)
                # a period set for something else: "followed by a six-hour observation period"
                or re.match(r"\s*-?\s*(?:observation|monitoring|grace|notice|cooling-off|review|freeze|trial|warranty|"
                            r"response|reporting|consultation)\s+(?:period|window)\b", norm[m.end():], re.I)
                # time given back, not lost: "5 days of PS Plus", "a month of free service", "30 extra days"
                or re.match(r"\s*(?:of\s+(?:free\s+|extra\s+|additional\s+|complimentary\s+)?(?:(?:[A-Z][\w+]*\s+)*(?:Plus|Premium|Pro|Prime)\b|membership|credit|"
                            r"services?\s+free|subscription|premium|cover|protection)|(?:extra|additional|free)\b)", norm[m.end():])
                or re.search(r"\b(?:extra|additional|free|bonus|complimentary)\s*$", before, re.I)
                # the speaker's own effort, "I spent the first forty minutes chasing the storage arrays",
                # "two hours on hold", unless spent without the service ("spent the whole day without service")
                or (re.search(r"\b(?:spent|spend|spending|wasted|waste)\s+(?:(?:the|my|our|his|her|their)\s+)?"
                              r"(?:first|1st|last|next|whole)?\s*$", before, re.I)
                    and not re.match(r"\s*(?:without|offline|unable|locked out|in the dark|cut off|with no)\b",
                                     norm[m.end():], re.I))
                # an activity within the incident, not its length: "the team spent \"close to two hours\"
                # convinced it was being attacked"
                or re.search(r"\b(?:spent|spend|spending|wasted)\s+[\"“]?\s*(?:(?:close to|about|around|roughly|nearly|almost|over|"
                             r"more than|the best part of|most of)\s+)?$", before, re.I)
                   and re.match(r"[\"”]?\s*(?:[\w-]+\s+){0,2}?(?:convinced|sure|certain|investigat\w*|chas\w+|debugg\w+|looking|"
                                r"trying|assum\w+|believ\w+|hunting|search\w+|diagnos\w+|analy[sz]\w+|firefighting|fighting)\b",
                                norm[m.end():], re.I)
                # how soon something was found, not how long it lasted: "ruled out the attack hypothesis within about 40 minutes"
                or re.search(r"\b(?:ruled out|identified|found|diagnosed|detected|spotted|traced|pinpointed|notified|informed|alerted|"
                             r"escalated|paged|acknowledged|declared|confirmed)\b[^.;]{0,60}?\bwithin\s+(?:(?:about|around|roughly|"
                             r"some|nearly|just|under|less than)\s+)?$", before, re.I)
                # a deadline moved, not the outage: "extended the filing deadline by 48 hours", "a 48-hour
                # extension", "pushed back by 24 hours", "a longer extension than the 24 hours"
                or (re.search(r"\b(?:extend(?:s|ed|ing)?|push(?:es|ed|ing)? back|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|"
                              r"mov(?:e|es|ed|ing) back)\b[^.;]{0,60}?\bby\s+(?:(?:a further|another|an extra|about|around)\s+)?$",
                              before, re.I)
                    and re.search(r"\b(?:deadline|cut-?off|due date|closing date|filing date|submission date)s?\b", before, re.I))
                or re.match(r"\s*(?:[\w-]+\s+)?(?:extension|grace period|postponement)\b", norm[m.end():], re.I)
                or re.search(r"\bextension\s+(?:than|of|beyond)\s+(?:the\s+)?$", before, re.I)
                # a rule's own period: "further penalties kick in after three months", "charged for those two days"
                or re.search(r"\b(?:penalt(?:y|ies)|interest|fines?)\b[^.;]{0,40}\b(?:after|for|within)\s+(?:those\s+|the\s+)?$", before, re.I)
                or re.search(r"\b(?:charge|charged|charging)\s+(?:interest|a fee|fees)\s+for\s+(?:those|these|the)\s+$", before, re.I)
                # the period over which failures are counted: "three outages in nine months", "the
                # third time in a year"
                or re.search(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|repeated)\s+(?:[\w-]+\s+)?"
                             r"(?:outages?|incidents?|failures?|disruptions?|times|breaches|attacks|meltdowns?|crashes)\s+"
                             r"(?:in|within|over)\s+(?:(?:the\s+)?(?:past|last|preceding|previous|space of)\s+|just\s+)?$", before, re.I)
                # ... or a rate is measured: "availability over the preceding twelve months stood at 99.98%"
                or (re.search(r"\b(?:over|in|during|across|for)\s+the\s+(?:preceding|previous|past|last|prior)\s+$", before, re.I)
                    and re.search(r"\d(?:\.\d+)?\s?%|\b(?:uptime|availability|reliability)\b", norm, re.I))
                # a market's move over a day: "their steepest one-day drop since February"
                or (re.search(r"(?:-|\s)(?:day|week|month)$", norm[m.start():m.end()], re.I)
                    and re.match(r"\s*(?:drop|fall|decline|rise|gain|jump|slide|move|loss|sell-?off|rally)\b", norm[m.end():], re.I))
                # a part of the incident: "for the first 40 minutes or so the network swung between ..."
                or re.search(r"\bfor\s+the\s+(?:first|1st|opening)\s+$", before, re.I)
                # a trial's or offer's length: "Try it free for 30 days"
                or re.search(r"\b(?:free|trial)\s+(?:for\s+)?$", before, re.I)
                # what would have happened, not what did: "would have been back within fifteen minutes"
                or COUNTERFACTUAL.search(before)
                # a rate, not a length: "monitored 24 hours a day"
                or re.match(r"\s*(?:a|per|each|every)\s+(?:day|week|month|year)\b", norm[m.end():], re.I)
                or re.search(r"\b\d+\s*(?:hours?|days?|minutes?)\s+$", before, re.I)  # ... and its "a day"
                # a service's hours, not the outage: "a 24-hour security operations centre", "a 24-hour helpline"
                or (re.search(r"-\s*hours?$", norm[m.start():m.end()], re.I)
                    and re.match(r"\s*(?:security|operations?|support|help|service|news|monitoring|customer|contact|call|control|"
                                 r"desk|line|helpline|hotline|cover)\b", norm[m.end():], re.I))
                # work put in, not time down: "contributed more than 1,100 hours to the recovery"
                or re.search(r"\b(?:contributed|dedicated|devoted|put in|logged|invested|billed)\s+(?:(?:more than|over|about|around|"
                             r"nearly|some|roughly)\s+)?$", before, re.I)
                or re.match(r"\s*(?:of\s+(?:work|effort|engineering|overtime|labou?r)\b|to\s+the\s+(?:recovery|response|"
                            r"restoration|investigation|clean-?up)\b)", norm[m.end():], re.I)
                or re.search(r"\b(?:engineer|engineering|person|man|staff|developer|consultant|labou?r)[- ]hours?\b",
                             norm[m.start():m.end() + 16], re.I)
                # a deadline set by someone, not a length: "a ten-day countdown", "a 48-hour ultimatum"
                or re.match(r"\s*(?:countdown|deadline|ultimatum|clock)\b", norm[m.end():], re.I)
                # a complaint's time limit: "the bank has eight weeks to respond", "within eight weeks of your complaint"
                or re.match(r"\s*(?:to\s+(?:respond|reply|answer|resolve|deal with|investigate)|of\s+(?:your|the|a)\s+complaint)\b",
                            norm[m.end():], re.I)
                # a flaw left open, not the outage: "sat unpatched on an internet-facing appliance for about 16 days"
                or re.search(r"\b(?:unpatched|unfixed|exposed|vulnerable|unmitigated)\b[^.;]{0,60}\bfor\s+(?:(?:about|around|"
                             r"roughly|nearly|almost|over|more than)\s+)?$", before, re.I)
                # data lost, not time down: "we lost an hour of orders on top of that"
                or (re.search(r"\b(?:lost|lose|losing)\s*$", before, re.I)
                    and re.match(r"\s*(?:worth\s+)?of\s+(?:\w+\s+)?(?:orders|data|writes|transactions|records|emails|"
                                 r"messages|bookings|changes|updates|payments)\b", norm[m.end():], re.I))
                # what someone could bear, not what happened: "the big groups can ride out a week of this"
                or re.search(r"\b(?:can|could|would|will|might|cannot|can't|couldn't)\s+(?:\w+\s+)?(?:ride out|survive|absorb|"
                             r"withstand|weather|cope with|live with|afford)\s+(?:(?:about|around|another|a further|more than)\s+)?$",
                             before, re.I)
                # a planned work window, not the outage: "a core change window was roughly six hours",
                # "a maintenance window of four hours"
                or re.search(r"\b(?:change|maintenance|upgrade|deployment|release|work)\s+windows?\s+(?:was|were|is|are|of|"
                             r"lasting|lasted|had been|has been|used to be)\s+(?:(?:roughly|about|around|nearly|typically|"
                             r"usually|normally|only|just|up to)\s+)?$", before, re.I)
                # a wait on the phone or in a queue, not the outage: "the line rang out after 40 minutes",
                # "on hold for two hours", "queued for 90 minutes to speak to someone"
                or re.search(r"\b(?:rang(?: out)?|ringing|on hold|in (?:a|the) (?:phone )?queue|queued|queuing|queueing|"
                             r"hold music)\s+(?:for|after)\s+(?:(?:about|around|nearly|almost|over|more than)\s+)?$", before, re.I)
                or re.match(r"\s*(?:on hold|in (?:a|the) (?:phone )?queue|of hold music)\b", norm[m.end():], re.I)
                # one person's ordeal, not the outage: "stranded in a train between two stations for almost
                # 40 minutes", "stuck in a lift for an hour"
                or re.search(r"\b(?:stranded|stuck|trapped)\s+(?:in|on|inside|at|aboard)\s+(?:an?|the|my|our|his|her|their)\s+"
                             r"(?:train|tram|lift|elevator|tunnel|carriage|plane|car|station|metro|tube|underground|subway)\b"
                             r"[^.;]{0,50}?\bfor\s+(?:(?:about|around|nearly|almost|over|more than|roughly)\s+)?$", before, re.I)
                # how fast it happened, not how long it lasted: "15 gigawatts vanished in around five seconds"
                # (but "the link was back within 43 seconds" is how long it was down)
                or (re.search(r"\bseconds?\b", norm[m.start():m.end()], re.I)
                    and re.search(r"\b(?:in|within)\s+(?:(?:about|around|roughly|just|under|less than|a few)\s+)?$", before, re.I)
                    and not re.search(r"\b(?:back|restored|recovered|resolved|reconnected|up again|online again)\b[^.;,]*$",
                                      before, re.I))
                # a window counted from something else: "within 90 days of the ticket", "within 14 days of
                # this order" (but "restored within three hours of the outage" is its length)
                or (WITHIN_BEFORE.search(before)
                    and re.match(r"\s*of\s+(?:the|this|that|your|his|her|its|their|our|an?|each)\s+(?!(?:\w+\s+)?(?:outage|incident|"
                                 r"disruption|failure|fault|crash|attack|blackout|breach|problem|start|beginning|shutdown|errors?)\b)",
                                 norm[m.end():], re.I)
                    and not RECOVERED.search(norm))
                # how soon someone found the cause, not how long it lasted: "identified the likely source
                # within 90 minutes", "found the problem within an hour and a half"
                or re.search(r"\b(?:identified|found|located|detected|diagnosed|traced|pinpointed|spotted|isolated)\b[^.;]{0,60}?"
                             + WITHIN_BEFORE.pattern, before, re.I)
                # time since it began, opening a sentence that does not say it was still going on: "More
                # than three weeks after UniSuper's online services went dark, we finally have a fuller picture"
                or (re.fullmatch(r"\W*(?:(?:more than|over|nearly|almost|about|around|some|just|roughly|well over)\s+)*", before, re.I)
                    and re.match(r"\s*after\s+(?!all\b)(?!(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:cyber-?attack|attack|outage|failure|"
                             r"breach|incident|disruption|shutdown|crash|hack)\b)", norm[m.end():], re.I)
                    and not RECOVERED.search(norm)
                    and not re.search(r"\b(?:still|remain\w*|continu\w*|yet to|not yet|has not|have not|hasn't|haven't|"
                                      r"unavailable|down|offline|outage|disruption|without|lasted|landed|serving|handling)\b",
                                      norm, re.I)
                    and not FOR_BEFORE.search(before))
                or (AFTER_CHANGE.match(norm[m.end():]) and not FOR_BEFORE.search(before))
                or (AFTER_START.match(norm[m.end():]) and not FOR_BEFORE.search(before) and not STILL_GOING.search(norm)
                    and SAID_AT.search(before) and not RECOVERED.search(norm) and not BACK_AGAIN.search(norm))
                or TESTING_OR_AGE_AFTER.match(norm[m.end():])
                or SETTING_CHANGED.search(before)
                or bool((deadline := DEADLINE.search(before)) and not RECOVERED.search(deadline.group(1)))
                or re.match(r"\s*before\b", norm[m.end():]) and not waited)


def _clock_minutes(hour: str, minute: str | None, ampm: str | None) -> int:
    h = int(hour)
    if ampm:
        h = h % 12 + (12 if ampm.lower().startswith("p") else 0)
    return h * 60 + int(minute or 0)


# clock times said in words: "noon", "two in the afternoon", "9pm Eastern", "14:20 UTC"
_ZONE = re.compile(r"(?<=\d)(\s*(?:am|pm|a\.m\.|p\.m\.)?)\s+(?:UTC|GMT|BST|CET|CEST|[ECMP][SD]?T|Eastern|Central|"
                   r"Pacific|Mountain|UK time|local time|our time)\b(?:\s+time)?", re.I)
_PART_OF_DAY = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(?:o'clock\s+|o’clock\s+)?(?:in the (morning|afternoon|evening)|at night)\b",
                          re.I)
DAY_MONTH = re.compile(r"\b(\d{1,2})\s+(january|february|march|april|may|june|july|august|september|october|"
                       r"november|december)\b", re.I)


def _clock_words(text: str) -> str:
    """Clock times in figures: "noon" is 12:00pm, "two in the afternoon" 2pm, "nine" 9; time
    zones after a time are dropped."""
    out = _words_to_digits(text)
    out = re.sub(r"\b(?:noon|midday)\b", "12:00pm", out, flags=re.I)
    out = re.sub(r"\bmidnight\b", "12:00am", out, flags=re.I)
    out = _PART_OF_DAY.sub(lambda m: f"{m.group(1)}:{m.group(2) or '00'}"
                           + ("am" if (m.group(3) or "").lower() == "morning" else "pm"), out)
    return _ZONE.sub(r"\1", out)


# a planned work window's times, not the outage's: "a maintenance window ran from 05:30 to 06:00"
PLANNED_WINDOW = re.compile(r"\b(?:maintenance|change|upgrade|work|release|deployment|planned)\s+windows?\b(?:\s+[\w-]+){0,3}\s*$",
                            re.I)


def _clock_span(text: str) -> float | None:
    span = _clock_span_end(text)
    return span[0] if span else None


def _clock_span_end(text: str) -> tuple[float, int] | None:
    """``(minutes, end)`` of a start-to-end clock span: its length and its end (minutes after
    midnight). Minutes between a start and an end clock time ("at 4am ... until 7pm" is 900, "from
    just after nine until nearly two in the afternoon" 300, "between 15:45 UTC on 29 October
    and 00:05 UTC on 30 October" 500). The end needs minutes or am/pm to be a clock time; a
    bare start hour takes the reading that gives the shorter span ("from 9 until 2pm" is 5
    hours)."""
    text = _clock_words(text)
    m = SPAN.search(text) or BETWEEN.search(text)
    if not m or PLANNED_WINDOW.search(text[:m.start()]):
        return None
    groups = m.groups()
    filled = next(k for k in range(0, len(groups), 6) if groups[k] is not None)
    h1, m1, ap1, h2, m2, ap2 = groups[filled:filled + 6]
    if not (m2 or ap2) or int(h1) > 23 or int(h2) > 23:
        return None
    days = DAY_MONTH.findall(m.group(0))
    extra = 0
    if len(days) == 2 and days[0][1].lower() == days[1][1].lower() and 0 <= int(days[1][0]) - int(days[0][0]) <= 3:
        extra = (int(days[1][0]) - int(days[0][0])) * 1440  # "on 29 October ... on 30 October"
    elif OTHER_DAY.search(m.group(0)) or OTHER_DAY.match(text[m.end():m.end() + 30]) or len(days) > 1:
        return None  # "from 05:50 on Tuesday until 22:00 on Wednesday": days apart, not hours
    end = _clock_minutes(h2, m2, ap2)
    if m1 or ap1:
        starts = [_clock_minutes(h1, m1, ap1)]
    elif ap2 and int(h1) <= 12:
        starts = [_clock_minutes(h1, None, "am"), _clock_minutes(h1, None, "pm")]
    else:
        return None
    spans = [x for x in (_span_minutes(s, end) for s in starts) if x]
    if not spans:
        return None
    return min(spans) + extra, end


def _span_minutes(start: int, end: int) -> float | None:
    """Minutes from one clock time to the next (past midnight when the end is earlier)."""
    minutes = end - start if end > start else end + 1440 - start
    return float(minutes) if 0 < minutes < 1440 else None


def _minutes(m: re.Match) -> float:
    """Minutes of a ``DURATION`` match."""
    unit = UNIT_MINUTES[m.group(3).lower()]
    value = _number(m.group(1)) * unit
    if m.group(2) or m.group(0).lower().endswith("a half"):
        value += 0.5 * unit  # "two and a half hours", "3 hours and a half"
    elif m.group(4):
        value += _number(m.group(4)) * UNIT_MINUTES[m.group(5).lower()]
    return value


def duration(text: str) -> tuple[float | None, str | None]:
    if AFTERMATH.search(text):
        return None, None
    span = _clock_span(text)
    if span:
        return span, None
    norm = _words_to_digits(text)
    candidates: list[tuple[int, float, str | None]] = []
    for m in DURATION.finditer(norm):
        before = norm[:m.start()]
        if _not_its_length(norm, m):
            continue
        candidates.append((m.start(), _minutes(m), _duration_bound(before) or _bound_after(norm[m.end():], before)))
    for m in COMPACT_HOURS.finditer(norm):
        if _not_its_length(norm, m):
            continue
        value = float(m.group(1)) * 60 + float(m.group(2) or m.group(3) or 0)
        candidates.append((m.start(), value, _duration_bound(norm[:m.start()]) or _bound_after(norm[m.end():], norm[:m.start()])))
    for m in HALF.finditer(norm):
        before = norm[:m.start()]
        if _not_its_length(norm, m):
            continue
        unit = (m.group(2) or m.group(3) or m.group(5)).lower()
        if m.group(0).lower().startswith("half"):
            value = 0.5 * UNIT_MINUTES[unit]
        elif "and a half" in m.group(0).lower():
            value = 1.5 * UNIT_MINUTES[unit]
        else:
            value = UNIT_MINUTES[unit]
            if re.match(r"\s*(?:of|'s)\b", norm[m.end():]):  # "a day of chaos" still counts; "an hour's drive" does not
                pass
        bound = _duration_bound(before) or _bound_after(norm[m.end():], before)
        candidates.append((m.start(), value, bound))
    # "not the five days Delta keeps quoting": somebody else's figure, named to be disputed
    # (``cited_duration``); "far longer than the seven hours in your statement" stays, as the
    # speaker's lower bound
    candidates = [c for c in candidates if not (_cited_at(norm, c[0]) and NOT_CITED.search(norm[:c[0]]))]
    if not candidates:
        return None, None
    candidates.sort()
    # "they keep saying 90 minutes, but we were down for three hours": a figure reported from
    # someone else and then contradicted; the speaker's own figure follows the contrast
    turn = re.search(r"(?:,|;|\s)\s*(?:but|yet|however)\b", norm, re.I)
    reported = re.search(r"\b(?:say|says|saying|said|claim\w*|insist\w*|call\w*|told|describ\w*|quot\w*|opens? with|"
                         r"cit(?:e|es|ed|ing)|post-?mortem|statement|summary|status page)\b", norm[:candidates[0][0]], re.I)
    if turn and reported and candidates[0][0] < turn.start() and any(c[0] > turn.end() for c in candidates):
        candidates = [c for c in candidates if c[0] > turn.end()]
    _, value, bound = candidates[0]
    return round(value, 2), bound


# a length told without a figure: "were unable to pay for hours", "fixed within hours", "a
# days-long outage", "took several days to restore". Each reading is a range in minutes
# (``None`` for no upper end); the ranges are generous on purpose, so only lengths far apart
# conflict ("fixed within hours" against "lasted days"; "offline for several days" against
# "about two hours"), never "a few hours" against "five hours". Minutes and months are left
# out: "within minutes" tells how soon something was done, "for months" background
VAGUE_RANGES = {
    "hour": {"few": (120, 360), "couple": (90, 200), "several": (180, 720), "many": (240, None), "bare": (90, 1440)},
    "day": {"few": (2880, 7200), "couple": (2880, 4320), "several": (4320, 14400), "many": (5760, None), "bare": (2880, 30240)},
    "week": {"few": (20160, 50400), "couple": (20160, 30240), "several": (30240, 100800), "many": (40320, None),
             "bare": (20160, 131040)},
}
_QUANTIFIER = {"a few": "few", "a couple of": "couple", "a couple": "couple", "several": "several", "many": "many",
               "some": "bare"}
# "several more days" and "days longer than its rivals" are time added, not the length
_VAGUE_UNIT = (r"(?:(?P<q>a few|a couple(?: of)?|several|many|some)\s+)?(?:long\s+)?(?P<u>hour|day|week)s\b"
               r"(?!\s+(?:longer|shorter|more|less|fewer|extra)\b)")
# the length of the failure itself, each form with what makes it one: a failure told in the
# claim ("unable to pay for hours", "offline for several days", "the outage lasted days"),
# recovery ("fixed within hours", "back within a couple of days", "took days to restore"), or
# the event's own noun ("a days-long outage")
VAGUE_FOR = re.compile(r"\b(?:for|lasted|lasting|over)\s+(?:(?:about|around|nearly|almost|more than|well over|up to|under|"
                       r"less than|at most|no more than)\s+)?" + _VAGUE_UNIT, re.I)
VAGUE_WITHIN = re.compile(r"\b(?:within|in|after|took|taking|take)\s+(?:(?:about|around|just|only)\s+)?" + _VAGUE_UNIT, re.I)
VAGUE_LONG = re.compile(r"\b(?P<u>hour|day|week)s?[-\s]long\s+(?:[\w-]+\s+){0,2}?(?:outages?|disruptions?|failures?|blackouts?|"
                        r"shutdowns?|meltdowns?|crash|collapse|interruptions?)\b", re.I)
FAILURE_STATE = re.compile(r"\b(?:unable|could not|couldn['’]t|can['’]t|cannot|can not|down|offline|outages?|disrupt\w*|without|"
                           r"dark|dead|unavailable|locked out|no (?:service|power|water|signal|access)|fail(?:ed|ing)|broken|"
                           r"stranded|grounded|cut off|inaccessible|unusable|not working|stopped|halted|suspended|lasted)\b", re.I)
# after "in" or "after", a length only if recovery is told: "back in a couple of days" (not
# "rain fell in a few hours", "hours after the fire")
_WITHIN_RECOVERY = re.compile(r"\b(?:restor\w*|recover\w*|fixed|resolved|back|normal\w*|over|reconnected|running again)\b", re.I)


class _At:
    """A stand-in for a match over ``start``-``end``, for the length guards."""

    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def vague_duration(text: str) -> dict | None:
    """The first length told without a figure, as ``{"text", "min", "max"}`` in minutes
    (``max`` is ``None`` for "many days"; ``min`` is 0 for "within hours"). Not for a
    length negated ("days, not hours"), an offset ("a few hours after the fire"), nor any
    span ``duration`` would not take as the incident's length ("felt like days", "hours
    later")."""
    norm = _words_to_digits(text)
    found = []
    if FAILURE_STATE.search(norm):
        found += [(m, "for") for m in VAGUE_FOR.finditer(norm)]
    if _WITHIN_RECOVERY.search(norm):
        found += [(m, "within") for m in VAGUE_WITHIN.finditer(norm)]
    found += [(m, "long") for m in VAGUE_LONG.finditer(norm)]
    for m, form in sorted(found, key=lambda f: f[0].start()):
        before, after = norm[:m.start()], norm[m.end():]
        unit_at = m.start("u")
        # the guards read the words before the whole phrase and before its unit ("Within hours,
        # the company had blamed ...", "felt like a few hours")
        if _not_its_length(norm, m) or _not_its_length(norm, _At(unit_at, m.end())) \
                or re.search(r"(?:\bnot|n['’]t|\bnever|\bno)\s+(?:even\s+|just\s+)?$", before, re.I):
            continue
        if form != "long" and re.match(r"\s*(?:later|ago|earlier|afterwards?|before|beforehand|after|past|ahead|in advance|"
                                       r"into|of (?!(?:downtime|outage|disruption|chaos)\b))\b", after, re.I):
            continue
        if form == "within" and re.match(r"\s*(?:in|after|took|taking|take)\b", m.group(0), re.I) \
                and not _WITHIN_RECOVERY.search(after[:60] + " " + before[-60:]):
            continue
        unit = m.group("u").lower()
        q = (m.group("q") or "").lower() if form != "long" else ""
        kind = _QUANTIFIER[q] if q else "bare"
        if form != "long" and re.search(r"\blong\s+\w+s$", m.group(0), re.I):
            kind = "many"
        low, high = VAGUE_RANGES[unit][kind]
        lead = m.group(0).split()[0].lower()
        if lead in ("within", "in") or _duration_bound(before) == "upper" \
                or re.search(r"\b(?:up to|under|less than|at most|no more than)\b", m.group(0), re.I):
            low = 0
        elif lead == "over" or re.search(r"\b(?:more than|well over)\b", m.group(0), re.I) or _duration_bound(before) == "lower":
            high = None
        return {"text": m.group(0), "min": low, "max": high}
    return None


# a figure named as another voice's: "longer than the seven hours in your statement", "not the
# five days Delta keeps quoting", "the 90 minutes the company gave"
_OPEN_QUOTE = r"(?:[\"“'‘]\s*)?$"
NOT_CITED = re.compile(r"\b(?:not|other than) (?:the |their |its |your )" + _OPEN_QUOTE, re.I)
CITED_BEFORE = re.compile(r"\b(?:longer|shorter|more|less|worse) than (?:the |their |its |your |a )?" + _OPEN_QUOTE + "|"
                          + NOT_CITED.pattern, re.I)
CITED_AFTER = re.compile(r"^[^,.;:]{0,30}?(?:[\"”'’]\s*)?(?:in (?:your|their|its|the company's|the) (?:statement|update|post|"
                         r"summary|post-?mortem|email|letter|notice|announcement)|(?:that )?(?:[\w.'&-]+\s+){1,3}?"
                         r"(?:keeps?|kept|is|are|were|was|has been|have been)\s+(?:quoting|saying|claiming|citing|"
                         r"giving|telling)|(?:that )?(?:[\w.'&-]+\s+){1,3}?(?:quoted|claimed|gave|cited|announced))\b", re.I)


def _cited_at(norm: str, start: int) -> bool:
    if not CITED_BEFORE.search(norm[:start]):
        return False
    end = re.match(r"[^,.;:]*?\b(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\b", norm[start:])
    return bool(end and CITED_AFTER.match(norm[start + end.end():]))


def cited_duration(text: str) -> float | None:
    """Minutes of a duration the text names as another voice's, to dispute it ("far longer
    than the seven or so hours in your statement"); None when it names none."""
    norm = _words_to_digits(text)
    for m in DURATION.finditer(norm):
        if _cited_at(norm, m.start()):
            return round(_minutes(m), 2)
    return None


# what would have happened, not what did: "would have been back within fifteen minutes"
COUNTERFACTUAL = re.compile(r"(?i)\b(?:would|could|might|should)(?:\s+not|n['’]t)?\s+(?:have|['’]ve)\b[^.;,:]{0,50}$")
# a percentage of something other than those the incident reached: "shares closed down 2.8%"
MARKET_MOVE = re.compile(r"(?i)\b(?:shares?|stock|share price|market value|valuation|index|interest|fees?|pay rise|inflation)\b"
                         r"[^.;%]{0,40}$")


def percent(text: str) -> float | None:
    """The first percentage of what the incident reached; not a market move ("shares closed
    down 2.8%"), not a rate of pay, interest or fees."""
    for m in PERCENT.finditer(text):
        if MARKET_MOVE.search(text[:m.start()]):
            continue
        return _number(m.group(1))
    return None


FUTURE = re.compile(r"\b(will|shall|by the end of|plans? to|plann(?:ed|ing) to|aim(?:s|ed|ing)? to|expect(?:s|ed|ing)? to|"
                    # "expected its operation to be back to normal by Tuesday"
                    r"expect(?:s|ed|ing)?\b[^.;]{0,60}?\b(?:by|until)|"
                    r"hope(?:s|d)? to|intend(?:s|ed)? to|deadline|due by|next|coming|"
                    r"is going to|are going to|was going to|has until|have until)\b", re.I)


def _plan_item(sent: Span, ent: Span) -> bool:
    """A plan's dated step: "August: migrate Postgres to a managed database", a month labelling
    an order in the imperative (a past timeline's "March: we migrated" tells, not plans)."""
    lead = sent.doc[sent.start:ent.start]
    if any(not (t.is_punct or t.like_num or t.text in ("*", "•")) for t in lead) or ent.end >= sent.end \
            or sent.doc[ent.end].text not in (":", "-", "–", "—"):
        return False
    after = sent.doc[ent.end + 1] if ent.end + 1 < sent.end else None
    return after is not None and after.tag_ == "VB" and after.text.islower()


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELATIVE_DAY = re.compile(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)"
                          r"(?:\s+(?:morning|afternoon|evening|night))?")
YEAR = re.compile(r"\b(19|20)\d{2}\b")
WEEKEND = re.compile(r"(?i)(last|this past|this|over the|at the|the)\s+weekend(?:['’]s)?")


def _date_text(ent: Span) -> str:
    """A date entity with the day the tagger left out of it: "19" (a cardinal) + "September 2026".
    Used for the document's own date only: read into every claim's dates, the sharper days
    split one corpus incident in two (its documents then dated a fortnight apart under two
    vendor names), a grouping fragility left for later."""
    if ent.start > 0 and re.fullmatch(r"\d{1,2}", ent.doc[ent.start - 1].text) and int(ent.doc[ent.start - 1].text) <= 31 \
            and MONTH.match(ent.text):
        return ent.doc[ent.start - 1].text + " " + ent.text
    return ent.text


DATE_FIELD = re.compile(r"(?im)^[ \t*_>-]*(?:date|dated|issued|published|date of (?:report|decision|issue|letter|notice))"
                        r"[ \t*_]*:[ \t*_]*([^\n]{6,40})$")


def document_date(doc: Doc) -> str | None:
    """Without a publication date, the full date in the document's first three lines (its
    dateline or letterhead date), else the latest full date it names, anchors relative dates;
    None if it names no year at all."""
    # a header's own date field ("Date: 14 August 2026", "Date of report: 2024-05-14")
    for m in DATE_FIELD.finditer("\n".join(doc.text.splitlines()[:20])):
        value = parse_date(m.group(1).strip(), None)
        if value and len(value) == 10:
            return value
    found, head = [], []
    lines = [l for l in doc.text[:600].splitlines() if l.strip()][:3]
    head_end = doc.text.find(lines[-1]) + len(lines[-1]) if lines else 0
    for ent in doc.ents:
        if ent.label_ == "DATE" and YEAR.search(ent.text):
            value = parse_date(_date_text(ent), None)
            if value and len(value) == 10:
                # a dateline ("Press release - Oslo, 20 June 2025"), not a deadline further down
                (head if ent.start_char < head_end else found).append(value)
    if not head and not found:
        # dates the tagger split ("14 Jun 2025" read as "2025"): written out in full
        for m in FULL_DATE.finditer(doc.text):
            value = parse_date(m.group(0), None)
            if value and len(value) == 10:
                (head if m.start() < head_end else found).append(value)
    # the latest in the head: a statement "on the disruption of 14-16 June 2025", "Issued ... 17
    # June 2025" is written on the 17th
    return max(head) if head else max(found) if found else None


_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
FULL_DATE = re.compile(rf"(?i)\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD}\s+(?:19|20)\d{{2}}\b|"
                       rf"\b{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}\b")


FUTURE_DAYS = 200  # plans and deadlines lie months ahead, not a year
# a bare day read into the past more than this many days back, when the same day lies at most
# NEAREST_AHEAD_DAYS ahead, is that near day: a deadline or plan in a sentence without "will"
NEAREST_AFTER_DAYS = 300
NEAREST_AHEAD_DAYS = 45


DAY_RANGE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to|until|through|and|or|&)\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\d|:)")
LAST_MONTH = re.compile(r"\s*(?:last|the previous|the past|previous) month(?:['’]s?)?\s*", re.I)


@lru_cache(maxsize=4096)
def parse_date(text: str, base: str | None, future: bool = False) -> str | None:
    import dateparser

    if base and LAST_MONTH.fullmatch(text):
        # "last month's outage", in a post of 6 August: July
        try:
            first = dt.date.fromisoformat(base[:10]).replace(day=1)
        except ValueError:
            return None
        return (first - dt.timedelta(days=1)).strftime("%Y-%m")
    month_of_year = re.fullmatch(r"(?i)\W*(?:(?:in|during|by|since|from)\s+)?(?:(?:early|mid|late)[- ])?"
                                 r"([a-z]+)\s+(?:of\s+)?(last|this|next)\s+year\W*", text.strip())
    if base and month_of_year and MONTH.fullmatch(month_of_year.group(1)):
        # "in January last year", in a post of July 2026: January 2025
        year = int(base[:4]) + {"last": -1, "this": 0, "next": 1}[month_of_year.group(2).lower()]
        return parse_date(f"{month_of_year.group(1)} {year}", None)
    cleaned = re.sub(r"\b(mid|early|late|end of|the end of|beginning of|start of|last|this past|past|"
                     r"earlier this|later this|this|in|on|during)[- ]", "", text, flags=re.I).strip()
    # a span of days ("October 28-31", "10 to 12 June"): its first day, never "31" read as a year
    cleaned = DAY_RANGE.sub(r"\1", cleaned)
    weekend = WEEKEND.fullmatch(text.strip())
    if weekend and base:
        # "last weekend's flood" in a Friday's paper: the Saturday before; "this weekend" on a
        # Sunday or Monday: the one just gone
        try:
            anchor = dt.date.fromisoformat(base[:10])
        except ValueError:
            return None
        back = (anchor.weekday() - 5) % 7
        if weekend.group(1).lower() in ("last", "this past") and back <= 1:
            back += 7  # on a Saturday or Sunday, "last weekend" is the one before
        return (anchor - dt.timedelta(days=back)).isoformat()
    relative = RELATIVE_DAY.fullmatch(cleaned.strip().lower())
    if relative and base:
        # "on Tuesday", "yesterday" in a dated document: the most recent such day before it
        try:
            anchor = dt.date.fromisoformat(base[:10])
        except ValueError:
            return None
        word = relative.group(1)
        if word == "today":
            return anchor.isoformat()
        if word == "yesterday":
            return (anchor - dt.timedelta(days=1)).isoformat()
        if future:
            # "we expect a normal schedule by Tuesday", in a Monday's release: the Tuesday after
            return (anchor + dt.timedelta(days=(WEEKDAYS.index(word) - anchor.weekday()) % 7)).isoformat()
        back = (anchor.weekday() - WEEKDAYS.index(word)) % 7  # the same day when it is that day
        return (anchor - dt.timedelta(days=back)).isoformat()
    if not MONTH.search(cleaned):
        return None
    if base is None and not YEAR.search(cleaned):
        return None  # "19 July" with nothing to anchor the year: no date rather than a guess
    # a bare month or day resolves to the past of the publication date, except in a
    # sentence about the future ("by the end of February" in a January post-mortem)
    settings = {"PREFER_DATES_FROM": "future" if future else "past", "REQUIRE_PARTS": ["month"],
                "RETURN_AS_TIMEZONE_AWARE": False}
    if base:
        try:
            settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(base[:10])
        except ValueError:
            pass
    try:
        value = dateparser.parse(cleaned, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd strings
        return None
    if value is None or (value.year < 1900 and not YEAR.search(cleaned)):
        return None
    if not future and "RELATIVE_BASE" in settings and not YEAR.search(cleaned) \
            and (settings["RELATIVE_BASE"] - value).days > NEAREST_AFTER_DAYS:
        # "complete by June 30" in a post of 27 June: three days ahead, not a year back
        ahead = parse_date(text, base, future=True)
        if ahead:
            gap = (dt.datetime.fromisoformat(ahead if len(ahead) > 7 else ahead + "-01") - settings["RELATIVE_BASE"]).days
            if 0 <= gap < (settings["RELATIVE_BASE"] - value).days and gap <= NEAREST_AHEAD_DAYS:
                return ahead
    if future and "RELATIVE_BASE" in settings and not YEAR.search(cleaned) \
            and (value - settings["RELATIVE_BASE"]).days > FUTURE_DAYS:
        # "fees for 27 January ... will appear on February statements", published 28 January:
        # a day almost a year ahead is the past day the sentence also speaks of
        return parse_date(text, base, future=False)
    has_day = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", re.sub(r"\b\d{4}\b", "", cleaned))
    if has_day and not YEAR.search(cleaned):
        value = _year_of_weekday(value, cleaned)
    return value.strftime("%Y-%m-%d" if has_day else "%Y-%m")


def _year_of_weekday(value: dt.datetime, text: str) -> dt.datetime:
    """"Monday 2 March" with no year: the year, next to the one guessed, in which that day is
    a Monday (a notice of 28 February 2026 expecting payments "by Monday 2 March")."""
    named = [w for w in WEEKDAYS if re.search(rf"\b{w}\b", text, re.I)]
    if len(named) != 1 or value.weekday() == WEEKDAYS.index(named[0]):
        return value
    for years in (1, -1):
        try:
            other = value.replace(year=value.year + years)
        except ValueError:  # 29 February
            continue
        if other.weekday() == WEEKDAYS.index(named[0]):
            return other
    return value


SPEAKING = frozenset("say tell add write argue claim note explain".split())


PRODUCT_SHAPE = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}\d+|[A-Z]\d+|i[A-Z][a-z]+")


NOT_A_SERVICE = re.compile(r"[A-Z]{1,2}|(?i:schedule|section|clause|article|annex|appendix|exhibit|paragraph|item|part)\s+[\w.]{1,6}")


def services_in(sent: Span, aliases) -> list[str]:
    """Named services: PRODUCT entities; multi-word names that start with an organisation's
    name but are not themselves an organisation ("AWS Cost Explorer", "Azure Front Door");
    capitalised names compounded with a service noun ("the Falcon platform")."""
    found: list[str] = []
    for ent in sent.ents:
        if ent.root.head.lemma_ in SPEAKING or any(c.dep_ == "appos" for c in ent.root.children):
            continue  # "said Lars Eide, a banking analyst": who speaks, not a service
        if ent.label_ == "PRODUCT":
            if len(ent) == 1 and PRESS_WORDS.fullmatch(ent.text) and ent.text[:1].isupper():
                continue  # "seen by the Courier": a newspaper the tagger took for a product
            found.append(ent.text)
        elif ent.label_ in ("ORG", "FAC", "WORK_OF_ART") and len(ent) >= 2 and aliases is not None:
            first = ent[0].text
            if first.lower() in aliases.map or first in aliases.names:
                if ent.text.lower() not in aliases.map:
                    found.append(ent.text)
    for tok in sent:
        if tok.lower_ in SERVICE_NOUNS:
            names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if len(names) == 1 and names[0].is_sent_start and not names[0].ent_type_ and names[0].text.istitle() \
                    and not any(t.i < names[0].i for t in names[0].subtree):
                names = []  # "Rail services stopped": a word capitalised only because it opens the sentence
            if names:
                left = min(c.left_edge.i for c in names)
                name = sent.doc[left:tok.i].text
                full = sent.doc[left:tok.i + 1].text.lower()
                if aliases is None or (name.lower() not in aliases.map and full not in aliases.map):
                    found.append(name)
    for tok in sent[1:]:
        # "Amazon DynamoDB", "Google BigQuery", "Microsoft SharePoint": a product-shaped word (inner
        # capitals, or capitals and digits) right after a company's name, which the tagger leaves out
        # (and may tag as anything: "DynamoDB" comes out a preposition)
        prev = sent.doc[tok.i - 1]
        if aliases is not None and PRODUCT_SHAPE.fullmatch(tok.text) \
                and (prev.text.lower() in aliases.map or prev.text in aliases.names) \
                and tok.text.lower() not in aliases.map and tok.text not in aliases.names:
            found.append(f"{prev.text} {tok.text}")
    out: list[str] = []
    for name in found:
        name = re.sub(r"^(the|a|an)\s+", "", name.strip(" ,'\""), flags=re.I)
        # "Facebook's" (the tagger's entity with its possessive) is the company, not a service
        bare = re.sub(r"\s*['’]s$", "", name)
        if bare != name and aliases is not None and (bare.lower() in aliases.map or bare in aliases.names):
            continue
        name = re.sub(r"^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s+", "", name)  # a table row's time: "12:03 Oscillation"
        if not name or "|" in name or NOT_A_SERVICE.fullmatch(name):
            continue  # a table's cells ("| AI"), an error code's letters ("BF"), a contract's "Schedule 7"
        if aliases is not None and " " in name and aliases.canonical(name, register=False) in aliases.names \
                and aliases.canonical(name, register=False) != bare.split()[0]:
            continue  # an organisation the text names ("Meridel Re Research"), not a service
        if name and not any(name in o or o in name for o in out) and not REGION_CODE.fullmatch(name) \
                and name.lower() not in NOT_ORGS and not re.match(r"\d", name):  # (not "500s", an error count)
            out.append(name)
    return out


def regions_in(sent: Span, not_places: frozenset[str] = frozenset()) -> list[str]:
    """Region codes and places; ``not_places`` are names the voices stage found to be
    companies the tagger took for places ("Quillpay's gateway")."""
    out = [m.group(1) for m in REGION_CODE.finditer(sent.text)]
    for ent in sent.ents:
        if ent.text in not_places or (ent.text.lower() in NOT_ORGS and ent.text not in ("UK", "US", "USA", "EU")):
            continue  # "DDoS", "DNS": a technical term the tagger took for a place
        if ent.label_ in ("GPE", "LOC") and ent.text not in out and not ent.text.isupper() or ent.label_ in ("GPE", "LOC") and ent.text in ("UK", "US", "USA", "EU", "UAE"):
            out.append(re.sub(r"^the\s+", "", ent.text))
    return out


RANGE_END = frozenset({"and", "to", "until", "till", "through", "thru", "-", "–", "—"})


def _ends_range(sent: Span, ent: Span) -> bool:
    """The date closes a range opened by the date before it ("between X and Y", "from X to Y")."""
    prev = [t for t in sent.doc[max(sent.start, ent.start - 2):ent.start] if t.lower_ not in ("the", "on")]
    return bool(prev) and prev[-1].lower_ in RANGE_END


def _year_later(date: str) -> str:
    try:
        return str(int(date[:4]) + 1) + date[4:] if date[5:10] != "02-29" else str(int(date[:4]) + 1) + "-02-28"
    except ValueError:
        return date


# "restored by 09:30", "back to normal by 2 February": when a voice says the incident ended
ENDED = re.compile(r"\b(?:restored|back to normal|back online|back up and running|recovered|resolved|mitigated|"
                   r"fixed|returned to normal|(?:running|operating|working|ran) (?:normally|as normal)|"
                   r"back under (?:\w+ )?control)\b", re.I)
# "still failing at 17:40", "until after 5am", "as late as 10am on Friday": when a voice says it
# was still going on
STILL = re.compile(r"\b(?:still|as late as|until (?:after|well after|late)|did not (?:come back|return|arrive)|"
                   r"(?:was|were|had) not (?:back|restored|fixed|working))\b", re.I)
# what must still have been going on: the failure, not a refund or an inquiry
STILL_FAILING = re.compile(r"\b(?:fail\w*|down|broken|offline|unavailable|unreliable|refused|declined|timing out|incorrect|"
                           r"unable|could not|couldn't|not working|errors?|problems?|outage|dark|dead|wrong|without|"
                           r"cut off|by hand|manual\w*|not back|stuck|locked out|not arrived|had not arrived)\b", re.I)
# a span of part of the event, not the whole of it: "the worst of it came between 14:00 and 15:00"
PART_OF_EVENT = re.compile(r"\b(?:worst|peak\w*|height|heaviest|first|initial\w*|began|begin|started|start|"
                           r"spells?|waves?|bursts?|briefly|intermittent\w*|(?:some|part) of (?:the|that|this) "
                           r"(?:time|day|night|morning|afternoon|evening|outage|disruption|incident|period|window))\b", re.I)
NOT_BEFORE = re.compile(r"\b(?:not|n't|never|yet to be|far from)\s+(?:\w+\s+){0,2}$", re.I)
_CLOCK_TIME = re.compile(rf"\b{_CLOCK}", re.I)
# a time zone next to a clock time ("2:40 AM PDT", "10.30am UK time", "14:20 UTC")
ZONE_NAME = re.compile(r"\d\s*(?:am|pm|a\.m\.|p\.m\.)?\s+(UTC|GMT|BST|CET|CEST|[ECMP][SD]T|Eastern|Central|Pacific|Mountain|"
                       r"UK time)\b", re.I)


def _zone_in(text: str) -> str | None:
    """The region of the first time zone named after a clock time: "uk" (UTC, GMT, BST, UK
    time), "europe" (CET), "eastern", "central", "mountain", "pacific"."""
    m = ZONE_NAME.search(text)
    if not m:
        return None
    zone = m.group(1).upper()
    if zone in ("UTC", "GMT", "BST", "UK TIME"):
        return "uk"  # UTC and UK time differ by an hour at most
    if zone in ("CET", "CEST"):
        return "europe"
    return {"E": "eastern", "C": "central", "M": "mountain", "P": "pacific"}[zone[0]]
WINDOW = 60


def _clock_in(text: str) -> int | None:
    """The first clock time in ``text`` (minutes after midnight); it needs minutes or am/pm."""
    for m in _CLOCK_TIME.finditer(_clock_words(text)):
        if (m.group(2) or m.group(3)) and int(m.group(1)) <= 23:
            return _clock_minutes(m.group(1), m.group(2), m.group(3))
    return None


def _later(p: dict, q: dict) -> bool:
    return (p.get("date") or "", p.get("minute") or -1) > (q.get("date") or "", q.get("minute") or -1)


def time_points(text: str, dated: list[tuple[int, int, str]]) -> tuple[dict | None, dict | None]:
    """``(ended, still)``: when the sentence says the incident was over ("fully restored by
    09:30", "back to normal by 2 February") and when it says the failure was still going on
    ("still failing at 17:40 on Tuesday", "timing out until after 5am"); each ``{"date",
    "minute"}`` with whatever the sentence fixes. ``dated``: the sentence's dates as
    ``(start, end, iso)`` character offsets. A negated end ("not back to normal until
    Thursday") is a still-going point."""
    def point(start: int, end: int, anywhere: bool) -> dict | None:
        window = text[start:end]
        minute = _clock_in(window)
        inside = [d for s0, e0, d in dated if s0 < end and e0 > start]
        # outside the window, the latest day the sentence names ("even on Monday 3 February,
        # a transfer made on the Friday had still not arrived")
        date = inside[0] if inside else (max(d for _, _, d in dated) if anywhere and dated else None)
        if minute is None and date is None:
            return None
        point = {"date": date, "minute": minute}
        zone = _zone_in(window) if minute is not None else None
        if zone:
            point["zone"] = zone
        return point

    ended = still = None
    for m in ENDED.finditer(text):
        negated = bool(NOT_BEFORE.search(text[:m.start()]))
        after = re.match(r"[^.;]{0,30}?\b(by|at|before|on|as of|from|until)\b", text[m.end():])
        if not after:
            continue
        start = m.end() + after.start(1)
        p = point(start, min(len(text), start + WINDOW), anywhere=negated)
        if p and negated and still is None:
            still = p
        elif p and not negated and (ended is None or _later(p, ended)):
            ended = p  # "restored the records at 2:25 and had fully recovered by 2:40": the last
    if ended is None and not PART_OF_EVENT.search(text) and STILL_FAILING.search(text):
        # "between 10:15 and 10:50 some candidates were shown the wrong grade": the span's end
        # is when the failure it tells was over
        span = _clock_span_end(text)
        days = sorted({d for _, _, d in dated})
        if span and span[0] < 1440:
            day = days[0] if len(days) == 1 else None
            if day and len(day) == 10 and span[1] < span[0] and span[1] < 1440:
                # "on Friday 30 January, from 17:40 until 01:55 the following morning": over on the 31st
                day = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
            ended = {"date": day, "minute": span[1] % 1440}
            zone = _zone_in(text)
            if zone:
                ended["zone"] = zone
    if still is None:
        for m in STILL.finditer(text):
            window_end = min(len(text), m.end() + WINDOW)
            if not STILL_FAILING.search(text[max(0, m.start() - WINDOW):window_end]):
                continue
            p = point(m.start(), window_end, anywhere=True)
            if p:
                still = p
                break
    return ended, still


MONTH_NAMES = frozenset(m.lower() for m in calendar.month_name if m)


def _name_part(ent: Span) -> bool:
    """A lone "May" or "June" that is part of a name ("the law firm Slaughter and May", "Theresa
    May"): after "and" / "&" and a capitalised word, or right after a capitalised first name."""
    if len(ent) != 1 or ent[0].lower_ not in MONTH_NAMES or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    if before.lower_ in ("and", "&") and ent.start >= 2 and ent.doc[ent.start - 2].text[:1].isupper() \
            and ent.doc[ent.start - 2].lower_ not in MONTH_NAMES:
        return True
    return before.ent_type_ == "PERSON" or before.pos_ == "PROPN" and before.text[:1].isupper() and before.lower_ not in MONTH_NAMES \
        and not before.is_sent_start and before.ent_type_ not in ("DATE", "TIME")


def _weekday_of_next(ent: Span, nxt: Span | None) -> bool:
    """``ent`` is a bare weekday that the next date entity, right after it, names in full
    ("Thursday, 2 May", where the recogniser splits the two)."""
    return (nxt is not None and nxt.label_ == "DATE" and ent.text.strip().lower() in WEEKDAYS
            and nxt.start - ent.end <= 1 and all(t.is_punct for t in ent.doc[ent.end: nxt.start]))


ISO_DATE = re.compile(r"(?<![\d-])(?:19|20)\d{2}-\d{2}-\d{2}(?![\d-])")
# a day named only by its weekday: "on Thursday", "Friday night", "Monday morning"
WEEKDAY_ONLY = re.compile(r"(?i)^(?:on\s+|last\s+|this\s+|the\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                          r"(?:\s+(?:morning|afternoon|evening|night|lunchtime|teatime))?$")
# a sentence that tells the event itself, not background ("warned back in March"): the failure
# told as for a length (``FAILURE_STATE``), or the event named
STORY_EVENT = re.compile(FAILURE_STATE.pattern + r"|\b(?:failures?|attack\w*|incident|blackout|crash\w*|collapsed?|went out|broke)\b",
                         re.I)
STORY_GAP_DAYS = 10  # a text this long after the event it tells has its own calendar for "Thursday"


def _story_weekday(word: str, story: str) -> str | None:
    """A weekday in a text that tells an earlier event: the first such day from two days before
    the event's date (a report weeks later saying "from Thursday lunchtime" means that week's);
    None when the event is dated only by its month (no guess)."""
    if len(story) != 10:
        return None
    start = dt.date.fromisoformat(story) - dt.timedelta(days=2)
    ahead = (WEEKDAYS.index(word.lower()) - start.weekday()) % 7
    return (start + dt.timedelta(days=ahead)).isoformat()


def story_date(sent: Span, base_date: str | None, dates: list[str]) -> str | None:
    """The date of the event a sentence tells, when the text is written well after it ("at the
    end of October", in an op-ed of February): its first date not named by a weekday alone,
    at least ``STORY_GAP_DAYS`` before ``base_date``."""
    if not base_date or not dates or all(WEEKDAY_ONLY.match(e.text.strip()) for e in sent.ents if e.label_ == "DATE") \
            or not STORY_EVENT.search(sent.text):
        return None
    try:
        base = dt.date.fromisoformat(base_date[:10])
        first = dt.date.fromisoformat(dates[0] if len(dates[0]) == 10 else dates[0] + "-28")
    except ValueError:
        return None
    return dates[0] if (base - first).days >= STORY_GAP_DAYS else None


def slots_for(sent: Span, base_date: str | None, aliases=None, not_places: frozenset[str] = frozenset(),
              story: str | None = None) -> Slots:
    """``story``: the date of the earlier event the text has been telling (``story_date``), by
    which a bare weekday is read instead of the publication date."""
    text = sent.text
    minutes, bound = duration(text)
    vague = None if minutes is not None else vague_duration(text)
    counts = counts_in(text, sent)
    number, noun = count_with_noun(text, sent)
    dates = []
    dated: list[tuple[int, int, str]] = []
    previous = None
    ents = list(sent.ents)
    for k, ent in enumerate(ents):
        if ent.label_ == "DATE" and not _name_part(ent):
            if _weekday_of_next(ent, ents[k + 1] if k + 1 < len(ents) else None):
                continue  # "on Thursday, 2 May": the day the date names, not the latest Thursday
            weekday = WEEKDAY_ONLY.match(ent.text.strip())
            if weekday and story:
                parsed = _story_weekday(weekday.group(1), story)
                if parsed is None:
                    continue  # "from Thursday", after "at the end of October": that week, which the text does not fix
            else:
                parsed = parse_date(ent.text, base_date, bool(FUTURE.search(text)) or _plan_item(sent, ent))
            if parsed and previous and _ends_range(sent, ent) and not YEAR.search(ent.text) and parsed < previous:
                parsed = _year_later(parsed)  # "between 24 December and 2 January": January follows
            if parsed:
                previous = parsed
                dated.append((ent.start_char - sent.start_char, ent.end_char - sent.start_char, parsed))
            if parsed and parsed not in dates:
                dates.append(parsed)
    # an ISO date the tagger did not mark ("Start: 2024-02-21 09:52", in a report form's fields)
    for m in ISO_DATE.finditer(text):
        if m.group(0) not in dates and not any(s <= m.start() < e for s, e, _ in dated):
            try:
                dt.date.fromisoformat(m.group(0))
            except ValueError:
                continue
            dates.append(m.group(0))
            dated.append((m.start(), m.end(), m.group(0)))
    date = dates[0] if dates else None
    ended, still = time_points(text, dated)
    return Slots(duration_minutes=minutes, count=number, services=services_in(sent, aliases),
                 regions=regions_in(sent, not_places), date=date, percent=percent(text), duration_bound=bound,
                 count_noun=noun, dates=dates, counts=counts, ended=ended, still=still, duration_range=vague)


@Language.factory(
    "counterclaim_slots",
    requires=["doc._.units", "doc._.voices_meta", "token.ent_type", "token.dep"],
    assigns=["doc._.units"],
)
def make_slots(nlp: Language, name: str):
    register_extensions()
    return SlotFiller()


STAMP_WORDS = 12


def stamp_dates(text: str) -> list[tuple[int, str]]:
    """``(offset, date)`` of the short lines that stamp what follows with a full date: a post's
    header or time stamp ("*25 Apr 2025, 09:14*", "u/kettle · 203 points · 10 Mar 2025, 4:55 PM
    ET"), a dated section heading or log entry. Empty unless they name at least two different
    days: then the text is a thread or a log written over days, and "on Tuesday" or "yesterday"
    in a post counts from that post's day, not from the document's."""
    found = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        if len(line.split()) > STAMP_WORDS or line.rstrip(" *_").endswith((".", "?", "!")):
            continue
        hit = FULL_DATE.search(line) or ISO_DATE.search(line)
        value = parse_date(hit.group(0), None) if hit else None
        if value and len(value) == 10:
            found.append((m.start(), value))
    return found if len({d for _, d in found}) >= 2 else []


class SlotFiller:
    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.document
        base = getattr(meta, "published", None) or document_date(doc)
        voices_meta = doc._.voices_meta or {}
        aliases = voices_meta.get("aliases")
        not_places = frozenset(voices_meta.get("org_places") or ())
        stamps = stamp_dates(doc.text)
        story = None
        for unit in doc._.units or []:
            if unit.furniture:
                continue
            span = unit.span(doc)
            # in a thread, the day of the post the sentence is in
            here = next((d for at, d in reversed(stamps) if at <= span.start_char), base)
            unit.slots = slots_for(span, here, aliases, not_places, story)
            story = story_date(span, here, unit.slots.dates) or story
        return doc
