"""Voices: who asserts each sentence.

Decision path for one sentence, first match wins:
1. an attribution cue outside quotation marks ("X said", "according to X", "as reported by
   X", "X denied"): the cue's subject, resolved to a canonical voice;
2. a sentence inside a direct quotation: the quotation's speaker, found from the cue next to
   the quotation, the line that introduced it ("... provided the following statement:"),
   or the quotation it continues;
3. a sentence inside a statement block (paragraphs after an introducing line that ends with
   a colon, while they read as the statement: quoted, block-quoted or in the first person
   plural): the block's speaker;
4. otherwise the document's narration: the author (front matter ``source``/``kind``, the
   page's site name, else recognised from the text: a letterhead or signature and first-person
   plural narration make an organisation the author; else a name derived from the file).

Mentions resolve to voices: "we"/"our" to the organisation speaking, "the company"/"it" to
the most recent organisation (the document's vendor first), "the newspaper" to the most
recent outlet, "he"/"she" to the last person, surnames to full names; a spokesperson or an
executive of an organisation is the organisation; groups of employees, customers or
analysts are the ``insiders``, ``customers`` and ``analysts`` voices.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from itertools import chain, groupby
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import Voice
from ..desks import desk_owner
from ..units import Unit, register_extensions
from ..sections import section_companies
from ..ingest.pages import PARLIAMENT_HEAD
from .attribution import CALENDAR_WORDS, CUE_LEMMAS, ISSUED_DOCS, Cue, bare_name, document_owner, find_cue, _phrase
from .attribution import SPEAKER_NOUNS as SPEAKER_NOUNS_ALL
from .names import (
    ABOUT_ISSUER, BYLINE, CHAT_STAMP, MEMBER_BODY, describes_issuer, FOREIGN_REGULATOR, GOVERNMENT_TITLE, HONORIFIC, is_org_name, looks_like_org, NOT_ORGS, OWN_BODY, GROUP_CANONICAL, PRESS_WORDS,
    SPOKES_WORDS, PRODUCT_OWNERS, AliasTable, clean_name, is_country, org_role, role_of_phrase, titled,
)

KIND_ROLE = {
    "news": "press", "article": "press", "report": "press", "statement": "vendor",
    "postmortem": "vendor", "post-mortem": "vendor", "status": "vendor", "blog": "vendor",
    "press-release": "vendor", "forum": "customer", "complaint": "customer",
    "review": "customer", "regulator": "regulator", "notice": "regulator",
    "analyst": "expert", "research": "expert", "union": "insider", "insider": "insider",
}
FIRST_PLURAL = frozenset({"we", "our", "us", "ours", "ourselves"})
# a document's defined term for a company it names in full: "the Bank" for "Kestrel Mutual Bank plc"
DEFINED_TERMS = ("Bank", "Company", "Group", "Society", "Trust")
# "the assistant", "its chat bot", "the AI agent": the company's own bot
BOT_MARKERS = frozenset("the its their our chat support ai virtual online website".split())
# what a review or an investigation does: "it found", "it concluded"
FINDING_VERBS = frozenset("find conclude establish identify determine uncover".split())
# the company's front line, as a customer meets it
COMPANY_DESK = re.compile(r"(?:(?:the|their|its|our|your)\s+(?:own\s+)?)?(?:(?:mobile\s+|banking\s+)?(?:app|website|site|portal|login page|"
                          r"log-in page|home ?page|holding page|error (?:message|page|screen)|status (?:page|site|dashboard)|service health dashboard)|customer services?|customer service (?:team|desk|line|agent|"
                          r"adviser|advisor|rep)|support (?:team|desk|agent|staff)|helpline|call cent(?:re|er)(?: staff)?)|"
                          r"the (?:adviser|advisor|rep|agent|woman|man|person) on the (?:phone|line)|the (?:adviser|advisor|rep)",
                          re.I)
# a customer's "our CDK rep", "my account manager": the company's own staff
OWN_REP = re.compile(r"(?:[Oo]ur|[Mm]y)\s+(?:[A-Z][\w&.-]*\s+)?(?:account\s+)?(?:rep|representative|account manager)")
GENERIC_ORG_NOUNS = frozenset("company firm business group".split())
# the kinds of business an incident's own company is usually called by in a story about its failure
PROVIDER_KIND_NOUNS = frozenset("provider vendor supplier contractor platform processor operator cloud network service app".split())
ORG_NOUNS = frozenset("""company firm business operator carrier airline bank lender provider
retailer utility group giant platform startup processor council insurer broker vendor
supplier contractor organisation organization corporation unit division subsidiary
cloud network service app hospital trust operator board fund scheme exchange library museum airport railway
grocer supermarket""".split())
# bodies a text names in full and then calls by their last word: "the committee", "the tribunal"
BODY_NOUNS = frozenset("""committee tribunal board authority commission agency association federation union
council institute court panel alliance coalition society inquiry ombudsman""".split())
# organisations named after the place they run: "the airport" is the one the text names
# a country's central bank, which supervises payments: "the Dutch central bank", "the Reserve Bank"
CENTRAL_BANK = re.compile(r"(?i)\b(?:central|reserve)\s+bank\b|\bfederal reserve\b")
# central banks by name: "Bank of England", "Banque de France", "Bundesbank", "Sveriges Riksbank"
CENTRAL_BANK_NAME = re.compile(r"(?i)\b(?:bundesbank|riksbank|norges bank|nederlandsche bank|banque de france|"
                               r"banca d'italia|banco de españa|swiss national bank|national bank of|"
                               # not the commercial Bank of America, Ireland, Scotland, Cyprus, China, India, ...
                               r"bank of (?:england|canada|japan|korea|israel|thailand|mexico|russia|italy|france|spain|"
                               r"greece|portugal|finland|jamaica|ghana|uganda|tanzania|zambia|botswana))\b")


def _is_central_bank(name: str) -> bool:
    """Whether an organisation's name is a central bank's ("Bank of England"; not "Bank of America")."""
    return bool(CENTRAL_BANK.search(name) or CENTRAL_BANK_NAME.search(name) or org_role(name) == "regulator")


# an unnamed source introduced as such, whatever the sentence's verb
ANONYMOUS_SOURCE = re.compile(
    r"(?i)\b(?:an?|one|two|three|four|several)\s+(?:[\w-]+\s+){0,3}?(?P<noun>officials?|engineers?|employees?|"
    r"executives?|managers?|sources?|staffers?|workers?|insiders?)\b[^.;]{0,120}?\b(?:who|because|on condition)\b"
    r"[^.;]{0,60}?(?:condition of anonymity|not to be (?:named|identified)|not authori[sz]ed to (?:speak|talk|comment))")
# a quantifier standing for people ("Several told ...", "Others said ...")
QUANTIFIER_HEADS = frozenset("several many some others most few both".split())
PLACE_ORG_NOUNS = frozenset("airport railway".split())


def _named_place_org(ctx: "Context", noun: str, before: str) -> str | None:
    """The organisation "the airport" stands for: one named with that word ("Brussels Airport",
    not "Europe's busiest airport") among those just mentioned, else in the text before (the
    tagger often calls it a facility)."""
    named = next((n for n in [ctx.previous_org, ctx.last_speaking_org, ctx.last_org, *reversed(ctx.aliases.names)]
                  if n and re.search(rf"\b{noun.title()}s?\b", n)), None)
    if named is None:
        found = re.findall(rf"\b((?:[A-Z][\w'’-]+\s){{1,3}}{noun.title()}s?)\b", before)
        # (not a sentence's first word: "At Heathrow Airport", "The Portbay Airport")
        name = re.sub(r"^(?:(?:At|In|On|The|From|To|For|By|With|And|But|Near)\s)+", "", found[-1]) if found else ""
        named = ctx.aliases.canonical(name) if name and " " in name else None
    return named
def _described_by_noun(ctx: "Context", noun: str, before: str) -> str | None:
    """The organisation "the retailer" stands for: the last one the text before described with
    that noun ("online retailer Bramblecart", "Northgate Edge, the content delivery company")."""
    name = r"([A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3})"
    found = [(m.end(), m.group(1)) for m in re.finditer(rf"\b{noun}s?[ \t]+{name}", before)]
    found += [(m.end(), m.group(1)) for m in re.finditer(rf"{name},[ \t]+(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){{0,4}}?{noun}\b", before)]
    for _, raw in sorted(found, reverse=True):
        cleaned = clean_name(raw)
        if cleaned and is_org_name(cleaned) and not org_role(cleaned) and not is_country(cleaned):
            return ctx.aliases.canonical(cleaned, register=False)
    return None


# a word describing a member of the public, written before their name at a sentence's start:
# "Student Tomasz Kral, 20, said", "Commuter Ana Ruiz told us"
PERSON_DESCRIPTOR = re.compile(r"(?i)student|passenger|commuter|shopper|customer|pensioner|retiree|nurse|teacher|resident|"
                               r"travell?er|driver|mother|father|mum|dad|grandmother|grandfather|grandparent|parent|"
                               r"patient|carer|cyclist|motorist|holidaymaker|tourist|fan|gamer|user|homeowner|tenant|"
                               r"shopkeeper|trader|worker|volunteer|caller|reader|viewer|listener|subscriber")


# public bodies that run a service rather than regulate one
OPERATOR_AUTHORITY = re.compile(r"(?i)\b(?:transit|transport|transportation|port|ports|harbou?r|housing|water|airports?|"
                                r"highways?|roads?|power|energy|electricity|hospital|toll|bridge|tunnel|parking|waste|rail|"
                                r"metro|bus|utility|utilities)\s+authority\b")
PRESS_NOUNS = frozenset("newspaper paper outlet publication report story broadcaster magazine site".split())
REGULATOR_NOUNS = frozenset("regulator watchdog agency authority commission ministry inquiry department ombudsman".split())
STATEMENT_INTRO = re.compile(r"\b(statement|following|said|says|wrote|writes|reads|read|added|email|told|responded|response|comment)\b[^:]*:\s*$", re.I)
# "Statement regarding the RailHub timetable incident", "on Shopwell's Black Friday outage"
SELF_NAMED = re.compile(r"\b(?:call(?:s|ing)? (?:itself|themselves)|going by the name|known as|dubbed)\s+(?:the\s+)?"
                        r"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})")
ABOUT_INCIDENT = re.compile(
    r"\b(?:regarding|concerning|about|on|to|over)\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}?)(?:'s|’s)?\s+"
    r"(?:[\w-]+\s+){0,4}?(?:incident|outage|disruption|failures?|breach|attack|meltdown|issues?|problems?|errors?|faults?|glitch|crash)\b")
AFFECTED = re.compile(r"(?i)\b(its|their|our)\b[^.;]{0,60}\b(affected|unavailable|down|offline|disrupted|hit|failed|failing|went dark|could not|couldn't|unable|knocked out|impacted)\b|\b(was|were|had been) (hit|affected|disrupted|knocked offline)\b|"
                      # "we were down for around nine hours", "severe for her company"
                      r"\bwe (?:were|had been) (?:down|offline|dark|unable)\b|\bfor (?:her|his|their|our) (?:company|business|firm|shop|store)\b|"
                      # "it was being forced to cancel some flights", "they had to close stores"
                      r"\b(?:it|they|we) (?:(?:was|were|is|are|had been|has been|have been) (?:being )?forced|had) to "
                      r"(?:cancel|ground|close|shut|suspend|delay|halt|postpone|turn away|divert)\b")
PUBLICATION_SUFFIX = re.compile(r"\s*[.]?\b(news(?:room)?|press (?:cent(?:er|re)|office|room|release)|blog|media|communications|status|engineering|updates?|community|forums?|support|help(?: cent(?:er|re))?|discussions?|"
                                r"(?:trust|security) (?:cent(?:er|re)|portal))\s*$", re.I)
# a poster who says they lead the company the thread is about ("Hey, co-founder here.", "CTO here",
# "I'm the founder of ..."): the company answering, not an insider leaking
FOUNDER_HERE = re.compile(r"(?i)\b(?:(?:co-?)?founder|ceo|cto|coo|chief \w+ officer|head of (?:engineering|support|product))"
                          r"(?: (?:of|at) [\w.&-]+(?: [A-Z][\w.&-]*){0,2})? here\b|"
                          r"\bI(?:'m| am) (?:the|a|one of the) (?:co-?founders?|founder|ceo|cto|coo|chief \w+ officer)\b")
# an insider naming the employer: "I work on the platform team at Pennant Pay", "I'm an engineer at Acme"
EMPLOYER = re.compile(r"\bI(?:'m| am| was|'ve been| have been)?\s+(?:(?:used to\s+)?work(?:ed)?|an? (?:[\w-]+ ){0,3}(?:engineer|employee|"
                      r"developer|sre|manager))\s+(?:(?:on|in|for) (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:team|group|squad|side) )?"
                      r"(?:at|for) ((?-i:[A-Z])[\w&'’-]*(?:[ \t]+(?-i:[A-Z])[\w&'’-]*){0,3})")
# an employee's disclaimer in a post: "not speaking for the company obviously", "views are my own, not my employer's"
EMPLOYEE_DISCLAIMER = re.compile(r"(?i)\bnot speaking (?:for|on behalf of) (?:the|my) (?:company|employer)\b|"
                                 r"\b(?:views|opinions) (?:are )?(?:my own|mine),? not (?:the company'?s|my employer'?s)|"
                                 # "not going to say much because I'd like to still have a job on monday"
                                 r"\b(?:like|want|need|hope) to (?:still )?(?:have|keep) (?:a|my) job\b")
SELF_INSIDER = re.compile(
    r"\b(I(?:'m| am| was|'ve been| have been| had been) an? (?:\w+ ){0,3}(?:engineer|employee|developer|sre|staffer|worker|contractor|manager)|"
    r"I (?:used to )?work(?:ed)? (?:at|for|on)|I (?:used to )?work(?:ed)? in (?:[\w&'-]+ ){1,4}(?:at|for) (?!an?\b)|I (?:used to )?work(?:ed)? in (?:an?|the|one of the) [\w&'.-]+(?: [\w&'.-]+)? "
    r"(?:store|shop|branch|depot|warehouse|office|call cent(?:re|er)|data cent(?:re|er)|distribution cent(?:re|er))s?|my (?:former )?colleagues|as an? (?:\w+ )?(?:employee|engineer) (?:at|of)|"
    r"I spent \w+ years at|when I was at|"

    # a post opening without its "I": "Worked on infra at OpenAI until last year.", "Used to work for Acme."
    r"(?:^|(?<=[.!?] )|(?<=\n))(?:used to work|worked|spent (?:\w+ ){1,2}(?:years|months))\s+(?:on (?:[\w&'-]+ ){1,3})?(?:at|for) (?!an?\b)|"
    # "Ex Optus network ops here", "former Acme engineer here": a poster introducing themselves
    r"(?<![\w-])(?:ex|former)[- ](?:[\w&-]+ ){0,2}(?:ops|operations|engineer|employee|staff|staffer|worker|"
    r"contractor|sre|support|dev|developer|tech|technician|manager) here|"
    # "I was on the hosting side at CDK", "I'm on the platform team at Acme"
    r"I(?:'m| am| was|'ve been| have been) (?:on|in) (?:the|their|its) [\w-]+(?: [\w-]+)? (?:side|team|group|department|desk) (?:at|of|there))\b", re.I)


@dataclass
class Context:
    """What the resolver knows while walking one document in order."""

    aliases: AliasTable
    author: Voice
    vendor: str | None = None
    last_org: str | None = None
    last_speaking_org: str | None = None
    last_press: str | None = None
    last_regulator: str | None = None
    last_person: Voice | None = None
    last_group: Voice | None = None
    # the group each kind of person was first introduced as: "a network engineer at EdgeWave,
    # who spoke on condition of anonymity" makes a later "the engineer" one of the insiders
    groups_by_noun: dict[str, Voice] = field(default_factory=dict)
    previous_org: str | None = None  # the organisation that spoke in the sentence just before
    # the spokesperson a text introduced last ("A Google Cloud spokesperson said ..."): a later
    # "the spokesperson said" is that one
    last_spokesperson: dict[str, Voice] = field(default_factory=dict)
    # the document each voice last spoke through ("the cybersecurity company said in a letter",
    # "Delta answered with a letter of its own"): a later "the letter said" is that voice's
    issued_by_noun: dict[str, Voice] = field(default_factory=dict)
    persons: dict[str, Voice] = field(default_factory=dict)  # full name and surname -> voice
    # a meeting's attendance list: "the Chief Executive" -> the person listed with that title
    titles: dict[str, Voice] = field(default_factory=dict)
    to_provider: bool = False  # a letter to the company behind the incident (``writes_to_provider``)
    # another organisation the sentence before was about ("Hollins has been vocal. They say ...")
    subject_org: str | None = None
    previous_subject_org: str | None = None
    roles: dict[str, str] = field(default_factory=dict)  # canonical name -> role


def _hyphenated(tok: Token) -> str:
    """The whole hyphenated word a token is part of: "Co-op" for "Co" (the tokenizer splits
    "Co", "-", "op")."""
    doc, left, right = tok.doc, tok.i, tok.i
    while left >= 2 and doc[left - 1].text == "-" and not doc[left - 2].whitespace_ and not doc[left - 1].whitespace_:
        left -= 2
    while right + 2 < len(doc) and doc[right + 1].text == "-" and not doc[right].whitespace_ and not doc[right + 1].whitespace_:
        right += 2
    return doc[left:right + 1].text


# a description before the name it describes: "the network operator REN", "monitoring firm PingScope"
LEADING_DESCRIPTION = re.compile(r"^(?:(?:the|a|an)\s+)?(?:[a-z][a-z-]+\s+){1,4}(?=[A-Z])")


def _org_voice(ctx: Context, name: str) -> Voice:
    name = LEADING_DESCRIPTION.sub("", name.strip()) or name
    # a person the text has named already, which the tagger now takes for an organisation ("Mr
    # Lindqvist-Brandt said", after "said Oskar Lindqvist-Brandt, Director General of ..."): that person
    # (only a name with a title of address, or a party's part: the tagger takes many companies for
    # people, "Tamberlin Super's app")
    # (or after a member's letters: "Priya Kaur-Lindqvist MP")
    bare = re.sub(r"\s+(?:MP|MEP|MSP|MLA|MS|TD|AM|KC|QC)$", "", re.sub(rf"^{HONORIFIC.pattern}\s*", "", name).strip())
    if bare != name.strip():
        # (the tagger's "Kaur Lindqvist" for "Kaur-Lindqvist")
        person = next((v for k, v in ctx.persons.items() if k.replace("-", " ") == bare.replace("-", " ")), None)
        if person is not None:
            return person
        if re.search(r"\s(?:MP|MEP|MSP|MLA|TD)$", name.strip()) and PERSON_NAME.fullmatch(bare):
            return Voice(bare, "regulator")  # "Nadia Quist MP": an elected member, an official
    elif bare.lower() in PARTY_WORDS and ctx.aliases.map.get(bare.lower()) in ctx.persons:
        return ctx.persons[ctx.aliases.map[bare.lower()]]
    canon = ctx.aliases.canonical(name)
    return Voice(canon, _role_for_org(ctx, canon), mention=name)


def same_org(a: str | None, b: str | None) -> bool:
    """One organisation under two names: equal, or one extends the other word-wise."""
    if not a or not b:
        return False
    if a == b:
        return True
    # (a name in the possessive, as a shop's name is often written: "Harrowfield's Stores")
    a, b = re.sub(r"['’]s\b", "", a), re.sub(r"['’]s\b", "", b)
    if a == b:
        return True
    longer = a if len(a) > len(b) else b
    # "Southwest Airlines Pilots Association" is not Southwest Airlines
    return (a.startswith(b + " ") or b.startswith(a + " ")) and not OWN_BODY.search(longer)


def _role_for_org(ctx: Context, canon: str) -> str:
    if canon in ctx.roles:
        return ctx.roles[canon]
    if ctx.vendor and (same_org(canon, ctx.vendor) or same_org(canon, ctx.aliases.canonical(ctx.vendor, register=False))):
        return "vendor"  # also under a name learnt later ("Marks & Spencer" after "M&S")
    # another company speaking about this incident: a supplier, partner or peer commenting; its
    # kind also by a short name it goes by ("FAA" for the Federal Aviation Administration)
    kind = org_role(canon) or next((org_role(alias) for alias, name in ctx.aliases.map.items()
                                    if name == canon and alias != canon.lower() and org_role(alias)), None)
    return kind or ("vendor" if ctx.vendor is None else "expert")


def _entity_in(phrase: Span, labels: tuple[str, ...], head: Token | None = None) -> Span | None:
    """The entity of ``labels`` holding the phrase's head ("the Financial Supervisory Authority"
    in "Norway's Financial Supervisory Authority"), else the first one starting inside the
    phrase (it may run past its end)."""
    inside = [ent for ent in phrase.doc.ents
              if ent.label_ in labels and phrase.start <= ent.start < phrase.end and is_org_name(ent.text)]
    if head is not None:
        holding = next((ent for ent in inside if ent.start <= head.i < ent.end), None)
        if holding is not None:
            return holding
    return inside[0] if inside else None


def _person_voice(ctx: Context, ent: Span, description: str) -> Voice:
    name = clean_name(ent.text)
    # "Cllr Dana Whitfield" is Dana Whitfield (the title says her role, see REGULATOR_WORDS)
    civic = re.match(rf"{CIVIC_TITLE}\.?\s+(?=\S+\s+\S)", name)
    if civic:
        description = f"{civic.group(0).strip()} {description}"
        name = name[civic.end():]
    known = ctx.persons.get(name) or ctx.persons.get(name.split()[-1])
    if known is not None and (len(name.split()) == 1 or HONORIFIC.match(name) and len(name.split()) == 2):
        return known  # "Wells" or "Ms Wells" after "Anika Wells"
    if known is not None and known.speaker == name:
        return known
    voice = _describe_person(ctx, name, description, ent)
    ctx.persons[name] = voice
    ctx.persons.setdefault(name.split()[-1], voice)
    return voice


# a person described after their name: "Halloran, Northgate's CEO, replied", "Harriet Oduya, the
# retailer's chief executive, said", "Rosalind Achterberg, principal analyst at Kestrel Research, said"
PERSON_APPOSITIVE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}),[ \t]+(?P<desc>(?:the[ \t]+|an?[ \t]+)?"
    r"(?:(?P<owner>[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,3})['’]s[ \t]+)?(?:[a-z][\w -]{2,60}?|(?:CEO|CTO|CFO|COO|CIO|CISO|VP)\b[\w -]{0,40}?)"
    r"(?:[ \t]+(?:of|at|for)[ \t]+(?:competitor[ \t]+|rival[ \t]+|the[ \t]+)?(?P<org>[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,3}))?)"
    r"(?=,|[ \t]+(?:said|says|told|wrote|replied|added|posted)\b)")


@functools.lru_cache(maxsize=64)
def _appositive_titles(text: str) -> dict[str, tuple[str, str | None, int]]:
    """Each person the text describes in apposition, by full name and by surname: their
    description, the organisation it names and where (the first description wins)."""
    found: dict[str, tuple[str, str | None, int]] = {}
    for m in PERSON_APPOSITIVE.finditer(text):
        name, desc = m.group("name"), m.group("desc")
        if org_role(name) or len(name.split()) > 1 and not PERSON_NAME.fullmatch(name):
            continue  # a body's name, or capitalised words that name no person
        if not (SPOKES_WORDS.search(desc) or role_of_phrase(desc, None)):
            continue
        owner = m.group("owner") or m.group("org")
        owner = clean_name(owner) if owner and not re.fullmatch(r"(?i)the|a|an", owner) else None
        found.setdefault(name, (desc, owner, m.start()))
    return found


# an organisation and a title right before a name: "Quellsuper chief executive ", "Nimbus's CEO "
TITLE_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}(?:['’]s)?\s+"
                          r"(?:chief executive|chief [a-z]+ officer|ceo|cto|cfo|coo|president|chair(?:man|woman)?|"
                          r"(?:co-)?founder|managing director|spokes(?:person|man|woman))\s+$")


def _describe_person(ctx: Context, name: str, description: str, ent: Span) -> Voice:
    """A person speaks for an organisation when described as its spokesperson or executive;
    else in their own name with the role their description implies."""
    later = None
    if not SPOKES_WORDS.search(description or "") and not role_of_phrase((description or "").replace(name, ""), ctx.vendor):
        # a person quoted before the text says who they are ("Marek Halloran, posting as
        # @mhalloran, wrote: ...", then "Halloran, Northgate's CEO, replied"): the later description
        found = _appositive_titles(ent.doc.text)
        later = found.get(name) or (found.get(name.split()[-1]) if len(name.split()) > 1 else None)
    if later and later[2] <= ent.start_char:
        later = None  # described where first named (or before): the description there decides
    if later:
        desc, org, _ = later
        if SPOKES_WORDS.search(desc) and not GOVERNMENT_TITLE.search(desc) and not re.search(r"(?i)\bformer\b", desc):
            target = ctx.aliases.canonical(org, register=False) if org else ctx.vendor
            voice = Voice(target, _role_for_org(ctx, target), mention=name) if target else Voice(name, "unknown")
        else:
            voice = Voice(name, role_of_phrase(desc, ctx.vendor) or "customer")
        if voice.role != "unknown":
            return voice
    if not SPOKES_WORDS.search(description):
        # "Quellsuper chief executive Peter Vance and ...", parsed with the title on another name
        titled = TITLE_BEFORE.search(ent.doc.text[ent.sent.start_char:ent.start_char])
        if titled:
            description = f"{titled.group(0).strip()} {description}"
    org = None
    for other in ent.doc.ents:
        if other.label_ == "ORG" and other.start_char >= ent.sent.start_char and other.end_char <= ent.sent.end_char \
                and not (other.start < ent.end and ent.start < other.end):  # (not the name itself, tagged ORG)
            if other.text in description and not BROKEN_ORG_END.search(other.text) \
                    and not ent.doc.text[other.end_char:other.end_char + 7].startswith(("-based", "–based")):
                # (not "the cybersecurity department of", a span cut short, nor the city in "Lyon-based")
                org = other.text
                break
    if org is None:
        org = _owner_before_title(ent) or _owner_after_title(ent)
    if org is None:
        # "LIPA President Dr. Thomas Akerlund": an initialism the text defined ("... Association (LIPA)")
        org = next((w for w in re.findall(r"\b[A-Z][A-Z&]{1,7}\b", description.replace(name, ""))
                    if w.lower() in ctx.aliases.map), None)
    if (SPOKES_WORDS.search(description) and not re.search(r"\bformer\b", description, re.I)
            and not GOVERNMENT_TITLE.search(description)):
        target = ctx.aliases.canonical(org) if org else (ctx.vendor or ctx.last_org)
        if org is None and ctx.author.role == "regulator" and ctx.author.speaker and PUBLIC_RANK.search(description):
            # "Assistant Chief Fire Officer Gráinne Loftus", in the fire service's own release: its officer
            target = ctx.author.speaker
        place = next((w for w in PLACE_ORG_NOUNS if re.search(rf"\b{w}\b", description.replace(name, ""), re.I)), None)
        if org is None and place and not (ctx.vendor and place in ctx.vendor.lower()):
            # "airport spokesperson Lotte Verhaegen": the airport the text names, not the incident's supplier
            target = _named_place_org(ctx, place, ent.doc.text[:ent.start_char]) or target
        owner = re.search(r"\bthe (\w+) ?['’]s\b|\b(?:for|of|at) the (\w+)\b", description)
        noun = (owner.group(1) or owner.group(2)).lower() if owner and org is None else None
        # (or the document's own author: "president of the association", in the association's letter)
        author = ctx.author.speaker if ctx.author and ctx.author.role != "press" else None
        named = next((o for o in (ctx.previous_org, ctx.last_speaking_org, ctx.last_org, author)
                      if noun and o and noun in o.lower().split()), None)
        described = _described_by_noun(ctx, noun, ent.doc.text[:ent.start_char]) if noun in ORG_NOUNS and not named else None
        if named:
            target = named  # "a spokesman for the federation": the federation named before
        elif described:
            target = described  # "the retailer's chief executive", after "online retailer Bramblecart"
        elif (noun in ORG_NOUNS and ctx.previous_org and ctx.previous_org != ctx.vendor
              and not (ctx.vendor and noun in ctx.vendor.lower().split())):
            # "..., said Marion Fleet, the group's director", right after the group spoke
            target = ctx.previous_org
        if target:
            return Voice(target, _role_for_org(ctx, target), mention=name)
    role = role_of_phrase(description.replace(name, ""), ctx.vendor) if description else None
    if role == "expert" and (re.search(r"(?i)\bretired\b", description)
                             or re.search(rf"{re.escape(name.split()[-1])},\s*\d{{2,3}},", ent.sent.text)):
        # "Retired lecturer Margaret Ellery, 71, said": a member of the public with a past trade,
        # introduced with an age as news introduces ordinary people, not an expert
        role = "customer"
    if role is None and org:
        canon = ctx.aliases.canonical(org)
        role = "insider" if canon == ctx.vendor else org_role(canon)
    if role is None and GOVERNMENT_TITLE.search(description or "") or role is None and \
            GOVERNMENT_TITLE.search(ent.doc.text[max(ent.sent.start_char, ent.start_char - 40):ent.start_char]):
        # "Attorney General Teresa Ybarra-Quinn today announced": an official, for the public
        role = "regulator"
    # people quoted without a title or a role word are, in incident reporting, mostly
    # affected members of the public
    return Voice(name, role or "customer", mention=name)


def _owner_before_title(ent: Span) -> str | None:
    """"Ryanair chief executive Michael O'Leary" when the recogniser did not tag Ryanair: the
    capitalised words right before a lower-case title in the person's noun phrase; also the
    owner of a title the name stands in apposition to ("Red Eléctrica's director of system
    operation, Eduardo Prieto")."""
    title_head = ent.root.head
    if ent.root.dep_ == "appos" and title_head.is_lower and SPOKES_WORDS.fullmatch(title_head.text):
        owner = next((c for c in title_head.children if c.dep_ == "poss" and c.text[:1].isupper()), None)
        if owner is not None:
            words = [t for t in owner.subtree if t.dep_ != "case" and t.text not in ("'s", "’s")]
            return ent.doc[words[0].i: words[-1].i + 1].text if words else None
    before = [t for t in _name_head(ent.root).subtree if t.i < ent.start]
    title = next((k for k, t in enumerate(before) if t.is_lower and SPOKES_WORDS.fullmatch(t.text)), None)
    if not title:
        return None
    run = []
    for t in reversed(before[:title]):
        if t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN") and not SPOKES_WORDS.fullmatch(t.text) and t.lower_ != "former":
            run.insert(0, t)
        elif t.dep_ == "case" and t.text in ("'s", "’s") and not run:
            continue  # "Ryanair's chief executive"
        else:
            break
    if not run or run[0].i > 0 and run[0].nbor(-1).lower_ == "former":
        return None
    return ent.doc[run[0].i: run[-1].i + 1].text


def _owner_after_title(ent: Span) -> str | None:
    """"Maya Lindgren, head of sixth form at Harwood Park School" when the recogniser did not
    tag the school: the capitalised object of "at" / "for" / "of" after a title in the
    person's apposition."""
    after = [t for t in _name_head(ent.root).subtree if t.i >= ent.end]
    if not any(t.is_lower and SPOKES_WORDS.fullmatch(t.text) or t.lower_ == "head" for t in after):
        return None
    for t in after:
        if t.dep_ == "pobj" and t.pos_ == "NOUN" and t.head.lower_ in ("at", "for", "of"):
            # "at payments processor Velo Pay": the name standing after the descriptive noun
            tail = [w for w in t.subtree if w.i > t.i and w.dep_ in ("appos", "compound", "npadvmod") or w.i > t.i and w.pos_ == "PROPN"]
            names = [w for w in tail if w.pos_ == "PROPN" and w.text[:1].isupper()]
            if names and not any(w.ent_type_ in ("GPE", "DATE", "LOC") for w in names) \
                    and all(names[k + 1].i == names[k].i + 1 for k in range(len(names) - 1)):
                return ent.doc[names[0].i: names[-1].i + 1].text
        if t.dep_ == "pobj" and t.pos_ == "PROPN" and t.head.lower_ in ("at", "for", "of") and t.text[:1].isupper():
            words = [w for w in t.subtree if w.i <= t.i and w.dep_ not in ("det", "poss", "case", "punct")]
            # "at Lyon-based payments processor Vélocité Paiements": the name after the description
            lower = [w for w in words if w.is_lower or w.text in ("-", "–")]
            if lower:
                words = [w for w in words if w.i > lower[-1].i]
            if words and not any(w.ent_type_ in ("GPE", "DATE", "LOC") for w in words):
                return ent.doc[words[0].i: t.i + 1].text
    return None


def _name_head(tok: Token) -> Token:
    """The head of the noun phrase a name is part of ("executive" ... for "O'Leary")."""
    head = tok
    while head.dep_ in ("compound", "flat") and head.head is not head:
        head = head.head
    return head


def _description(tok: Token) -> str:
    """Words describing a person: the noun phrase around the name and its apposition."""
    head = _name_head(tok)
    # not another person joined to this one: "UniSuper chief executive Peter Chun and Google Cloud
    # chief executive Thomas Kurian" describes Chun by UniSuper only
    joined = {t.i for c in head.children if c.dep_ in ("conj", "cc") and c.i > head.i for t in c.subtree}
    parts = [t.text for t in head.subtree if t.i not in joined]  # a relative clause's verb too: "who teaches consumer law"
    text = " ".join(parts[:30])
    if head.dep_ == "appos":
        # "UniSuper chief executive Peter Chun": the title and its organisation before the name
        title = head.head
        before = []
        # (and for any title: "the union's general secretary, Colm Redpath" is the union's officer)
        if title.is_lower and (SPOKES_WORDS.fullmatch(title.text) or title.pos_ == "NOUN" and role_of_phrase(title.text)):
            before = [t.text for c in title.children if c.i < title.i and c.dep_ in ("nmod", "compound", "amod", "poss")
                      for t in c.subtree]
        text = " ".join(before + [title.text]) + " " + text
    # "X, who heads ..., said" / "X of Y"
    return text


# a speaker's own business hit by the outage: "his company's entire product was unusable", "its
# checkout was down for six hours", "our stores could not take payments"
OWN_SERVICE_HIT = re.compile(r"(?i)\b(?:his|her|their|its|our) (?:own )?(?:company|firm|business|startup|shops?|stores?|products?|apps?|"
                             r"site|website|platform|service|systems?|checkout|tills|customers)(?:['’]s?)?\b[^.;]{0,60}?\b"
                             r"(?:unusable|was down|were down|went down|offline|went dark|unavailable|could not|couldn['’]t|"
                             r"was hit|were hit|stopped working|failed)\b")


# an apposition that describes a person: an age or a person's station in life ("Marta, a
# 34-year-old accountant", "Joe, a father of two")
PERSON_APPOS = re.compile(r"(?i)\b\d+\s*-?\s*year\s*-?\s*old\b|\b(?:mother|father|mum|mom|dad|grandmother|grandfather|"
                          r"parent|wife|husband|son|daughter|student|teacher|nurse|accountant|commuter|resident|driver|"
                          r"retiree|pensioner|shopper|tourist|visitor|lawyer|farmer|shopkeeper|homeowner|freelancer)s?\b")


# "the engineer", "one engineer", "another engineer", "a second engineer": someone of a kind already introduced
ANAPHORIC_DETS = frozenset("the one another second third same that this both".split())


class VoiceResolver:
    def __init__(self, doc: Doc, ctx: Context):
        self.doc = doc
        self.ctx = ctx

    def from_cue(self, cue: Cue, speaking: Voice | None = None) -> Voice:
        voice = self.resolve(cue.subject, cue.phrase, speaking)
        voice.cue = cue.text
        if voice.role == "expert" and (voice.speaker in self.ctx.roles or voice.speaker in self.ctx.aliases.names) \
                and not same_org(voice.speaker, self.ctx.vendor) and OWN_SERVICE_HIT.search(cue.subject.sent.text):
            # "Jonah Ferreira, chief technology officer at Tallyroute, said his company's entire product
            # was unusable": a company the outage hit speaks as a customer, not as an outside expert
            voice = Voice(voice.speaker, "customer", cue=voice.cue, mention=voice.mention)
            self.ctx.roles[voice.speaker] = "customer"
        if cue.verb is not None and voice.speaker and voice.role != "press":
            for lemma in _documents_spoken_through(cue.verb):
                self.ctx.issued_by_noun[lemma] = Voice(voice.speaker, voice.role)
        if cue.subject.pos_ == "PROPN" and voice.speaker and (
                any(v.speaker == voice.speaker for v in self.ctx.persons.values())
                or PERSON_NAME.fullmatch(voice.speaker) and voice.role not in ("vendor", "press", "regulator")
                and not looks_like_org(voice.speaker)):
            # "Dr Helena Marsh, a consultant, said ...": the person who just spoke by name is who
            # '"...," she said' takes up next
            self.ctx.last_person = Voice(voice.speaker, voice.role, mention=voice.mention)
        return voice

    def resolve(self, head: Token, phrase: Span, speaking: Voice | None = None) -> Voice:
        ctx = self.ctx
        low = head.lower_
        text = phrase.text
        if head.text == "Company" and ctx.author.speaker and FILER_SELF.search(self.doc.text):
            # a filing's defined term: "the Company" is the filer itself
            return Voice(ctx.author.speaker, ctx.author.role, mention=text)
        if head.text in DEFINED_TERMS and ctx.vendor and ctx.author.role != "vendor" \
                and any(c.lower_ == "the" for c in head.children) and re.search(rf"\b{head.text}\b", ctx.vendor):
            # "The Bank's website says", in a committee's letter to Kestrel Mutual Bank: the company
            return Voice(ctx.vendor, _role_for_org(ctx, ctx.vendor), mention=text)
        if head.text in DEFINED_TERMS + ("Board", "Council") and ctx.author.speaker \
                and any(c.lower_ == "the" for c in head.children) \
                and (re.search(rf"\b{head.text}\b", ctx.author.speaker)
                     or re.search(rf"(?i)\b{re.escape(ctx.author.speaker)}\s+{head.text}\b", self.doc.text[:600])):
            # "the Bank" in a letter under "CORVEX BANK plc": the writer's own defined term for itself
            return Voice(ctx.author.speaker, ctx.author.role, mention=text)
        if OWN_TEXT.search(text) and ctx.author.speaker and ctx.author.role != "press" and not head.ent_type_:
            # "An earlier version of this post said ...", under "Update (July 21):": the writer's own text
            return Voice(ctx.author.speaker, ctx.author.role, mention=text)
        if OWN_REP.fullmatch(text.strip()) and ctx.vendor:
            # a customer's "our CDK rep says": the company's own staff, not the customer; "admitted
            # off the record" is a leak from inside, not the company's word
            if re.search(r"(?i)\boff the record\b|\bunofficially\b|\bprivately\b", head.sent.text):
                return Voice(GROUP_CANONICAL["insider"], "insider", mention=text)
            return Voice(ctx.vendor, _role_for_org(ctx, ctx.vendor), mention=text)
        if any(c.dep_ == "poss" and c.lower_ == "your" for c in head.children) and "your client" in ctx.aliases.map \
                and head.lemma_.lower() in ("letter", "email", "e-mail", "submission", "complaint", "claim", "statement", "notice"):
            # "Your letter asserts ...", from a client's counsel to the other side's, which defined
            # '("Pelican" or "your client")': the letter written for that party
            target = ctx.aliases.map["your client"]
            return Voice(target, _role_for_org(ctx, target), mention=text)
        if head.lemma_.lower() in RESEARCH_NOUNS:
            # "new research by consumer champion Paywise suggests": whose research it is
            by = next((g for p in head.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                       for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if by is not None:
                voice = _org_voice(ctx, head.doc[min(t.i for t in by.subtree if t.pos_ == "PROPN"):by.i + 1].text)
                self.note_org(voice)
                return voice
        # (a numbered paragraph's number the parse takes into its subject: "5.2 The Chief Digital Officer")
        if low == "you" and ctx.to_provider and ctx.vendor:
            # "You also stated that the model performed as designed", in a letter to the company
            return Voice(ctx.vendor, _role_for_org(ctx, ctx.vendor), mention=text)
        titled = re.fullmatch(r"(?i)(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s+)?the\s+(.+?)", text.strip())
        if titled and (titled.group(1).lower() in ctx.titles or head.pos_ == "PROPN" and SPOKES_WORDS.fullmatch(titled.group(1))):
            # "The Chief Executive responded", in minutes that list "Renata Osei (Chief Executive,
            # Kestria Transit)": that person; without such a list, the company's own
            voice = ctx.titles.get(titled.group(1).lower())
            if voice is None and ctx.vendor:
                voice = Voice(ctx.vendor, _role_for_org(ctx, ctx.vendor), mention=text)
            if voice is not None:
                ctx.last_person = voice
                return Voice(voice.speaker, voice.role, mention=text)
        if head.text in ("Authority", "Office", "Commission", "Regulator", "Inspectorate", "Ombudsman", "Agency") \
                and ctx.author.role == "regulator" and ctx.author.speaker and any(c.lower_ == "the" for c in head.children) \
                and (org_role(ctx.author.speaker) or len(ctx.author.speaker.split()) > 3 or not PERSON_NAME.fullmatch(ctx.author.speaker)):
            # "The Authority acknowledges ...", in the authority's own letter (not "The Commission
            # found", in an attorney general's release)
            return Voice(ctx.author.speaker, "regulator", mention=text)
        if head.lower_ in ("provider", "supplier") and ctx.vendor and ctx.author.role == "customer" \
                and not any(c.dep_ in ("compound", "amod") or c.pos_ == "PROPN" for c in head.children):
            # "Provider says water got into the facility", in a customer's record of its provider's
            # incident: the provider is the incident's company
            return Voice(ctx.vendor, _role_for_org(ctx, ctx.vendor), mention=text)
        if ctx.vendor and any(t.lower_ == "your" and t.dep_ == "poss" for t in phrase) and ctx.to_provider:
            # "Your statement describes the disruption as brief", in a letter to the provider
            return Voice(ctx.vendor, _role_for_org(ctx, ctx.vendor), mention=text)
        if low in FIRST_PLURAL or low in ("i", "me", "my") or any(t.lower_ in ("our", "my") and t.dep_ == "poss" for t in phrase):
            if speaking is not None:
                return Voice(speaking.speaker, speaking.role, mention=head.text)
            return Voice(ctx.author.speaker, ctx.author.role, mention=head.text)
        if low in ("he", "she", "him", "her"):
            if ctx.last_person is not None:
                return Voice(ctx.last_person.speaker, ctx.last_person.role, mention=head.text)
            return Voice(None, "unknown", mention=head.text)
        if low == "it" and head.head.lemma_.lower() in FINDING_VERBS and ctx.author.speaker \
                and ctx.author.role in ("vendor", "expert", "regulator", "insider") and speaking is None:
            # "That review has now concluded. It found no indication ...": the writer's own review
            return Voice(ctx.author.speaker, ctx.author.role, mention=head.text)
        if low == "it" and ctx.previous_subject_org and head.i == head.sent.start:
            # "The Qilin group listed Asahi on its leak site. It posted images ...": the group just named
            target = ctx.previous_subject_org
            return Voice(target, _role_for_org(ctx, target), mention=head.text)
        if low in ("it", "its"):
            target = ctx.last_speaking_org or ctx.vendor or ctx.last_org
            if target:
                return Voice(target, _role_for_org(ctx, target), mention=head.text)
        if low in ("they", "them"):
            before = self.doc.text[head.sent.start_char:head.idx]
            if re.search(r"(?i)\b(?:our|my) (?:members|staff|colleagues|people|engineers|team|drivers|workers|"
                         r"employees|nurses|crews?)\b", before) and ctx.author.speaker:
                # "Our members are not using the flood ...; they were reporting the faults": the writer's own people
                return Voice(speaking.speaker if speaking else ctx.author.speaker,
                             speaking.role if speaking else ctx.author.role, mention=head.text)
            if ctx.previous_subject_org and head.i == head.sent.start:
                # "Hollins has been vocal. They say ...": the organisation the sentence before was about
                target = ctx.previous_subject_org
                return Voice(target, _role_for_org(ctx, target), mention=head.text)
            if ctx.last_group is not None:
                return Voice(ctx.last_group.speaker, ctx.last_group.role, mention=head.text)
            target = ctx.last_speaking_org or ctx.vendor or ctx.last_org
            if target:
                return Voice(target, _role_for_org(ctx, target), mention=head.text)
        if re.fullmatch(r"(?i)one|some|two|three|four|several|many|both|all|each|most|none|others|other|another|few", low) and head.pos_ in ("NUM", "PRON", "DET", "ADJ", "NOUN"):
            of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
            if not of and ctx.last_group is not None:
                return Voice(ctx.last_group.speaker, ctx.last_group.role, mention=text)
            if of:
                objs = [c for c in of[0].children if c.dep_ == "pobj"]
                if objs:
                    if objs[0].lower_ in ("them", "those") and ctx.last_group is not None:
                        return Voice(ctx.last_group.speaker, ctx.last_group.role, mention=text)
                    return self.resolve(objs[0], phrase)
        named_as = SELF_NAMED.search(" ".join(t.text for t in head.subtree)) if head.pos_ == "NOUN" else None
        if named_as:
            # "the group, which calls itself GhostQueue, wrote": the name it goes by
            voice = _org_voice(ctx, named_as.group(1))
            self.note_org(voice)
            return voice
        person = _entity_in(phrase, ("PERSON",))
        if person is not None and len(person) == 1 and person.text.lower().endswith("s") and role_of_phrase(person.text) \
                and clean_name(person.text) not in ctx.persons:
            person = None  # "Shoppers told us": a group the tagger took for a name
        org = _entity_in(phrase, ("ORG", "NORP", "GPE", "FAC", "PRODUCT", "WORK_OF_ART"), head)
        if person is not None and looks_like_org(person.text):
            org, person = person, None  # "Acme Cloud" tagged as a person
        if person is None and org is not None and head.pos_ == "PROPN" and org.start <= head.i < org.end and (
                len(org) == 1 and head.i == org.start and any(
                    c.dep_ == "appos" and PERSON_APPOS.search(" ".join(t.text for t in c.subtree)) for c in head.children)
                or len(org) > 1 and PERSON_NAME.fullmatch(org.text) and not looks_like_org(org.text) and any(
                    c.dep_ == "appos" and c.pos_ == "NOUN" and SPOKES_WORDS.search(" ".join(t.text for t in c.subtree))
                    for c in head.children)):
            # "Marta, a 34-year-old accountant, told us" (the tagger took her for a place), "said Renata
            # Osei, Kestria's chief executive" (taken for an organisation): a person
            voice = _person_voice(ctx, org, _description(head))
            ctx.last_person = voice
            return voice
        if person is None and org is not None and len(org) >= 3 and PERSON_DESCRIPTOR.fullmatch(org[0].text) \
                and PERSON_NAME.fullmatch(org[1:].text):
            # "Student Tomasz Kral, 20, said" (the tagger took the three words for a name, or a
            # company): a describing word, then the person
            voice = _person_voice(ctx, org[1:], f"{org[0].lower_} {_description(head)}")
            ctx.last_person = voice
            return voice
        if org is not None and is_country(org.text) and head.pos_ == "PROPN" and not org.start <= head.i < org.end:
            org = head.doc[head.i: head.i + 1]  # "Portugal's grid operator REN": the operator named, not its country
        propn = " ".join(t.text for t in phrase if t.pos_ == "PROPN")
        # ("Mr Toller", "Cllr Menon": the person listed or named before, by surname)
        propn = NAME_PREFIX.sub("", propn)
        if propn and clean_name(propn) in ctx.persons and head.pos_ == "PROPN":
            known = ctx.persons[clean_name(propn)]
            ctx.last_person = known  # "Norman told MPs ... He said ...": he is the one just named
            return Voice(known.speaker, known.role, mention=text)
        head_lemma = head.lemma_.lower()
        described = role_of_phrase(" ".join(t.text for t in head.subtree)[:240], ctx.vendor)
        if described == "customer" and head.lemma_.lower() == "member" and ctx.author.role == "insider" \
                and org_role(ctx.author.speaker or "") == "insider":
            described = "insider"  # "Members working on the reconciliation tell us", in a union's bulletin: its staff
        if head.lower_ in QUANTIFIER_HEADS and not list(head.children) and head.i > 0:
            # "Several told Bytewire ...", "Others said ...": some of the people the sentence before
            # spoke of ("For developers who resell access ..., the outage meant ...")
            before = head.doc[head.sent.start - 1].sent if head.sent.start > 0 else None
            plural = " ".join(t.text for t in before if t.tag_ == "NNS") if before is not None else ""
            kind = role_of_phrase(plural, ctx.vendor) if plural else None
            if kind in ("insider", "customer", "expert"):
                voice = Voice(GROUP_CANONICAL[kind], kind, mention=text)
                ctx.last_group = voice
                return voice
            if ctx.last_group is not None:
                return Voice(ctx.last_group.speaker, ctx.last_group.role, mention=text)
        # "several Amazon employees", "AWS customers": the group, not the organisation
        group_head = head.pos_ in ("NOUN", "PRON", "ADJ", "NUM") or (head.is_sent_start and role_of_phrase(head.text))
        # "an aviation analyst, Dr Maria Lenz, said": the named person, not the group
        appos_person = person is not None and any(
            c.dep_ == "appos" and c.left_edge.i <= person.start and person.end - 1 <= c.right_edge.i for c in head.children)
        in_person = person is not None and person.start <= head.i < person.end or appos_person
        # an organisation's spokesperson is the organisation, not one of its insiders (below)
        official = described == "insider" and org is not None and SPOKES_WORDS.search(head.text) and not re.search(r"\bformer\b", text, re.I)
        again = head.pos_ == "NOUN" and any(c.dep_ in ("det", "nummod", "amod") and c.lower_ in ANAPHORIC_DETS for c in head.children)
        if again and group_head and not in_person and head_lemma in ctx.groups_by_noun:
            known = ctx.groups_by_noun[head_lemma]
            ctx.last_group = known
            return Voice(known.speaker, known.role, mention=text)
        company_bot = head_lemma in ("assistant", "bot", "chatbot", "agent") and head.pos_ == "NOUN" and any(
            c.lower_ in BOT_MARKERS for c in head.lefts) and not (org is not None and org.start < head.i) \
            and role_of_phrase(head.text) is None
        if COMPANY_DESK.fullmatch(text.strip()) or company_bot:
            # "the assistant, called Max, told one user": the company's chatbot speaks for it
            # "customer services told me", "the adviser told me": the company's front line speaks for it
            # ... and so does its app or website ("the app just says 'we're experiencing difficulties'")
            target = ctx.vendor or ctx.last_org
            if target:
                return Voice(target, _role_for_org(ctx, target), mention=text)
        author = _document_author(head)
        if author:
            # "The report, written by Halden Consulting Engineers for the insurer, found": its authors
            voice = _org_voice(ctx, author)
            self.note_org(voice)
            ctx.groups_by_noun[head_lemma] = voice  # "The report also found ..."
            return voice
        # ("CDK's July update to customers says": the update is CDK's, whoever it was sent to)
        if described in ("insider", "customer", "expert") and group_head and not in_person and not official \
                and document_owner(head) is None:
            voice = Voice(GROUP_CANONICAL[described], described, mention=text)
            ctx.last_group = voice
            if head.pos_ == "NOUN":
                ctx.groups_by_noun.setdefault(head_lemma, voice)
            if head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another") for c in head.children):
                ctx.last_person = voice  # "A warehouse operative ... said"; then '"...," he said' is that one
            return voice
        if person is not None and len(person) == 1 and clean_name(person.text) not in ctx.persons and head.i == person.start:
            voice = _org_voice(ctx, person.text)  # a one-word "person" never introduced is an organisation
            self.note_org(voice)
            return voice
        if person is not None and (head.ent_type_ == "PERSON" or head.i in range(person.start, person.end) or appos_person):
            voice = _person_voice(ctx, person, _description(head) if not appos_person else text)
            ctx.last_person = voice
            return voice
        issued = document_owner(head)
        if issued is not None:
            # "Microsoft's first status update said", "their status page says", "the company's
            # post-mortem concluded": a document speaks for the organisation that issued it
            if issued.pos_ == "PROPN":
                voice = _org_voice(ctx, head.doc[issued.left_edge.i: issued.i + 1].text)
                self.note_org(voice)
                return voice
            target = ctx.vendor or ctx.last_org
            if target and (issued.lower_ in ("its", "their") or issued.lemma_.lower() in ORG_NOUNS):
                return Voice(target, _role_for_org(ctx, target), mention=text)
        elif head_lemma in ISSUED_DOCS and head_lemma not in PRESS_NOUNS and (
                any(c.lower_ in ("the", "this", "that", "later", "subsequent", "further") for c in head.children)
                or head.tag_ == "NNS" and head_lemma in ("update", "post", "statement", "notice", "announcement", "tweet")
                and not any(c.dep_ in ("det", "poss") or role_of_phrase(c.text) for c in head.children)):
            # "'...,' the post said", "the statement added", "follow-up posts said": the documents just
            # named, issued by the voice that spoke through one ("The company said in a post on its
            # blog ...", "In a letter to Delta's counsel, the company said ..."), else by the
            # organisation that last spoke
            through = ctx.issued_by_noun.get(head_lemma)
            if through is not None and head.tag_ == "NN":
                return Voice(through.speaker, through.role, mention=text)
            target = ctx.last_org or ctx.vendor
            if target:
                return Voice(target, _role_for_org(ctx, target), mention=text)
        if SPOKES_WORDS.search(head.text) or head_lemma in ("statement", "spokesperson", "representative"):
            # "a representative of baggage handlers at the airport": the group spoken for
            for_group = next((role_of_phrase(" ".join(t.text for t in p.subtree), ctx.vendor) for p in head.children
                              if p.dep_ == "prep" and p.lower_ in ("of", "for") and not any(
                                  g.pos_ == "PROPN" for g in p.subtree)), None)
            if for_group in ("insider", "customer"):
                voice = Voice(GROUP_CANONICAL[for_group], for_group, mention=text)
                ctx.last_group = voice
                return voice
            owner = [c for c in head.children if c.dep_ in ("poss", "compound") and c.text[:1].isupper() and c.pos_ != "PRON"]
            if owner:
                start = owner[0].left_edge.i
                while start < owner[0].i and head.doc[start].pos_ == "DET":
                    start += 1  # "A McDonald's spokesperson": the article is no part of the name
                org = head.doc[start: owner[-1].i + 1]  # ("A Brussels Airport spokesperson": both words)
            if org is None:
                # "A spokesperson for Heathrow": the tagger may take a one-word name for a person's
                for_name = next((g for p in head.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "at")
                                 for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
                if for_name is not None and not any(c.dep_ == "det" for c in for_name.children) and not (
                        for_name.ent_type_ == "PERSON" and for_name.ent_iob_ == "I"):  # (a person's full name)
                    span = head.doc[for_name.left_edge.i:for_name.i + 1]
                    if clean_name(span.text) and clean_name(span.text) not in ctx.persons and is_org_name(clean_name(span.text)):
                        org = span
            if org is not None:
                voice = _org_voice(ctx, _hyphenated(org.root) if len(org) == 1 else org.text)  # "The Co-op's chief"
                ctx.last_person = voice  # "he"/"she" next refers to this spokesperson
                ctx.last_spokesperson[head_lemma] = voice
                return voice
            modifiers = [t for t in head.lefts if t.dep_ in ("compound", "amod", "nmod", "npadvmod")]
            body = head.doc[modifiers[0].left_edge.i:head.i].text if org is None and modifiers else ""
            if body and role_of_phrase(body) == "regulator":
                # "A UK government spokesperson", "a Transport Department official": the government
                voice = Voice(clean_name(body) or body, "regulator", mention=text)
                self.note_org(voice)
                ctx.last_spokesperson[head_lemma] = voice
                return voice
            earlier = ctx.last_spokesperson.get(head_lemma)
            if earlier is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
                ctx.last_person = earlier
                return Voice(earlier.speaker, earlier.role, mention=text)  # "the spokesperson said", again
            if re.search(r"(?i)\b(affected|one of the|customers?|clients?)\b", text):
                return Voice("customers", "customer", mention=text)  # "a spokesperson for one of the affected banks"
            if person is not None:
                return _person_voice(ctx, person, text)
            if head_lemma == "statement" and speaking is not None:
                return Voice(speaking.speaker, speaking.role, mention=text)
            # "TCS rejected the suggestion. '...,' a spokesperson said.": the company that just spoke
            target = ctx.previous_org or ctx.vendor or ctx.last_speaking_org or ctx.last_org
            if target:
                voice = Voice(target, _role_for_org(ctx, target), mention=text)
                ctx.last_person = voice
                return voice
        named = _name_before_description(head)
        if named is not None:
            # "Fastly, a San Francisco company that ..., said": the name, not the place in its description
            voice = _org_voice(ctx, named)
            self.note_org(voice)
            return voice
        org_child = org is not None and any(c.dep_ in ("appos", "compound") and org.start <= c.i < org.end for c in head.children)
        named_span = head.doc[min([c.i for c in head.children if c.dep_ in ("compound", "flat") and c.i < head.i] + [head.i]): head.i + 1]
        if org is not None and head.pos_ == "PROPN" and org.start > head.i and head.ent_type_ not in ("ORG", "PERSON") \
                and PERSON_NAME.fullmatch(named_span.text) and not looks_like_org(named_span.text):
            # "Ines Valdivia, who studies ... at the Halvorsen Institute, said" (the tagger took the
            # name for a place): the person, described by the organisation in her description
            voice = _person_voice(ctx, named_span, text)
            ctx.last_person = voice
            return voice
        apposed = next((c for c in head.children if c.dep_ == "appos" and c.lemma_.lower() in ORG_KIND_NOUNS), None)
        if org is not None and head.pos_ == "PROPN" and apposed is not None and apposed.left_edge.i <= org.start \
                and org.end <= apposed.right_edge.i + 1 and head.ent_type_ not in ("PERSON",):
            # "Halvard, a Danish certificate provider, rejected that": the name, not the word its
            # description names it by ("Danish")
            voice = _org_voice(ctx, named_span.text)
            self.note_org(voice)
            return voice
        if org is not None and (head.ent_type_ or head.i in range(org.start, org.end) or head.pos_ == "PROPN" or org_child):
            voice = _org_voice(ctx, org.text)
            self.note_org(voice)
            return voice
        proper = (self.doc._.voices_meta or {}).get("proper") or set()
        if head.pos_ != "PROPN" and (head.text in proper or bare_name(head) and head.lemma_.lower() not in SPEAKER_NOUNS_ALL):
            voice = _org_voice(ctx, _hyphenated(head))
            self.note_org(voice)
            return voice
        lower_title = next((m for m in SPOKES_WORDS.finditer(text) if m.group(0).islower()), None)
        if head.pos_ == "PROPN" and lower_title and head.ent_type_ not in ("ORG", "GPE") and not re.search(r"(?i)\bformer\b", text):
            # "Replit chief executive Amjad Masad": the executive speaks for the organisation
            title = lower_title
            owners = [t for t in phrase if t.idx < phrase.start_char + title.start() and t.text[:1].isupper() and t.i != phrase.start + 0 or t.dep_ == "poss" and t.text[:1].isupper()]
            owners = [t for t in owners if t.idx < phrase.start_char + title.start() and t.lower_ not in ("the", "a", "an", "chief")]
            target = ctx.aliases.canonical(owners[0].text) if owners else (ctx.vendor or ctx.last_org)
            if target:
                voice = Voice(target, _role_for_org(ctx, target), mention=text)
                ctx.persons[clean_name(head.text)] = voice
                ctx.last_person = voice
                return voice
        if head.pos_ == "PROPN":
            toks = [t for t in phrase if t.pos_ == "PROPN" or t.dep_ in ("compound", "flat")]
            name = " ".join(t.text for t in toks) or head.text
            known = ctx.persons.get(clean_name(name))
            if known:
                return known
            if len(toks) >= 3 and PERSON_DESCRIPTOR.fullmatch(toks[0].text) and PERSON_NAME.fullmatch(" ".join(t.text for t in toks[1:])) \
                    and toks[-1].i - toks[1].i == len(toks) - 2:
                # "Student Tomasz Kral, 20, said": a describing word, then the person
                voice = _person_voice(ctx, head.doc[toks[1].i: toks[-1].i + 1], f"{toks[0].lower_} {text}")
                ctx.last_person = voice
                return voice
            if EDITORIAL_LABEL.fullmatch(re.sub(r"\s*\(.*$", "", text).strip()) and ctx.author.speaker:
                # "Update (July 21): An earlier version of this post said ...": the writer's own note
                return Voice(ctx.author.speaker, ctx.author.role, mention=text)
            voice = _org_voice(ctx, name)
            self.note_org(voice)
            return voice
        if head_lemma in BODY_NOUNS and head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
            # "The committee said": the committee the text named ("Portbay Airline Operators Committee"),
            # before any guess from the word alone
            named_body = _named_place_org(ctx, head_lemma, self.doc.text[:head.idx])
            if named_body:
                voice = Voice(named_body, _role_for_org(ctx, named_body), mention=text)
                self.note_org(voice)
                return voice
        if head_lemma in PRESS_NOUNS:
            if ctx.last_press and ctx.last_press != ctx.author.speaker:
                return Voice(ctx.last_press, "press", mention=text)
            if head_lemma in ("report", "story") and ctx.vendor and ctx.author.role == "press":
                return Voice(ctx.vendor, "vendor", mention=text)
            if ctx.last_press:
                return Voice(ctx.last_press, "press", mention=text)
            by = list(REPORT_BY.finditer(self.doc.text[:head.idx])) if head_lemma == "report" else []
            if by and any(c.lower_ in ("that", "the", "this") for c in head.children):
                # "According to that report", after "a staff report by the federal Communications Commission"
                named = ctx.aliases.canonical(clean_name(by[-1].group(1)), register=False)
                if is_org_name(named) and not same_org(named, ctx.author.speaker):
                    return Voice(named, _role_for_org(ctx, named), mention=text)
            if head_lemma in ("report", "story", "article", "publication") and ctx.author.role in ("regulator", "expert"):
                return Voice(ctx.author.speaker, ctx.author.role, mention=text)  # its own report
            # "the report also suggests ...", in a statement answering an unnamed outlet
            return Voice("press reports", "press", mention=text)
        if head_lemma == "authority" and ctx.vendor and (OPERATOR_AUTHORITY.search(self.doc.text) or OPERATOR_AUTHORITY.search(
                f"{ctx.vendor} authority") or re.search(r"(?i)\bauthority\b", ctx.vendor)) \
                and not (ctx.last_regulator and "authority" in ctx.last_regulator.lower()):
            # "the authority said", in a story about a transit or port authority's own failure: the
            # operator whose incident it is, not a regulator
            return Voice(ctx.vendor, _role_for_org(ctx, ctx.vendor), mention=text)
        if head_lemma == "bank" and CENTRAL_BANK.search(text) and not (ctx.vendor and _is_central_bank(ctx.vendor)):
            # "the Dutch central bank said": the bank that supervises, not a bank the outage hit
            name = ctx.last_regulator if ctx.last_regulator and CENTRAL_BANK.search(ctx.last_regulator) else \
                clean_name(re.sub(r"(?i)^(?:the|a)\s+", "", text.strip()))
            voice = Voice(name or "central bank", "regulator", mention=text)
            self.note_org(voice)
            return voice
        if head_lemma in REGULATOR_NOUNS:
            if ctx.last_regulator and head_lemma not in ctx.last_regulator.lower().split():
                # "The Commission found ...", after "a staff report by the federal Communications
                # Commission", when the regulator last speaking was another (an attorney general)
                named = _named_place_org(ctx, head_lemma, self.doc.text[:head.idx])
                if named and not same_org(named, ctx.vendor or ""):
                    return Voice(named, "regulator", mention=text)
            if ctx.last_regulator:
                return Voice(ctx.last_regulator, "regulator", mention=text)
            if ctx.author.role == "regulator" and ctx.author.speaker:
                return Voice(ctx.author.speaker, "regulator", mention=text)  # a notice speaking of itself
            return Voice("regulator", "regulator", mention=text)
        one_of_many = head_lemma in ORG_NOUNS and head.tag_ == "NN" and any(
            c.lower_ in ("one", "another") and c.dep_ in ("nummod", "det") for c in head.children)
        if one_of_many or head_lemma in ORG_NOUNS and head.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in head.children):
            # "Airlines said", "several banks said", "at least one group said": the businesses the incident
            # reached; "Internet monitoring companies said": the firms that watch such things
            kind = "expert" if described == "expert" else "customer"
            voice = Voice(GROUP_CANONICAL[kind], kind, mention=text)
            ctx.last_group = voice
            return voice
        if head_lemma in PLACE_ORG_NOUNS:
            # "the airport said": the airport the text names ("Brussels Airport"), else the incident's
            # company; several airports hit by a supplier's failure are the businesses it reached
            vendor_is = bool(ctx.vendor) and head_lemma in ctx.vendor.lower()
            if head.tag_ == "NNS" and not vendor_is:
                voice = Voice(GROUP_CANONICAL["customer"], "customer", mention=text)
                ctx.last_group = voice
                return voice
            named = _named_place_org(ctx, head_lemma, self.doc.text[:head.idx])
            target = ctx.vendor if vendor_is else named or ctx.vendor
            if target:
                return Voice(target, _role_for_org(ctx, target), mention=text)
        if head_lemma in ORG_NOUNS and head.tag_ == "NNS" and head_lemma not in GENERIC_ORG_NOUNS \
                and not (ctx.vendor and head_lemma in ctx.vendor.lower()):
            # "The airlines also disputed ...", in a story about an airport: the businesses the
            # incident reached, not the incident's company (whose own name would carry the word)
            voice = ctx.last_group if ctx.last_group is not None and ctx.last_group.role == "customer" \
                else Voice(GROUP_CANONICAL["customer"], "customer", mention=text)
            ctx.last_group = voice
            return Voice(voice.speaker, voice.role, mention=text)
        # ("those groups", "other companies": firms in general or others named before, never the
        # incident's company)
        others = head.tag_ == "NNS" and any(c.lower_ in ("those", "these", "such", "other", "many", "most", "some", "all")
                                            for c in head.children)
        named_after = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i), None)
        if head_lemma in ORG_NOUNS and head.tag_ == "NN" and named_after is not None:
            # "The small-business group Stichting MKB Betaalbelang put the number at ...": the body named
            name = clean_name(self.doc[min(t.i for t in named_after.subtree):named_after.i + 1].text)
            if name and is_org_name(name):
                voice = _org_voice(ctx, name)
                self.note_org(voice)
                return Voice(voice.speaker, voice.role, mention=text)
        if head_lemma in ORG_NOUNS and not others:
            target = ctx.vendor or ctx.last_org
            # "Morrisons has been running ... The Bradford-based supermarket confirmed ... The retailer
            # said ...": a kind of business the sentences before were about, not the incident's
            # company (a "supplier" or "provider" is the company whose systems failed)
            if (head_lemma not in GENERIC_ORG_NOUNS | PROVIDER_KIND_NOUNS and ctx.previous_subject_org
                    and ctx.previous_subject_org != ctx.vendor and any(c.lower_ == "the" for c in head.children)
                    and not (ctx.vendor and head_lemma in ctx.vendor.lower().split())):
                target = ctx.previous_subject_org
            # "A spokesperson for Northvale Power Networks said ... The company said ...": a generic
            # "the company" right after another company spoke is that company, unless the noun is
            # in the incident company's own name ("the council" for Westvale Council)
            other = ctx.previous_org
            if (other and other != ctx.vendor and head_lemma in GENERIC_ORG_NOUNS
                    and not (ctx.vendor and head_lemma in ctx.vendor.lower().split())):
                target = other
            if target:
                return Voice(target, _role_for_org(ctx, target), mention=text)
        if described:
            voice = Voice(GROUP_CANONICAL.get(described, described), described, mention=text)
            ctx.last_group = voice
            return voice
        if head_lemma in ("people", "person", "individual", "others"):
            if any(c.dep_ in ("acl", "relcl") and USING_SERVICE.match(c.lemma_) for c in head.children):
                # "people trying to open Zoom found ...", "people who use the app say ...": its users
                voice = Voice(GROUP_CANONICAL["customer"], "customer", mention=text)
                ctx.last_group = voice
                return voice
            if ctx.last_group is not None:
                return Voice(ctx.last_group.speaker, ctx.last_group.role, mention=text)
            # ... and "one of them" next is one of these people
            ctx.last_group = Voice("customers", "customer") if ctx.author.role == "customer" else Voice("insiders", "insider")
            return Voice(ctx.last_group.speaker, ctx.last_group.role, mention=text)
        # "according to data from the tracking site FlightLedger": the organisation named inside
        named = org
        run = [t for t in phrase if t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") and not calendar_name(t.text)]
        if named is None and run and run[-1].i - run[0].i < 4:
            named = head.doc[run[0].i: run[-1].i + 1]
        if named is not None and head.pos_ == "NOUN":
            voice = _org_voice(ctx, named.text)
            self.note_org(voice)
            return voice
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is not None and head.pos_ == "NOUN":
            # "Corrandale's February 16 statement calls ...": the statement's owner
            voice = _org_voice(ctx, head.doc[owner.left_edge.i:owner.i + 1].text)
            self.note_org(voice)
            return voice
        # (a phrase of a dozen words is no name: "one", or a clause the parser made the subject)
        name = clean_name(text)
        return Voice(name if name and len(name.split()) <= 6 else None, "unknown", mention=text)

    def note_org(self, voice: Voice) -> None:
        if voice.role == "press":
            self.ctx.last_press = voice.speaker
        elif voice.role == "regulator":
            self.ctx.last_regulator = voice.speaker
        else:
            self.ctx.last_org = voice.speaker


def _we_rate(doc: Doc, regions) -> float:
    sents = 0
    hits = 0
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        sents += 1
        if any(t.lower_ in FIRST_PLURAL and not _inside(regions, t.idx) for t in sent):
            hits += 1
    return hits / max(sents, 1)


def _inside(regions, char: int) -> bool:
    for s, e in regions:
        if s <= char < e:
            return True
        if s > char:
            return False
    return False


TRAILING_PAREN = re.compile(r"\s*\([^()]{2,40}\)$")
PUBLISHED_BY = re.compile(r"(?i:published|issued|prepared|written|compiled|collected|gathered)\s+(?i:by)\s+(?:(?i:the)\s+)?"
                          r"([A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|of|the|and|for))*(?:\s*\([^()]{2,40}\))?)"
                          r"(?:\s*\.?$|(?=\s+from\s))")
# "Norvik Bank — customer complaints", "Acme: what users told us": a heading naming the company
# a collection is about, not the one who wrote it
ABOUT_HEADING = re.compile(r"(?i)^(?:(?:customer|user|passenger|member|reader|staff)s?'?\s+)?(?:complaints?|reviews?|feedback|"
                           r"comments?|stories|experiences|reports?\s+from|forum|thread|discussion)\b|^what (?:customers|users)\b")
# a reporter's byline line: "*By Marcus Hale · 18 March 2026, 07:30 GMT*"
BYLINE_LINE = re.compile(r"^[*_\s]*" + BYLINE, re.M)
# a byline ending with the outlet: "By Owen Pritchard, Business Reporter — The Retail Wire"
BYLINE_OUTLET = re.compile(r"(?m)^[*_\s]*[Bb]y\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*,\s*[^—–|\n]{2,60}?)?\s*[—–|]\s*"
                           r"(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})[\s*_]*$")
# a writer's own loss: the customer's side of an incident
# (a failure to use the service, not an analyst's "I could not confirm the May incident")
OWN_LOSS = re.compile(r"(?i)\b(?:my (?:account|card|order|flight|money|booking|subscription|data)|I (?:lost|was charged|paid)|"
                      r"I (?:couldn't|could not|can't|cannot|was unable to|wasn't able to) (?:log|sign|access|use|pay|get|reach|"
                      r"withdraw|book|check|make|connect|call|send|buy|load|open|see|transfer|order|stream|play|work))\b")
# a byline that reads as a person's name: "Marta Kowalczyk", "Jean-Luc O'Neill", "Ana de la Cruz"
# capitals and small letters of Latin script, accented ones included ("Inés Valcárcel", "Łukasz Nowak")
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zß-öø-ÿā-ž"
PERSON_NAME = re.compile(rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[{_UP}][{_LOW}'’-]+(?:\s+(?:[{_UP}]\.|[{_UP}][{_LOW}'’-]+|"
                         rf"de|la|van|von|der|da|di|du|le|bin|al))*\s+[{_UP}][\w'’-]+")
# a front-matter author that is a company's team, not a person
ORG_BYLINE = re.compile(r"(?:the\s+)?((?:[A-Z][\w&.'-]*\s+){1,3}?)(?:(?:site\s+)?reliability\s+|infrastructure\s+|platform\s+|"
                        r"security\s+|incident\s+(?:response\s+|management\s+)?|production\s+|cloud\s+|network\s+|trust\s+(?:and|&)\s+safety\s+|"
                        r"customer\s+|product\s+)?(?:engineering|team|engineering team|"
                        r"communications|press office|newsroom|blog|editorial team|sre team|operations|support)", re.I)
# "STATEMENT FROM ROBLOX CORPORATION", "Press release by Acme Ltd": a title naming its issuer after
ISSUED_BY = re.compile(r"(?i:statement|press release|announcement|notice|update|message)\s+(?i:from|by|of)\s+"
                       r"(?:(?i:the)\s+)?((?:[A-Z][\w&.'-]*)(?:\s+[A-Z][\w&.'-]*){0,4})\s*$")
# ... but not a title that opens with an article or a describing word ("An update on ...", "Latest statement")
ISSUER_TITLE = re.compile(r"^(?!(?:An?|The|Our|This|That|Latest|New|Further|Final|Full|Important|Another|Interim|Initial|"
                          r"Joint|Urgent|Official|Public|First|Second|Third|Next|Weekly|Daily|Monthly|Quarterly|Annual|"
                          r"Customer|Service|Status|Incident|Your|My)\s)"
                          r"((?:[A-Z][\w&.'-]*\s){0,3}[A-Z][\w&.-]*?)(?:'s|’s)?\s+(?:statement|update|notice|"
                          r"response|announcement|press release|incident report|post-?mortem)\b")


# a name on a letterhead: capitalised words, with lower-case connectors ("Office of the Rail Regulator")
# how a regulatory filing names its filer: '(the "Company")', "the Company's dealerships"
FILER_SELF = re.compile(r"\(the\s+[\"“]Company[\"”]\)|\bthe Company(?:['’]s)?\b")
PRODUCT_TAIL = re.compile(r"(?i)\b(?:system|systems|platform|portal|app|application|software|suite|module)$")
REGISTRANT = re.compile(r"(?m)^[ \t]*([A-Z][^\n]{1,80}?)[ \t]*\n[ \t]*\(?[ \t]*Exact name of registrant", re.I)
THIRD_PARTY_PROVIDER = re.compile(r"\bthird[- ]party\s+(?:[\w-]+\s+){0,2}?(?:provider|supplier|vendor)s?\b", re.I)
LETTERHEAD_NAME = re.compile(r"^[A-Z][\w&.'’-]*(?:\s+(?:[A-Z&][\w&.'’-]*|of|the|and|for|de|du|la))*$")


def _text_spelling(name: str, text: str) -> str:
    """A name in capitals ("SHOPWELL", "PARCELPOINT LTD", "McDONALD'S" on a letterhead) as the
    text itself spells it elsewhere ("Shopwell"); an initialism the text only writes in capitals stays."""
    letters = [ch for ch in name if ch.isalpha()]
    if not letters or sum(ch.isupper() for ch in letters) < 0.75 * len(letters):
        return name
    mixed = [m.group(0) for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text, re.I)
             if not m.group(0).isupper()]
    return Counter(mixed).most_common(1)[0][0] if mixed else name


# a body's name in its own language, which an English form may follow on the next line
FOREIGN_BODY = re.compile(rf"(?i)\b(?:{FOREIGN_REGULATOR})\b")


KICKER = re.compile(r"(?i)live|live updates|breaking|breaking news|exclusive|analysis|opinion|comment|explainer|updated|update|"
                    r"news|features?|interview|review|podcast|video|watch|listen|"
                    # a document's protective marking: "OFFICIAL", "OFFICIAL-SENSITIVE", "UNCLASSIFIED"
                    r"official(?:[- ]sensitive)?|unclassified|restricted|protect|tlp:\s*\w+")


def _letterhead(doc: Doc) -> str | None:
    """An organisation named in the first short lines or in a closing signature; none for a
    chat or ticket exported a stamped message a line (its writers sign their own messages)."""
    lines = [l.strip() for l in doc.text.splitlines() if l.strip()]
    if lines and (m := TURN.match(lines[0])) and m.group("stamp") \
            and sum(bool((m := TURN.match(l)) and m.group("stamp")) for l in lines[:40]) >= 3:
        return None
    for line in lines[:5]:
        # "Published by the Foodservice Technology Resilience Council (FTRC)": the issuer, whatever the masthead
        m = PUBLISHED_BY.match(line.strip("#*_ "))
        if m:
            return clean_name(TRAILING_PAREN.sub("", m.group(1)))
    for line in lines[:4]:
        # an e-mail's sender: "From: Sony Interactive Entertainment - Corporate Communications"
        m = re.match(r"(?i)^from:\s*(.+)$", line)
        if m:
            parts = [p.strip() for p in re.split(r"\s[-–—|]\s|,", re.split(r"\s*[<(]", m.group(1))[0]) if p.strip()]
            # "Stuart Machin, Chief Executive, M&S": the organisation after a person and a title
            if len(parts) >= 2 and PERSON_NAME.fullmatch(parts[0]) and not org_role(parts[0]):
                rest = [p for p in parts[1:] if not SPOKES_WORDS.search(p) and not re.search(
                    r"(?i)\b(?:chief|executive|officer|director|head|manager|president|chair)\b", p)]
                parts = rest[:1] or parts
            sender = parts[0] if parts else ""
            if sender and "@" not in sender and len(sender.split()) <= 6:
                return clean_name(sender)
    fallback = None
    from ..furniture import post_header
    copied_posts = any(post_header(line) for line in lines[:60])
    for k, line in enumerate(lines[:3]):
        if copied_posts and post_header(line):
            continue  # "Lumora Mobile @LumoraMobile · Mar 9": a post's header, its poster no letterhead
        line = line.strip("#*_ ")  # a Markdown heading or emphasis: "# Harbourline Research | ..."
        line = re.sub(r"\[([^\]\n]{1,80})\]\([^)\n]*\)", r"\1", line)  # a link's words: "[The Morning Ledger](https://...) | [News](...)"
        if KICKER.fullmatch(line):
            continue  # a live page's or column's label over the headline ("Live", "Analysis"), no issuer
        if BYLINE_LINE.match(line):
            continue  # "By Marcus Hale · 18 March 2026": the reporter, not a letterhead
        if TURN.match(line) and len(line.split()) > 8 and sum(bool(TURN.match(x)) for x in lines[:40]) >= 3:
            continue  # "PEDRO SÁNCHEZ: The blackout began at 12:33 ...": a transcript's first turn
        # a title naming its issuer: "Acme statement on the 2 March disruption"
        issuer = ISSUER_TITLE.match(line) or ISSUED_BY.match(line)
        if issuer:
            name = clean_name(_text_spelling(clean_name(issuer.group(1), keep_case=True), doc.text))
            # a capitalised heading's name the text never spells otherwise: "GRIDCRAFT" -> "Gridcraft"
            return titled(name) if name.isupper() and len(name) > 4 else name
        # (a page's head laid out in columns, "Acme Cloud GmbH        Incident Report IR-2025-017":
        # the issuer on the left)
        parts = re.split(r"\s(?:[|·•–—>›»-]|--)\s|:|\s{4,}", line)  # (a breadcrumb trail: "The Pound Ledger › Banking")
        chunk = parts[0].strip()
        if len(parts) > 1 and (ABOUT_HEADING.match(parts[1].strip()) or line.endswith("?")):
            continue  # "Norvik Bank — customer complaints", "Ask HN: Did Acme just ...?": a title, not an issuer
        chunk = TRAILING_PAREN.sub("", chunk)  # "... PILOTS ASSOCIATION (SWAPA)", "... (Australia & New Zealand)"
        chunk = re.sub(r"\s+\d{2,3}(?:\.\d)?\s*(?:FM|AM)$", "", chunk)  # a station's frequency: "FENLAND SOUND 97.4 FM"
        if re.fullmatch(r"(?i)to|cc|bcc|attn|subject|date(?:\s+\w+)?|dear\b.*", chunk):
            continue  # a letter's address lines name its recipient, not its author
        chunk = re.sub(r",?\s+(?:inc|ltd|llc|plc|corp|co|limited|gmbh|ag|nv|sa)\.?$", "", chunk, flags=re.I)  # "..., INC."
        if len(chunk.split()) > 8:
            break
        # (its connectors not counted: "Consumer and Civil Disputes Tribunal of Westmark")
        named_words = [w for w in chunk.split() if w.lower() not in ("of", "and", "for", "the", "de", "du", "la")]
        if chunk and len(named_words) <= (8 if chunk.isupper() else 6) and not re.search(r"\d|^(re|fwd?)\b|statement|notice|update|"
                                                               r"^(?:post-?mortem|incident|summary|analysis|timeline)\b|\b(?:media|press|news)\s+release\b|"
                                                               # a report's section heading: "CYBER INCIDENT", "FINANCIAL HIGHLIGHTS"
                                                               r"\b(?:incident|outage|summary|analysis|timeline|overview|highlights|continued|results)$|"
                                                               r"\b(?:summary|decision|judgment|ruling|transcript)\b", chunk, re.I) \
                and LETTERHEAD_NAME.match(chunk):
            name = clean_name(_text_spelling(clean_name(chunk, keep_case=True), doc.text))
            # a masthead in capitals the text never spells otherwise: "PATCHLINE" -> "Patchline"
            name = name.title() if name.isupper() and len(name) > 6 and " " not in name else name
            if not is_org_name(name):
                continue  # a transcript's "PARTICIPANTS:" or "QUESTION" label
            if name.lower() in COMMON_SITES and copied_posts:
                return None  # "LinkedIn" atop posts copied from it: the site and its menu, no author
            if fallback is None and (org_role(name) is None or FOREIGN_BODY.search(name)) and k + 1 < min(3, len(lines)):
                # a name in another language over its English form, whose words say what body it is
                # ("AUTORITEIT DIGITALE CONTINUÏTEIT" / "Netherlands Authority for Digital Continuity (ADC)")
                fallback = name
                continue
            if fallback is not None and re.fullmatch(r"(?:[A-Z][\w&'-]*\s+){0,4}(?:Department|Division|Team|Unit|Directorate)", name):
                # "HARLOW VALLEY REGIONAL HOSPITAL" over "Information Technology Department - ...": a unit
                # of the organisation above it, not a government department
                return fallback
            return name if fallback is None or org_role(name) in ("regulator", "expert", "insider") else fallback
    if fallback:
        return fallback
    for line in reversed(lines[-3:]):
        # a sign-off ("— The Acme Team"), not a rule of dashes under an export ("------")
        m = re.match(r"^[—–-]{1,3}\s*(?:the\s+)?([^\W\d_].*?)(?:\s+team)?\s*$", line, re.I)
        if m and len(m.group(1).split()) <= 6 and "@" not in line and not re.search(r"(?i)\bcontact\b", line):
            return m.group(1)
    return None


def _outside_quotes(text: str, regions) -> str:
    """``text`` without its direct quotations."""
    parts, last = [], 0
    for start, end in sorted(regions):
        parts.append(text[last:max(last, start)])
        last = max(last, end)
    parts.append(text[last:])
    return " ".join(parts)


def _several_authors(written_by: str) -> bool:
    """"Jane Doe; Raj Patel", "Jane Doe and Raj Patel": more than one writer. An "and" inside one
    body's name ("Australian Communications and Media Authority") is not two authors."""
    if re.search(r"[;,/]", written_by):
        return True
    return bool(re.search(r"\band\b", written_by)) and org_role(written_by) is None


ADVOCACY = re.compile(r"(?i)\b(?:consumer (?:group|association|champion|body|organi[sz]ation|rights)|campaign group|"
                      r"advocacy group|pressure group|standing up for (?:shoppers|consumers|customers|passengers|patients|members))\b")
ANALYST_BYLINE = re.compile(r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}),\s*(?P<title>[^—–|\n]{3,80}?)\s*[—–|]\s*"
                            r"(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})$")
