"""Which claims talk about the same incident. Pure functions over records.

Inside a document, claims belong to the document's main incident unless the discourse
moves to another one (another company's incident, told "separately" or under its own section
heading, is always another one): a claim that marks a different event ("a separate incident",
"earlier", "last year", "these outages follow a more severe incident in October") *and*
names a date at least ``SEPARATE_DAYS`` away from the main event opens a secondary
incident; the claims after it in the same paragraph stay there.

A document's company is the one its text names most (initialisms, capitals and gazetteer
brands count); its event date is estimated from the dates its claims name and its
publication date (``_event_date``).

Across documents, incidents merge when they share the company (``same_company``: case,
initialisms, brands, word-wise extensions) and their event dates are compatible (within
``MERGE_DAYS``; month-only dates match their whole month). A segment whose date the text
does not fix (undated, or dated only by its publication or by background) joins the one
incident of its company that documents are about and that began in the weeks before its
publication; among several it joins the one it shares clearly more distinctive words with
(named systems, services, places), else it stays apart. When unsure, incidents stay apart:
comparing two different incidents is worse than missing a comparison.
"""

from __future__ import annotations

import calendar
import functools
import datetime as dt
import hashlib
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .records import Claim, Document, Incident
from .sections import section_companies
from .voices.names import is_org_name
from .voices import same_org
from .voices.attribution import CALENDAR_WORDS
from .voices.names import GAZETTEER, NOT_ORGS, ORG_SUFFIX, initials, is_org_name, looks_like_org, stands_for

SEPARATE_DAYS = 21
SECTION_SEPARATE_DAYS = 7  # for claims dated by their section's heading or status update
MERGE_DAYS = 21
DAY_MERGE_DAYS = 10  # the window between two event dates both fixed to the day
RECENT_DAYS = 45
MIN_EVIDENCE = 4.0  # shared distinctive words (idf sum) to choose between two incidents
# claims that tell the event itself (its length, reach, effects); a date named only by claims
# about causes, fixes or plans may be background ("in January managers removed the check")
EVENT_ASPECTS = frozenset({"duration", "scope", "impact", "severity"})
WEAK_VOTE = 0.5
NEWS_DAYS = 7  # a date this shortly before publication is the news itself, not background
REPORT_DAYS = 3  # a date this close to publication is when the news was reported
# comparisons with the past are not about the past event: "the first ground stop since 2001"
# ("record temperatures", "the largest penalty" compare nothing with a past event; "not the
# first time" recalls one)
# a claim about this event that compares it with an earlier one ("another DDoS, same as the
# giant one back in February") stays with this event
COMPARISON = re.compile(r"\b(since|(?<!not the )first time|compared (?:with|to)|than (?:in|the|during)|same as|just like|"
                        r"similar to|reminiscent of|like the (?:one|ones) (?:in|back|last|from)|"
                        # this event set against an earlier one: "Unlike November 2023, the impact is small",
                        # "this event is unrelated to the outage of November 2023"
                        r"^\W*unlike|(?:unrelated|not related|not connected)\s+to)\b", re.I)
SHIFT_MARKERS = re.compile(
    r"\b(separate|earlier|previous(?:ly)?|prior|at the time|last (?:year|month|summer|winter|spring|autumn|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)|"
    r"(?:a|an) (?:similar|another|other|earlier|previous|different|unrelated) (?:outage|incident|failure|disruption|breach|attack|hack|event|episode)|"
    r"also (?:suffered|had|hit)|follows? (?:a|an)|not the first time|precedent|"
    r"(?:(?:two|three|four|five|six|several|a few|\d+) (?:weeks|months|years)|a (?:week|month|year)) after (?:a|an|the|its)|compar(?:ed|es|ing) (?:it|this|the \w+) (?:with|to)|"
    r"^(?:in |during |after )?that (?:\w+ )?(?:episode|failure|outage|incident|event|breach|attack|meltdown)|in (?:19|20)\d\d|years? ago|months? ago|once before|"
    r"back in|recalls?|reminiscent|history of|repeat of|the \d{4} (?:outage|incident)|"
    # "has no connection with the event of October 2024", "no read-across from October 2024"
    r"no (?:connection|link|relation) (?:with|to)|unconnected (?:with|to)|no read-?across)\b", re.I)

EVENT_NOUN = (r"(?:outage|failure|collapse|breach|attack|cyber-?attack|meltdown|incident|crash|disruption|interruption|migration|"
              r"fire|shutdown|blackout|power cut|hack|fiasco|debacle|crisis|crises)s?")
EVENT_YEAR = re.compile(rf"\b(?:the|its|a|an|that|their|whose)\s+((?:19|20)\d\d)\s+(?:[\w'’-]+\s+)?{EVENT_NOUN}\b|"
                        rf"\b{EVENT_NOUN}\s+(?:of|in)\s+((?:19|20)\d\d)\b|"
                        rf"\b(?:in|during|over|throughout)\s+(?:the\s+)?((?:19|20)\d\d)\b(?=.*\b{EVENT_NOUN}\b)|"
                        rf"\b{EVENT_NOUN}\b.*\b(?:in|during|over|throughout)\s+(?:the\s+)?((?:19|20)\d\d)\b", re.I)
# "that month", "later that year": the time the previous sentence named
THAT_TIME = re.compile(r"^(?:in |during |by |later |earlier )?that (?:same )?(?:day|week|month|year|summer|winter|spring|autumn)\b",
                       re.I)


COMPANY_ROLES = ("vendor", "expert")
# words that name a kind of organisation or page, not one organisation ("Airlines said", "Community")
GENERIC_NAME = re.compile(r"^(?:the )?(?:community|forums?|support|news|newsroom|status|updates?|blog|"
                          r"press|media|council|government|airlines?|carriers?|banks?|operators?|processing|"
                          r"emergency|anyone|nobody|everyone|someone|staff|customers?|users?|engineers?)$", re.I)


def _aliases(name: str) -> set[str]:
    """Surface forms of a company name in text: the name, in capitals ("ROGERS" on a
    letterhead), its initialism ("FAA" for "Federal Aviation Administration") and the brands
    the gazetteer gives it ("AWS", "Amazon Web Services")."""
    forms = {name, name.upper(), name.title() if name.isupper() and len(name) > 4 else name}
    if " " in name and len(initials(name)) >= 2:
        forms.add(initials(name))
    forms |= {k.upper() if len(k) <= 4 else k.title() for k, v in GAZETTEER.items() if v == name}
    return {f for f in forms if len(f) > 1}


