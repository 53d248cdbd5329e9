"""Which claims talk about the same incident. Pure functions over records.

Inside a document, claims belong to the document's main incident unless the discourse
moves to another one: a claim that marks a different event ("a separate incident",
"earlier", "last year", "these outages follow a more severe incident in October") *and*
names a date at least ``SEPARATE_DAYS`` away from the main event opens a secondary
incident; the claims after it in the same paragraph stay there.

Across documents, incidents merge when they share the company (canonical vendor) and their
dates are compatible (within ``MERGE_DAYS``; month-only dates match their whole month). An
incident with no date joins its company's incident only when that company has exactly one
dated incident in the run; otherwise it stays apart. When unsure, incidents stay apart:
comparing two different incidents is worse than missing a comparison.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .records import Claim, Document, Incident
from .voices import same_org
from .voices.names import GAZETTEER, ORG_SUFFIX, initials

SEPARATE_DAYS = 21
MERGE_DAYS = 21
RECENT_DAYS = 45
# comparisons with the past are not about the past event: "the first ground stop since 2001"
COMPARISON = re.compile(r"\b(since|first time|for the first time|largest|worst|biggest|longest|record|"
                        r"compared with|than (?:in|the))\b", re.I)
SHIFT_MARKERS = re.compile(
    r"\b(separate|earlier|previous(?:ly)?|prior|at the time|last (?:year|month|summer|winter|spring|autumn|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)|"
    r"(?:a|an) (?:similar|another|other|earlier|previous) (?:outage|incident|failure|disruption|breach)|"
    r"also (?:suffered|had|hit)|follows? (?:a|an)|in (?:19|20)\d\d|years? ago|months? ago|once before|"
    r"back in|recalls?|reminiscent|history of|repeat of|the \d{4} (?:outage|incident))\b", re.I)


COMPANY_ROLES = ("vendor", "expert")
# words that name a kind of organisation or page, not one organisation ("Airlines said", "Community")
GENERIC_NAME = re.compile(r"^(?:the )?(?:community|forums?|support|news|newsroom|status|updates?|blog|"
                          r"press|media|council|government|airlines?|carriers?|banks?|operators?|processing|"
                          r"emergency|anyone|nobody|everyone|someone|staff|customers?|users?|engineers?)$", re.I)


def _aliases(name: str) -> set[str]:
    """Surface forms of a company name in text: the name, in capitals ("ROGERS" on a
    letterhead), its initialism ("FAA" for "Federal Aviation Administration") and the brands
    the gazetteer gives it ("AWS", "Amazon Web Services")."""
    forms = {name, name.upper()}
    if " " in name and len(initials(name)) >= 2:
        forms.add(initials(name))
    forms |= {k.upper() if len(k) <= 4 else k.title() for k, v in GAZETTEER.items() if v == name}
    return {f for f in forms if len(f) > 1}


def same_company(a: str | None, b: str | None) -> bool:
    """One company under two names: ``same_org`` (equal, or one extends the other word-wise)
    ignoring case ("ROGERS", "Rogers"), an initialism of the other ("FAA"), or a brand the
    gazetteer gives to the other ("AWS", "Amazon")."""
    if not a or not b:
        return False
    a2, b2 = GAZETTEER.get(a.casefold(), a), GAZETTEER.get(b.casefold(), b)
    if same_org(a2.casefold(), b2.casefold()):
        return True
    return any(x.isupper() and len(x) >= 2 and " " in y and initials(y) == x for x, y in ((a2, b2), (b2, a2)))


def _is_company_name(name: str | None) -> bool:
    return bool(name) and not GENERIC_NAME.match(name) and not (ORG_SUFFIX.fullmatch(name) is not None)


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


def _mentions(text: str, companies: set[str]) -> Counter:
    """How often each company is named in ``text`` (under any of its surface forms)."""
    counts: Counter = Counter()
    for name in companies:
        n = sum(len(re.findall(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text)) for form in _aliases(name))
        if n:
            counts[name] = n
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
        return vendor if _is_company_name(vendor) else None
    best = max(counts.values())
    top = sorted(n for n, k in counts.items() if k == best)
    return vendor if vendor in top else top[0]


@dataclass
class _Group:
    vendor: str | None
    date: str | None
    claims: list[Claim] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)


def _day_range(date: str | None) -> tuple[dt.date, dt.date] | None:
    if not date:
        return None
    try:
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
    if ra[1] < rb[0]:
        return (rb[0] - ra[1]).days
    if rb[1] < ra[0]:
        return (ra[0] - rb[1]).days
    return 0


def _main_date(claims: list[Claim], published: str | None) -> str | None:
    """The segment's event date: the month its claims name most often outside recalled
    events and comparisons, not after the publication date; a tie goes to the earlier month
    (follow-up documents name later dates for penalties and reports; the event comes
    first). Within that month, the most named precise date."""
    dates = sorted(d for c in claims for d in (c.slots.dates or ([c.slots.date] if c.slots.date else []))
                   if not SHIFT_MARKERS.search(c.text) and not COMPARISON.search(c.text))
    if published:
        dates = [d for d in dates if d[:7] <= published[:7]]
        # news reports what happened in the weeks before publication: prefer those dates
        recent = [d for d in dates if (days_apart(d, published[:10]) or 0) <= RECENT_DAYS]
        dates = recent or dates
    if dates:
        months = Counter(d[:7] for d in dates)
        month = min(months, key=lambda m: (-months[m], m))
        precise = Counter(d for d in dates if d.startswith(month) and len(d) == 10)
        return min(precise, key=lambda d: (-precise[d], d)) if precise else month
    dates = [c.slots.date for c in claims if c.slots.date]
    if published:
        dates = [d for d in dates if days_apart(d, published) is not None and d[:7] <= published[:7]] or dates
    if not dates:
        return published[:7] if published else None
    months = Counter(d[:7] for d in dates)
    month = months.most_common(1)[0][0]
    precise = Counter(d for d in dates if d.startswith(month) and len(d) == 10)
    return precise.most_common(1)[0][0] if precise else month


def _paragraph_of(doc: Document, claim: Claim) -> int:
    return doc.text.count("\n", 0, claim.start)


def _companies_in(text: str, companies: set[str]) -> list[str]:
    return sorted(_mentions(text, companies))


def split_document(doc: Document, claims: list[Claim], companies: set[str] | None = None,
                   company: str | None = None) -> list[_Group]:
    """Segments of one document, each about one incident.

    Walking the claims in order, a claim opens a new segment when it names a date at least
    ``SEPARATE_DAYS`` from the current segment's and either the discourse marks a different
    event (``SHIFT_MARKERS``), or the date lies before the segment's (an earlier incident
    recalled), or the claim names a different company than the segment is about; never when
    it only compares ("the first ground stop since 2001"). Later dates about the same company
    are follow-ups (reports, fixes, deadlines) and stay. Undated claims
    stay in the current segment while the paragraph lasts, then return to the first segment.
    Segments about the same company and month merge.
    """
    companies = companies or set()
    author = _author_of(claims)
    vendor = company or next((c.vendor for c in claims if c.vendor), None)
    first = _Group(vendor, None)
    groups = [first]
    current = first
    current_para = -1
    for claim in sorted(claims, key=lambda c: c.start):
        para = _paragraph_of(doc, claim)
        dates = [d for d in (claim.slots.dates or ([claim.slots.date] if claim.slots.date else []))
                 if not (doc.published and d[:7] > doc.published[:7])]
        named = [c for c in _companies_in(claim.text, companies) if c != author]
        if current.date is None and dates and current is first:
            # the document's event is its own company's: claims naming only other companies
            # (a comparison with another firm's outage) do not date it
            own = [c for c in claims if not (other := [n for n in _companies_in(c.text, companies) if n != author])
                   or any(same_org(n, vendor) for n in other)]
            current.date = _main_date(own or claims, doc.published)
        # distance is measured from the document's own event, so a recalled outage is found
        # even while the discourse is in another recalled one
        far = [d for d in dates if first.date and (days_apart(d, first.date) or 0) >= SEPARATE_DAYS]
        target = None
        if far:
            date = far[0]
            other_company = bool(named) and not any(same_org(n, first.vendor) for n in named)
            earlier = date[:7] < (first.date or date)[:7]
            if not COMPARISON.search(claim.text) and (SHIFT_MARKERS.search(claim.text) or other_company or earlier):
                company = named[0] if other_company else first.vendor
                target = next((g for g in groups if g.vendor == company and days_apart(g.date, date) == 0), None)
                if target is None:
                    target = _Group(company, date)
                    groups.append(target)
        if target is not None:
            current, current_para = target, para
        elif current is not first and para != current_para:
            # a new paragraph without its own far date: back to the segment it names, else the first
            back = next((g for g in groups if dates and g.date and days_apart(g.date, dates[0]) == 0
                         and (not named or any(same_org(n, g.vendor) for n in named))), None)
            current = back or first
            current_para = para
        current.claims.append(claim)
        current.docs.add(doc.doc_id)
    if first.date is None:
        first.date = _main_date(first.claims, doc.published)
    return [g for g in groups if g.claims]


def _dates_meet(a: set[str], b: set[str]) -> bool:
    return any((days_apart(x, y) or 0) <= MERGE_DAYS and days_apart(x, y) is not None for x in a for y in b)


def _author_of(claims: list[Claim]) -> str | None:
    narration = Counter(c.speaker for c in claims if c.cue is None)
    return narration.most_common(1)[0][0] if narration else None


def _label(vendor: str | None, claims: list[Claim], date: str | None) -> str:
    services = Counter(s for c in claims for s in c.slots.services)
    service = services.most_common(1)[0][0] if services else None
    when = None
    rng = _day_range(date)
    if rng:
        when = f"{calendar.month_name[rng[0].month]} {rng[0].year}"
    head = service if service and vendor and vendor.lower() in service.lower() else " ".join(x for x in (vendor, service) if x)
    return ", ".join(x for x in (head or "unknown company", when) if x)


def group_incidents(documents: list[Document], claims: list[Claim]) -> list[Incident]:
    """Assign ``claim.incident`` for every claim and return the incidents."""
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_doc[c.doc_id].append(c)
    docs = {d.doc_id: d for d in documents}
    groups: list[_Group] = []
    companies = companies_of(claims)
    for doc_id, doc_claims in by_doc.items():
        doc = docs.get(doc_id) or Document(doc_id=doc_id, path=doc_id, text="", format="")
        groups.extend(split_document(doc, doc_claims, companies, document_company(doc, doc_claims, companies)))
    # segments merge when they are about the same company and their event dates lie within
    # MERGE_DAYS (comparing every date a segment names bridged distinct incidents of one
    # company through articles that recall both)
    dated = [g for g in groups if g.date]
    undated = [g for g in groups if not g.date]
    parent = list(range(len(dated)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a in range(len(dated)):
        for b in range(a + 1, len(dated)):
            if same_company(dated[a].vendor, dated[b].vendor) and _dates_meet({dated[a].date}, {dated[b].date}):
                parent[find(a)] = find(b)
    clusters: dict[int, _Group] = {}
    for k, g in enumerate(dated):
        root = find(k)
        if root not in clusters:
            clusters[root] = _Group(g.vendor, g.date, [], set())
        target = clusters[root]
        target.claims.extend(g.claims)
        target.docs |= g.docs
        if g.date < (target.date or g.date):
            target.date = g.date
    merged = list(clusters.values())
    for g in undated:
        same = [m for m in merged if same_company(m.vendor, g.vendor)]
        if len(same) == 1:
            same[0].claims.extend(g.claims)
            same[0].docs |= g.docs
        else:
            merged.append(g)
    incidents = []
    for g in merged:
        key = f"{g.vendor}|{g.date}|{sorted(g.docs)[0]}"
        inc_id = "i-" + hashlib.sha1(key.encode()).hexdigest()[:8]
        for c in g.claims:
            c.incident = inc_id
        incidents.append(Incident(id=inc_id, label=_label(g.vendor, g.claims, g.date),
                                  claims=[c.id for c in sorted(g.claims, key=lambda c: (c.doc_id, c.start))],
                                  vendor=g.vendor, date=g.date,
                                  services=sorted({s for c in g.claims for s in c.slots.services})[:5]))
    incidents.sort(key=lambda i: (-len(i.claims), i.date or "", i.label or ""))  # the main story first
    return incidents