OWN_NOTICE_TITLE = re.compile(r"(?i)^(?:[\w&'’.-]+\s+){0,4}?(?:joint\s+|official\s+|public\s+)?(?:statement|update|notice|"
                              r"announcement|open letter|message|apology|post-?mortem|incident report)\s+"
                              r"(?:from|on|by|regarding|about|to|concerning)\b")


# a letter to the provider about its failure: "Dear Ms Threlfall, ... the failure of your
# card-acceptance service ... Your statement describes the disruption as brief"
YOUR_FAILURE = re.compile(r"(?i)\byour\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:service|services|systems?|platform|network|"
                          r"outage|failure|incident|statement|engineers|software|update|change|company)\b")


def _addressed_to(text: str, vendor: str | None) -> bool:
    """A letter ("Dear ...") whose address block names the incident's company ("Ms Ruth
    Calloway-Mensah / Chief Executive / Kestrel Mutual Bank plc"): its "you" is that company."""
    if not vendor or not re.search(r"(?m)^\s*Dear\s+\S", text[:4000]):
        return False
    head = text[:text.find("Dear ")] if "Dear " in text[:4000] else text[:1500]
    return re.search(rf"(?m)^\s*{re.escape(vendor)}\b", head) is not None


def writes_to_provider(text: str) -> bool:
    """A letter ("Dear ...") that speaks of the addressee's service, failure or statement at
    least twice: written by a business the incident hit, to the company behind it."""
    return bool(re.search(r"(?m)^\s*(?:Dear\s+\S|To\s*:\s*\S)", text[:3000])) and len(YOUR_FAILURE.findall(text)) >= 2