def same_company(a: str | None, b: str | None) -> bool:
    """One company under two names: ``same_org`` (equal, or one extends the other word-wise)
    ignoring case ("ROGERS", "Rogers"), an initialism of the other ("FAA"), a brand the
    gazetteer gives to the other ("AWS", "Amazon"), or the other written as one word
    ("AlaskaAirlines")."""
    if not a or not b:
        return False
    a2, b2 = GAZETTEER.get(a.casefold(), a), GAZETTEER.get(b.casefold(), b)
    if same_org(a2.casefold(), b2.casefold()):
        return True
    # a name written as one word, as a handle or subreddit writes it: "AlaskaAirlines" is "Alaska Airlines"
    # and, like it, "Alaska"
    # (only where the last part is a company word: "CrowdStrike" is no "Crowd Strike")
    spaced = [re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", " ", x) if " " not in x else x for x in (a2, b2)]
    if spaced != [a2, b2] and all(looks_like_org(x) for x, y in zip(spaced, (a2, b2)) if x != y) \
            and same_org(spaced[0].casefold(), spaced[1].casefold()):
        return True
    return any(x.isupper() and len(x) >= 2 and stands_for(x, y) for x, y in ((a2, b2), (b2, a2)))


def _is_company_name(name: str | None) -> bool:
    # (is_org_name: not a word the tagger takes for a name, such as "the" or "UTC")
    return bool(name) and is_org_name(name) and not GENERIC_NAME.match(name) and not (ORG_SUFFIX.fullmatch(name) is not None)


def companies_of(claims: list[Claim]) -> set[str]:
    """The organisations whose incidents a run may be about: each document's vendor and the
    voices that speak mostly as a vendor, minus voices that speak mostly as customers,
    insiders, press, regulators or unknown people (a forum user, an outlet) and generic
    words the tagger took for names ("Airlines", "Community")."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for c in claims:
        if c.speaker:
            votes[c.speaker][c.speaker_role in COMPANY_ROLES] += 1
    names = {c.vendor for c in claims if c.vendor}
    names |= {n for n, v in votes.items() if v[True] and any(c.speaker == n and c.speaker_role == "vendor" for c in claims)}
    return {n for n in names if _is_company_name(n) and votes.get(n, Counter({True: 1}))[True] >= votes.get(n, Counter())[False]}


@functools.lru_cache(maxsize=8)
def _mention_pattern(companies: frozenset[str]) -> tuple[re.Pattern | None, dict[str, str]]:
    """One pattern for every surface form of every company (longest first), and the
    company each form names: a text is scanned once, however many companies a run has."""
    owner: dict[str, str] = {}
    for name in sorted(companies):
        for form in _aliases(name):
            owner.setdefault(form, name)
    if not owner:
        return None, owner
    alternation = "|".join(re.escape(f) for f in sorted(owner, key=lambda f: (-len(f), f)))
    return re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])"), owner


def _mentions(text: str, companies: set[str]) -> Counter:
    """How often each company is named in ``text`` (under any of its surface forms)."""
    pattern, owner = _mention_pattern(frozenset(companies))
    if pattern is None or not text:
        return Counter()
    return Counter(owner[m] for m in pattern.findall(text))


def _defined_mentions(text: str, companies: set[str]) -> Counter:
    """How often each company is named in ``text``, counting the short name the text defines
    for it: 'Harrowgate & Vale Transport (the Authority)', then "the Authority" throughout."""
    counts = _mentions(text, companies)
    for name in companies:
        for form in _aliases(name):
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}\s*\(\s*(?:the\s+)?[\"“']?(?P<term>[A-Z][\w&-]{{2,20}})[\"”']?\s*\)", text):
                term = m.group("term")
                if term == form or any(term in _aliases(other) for other in companies):
                    continue
                counts[name] += len(re.findall(rf"(?<![\w-])(?:[Tt]he\s+)?{re.escape(term)}(?![\w-])", text))
    return counts


def document_company(doc: Document, claims: list[Claim], companies: set[str]) -> str | None:
    """The company a document is about: the one it names most often (its title counts three
    times), the vendor the voice stage found breaking ties and counting twice. A voice-stage
    vendor that is no company (a forum user, a letter's signatory) or that the text never
    names loses to the company the text names."""
    counts = _mentions(doc.text, companies)
    for name, n in _mentions(doc.title or "", companies).items():
        counts[name] += 3 * n
    vendors = Counter(c.vendor for c in claims if c.vendor)
    vendor = vendors.most_common(1)[0][0] if vendors else None
    if vendor in companies:
        counts[vendor] += 2
    if not counts:
        return vendor if _is_company_name(vendor) else _named_in_passing([doc.text], companies)
    best = max(counts.values())
    top = sorted(n for n, k in counts.items() if k == best)
    return vendor if vendor in top else top[0]


@dataclass
class _Group:
    vendor: str | None
    date: str | None
    claims: list[Claim] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    main: bool = False  # a document's own incident (not one it recalls)
    certain: bool = True  # the text fixes the date (else it is the publication's)
    published: str | None = None
    other: bool = False  # another company's incident told beside the document's own


def _day_range(date: str | None) -> tuple[dt.date, dt.date] | None:
    if not date:
        return None
    try:
        if len(date) == 4:
            return dt.date(int(date), 1, 1), dt.date(int(date), 12, 31)
        if len(date) == 7:
            y, m = int(date[:4]), int(date[5:7])
            return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
        d = dt.date.fromisoformat(date[:10])
        return d, d
    except ValueError:
        return None


def days_apart(a: str | None, b: str | None) -> int | None:
    """Smallest distance in days between two ISO dates or months (None if either is unknown)."""
    ra, rb = _day_range(a), _day_range(b)
    if ra is None or rb is None:
        return None
    if len(a) == 7 and len(b) == 7 and a != b:
        # "in May" and "in June" name two months, not two days a night apart
        return abs((ra[0].year - rb[0].year) * 12 + ra[0].month - rb[0].month) * 30
    if ra[1] < rb[0]:
        return (rb[0] - ra[1]).days
    if rb[1] < ra[0]:
        return (ra[0] - rb[1]).days
    return 0


def _claim_dates(c: Claim) -> list[str]:
    return c.slots.dates or ([c.slots.date] if c.slots.date else [])


def _event_years(text: str) -> list[str]:
    """Years that date an event the sentence names ("the 2018 collapse", "the outage of 2018",
    "in 2018" beside an outage, failure, breach...): enough to tell a recalled incident
    apart, too coarse to date one."""
    return [next(g for g in m.groups() if g) for m in EVENT_YEAR.finditer(text)]


DATELINE = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d{2}|"
                      r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|"
                      r"(?:19|20)\d{2}-\d{2}-\d{2})\b", re.I)
DATELINE_LINES = 4


def dateline(text: str) -> str | None:
    """The full date in a document's first lines (a statement's or status page's dateline:
    "Widespread errors - 18 November 2025") or in a thread's first post header: when the text has no publication date and none
    of its claims dates the event, it is when it was written; None when its head names no
    full date."""
    from .slots import parse_date

    from .furniture import post_header

    lines = [line for line in text.splitlines() if line.strip()][:3 * DATELINE_LINES]
    for k, line in enumerate(lines):
        if len(line.split()) > 16:
            continue  # a sentence of the body, not a dateline
        if k >= DATELINE_LINES and not post_header(line):
            continue  # further down, only a thread's first post header dates it ("#1  user   Posted: Fri Oct 29, 2021")
        m = DATELINE.search(line)
        if m:
            value = parse_date(m.group(0), None)
            if value and len(value) == 10:
                return value
    return None


def _title_day(title: str | None, published: str | None) -> str | None:
    """The day a document's title names ("saw on 7 July", "on 7 July 2026"), read as a dated
    heading is (``section_dates``), when it lies in the weeks before publication."""
    from .slots import parse_date

    if not title or not published:
        return None
    named = DATELINE.findall(title) or DAY_MONTH.findall(title)
    day = parse_date(named[0], published) if named else None
    if not day or len(day) != 10 or day[:10] > published[:10] or (days_apart(day, published[:10]) or 0) > RECENT_DAYS:
        return None
    return day


def _event_date(claims: list[Claim], published: str | None) -> tuple[str | None, bool]:
    """The segment's event date and whether the text fixes it.

    Votes come from claims that neither recall another event (``SHIFT_MARKERS``) nor compare
    (``COMPARISON``), and name no date after the publication month. A date counts fully when
    its claim tells the event itself (``EVENT_ASPECTS``) or lies in the days just before
    publication (``NEWS_DAYS``); a date named only by claims about causes, fixes or plans
    may be background ("in January managers removed the check") and counts half. A claim
    that names a date near publication next to an earlier one ("regulators said on Monday
    that the February outage ...", "fined on Tuesday over the failure of April 2018", "over
    the collapse during the 2022 holidays") dates the event by the earlier one (a bare year
    when that is all it names): the later is when it was reported. Otherwise news reports
    what happened in the weeks before publication (``RECENT_DAYS``), so those dates win; the
    month with most votes is the event's, a tie going to the month named first (the lede
    tells the event; follow-ups, plans and background come later), then its most named
    precise date.

    The date is uncertain (``False``) when no full vote names a day before publication (a
    text dated only by its publication day, by background dates, or by nothing): the
    segment may then join the one incident of its company that began in the weeks before
    (``_merge``)."""
    votes: list[tuple[str, float, int]] = []
    told: list[tuple[str, float, int]] = []  # the votes of claims that tell the event itself
    anchors: list[tuple[str, float, int]] = []
    for k, c in enumerate(sorted(claims, key=lambda c: c.start)):
        ds = [d for d in _claim_dates(c) if not (published and d[:7] > published[:7])]
        if not ds or SHIFT_MARKERS.search(c.text) or COMPARISON.search(c.text):
            continue
        for n, d in enumerate(ds):
            news = bool(published) and d[:10] < published[:10] and (days_apart(d, published[:10]) or 0) <= NEWS_DAYS
            weight = 1.0 if set(c.aspects) & EVENT_ASPECTS or news else WEAK_VOTE
            votes.append((d, weight, 100 * k + n))
            if set(c.aspects) & EVENT_ASPECTS:
                told.append((d, 1.0, 100 * k + n))
        if published:
            # "fined on Monday over the collapse during the 2022 holidays": the year dates the event
            ds = ds + [y for y in _event_years(c.text) if y < published[:4] and not any(d.startswith(y) for d in ds)]
        if published and len(ds) > 1:
            near = [d for d in ds if (days_apart(d, published[:10]) or 0) <= REPORT_DAYS]
            older = [d for d in ds if d[:10] < published[:10] and (days_apart(d, published[:10]) or 0) >= SEPARATE_DAYS]
            # only a claim naming the event ("over the February outage"): "shares, which listed in
            # March, slipped on Monday" is background
            if near and older and EVENT_WORD.search(c.text):
                anchors += [(d, 1.0, 100 * k + n) for n, d in enumerate(older)]
    certain = True
    if anchors:
        pool = anchors
    elif published:
        recent = [v for v in votes if (days_apart(v[0], published[:10]) or 0) <= RECENT_DAYS]
        pool = recent or votes
        recent_told = [v for v in told if (days_apart(v[0], published[:10]) or 0) <= RECENT_DAYS]
        if recent and told and not recent_told:
            # a look back written months on: the event its text tells ("when claims stopped going
            # through on February 21") outweighs recent dates named only by causes and fixes ("on May
            # 1, the CEO told Congress how it happened")
            pool = told
        certain = any(v[0][:10] < published[:10] and v[1] == 1.0 for v in recent)
        if not pool:
            return published[:10], False
    else:
        pool = votes
        certain = any(v[1] == 1.0 for v in votes)
        if not pool:
            return None, False
    months: dict[str, list[float]] = {}
    for d, w, k in pool:
        m = months.setdefault(d[:7], [0.0, k])
        m[0] += w
        m[1] = min(m[1], k)
    month = min(months, key=lambda m: (-months[m][0], months[m][1], m))
    precise: dict[str, list[float]] = {}
    for d, w, k in pool:
        if d.startswith(month) and len(d) == 10:
            p = precise.setdefault(d, [0.0, k])
            p[0] += w
            p[1] = min(p[1], k)
    if precise:
        return min(precise, key=lambda d: (-precise[d][0], precise[d][1], d)), certain
    return month, certain


EVENT_WORD = re.compile(rf"\b{EVENT_NOUN}\b|\bevents?\s+of\b|\b(?:went down|goes down|went offline|went dark|crashed|failed|broke down|"
                        rf"(?:was|were) down|lost|deleted|wiped)\b", re.I)


def tells_event(claim: Claim) -> bool:
    """The claim tells an event (an outage, its length, reach or effects), not a background
    action or decision."""
    return bool(set(claim.aspects) & EVENT_ASPECTS or EVENT_WORD.search(claim.text))


def _paragraph_of(doc: Document, claim: Claim) -> int:
    return doc.text.count("\n", 0, claim.start)


def _companies_in(text: str, companies: set[str]) -> list[str]:
    return sorted(_mentions(text, companies))


def split_document(doc: Document, claims: list[Claim], companies: set[str] | None = None,
                   company: str | None = None, owners: dict[str, str] | None = None) -> list[_Group]:
    """Segments of one document, each about one incident.

    Walking the claims in order, a claim opens a new segment when it names a date at least
    ``SEPARATE_DAYS`` from the current segment's and either the discourse marks a different
    event (``SHIFT_MARKERS``), or the date lies before the segment's and the claim tells an
    event (an outage, its length, reach or effects: an earlier incident recalled; "in January
    managers removed the check" is background and stays), or the claim names a different
    company than the segment is about; never when
    it only compares ("the first ground stop since 2001"). Later dates about the same company
    are follow-ups (reports, fixes, deadlines) and stay. Undated claims
    stay in the current segment while the paragraph lasts, then return to the first segment.
    Segments about the same company and month merge. Another company's incident told beside
    the document's own, even in the same weeks, is a segment of its own: after "Separately, the
    Co-op was hit by hackers" (to the paragraph's end), or under a section heading that opens
    with that company ("## The Co-op: group technology chief").
    """
    companies = companies or set()
    author = _author_of(claims)
    vendor = company or next((c.vendor for c in claims if c.vendor), None)
    first = _Group(vendor, None, main=True)
    # the document's event is its own company's: claims naming only other companies
    # (a comparison with another firm's outage) do not date it
    owners = owners or {}
    own = [c for c in claims if (not (other := [n for n in _companies_in(c.text, companies) if n != author])
                                  or any(same_company(n, vendor) or same_company(owners.get(n), vendor) for n in other))
           # "Strasbourg was the OVHcloud fire in March 2021": another company's event, named
           and not (_claim_dates(c) and _recalled_company(c.text, vendor))]
    first.date, first.certain = _event_date(own or claims, doc.published)
    first.published = doc.published
    if first.date is None and doc.published is None:
        # nothing in the text dates its event: its dateline says when it was written
        first.date = first.published = dateline(doc.text)
        first.certain = False
    groups = [first]
    current = first
    current_para = -1
    previous: list[str] = []
    titled = _title_day(doc.title, doc.published)
    if titled and (first.date is None or not first.certain or (days_apart(first.date, titled) or 0) > RECENT_DAYS):
        # a title naming the day of the event ("what members actually saw on 7 July"), when the
        # text itself only names other dates (an earlier outage it recalls) or none
        first.date, first.certain = titled, True
    sections = section_dates(doc.text, doc.headings, doc.published)
    if sections and (first.date is None or not first.certain):
        # nothing dates it but its publication: its first dated section does (a status page's
        # newest incident, a blog's first outage)
        first.date, first.certain = sections[0][1], True
    speaking = {c.speaker for c in claims if c.speaker and c.speaker_role in ("vendor", "expert", "customer")}
    headed = [(start, name if name and (name in companies or any(same_company(name, n) for n in speaking)) else None)
              for start, name in section_companies(doc.text, doc.headings)]
    for claim in sorted(claims, key=lambda c: c.start):
        para = _paragraph_of(doc, claim)
        # under "## The Co-op: group technology chief", or after "Separately, the Co-op was hit by
        # hackers": another company's incident, even in the same weeks
        other = next((name for start, name in reversed(headed) if start < claim.start), None)
        victim = OTHER_VICTIM.search(claim.text)
        if victim is None:
            # (a company the run knows as one, not "Engineers suffered ...")
            event = OTHER_EVENT.search(claim.text)
            victim = event if event and (any(same_company(event.group(1), n) for n in companies)
                                         or is_org_name(event.group(1)) and len(event.group(1).split()) >= 2) else None
        if victim and not (vendor and same_company(victim.group(1), vendor)):
            other, current_para = victim.group(1), para
        elif other is None and current is not first and current.other and (
                para == current_para or _names_first_word(claim.text, current.vendor)):
            # the rest of the paragraph stays with it, and a paragraph naming it again
            # ("In its customer notice, Kwartel said ...")
            other, current_para = current.vendor, para
        if other and vendor and not same_company(other, vendor) and not same_company(other, author):
            target = next((g for g in groups if g.other and same_company(g.vendor, other)), None)
            if target is None:
                # dated like the document's own event, but not fixed by it: it joins its company's
                # incident of the weeks before, as an undated segment does
                target = _Group(other, first.date, certain=False, published=doc.published, other=True)
                groups.append(target)
            current = target
            current.claims.append(claim)
            current.docs.add(doc.doc_id)
            continue
        dates = [d for d in _claim_dates(claim) if not (doc.published and d[:7] > doc.published[:7])]
        if not dates:
            dates = [y for y in _event_years(claim.text) if not (doc.published and y > doc.published[:4])]
        section = next((d for start, d in reversed(sections) if start < claim.start), None)
        sectioned = not dates and section is not None
        if sectioned:
            dates = [section]  # under "### Mobile app outage - Thursday 19 June 2025": that event
        if not dates and THAT_TIME.search(claim.text):
            dates = previous  # "That month the worm spread ...": the time the sentence before named
        previous = dates or previous
        named = [c for c in _companies_in(claim.text, companies) if c != author]
        # distance is measured from the document's own event, so a recalled outage is found
        # even while the discourse is in another recalled one
        # (under its own dated heading or status update a claim tells that day's event: a week
        # apart is another incident)
        far = [d for d in dates if (days_apart(d, first.date) or 0) >= (SECTION_SEPARATE_DAYS if sectioned else SEPARATE_DAYS)
               or not first.date and SHIFT_MARKERS.search(claim.text)]
        target = None
        if far:
            date = far[0]
            other_company = bool(named) and not any(same_company(n, first.vendor) for n in named)
            # an earlier date recalls an earlier incident only when the claim tells an event
            # ("the outage in March"); "in January managers removed the check" is background
            earlier = date[:7] < (first.date or date)[:7] and tells_event(claim)
            if sectioned or not COMPARISON.search(claim.text) and (SHIFT_MARKERS.search(claim.text) or other_company or earlier):
                company = named[0] if other_company else (_recalled_company(claim.text, first.vendor) or first.vendor)
                target = next((g for g in groups if g.vendor == company and days_apart(g.date, date) == 0), None)
                if target is None:
                    target = _Group(company, date)
                    groups.append(target)
        elif not dates and named and not any(same_company(n, first.vendor) for n in named):
            # "an independent review of the TSB failure", "TSB has blamed its problems on ...":
            # an undated claim naming only another company whose event this document has
            # already recalled belongs to that event
            target = next((g for g in groups[1:] if any(same_company(n, g.vendor) for n in named)), None)
        elif not dates and not named and len(groups) > 1 and not _names_first_word(claim.text, first.vendor):
            # "The lesson from M&S is that the help desk is now the perimeter": an undated claim
            # naming, by its first word, only the company of an event recalled before
            target = next((g for g in groups[1:] if g.vendor and not same_company(g.vendor, first.vendor)
                           and _names_first_word(claim.text, g.vendor)), None)
        if target is not None:
            current, current_para = target, para
        elif current is not first and (para != current_para or dates and first.date and not sectioned and any(
                (days_apart(d, first.date) if days_apart(d, first.date) is not None else SEPARATE_DAYS) < SEPARATE_DAYS
                and len(d) >= 10 for d in dates)):
            # a new paragraph without its own far date, or a claim dated on the document's own
            # event ("Our claim relates solely to the events of 14 March 2026", right after a
            # recalled outage): back to the segment it names, else the first
            back = next((g for g in groups if dates and g.date and days_apart(g.date, dates[0]) == 0
                         and (not named or any(same_company(n, g.vendor) for n in named))), None)
            current = back or first
            current_para = para
        current.claims.append(claim)
        current.docs.add(doc.doc_id)
    return [g for g in groups if g.claims]


# an earlier incident named by its company: "the LotLine outage in March 2023", "the outage at
# LotLine", "LotLine's 2023 breach"
_EVENT = r"(?:outage|breach|attack|cyberattack|cyber-attack|failure|incident|meltdown|crash|hack|shutdown|fire|flood|blackout)"
RECALLED_COMPANY = re.compile(rf"\b((?-i:[A-Z])[\w&.-]+(?:\s+(?-i:[A-Z])[\w&.-]+){{0,2}})(?:['’]s)?\s+(?:(?:own|\d{{4}}|[a-z]+)\s+)?{_EVENT}\b|"
                              rf"\b{_EVENT}s?\s+at\s+(?:the\s+)?((?-i:[A-Z])[\w&.-]+(?:\s+(?-i:[A-Z])[\w&.-]+){{0,2}})", re.I)


def _names_first_word(text: str, company: str | None) -> bool:
    """Does ``text`` name ``company`` by its distinctive first word ("Kwartel" for "Kwartel
    Betalingen B.V.")?"""
    first = (company or "").split()[0] if company else ""
    return (len(first) >= 4 or len(first) >= 2 and first.isupper()) and first.lower() not in NOT_TERMS and re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text) is not None


def _recalled_company(text: str, vendor: str | None) -> str | None:
    """The company whose earlier incident a claim recalls by name, when it is not the
    document's own ("this is nothing like the LotLine outage in March 2023")."""
    for m in RECALLED_COMPANY.finditer(text):
        name = re.sub(r"^(?:The|A|An)\s+", "", (m.group(1) or m.group(2) or "").strip())  # "The M&S attack"
        if not name or name.split()[0].lower() in CALENDAR_WORDS | NOT_TERMS:
            continue
        if vendor and same_company(name, vendor):
            return None
        return name
    return None


# "Separately, the Co-op was hit by hackers", "Meanwhile Harrods also said it had been attacked": another
# company's incident told beside this one
OTHER_VICTIM = re.compile(r"^(?:separately|meanwhile|in a separate (?:incident|attack|case)),?\s+(?:the\s+)?"
                          r"((?-i:[A-Z])[\w&'-]*(?:\s+(?:&\s+)?(?-i:[A-Z])[\w&'-]*){0,3})\s+(?:was|were|has been|had been|also)\s+"
                          r"(?:also\s+)?(?:hit|attacked|breached|targeted|knocked|disrupted|struck|affected|suffered|reported)\b", re.I)
# a digest's next story, opening on another company struck: "Utrecht-based payments processor
# Kwartel Betalingen B.V. suffered an outage on Tuesday 16 September ..."
OTHER_EVENT = re.compile(r"^(?:(?:[A-Z][\w-]*-based|[a-z][\w-]*)\s+(?:[a-z][\w-]*\s+){0,3})?"
                         r"((?-i:[A-Z])[\w&'-]*(?:\s+(?:&\s+)?(?-i:[A-Z])[\w&'.-]*){0,3})\s+"
                         r"(?:suffered|experienced|was hit by|was struck by|went down|was knocked offline|was taken offline|"
                         r"reported an? (?:outage|breach|attack|cyberattack|failure))\b")
# a heading line that dates the event its section tells: "### Mobile app outage - Thursday 19 June 2025"
SECTION_HEADING = re.compile(r"^(?:#{1,6}\s+.*|(?=[^\n]*\b(?:outage|incident|disruption|failure|breach|attack|"
                             r"meltdown)\b)[^\n.!?]{3,100})$", re.I | re.M)


POSTED_STAMP = re.compile(r"(?im)^[ \t]*(?:posted|updated)[ \t]+(?:on[ \t]+)?(?P<date>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
                          r"[a-z]*\.?[ \t]+\d{1,2},?[ \t]+(?:19|20)\d{2})[ \t]*[-–—,]?[ \t]*\d{1,2}:\d{2}[^\n]*$")
# a day without its year, in a heading of a dated page: "Tuesday 3 February: the afternoon we lost"
DAY_MONTH = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|"
                       r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)\b(?!,?\s*\d)", re.I)