# a public body's own services, in its own words: "our online services", "our benefits portal"
_OUR_SERVICE = (r"\bour\s+(?:[\w-]+\s+){0,2}(?:services?|systems?|portals?|websites?|platforms?|apps?|forms|"
                r"data cent(?:re|er)s?|networks?)\b")
_WENT_DOWN = r"\b(?:unavailable|down|offline|failed|disrupted|interrupted|cut|lost)\b"
# ... or in its release's third person: "the council has confirmed that all of its online services
# and telephone lines are working normally again"
_ITS_SERVICE = (r"\b(?:its|the council['’]s)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}(?:services?|systems?|portals?|websites?|"
                r"platforms?|apps?|forms|networks?|(?:tele)?phone lines)\b")
OWN_SERVICE = re.compile(rf"(?i){_OUR_SERVICE}[^.;]{{0,60}}?(?:{_WENT_DOWN}|\b(?:restored|back)\b)|"
                         rf"{_WENT_DOWN}[^.;]{{0,60}}?{_OUR_SERVICE}|"
                         rf"{_ITS_SERVICE}[^.;]{{0,60}}?(?:{_WENT_DOWN}|\b(?:restored|back online|working normally)\b)")
OWN_APOLOGY = re.compile(r"(?i)\bwe(?:['’]re| are)\s+(?:very\s+|truly\s+|deeply\s+)?sorry\b|\bwe\s+(?:sincerely\s+)?apologi[sz]e\b")
BROKEN_ORG_END = re.compile(r"(?i)\b(?:of|for|at|and|the|in)$")


# an e-mail's sender and the domain of the address: "From: Julien Marchetti <julien@maisonorbe.example>"
SENT_BY = re.compile(r"(?im)^from:\s*\"?([^<\"\n@]+?)\"?\s*<[^@>\s]+@([\w.-]+)>")


def _address_label(domain: str) -> str:
    """The label of an address's domain that names its owner: "bramblecart" in
    news.bramblecart.example, "harrowfield" in mail.harrowfield.co.uk."""
    labels = domain.lower().split(".")
    if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "net", "ac", "gov", "ltd", "plc") and len(labels[-1]) == 2:
        labels = labels[:-1]  # a country's second-level domain: .co.uk, .com.au
    return labels[-2] if len(labels) >= 2 else labels[0]


def _squashed(name: str) -> str:
    """A name as an address spells it: "Maison Orbe" -> "maisonorbe"."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _spellings(name: str) -> set[str]:
    """The ways an address may spell a name: "Brindle & Co." -> "brindleco", "brindleandco"."""
    return {_squashed(name), _squashed(name.replace("&", "and"))}


def _sent_from(text: str, org: str | None) -> bool:
    """Was the e-mail sent from an address of ``org`` ("maisonorbe" for "Maison Orbe")?"""
    m = SENT_BY.search("\n".join(text.splitlines()[:8]))
    return bool(m and org) and _address_label(m.group(2)) in _spellings(org)


# whose statement a line introduces: "the statement Norvane put out on Wednesday:", "Acme's full statement:"
STATEMENT_OF = re.compile(r"\bstatement\s+(?:that\s+)?(?P<org>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+"
                          r"(?:put out|issued|released|published|sent|posted|gave|shared)\b|"
                          r"\b(?P<org2>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})['’]s\s+(?:full\s+|own\s+|latest\s+)?statement\b")


def _vendor_address(line: str, ctx: Context) -> bool:
    """Does the line carry an e-mail address at the incident company's domain ("<m.lodge@amazon.example>"
    for Amazon, or for a name the alias table gives Amazon, "aws")?"""
    m = re.search(r"<[^@>\s]+@([\w-]+)\.", line)
    if not m or not ctx.vendor:
        return False
    domain = m.group(1).lower()
    names = {ctx.vendor} | {alias for alias, owner in ctx.aliases.map.items() if owner == ctx.vendor}
    return any(domain in _spellings(n) for n in names)


COMPLAINANT_FIELD = re.compile(r"(?im)^[ \t*_]*(?:complainant|consumer|claimant|customer)[ \t*_]*:[ \t*_]*"
                               r"((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})[ \t*_]*$")
# a customer's own word for the supplier whose failure it reports: "Root cause (per vendor)", "the vendor's position"
OWN_VENDOR = re.compile(r"(?i)\b(?:the|our|per) vendor(?:['’]s)?\b|\bvendor[- ](?:declared|notice|notices|account manager)\b")
# a business the outage reached, in its owner's words: "our patients", "our pharmacy", "our store"
# a business saying the outage hit it: "for us it was catastrophic", "we are one of your 'handful'",
# "every snapshot from Saturday to Tuesday is gone"
HIT_US = re.compile(r"(?i)\bfor us(?:,)? (?:it|this|that) (?:was|has been|is)\b|\bwe are one of (?:your|the)\b|"
                    r"\bwe (?:lost|have lost|found out)\b|\bour (?:data|snapshots|backups|orders|records)\b[^.;]{0,40}\b(?:gone|lost|deleted)\b")
OWN_BUSINESS_HIT = re.compile(r"(?i)\bour (?:patients|customers|clients|pharmacy|practice|clinic|shop|store|business|"
                              r"restaurant|cafe|café|members|staff|payroll|orders|sales|tills)\b|"
                              r"\bwe (?:could not|couldn['’]t|were unable to|lost|had to turn away)\b|"
                              # "We were effectively down for 19 hours", "our Heroku service credit came to
                              # $212", "we have been a Heroku shop": a business its provider's outage hit
                              r"\bwe were (?:\w+ )?(?:down|offline|dark)\b|\bour (?:\w+ )?service credits?\b|"
                              r"\bour (?:merchants|storefronts?|shoppers|subscribers)\b|"
                              r"\bwe(?:['’]ve| have)? been an? (?:\w+ ){0,2}(?:customer|shop|user|client)\b")
# a post's own byline: "Posted May 7, 2024 by Helen Varga, RPh", "Written by Ines Valdivia", or its
# author field: "Author: Jonas Ekdahl, Senior Threat Researcher, Halvard Labs"
BLOG_BYLINE = re.compile(r"(?im)^[ \t*_]*(?:(?:posted|published|written|filed)\b[^\n]{0,40}?\bby\s+|author\s*:[ \t*_]*)"
                         r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})(?:\s*,\s*(?P<title>[^\n|·•]{2,80}))?"
                         # (and the rest of a blog's byline: "  ·  9 min read  ·  Leave a comment")
                         r"(?:[ \t]+[·•|][^\n]*)?[ \t*_]*$")
# a post's name-and-date line: "Tom Karalis · 21 September 2025 · 9 min read · Tags: ..."
# (or with a title: "*Dana Whitcombe, co-founder & CEO · July 20, 2025 · 7 min read*")
DATED_BYLINE = re.compile(r"(?im)^[ \t*_]*(?:by\s+)?(?P<name>(?!By\b)[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
                          r"(?:[ \t]*,[ \t]*(?P<title>[^\n·•|,]{2,60}))?[ \t*_]*[·•|][ \t*_]*"
                          r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+(?:19|20)\d{2}\b[^\n]*$")
# a newsletter's byline stacked over its date line: "**Ines Marchetti**" / "Feb 27, 2024 · Incident
# Window · Issue #57"
STACKED_BYLINE = re.compile(r"(?m)^[ \t*_]*(?:[Bb]y\s+)?(?P<name>(?!By\b)[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})(?P<title>)[ \t*_]*\n"
                            # (the date line goes on with the publication: a letter's bare date under its addressee does not)
                            r"[ \t*_]*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+(?:19|20)\d{2}\b[ \t]*[·•|][^\n]*$")
# a pleading's marks: "CLASS ACTION COMPLAINT", "Case No. 3:26-cv-01184", "Plaintiffs allege"
PLEADING = re.compile(r"(?im)^\W*(?:class action )?complaint\b|\bcase no\.\s*[\w:-]+|\bplaintiffs? (?:allege|bring|seek)s?\b")
# a letter's salutation to a newspaper or its letters page
LETTER_TO_EDITOR = re.compile(r"(?im)^\W*(?:letters? to the editor|sir|madam|sir or madam|dear (?:sir|madam|editor|sir or madam))\W*$")
SIGN_OFF = re.compile(r"(?im)^\W*(?:yours (?:faithfully|sincerely|truly)|sincerely|(?:kind |best |warm )?regards|with thanks)\W*$")
# a newswire's marks on a company's release and the lines naming its issuer
WIRE_MARK = re.compile(r"/\s*(?:PRNewswire|PR Newswire|Business ?Wire|GLOBE NEWSWIRE|ACCESSWIRE|EQS-News)(?:-\w+)?\s*/|"
                       r"^\s*news provided by\s*$", re.I | re.M)
WIRE_ISSUER = re.compile(r"(?im)^\s*(?:news provided by\s*\n\s*|source:?\s+)([A-Z][^\n]{1,60}?)\s*$")


RELEASE_MARK = re.compile(r"(?im)^\W*(?:for immediate release|notes? to editors|media contacts?|press contacts?|-?ends-?|###)\W*$")
# a masthead that says the text is a newsletter, podcast or programme: "A weekly letter about ...",
# "Issue #87 | Wednesday, 16 July 2025", "THE FINE PRINT -- a podcast about consumers"
MINUTES_HEAD = re.compile(r"(?im)^\W*(?:(?:draft|approved|unconfirmed|confirmed)\s+)?minutes\s+of\s+(?:the\s+)?"
                          r"(?:\w+\s+){0,3}?(?:meeting|session)\b")
MASTHEAD_KIND = re.compile(r"(?im)\b\d{2,3}(?:\.\d)?\s*(?:FM|AM)\s*$|\bphone-in\b|"
                           r"\b(?:a|the|weekly|daily)\s+(?:\w+\s+)?(?:podcast|radio show|radio programme|"
                           r"newsletter|news programme|talk show)\b|\bepisode\s+\d+\b|\bpodcast\b|"
                           r"\b(?:weekly|daily|monthly|fortnightly)\s+(?:e-?mail\s+)?letter\b|"
                           r"^\W*issue\s+(?:no\.?\s*|#\s*)?\d+\b")


def _release_issuer(text: str) -> tuple[str, str] | None:
    """The body a press release comes from, and how it describes itself: the subject of its
    first sentence's "today ..." ("The Players' Rights Collective (PRC), a nonprofit ..., today
    urged"); None for a text without a release's marks."""
    if not RELEASE_MARK.search(text):
        return None
    today = re.search(r"[ \t]today[ \t]+[a-z]+", text[:3000])
    if not today:
        return None
    before = text[text.rfind("\n", 0, today.start()) + 1:today.start()]
    described = re.search(r",([^,\n]{3,160}),[ \t]*$", before)  # ", a nonprofit that represents consumers ...,"
    if described:
        before = before[:described.start()]
    before = re.sub(r"[ \t]*\([A-Z][\w&]{1,8}\)[ \t]*$", "", before)  # "(PRC)"
    m = re.search(r"((?-i:[A-Z])[\w&'’.-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+)?(?-i:[A-Z])[\w&'’.-]*){0,5})[ \t]*$", before)
    name = clean_name(re.sub(r"^The[ \t]+", "", m.group(1))) if m else ""
    return (name, described.group(1) if described else "") if name and is_org_name(name) and not name.isupper() else None