# a heading over a follow-up of the same incident: "Update: 14 February 2026, 4pm", "UPDATED 9 Feb"
FOLLOW_UP_HEADING = re.compile(r"(?i)^\W*(?:update[sd]?|latest|further update|follow-?up)\b")


def section_dates(text: str, marked: list[list[int]] | None = None, published: str | None = None) -> list[tuple[int, str]]:
    """``(offset, date)`` of each heading that names one full date: the claims under it,
    which name none themselves, tell the event of that day. Headings are Markdown ones, lines
    that name an outage, and lines the source marked up as headings (``marked``: an HTML
    page's ``<h2>``), where a day without its year ("Tuesday 24 February: here we go again")
    counts from the page's date (``published``). A document with a single such heading (its
    title) has no sections."""
    from .slots import parse_date

    lines = [(m.start(), m.group(0), False) for m in SECTION_HEADING.finditer(text)]
    for start, _ in marked or []:
        end = text.find("\n", start)
        lines.append((start, text[start:end if end >= 0 else len(text)], True))
    found = []
    # a status page's updates, each followed by its stamp ("Posted Feb 24, 2026 - 09:52 UTC"):
    # the text since the stamp before tells that day's event
    stamps = list(POSTED_STAMP.finditer(text))
    for k, m in enumerate(stamps):
        value = parse_date(m.group("date"), None)
        if value and len(value) == 10:
            found.append((stamps[k - 1].end() if k else 0, value))
    for start, line, html in sorted(set(lines)):
        if FOLLOW_UP_HEADING.match(line):
            continue  # "Update: 24 February 2026, 5:15pm": one incident's news, told as it came
        dates = DATELINE.findall(line)
        if not dates and html and published:
            dates = DAY_MONTH.findall(line)
        if len(dates) == 1 and len(line.split()) <= 14:
            value = parse_date(dates[0], published if html else None)
            if value and len(value) == 10:
                found.append((start, value))
    found.sort()
    return found if len({d for _, d in found}) > 1 else []


def _dates_meet(a: set[str], b: set[str], span: int = 0, window: int = MERGE_DAYS) -> bool:
    """Some date of ``a`` and some date of ``b`` lie within ``window`` days (``MERGE_DAYS``) of
    each other, plus ``span`` days when a text says the failure lasted that long (``span_days``)."""
    return any((days_apart(x, y) or 0) <= window + span and days_apart(x, y) is not None for x in a for y in b)


MAX_SPAN_DAYS = 90


def span_days(claims: list[Claim]) -> int:
    """How many whole days the claims say the failure lasted: the longest length a claim
    gives for the failure itself ("claims stopped for six weeks", "restored on day 26 ...
    lasting 41 days"), at most ``MAX_SPAN_DAYS``; 0 when none says. A ransomware attack or a
    migration can run for weeks, so a text written at its start and one written at its
    restoration, a month apart, are about one incident (the merge window widens by this).
    Lengths of other events (``SHIFT_MARKERS``, ``COMPARISON``) do not count, nor lengths told
    without a failure word (``FAILURE_STATE``), such as an offer's "a month's credit"."""
    from .slots import FAILURE_STATE

    best = 0.0
    for c in claims:
        minutes = c.slots.duration_minutes or (c.slots.duration_range or {}).get("min") or 0
        if minutes < 1440 or "duration" not in c.aspects or SHIFT_MARKERS.search(c.text) \
                or COMPARISON.search(c.text) or not FAILURE_STATE.search(c.text):
            continue
        best = max(best, minutes / 1440)
    return int(min(best, MAX_SPAN_DAYS))