# "**Statement by the Iberian Electricity Generators Association (AGEI)**", "Press release from
# Tellaro", "Joint statement issued by ...": the heading names who issues the text
STATEMENT_BY = re.compile(r"(?im)^\W*(?:joint\s+|official\s+|public\s+)?(?:statement|press\s+release|news\s+release|"
                          r"media\s+release|press\s+statement|response|position\s+paper)\s+(?:issued\s+|published\s+)?"
                          r"(?:by|from|of)\s+(?:the\s+)?((?-i:[A-Z])[\w&'’.-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+|&[ \t]+)?"
                          r"(?-i:[A-Z])[\w&'’.-]*){0,7})")


def _statement_issuer(text: str) -> str | None:
    """Who issues a statement written as "we" with no letterhead: the body its heading names
    ("Statement by the ... Association"), else the one its closing "About X" section describes
    ("About Red Eléctrica" / "Red Eléctrica is the transmission agent ..."); None otherwise."""
    head = "\n".join([line for line in text.splitlines() if line.strip()][:8])
    by = STATEMENT_BY.search(head)
    if by:
        name = clean_name(re.sub(r"[ \t]*\([A-Z][\w&]{1,8}\)$", "", by.group(1)))
        if is_org_name(name):
            return name
    tail_at = max(0, len(text) - 2500)
    for about in ABOUT_ISSUER.finditer(text, tail_at):
        name = clean_name(about.group("name"))
        if is_org_name(name) and describes_issuer(name, text[about.end():]):
            return name
    return None


def _wire_issuer(text: str) -> str | None:
    """The company that issued a release sent over a newswire: "NEWS PROVIDED BY / JLR", "SOURCE
    JLR", else the "About JLR" section; None for a text without a wire's marks."""
    if not WIRE_MARK.search(text):
        return None
    m = WIRE_ISSUER.search(text)
    about = ABOUT_ISSUER.search(text)
    name = clean_name(m.group(1)) if m else clean_name(about.group("name")) if about else None
    return name if name and is_org_name(name) else None


def _signatory(text: str) -> tuple[str, str] | None:
    """Who signed a letter: the name on the line after its last sign-off ("Yours faithfully,"),
    and the title and organisation on the lines after that, joined ("Managing Director, Whelan
    Trim Components Ltd")."""
    tail = text[-1500:]
    offs = list(SIGN_OFF.finditer(tail))
    if not offs:
        return None
    # (not a signature's placeholder: "[signature]", "(signed)")
    lines = [l.strip(" *_>\t") for l in tail[offs[-1].end():].splitlines()
             if l.strip(" *_>\t") and not re.fullmatch(r"[\[(]\s*(?:signature|signed|sig\.?)\s*[\])]", l.strip(" *_>\t"), re.I)]
    if not lines:
        return None
    name = NAME_PREFIX.sub("", re.split(r"\s*,\s*", lines[0])[0]).strip()
    if not PERSON_NAME.fullmatch(name):
        return None
    rest = lines[0][len(lines[0].split(",")[0]):].strip(" ,")
    title = ", ".join(x for x in [rest, *lines[1:3]] if x and not re.search(r"[@+]|\d{3}", x))
    return name, title


# a release's own head: "PRESS RELEASE", "FOR IMMEDIATE RELEASE", "MEDIA STATEMENT"
RELEASE_HEAD = re.compile(r"(?im)^[#*_\s]*(?:(?:press|news|media) (?:release|statement)|for immediate release|embargoed\b)")


CHAMBER = re.compile(r"(?i)\b(?:house of commons|house of lords|house of representatives|d[áa]il [ée]ireann|seanad [ée]ireann|"
                     r"legislative assembly|legislative council|national assembly|senate)\b")


# an officer's sign-off under a post: "*— Eero Lindqvist, CTO, Quillwright Games Oy (quillwright.example)*"
OFFICER_SIGN_OFF = re.compile(r"(?m)^[ \t*_]*[—–-]{1,2}[ \t]*(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}),[ \t]*"
                              r"(?P<title>[^,\n]{2,60}),[ \t]*(?P<org>[A-Z][^\n(*_]{1,60}?)[ \t]*(?:\([^)\n]*\))?[ \t*_]*$")
# the writer's own provider: "our hosting provider", "our cloud provider's campus"
OUR_PROVIDER = re.compile(r"(?i)\bour\s+(?:[\w-]+\s+){0,2}(?:provider|supplier|host|hosting company|vendor)(?:['’]s)?\b")


RESEARCH_NOUNS = frozenset("research study survey analysis poll figures data estimate estimates report".split())


# a public service's ranks: "Assistant Chief Fire Officer", "Chief Constable", "Detective Superintendent"
PUBLIC_RANK = re.compile(r"(?i)\b(?:fire officer|station (?:officer|manager)|watch manager|group manager|incident commander|"
                         r"chief constable|superintendent|inspector|commissioner|sheriff|paramedic|coroner)\b")


# counsel writing for a client: "We write on behalf of our client, Kestrelline, Inc. ("Kestrelline")"
FOR_OUR_CLIENT = re.compile(r"\b(?:[Ww]e|I)\s+(?:write|act|are writing|am writing|are instructed)\s+(?:on behalf of|for|by)\s+"
                            r"(?:our|my)\s+client,?\s+(?P<client>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}(?:,\s+(?:Inc|Ltd|LLC|plc|Corp)\.?)?)")


# an internal document's marking, and a memo's sender
INTERNAL_MARK = re.compile(r"(?im)^\W*(?:internal\b|strictly confidential|confidential\b|not for (?:distribution|circulation)|"
                           r"commercial in confidence|internal use only)")
MEMO_FROM = re.compile(r"(?im)^[ \t]*from:[ \t]*(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})[ \t]*(?:,|\(|<|$)")


# a hosted status page's heading over an incident: "Incident Report for Tessellate Pay",
# "Incident History for Lumora", "Status of Acme Cloud"
STATUS_PAGE_OWNER = re.compile(r"(?im)^[#*_\s]*(?:incident report|incident history|post-?incident report|status|system status)"
                               r"\s+(?:for|of)\s+(?P<org>(?-i:[A-Z])[\w&.'’ -]{1,40}?)[*_\s]*$")


def _post_heads(text: str) -> list[tuple[int, tuple[str, str]]]:
    """The post headers of a text, each with its line's offset: ``(offset, (user, rest))``."""
    from ..furniture import post_header

    heads, offset = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip() and (found := post_header(line)):
            heads.append((offset, found))
        offset += len(line)
    return heads


def _author(doc: Doc, aliases: AliasTable, regions) -> Voice:
    meta = doc._.document
    kind = (getattr(meta, "kind", None) or "").lower() or None
    source = getattr(meta, "source", None)
    role = KIND_ROLE.get(kind) if kind else None
    we_rate = _we_rate(doc, regions)
    if role in ("customer",) and SELF_INSIDER.search(doc.text):
        role = "insider"
    post_heads = _post_heads(doc.text)  # (read once: the forum check below needs them too)
    # a thread's opening post, up to the second post's header, and its poster: the page is theirs,
    # and a later poster's "I worked on the gateway" says nothing about them
    thread = len(post_heads) >= 3
    opener = post_heads[0][1][0] if thread else None
    own = _outside_quotes(doc.text[:post_heads[1][0]] if thread else doc.text, regions)  # a quoted "I" is the person quoted, not the writer
    nonblank = [line for line in doc.text.splitlines() if line.strip()]  # the head's lines, read once
    first_person = len(re.findall(r"\bI\b", own)) >= 2 and we_rate < 0.2
    written_by = (getattr(meta, "author", None) or "").strip()
    # (a person's credentials after the name: "Ruth Penhallow, PharmD", "Dr Amy Lo, MD, PhD")
    written_by = re.sub(r"(?:[,;]\s*(?:PharmD|RPh|MD|PhD|DO|RN|NP|PA-C|DDS|CPA|Esq\.?|MBA|JD|FRCP|MRCP|FRCS|MSc|BSc))+\.?$", "",
                        written_by).strip()
    # (or a pseudonymous handle: "author: quiet_failover")
    handle = bool(re.fullmatch(r"@?(?=[\w.-]*[_\d]|[a-z][a-z.-]*$)[A-Za-z][\w.-]{2,30}", written_by))
    signed_off = OFFICER_SIGN_OFF.search("\n".join(nonblank[-6:]))
    if signed_off and role is None and we_rate >= 0.05 and SPOKES_WORDS.search(signed_off.group("title")) \
            and is_org_name(clean_name(signed_off.group("org"))):
        # a post signed by an officer for the company ("— Eero Lindqvist, CTO, Quillwright Games Oy"):
        # that company, hit by its provider's failure when it writes of "our hosting provider"
        name = aliases.canonical(clean_name(signed_off.group("org").strip()))  # (without its legal suffix: "Quillwright Games Oy")
        return Voice(name, org_role(name) or ("customer" if OUR_PROVIDER.search(own) else "vendor"))
    if role is None and opener and written_by == opener:
        # a discussion page whose author field names its opening poster (old Reddit's page) is that
        # poster's: a user of the service unless the post says they work or worked there
        return Voice(aliases.canonical(opener), "insider" if SELF_INSIDER.search(own) else "customer")
    # (a small business's owner writes "I" and "we" alike: "I assumed our internet was down ... we sent")
    own_voice = first_person or len(re.findall(r"\bI\b", own)) >= 3
    if role is None and own_voice and (PERSON_NAME.fullmatch(written_by) or handle) and not org_role(written_by):
        # a person's own blog ("Accountable Machines", by Ines Valdivia, written as "I", with or
        # without a site name in the front matter): the person, an outside voice unless the post
        # says they work there or were a customer
        role = "insider" if SELF_INSIDER.search(own) else "customer" if OWN_LOSS.search(own) or OWN_BUSINESS_HIT.search(own) \
            else "expert"
        bare = re.sub(rf"^{HONORIFIC.pattern}\s*", "", written_by)  # "Dr. Sofia Lindqvist" as the text names her
        return Voice(aliases.canonical(bare), role)
    if role is None and written_by and not re.search(r"[,;(]", written_by) and not PERSON_NAME.fullmatch(written_by) and is_org_name(written_by) \
            and (looks_like_org(written_by) or org_role(written_by)) and we_rate >= 0.05:
        # a page an organisation issued as "we" ("From: Revenue and Excise Authority" on a
        # government portal): the organisation; a public body apologising for, or telling of,
        # its own service's failure runs it, the operator
        name = aliases.canonical(written_by)
        kind = org_role(name)
        if kind == "regulator" and (OWN_SERVICE.search(own) or OWN_APOLOGY.search(own)):
            kind = None
        return Voice(name, kind or "vendor")
    if source and re.match(r"(?i)\s*(?:https?://|www\.)", source):
        source = None  # a scraper's "source: https://...": where it was found, not who wrote it
    if source:
        # "forum user gearhead_77": the handle
        source = re.sub(r"^(?:(?:forum|reddit|twitter|x|community|board)\s+)?(?:user|poster|member|account)\s+(?=\S+$)", "",
                        source.strip(), flags=re.I)
        # an organisation's own press room is the organisation: "aelec Press Room", "Acme Newsroom"
        # ... and so is its trust or security centre: "Salesloft Trust Center"
        source = re.sub(r"(?i)\s*\b(?:press ?room|newsroom|press office|press cent(?:re|er)|media cent(?:re|er)|"
                        r"(?:trust|security) (?:cent(?:re|er)|portal))$", "", source) or source
        # "Calder & Wynn Research, Auto Retail Sector Note (client distribution)" under "author:
        # Jonah Pressley, Calder & Wynn Research": the firm, not its product's name
        source = TRAILING_PAREN.sub("", source).strip() or source
        firm = source.split(",")[0].strip()
        if firm != source and len(firm.split()) <= 6 and re.search(rf",\s*{re.escape(firm)}\s*$", written_by):
            source = firm
        name = aliases.canonical(source)
        if role is None:
            # a statement the organisation issues in the first person plural, even where most
            # sentences name it ("Joint statement from UniSuper CEO ...", "we want to explain")
            own_notice = we_rate > 0 and OWN_NOTICE_TITLE.search(getattr(meta, "title", None) or "")
            # (a release the site's company sent over a newswire, written in the third person:
            # "MILAN, 8 July 2026 /PRNewswire/ -- Kelvin DataHalls ... today confirmed")
            wired = _wire_issuer(doc.text)
            own_notice = own_notice or bool(wired and same_org(aliases.canonical(wired, register=False), name))
            role = org_role(name) or ("vendor" if we_rate >= 0.2 or own_notice else "press")
        return Voice(name, role)
    for line in nonblank[:5]:
        # "*Daniel Okafor, Principal Analyst, Cloud Infrastructure — Kestrel Ridge Research*": an
        # analyst's note, written by the firm under a newsletter's masthead
        m = ANALYST_BYLINE.match(line.strip(" *_>"))
        if m and role is None and role_of_phrase(m.group("title")) == "expert":
            name = aliases.canonical(clean_name(m.group("org")))
            return Voice(name, org_role(name) or "expert")
    titled = re.fullmatch(r"(?P<name>[^(),]{3,60}?)\s*\((?P<title>[^(),]{2,60}),\s*(?P<org>[^()]{2,80})\)", written_by) \
        or re.fullmatch(r"(?P<name>[^(),]{3,60}?),\s*(?P<title>[^(),]{2,60}),\s*(?P<org>[^(),]{2,80})", written_by)
    if titled and PERSON_NAME.fullmatch(re.sub(rf"^{HONORIFIC.pattern}\s*", "", titled.group("name").strip())):
        # "author: Inès Garnier (SRE lead, Tramway Logistique)", or "Marguerite Olsen, Principal
        # Consultant, Tessellate Reliability": the team writing as "we" is her organisation, a
        # customer when it keeps a record of its provider's incident, an outside voice when her
        # title is an analyst's or a consultant's; else she writes
        org = aliases.canonical(clean_name(titled.group("org").strip()))
        if we_rate >= 0.2:
            own_provider = len(re.findall(r"(?i)\b(?:the|our|its|their) (?:cloud |hosting |service |upstream )?provider\b", own)) >= 2 \
                or re.search(r"(?i)\bthird[- ]party (?:application|app|integration|vendor|supplier|provider)s?\b", own) is not None
            outside = role_of_phrase(titled.group("title"), None) == "expert"
            return Voice(org, role or ("customer" if own_provider else org_role(org) or ("expert" if outside else "vendor")))
        person = aliases.canonical(re.sub(rf"^{HONORIFIC.pattern}\s*", "", titled.group("name").strip()))
        return Voice(person, role or role_of_phrase(titled.group("title"), None) or org_role(org) or "expert")
    officers = re.findall(r"([^;()]+?)\s*\(([^()]+)\)", written_by)
    if role is None and officers and len(officers) == len([w for w in written_by.split(";") if w.strip()]) and we_rate >= 0.05 \
            and any(SPOKES_WORDS.search(title) for _, title in officers) \
            and all(PERSON_NAME.fullmatch(re.sub(rf"^{HONORIFIC.pattern}\s*", "", name.strip()))
                    and (role_of_phrase(title, None) in (None, "insider") or STAFF_TITLE.search(title))
                    and not re.search(r"\bat\s+[A-Z]", title) and not re.search(r"(?i)\banalyst|research", title)
                    for name, title in officers):
        # "authors: Ines Varga (Chief Technology Officer); Jules Ambrose (VP, Edge Platform)" over
        # a post-mortem written as "we": officers (and their engineers) writing for their company,
        # the one the post is about (a firm their titles name is handled above)
        return Voice(None, "vendor")
    byline = ORG_BYLINE.fullmatch(written_by)
    if byline and (we_rate >= 0.2 or we_rate > 0 and not first_person):
        # "author: Roblox Engineering", "The Acme Team", "Google Cloud Reliability Engineering": a
        # company writing as "we", however seldom (a reporter's byline names a person, and the
        # outlet narrates)
        name = aliases.canonical(clean_name(byline.group(1)))
        return Voice(name, role or org_role(name) or "vendor")
    if written_by and not _several_authors(written_by) and (
            org_role(written_by) in ("expert", "regulator", "insider", "press")
            or we_rate >= 0.2 and not PERSON_NAME.fullmatch(written_by)):
        # "author: Castlegate Interactive Research" (an analyst firm by its name), "author:
        # PlayStation" over posts in the first person plural: the organisation writes
        name = aliases.canonical(clean_name(written_by))
        return Voice(name, role or org_role(name) or "vendor")
    unit_of = re.fullmatch(r"[^,;]{2,60},\s*([^,;]{2,80})", written_by)
    if unit_of and not PERSON_NAME.fullmatch(unit_of.group(1).strip()) \
            and org_role(unit_of.group(1)) in ("regulator", "expert", "insider", "press", "customer"):
        # "author: Committee Services, Lowmere City Council": a unit writing for its body
        name = aliases.canonical(clean_name(unit_of.group(1).strip()))
        return Voice(name, role or org_role(name))
    sent_by = SENT_BY.search("\n".join(doc.text.splitlines()[:8]))
    if sent_by and role is None and we_rate >= 0.2 and (PERSON_NAME.fullmatch(sent_by.group(1).strip())
                                                         or _address_label(sent_by.group(2)) in _spellings(sent_by.group(1).strip())):
        # (or sent by the organisation itself: "From: Bramblecart <hello@news.bramblecart.example>")
        # an e-mail written as "we" by someone at an organisation its address names ("From: Julien
        # Marchetti <julien@maisonorbe.example>", "impact on Maison Orbe"): that organisation, a
        # customer where it reports another company's outage hitting it
        stem = _address_label(sent_by.group(2))
        # (an ampersand the address spells out: "Brindle & Co." at brindleandco.example)
        named = next((n for n in dict.fromkeys(re.findall(r"\b[A-Z][\w&'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’-]*){0,3}", doc.text))
                      if stem in _spellings(n)), None)
        if named:
            name = aliases.canonical(named)
            hit = re.search(rf"(?i)\b(?:impact|effect)s? on {re.escape(named)}\b|\b(?:our|its) (?:provider|supplier)\b|"
                            r"\b(?:lost sales|lost revenue|service credit)\b", doc.text)
            return Voice(name, org_role(name) or ("customer" if hit else "vendor"))
    station = BROADCAST_HEAD.match(nonblank[0]) if nonblank else None
    if station and role is None:
        # a newscast's script under the station's name ("NW9 NEWS AT 6"): the station's, press
        return Voice(aliases.canonical(station.group("station").strip()), "press")
    hearing = HEARING_HEAD.search("\n".join(nonblank[:30]))
    if hearing and role is None:
        # a hearing's printed record ("HEARING / before the / COMMITTEE ON FINANCE / UNITED STATES
        # SENATE"): the committee's, whose chair speaks for it
        return Voice(aliases.canonical(clean_name(hearing.group("committee").strip())), "regulator")
    registrant = REGISTRANT.search(doc.text)
    if registrant and role is None:
        # a securities filing: the registrant named over "(Exact name of registrant ...)" files it,
        # not the commission named on the form's top line; hit by a provider's incident when it names one
        name = _text_spelling(clean_name(registrant.group(1).strip()), doc.text)
        # "ACME HOLDINGS" -> "Acme Holdings", but an initialism ("RTX") stays as written
        name = titled(name) if name.isupper() and len(name) > 4 else name
        return Voice(aliases.canonical(name), "customer" if THIRD_PARTY_PROVIDER.search(doc.text) else "vendor")
    if role is None and PLEADING.search(doc.text[:3000]) and re.search(r"\bPlaintiffs?\b", doc.text) \
            and re.search(r"\bDefendants?\b", doc.text):
        # a complaint filed in court: its numbered allegations are the plaintiffs', who sue as
        # customers of the company the incident is about
        return Voice(GROUP_CANONICAL["customer"], "customer")
    head = "\n".join(nonblank[:12])
    blogger = BLOG_BYLINE.search(head) or DATED_BYLINE.search(head) or STACKED_BYLINE.search(head)
    said = role_of_phrase(blogger.group("title") or "", None) if blogger else None
    officer = blogger and SPOKES_WORDS.search(blogger.group("title") or "") and said is None \
        and not re.search(r"\b(?:at|of)\s+[A-Z]|,", blogger.group("title") or "")
    if officer and role is None and we_rate >= 0.05 and not SELF_INSIDER.search(own):
        # "Dana Whitcombe, co-founder & CEO · July 20, 2025" over a post written as "we": the
        # company's officer writing for it, the company the post is about
        return Voice(None, "vendor")
    if blogger and role is None and (len(re.findall(r"\bI\b", own)) >= 2 or said in ("expert", "regulator")):
        # a post written as "I" under "Posted May 7, 2024 by Helen Varga, RPh": its author, an
        # affected customer (a pharmacist whose claims stopped), an insider or an outside voice
        # as the post says, never the company the post is about, however often it says "we";
        # a researcher's post ("Author: Jonas Ekdahl, Senior Threat Researcher, Halvard Labs") is
        # the researcher's, written as "we" for the firm or not
        person = NAME_PREFIX.sub("", blogger.group("name").strip())
        if PERSON_NAME.fullmatch(person):
            return Voice(aliases.canonical(person), "insider" if SELF_INSIDER.search(own) else
                         said if said in ("expert", "regulator", "press") else
                         "customer" if OWN_LOSS.search(own) or OWN_BUSINESS_HIT.search(own) else "expert")
    released = _release_issuer(doc.text)
    if released and role is None and not WIRE_MARK.search(doc.text):
        # a press release ("FOR IMMEDIATE RELEASE", "Notes to editors") by the body its first
        # sentence says acted today ("The Players' Rights Collective (PRC), a nonprofit that
        # represents consumers of video games, today urged Sony ..."): an outside voice when it
        # describes itself as speaking for others, else the company itself
        name, described = released
        official = GOVERNMENT_TITLE.match(name)
        if official and PERSON_NAME.fullmatch(name[official.end():].strip()):
            # "Attorney General Teresa Ybarra-Quinn today announced": the official, for the public
            return Voice(aliases.canonical(name[official.end():].strip()), "regulator")
        name = aliases.canonical(name)
        advocacy = ADVOCACY.search(described) or re.search(r"(?i)\b(?:non-?profit|charity|represents|campaign|trade body|"
                                                            r"association|union|watchdog)\b", described)
        return Voice(name, org_role(name) or ("expert" if advocacy else "vendor"))
    wire = _wire_issuer(doc.text)
    if wire and role is None:
        # a release sent over a newswire ("/PRNewswire/", "NEWS PROVIDED BY JLR", "SOURCE JLR"): its issuer
        name = aliases.canonical(wire)
        return Voice(name, org_role(name) or "vendor")
    signed = _signatory(doc.text)
    if signed and role is None and len(re.findall(r"\bI\b", own)) >= 2 and (LETTER_TO_EDITOR.search(doc.text[:2000]) or writes_to_provider(doc.text)
                                                     or re.search(r"(?m)^\s*(?:Dear\s+\S|To\s*:\s*\S)", doc.text[:2000])):
        # a reader's letter to an editor, or to the company behind an outage, written as "I" and
        # signed ("Yours faithfully, Patricia Whelan, Managing Director, Whelan Trim Components"):
        # the signatory, an affected customer unless the title says otherwise
        person, title = signed
        described = role_of_phrase(title, None) if title else None
        org = clean_name(title.rsplit(",", 1)[-1]) if title and "," in title else ""
        if SPOKES_WORDS.search(title or "") and not writes_to_provider(doc.text) and not LETTER_TO_EDITOR.search(doc.text[:2000]) \
                and is_org_name(org) and not org_role(org):
            # a company's officer writing for it ("Gareth Pryce, Managing Director, Northvale
            # Managed Services", to the council it supplies; not a reader's letter to an editor): that company
            return Voice(aliases.canonical(org), "vendor")
        return Voice(aliases.canonical(person), described if described in ("expert", "regulator", "insider", "press") else
                     "insider" if SELF_INSIDER.search(own) else "customer")
    chamber = CHAMBER.search("\n".join(nonblank[:4])) if _floor_debate(doc.text) else None
    if chamber and role is None:
        # a parliament's official report ("Hansard / House of Commons"; not a committee's own
        # hearing or letter under the House's name): the chamber records it
        return Voice(chamber.group(0).title().replace(" Of ", " of ") if chamber.group(0).isupper() else chamber.group(0), "regulator")
    counsel = FOR_OUR_CLIENT.search(doc.text[:3000])
    if counsel and role is None:
        # counsel's letter "on behalf of our client, Kestrelline, Inc.": the client's position, as
        # the company (its counsel's "we" is the client's case)
        client = clean_name(counsel.group("client").strip())
        if client and is_org_name(client):
            return Voice(aliases.canonical(client), "vendor")
    memo = MEMO_FROM.search("\n".join(nonblank[:15])) if INTERNAL_MARK.search("\n".join(nonblank[:5])) else None
    if memo and role is None and PERSON_NAME.fullmatch(memo.group("name")):
        # an internal memo marked as such ("INTERNAL — NOT FOR DISTRIBUTION", "From: Anders
        # Whitcombe, Head of Platform Reliability"): its sender, staff writing for colleagues,
        # as an insider's account once it is out
        return Voice(aliases.canonical(memo.group("name")), "insider")
    header = _letterhead(doc)
    if header:
        header = PUBLICATION_SUFFIX.sub("", header).strip() or header
    owner = STATUS_PAGE_OWNER.search("\n".join(nonblank[:12]))
    if owner and role is None:
        # a status page's incident ("## Incident Report for Tessellate Pay"): the company that runs
        # it, whatever supplier its report goes on to blame
        return Voice(aliases.canonical(clean_name(owner.group("org"))), "vendor")
    headers = [found for _, found in post_heads]
    official = len(headers) == 1 and SPOKES_WORDS.search(headers[0][1])
    if headers and not official:
        # a forum page: its narration belongs to the posters (see _post_voices)
        return Voice(aliases.canonical(header) if header else None, role or "customer")
    if sum(bool((m := TURN.match(line)) and m.group("stamp")) for line in nonblank[:40]) >= 3:
        # a chat or a helpdesk ticket exported a stamped message a line: its turns are its writers'
        # (see _turn_voices), and no company is its author for a "we" in them; a broadcast's
        # transcript ("FENLAND SOUND 97.4 FM", "THE MORNING PHONE-IN") is the station's, the press
        broadcast = MASTHEAD_KIND.search("\n".join(nonblank[:4])) is not None
        return Voice(aliases.canonical(header) if header else None, role or ("press" if broadcast else "customer"))
    if header and role is None and MINUTES_HEAD.search("\n".join(nonblank[:5])):
        # "NORTH FENLAND HEALTH BOARD / MINUTES OF THE MEETING OF THE BOARD HELD IN PUBLIC": the
        # body whose meeting it records (what its members and officers said is theirs, see
        # _register_attendees)
        name = aliases.canonical(clean_name(header))
        return Voice(name, org_role(name) or "vendor")
    # a letterhead whose name says what kind of organisation wrote it: a regulator's notice, an
    # analyst's client note, a union's statement, a newsletter (first person or not)
    header_kind = org_role(clean_name(header)) if header else None
    if header and header_kind is None and ADVOCACY.search("\n".join(doc.text.strip().splitlines()[:8])):
        # "ShopFair Coalition -- standing up for shoppers", "..., SAYS CONSUMER GROUP": a group that
        # speaks about other companies' failures, never the company at fault
        header_kind = "expert"
    if header and header_kind is None and MASTHEAD_KIND.search("\n".join([line for line in nonblank if line.strip("=-*_ \t")][:4])):
        # "THE FINE PRINT -- a podcast about consumers, contracts and the small print", "THE STUB
        # RESOLVER / A weekly letter about ... / Issue #87 | Wednesday, 16 July 2025"
        header_kind = "press"
    # (a body of the businesses hit, "National Alliance of Community Physician Practices", writes for them)
    if we_rate >= 0.2 or (header and role is None and header_kind in ("regulator", "expert", "insider", "press", "customer")):
        if header and role is None and header_kind in ("expert", "insider", "press", "customer"):
            return Voice(aliases.canonical(header), header_kind)
        name = aliases.canonical(header) if header else None
        issuer = _statement_issuer(doc.text) if name is None else None
        if issuer and role is None:
            # a statement headed "Statement by the Iberian Electricity Generators Association", or
            # closing with "About Red Eléctrica": its issuer, an outside voice when it is a body
            # that speaks for its members (a trade association answering the operator's report)
            name = aliases.canonical(issuer)
            kind = org_role(name)
            return Voice(name, kind or ("expert" if MEMBER_BODY.search(name) or ADVOCACY.search(name) else "vendor"))
        if name is None:
            # ... nor a product the feed keeps naming ("the Dealer Management System")
            counts = Counter(aliases.canonical(e.text, register=False) for e in doc.ents
                             if e.label_ == "ORG" and is_org_name(e.text) and is_org_name(e.text.split()[0])
                             and not PRODUCT_TAIL.search(e.text))
            # ... not "UTC" (or the tagger's "UTC - Connectivity") in a status feed's stamps
            # (not a code in capitals named once: a region in one update, "OCE", is no issuer)
            name = next((n for n, k in counts.most_common() if k >= 2 or not re.fullmatch(r"[A-Z]{2,4}", n)), None)
            if name:
                name = aliases.canonical(name)
        kind_of_org = org_role(name or "")
        if role is None and name and kind_of_org is None and (writes_to_provider(doc.text) or len(OWN_VENDOR.findall(own)) >= 2):
            # a business's letter to the provider whose outage hit it, or its own report of a
            # supplier's failure ("Root cause (per vendor): ...", "the vendor's position is ...")
            return Voice(name, "customer")
        if kind_of_org == "regulator" and re.search(r"(?i)\bcouncil\b", name or "") and OWN_SERVICE.search(own):
            # a council writing about "our online services" going down runs them: the operator
            kind_of_org = None
        return Voice(name, role or (kind_of_org if kind_of_org in ("regulator", "expert", "insider") else "vendor"))
    if header and role is None and we_rate >= 0.05 and not re.search(r"\b(I|I'm|my)\b", doc.text):
        # a letterhead over narration that says "we" now and then (a trade body's brief): its
        # issuer, the company itself or, when it writes about another company, an outside expert
        return Voice(aliases.canonical(header), header_kind or "vendor")
    if header and role is None and (re.search(r"(?i)\btranscript\b", "\n".join(doc.text.splitlines()[:4]))
                                    and sum(bool(TURN.match(l)) for l in doc.text.splitlines()) >= 3):
        # a transcript under its issuer's name ("CALDERON METRO: PRESS CONFERENCE TRANSCRIPT"): the
        # issuer's, whose officers speak in it as "I"; its turns are the speakers'
        return Voice(aliases.canonical(header), header_kind or "vendor")
    # (an issuer that names itself in the third person, at least twice: "Borsa Meridiana is investigating")
    names_itself = bool(header) and len(re.findall(rf"(?<![\w-]){re.escape(clean_name(header))}(?![\w-])", doc.text, re.I)) >= 2
    writes_as_i = bool(re.search(r"\b(I|I'm|my)\b", own))
    if header and role is None and header_kind is None and len(NOTICE_FIELD.findall("\n".join(nonblank[:15]))) >= 2 \
            and not writes_as_i and names_itself:
        # a company's notice under its own letterhead, with a notice's fields ("To: All Members",
        # "Subject: Trading halt"), naming itself in the third person ("Borsa Meridiana is
        # investigating with its infrastructure provider"): the company itself
        return Voice(aliases.canonical(clean_name(header)), "vendor")
    body_word = clean_name(header).split()[-1] if header and clean_name(header) else ""
    if header and role is None and " " in clean_name(header) and BODY_WORD.fullmatch(body_word) \
            and len(re.findall(rf"\b[Tt]he {re.escape(body_word)}\b", doc.text)) >= 3 and not writes_as_i:
        # a body's paper under its own name that calls itself by its last word ("North Calder
        # Hospitals NHS Foundation Trust" ... "the Trust's devices", "the Trust will ask"): the body,
        # hit by its supplier's failure when it tells of "the supplier" at fault
        name = aliases.canonical(clean_name(header))
        supplier = len(re.findall(r"(?i)\b(?:the|our|its|an external|a third[- ]party)\s+(?:[\w-]+\s+)?(?:supplier|provider|vendor)\b",
                                  doc.text)) >= 2
        return Voice(name, org_role(name) or ("customer" if supplier else "vendor"))
    if header and role is None and FILER_SELF.search(doc.text):
        # a filing under a company's letterhead that calls itself "the Company": the filer,
        # hit by a provider's incident when it names one ("a third-party software provider")
        return Voice(aliases.canonical(header), "customer" if THIRD_PARTY_PROVIDER.search(doc.text) else "vendor")
    if header and role is None and RELEASE_HEAD.search("\n".join(nonblank[:8])) and names_itself:
        # a press release under its issuer's letterhead ("EUROMERCHANTS ALLIANCE / PRESS RELEASE"),
        # naming the issuer in the third person ("the EuroMerchants Alliance said today"): the issuer
        name = aliases.canonical(clean_name(header))
        # (a group that describes itself as speaking for consumers, "consumer champion Paywise", is an outside voice)
        advocacy = ADVOCACY.pattern.removeprefix("(?i)")
        advocate = re.search(rf"(?i)(?:{advocacy})[^.\n]{{0,40}}\b{re.escape(name)}\b|\b{re.escape(name)}\b[^.\n]{{0,40}}"
                             rf"(?:{advocacy})", doc.text)
        return Voice(name, header_kind or org_role(name) or (
            "expert" if MEMBER_BODY.search(name) or ADVOCACY.search(name) or advocate else "vendor"))
    letters = [ch for ch in own if ch.isalpha()]
    if letters and sum(ch.isupper() for ch in letters) < 0.01 * len(letters) \
            and len(re.findall(r"\bi(?:['’]m|['’]ve|['’]d)?\b", own)) >= 2 and role is None:
        # an auto-captioned video in lower case, told as "i": its speaker, named where they greet
        # ("it's volt welcome back to the channel"), a customer unless they say they work there
        named = re.search(r"\b(?:it['’]s|this is|i['’]m)\s+([a-z][\w-]{2,20})\s+(?:and\s+)?(?:welcome|here|back)\b", own)
        return Voice(aliases.canonical(named.group(1)) if named else _file_stem(doc),
                     "insider" if SELF_INSIDER.search(own) else "customer")
    if writes_as_i and len(re.findall(r"\bI\b", own)) >= 2:
        role = role or ("insider" if SELF_INSIDER.search(doc.text) else "customer")
        # an e-mail written as "I" by the person in its From line: "From: Jake Moffatt <j.m@...>"
        sender = re.search(r"(?im)^from:\s*\"?([^<\"\n@]+?)\"?\s*<[^>\n]+@", "\n".join(doc.text.splitlines()[:8]))
        if sender and PERSON_NAME.fullmatch(sender.group(1).strip()) and not org_role(sender.group(1)):
            # ... a newsletter's editor under its masthead ("ON-CALL NOTES / A weekly letter about
            # reliability ... / Issue #212") writes as the press does
            masthead = [line for line in nonblank[:16] if line.strip("=-*_ \t") and not re.match(r"(?i)\s*[\w-]+:\s", line)]
            if MASTHEAD_KIND.search("\n".join(masthead[:6])):
                return Voice(aliases.canonical(sender.group(1).strip()), "press")
            return Voice(aliases.canonical(sender.group(1).strip()), role)
    outlet = BYLINE_OUTLET.search("\n".join(nonblank[:8]))
    if outlet and role is None and PRESS_WORDS.search(outlet.group("outlet")):
        # "By Owen Pritchard, Business Reporter — The Retail Wire": the outlet narrates
        return Voice(aliases.canonical(outlet.group("outlet")), "press")
    if header and role is None and BYLINE_LINE.search("\n".join(doc.text.splitlines()[:8])):
        # a masthead over a reporter's byline ("**PATCHLINE** · Developer Tools", "*By Marcus Hale ·
        # 18 March 2026*"): the outlet narrates
        return Voice(aliases.canonical(header), "press")
    from ..furniture import dateline_agency
    agency = dateline_agency(doc.text)
    if agency and role is None:
        # a wire story's dateline names its agency: "BRUSSELS, Sept 22 (Reuters) -"
        return Voice(aliases.canonical(agency), "press")
    defined = _defined_self(doc.text)
    if defined and role is None:
        # a report that names its author once and then calls it by a defined term ("The
        # Independent Technical Review Panel (the Panel) was asked to ...", "The Panel found"):
        # that body, an outside voice unless its name says it is a regulator
        name = aliases.canonical(defined)
        return Voice(name, "regulator" if org_role(name) == "regulator" else "expert")
    return Voice(_file_stem(doc), role or "press")