def _author_of(claims: list[Claim]) -> str | None:
    narration = Counter(c.speaker for c in claims if c.cue is None)
    return narration.most_common(1)[0][0] if narration else None


def _label(vendor: str | None, claims: list[Claim], date: str | None) -> str:
    services = Counter(s for c in claims for s in c.slots.services)
    # the service most claims speak of, by its own word ("DynamoDB failed" counts for "Amazon
    # DynamoDB"), then the one named most often as a service
    # (by its last word when that is a name's, "DynamoDB"; a common word, "test", counts only in the whole name)
    key = {s: s.split()[-1] if re.search(r"[A-Z\d]", s.split()[-1]) else s for s in services}
    spoken = {s: sum(bool(re.search(rf"\b{re.escape(key[s])}\b", c.text)) for c in claims) for s in services}
    service = max(services, key=lambda s: (spoken[s], services[s])) if services else None
    when = None
    rng = _day_range(date)
    if rng:
        when = f"{calendar.month_name[rng[0].month]} {rng[0].year}"
    head = service if service and vendor and vendor.lower() in service.lower() else " ".join(x for x in (vendor, service) if x)
    if not head:
        # no company or service named: where it happened, if the claims agree on a place
        places = Counter(r for c in claims for r in dict.fromkeys(c.slots.regions)).most_common(2)
        if places and (len(places) == 1 or places[0][1] > places[1][1]):
            head = f"unknown company in {places[0][0]}"
    return ", ".join(x for x in (head or "unknown company", when) if x)


def _company_keys(name: str | None) -> set[str]:
    """Blocking keys: two names ``same_company`` accepts share one (first word, initialism)."""
    if not name:
        return set()
    name = GAZETTEER.get(name.casefold(), name)
    keys = {name.split()[0].casefold()}
    if " " in name:
        keys.add(initials(name).casefold())
    return keys


# capitalised words inside a sentence and words with digits or inner hyphens: named systems,
# products, places, codes ("Cost Explorer", "us-east-1", "LON1", "Workers KV")
TERM = re.compile(r"(?<=[a-z,;:] )[A-Z][\w&.-]*[\w]|\b[a-z]+(?:-[a-z0-9]+)+\b|\b(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{3,}\b")
NOT_TERMS = frozenset("i we our the a an it this that he she they".split()) | CALENDAR_WORDS


def _terms(claims: list[Claim], companies: set[str]) -> set[str]:
    """The distinctive words of a segment: named systems, services, places and codes, not
    its companies' names or calendar words."""
    names = {f.casefold() for n in companies for f in _aliases(n)} | {w.casefold() for n in companies for w in n.split()}
    out = set()
    for c in claims:
        out |= {t.casefold().rstrip(".") for t in TERM.findall(c.text)}
        out |= {s.casefold() for s in c.slots.services} | {r.casefold() for r in c.slots.regions}
    return {t for t in out if t not in names and t not in NOT_TERMS and not re.fullmatch(r"\d+(?:[.,]\d+)*", t)}


def _evidence(a: set[str], b: set[str], idf: dict[str, float]) -> float:
    return sum(idf.get(t, 0.0) for t in a & b)


PARTNER_DAYS = 7  # a letter or follow-up often dates the event by a later statement ("your update of 16 January")
PARTNER_MENTIONS = 3
SHARED_DAYS = 2  # days both clusters name that join them however far apart their own dates are
PARTNER_TERMS = 2  # shared distinctive words that suffice when a small run gives idf no weight
# "a separate Azure outage", "unrelated to the CrowdStrike update": the texts say two incidents
SEPARATE = re.compile(r"\b(?:separate|unrelated|distinct|different|another|independent)\b(?:\s+[\w-]+){0,2}?\s+"
                      r"(?:outages?|incidents?|issues?|problems?|failures?|disruptions?|events?)\b|"
                      r"\b(?:unrelated|not related|no connection|not connected)\s+(?:to|with)\b", re.I)


def _join_partners(clusters: list[list[_Group]], companies: set[str], owners: dict[str, str] | None = None) -> list[list[_Group]]:
    """One incident told from two companies' sides: a supplier and its customer, a vendor and
    the product or site named in a complaint ("BrightCart" and its pricing agent "Tempo", a
    rail operator and the station a passenger writes from). Two clusters about different
    companies join when
    - both are documents' own incidents with days the texts fix (a month is too coarse: two
      firms' outages two weeks apart share it), at most ``PARTNER_DAYS`` apart; for a company
      and its own unit, plus the length either side says its failure lasted (``span_days``);
    - one names the other's company at least ``PARTNER_MENTIONS`` times, or each names the
      other and together they do so that often;
    - they share distinctive words (named systems, places): ``MIN_EVIDENCE`` of idf, or
      ``PARTNER_TERMS`` of them (in a run of a few documents every shared word has low idf);
      a company and its own product, site or unit (``owners``: "our pricing agent, Tempo")
      need neither the mentions nor the shared words;
    - no claim naming either company calls the other event separate or unrelated (``SEPARATE``).
    Two firms' separate outages on the same days rarely pass every test; when unsure they
    stay apart."""
    def vendor(m: list[_Group]) -> str | None:
        return next((g.vendor for g in m if g.main and g.vendor), None)

    def date(m: list[_Group]) -> str | None:
        return min((g.date for g in m if g.certain and g.date and len(g.date) == 10), default=None)

    dated = [m for m in clusters if vendor(m) and date(m) and any(g.main for g in m)]
    if len(dated) < 2:
        return clusters
    terms = {id(m): _terms([c for g in m for c in g.claims], companies) for m in clusters}
    df = Counter(t for ts in terms.values() for t in ts)
    idf = {t: math.log(len(clusters) / n) for t, n in df.items()}
    texts = {id(m): " ".join(c.text for g in m for c in g.claims) for m in dated}
    parent = {id(m): id(m) for m in clusters}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    span = {id(m): max((span_days(g.claims) for g in m if g.main), default=0) for m in dated}
    widest = max(span.values(), default=0)

    def last(m: list[_Group]) -> str | None:
        return max((g.date for g in m if g.certain and g.date and len(g.date) == 10), default=None)

    def gap(a: list[_Group], b: list[_Group]) -> int:
        # the days between the two clusters' dated days: an incident told in updates over weeks
        # ("Update: 24 February") meets a supplier's statement on any of its days
        return max(0, (_day_range(date(b))[0] - _day_range(last(a))[1]).days,
                   (_day_range(date(a))[0] - _day_range(last(b))[1]).days)

    days_named = {id(m): {d for g in m if g.main for c in g.claims for d in _claim_dates(c) if len(d) == 10} for m in dated}
    dated.sort(key=lambda m: _day_range(date(m))[0])
    for x, a in enumerate(dated):
        end_a = _day_range(last(a))
        for b in dated[x + 1:]:
            if (_day_range(date(b))[0] - end_a[1]).days > PARTNER_DAYS + widest and not days_named[id(a)] & days_named[id(b)]:
                continue  # too far apart, and naming no day in common
            va, vb = vendor(a), vendor(b)
            if same_company(va, vb):
                continue
            names = {va, vb}
            owned = any(same_company(n, x) and same_company(o, y) for n, o in (owners or {}).items()
                        for x, y in ((va, vb), (vb, va)))
            # (or both name the same days: a supplier's statement weeks on answers the operator's
            # updates, and both tell the attack of 7 February and the update of 24 February)
            if gap(a, b) > PARTNER_DAYS + (max(span[id(a)], span[id(b)]) if owned else 0) \
                    and len(days_named[id(a)] & days_named[id(b)]) < SHARED_DAYS:
                continue
            ab, ba = _defined_mentions(texts[id(a)], names)[vb], _defined_mentions(texts[id(b)], names)[va]
            if not owned and max(ab, ba) < PARTNER_MENTIONS and not (min(ab, ba) >= 1 and ab + ba >= PARTNER_MENTIONS):
                continue
            if not owned and _evidence(terms[id(a)], terms[id(b)], idf) < MIN_EVIDENCE \
                    and len(terms[id(a)] & terms[id(b)]) < PARTNER_TERMS:
                continue
            if any(SEPARATE.search(c.text) and _mentions(c.text, names) for m in (a, b) for g in m for c in g.claims):
                continue
            parent[find(id(a))] = find(id(b))
    joined: dict[int, list[_Group]] = defaultdict(list)
    for m in clusters:
        joined[find(id(m))].extend(m)
    return list(joined.values())