# "The Independent Technical Review Panel (the Panel)", 'Harbour Review Board ("the Board")'
DEFINED_TERM = re.compile(r"(?:\bThe[ \t]+)?(?P<name>(?-i:[A-Z])[\w&'’-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+|on[ \t]+)?(?-i:[A-Z])[\w&'’-]*){1,7})"
                          r"\s*\(\s*(?:the\s+)?[\"“']?(?P<term>(?-i:[A-Z])[a-z]+)[\"”']?\s*\)")


def _defined_self(text: str) -> str | None:
    """The body a report names at its start with a defined term it then writes as the subject
    of its findings at least twice ("the Panel found", "The Panel does not share"); not a
    filing's "the Company" (``FILER_SELF``)."""
    m = DEFINED_TERM.search(text[:1500])
    if not m or m.group("term") in ("Company", "Companies") or m.group("term") not in m.group("name").split():
        return None
    uses = re.findall(rf"\b[Tt]he\s+{m.group('term')}(?:['’]s)?\s+(?:[a-z]+\s+){{0,2}}?(?:found|finds|concluded|concludes|"
                      rf"considers|considered|does|did|has|had|is|was|examined|notes|noted|recommends|recommended|view|"
                      rf"knowledge|believes|accepts|agrees|shares|share)\b", text)
    name = clean_name(m.group("name"))
    return name if len(uses) >= 2 and is_org_name(name) else None


def _file_stem(doc: Doc) -> str:
    """The name a document is known by when nothing in it names its author: its file's stem
    ("jlr_podcast_transcript"), or its record's key in a JSON Lines file."""
    path = getattr(doc._.document, "doc_id", None) or "document"
    return path.split("#", 1)[1] if "#" in path else PurePosixPath(path).stem


# a name right after a word saying what kind of organisation it is, when that kind is not
# the incident's company: "the communications regulator AGCOM", "the monitoring firm PingScope"
DESCRIBED_ORG = re.compile(
    r"\b(?:(regulator|watchdog|authority|agency|ombudsman|commission)|(union)|(newspaper|outlet|broadcaster|magazine)|"
    r"((?:monitoring|research|analytics|analyst|consultancy|consulting|tracking|security|data|ratings?)\s+"
    r"(?:firm|company|group|site|service|house|provider)|consultancy|think tank))\s+((?:[A-Z][\w&.-]*\s?){1,4})")


def described_orgs(text: str) -> dict[str, str]:
    """Names the text introduces with a non-vendor kind, and the role that kind gives."""
    out = {}
    for m in DESCRIBED_ORG.finditer(text):
        role = "regulator" if m.group(1) else "insider" if m.group(2) else "press" if m.group(3) else "expert"
        out.setdefault(clean_name(m.group(5).strip()), role)
    return out


def _single_word_orgs(doc: Doc) -> set[str]:
    """One-word names the tagger calls persons but the text never introduces as one (no
    first name, no title) and names at least twice: in incident reporting, mostly companies
    ("Veltro said"); month and day names the tagger sometimes calls persons are not."""
    multi = [ent for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1]
    person_words = {t.text for ent in multi for t in ent}
    out = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.text not in person_words and ent.text[:1].isupper() \
                and ent.text.lower() not in CALENDAR_WORDS and len(re.findall(r"(?<![\w-])" + re.escape(ent.text) + r"(?![\w-])", doc.text)) >= 2:
            before = doc[ent.start - 1].text.rstrip(".") if ent.start > 0 else ""
            if before not in ("Mr", "Ms", "Mrs", "Dr", "Prof", "Miss", "Sir", "Dame", "Lord", "Lady"):
                out.add(ent.text)
    return out


PLACE_PREPS = frozenset("in across from to near at throughout around outside inside within into of".split())


def _place_tagged_orgs(doc: Doc) -> set[str]:
    """Names the tagger calls places but the text uses like a company: an owner or a
    subject ("Quillpay's gateway", "Quillpay said") and never after a preposition of place
    ("across Italy", "in Frankfurt")."""
    used, placed = set(), set()
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC"):
            continue
        root = ent.root
        if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS:
            placed.add(ent.text)
        elif root.dep_ in ("poss", "nsubj", "nsubjpass"):
            used.add(ent.text)
    return {n for n in used - placed if len(n.split()) <= 3 and not is_country(n)}


def calendar_name(name: str) -> bool:
    """A "name" made of weekday and month words, whole or abbreviated ("Fri Oct"), never a name
    that only starts like one ("Monzo", "Juniper")."""
    words = [w.strip(".").lower() for w in name.split()]
    return bool(words) and all(len(w) >= 3 and any(c.startswith(w) for c in CALENDAR_WORDS - {"date", "time"}) for w in words)


def _capitalised_by_position(doc: Doc) -> set[str]:
    """One-word title-case "names" that only ever open a sentence or a table row as a modifier
    of a common noun ("Frequency deviations followed", "12:33:24 Frequency collapse"): common
    nouns capitalised by position, not companies."""
    seen: dict[str, bool] = {}
    opens: dict[str, bool] = {}
    lower = {tok.text for tok in doc if tok.is_alpha and tok.text.islower()}
    for tok in doc:
        if not (tok.is_alpha and tok.text.istitle() and len(tok.text) > 2):
            continue
        k = tok.i - 1
        while k >= 0 and doc[k].is_space and "\n" not in doc[k].text:
            k -= 1  # (past the spaces of a log line: "13:56  Failover stalls")
        prev = doc[k] if k >= 0 else None
        opening = tok.is_sent_start or prev is None or "\n" in prev.text or any(ch.isdigit() for ch in prev.text)
        modifier = tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.text.islower()
        seen[tok.text] = seen.get(tok.text, True) and opening and modifier
        opens[tok.text] = opens.get(tok.text, True) and opening
    # ... or that only ever open a line or sentence, and that the text writes in lower case too
    # ("2. Failover. The cluster manager started an automatic failover")
    return {w for w, only in seen.items() if only} | {w for w, only in opens.items() if only and w.lower() in lower}


def _titled_people(doc: Doc) -> set[str]:
    """Names the tagger took for organisations that an apposition gives a person's title: "said
    Renata Osei, Kestria's chief executive"."""
    titled = {ent.text.strip() for ent in doc.ents
              if ent.label_ == "ORG" and len(ent) > 1 and PERSON_NAME.fullmatch(ent.text.strip()) and not looks_like_org(ent.text)
              and any(c.dep_ == "appos" and c.pos_ == "NOUN" and SPOKES_WORDS.search(" ".join(t.text for t in c.subtree))
                      for c in ent.root.children)}
    # ... or a person's noun before it: "The customer, Jonah Petrakis, had told the agent"
    titled |= {m.group(1) for m in PERSON_AFTER_NOUN.finditer(doc.text) if PERSON_NAME.fullmatch(m.group(1))}
    return titled


# a person named in apposition to a noun for a person: "The customer, Jonah Petrakis,", "its founder, Amy Lo,"
PERSON_AFTER_NOUN = re.compile(r"\b(?i:the|a|an|our|one|its|their|his|her)\s+(?:(?i:[a-z-]+)\s+)?(?i:customer|user|founder|co-founder|"
                               r"developer|client|passenger|shopper|owner|engineer|employee|analyst|researcher|subscriber|"
                               r"patient|resident|member|manager|spokes(?:person|man|woman))s?,\s+"
                               r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),")


# a domain written bare, not as a link's path or an e-mail address: "zoom.us", "status.slack.com"
BARE_DOMAIN = re.compile(r"(?<![\w/@.-])(?:[a-z0-9-]+\.)*([a-z][a-z0-9-]{1,30})\.(?:com|us|io|net|org|co\.uk|co|app|dev|ai)(?![\w-])",
                         re.I)
# sites people link to about any incident, never its company
COMMON_SITES = frozenset("twitter x reddit github google youtube facebook linkedin medium substack downdetector "
                         "bsky mastodon archive wikipedia".split())


RENAMED = re.compile(r"\b(?P<new>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}),?\s+(?:\(\s*)?(?:the\s+[\w\s-]{0,40}?\s+)?"
                     r"(?:formerly|previously)\s+(?:known\s+as\s+|called\s+)?(?P<old>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})")


_TO_PLACE = r"from|to|in|into|via|out of|through|leaving|landed at"


def _place_code(name: str, text: str, any_name: bool = False) -> bool:
    """Whether a three-letter code names a place, as an airport's or station's code does: most
    of its uses are after "at", "from", "to", "in" or "via", or in a route ("SEA to SFO", "LHR-JFK");
    with ``any_name``, whether any name is used so ("stranded in Palma", "at Palma airport"; not
    after a bare "at": people work "at Corvane")."""
    if not any_name and not re.fullmatch(r"[A-Z]{3}", name):
        return False
    name = re.escape(name)
    before = rf"(?i)\b(?:{_TO_PLACE})\s+$" if any_name else rf"(?i)\b(?:at|{_TO_PLACE})\s+$"
    # after it: a place's facility ("Palma airport"), or the next stop of a route ("SEA to SFO", "Alicante–Copenhagen")
    after = rf"{name}(?:(?i:\s+(?:airport|station|port|harbour|terminal))\b|\s*[–-]\s*[A-Z])" if any_name \
        else rf"{name}\s*(?:to|-|–|→)\s*[A-Z]{{3}}\b"
    uses = [m.start() for m in re.finditer(rf"\b{name}\b", text)]
    located = sum(bool(re.search(before, text[max(0, k - 14):k]) or re.match(after, text[k:k + 40])
                       or not any_name and re.search(r"\b[A-Z]{3}\s*(?:to|-|–|→)\s*$", text[max(0, k - 8):k])) for k in uses)
    return located >= 2 and located * 2 > len(uses)


# a title naming an event after its company: "Skyvale IT meltdown", "Acme Bank outage: ..."
TITLE_EVENT = re.compile(r"^\W*(?P<org>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}?)(?:['’]s)?\s+(?:(?:IT|app|online|banking|card|payment|"
                         r"network|system|website|data|cloud|global)\s+){0,2}(?:meltdown|outage|failure|crash|breach|glitch|"
                         r"disruption|chaos|blackout|shutdown)s?\b")
# a heading naming where the incident happened: "Statement on the data incident at Fernmouth Hospitals"
INCIDENT_AT = re.compile(r"\b(?:incident|outage|disruption|failure|breach|attack|interruption)\s+(?:at|affecting)\s+(?:the\s+)?"
                         r"(?P<org>[A-Z][\w&'’-]*(?:\s+(?:&\s+)?[A-Z][\w&'’-]*){0,5})")
# a service an organisation runs: "PatientLink Fenland, which is run by North Fenland Health Board"
RUN_BY = re.compile(r"\b(?P<x>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}),?\s+(?:which|that)\s+is\s+(?:run|operated|managed)\s+by\s+"
                    r"(?:the\s+)?(?P<y>[A-Z][\w&'’-]*(?:\s+(?:&\s+)?[A-Z][\w&'’-]*){0,5})")


# a name set beside what it is, a service and not a company: "PatientLink Fenland, the online service ..."
SERVICE_APPOSITIVE = re.compile(r"\b(?P<x>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}),\s+(?:the|our|its|an?)\s+(?:[\w-]+\s+){0,2}"
                                r"(?:service|system|app|application|platform|portal|website|tool)\b")


def _section_vendors(doc: Doc, ctx: Context) -> list[tuple[int, str | None]]:
    """``(offset, company)`` of each section heading that opens with a company other than the
    document's author ("## AWS: two processes, one empty DNS record", an HTML page's ``<h2>``
    alike): in its section, that company's incident is told, so it is the vendor there. A
    section under a heading naming no company is the document's (None). Empty when no heading
    names a company."""
    headings = getattr(doc._.document, "headings", None) or []
    out = []
    for start, name in section_companies(doc.text, headings):
        company = None
        if name and (is_org_name(name) or name in ctx.aliases.names or name.upper() == name) and not org_role(name):
            canon = ctx.aliases.canonical(name, register=False)
            if canon != ctx.author.speaker:
                company = canon
        out.append((start, company))
    return out if any(company for _, company in out) else []