def _consensus_date(m: list) -> str | None:
    """The date most of a merged incident's documents give their own event: the month most of
    them name (a tie to one a document names a day of, then to the earlier), then its earliest
    day. One report dating its story by a background month ("a service visit in May") does not
    move an incident three others date to June."""
    own = [g.date for g in m if g.main and g.certain and g.date and len(g.date) >= 7]
    if len({d[:7] for d in own}) < 2:
        return None
    months = Counter(d[:7] for d in own)
    best = max(months.values())
    # a tie goes to a month some document names a day of, then to the earlier
    month = min((k for k, v in months.items() if v == best),
                key=lambda k: (not any(d.startswith(k) and len(d) == 10 for d in own), k))
    return min((d for d in own if d.startswith(month)), key=lambda d: (len(d) != 10, d))


def _named_in_passing(texts: list[str], companies: set[str]) -> str | None:
    """The one company of the run that a text with no company of its own names by its
    distinctive first word and its kind ("Flew out of Portbay T2 ... the airport blames the
    airline" names Portbay Airport); None when it names none or several."""
    text = " ".join(texts)
    found = set()
    for name in companies:
        words = name.split()
        if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() in NOT_ORGS:
            continue
        # in mid-sentence, where a capital marks a name ("out of Portbay T2"), and its kind named too
        first = re.search(rf"(?<=[a-z,;:] ){re.escape(words[0])}(?![\w-])", text)
        if first and re.search(rf"(?i)\b{re.escape(words[-1])}s?\b", text):
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _merge(groups: list[_Group], companies: set[str], owners: dict[str, str] | None = None) -> list[_Group]:
    """Incidents from segments.

    1. Segments about the same company (``same_company``) whose event dates lie within
       ``MERGE_DAYS`` merge (comparing every date a segment names bridged distinct incidents
       of one company through articles that recall both, so only event dates count); the
       window between two documents' own incidents widens by the length either is said to
       have lasted (``span_days``: a text from an attack's first day and one from its
       restoration weeks later; not an event a document only recalls).
    2. A cluster whose dates the texts do not fix (undated, or dated by publication only)
       joins an incident of its company that documents are about (not one only recalled)
       and that began up to ``RECENT_DAYS`` before its publication (any time when it has
       none): the only such incident, or among several the one it shares clearly more
       distinctive words with (named systems, services, places). Otherwise it stays apart.
    """
    parent = list(range(len(groups)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # the dates of the segments each cluster holds, by document: two segments one document dates
    # to days a week or more apart (a status page's incidents, a blog's sections on two outages)
    # are two incidents, and never meet again through other documents
    held: dict[int, dict[str, set[str]]] = {k: {d: {g.date} for d in g.docs} if g.certain and g.date and len(g.date) == 10 else {}
                                            for k, g in enumerate(groups)}

    def split_apart(x: int, y: int) -> bool:
        return any((days_apart(dx, dy) or 0) >= SECTION_SEPARATE_DAYS
                   for doc in held[x] if doc in held[y] for dx in held[x][doc] for dy in held[y][doc])

    def union(x: int, y: int) -> None:
        parent[x] = y
        for doc, segments in held.pop(x).items():
            held[y].setdefault(doc, set()).update(segments)

    blocks: dict[str, list[int]] = defaultdict(list)
    spans = [span_days(g.claims) if g.main else 0 for g in groups]
    for k, g in enumerate(groups):
        if g.date and len(g.date) > 4:
            for key in _company_keys(g.vendor):
                blocks[key].append(k)
    for members in blocks.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                a, b = groups[members[x]], groups[members[y]]
                # two segments whose texts each fix their event to the day ("on 3 February", "on
                # 24 February"): a company's two outages three weeks apart, unless a text says the
                # failure lasted that long
                window = DAY_MERGE_DAYS if a.certain and b.certain and len(a.date) == 10 == len(b.date) else MERGE_DAYS
                if find(members[x]) != find(members[y]) and same_company(a.vendor, b.vendor) \
                        and _dates_meet({a.date}, {b.date}, max(spans[members[x]], spans[members[y]]) if a.main and b.main else 0,
                                        window) and not split_apart(find(members[x]), find(members[y])):
                    union(find(members[x]), find(members[y]))
    # a segment dated only by a year ("the 2018 collapse") joins its company's one incident
    # of that year, and never bridges two of them
    for k, g in enumerate(groups):
        if g.date and len(g.date) == 4:
            roots = {find(j) for j, h in enumerate(groups) if h.date and len(h.date) > 4 and h.certain
                     and h.date[:4] == g.date and same_company(g.vendor, h.vendor)}
            if len(roots) == 1:
                parent[find(k)] = roots.pop()
    members_of: dict[int, list[_Group]] = defaultdict(list)
    for k, g in enumerate(groups):
        members_of[find(k)].append(g)
    clusters = _join_partners(list(members_of.values()), companies, owners or {})
    anchored = [m for m in clusters if any(g.certain and g.date for g in m) and any(g.main for g in m)]
    floating = [m for m in clusters if not any(g.certain and g.date for g in m)]
    terms = {id(m): _terms([c for g in m for c in g.claims], companies) for m in clusters}
    df = Counter(t for ts in terms.values() for t in ts)
    idf = {t: math.log(len(clusters) / n) for t, n in df.items()}

    def event_date(m: list[_Group]) -> str | None:
        # a full date or month before a bare year
        return min((g.date for g in m if g.certain and g.date), key=lambda d: (len(d) == 4, d), default=None)

    def candidates(m: list[_Group], pool: list[list[_Group]]) -> list[list[_Group]]:
        vendor = next((g.vendor for g in m if g.main and g.vendor), None) or next((g.vendor for g in m if g.vendor), None)
        pubs = [g.published[:10] for g in m if g.published]
        out = []
        for t in pool:
            if t is m or not any(g.main and same_company(vendor, g.vendor) for g in t):
                continue
            start = event_date(t) or min(g.date for g in t if g.date)
            if pubs and not any(start[:10] <= p and (days_apart(start, p) or 0) <= RECENT_DAYS for p in pubs):
                continue  # began after the document, or long before it
            out.append(t)
        return out

    def choose(m: list[_Group], cands: list[list[_Group]]) -> list[_Group] | None:
        if len(cands) == 1:
            return cands[0]
        if cands:
            scored = sorted(((_evidence(terms[id(m)], terms[id(t)], idf), k) for k, t in enumerate(cands)), reverse=True)
            if scored[0][0] >= MIN_EVIDENCE and scored[0][0] >= 2 * scored[1][0]:
                return cands[scored[0][1]]
        return None

    target_of: dict[int, list[_Group]] = {}
    dated_floating = [m for m in floating if any(g.date for g in m)]
    for m in dated_floating:
        t = choose(m, candidates(m, anchored))
        if t is not None:
            target_of[id(m)] = t
    # a document with no date at all joins its company's one incident, dated or not
    for m in floating:
        if any(g.date for g in m):
            continue
        pool = anchored + [x for x in dated_floating if id(x) not in target_of]
        t = choose(m, candidates(m, pool))
        if t is not None:
            target_of[id(m)] = target_of.get(id(t), t)
    joined: dict[int, list[_Group]] = defaultdict(list)
    for m in clusters:
        if id(m) in target_of:
            joined[id(target_of[id(m)])].extend(m)
    out = []
    for m in clusters:
        if id(m) in target_of:
            continue
        m = m + joined.get(id(m), [])
        main = [g for g in m if g.main] or m
        vendor = Counter(g.vendor for g in main if g.vendor).most_common(1)
        date = _consensus_date(m) or event_date(m) or min((g.date for g in m if g.date), default=None)
        g0 = _Group(vendor[0][0] if vendor else None, date)
        for g in m:
            g0.claims.extend(g.claims)
            g0.docs |= g.docs
        out.append(g0)
    return out


# "BrightCart's pricing agent, Tempo", "Parcelpoint's Moulbrook hub", "Tempo, BrightCart's pricing
# agent": a product, site or unit and the company it belongs to
_OWNED = (r"(?:agent|system|platform|app|application|tool|software|engine|product|model|assistant|chatbot|portal|"
          r"hub|depot|warehouse|data cent(?:re|er)|facility|brand|subsidiary|unit|division)")
_NAME = r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}"
OWNED_BY = [
    re.compile(rf"\b(?P<owner>{_NAME})['’]s\s+(?:[a-z-]+\s+){{0,2}}{_OWNED},?\s+(?P<name>{_NAME})"),
    re.compile(rf"\b(?P<owner>{_NAME})['’]s\s+(?P<name>{_NAME})\s+(?:[a-z-]+\s+)?{_OWNED}\b"),
    re.compile(rf"\b(?P<name>{_NAME}),\s+(?P<owner>{_NAME})['’]s\s+(?:[a-z-]+\s+){{0,2}}{_OWNED}\b"),
]
NOT_NAMES = frozenset("The A An Our Its Their This That We It".split())


# "our pricing agent, Tempo", "its Moulbrook hub": owned by the company the document speaks for
OWN_PRODUCT = [
    re.compile(rf"\b(?:[Oo]ur|[Ii]ts)\s+(?:[a-z-]+\s+){{0,2}}{_OWNED},?\s+(?P<name>{_NAME})"),
    re.compile(rf"\b(?:[Oo]ur|[Ii]ts)\s+(?P<name>{_NAME})\s+(?:[a-z-]+\s+)?{_OWNED}\b"),
]


def owners_of(texts: list[tuple[str, str | None]], companies: set[str]) -> dict[str, str]:
    """Products, sites and units the texts give an owner among the run's companies ("Tempo" ->
    "BrightCart"), when every text that names an owner names the same one. ``texts``: each
    document's text and the company it is about (the owner of "our pricing agent, Tempo")."""
    seen: dict[str, set[str]] = defaultdict(set)
    for text, company in texts:
        found = [(m.group("name"), m.group("owner")) for p in OWNED_BY for m in p.finditer(text)]
        if company:
            found += [(m.group("name"), company) for p in OWN_PRODUCT for m in p.finditer(text)]
        for name, owner in found:
            name, owner = name.strip(), owner.strip()
            if name.split()[0] in NOT_NAMES or owner.split()[0] in NOT_NAMES:
                continue
            owner = next((co for co in sorted(companies) if same_company(co, owner)), None)
            if owner and not same_company(owner, name):
                seen[name].add(owner)
    return {name: next(iter(owners)) for name, owners in seen.items() if len(owners) == 1}


def _owns(owners: dict[str, str], parent: str | None, company: str) -> bool:
    """Is ``parent`` the owner the texts give ``company`` (its unit, subsidiary or product)?"""
    return bool(parent) and any(same_company(child, company) and same_company(owner, parent)
                                for child, owner in owners.items())


def group_incidents(documents: list[Document], claims: list[Claim]) -> list[Incident]:
    """Assign ``claim.incident`` for every claim and return the incidents. A claim whose speaker
    is its incident's own company speaks as the vendor, even where its document is about another
    company and the voice stage called it an outside expert ("Amazon, for its part, maintains ..."
    in an analyst note that is mostly about Replit)."""
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_doc[c.doc_id].append(c)
    docs = {d.doc_id: d for d in documents}
    groups: list[_Group] = []
    companies = companies_of(claims)
    about: dict[str, tuple[Document, str | None]] = {}
    for doc_id, doc_claims in by_doc.items():
        doc = docs.get(doc_id) or Document(doc_id=doc_id, path=doc_id, text="", format="")
        about[doc_id] = (doc, document_company(doc, doc_claims, companies))
    owners = owners_of([(doc.text, company) for doc, company in about.values()], companies)
    # (for the voices only: a parent named as a speaker, not as a document's company)
    speakers = {c.speaker for c in claims if c.speaker and c.speaker_role in ("expert", "customer", "vendor")}
    parents = owners_of([(doc.text, company) for doc, company in about.values()], companies | speakers)
    for doc_id, doc_claims in by_doc.items():
        doc, company = about[doc_id]
        groups.extend(split_document(doc, doc_claims, companies, company, owners))
    merged = _merge(groups, companies, owners)
    incidents = []
    for g in merged:
        key = f"{g.vendor}|{g.date}|{sorted(g.docs)[0]}"
        inc_id = "i-" + hashlib.sha1(key.encode()).hexdigest()[:8]
        for c in g.claims:
            c.incident = inc_id
            if c.speaker_role in ("expert", "customer") and g.vendor and (
                    same_company(c.speaker, g.vendor) or _owns(parents, c.speaker, g.vendor)):
                # the incident's own company, quoted where another one's is told, or the group that
                # owns it ("UnitedHealth Group's Change Healthcare unit": UnitedHealth's filing)
                c.speaker_role = "vendor"
        incidents.append(Incident(id=inc_id, label=_label(g.vendor, g.claims, g.date),
                                  claims=[c.id for c in sorted(g.claims, key=lambda c: (c.doc_id, c.start))],
                                  vendor=g.vendor, date=g.date,
                                  services=sorted({s for c in g.claims for s in c.slots.services})[:5]))
    incidents.sort(key=lambda i: (-len(i.claims), i.date or "", i.label or ""))  # the main story first
    return incidents