def _vendor(doc: Doc, ctx: Context, proper: set[str], org_places: set[str]) -> str | None:
    """The organisation whose incident the document is about: the author of a vendor
    document, else the organisation named most often (the title counts three times, a
    name the tagger missed counts where it is the subject of a verb)."""
    from ..furniture import post_header

    counts: Counter[str] = Counter()
    provider_filing = ctx.author.role == "customer" and (len(OWN_VENDOR.findall(doc.text)) >= 2 or bool(FILER_SELF.search(doc.text)) and bool(
        THIRD_PARTY_PROVIDER.search(doc.text)) or writes_to_provider(doc.text) or _sent_from(doc.text, ctx.author.speaker))

    def add(name: str, weight: int = 1) -> None:
        if weight <= 0:
            return  # named only inside a longer name ("Teachers" in "Secondary Teachers' Federation")
        canon = ctx.aliases.canonical(name, register=False)
        canon = PRODUCT_OWNERS.get(canon.lower(), canon)  # "DynamoDB" failing is Amazon's incident
        canon = run_by.get(canon, canon)  # "PatientLink Fenland, which is run by North Fenland Health Board"
        for known in ctx.aliases.names:
            if known.startswith(canon + " ") or canon.startswith(known + " "):
                canon = ctx.aliases.canonical(known, register=False)
                break
        canon = canon.split(" @")[0].strip() or canon  # "Lumora Mobile @LumoraMobile", a post header tagged whole
        if canon in DEFINED_TERMS:
            # "the Bank", a letter's defined term for "Kestrel Mutual Bank plc" named in its address
            longer = next((k for k in sorted(ctx.aliases.names) if k.endswith(" " + canon) and is_org_name(k)), None)
            if longer is not None:
                canon = ctx.aliases.canonical(longer, register=False)
        if org_role(canon) or not (is_org_name(canon) or canon in renamed) or OWN_BODY.search(canon) or is_country(canon) or "|" in canon \
                or re.search(r"(?i)\b(?:forums?|message boards?|notice ?boards?|community groups?)$", canon) \
                or SPOKES_WORDS.fullmatch(canon) or GOVERNMENT_TITLE.fullmatch(canon):  # "President", "Chief Executive"
            return  # a union, association or committee speaks about an incident, it is not its company
        if canon == ctx.author.speaker and ctx.author.role != "customer":
            return  # an outlet or analyst is not the incident's company; a forum's host may be
        if ctx.author.role == "regulator" and ctx.author.speaker and " " not in canon \
                and ctx.author.speaker.split()[0] == canon and len(ctx.author.speaker.split()) >= 3:
            return  # "Carrowmere" in a release by "Carrowmere County Fire and Rescue Service": the place it serves
        if canon.upper() in speakers:
            return  # a transcript's speaker, addressed by name ("Thanks, Dana."), is no company
        if canon in posters and PERSON_NAME.fullmatch(canon) and not looks_like_org(canon):
            # a thread's poster under a person's name ("Sandra Pilkington · 3h"), no company (a
            # company's own account, "Lumora Mobile @LumoraMobile", is one)
            return
        if any(canon.upper().startswith(who + " ") and " " in who for who in speakers):
            return  # "Gareth Pilling Motors", signed by the customer "Gareth Pilling:" of a ticket, is his business
        if ctx.author.speaker and len(canon) >= 3 and " " not in canon and canon.lower() in ctx.author.speaker.lower() \
                and re.search(r"[_\d]", ctx.author.speaker) and ctx.author.speaker != _file_stem(doc):
            return  # "— Nell" signing the post of "nullroute_nell": the author, no company
        if canon == ctx.author.speaker and provider_filing:
            return  # a filer hit by its provider's incident ("a third-party provider ... to the Company")
        if ctx.author.role == "customer" and ctx.author.speaker and " " not in ctx.author.speaker and " " in canon \
                and len(canon.split()[0]) >= 5 and ctx.author.speaker.lower() != canon.split()[0].lower() \
                and ctx.author.speaker.lower().startswith(canon.split()[0].lower()):
            return  # "Bramble Week", the sale of the retailer "Bramblecart" writing about its provider
        if canon in ctx.roles and ctx.roles[canon] != "vendor":
            return  # "the regulator AGCOM", "the monitoring firm PingScope"
        if re.search(r"(?i)\b(?:officer|executive|director|chair|chairman|chairwoman|manager|secretary|president|minister|"
                     r"councillor|councilor|partner|spokes(?:person|man|woman))$", canon) and " " in canon:
            return  # "The Chief Digital Officer reported that ...": a title, no company
        if _place_code(canon, doc.text):
            return  # "stuck at SEA", "SEA to SFO": an airport's code, no company
        if re.fullmatch(rf"(?:{TIME_ZONE_ABBREVIATION.pattern})(?:\s+-\s+.*)?", canon) or " - " in canon:
            return  # "UTC - Service", from a feed's "[2026-05-16 19:04 UTC - Service degraded]"
        if re.fullmatch(r"[A-Z]{2,6}(?:-[A-Z0-9]{1,6})+", canon):
            return  # "MER-AZ", "BX-SA-2026": a market segment's, advisory's or region's code, no company
        if re.search(rf"(?im)^[ \t]*(?:location|lives in|based in|hometown)[ \t]*:[ \t]*{re.escape(canon)}\b", doc.text):
            return  # a forum profile's "Location: Copenhagen": where a poster lives, no company
        if gpe[canon] and gpe[canon] >= orgs[canon] and _place_code(canon, doc.text, any_name=True):
            return  # "stranded in Palma", "at Palma airport": a place the tagger knows, no company
        if " " not in canon and canon.endswith("s") and canon not in proper \
                and re.search(rf"\b{re.escape(canon.lower()[:-1])}\b", doc.text):
            return  # "Crews sat on aircraft", beside "crew rooms": a common noun opening sentences
        counts[canon] += weight

    # a service the text says an organisation runs: its failure is that organisation's incident
    run_by = {ctx.aliases.canonical(m.group("x"), register=False): ctx.aliases.canonical(clean_name(m.group("y")), register=False)
              for m in RUN_BY.finditer(doc.text)}
    if ctx.author.role == "vendor" and ctx.author.speaker:
        # "PatientLink Fenland, the online service patients use ...", on the board's own page: its service
        run_by.update({ctx.aliases.canonical(m.group("x"), register=False): ctx.author.speaker
                       for m in SERVICE_APPOSITIVE.finditer(doc.text)})
    gpe = Counter(ent.text for ent in doc.ents if ent.label_ in ("GPE", "LOC"))
    orgs = Counter(ent.text for ent in doc.ents if ent.label_ == "ORG")
    posted = Counter(found[0] for line in doc.text.splitlines()[:400] if (found := post_header(line)))
    posters = set(posted)
    # the people a transcript's turns are labelled by ("[00:00:31] DANA:", "GUEST (Dr Imogen Tally):")
    speakers = set()
    desks: list[str] = []
    for line in doc.text.splitlines():
        turn = TURN.match(line)
        # ("DEV (guest):", a label naming the speaker's part)
        who = re.sub(r"(?i)\s*\((?:host|co-?host|guest|presenter|interviewer|interviewee)\)$", "", turn.group("who").strip("<>")) if turn else ""
        if turn and (turn.group("stamp") or who.isupper()):
            cast = CAST_LABEL.match(who)
            named = NAME_PREFIX.sub("", cast.group("name").strip()) if cast else _bare_handle(who)
            # (the first name a presenter calls a guest by, "Helen, was it your server?", is no company)
            # ("CALLER (TREVOR, MARCH):": a caller's name and town)
            speakers |= {named.upper(), *(w.upper() for w in re.split(r"[\s,;]+", named) if w)} \
                if cast or 2 <= len(named.split()) <= 3 else {named.upper()}
            desk = desk_owner(named) or desk_owner(who[who.find("(") + 1:] if "(" in who else "")
            if desk:
                desks.append(desk)  # "[14:02] Ledgerline Helpdesk:", "Aisha (Ledgerline support agent):": the company answering
    # a company introduced under its new name ("X, the social network formerly known as Twitter",
    # "Meta (formerly Facebook)"): the new name is the company's, its old one an alias, and a
    # one-letter name ("X") is a name here
    renamed = set()
    for m in RENAMED.finditer(doc.text[:4000]):
        new, old = clean_name(m.group("new")), clean_name(m.group("old"))
        if new and old and (is_org_name(new) or len(new) == 1) and is_org_name(old) and not is_country(old):
            renamed.add(new)
            ctx.aliases.map.setdefault(old.lower(), new)
            ctx.aliases.map.setdefault(new.lower(), new)
            if new not in ctx.aliases.names:
                ctx.aliases.names.append(new)
    for name, role in described_orgs(doc.text).items():
        ctx.roles.setdefault(ctx.aliases.canonical(name, register=False), role)
    for org in desks:
        add(org, 3)  # the company whose desk answers in a chat or ticket
    names = {ent.text.strip() for ent in doc.ents if ent.label_ == "ORG" or ent.label_ == "PERSON" and looks_like_org(ent.text)}
    names |= _single_word_orgs(doc) | org_places | renamed
    # an airport or railway the tagger calls a facility ("Portbay Airport's baggage system")
    names |= {clean_name(ent.text) for ent in doc.ents if ent.label_ in ("FAC", "GPE", "LOC")
              and clean_name(ent.text).split()[-1].lower() in PLACE_ORG_NOUNS and " " in clean_name(ent.text)}
    # a name the tagger missed that the text names as the one struck, and names again
    names |= {n for n in _struck_names(doc.text) if len(re.findall(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", doc.text)) >= 2}
    # a proper word the tagger missed, as a subject, with the rest of its name ("the Information
    # Commissioner's Office is making enquiries" names that office, not "Office")
    names |= {_with_name_before(tok) for tok in doc if tok.text in proper and tok.dep_ in ("nsubj", "poss", "advmod", "npadvmod")
              and not tok.ent_type_ in ("PERSON", "GPE", "DATE")}
    # a name the tagger took for a person or place that an apposition calls a company ("Red
    # Eléctrica, the state-controlled transmission operator owned by Redeia")
    names |= {clean_name(ent.text) for ent in doc.ents if ent.label_ in ("PERSON", "GPE", "NORP") and any(
        c.dep_ == "appos" and c.lemma_.lower() in ORG_KIND_NOUNS for c in ent.root.children)}
    # a name with a spokesperson of its own ("a Borsa Meridiana spokesperson"), whatever the tagger made of it
    names |= {clean_name(m.group(1)) for m in re.finditer(r"\b(?:[Aa]n?|[Tt]he)\s+([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+"
                                                       r"spokes(?:person|man|woman)\b", doc.text)
              if is_org_name(clean_name(m.group(1)))}
    names -= _titled_people(doc)
    # ... nor a common noun the tagger called a name where a sentence or a table row opens with
    # it, and nowhere else ("Frequency deviations followed", "12:33:24 Frequency collapse")
    names -= _capitalised_by_position(doc)
    # ... but never a person's surname ("Sánchez rejected ...", after "Prime Minister Pedro Sánchez")
    org_words = {t.text for ent in doc.ents if ent.label_ == "ORG" for t in ent}
    names -= {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 and PERSON_NAME.fullmatch(ent.text)
              and ent[-1].text not in org_words and ent[0].lower_ not in ("inside", "at", "for", "from")}
    # the organisations a meeting's attendance list names ("Renata Osei (Chief Executive, Kestria Transit)")
    names |= {org for _, _, _, org in _attendees(doc.text) if org and is_org_name(org)}
    # a hearing's witnesses listed with the body they speak for ("- Dr Miriam Okafor, Director of
    # Technology Resilience, British Library"): that body, called to account
    for m in WITNESS_LINE.finditer(doc.text[:3000]):
        org = clean_name(m.group("title").rsplit(",", 1)[-1])
        if "," in m.group("title") and SPOKES_WORDS.search(m.group("title")) and is_org_name(org) and not org_role(org):
            names.add(org)
            add(org, 3)
    # a thread's hashtag that the posts spell out ("#BritishLibrary" over "the British Library being dark")
    for tag in re.findall(r"#((?:[A-Z][a-z]+){2,4})\b", doc.text[:600]):
        spelled = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", tag)
        if spelled in doc.text and is_org_name(spelled) and not org_role(spelled):
            names.add(spelled)
            add(spelled, 3)
    # a service named by its bare domain and by its name in lower case, as chats write it
    # ("SERVFAIL on zoom.us??", "zoom's page", "this one is on zoom"): that company, capitalised
    domains = Counter(m.group(1).lower() for m in BARE_DOMAIN.finditer(doc.text))
    for label, n in domains.items():
        said = len(re.findall(rf"(?<![\w./@-]){re.escape(label)}(?![\w@-]|\.\w)", doc.text, re.I))
        if n >= 2 and said >= 2 and len(label) >= 3 and label not in COMMON_SITES:
            spelled = next((w for w in re.findall(rf"(?<![\w./@-]){re.escape(label)}(?![\w@-]|\.\w)", doc.text, re.I)
                            if w[:1].isupper()), label.capitalize())
            if is_org_name(spelled) and not org_role(spelled):
                names.add(spelled)
                add(spelled, min(n + said, 6))
    # a chat export's workspace ("Slack export — Calderon Metro workspace"): the company whose channel it is
    workspace = WORKSPACE.search("\n".join(doc.text.lstrip().split("\n")[:4]))
    if workspace and is_org_name(clean_name(workspace.group("org"))):
        names.add(clean_name(workspace.group("org")))
        add(clean_name(workspace.group("org")), 5)
    # the employer an insider names ("I work on the platform team at Pennant Pay"), whatever the tagger made of it
    works_at = EMPLOYER.search(doc.text[:3000])
    if works_at and is_org_name(clean_name(works_at.group(1))):
        names.add(clean_name(works_at.group(1)))
        add(clean_name(works_at.group(1)), 2)
    title = getattr(doc._.document, "title", None) or ""
    first_line = doc.text.lstrip().split("\n", 1)[0]
    if not title and first_line.startswith("#"):
        title = first_line.lstrip("# ")  # a Markdown document's own title: "# Norvik Bank - customer complaints"
    if not title:
        # a thread export's own title line: "Thread: UniSuper app / website down?? Anyone else?"
        named = next((m.group(1) for line in doc.text.lstrip().split("\n")[:5]
                      if (m := re.match(r"(?i)\s*(?:thread|topic|subject)\s*:\s*(.+)", line))), None)
        # a forum page's breadcrumb trail ends with the thread's title: "Home > Retail > M&S "cyber incident" megathread",
        # or with the board it sits on under a "Thread:" line ("Board: Grocery > Regional Chains > Harrow & Finch")
        trail = next((line for line in doc.text.lstrip().split("\n")[:4] if len(re.findall(r"\s[>›»]\s", line)) >= 2), None)
        title = " / ".join(x for x in (named, re.split(r"\s[>›»]\s", trail)[-1] if trail else None) if x)
    if not title:
        # a podcast's or show's episode title on its first line: 'THE FAILOVER — Episode 87: "Northgate's Bad Tuesday"'
        episode = re.search(r"(?i)\b(?:episode|ep\.?)\s*\d+\s*[:–—-]\s*[\"“]?([^\"”\n]{3,120})[\"”]?\s*$", first_line)
        title = episode.group(1).strip() if episode else title
    if ctx.author.role == "customer" and ctx.author.speaker and not ctx.author.speaker.islower():
        # the company whose community forum this is ("Slack Community", Slack named in the posts);
        # a fan site named only in its own header ("BloxHub Community Forums") hosts the thread
        # about another company, and a poster's handle ("ferncroft_lane") names no company
        core = re.sub(r"(?i)\s+(?:community|forums?|boards?|support|help|hub)$", "", ctx.author.speaker)
        body = _said_text(doc, skip_lines=2)  # the posts, not the page's header, footer or post headers
        # named in the posts as a word of its own, or posting as its support staff ("OrbitMail_Support");
        # a moderator locking the thread ("ConsoleCorner_Mod") is the forum's own
        staff = [found[0] for line in doc.text.splitlines() if (found := post_header(line))
                 and re.search(r"(?i)support|staff|official|team", found[0])]
        if re.search(r"(?<![\w@])" + re.escape(core) + r"(?![\w])", body, re.I) or any(core.lower() in u.lower() for u in staff):
            add(ctx.author.speaker, 3)
    # a social post by a company's officer ("Gareth Linley • 1st" / "Chief Executive Officer at Harrow
    # & Finch"): the poster's own company, however often the post names a supplier
    lines = [l for l in doc.text.lstrip().split("\n")[:4] if l.strip()]
    opener = post_header(lines[0]) if lines else None
    if opener:
        profile = _profile(opener[1], "\n".join(lines[1:]))
        employer = _employer(profile)
        if employer and SPOKES_WORDS.search(profile):
            add(employer, 3)
    # a company's own account posting in a thread ("Lumora Mobile @LumoraMobile · Mar 9", again and
    # again): the company whose incident the thread is about, however often it names its products
    for user, n in posted.items():
        if n >= 2 and looks_like_org(user) and not org_role(user) and user != ctx.author.speaker:
            add(user, 2 * n)
    # a title opening with the company its event is named after ("Skyvale IT meltdown 3 July -
    # stranded in Palma"), whatever the tagger made of the name (a place, here)
    named_event = TITLE_EVENT.match(title)
    if named_event and is_org_name(named_event.group("org")) and re.search(rf"\b{re.escape(named_event.group('org'))}\b", doc.text) \
            and not re.search(rf"\b{re.escape(named_event.group('org').lower())}\b", doc.text):  # (not "Card outage" over "card payments")
        names.add(named_event.group("org"))
    # an initialism in the title that the text names again ("M&S", "CDK"), whatever the tagger made of it
    initialisms = [w for w in re.findall(r"(?<![\w&-])(?:[A-Z]+&[A-Z]+|[A-Z]{2,6})(?![\w&-])", title)
                   if is_org_name(w) and not is_country(w)]
    if initialisms:
        after_title = _said_text(doc, 1)  # read once, not per initialism
        names |= {w for w in initialisms if re.search(r"(?<![\w&-])" + re.escape(w) + r"(?![\w&-])", after_title)}
    # ... nor inside the issuer's own name ("Digital Continuity" in "Netherlands Authority for Digital Continuity")
    letterhead = {h for h in [_letterhead(doc)] if h and " " in h}

    def mentions(name: str, text: str) -> int:
        # occurrences inside a longer candidate name do not count ("Airlines" in "Southwest Airlines")
        pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
        inside = sum(len(re.findall(r"(?<![\w-])" + re.escape(longer) + r"(?![\w-])", text))
                     for longer in names | letterhead if longer != name and pattern.search(longer))
        return max(len(pattern.findall(text)) - inside, 0)

    # a forum's post headers ("#3  DevTycoonMaker   Posted: Fri Oct 29") name posters and dates, no company
    # ... and a chat's turn labels ("Max (AI support):") name its speakers, no company
    counted = "\n".join(TURN.sub("", line) for line in _said_text(doc).splitlines() if not post_header(line))
    # a notice's or filing's field naming the body it concerns: "Provider:   Harborline B.V., Rotterdam"
    for m in CONCERNS_FIELD.finditer("\n".join(doc.text.splitlines()[:25])):
        field_name = clean_name(re.split(r",|\s[-–—(]", m.group(1))[0])
        if field_name and is_org_name(field_name):
            add(field_name, 8)  # the body a notice or decision is about outweighs any it names in passing
    # "Open letter to Parcelpoint's chief executive on the Moulbrook flood": the company written to
    letter_to = re.search(r"\b(?i:letter) to (?:the )?((?-i:[A-Z])[\w&'’-]*(?:[ \t]+(?-i:[A-Z])[\w&'’-]*){0,3})",
                          (getattr(doc._.document, "title", None) or "") + "\n" + "\n".join(doc.text.splitlines()[:3]))
    if letter_to and ctx.author.role != "vendor":
        addressee = clean_name(letter_to.group(1))
        if addressee and is_org_name(addressee) and not org_role(addressee):
            add(addressee, 10)
    if ctx.author.role == "regulator":
        # a regulator's letter "To: Vélocité Paiements SAS": the firm it writes to about its incident
        for m in re.finditer(r"(?im)^[ \t]*(?:to|addressee|recipient)[ \t]*:[ \t]*([A-Z][^\n,]{1,80})$",
                             "\n".join(doc.text.splitlines()[:25])):
            field_name = clean_name(m.group(1))
            if field_name and is_org_name(field_name) and not org_role(field_name):
                add(field_name, 5)
    struck_in = counted + "\n" + title
    # a transcript's participants ("PARTICIPANTS: Pedro Sánchez (President of the Government)", their
    # turns labelled "PEDRO SÁNCHEZ:") are people speaking, not the incident's company
    listed = {m.group("name").strip().upper() for m in PARTICIPANT_TITLED.finditer(doc.text[:3000])}
    listed |= {m.group("name").strip().upper() for m in PARTICIPANT.finditer(doc.text[:3000])}
    for name in sorted(names):  # sorted: ties resolve the same way in every process
        if name.upper() in listed:
            continue
        if _attacker(name, doc.text) or calendar_name(name) or _described_as_tool(name, doc.text):
            continue  # "claimed by the Rhysida group": the attacker, not the company attacked; "Tidewatch (our AI ops agent)"
        add(name, mentions(name, counted) + 3 * mentions(name, title) + 2 * _struck(name, struck_in))
    # the writer's own supplier ("Strata Cloud, our infrastructure provider"), in a text written as
    # "we": the incident is the writer's, which the supplier's fault set off
    if ctx.author.role == "vendor" and ctx.author.speaker is None and len(counts) > 1:
        for supplier in [n for n in counts if _our_supplier(n).search(doc.text)]:
            counts.pop(supplier)
    # a product named only as one ("the HV Go app", "HV Go accounts"), never as a company that
    # acts: its maker's incident, not its own (drop it when another company is named)
    for product in [n for n in counts if len(counts) > 1]:
        said = re.findall(rf"(?<![\w-]){re.escape(product)}(?![\w-])(\s+(?:{OWN_PRODUCT_NOUN}|one\b))?", doc.text)
        if len(said) >= 2 and all(noun for noun in said):
            counts.pop(product)
    # a product named after its maker ("LumoPay" beside "Lumora Mobile"): its mentions are the maker's
    for product in [n for n in counts if re.fullmatch(r"[A-Z][a-z]{2,}[A-Z][a-z]+", n)]:
        maker = next((n for n in counts if n != product and " " in n and looks_like_org(n)
                      and n[:4].lower() == product[:4].lower()), None)
        if maker:
            counts[maker] += counts.pop(product)
    if ctx.author.role == "vendor" and ctx.author.speaker:
        # the author's own incident, unless the statement is mostly about another company
        own = ctx.author.speaker
        own_mentions = len(re.findall(r"(?<![\w-])" + re.escape(own) + r"(?![\w-])", doc.text)) + 3 * (own in title)
        header = " ".join(doc.text.strip().splitlines()[:2])
        about = ABOUT_INCIDENT.search(title + " \n " + header)
        # "Statement on the MediSched data incident at Fernmouth Hospitals NHS Trust", under a
        # supplier's letterhead: the incident is where it happened
        at = INCIDENT_AT.search("\n".join([title] + doc.text.strip().splitlines()[:4]))
        if at:
            named = ctx.aliases.canonical(clean_name(at.group("org")), register=False)
            if not same_org(named, own) and not org_role(named) and is_org_name(named):
                return named
        if about:
            named = ctx.aliases.canonical(about.group(1), register=False)
            # a name the text itself uses as an organisation, not "about Black Friday checkout problems"
            if not same_org(named, own) and not org_role(named) and is_org_name(named) \
                    and any(same_org(named, n) for n in counts):
                return named
        if counts:
            other, n = counts.most_common(1)[0]
            own_first = own.lower() in title.lower() or own.lower() in header.lower()
            # (not its own product: "the HV Go app", "our HV Go accounts", on the operator's page)
            own_product = re.search(rf"\b(?i:the|our)\s+{re.escape(other)}\s+{OWN_PRODUCT_NOUN}|\b(?i:our)\s+{re.escape(other)}\b", doc.text)
            if n >= 4 and n > 2 * max(own_mentions, 1) and not own_first and not own_product:
                return other
        return own
    if not counts:
        return None
    # a tie goes to the one the text says was struck ("a cyber-attack on Collins Aerospace"), not a
    # place the coverage keeps returning to ("Brussels")
    top = counts.most_common(1)[0][1]
    tied = [name for name, n in counts.most_common() if n == top]
    return max(tied, key=lambda name: _struck(name, struck_in)) if len(tied) > 1 else tied[0]


# what a company's own product is called by: "the HV Go app", "our Lumo website"
OWN_PRODUCT_NOUN = r"(?:app|apps|website|site|portal|service|platform|system|account|card|pass|wallet)s?\b"
# the fields over a notice or memo: "To:  All Members", "Subject:  Trading halt", "Ref: 2026/117"
NOTICE_FIELD = re.compile(r"(?im)^[ \t]*(?:to|subject|re|date|ref(?:erence)?|no\.|notice no\.?|segments?|attention|for the attention of)[ \t]*:")
# a notice's or filing's field naming the body it concerns ("Provider:   Harborline B.V., Rotterdam")
CONCERNS_FIELD = re.compile(r"(?im)^[ \t]*(?:provider|service provider|operator|licensee|respondent|regulated (?:entity|firm)|"
                            r"entity|firm|company|undertaking|business|business complained about|financial business)[ \t]*:"
                            r"[ \t]*([A-Z][^\n]{1,80})$")
# the organisation the incident struck: "a ransomware attack on Synnovis", "the outage at Fastly",
# "Optus's network failure", "Synnovis was the victim of": named as the one hit, it outweighs a
# body named as often that only comments or helps ("NHS England said")
_HIT = (r"(?:attack|cyber-?attack|outage|breach|failure|disruption|incident|hack|fault|glitch|crash|blackout|"
        r"meltdown|intrusion)")
# "an outage on X" may be blame laid on X ("pins the outage on Amazon's gateways"); an attack on X struck X
_ATTACK = r"(?:attack|cyber-?attack|hack|intrusion|breach)"
# "what actually happened at Harborline", "what went wrong at Corvane"
_WENT_WRONG = r"\b(?:happened|went wrong|went down|broke|failed|crashed)"


@functools.lru_cache(maxsize=4096)
def _struck_pattern(name: str) -> re.Pattern:
    n = re.escape(name)
    return re.compile(
        rf"(?:\b{_ATTACK}s?\s+(?:on|at|of|against|hitting|affecting|inside)|\b{_HIT}s?\s+(?:at|hitting|affecting|inside)|"
        rf"{_WENT_WRONG}\s+at)"
        rf"\s+(?:the\s+)?{n}(?![\w'’-])(?!\s+(?:said|says|told))|"
        rf"(?<![\w-]){n}(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?{_HIT}\b|"
        rf"(?<![\w-]){n}\s+(?:was|were|had been|has been)\s+(?:the\s+)?(?:hit|victim|attacked|breached|knocked|struck|taken down)\b",
        re.I)


_STRUCK_NAME = re.compile(rf"(?:\b{_ATTACK}s?\s+(?:on|against)|\b{_HIT}s?\s+(?:at|hitting|affecting)|{_WENT_WRONG}\s+at|"
                          r"\b(?:SRE|engineer|employee|developer|staffer|contractor)\s+(?:at|for)|\bI\s+work(?:ed)?\s+(?:at|for))\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})(?![\w&.'’-])")


def _struck_names(text: str) -> set[str]:
    """Capitalised names right after "an attack on", "the outage at" ("a ransomware attack on
    Veltrix"): candidates for the incident's company the tagger may have missed."""
    return {m.group(1) for m in _STRUCK_NAME.finditer(text) if m.group(1).lower() not in CALENDAR_WORDS}


# (not "platform", "service" or "app": "Slack, the workplace messaging service" is the company)
_TOOL_NOUN = (r"(?:agent|tool|assistant|bot|chatbot|model|script|copilot|"
              # ... or a system of the company's own: "Hearth, the database that holds every character"
              # (not "platform": "Skyforge, the hosting platform" is a company)
              r"database|cluster|datastore|data store|storage system|queue|pipeline|proxy|load balancer|"
              r"service mesh|scheduler|cache)")


def _described_as_tool(name: str, text: str) -> bool:
    """The text calls ``name`` a tool or product, not an organisation: "Tidewatch (our AI ops
    agent)", "the agent, known internally as Tidewatch", "its operations assistant Tidewatch"."""
    n = re.escape(name)
    return bool(re.search(
        rf"(?<![\w-]){n}\s*[(,]\s*(?:our|their|its|the|an?)\s+(?:[\w-]+\s+){{0,3}}?{_TOOL_NOUN}\b|"
        rf"\b{_TOOL_NOUN},?\s+(?:called|named|known(?:\s+internally)?\s+as|dubbed)\s+{n}(?![\w-])|"
        rf"\b(?:our|their|its)\s+(?:[\w-]+\s+){{0,3}}?{_TOOL_NOUN}\s+{n}(?![\w-])", text))


def _struck(name: str, text: str) -> int:
    """How often ``text`` names ``name`` as the one the incident struck."""
    return len(_struck_pattern(name).findall(text))


PAGE_FURNITURE = frozenset({"interface prompt", "byline or stamp", "disclaimer"})


def _said_text(doc: Doc, skip_lines: int = 0) -> str:
    """The document's text without the page around it (navigation and interface prompts,
    bylines and post headers, legal notes and footers; headings stay), from its
    ``skip_lines``-th line on: one line a sentence."""
    units = doc._.units or []
    text = doc.text  # built afresh on every access: read it once
    start, seen = 0, 0
    for m in re.finditer(r"[^\n]*\n?", text):
        if seen >= skip_lines:
            break
        seen += bool(m.group(0).strip())
        start = m.end()
    if not units:
        return text[start:]
    return "\n".join(text[u.start_char:u.end_char] for u in units
                     if u.furniture not in PAGE_FURNITURE and u.start_char >= start)


def _with_name_before(tok) -> str:
    """``tok`` with the proper words of its name before it ("Commissioner's Office")."""
    first = tok.i
    while first > 0 and tok.doc[first - 1].pos_ == "PROPN" or (first > 1 and tok.doc[first - 1].tag_ == "POS"
                                                              and tok.doc[first - 2].pos_ == "PROPN"):
        first -= 1
    return tok.doc[first: tok.i + 1].text.replace(" 's", "'s") if first < tok.i else tok.text


_NAME = r"(?P<n>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})"
ATTACKER = re.compile(
    r"\b(?:attack|intrusion|breach|hack|ransomware)\w*\b[^.;]{0,40}?\b(?:claimed by|attributed to|carried out by)"
    r"\s+(?:the\s+)?(?:criminal\s+)?(?:(?:ransomware\s+)?group\s+(?:known as\s+|called\s+)?|gang\s+)?" + _NAME + r"|"
    + _NAME.replace("?P<n>", "?P<m>") + r"\s+(?:(?:ransomware|hacking|hacker|criminal|extortion)\s+(?:group|gang|crew)|gang|hackers|"
    r"(?:has\s+|had\s+)?(?:publicly\s+)?claimed\s+(?:responsibility|the attack|credit))\b")


@functools.lru_cache(maxsize=256)
def _attackers(text: str) -> frozenset[str]:
    """Names the text gives as the group behind an attack ("claimed by the Rhysida group",
    "the Rhysida ransomware gang", "BlackSuit claimed responsibility")."""
    found = set()
    for m in ATTACKER.finditer(text):
        name = m.group("n") or m.group("m")
        words = name.split()
        # "The Rhysida gang" at a sentence start: the name within the capitalised run
        found.update(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return frozenset(found)


def _attacker(name: str, text: str) -> bool:
    return name in _attackers(text)


# a report and its author: "a July 17 staff report by the federal Communications Commission"
REPORT_BY = re.compile(r"\breport\s+(?:by|from)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}((?-i:[A-Z])[\w&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?(?-i:[A-Z])[\w&'’-]*){0,4})", re.I)
def _our_supplier(name: str) -> re.Pattern:
    """A company named as the writer's own supplier: "Strata Cloud, our infrastructure provider",
    "our cloud provider, Strata Cloud"."""
    n = re.escape(name)
    role = r"(?:provider|supplier|vendor|host|hosting partner|partner|contractor)"
    return re.compile(rf"(?<![\w-]){n}\s*[(,]\s*(?:our|one of our)\s+(?:[\w-]+\s+){{0,3}}?{role}\b|"
                      rf"\b(?i:our)\s+(?:[\w-]+\s+){{0,3}}?{role},?\s+{n}(?![\w-])")


# a newscast's head: "NW9 NEWS AT 6", "KOMO 4 NEWS", "WXYZ ACTION NEWS"
BROADCAST_HEAD = re.compile(r"^\s*(?P<station>[A-Z][A-Z0-9]{1,5}(?:[ -]?\d{1,2})?)\s+(?:ACTION |EYEWITNESS |EVENING |LOCAL )?"
                            r"NEWS(?:CAST)?\b")
# the head of a hearing's printed record: "HEARING / before the / COMMITTEE ON FINANCE"
HEARING_HEAD = re.compile(r"(?m)^[ \t]*(?:JOINT |FIELD )?HEARINGS?[ \t]*$(?:\n[^\n]*){0,4}?\n[ \t]*(?P<committee>(?:SUB)?COMMITTEE ON "
                          r"[A-Z][A-Z ,&'’-]{2,80}?)[ \t]*$")


def _subsidiary_of(name: str, text: str) -> bool:
    """Does the text call ``name`` the writer's subsidiary or unit ("Meridia Claims, LLC (the
    "Subsidiary"), a wholly owned subsidiary of the Company", "our subsidiary Meridia")?"""
    n = re.escape(name)
    return bool(re.search(rf"(?<![\w-]){n}\b[^.;]{{0,60}}?\b(?:(?:wholly[- ]owned|our|its)\s+)?(?:subsidiary|unit|division)\b|"
                          rf"\b(?i:our|its)\s+(?:wholly[- ]owned\s+)?(?:subsidiary|unit|division),?\s+{n}(?![\w-])", text))


# a speaker talking of the company's own policy, systems and people as theirs
OWN_COMPANY_TALK = re.compile(r"(?i)\bour (?:own )?(?:policy|policies|systems?|network|engineers|engineering|teams?|reviewers|"
                              r"company|platform|environment|security|staff|employees|infrastructure|incident response)\b")
# a title of the company's own staff, whatever its words suggest elsewhere ("Lead Site
# Reliability Engineer", "Head of Player Experience")
STAFF_TITLE = re.compile(r"(?i)\b(?:engineer(?:ing)?|reliability|sre|developer|product|experience|operations|infrastructure|"
                         r"platform|support|community|security)\b")
# the document itself as a subject: "this post", "an earlier version of this statement"
OWN_TEXT = re.compile(r"(?i)^\W*(?:(?:an?\s+)?(?:earlier|previous|original|first)\s+version\s+of\s+)?(?:this|our)\s+"
                      r"(?:post|article|blog(?: post)?|statement|page|update|notice|letter|report|write-?up)\b")
# the time zones a heading or a column gives in brackets ("Timeline (UTC)", "Time (CEST)")
TIME_ZONE_ABBREVIATION = re.compile(r"UTC|GMT|Z|BST|IST|CET|CEST|EET|EEST|WET|WEST|JST|KST|AEST|AEDT|[ECMPA][SD]?T|HST|AKST")


PARTY_WORDS = frozenset("applicant respondent claimant complainant plaintiff defendant appellant petitioner appellee".split())
PARTY_DEFINED = re.compile(r"\b[Tt]he[ \t]+(?P<part>Applicant|Respondent|Claimant|Complainant|Plaintiff|Defendant|Appellant|"
                           r"Petitioner|Appellee),[ \t]+(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z&][\w'’.-]*){0,5})")


def _register_aliases(doc: Doc, aliases: AliasTable) -> None:
    """``Name ("Short")`` and ``Name (SHORT)`` define aliases; ORG names register in order."""
    # (a name with lower-case connectors counts whole: "Netherlands Authority for Digital Continuity (ADC)")
    # (and a company's legal suffix after a comma: 'CDK Global, Inc. ("CDK")' defines CDK, not "Inc")
    for m in re.finditer(r"\b((?:[A-Z][\w&.'-]*\s+(?:(?:of|for|and|&|the|de|du|des|la|le)\s+)?){0,5}[A-Z][\w&.'-]*"
                         r"(?:,\s+(?:Inc|Ltd|LLC|LLP|plc|PLC|Corp|Co|Limited|AG|GmbH|SA|NV|SE)\b\.?)?)\s*\(\s*(?:the\s+)?[\"“']?(?:the\s+)?([A-Z][\w&.-]{1,20})[\"”']?\s*\)", doc.text):
        long, short = clean_name(m.group(1)), m.group(2)
        if TIME_ZONE_ABBREVIATION.fullmatch(short):
            continue  # "## Timeline (UTC)": a heading's time zone, no name for the timeline
        canon = aliases.canonical(long)
        aliases.map.setdefault(short.lower(), canon)
    # a pleading's several defined terms: 'Quillsoft, Inc. ("Quillsoft" or "Defendant")'
    for m in re.finditer(r"\b((?:[A-Z][\w&.'-]*\s+){0,4}[A-Z][\w&.'-]*(?:,\s+(?:Inc|Ltd|LLC|LLP|plc|PLC|Corp|Co|Limited|AG|GmbH|SA|NV|SE)"
                         r"\b\.?)?)\s*\(\s*((?:(?:the\s+)?[\"“][A-Z][\w&.\s-]{1,30}[\"”]\s*(?:,|or|and)?\s*){2,4})\)", doc.text):
        long = re.sub(r"^(?:Defendants?|Plaintiffs?|Respondents?|Claimants?|Petitioners?)\s+", "", m.group(1))
        canon = aliases.canonical(clean_name(long))
        for short in re.findall(r"[\"“]([^\"”]{2,31})[\"”]", m.group(2)):
            aliases.map.setdefault(short.strip().lower(), canon)
    # counsel's letter defining the other side: '... Airlines, Inc. ("Pelican" or "your client")'
    client = re.search(r"[\"“]([A-Z][\w&.'-]{1,30})[\"”]\s+or\s+[\"“]your client[\"”]", doc.text)
    if client:
        aliases.map.setdefault("your client", aliases.canonical(client.group(1), register=False))
    # a decision's parties, named once and then called by their part: "The Applicant, Marcus
    # Ferreira-Lund, says", "the Respondent, Corrandale Regional Airways Ltd. (Corrandale)"
    for m in PARTY_DEFINED.finditer(doc.text):
        aliases.map.setdefault(m.group("part").lower(), aliases.canonical(clean_name(m.group("name")), register=False))
    for ent in doc.ents:
        if (ent.label_ == "ORG" or ent.label_ == "PERSON" and looks_like_org(ent.text)) and is_org_name(ent.text):
            aliases.canonical(clean_name(_text_spelling(clean_name(_whole_name(ent, doc.text), keep_case=True), doc.text)))


# the last word of a body's name, by which its own text calls it: "the Alliance", "the Authority"
BODY_WORD = re.compile(r"(?:alliance|association|federation|union|coalition|society|guild|council|authority|agency|"
                       r"commission|board|institute|service|trust|foundation|ombudsman|regulator|office|tribunal)", re.I)


def _register_body_word(text: str, author: str, aliases: AliasTable) -> None:
    """A body that writes as "the Alliance" ("EuroMerchants Alliance ... the Alliance estimates")
    names itself: its name's last word, capitalised after "the", is the author, unless the text
    gave that word to another name."""
    words = author.split()
    if len(words) < 2 or not BODY_WORD.fullmatch(words[-1]) \
            or aliases.map.get(words[-1].lower(), words[-1]).lower() != words[-1].lower():
        return
    if re.search(rf"\b[Tt]he\s+{re.escape(words[-1])}\b", text):
        aliases.map[words[-1].lower()] = author


def _whole_name(ent, text: str) -> str:
    """An organisation's name with the capitalised words the tagger cut off its end ("National
    Alliance of Community Medical" + "Practices"), when the text names it so at least twice."""
    m = re.match(r"(?:[ \t]+(?:[A-Z][\w&'’-]*))+", text[ent.end_char:])
    if not m:
        return ent.text
    longer = ent.text + m.group(0)
    words = [w.lower() for w in m.group(0).split()]
    if any(w in CALENDAR_WORDS for w in words):
        return ent.text
    return longer if len(re.findall(r"(?<![\w-])" + re.escape(longer) + r"(?![\w-])", text, re.I)) >= 2 else ent.text


@Language.factory(
    "counterclaim_voices",
    requires=["doc._.units", "token.dep", "token.lemma", "token.ent_type"],
    assigns=["doc._.units", "doc._.voices_meta"],
)
def make_voices(nlp: Language, name: str):
    register_extensions()
    return VoiceAttributor()


class VoiceAttributor:
    """Sets ``unit.voice`` on every non-furniture unit (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        from ..furniture import CHAT_PREFIX, DATELINE_LEAD

        meta = doc._.voices_meta or {}
        regions = meta.get("quotes", [])
        paras = meta.get("paragraphs", [])
        aliases = AliasTable()
        author = _author(doc, aliases, regions)
        _register_aliases(doc, aliases)
        if author.speaker:
            author = Voice(aliases.canonical(author.speaker), author.role)
            _register_body_word(doc.text, author.speaker, aliases)
        ctx = Context(aliases=aliases, author=author)
        proper = _proper_words(doc)
        org_places = _place_tagged_orgs(doc)
        ctx.vendor = _vendor(doc, ctx, proper, org_places)
        # (a customer's letter to its provider, or a regulator's to the firm it supervises)
        ctx.to_provider = ctx.author.role in ("customer", "regulator", "insider", "expert") and (
            writes_to_provider(doc.text) or _addressed_to(doc.text, ctx.vendor))
        # (minutes under a body's letterhead: its officers listed without an organisation are its own)
        home = ctx.author.speaker if MINUTES_HEAD.search(doc.text[:600]) and ctx.author.speaker else None
        _register_attendees(doc.text, ctx, home)
        # a decision's or case file's "Complainant: Mr K": the customer who complained
        complainant = COMPLAINANT_FIELD.search(doc.text[:3000])
        if complainant:
            raw = complainant.group(1).strip()
            voice = Voice(ctx.aliases.canonical(clean_name(raw)), "customer")
            for key in {raw, clean_name(raw), raw.split()[-1]}:
                ctx.persons.setdefault(key, voice)
        for ent in doc.ents:
            if ent.label_ in ("ORG", "PERSON", "NORP", "GPE") and _attacker(ent.text.strip(), doc.text):
                # the group behind the attack speaks as an outside party, never as the company
                ctx.roles.setdefault(aliases.canonical(ent.text.strip(), register=False), "expert")
        if ctx.author.speaker is None and ctx.author.role == "vendor" and ctx.vendor:
            # an unsigned statement in the first person: the company it is about speaks
            ctx.author = author = Voice(ctx.vendor, "vendor")
        if ctx.vendor and ctx.author.role == "vendor" and ctx.author.speaker and org_role(ctx.author.speaker) == "regulator" \
                and not same_org(ctx.vendor, ctx.author.speaker):
            # a public body found writing as the operator of its own failed service ("From: Revenue
            # and Excise Authority", "FileRight is now working normally", "We're sorry"): the
            # incident is its own, whatever name its service goes by
            ctx.vendor = ctx.author.speaker
        if ctx.vendor and not same_org(ctx.vendor, ctx.author.speaker) and ctx.author.role == "vendor" \
                and not _subsidiary_of(ctx.vendor, doc.text):
            # a company's statement about another company's incident: a supplier answering (not a
            # parent's filing about "Meridia Claims, LLC (the "Subsidiary"), a wholly owned subsidiary")
            ctx.author = author = Voice(ctx.author.speaker, "expert")
        if author.speaker:
            ctx.roles[author.speaker] = author.role
            if author.role == "press":
                ctx.last_press = author.speaker
        resolver = VoiceResolver(doc, ctx)
        meta["aliases"] = aliases
        meta["vendor"] = ctx.vendor
        doc_vendor = ctx.vendor
        sections = _section_vendors(doc, ctx)
        meta["org_places"] = sorted(org_places)
        meta["author"] = ctx.author
        in_quote = lambda char: _inside(regions, char)  # noqa: E731
        meta["proper"] = proper
        units: list[Unit] = doc._.units or []
        posts = _post_voices(doc, ctx)
        turns = _turn_voices(doc, ctx) or _message_blocks(doc.text, ctx)
        notes = _compiler_notes(doc.text, ctx)
        region_voice: dict[tuple[int, int], Voice] = {}
        block: Voice | None = None
        block_para = -1
        intro: Voice | None = None
        intro_para = -2
        # minutes (a document with an attendance list) report speech sentence after sentence: an
        # uncued sentence goes on with the speaker reported just before it in its paragraph
        reported: tuple[int, Voice] | None = None
        for k, unit in enumerate(units):
            sent = unit.span(doc)
            if sections:
                # under "AWS: two processes, one empty DNS record", in a feature on three
                # companies' outages, the company whose incident is told there is AWS
                ctx.vendor = next((v for start, v in reversed(sections) if start <= unit.start_char), None) or doc_vendor
            if unit.furniture:
                if unit.heading:
                    _note_witness(sent.text, ctx)
                continue
            self._note_mentions(sent, resolver)
            text = sent.text.strip()
            region = _region_of(regions, unit.start_char, unit.end_char)
            # a statement block continues while its paragraphs read as the statement
            if block is not None and unit.paragraph != block_para:
                if _continues_block(doc, paras, unit.paragraph, block, ctx, regions):
                    block_para = unit.paragraph
                else:
                    block = None
            cue = find_cue(sent, in_quote, proper)
            if cue is not None and re.match(r"\s*\|(?:[^|\n]*\|){2}", sent.text):
                cue = None  # a table's row ("| Oct 2023 | City of Brackenport | ... | City added a disclaimer |"): the table's writer's
            lead = DATELINE_LEAD.match(sent.text)
            if cue is not None and lead and cue.subject.idx < sent.start_char + lead.end():
                # "NASHVILLE, Tenn. — When ..., the staff assumed": the dateline is no speaker; the
                # sentence after it may name one ("LONDON, Dec 1 (Wire) - Card processor Kestrel Pay said")
                after = [c for c in [*(cue.verb.children if cue.verb is not None else ()), *cue.subject.children]
                         if c.dep_ in ("nsubj", "appos") and c.idx >= sent.start_char + lead.end()]
                cue = Cue(cue.text, after[0], _phrase(after[0]), cue.verb) if after else None
            post = _post_at(posts, unit.start_char) if posts else None
            post = next((v for s, e, v in turns if s <= unit.start_char < e), None) or post  # a chat turn
            label = (CHAT_PREFIX.match(sent.text) or TURN_LABEL_LEAD.match(sent.text)) if post is not None else None
            if cue is not None and label and cue.subject.idx < sent.start_char + label.end():
                cue = None  # "[13:58] Rob Faulkner (support agent): Our engineers have confirmed ...": the turn's
            note = next((v for s, e, v in notes if s <= unit.start_char < e), None)
            # (a sentence that only quotes a phrase, "I suspect they would say ... "first of its kind"
            # may be accurate", in a turn or post: the turn's or post's speaker says it)
            speaking = (region_voice.get(region) if region else None) or note or block or post
            if cue is not None and (unit.quoted < 0.5 or region is None):
                voice = resolver.from_cue(cue, speaking)
                if region is not None:
                    region_voice.setdefault(region, voice)
            elif region is not None and unit.quoted >= 0.5:
                voice = region_voice.get(region) or self._quote_speaker(doc, units, k, region, resolver, in_quote, intro if intro_para == unit.paragraph - 1 else None, block, post)
                if voice.speaker is None and (post or note) is not None:
                    # '"Core services are back" and "every region is healthy" are two different
                    # milestones', in a post: phrases the poster quotes to answer, the poster's
                    voice = post or note
                region_voice[region] = voice
                voice = Voice(voice.speaker, voice.role, cue=None, mention=voice.mention)
            elif note is not None:
                voice = Voice(note.speaker, note.role)
            elif block is not None:
                voice = Voice(block.speaker, block.role)
            elif posts or turns:
                voice = post or Voice(ctx.author.speaker, ctx.author.role)
            elif ctx.titles and reported is not None and reported[0] == unit.paragraph and not _opens_with_person(text, ctx):
                voice = Voice(reported[1].speaker, reported[1].role)
            else:
                voice = Voice(ctx.author.speaker, ctx.author.role)
            if cue is not None and voice.speaker != ctx.author.speaker:
                reported = (unit.paragraph, voice)
            if cue is not None and voice.role == "expert" and voice.speaker not in ctx.persons and AFFECTED.search(text):
                voice.role = "customer"  # another company saying the outage hit its own service
            unit.voice = voice
            if cue is not None and voice.speaker and voice.role not in ("insider", "customer") and voice.speaker not in ctx.persons:
                ctx.last_speaking_org = voice.speaker
            ctx.previous_org = (voice.speaker if cue is not None and voice.speaker and voice.role not in ("press", "regulator")
                                and voice.speaker not in GROUP_CANONICAL.values() and voice.speaker not in ctx.persons
                                else None)
            # a line ending with a colon introduces a statement in the next paragraphs
            if text.endswith(":") and STATEMENT_INTRO.search(text) and unit.quoted < 0.5:
                head = _subject(sent, in_quote) if cue is None else None
                # the cue's speaker when the line has one ("On Thu, 9 Feb 2023, Air Canada Customer
                # Relations <...> wrote:" is theirs, not "Feb"'s)
                intro = voice if cue is not None else resolver.resolve(head, _phrase_of(head)) if head is not None else None
                if intro is not None and intro.speaker == ctx.author.speaker and intro.role == ctx.author.role and ctx.vendor and "statement" in text.lower():
                    intro = Voice(ctx.vendor, _role_for_org(ctx, ctx.vendor))
                issued = STATEMENT_OF.search(text)
                if issued and (intro is None or intro.role == "unknown" or intro.speaker == ctx.author.speaker
                               or re.match(r"(?i)\W*(?:this|that|here|below|these|the following)\b", text)):
                    # "This is the core of the statement Norvane put out on Wednesday:": its issuer's
                    intro = _org_voice(ctx, clean_name(issued.group("org") or issued.group("org2")))
                if intro is not None and intro.speaker in ctx.persons and _vendor_address(text, ctx):
                    # "On Wed, ... Megan Lodge <m.lodge@amazon.example> wrote:", in a customer's
                    # thread with its provider: she writes for the company
                    intro = Voice(intro.speaker, "vendor")
                    ctx.persons[intro.speaker] = intro
                if intro is not None:
                    block, block_para, intro_para = intro, unit.paragraph, unit.paragraph
        ctx.vendor = doc_vendor
        return doc

    def _note_mentions(self, sent: Span, resolver: VoiceResolver) -> None:
        """Keep track of the organisations, outlets and people mentioned so far."""
        from ..furniture import DATELINE_LEAD

        ctx = resolver.ctx
        ctx.previous_subject_org, ctx.subject_org = ctx.subject_org, None
        lead = DATELINE_LEAD.match(sent.text)
        for m in ANONYMOUS_SOURCE.finditer(sent.text):
            # "That account was challenged by an official at one airline, who spoke on condition of
            # anonymity": a later "the official said" is that unnamed source, whoever spoke before
            noun = m.group("noun").lower().rstrip("s")
            ctx.groups_by_noun[noun] = Voice(GROUP_CANONICAL["insider"], "insider")
        for ent in sent.ents:
            # (or a name the tagger took for a person that a noun says is a firm: "the supermarket chain Hollins")
            described_firm = ent.label_ == "PERSON" and any(
                c.dep_ == "compound" and c.lemma_.lower() in ORG_NOUNS | {"chain", "supermarket", "retailer"}
                for c in ent.root.children)
            # (a lone name no one was introduced by, which "they" takes up next, is a firm's: "Hollins
            # has been vocal. They say ...")
            known_org = ent.label_ in ("PERSON", "GPE", "NORP") and ent.text.strip() not in ctx.persons and (
                ctx.aliases.canonical(ent.text, register=False) in ctx.aliases.names or len(ent) == 1)
            # (or names the subject: "The Qilin group listed ...")
            subject = ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.dep_ == "ROOT" or (
                ent.root.dep_ == "compound" and ent.root.head.dep_ in ("nsubj", "nsubjpass") and ent.root.head.head.dep_ == "ROOT"
                and ent.root.head.lemma_.lower() in ORG_NOUNS | {"group", "gang", "collective"})
            if (ent.label_ == "ORG" or described_firm or known_org) and is_org_name(ent.text) and subject \
                    and not (lead and ent.start_char < sent.start_char + lead.end()):  # ("SEATTLE (AP) —": a dateline)
                canon = ctx.aliases.canonical(ent.text)
                if canon != ctx.vendor and _role_for_org(ctx, canon) not in ("press", "regulator"):
                    ctx.subject_org = canon
            if ent.label_ == "ORG" and is_org_name(ent.text):
                canon = ctx.aliases.canonical(ent.text)
                role = _role_for_org(ctx, canon)
                if role == "press":
                    ctx.last_press = canon
                elif role == "regulator":
                    ctx.last_regulator = canon
                elif role == "vendor":
                    ctx.last_org = canon
            elif ent.label_ == "PERSON" and len(ent.text.split()) >= 2 and not looks_like_org(ent.text):
                name = clean_name(ent.text)
                surname = name.split()[-1]
                if name not in ctx.persons and HONORIFIC.match(name) and len(name.split()) == 2 and surname in ctx.persons:
                    ctx.persons[name] = ctx.persons[surname]  # "Ms Wells" after "Anika Wells"
                if name not in ctx.persons:
                    ctx.persons[name] = _describe_person(ctx, name, _description(ent.root), ent)
                    ctx.persons.setdefault(name.split()[-1], ctx.persons[name])
                # "he" next is this person, also a company's (a company person named only in passing is not)
                subject = ent.root.dep_ in ("nsubj", "nsubjpass") or (
                    ent.root.dep_ == "appos" and ent.root.head.dep_ in ("nsubj", "nsubjpass"))
                if ctx.persons[name].role != "vendor" or subject:
                    ctx.last_person = ctx.persons[name]
        if ctx.subject_org is None and ctx.previous_subject_org:
            # "The Bradford-based supermarket, which operates 500 stores, confirmed ...": a described
            # subject after a named one goes on about it
            subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
            if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in ORG_NOUNS | {"supermarket", "chain", "grocer"} \
                    and subj.lemma_.lower() not in PROVIDER_KIND_NOUNS and any(c.lower_ == "the" for c in subj.children):
                ctx.subject_org = ctx.previous_subject_org

    def _quote_speaker(self, doc, units, k, region, resolver, in_quote, intro, block, post=None) -> Voice:
        """The speaker of a quotation, in this order: a cue in a sentence that shares
        characters with the quotation or follows it in the paragraph where it ends
        ('"...," she said.'); the line that introduced it; a cue earlier in the paragraph
        where it starts; the open statement block; the forum post it stands in (a poster
        quoting without a cue); the last person named."""
        s, e = region
        line_start = doc.text.rfind("\n", 0, s) + 1
        labelled = re.fullmatch(r"\s*[>*_]*\s*(@[A-Za-z0-9_.]{2,30})\s*[:—–-]\s*[*_]*\s*", doc.text[line_start:s])
        if labelled:
            # a post quoted under its handle: '@glitchmother_: "Nobody breaks their network by accident ..."'
            return Voice(labelled.group(1), "customer")
        proper = (doc._.voices_meta or {}).get("proper")
        end_para = max((u.paragraph for u in units if u.start_char < e), default=units[k].paragraph)
        for unit in units[k:]:
            if unit.paragraph > end_para:
                break
            if unit.furniture:
                continue
            cue = find_cue(unit.span(doc), in_quote, proper)
            if cue is not None:
                return resolver.from_cue(cue, intro or block)
        if intro is not None:
            return intro
        for unit in reversed(units[max(0, k - 4):k]):
            if unit.paragraph == units[k].paragraph and not unit.furniture:
                cue = find_cue(unit.span(doc), in_quote, proper)
                if cue is not None:
                    return resolver.from_cue(cue, block)
        if block is not None:
            return block
        if post is not None:
            return post
        if resolver.ctx.last_person is not None:
            return resolver.ctx.last_person
        return Voice(resolver.ctx.author.speaker, resolver.ctx.author.role)


# documents that speak for whoever wrote them, and the verbs that name their authors
AUTHORED_DOCS = frozenset("report study review analysis audit assessment investigation paper survey".split())
AUTHORING = frozenset("write prepare produce compile author conduct carry publish draft".split())


# "said in a letter", "answered with a letter of its own", "wrote in a blog post", "said
# through a statement": the document a speaker speaks through
THROUGH_PREPS = frozenset("in with through via".split())


def _documents_spoken_through(verb: Token) -> list[str]:
    """The issued documents a cue verb says its speaker spoke through ("In a letter from its
    lawyers to Delta's counsel, the company said ..." -> ["letter"])."""
    out = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in THROUGH_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in ISSUED_DOCS and obj.tag_ == "NN" \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children):
                out.append(obj.lemma_.lower())
    return out


def _document_author(head: Token) -> str | None:
    """The named author of a report: "The report, written by Halden Consulting Engineers for the
    airport's insurer" (not whoever commissioned it or received it)."""
    if head.lemma_.lower() not in AUTHORED_DOCS or head.pos_ != "NOUN":
        return None
    for acl in head.children:
        if acl.dep_ != "acl" or acl.lemma_.lower() not in AUTHORING:
            continue
        for agent in acl.children:
            if agent.dep_ != "agent":
                continue
            obj = next((c for c in agent.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if obj is not None:
                words = [t for t in obj.subtree if t.i <= obj.i and (t.pos_ == "PROPN" or t.dep_ == "compound")]
                return " ".join(t.text for t in words) or None
    return None


ORG_KIND_NOUNS = frozenset("""company firm provider operator carrier airline bank lender retailer utility
group business platform startup processor insurer vendor supplier contractor maker manufacturer
developer giant specialist consultancy airport railway""".split())


def _name_before_description(head: Token) -> str | None:
    """"Fastly, a San Francisco company that ..., said": the tagger often misses an unfamiliar
    name before a describing apposition and makes the description ("company") the subject.
    The capitalised words just before ", a/an/the ... company" are the speaker's name."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ORG_KIND_NOUNS:
        return None
    left = head.left_edge
    if left.lower_ not in ("a", "an", "the") or left.i < 2 or head.doc[left.i - 1].text != ",":
        return None
    k = left.i - 2
    words = []
    while k >= 0 and head.doc[k].text[:1].isupper() and head.doc[k].is_alpha and len(words) < 4:
        words.insert(0, head.doc[k].text)
        k -= 1
    if not words or (k >= 0 and head.doc[k].text not in (",", ";", ":", "(", "\n") and not head.doc[k + 1].is_sent_start):
        return None
    toks = head.doc[k + 1: left.i - 1]
    if toks[0].pos_ in ("ADP", "SCONJ") or any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in NOT_ORGS for t in toks):
        return None  # "In June, the company said": a time, not a name
    name = " ".join(words)
    return None if name.lower() in ("the", "a", "an") else name


def _profile(details: str, below: str) -> str:
    """A social post header's details, or, after a connection degree ("Gareth Linley • 1st"),
    the profile's headline on the line below."""
    from ..furniture import CONNECTION_DEGREE

    if re.fullmatch(CONNECTION_DEGREE + r".*", details.strip()):
        return below.strip().split("\n", 1)[0]
    return details


def _employer(profile: str) -> str | None:
    """The company a profile headline says someone works at ("Head of Merchant Services at
    Tallypay"), not a former one ("Retired, ex-Harrow & Finch store manager")."""
    m = re.search(r"\b(?:at|@)\s+([A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,3})", profile)
    return m.group(1).strip() if m and not re.match(r"(?i)(?:ex|former|retired)\b", profile) else None


WORKSPACE = re.compile(r"(?im)^[^\n]*\b(?:slack|teams|discord|mattermost|chat)\b[^\n]*?[—–:-]\s*(?P<org>[A-Z][\w&'’ .-]{1,60}?)\s+"
                       r"(?:workspace|server|tenant|organi[sz]ation)\b")
STAFF_SITE = re.compile(r"(?i)\b(?:staff|employees?|workers?|colleagues?|crew)\s+(?:forums?|boards?|community|network|lounge)\b")
NOT_STAFF = re.compile(r"(?i)\b(?:not (?:staff|an employee|a member of staff)|just a customer|(?:I'm|I am) a customer|as a customer)\b")


def _post_voices(doc: Doc, ctx: Context) -> list[tuple[int, Voice]]:
    """Forum threads: each post's narration is its poster. A poster whose name carries the
    vendor's name or a staff marker (support, team, moderator) speaks for the vendor."""
    from ..furniture import post_header

    posts = []
    speaks_for: set[str] = set()  # a poster found answering for the company does so in every post
    text = doc.text
    # "ShopFloor Talk :: UK Retail Staff Forum": a forum for the staff of the trade
    staff_site = STAFF_SITE.search("\n".join(text.lstrip().split("\n")[:3])) is not None
    # "Slack export — Calderon Metro workspace": the company's own channel, its posters its people
    workspace = WORKSPACE.search("\n".join(text.lstrip().split("\n")[:4]))
    staff_site = staff_site or bool(workspace and ctx.vendor and same_org(ctx.aliases.canonical(
        clean_name(workspace.group("org")), register=False), ctx.vendor))
    headers = [(s, e, found) for s, e in (doc._.voices_meta or {}).get("paragraphs", [])
               if (found := post_header(text[s:e])) is not None]
    for k, (s, e, found) in enumerate(headers):
        user, description = found
        # the post itself: up to the next post's header (a later poster's "I worked at ..." is not this one's)
        body = text[e:min(e + 1500, headers[k + 1][0] if k + 1 < len(headers) else len(text))]
        description = _profile(description, body)
        # a handle that is the company's own name ("CDKGlobal", "Acme_Official"); a former
        # employee's ("ex_cdk_ops") or a fan's handle only carries it
        handle = re.sub(r"[\W_]", "", user.lower())
        works_there = _works_at(body, ctx.vendor)
        former = re.match(r"(?i)(?:ex|former|old)[\W_]", user) is not None  # "ex_bs_support": no longer staff
        moderator = re.search(r"(?i)\badmin|moderator|(?:^|_)mod(?:$|_)", user) is not None
        vendorish = bool(ctx.vendor) and re.sub(r"\W", "", ctx.vendor.lower()) in handle \
            and not re.match(r"(?i)(?:ex|former|old|fan|not)[\W_]", user) and not works_there
        employer = _employer(description)
        if employer and not same_org(ctx.aliases.canonical(employer, register=False), ctx.vendor or "") \
                and SPOKES_WORDS.search(description):
            # "Head of Merchant Services at Tallypay": an official of another company speaks for it,
            # as a customer when the post says the incident hit that company ("For us it was
            # catastrophic", "we lost three days of orders")
            voice = _org_voice(ctx, employer)
            if voice.role == "expert" and (OWN_BUSINESS_HIT.search(body[:800]) or HIT_US.search(body[:800])):
                voice = Voice(voice.speaker, "customer", mention=voice.mention)
            posts.append((e, voice))
        elif employer and ctx.vendor and same_org(ctx.aliases.canonical(employer, register=False), ctx.vendor) \
                and not SPOKES_WORDS.search(description):
            # "Customer Assistant at Harrow & Finch": staff of the company, whatever the job's words
            posts.append((e, Voice(_bare_handle(user), "insider")))
        elif SPOKES_WORDS.search(description) and ctx.author.role in ("vendor", "expert", "regulator") and ctx.author.speaker:
            posts.append((e, Voice(ctx.author.speaker, ctx.author.role)))  # an official posting for the organisation
        elif SPOKES_WORDS.search(description) and ctx.vendor:
            posts.append((e, Voice(ctx.vendor, "vendor")))
        elif moderator and not (ctx.author.speaker and same_org(ctx.author.speaker, ctx.vendor)):
            # the moderator of a forum the company does not run speaks for themselves, like its other posters
            posts.append((e, Voice(_bare_handle(user), "customer")))
        elif vendorish or (re.search(r"(?i)support|staff|official|team\b", user) or moderator
                           # (the company's care desk posting under its first name: "Lumora Care")
                           or ctx.vendor and re.fullmatch(rf"(?i){re.escape(ctx.vendor.split()[0])}[\s_]*(?:care|help|helpdesk|service|cares)", user)
                           or CODE_HOST_STAFF.search(description)) and ctx.vendor and not former:
            posts.append((e, Voice(ctx.vendor, "vendor")))
        elif ctx.vendor and (FOUNDER_HERE.search(body[:300]) or user in speaks_for):
            posts.append((e, Voice(ctx.vendor, "vendor")))  # "Hey, co-founder here.": the company answering
            speaks_for.add(user)
        else:
            name = _bare_handle(user)
            about_vendor = _names_vendor(description + " " + body, ctx.vendor)
            insider = works_there or role_of_phrase(description) == "insider" and ctx.vendor and ctx.vendor.lower() in description.lower()
            # "Site Reliability Engineer | formerly Norvane Cloud": a former employee, an insider
            # (or by the company's first name: "ex-Kestrel (unverified)" for Kestrel Pay)
            insider = insider or bool(ctx.vendor) and re.search(
                rf"(?i)\b(?:formerly|former|ex-?|previously|until \d{{4}})\s*(?:at\s+|@\s*)?"
                rf"(?:{re.escape(ctx.vendor)}|{re.escape(ctx.vendor.split()[0])})\b", description) is not None
            if ctx.vendor and STAFF_BADGE.search(description):
                insider = about_vendor = True  # a staff badge on a thread about the company: "Store colleague", "Former store IT (left 2023)"
            if ctx.vendor and staff_site and not NOT_STAFF.search(body[:600]):
                insider = about_vendor = True  # a staff forum's thread about the company: its posters work there
            if EMPLOYEE_DISCLAIMER.search(body[:600]) or works_there and re.search(
                    r"(?i)\b(?:team|side|group|department|desk) there\b|\bworked there\b", body[:600]):
                # "posting from an alt, not speaking for the company", "I was on the edge team there": its staff
                insider = about_vendor = True
            posts.append((e, Voice(name, "insider" if insider and about_vendor else "customer")))
    if len(posts) == 1:
        # a single post header counts when it opens the document (a scraped forum post)
        first = (doc._.voices_meta or {}).get("paragraphs", [])[:3]
        if not any(e == posts[0][0] for _, e in first) and not any(e == posts[0][0] for _, e in (doc._.voices_meta or {}).get("paragraphs", [])[:4]):
            return []
    # a poster who says in one post that they work or worked there is an insider in all of them
    insiders = {v.speaker for _, v in posts if v.role == "insider"}
    posts = [(e, Voice(v.speaker, "insider") if v.speaker in insiders and v.role == "customer" else v) for e, v in posts]
    for _, voice in posts:
        ctx.roles.setdefault(voice.speaker, voice.role)  # a poster quoted later ("grey_heron wrote:") keeps their role
    return posts


# a hearing summary's section heading naming a witness for an organisation:
# "Marks & Spencer: Archie Norman, chairman", "Acme Cloud — Dana Ruiz, chief executive"
WITNESS_HEADING = re.compile(r"^[#*\s]*(?P<org>[A-Z][^:—–|]{1,60}?)\s*(?::|\s[—–|]\s)\s*(?P<name>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3}),\s*"
                             r"(?P<title>(?:the\s)?(?:[\w-]+\s){0,3}(?:chair(?:man|woman)?|chief[\w ]*|ceo|cto|coo|cfo|president|director|"
                             r"head of [\w ]+|founder|spokes(?:person|man|woman)|managing director|executive[\w ]*))\W*$", re.I)


def _note_witness(heading: str, ctx: Context) -> None:
    m = WITNESS_HEADING.match(heading.strip())
    if not m:
        return
    voice = _org_voice(ctx, m.group("org").strip())
    name = clean_name(m.group("name"))
    ctx.persons[name] = voice
    ctx.persons.setdefault(name.split()[-1], voice)


# a chat transcript's turn: "[14:22] Max (AI support): Hi there", "Customer: my card was declined"
# a turn's label: a name ("Max (AI support):", "PEDRO SÁNCHEZ:"), or after a time stamp any
# handle ("[16/04/2025 14:27] sysadmin_rei:", "[14:27] <dnsgoblin>")
TURN = re.compile(r"^\s*(?:(?P<stamp>" + CHAT_STAMP + r")\s*)?(?P<who>(?(stamp)<?[\w.'@#-]{2,32}>?(?:\s(?-i:[A-Z])[\w.'-]+){0,2}"
                  r"(?:\s*\([^)]{1,80}\))?|(?-i:[A-Z])[\w.'-]*(?:\s[\w.'-]+){0,2}(?:\s*\([^)]{1,80}\))?))(?:(?<=>):?|:)\s+(?=\S)")
# the company's side of a chat: its agents, advisers and bots
AGENT_WORDS = re.compile(r"(?i)\b(?:support|agent|assistant|bot|chatbot|ai|adviser|advisor|representative|rep|help ?desk|staff)\b")


# a poster's badge saying they work, or worked, for the company the thread is about
# a code host's badge for the repository owner's people: "**rdesai-quill** `MEMBER` commented on ..."
CODE_HOST_STAFF = re.compile(r"^(?:MEMBER|OWNER|COLLABORATOR|MAINTAINER|STAFF)\b")
STAFF_BADGE = re.compile(r"(?i)\b(?:former|ex-?)\s+(?:[\w-]+\s+){0,2}(?:it|ops|operations|staff|employee|engineer|colleague|"
                         r"manager|worker|support|developer|team member)\b|\(left (?:in )?(?:19|20)\d{2}\)|"
                         r"\b(?:store|shop|branch|warehouse|depot|call cent(?:re|er)|head office)\s+"
                         r"(?:colleague|staff|worker|employee|manager|assistant)\b")


# a transcript's list of who speaks under which label: "PRIME MINISTER - Pedro Sánchez, President of the Government"
PARTICIPANT = re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][A-Z .'’-]{1,40}?)[ \t]+[-–—][ \t]+(?P<name>[^,\n]{2,60})(?:,[ \t]*(?P<title>[^\n]{0,160}))?$")
PARTICIPANT_TITLED = re.compile(r"(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})[ \t]*\((?P<title>[^)\n]{2,80})\)")
# a reporter's question, labelled with the outlet: "QUESTION (El Diario):", "Q (Reuters):"
QUESTION_LABEL = re.compile(r"(?i)^(?:question|q|reporter|journalist)\s*\((?P<outlet>[^)]{2,40})\)$")
CHAIR_LABEL = re.compile(r"(?i)^(?:moderator|chair|host|presenter|operator)$")
# a news script's own voices: "ANCHOR:", "REPORTER (on tape):"
BROADCAST_LABEL = re.compile(r"(?i)^(?:co-?anchor|anchor|reporter|correspondent|narrator|announcer|newsreader)$")
# a script's delivery cue after a label: "(live)", "(on tape)", "(V/O)", "(cont'd)"
SCRIPT_CUE = re.compile(r"(?i)\s*\((?:live|on tape|on cam|off cam|vo|v/o|voice-?over|cont['’]?d|continuing|on phone|via phone)\)$")
# a turn's label opening a sentence the stamp was split from: "Rob Faulkner (Ledgerline support agent): "
TURN_LABEL_LEAD = re.compile(r"^\s*[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3}(?:\s*\([^)\n]{1,80}\))?:\s+(?=\S)")
# an earnings call's company, by its listing: "Veranto Cloud, Inc. (NASDAQ: VRNO)"
LISTED_COMPANY = re.compile(r"(?m)^[ \t*_]*(?P<name>[A-Z][\w&.,'’ -]{1,60}?)[ \t]*\((?:NASDAQ|Nasdaq|NYSE(?: American)?|LSE|ASX|TSX|AMEX|OTC)"
                            r"(?:\s*GS|\s*GM)?\s*:\s*[A-Z][A-Z.]{0,6}\)")
# a speaker's label alone on its line: "Operator:", "Rosalind Threlfall -- Chief Executive Officer:"
LABEL_LINE = re.compile(r"[A-Z][\w.'’&]*(?:[ \t]+(?:[\w.'’&(),]+|--|[-–—])){0,11}[ \t]*:")
CAST_MEMBER = re.compile(r"(?im)^[ \t*_]*(?P<part>host|co-?host|guest|presenter|moderator|interviewer|interviewee|panell?ist|"
                         r"speaker)\s*\d*[ \t*_]*:[ \t*_]*(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,4})[ \t]*"
                         r"\((?P<label>[A-Z]{1,4})\)(?:[ \t]*,[ \t]*(?P<title>[^\n]{2,160}))?[ \t*_]*$")


CAST_PART = re.compile(r"(?im)^[ \t*_]*(?P<part>host|co-?host|guest|presenter|interviewer|interviewee)[ \t*_]*:[ \t*_]*"
                       r"(?P<name>(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3})"
                       r"(?:[ \t]*,[ \t]*(?P<title>[^\n]{2,160}))?[ \t*_]*(?:\.(?:[ \t][^\n]*)?)?$")


def _cast_line(line: str) -> bool:
    """A cast list's "Host: Tomás Reyes" or "Guest: Dr. Ilse Marquardt, senior researcher, ...":
    it introduces a speaker and is no turn."""
    m = CAST_PART.fullmatch(line.strip())
    return bool(m) and bool(PERSON_NAME.fullmatch(NAME_PREFIX.sub("", m.group("name").strip())))


# a listed witness: "- Dr Miriam Okafor, Director of Technology Resilience, British Library"
WITNESS_LINE = re.compile(r"(?m)^[ \t]*[-*•][ \t]+(?P<name>[^,\n*():;]{3,60}),[ \t]*(?P<title>[^\n*();]{2,160})$")


# what a service's users do with it: "people trying to log in", "people who use the app"
USING_SERVICE = re.compile(r"(?i)(?:try|use|rely|depend|wait|attempt|want|hope|need|book|pay|shop|travel|fly|"
                           r"log|sign|call|open|stream|play|access|reach|connect|bank)$")
# a live blog's or article's own labels, the outlet's voice: "UPDATE:", "Reporter's note:", "Editor's note:"
EDITORIAL_LABEL = re.compile(r"(?i)(?:\d{1,2}[:.]\d{2}\s*(?:am|pm)?\s*(?:[A-Z]{2,4})?\s*)?(?:update[sd]?|latest|breaking|correction|"
                             r"clarification|context|background|analysis|(?:reporter|editor|writer|author)['’]?s? note|note|"
                             r"live|read more|what we know|fact check)")
# a message's header fields, which label no speaker: "Subject: Complaint - no access", "Date: Sun, 1 Mar"
HEADER_FIELD = re.compile(r"(?i)from|to|cc|bcc|date|subject|sent|re|fwd?|attachments?|reply-to|priority|importance|"
                          # (a news script's head: "SLUG:", "EST. RUNTIME:", "PHOTOG:")
                          r"slug|photog|(?:est\.?\s+)?runtime|producer|editor|source")
# a turn labelled by part with the name in brackets: "HOST (Dana Pryce)", "GUEST (Dr Imogen Tally)"
CAST_LABEL = re.compile(r"(?i)^(?P<part>host|co-?host|guest|presenter|moderator|interviewer|interviewee|panell?ist|"
                        r"speaker|caller)\s*\d*\s*\((?P<name>[^)]{3,60})\)$")


def _introduced_as(text: str, name: str) -> str:
    """How a text introduces a person: "Dr Imogen Tally is a principal researcher at Hollowell
    Security" -> "a principal researcher at Hollowell Security"; "" when it does not."""
    m = re.search(rf"{re.escape(name)}(?:\s*,\s*(?=(?:an?|the)\s)|\s+(?:is|was)\s+(?=(?:an?|the|our)\s)|"
                  rf"\s+(?=(?:runs|leads|heads|founded|manages|chairs|owns|covers|teaches)\s))([^.;\n]{{3,140}})", text)
    return m.group(1).strip() if m else ""


def _hearing_label(who: str) -> str:
    """A hearing's turn label without its question number, the witness named inside:
    "Q12 Chair" -> "Chair", "Witness (Dr Miriam Okafor, Director of Technology Resilience)" ->
    "Miriam Okafor (Director of Technology Resilience)"."""
    who = re.sub(r"^Q\d{1,4}[.:]?\s+", "", who)
    inner = re.fullmatch(r"(?i)(?:witness|respondent|panell?ist)\s*\((?P<name>[^,()]+),\s*(?P<title>[^()]+)\)", who)
    if inner:
        who = f"{NAME_PREFIX.sub('', inner.group('name').strip())} ({inner.group('title').strip()})"
    return who


def _turn_voices(doc: Doc, ctx: Context) -> list[tuple[int, int, Voice]]:
    """A transcript (three turns or more, two speakers with two turns each or more): each turn's
    sentences, up to the next labelled turn (the last turn: its own paragraph), are its speaker's.
    - A chat: an agent, adviser or bot of the company speaks for it, the other side as a customer.
    - A press conference or hearing: the label's participant ("PRIME MINISTER - Pedro Sánchez,
      President of the Government") in the role the label and title imply (a minister is
      government: regulator); a reporter's "QUESTION (El Diario):" is that outlet; the moderator
      speaks for whoever issued the transcript."""
    text = doc.text
    paras = [(s, e) for s, e in (doc._.voices_meta or {}).get("paragraphs", []) if text[s:e].strip()]
    # (a cast list's "Host: Sam Kettering (SK)" introduces a speaker; it is no turn)
    turns = [(s, e, _hearing_label(m.group("who").strip())) for s, e in paras
             if (m := TURN.match(text[s:e])) and not CAST_MEMBER.fullmatch(text[s:e].strip()) and not _cast_line(text[s:e])
             and not HEADER_FIELD.fullmatch(m.group("who").strip())]
    # an earnings call's labels on lines of their own ("Daniel Roe -- Harcastle Securities --
    # Analyst:", "Operator:"): the label's turn is the paragraph after it
    from ..furniture import post_header

    def speaker_label(line: str) -> bool:
        # "Operator:", "Tobias Quayle -- Chief Financial Officer:", "Jane Doe:"; not "Reply from x:" or "Update:"
        who = line.rstrip(":").strip()
        parts = re.split(r"\s+[-–—]{1,2}\s+", who)
        return bool(LABEL_LINE.fullmatch(line)) and not post_header(line) and (
            bool(CHAIR_LABEL.match(who)) or bool(PERSON_NAME.fullmatch(parts[0])) and not org_role(parts[0]))

    labels = [k for k, (s, e) in enumerate(paras) if speaker_label(text[s:e].strip())]
    turns += [(paras[k + 1][0], paras[k + 1][1], text[slice(*paras[k])].strip().rstrip(":").strip())
              for k in labels if k + 1 < len(paras) and k + 1 not in labels]
    turns.sort()
    # a transcript, not a post with a "What actually happened:" or "Update:" paragraph: two
    # speakers taking turns again and again, most of the text in turns
    # (reporters' questions count as one side: "QUESTION (El Diario)", "QUESTION (RTVE)")
    def key(who: str) -> str:
        # "DR. ALAN WHITFORD (Associate Professor ...)" and "WHITFORD" are one speaker, and so are
        # "REPORTER (live)" and "REPORTER (on tape)"
        bare = SCRIPT_CUE.sub("", _bare_handle(who))
        # (and "Ms Priya Kaur-Lindqvist (Exchequer Secretary)" and "Ms Kaur-Lindqvist", as a
        # parliament's report labels a member)
        titled = re.match(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness)\.?\s+(?P<rest>[^()]+?)\s*(?:\(.*)?$", bare)
        if titled:
            return titled.group("rest").split()[-1].upper()
        return bare.split()[-1].upper() if bare.isupper() and bare.split() else bare

    recurring = [who for who, n in Counter(key(who) for *_, who in turns).items() if n >= 2]
    # a chat export's stamped lines ("[16/04/2025 14:27] sysadmin_rei: ...") are turns by their form,
    # however few of its posters speak twice
    stamped = sum(bool((m := TURN.match(text[s:e])) and m.group("stamp")) for s, e, _ in turns)
    chat = stamped >= 3 and stamped >= 0.8 * len(turns) and len({key(w) for *_, w in turns}) >= 2
    # (a chat's message may run over several paragraphs: a ticket's greeting, body and signature)
    # (or turns that run over most of the text: a news script's hard-wrapped lines are paragraphs of their own)
    spread = sum(turns[k + 1][0] - turns[k][0] for k in range(len(turns) - 1)) / max(1, len(text))
    if len(turns) < 3 or (len(recurring) < 2 and not chat) or (len(turns) < 0.4 * (len(paras) - len(labels))
                                                                 and spread < 0.6 and not chat):
        return []
    # the exchange starts with its first speaker who speaks again or chairs it (not a header's
    # "TRANSCRIPT: Press conference ..."); the participants are listed above it
    first = next(k for k, (_, _, who) in enumerate(turns)
                 if key(who) in recurring or CHAIR_LABEL.match(who) or CAST_LABEL.match(who))
    turns = turns[first:]
    participants = {m.group("label").strip(): (m.group("name").strip(), m.group("title") or "")
                    for m in PARTICIPANT.finditer(text[:turns[0][0]])}
    # a speaker introduced once with a title ("DR. ALAN WHITFORD (Associate Professor of Law, Lakeshore
    # University):") and labelled by surname after ("WHITFORD:")
    # a podcast's "HOST (Dana Pryce):" and "GUEST (Dr Imogen Tally):", labelled "DANA:" and
    # "IMOGEN:" after: the person named, described where the text introduces them ("Dr Imogen
    # Tally is a principal researcher at Hollowell Security"); a named host is the show's voice
    hosts = set()
    for *_, who in turns:
        cast = CAST_LABEL.match(who)
        name = NAME_PREFIX.sub("", cast.group("name").strip()) if cast else ""
        if cast and PERSON_NAME.fullmatch(name):
            entry = (name, _introduced_as(text, name))
            labels = {who, name.upper(), name.split()[0].upper(), name.split()[-1].upper()}
            for label in labels:
                participants.setdefault(label, entry)
            if CHAIR_LABEL.match(cast.group("part")) or re.match(r"(?i)interviewer$", cast.group("part")):
                hosts |= labels
    guests = set()
    for *_, who in turns:
        titled = re.match(r"(?P<name>[^(]+?)\s*\((?P<title>[^)]+)\)$", who)
        part = re.fullmatch(r"(?i)(?P<part>host|co-?host|guest|presenter|interviewer|interviewee)", titled.group("title").strip()) if titled else None
        if part:
            # "DEV (guest):", "MAYA (host):": the label names the part, and the person is the one
            # the cast list or the introduction names ("My guest is Dev Marlowe, CTO of ...")
            (hosts if CHAIR_LABEL.match(part.group("part")) or part.group("part").lower() == "interviewer" else guests).update(
                {who, titled.group("name").strip().upper()})
            continue
        if titled and not QUESTION_LABEL.match(who) and not CAST_LABEL.match(who):
            name = re.sub(r"^(?:DR|PROF|MR|MRS|MS)\.?\s+", "", titled.group("name").strip(), flags=re.I)
            entry = (name.title() if name.isupper() else name, titled.group("title"))
            participants.setdefault(who, entry)
            participants.setdefault(name.upper(), entry)
            participants.setdefault(name.split()[-1].upper(), entry)
    # "Speakers: Renata Vasquez-Holm, Chief Executive Officer; Tobias Lindqvist, Chief Technology Officer",
    # labelled "VASQUEZ-HOLM:" after
    # (or a broadcast's "In the studio: HELEN MARCHBANK, Chief Executive, North Fenland Health Board")
    for listed in re.finditer(r"(?im)^[ \t]*(?:speakers|participants|panel(?:lists)?|on the call|present|in the studio|on the line|"
                              r"(?:studio )?guests?)[ \t]*:[ \t]*(?P<list>[^\n]+)$", text[:turns[0][0]]):
        for item in re.split(r"\s*;\s*", listed.group("list")):
            name, _, title = item.partition(",")
            name = NAME_PREFIX.sub("", name.strip())
            name = name.title() if name.isupper() else name
            if PERSON_NAME.fullmatch(name) and title.strip():
                for label in (name.upper(), name.split()[-1].upper()):
                    participants.setdefault(label, (name, title.strip()))
    # "PARTICIPANTS: Pedro Sánchez (President of the Government); Sara Aagesen (Minister ...)",
    # with the turns labelled by the names in capitals
    for m in PARTICIPANT_TITLED.finditer(text[:turns[0][0]]):
        participants.setdefault(m.group("name").strip().upper(), (m.group("name").strip(), m.group("title")))
    # a hearing's lists: "Witnesses: - Dr Miriam Okafor, Director of Technology Resilience, British
    # Library" (speaking for that body) and "Members present: Dame Patricia Hollins (Chair); Tom Reddaway"
    head_text = text[:turns[0][0]]
    for m in WITNESS_LINE.finditer(head_text):
        name = NAME_PREFIX.sub("", m.group("name").strip())
        if PERSON_NAME.fullmatch(name):
            for label in (name.upper(), name.split()[-1].upper()):
                participants[label] = (name, m.group("title").strip())
    members = re.search(r"(?im)^[ \t]*members present[ \t]*:[ \t]*(?P<list>.+)$", head_text)
    if members and ctx.author.role == "regulator":
        for raw in re.split(r"[;,]", members.group("list")):
            name = NAME_PREFIX.sub("", re.sub(r"^(?:Dame|Sir|Lord|Baroness)\s+", "", re.sub(r"\s*\(.*\)\s*$", "", raw.strip())))
            if PERSON_NAME.fullmatch(name):
                participants.setdefault(name.upper(), (name, f"committee member, {ctx.author.speaker}"))
    # a podcast's or interview's cast list, with the initials its turns are labelled by: "Host: Sam
    # Kettering (SK)", "Guest: Dr Lena Vasquez (LV), principal analyst, Northbeam Threat Research"
    for m in CAST_MEMBER.finditer(text[:turns[0][0]]):
        name = NAME_PREFIX.sub("", m.group("name").strip())
        participants[m.group("label")] = (name, m.group("title") or "")
        if CHAIR_LABEL.match(m.group("part")) or re.match(r"(?i)interviewer$", m.group("part")):
            hosts.add(m.group("label"))
    # ... or without initials, the turns labelled by the part itself: "Host: Tomás Reyes", "Guest: Dr.
    # Ilse Marquardt, senior researcher, ..." over "[00:00:19] GUEST: Thanks for having me"
    # (a podcast's show notes list its cast after the last turn: "Guest: Dev Marlowe, CTO, Ferrowave Networks")
    notes_text = text[max(e for _, e, who in turns if key(who) in recurring):]
    parts_named = [m for m in chain(CAST_PART.finditer(head_text), CAST_PART.finditer(notes_text))
                   if PERSON_NAME.fullmatch(NAME_PREFIX.sub("", m.group("name").strip()))]
    for part, found in groupby(sorted(parts_named, key=lambda m: m.group("part").upper()), key=lambda m: m.group("part").upper()):
        found = list(found)
        if len(found) != 1 or part in participants:
            continue  # two guests: the label does not say which
        m = found[0]
        title = (m.group("title") or "").strip()
        if title.endswith(","):  # the title wrapped onto the next line
            title += " " + head_text[m.end():].lstrip("\n").split("\n", 1)[0].strip()
        named = NAME_PREFIX.sub("", m.group("name").strip())
        title = re.sub(r"\s*\([^)]*\)\s*\.?$", "", title).rstrip(". ")  # "(Ferrowave is a competitor of ...)."
        participants[part] = (named, title)
        # ... and the turns labelled by the name ("[00:00:12] RACHEL AMORY:" under "Host: Rachel
        # Amory"), or by the first name ("MAYA:", "DEV (guest):")
        participants.setdefault(named.upper(), (named, title))
        participants.setdefault(named.split()[0].upper(), (named, title))
        if CHAIR_LABEL.match(part) or re.match(r"(?i)interviewer$", part):
            hosts |= {part, named.upper(), named.split()[0].upper()}
    # an earnings call's company, by its listing in the head ("Veranto Cloud, Inc. (NASDAQ: VRNO)"):
    # its officers and operator speak for it; a company answering for another's incident was hit by it
    listing = LISTED_COMPANY.search(head_text[:600])
    issuer = None
    if listing:
        canon = ctx.aliases.canonical(clean_name(re.sub(r",?\s+(?:Inc|Corp|Ltd|plc|PLC|Limited|Co|Holdings)\.?$", "",
                                                        listing.group("name").strip())))
        issuer = Voice(canon, "vendor" if ctx.vendor and same_org(canon, ctx.vendor) or not ctx.vendor else "customer")
    floor_debate = _floor_debate(text)  # (a parliament's floor: its speakers are members, officials)
    out = []
    for k, (s, e, who) in enumerate(turns):
        # a turn runs on to the next label; the last one ends with its paragraph (narration may follow)
        # (a chat's last message runs to the end: a ticket's body, then its writer's sign-off)
        end = turns[k + 1][0] if k + 1 < len(turns) else len(text) if chat else e
        name = SCRIPT_CUE.sub("", _bare_handle(who))  # "REPORTER (on tape)": the reporter
        if who in guests or who in hosts:
            name = re.sub(r"\s*\([^)]*\)$", "", name)  # "DEV (guest)": Dev
        question = QUESTION_LABEL.match(who) if not SCRIPT_CUE.search(who) else None  # not "REPORTER (on tape)"
        if question:
            voice = Voice(ctx.aliases.canonical(question.group("outlet")), "press")
        elif EDITORIAL_LABEL.fullmatch(name):
            # a live blog's "UPDATE:" and "Reporter's note:": the outlet's own entries
            voice = Voice(ctx.author.speaker, ctx.author.role)
        elif re.fullmatch(r"(?i)a|answer|q|question", name):
            # an FAQ's "Q:" and "A:": the page's own answers, its author's; in a reporter's
            # interview the "A:" is the person interviewed, whom the label does not name
            voice = Voice(ctx.author.speaker, ctx.author.role) if ctx.author.speaker and ctx.author.role != "press" \
                else Voice(None, "unknown")
        elif AGENT_WORDS.search(who) and ctx.vendor:
            voice = Voice(ctx.vendor, "vendor")
        elif ctx.vendor and same_org(ctx.aliases.canonical(clean_name(name), register=False), ctx.vendor):
            voice = Voice(ctx.vendor, _role_for_org(ctx, ctx.vendor))  # "Northmere: We're sorry, ...": the company's own texts
        elif (who in hosts or name.upper() in hosts) and participants.get(who, participants.get(name.upper(), ("", "")))[0] \
                and not (ctx.author.speaker and ctx.author.role in ("vendor", "regulator")):
            # a named host or interviewer ("HOST (Dana Pryce)", then "DANA"): a journalist, for the show
            voice = Voice(participants.get(who, participants.get(name.upper()))[0], "press")
        elif re.fullmatch(r"(?i)operator", name) and issuer:
            voice = issuer
        elif (CHAIR_LABEL.match(name) or BROADCAST_LABEL.match(name) or name in hosts) and ctx.author.speaker:
            # (a news script's anchor and reporter speak for the station)
            voice = Voice(ctx.author.speaker, ctx.author.role)
        elif len(parts := re.split(r"\s+[-–—]{1,2}\s+", name)) >= 2 and PERSON_NAME.fullmatch(parts[0]):
            # "Tobias Quayle -- Chief Financial Officer": the company's officer speaks for it;
            # "Daniel Roe -- Harcastle Securities -- Analyst": an analyst at a bank
            person, title = parts[0], " ".join(parts[1:])
            if SPOKES_WORDS.search(title) and len(parts) == 2 and issuer:
                voice = issuer  # the officers of the company holding the call
            elif SPOKES_WORDS.search(title) and len(parts) == 2 and ctx.vendor:
                voice = Voice(ctx.vendor, _role_for_org(ctx, ctx.vendor))
            else:
                voice = Voice(clean_name(person), role_of_phrase(title, ctx.vendor) or (
                    org_role(parts[1]) if len(parts) > 2 else None) or "customer")
        else:
            person, title = participants.get(who) or participants.get(name.upper()) or participants.get(
                name.split()[-1].upper() if name.split() else "", (None, ""))
            listed = participants.get((person or "").upper())
            if listed and len(listed[1]) > len(title):
                title = listed[1]  # the fuller title of the witness list, with the body they speak for
            org = title.split(",")[-1].strip() if "," in title else ""
            if org and org[:1].isupper() and SPOKES_WORDS.search(title.rsplit(",", 1)[0]) and is_org_name(org) \
                    and org != person and not GOVERNMENT_TITLE.search(title):
                # "Director of Technology Resilience, British Library": speaks for the library
                canon = ctx.aliases.canonical(clean_name(org))
                out.append((s, end, Voice(canon, _role_for_org(ctx, canon))))
                continue
            if not org and title and SPOKES_WORDS.search(title) and ctx.author.role == "vendor" and ctx.author.speaker \
                    and not GOVERNMENT_TITLE.search(title):
                # "Renata Vasquez-Holm, Chief Executive Officer", in the company's own transcript: its officer
                out.append((s, end, Voice(ctx.author.speaker, "vendor")))
                continue
            described = role_of_phrase(f"{name} {title}", ctx.vendor)
            if described is None and GOVERNMENT_TITLE.search(f"{name} {title}"):
                described = "regulator"
            # (a show's guest, introduced as nobody's customer, comments from outside; a witness
            # who answers for the company's own policy and systems as "we" speaks for it)
            spoken = " ".join(text[s2:e2] for s2, e2, w2 in turns if w2 == who)
            answers_for = ctx.vendor and len(re.findall(r"(?i)\b(?:we|our|us)\b", spoken)) >= 4 and OWN_COMPANY_TALK.search(spoken)
            if described is None and answers_for and who not in guests and who not in hosts:
                voice = Voice(ctx.vendor, "vendor", mention=clean_name(person or name))
            elif described is None and ctx.author.role == "vendor" and ctx.author.speaker and who not in guests \
                    and re.search(r"(?i)\b(?:we|our|us)\b", spoken):
                # the company's own video or call: its people speak for it as "we" ("Hi everyone, it's
                # Ruairí ... we'd have most of you back"), named or not
                voice = Voice(ctx.author.speaker, "vendor", mention=clean_name(person or name))
            else:
                # (in a parliament's report, "Mr Speaker:" and the members: officials)
                voice = Voice(clean_name(person or name), described or ("expert" if who in guests or name.upper() in guests else
                                                                       "regulator" if floor_debate else "customer"))
        out.append((s, end, voice))
    return out


def _floor_debate(text: str) -> bool:
    """A parliament's report of a debate on its floor ("Hansard / House of Commons"), where every
    speaker is a member, unlike a committee's hearing of witnesses under the House's name."""
    head = text[:400]
    return bool(PARLIAMENT_HEAD.search(head)) and not re.search(r"(?i)\bcommittee\b", head)


# who put an export or digest together: "Exported by: IT Service Desk, Harwell & Price LLP"
COMPILED_BY = re.compile(r"(?im)^[ \t*_]*(?:exported|compiled|prepared|collated|summari[sz]ed|maintained|annotated)\s+by\s*:?"
                         r"[ \t*_]*(?P<who>[^\n]{2,120}?)[ \t*_]*$")
# a compiler saying its own remarks are the bracketed ones: "[My own notes are in square brackets.]"
OWN_NOTES_BRACKETED = re.compile(r"(?i)\b(?:my|our) (?:own )?(?:notes|comments|remarks)\b[^.\n]{0,30}\b(?:square )?brackets\b")
# the compiler's bracketed remarks among what it copied: "[Service desk note: ...]", "[Note: ...]"
COMPILER_NOTE = re.compile(r"\[(?:[A-Z][\w'’ -]{0,30}\s)?(?:note|comment|remark)s?\s*:[^\]]{2,2000}\]", re.I)


# a copied message's sender line: "27/02/2026 07:48  From: NORTHMERE", "From: Aoife Brennan <aoife@example.net>"
MESSAGE_FROM = re.compile(r"(?m)^[^\n]{0,30}?\bFrom:[ \t]*\"?(?P<who>[^<\n\"]{2,60}?)\"?[ \t]*(?:<(?P<addr>[^>\n]+)>)?[ \t]*$")


def _message_blocks(text: str, ctx: Context) -> list[tuple[int, int, Voice]]:
    """A file of copied texts and e-mails (a customer's evidence file, a thread of messages):
    each message, from its "From:" line to the next, is its sender's. The incident's company
    by its name or its address's domain ("Northmere Customer Care <care@northmere.example>");
    a person is the file's author when named so, else a customer. Needs two senders or more."""
    found = list(MESSAGE_FROM.finditer(text))
    if len(found) < 2:
        return []
    out = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        who = clean_name(m.group("who").strip())
        domain = (m.group("addr") or "").split("@")[-1].split(".")[0].lower()
        vendor_sq = _squashed(ctx.vendor) if ctx.vendor else ""
        if ctx.vendor and (vendor_sq and (vendor_sq in _squashed(who) or domain and domain == vendor_sq)):
            voice = Voice(ctx.vendor, _role_for_org(ctx, ctx.vendor))
        elif PERSON_NAME.fullmatch(who):
            voice = Voice(ctx.aliases.canonical(who), ctx.author.role if ctx.author.speaker == who else "customer")
        elif who and is_org_name(who):
            canon = ctx.aliases.canonical(who)
            voice = Voice(canon, _role_for_org(ctx, canon))
        else:
            continue
        out.append((m.start(), end, voice))
    return out if len({v.speaker for *_, v in out}) >= 2 else []


def _compiler_notes(text: str, ctx: Context) -> list[tuple[int, int, Voice]]:
    """The spans of a compiler's bracketed notes in a document that names who compiled it
    (a service desk's export of a provider's status posts): each note is the compiler's, an
    organisation affected by the incident unless its name says otherwise."""
    m = COMPILED_BY.search("\n".join(text.splitlines()[:10]))
    if not m:
        return []
    parts = [p.strip() for p in TRAILING_PAREN.sub("", m.group("who").strip()).split(",") if p.strip()]
    name = clean_name(parts[-1]) if parts else ""
    person = NAME_PREFIX.sub("", parts[0]) if parts else ""
    if name and is_org_name(name) and not PERSON_NAME.fullmatch(name):
        canon = ctx.aliases.canonical(name)
        voice = Voice(canon, org_role(canon) or "customer")
    elif PERSON_NAME.fullmatch(person):
        # "Compiled by Aoife Brennan (Northmere current account ending 4471)": a customer's own file
        voice = Voice(ctx.aliases.canonical(person), "customer")
    else:
        return []
    # a compiler who says its notes are the bracketed ones: every bracketed passage of a few words
    pattern = re.compile(r"\[[^\[\]\n]{12,2000}\]") if OWN_NOTES_BRACKETED.search(text[:1500]) else COMPILER_NOTE
    return [(n.start(), n.end(), voice) for n in pattern.finditer(text)]


# the forms of address and civic titles before a name: "Mr Toller", "Cllr Dana Whitfield"
CIVIC_TITLE = r"(?:Cllr|Councillor|Alderman|Senator|Rep)"
NAME_PREFIX = re.compile(rf"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|{CIVIC_TITLE})\.?\s+)+(?=\S)")


# minutes' lists of who was there: "**In attendance:** Renata Osei (Chief Executive, Kestria Transit);
# Graham Toller (Director of Technology, Kestria Transit)", "Present: Cllr Dana Whitfield (Chair), ..."
ATTENDANCE = re.compile(r"(?im)^[ \t*_#>-]*(?:present|also present|in attendance|attendees|attending|members present|"
                        r"officers present|witnesses|participants|panel(?:lists)?|speakers|"
                        # a broadcast's cast: "In the studio: HELEN MARCHBANK, Chief Executive, North Fenland Health Board"
                        r"in the studio|on the line|(?:studio )?guests?|contributors?)[ \t*_]*:[ \t*_]*(?P<list>.+)$")
# a cast list's entry without brackets: "HELEN MARCHBANK, Chief Executive, North Fenland Health Board"
CAST_ENTRY = re.compile(r"(?P<name>(?:(?:DR|MR|MRS|MS|PROF|SIR|DAME|CLLR)\.?\s+)?[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3}),\s*"
                        r"(?P<title>[^,;()\n]{2,60}),\s*(?P<org>[^,;()\n]{2,80})")


def _opens_with_person(text: str, ctx: Context) -> bool:
    """Does a sentence of minutes begin with someone else ("The Chair asked ...", "Cllr Menon
    asked ...")?"""
    m = re.match(r"(?:The\s+)?((?:[A-Z][\w'’.-]*\s+){1,4})", text)
    if not m:
        return False
    opening = m.group(1).strip()
    return bool(NAME_PREFIX.match(opening + " ")) or opening.lower() in ctx.titles \
        or any(w in ctx.persons for w in opening.split())


# an attendance list set out as a table under its heading: "PRESENT" over "  Prof Alan Deverill    Chair"
ATTENDANCE_BLOCK = re.compile(r"(?im)^[ \t*_#]*(?:present|also present|in attendance|attendees|attending|members present|"
                              r"officers present)[ \t*_:]*\n(?P<rows>(?:[ \t]+\S[^\n]*\n?)+)")
ATTENDEE_ROW = re.compile(r"^[ \t]+(?P<name>\S.*?\S)[ \t]{2,}(?P<title>\S.*?)\s*$")


def _attendees(text: str) -> list[tuple[str, str, str, str]]:
    """``(as listed, name, title, organisation)`` of each person in an attendance list, on one
    line ("Present: Renata Osei (Chief Executive, Kestria Transit), ...") or set out as a table
    under its heading."""
    out = []
    for line in ATTENDANCE.finditer(text[:4000]):
        for m in PARTICIPANT_TITLED.finditer(line.group("list")):
            raw = m.group("name").strip()
            name = NAME_PREFIX.sub("", raw).strip()
            title, _, org = (part.strip() for part in m.group("title").partition(","))
            out.append((raw, name, title, org))
        if not PARTICIPANT_TITLED.search(line.group("list")):
            for m in CAST_ENTRY.finditer(line.group("list")):
                raw = titled(m.group("name").strip().title())
                out.append((raw, NAME_PREFIX.sub("", raw).strip(), m.group("title").strip(), m.group("org").strip()))
    for block in ATTENDANCE_BLOCK.finditer(text[:6000]):
        for row in block.group("rows").splitlines():
            m = ATTENDEE_ROW.match(row)
            if not m:
                continue
            raw = m.group("name").strip()
            name = NAME_PREFIX.sub("", raw).strip()
            # "Chair, North Fenland Local Medical Committee (item 5)": the title, then the body
            title, _, org = (TRAILING_PAREN.sub("", part).strip() for part in m.group("title").partition(","))
            out.append((raw, name, title, org))
    return out


def _register_attendees(text: str, ctx: Context, home: str | None = None) -> None:
    """People listed with a title and organisation at the head of minutes or a hearing record
    speak for that organisation when they speak ("Ms Oduya said", "The Chief Executive
    responded"); a councillor or committee member speaks as government (regulator). In the
    minutes of a body (``home``), an officer listed without an organisation ("Mr Tomasz Ridley
    Chief Digital Officer") is that body's."""
    for raw, name, title, org in _attendees(text):
        if not PERSON_NAME.fullmatch(name) or clean_name(name) in ctx.persons:
            continue
        if home and not org and SPOKES_WORDS.search(title or "") and not re.search(r"(?i)\bnon-executive\b", title or ""):
            org = home
        government = bool(re.match(CIVIC_TITLE + r"\b", raw)) or GOVERNMENT_TITLE.search(title)
        if org and is_org_name(org) and not government:
            canon = ctx.aliases.canonical(org)
            # an officer, or anyone listed for the company itself, answers for the organisation
            voice = (Voice(canon, _role_for_org(ctx, canon), mention=name)
                     if SPOKES_WORDS.search(title) or _role_for_org(ctx, canon) == "vendor"
                     else Voice(name, role_of_phrase(f"{title} {org}", ctx.vendor) or _role_for_org(ctx, canon), mention=name))
        else:
            voice = Voice(name, "regulator" if government else role_of_phrase(title, ctx.vendor) or "customer", mention=name)
        ctx.persons[clean_name(name)] = voice
        ctx.persons.setdefault(name.split()[-1], voice)
        if title and not re.search(r"(?i)\b(?:member|councillor|cllr)\b", title):
            ctx.titles.setdefault(title.lower(), voice)


def _bare_handle(who: str) -> str:
    """A poster's or speaker's label without the details in brackets after it: "Max (AI support)"
    -> "Max", "QUESTION (El Diario)" -> "QUESTION"."""
    return re.sub(r"\s*\(.*\)$", "", who).strip()


def _names_vendor(text: str, vendor: str | None) -> bool:
    """Does ``text`` name the company, in full or by its first word ("Ex Harlow network ops
    here" for Harlow Telecom)?"""
    if not vendor:
        return False
    first = vendor.split()[0]
    return vendor.lower() in text.lower() or len(first) >= 4 and re.search(rf"\b{re.escape(first)}\b", text) is not None


def _works_at(body: str, vendor: str | None) -> bool:
    """A post whose writer says they work (or worked) for the company the thread is about:
    "I worked at Roblox for three years". Working for a partner, supplier or customer of it
    ("I work at a studio that ships games on PlayStation (a partner, not Sony itself)") is not
    being its insider."""
    for m in SELF_INSIDER.finditer(body):
        start = max(body.rfind(".", 0, m.start()), body.rfind("\n", 0, m.start())) + 1
        ends = [i for i in (body.find(".", m.end()), body.find("\n", m.end())) if i >= 0]
        sentence = body[start:min(ends) if ends else len(body)]
        if re.search(r"(?i)\b(?:partner|supplier|vendor to|customer of|client of|reseller|not " + re.escape(vendor or "\0") + r")\b", sentence):
            continue
        if vendor is None or vendor.lower() in sentence.lower() or not re.search(r"(?i)\b(?:at|for) an?\b", sentence[m.start() - start:]):
            return True
    return False


def _post_at(posts, char: int) -> Voice | None:
    current = None
    for end, voice in posts:
        if end <= char:
            current = voice
        else:
            break
    return Voice(current.speaker, current.role) if current else None


def _proper_words(doc: Doc) -> set[str]:
    """Words the document writes capitalised in mid-sentence and never in lower case:
    names, even where the tagger missed them ("Fastly" tagged as an adverb)."""
    upper: set[str] = set()
    lower: set[str] = set()
    for tok in doc:
        if not tok.is_alpha:
            continue
        if tok.text[0].isupper():
            # (not after a line's time stamp or list number: "12:33:24 Frequency collapse" in a table)
            if not tok.is_sent_start and tok.i > 0 and doc[tok.i - 1].text not in ('"', "“", "(", ":", "-") \
                    and not any(ch.isdigit() for ch in doc[tok.i - 1].text) and "\n" not in doc[tok.i - 1].text:
                upper.add(tok.text)
        else:
            lower.add(tok.text.lower())
    # (nor a plural whose singular the text writes in small letters: "Crews sat ..." beside "crew rooms")
    return {w for w in upper if w.lower() not in lower and len(w) > 1 and w.lower() not in CALENDAR_WORDS
            and not (w.endswith("s") and w.lower()[:-1] in lower)}


def _region_of(regions, start: int, end: int):
    best, share = None, 0
    for s, e in regions:
        overlap = min(end, e) - max(start, s)
        if overlap > share:
            best, share = (s, e), overlap
    return best


def _subject(sent: Span, in_quote) -> Token | None:
    root = sent.root
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass") and not in_quote(child.idx):
            return child
    return None


def _phrase_of(tok: Token) -> Span:
    return tok.doc[tok.left_edge.i: tok.right_edge.i + 1] if tok.right_edge.i - tok.left_edge.i < 14 else tok.doc[tok.i: tok.i + 1]


def _continues_block(doc: Doc, paras, p: int, block: Voice, ctx: Context, regions) -> bool:
    if p >= len(paras):
        return False
    s, e = paras[p]
    text = doc.text[s:e].strip()
    if text.startswith(">"):
        return True
    if p > 0 and doc.text[paras[p - 1][0]:paras[p - 1][1]].lstrip().startswith(">"):
        return False  # the "> " quotation has ended: the writer speaks again
    quoted = sum(max(0, min(e, qe) - max(s, qs)) for qs, qe in regions) / max(1, e - s)
    if quoted > 0.5:
        return True
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    first_plural = any(t.lower_ in FIRST_PLURAL for t in span)
    # the statement's own "it" and "they" refer to the event; "the company" or an attributed
    # sentence about the speaker mean the narration has resumed
    third_person = any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in ORG_NOUNS and any(c.lower_ == "the" for c in t.children) for t in span)
    third_person = third_person or any(t.lemma_.lower() in CUE_LEMMAS and t.dep_ == "ROOT" and any(c.dep_ == "nsubj" and c.lower_ not in FIRST_PLURAL for c in t.children) for t in span)
    return first_plural and not third_person
