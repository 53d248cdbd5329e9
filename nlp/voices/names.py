"""Canonical voice names and what kind of voice a name is.

Canonicalisation is general, not a list of one document's names:
- legal suffixes, a leading "the" and possessives go ("Amazon Web Services, Inc." ->
  "Amazon Web Services");
- a small gazetteer maps well-known brands to their parent (AWS, Azure, the FT, ...);
- within a document and across a corpus, an initialism merges with the name it abbreviates
  ("FT" with "Financial Times"), and a name whose first word is another voice's whole name
  merges into it ("Amazon Web Services" into "Amazon", "Microsoft Azure" into "Microsoft").
"""

from __future__ import annotations

import functools
import re

# a reporter's byline (a pattern to embed): "By Marcus Hale · 18 March 2026", "By Jane Doe, Technology Reporter"
BYLINE = r"[Bb]y\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*(?:[,|·•—–-].*)?$"

# Well-known brands and their owners. Public knowledge, kept short and general; a user can
# extend it with --alias NAME=CANONICAL.
GAZETTEER = {
    "aws": "Amazon", "amazon web services": "Amazon", "amazon.com": "Amazon",
    "azure": "Microsoft", "microsoft azure": "Microsoft", "microsoft 365": "Microsoft",
    "google cloud": "Google", "gcp": "Google", "google cloud platform": "Google", "alphabet": "Google",
    "meta platforms": "Meta",
    "playstation": "Sony", "playstation network": "Sony", "psn": "Sony", "sony interactive entertainment": "Sony",
    "xbox": "Microsoft", "xbox live": "Microsoft",
    "ft": "Financial Times", "the ft": "Financial Times",
    "wsj": "Wall Street Journal", "nyt": "New York Times", "ap": "Associated Press",
    "bbc news": "BBC", "the associated press": "Associated Press",
}

# Well-known products and their makers: a product is no company, nor a company's alias (it is a
# service, ``nlp.slots``), but a document about a DynamoDB failure is about Amazon's incident
PRODUCT_OWNERS = {
    "dynamodb": "Amazon", "ec2": "Amazon", "route 53": "Amazon",
    "azure front door": "Microsoft", "microsoft teams": "Microsoft",
    "gmail": "Google", "bigquery": "Google",
}

LEGAL_SUFFIX = re.compile(r",?\s+(inc|inc\.|ltd|ltd\.|llc|plc|corp|corp\.|corporation|co\.|gmbh|s\.a\.|ag|limited|group plc|"
                          r"b\.v\.?|bv|n\.v\.?|s\.p\.a\.?|pty\.? ltd\.?|s\.a\.s\.?|sas|sarl|s\.l\.|llp|oyj|oy|ab|aps|a/s|asa)$", re.I)
WEB_SUFFIX = re.compile(r"\.(?:com|net|org|io|ai|co\.uk|co|app|dev)$", re.I)
POSSESSIVE = re.compile(r"(’s|'s|’|')$")

PRESS_WORDS = re.compile(
    r"\b(times|post|journal|news|herald|gazette|tribune|telegraph|guardian|reuters|bloomberg|"
    r"associated press|afp|bbc|cnn|cnbc|verge|wired|techcrunch|register|ars technica|daily|"
    r"observer|chronicle|economist|magazine|weekly|wire|press|insider|informationweek|zdnet|"
    r"axios|politico|the information|semafor|forbes|fortune|independent|express|mirror|sun|"
    r"newspaper|outlet|broadcaster|radio|tv|television|podcast|ledger|dispatch|courier|review|"
    r"standard|bulletin|feed|report)\b", re.I)
# a members' body is no newspaper, whatever its other words ("Independent ... Alliance")
MEMBER_BODY = re.compile(r"\b(?:alliance|association|federation|union|coalition|society|guild|council)\b", re.I)
# a regulator's own name in its language ("Autorité de contrôle ...", "Autoriteit ...")
FOREIGN_REGULATOR = (r"autorit[ée]|autoridad|autorit[àa]|autoriteit|beh[öo]rde|bundesamt|comisi[óo]n|commissione|"
                     r"toezicht\w*|tilsyn\w*")
REGULATOR_WORDS = re.compile(
    r"\b(regulator|regulatory|commission|authority|authorities|ministry|department|inspectorate|hmrc|irs|treasury|exchequer|"
    r"(?-i:Tribunal)|tribunals?|ombudsman|"
    r"nhs england|(?:consumer|safety|transport(?:ation)?) board|"
    # "the Environment Agency", a government agency; not "a 40-person design agency"
    r"(?-i:Agency)|(?:government|federal|state|national|public|regulatory|security|intelligence) agenc(?:y|ies)|"
    r"office of|white house|(?:security|intelligence) service of|federal security service|"
    # "the Payment Services Oversight Office", "the supervisory authority"
    r"oversight (?:office|board|body|authority|committee|agency)|supervisory (?:authority|body|office|agency)|"
    # the same bodies under their own names: "Autorité de contrôle ...", "Autoridad ...", "Bundesamt ..."
    + FOREIGN_REGULATOR + r"|aufsicht\w*|agence nationale|inspection g[ée]n[ée]rale|"
    r"ombudsman|watchdog|commissioner|commissioner's office|fcc|fca|pra|sec|ftc|ofcom|ofgem|ofwat|caa|faa|dot|crtc|acma|ntsb|"
    r"cisa|ncsc|ico|bafin|ecb|monetary authority|government|parliament|senate|congress|committee|inquiry|"
    r"minister|secretary|mps|lawmakers|senator|council of|financial conduct|prudential|"
    # local government: "Lowmere City Council", "Cllr Dana Whitfield", the mayor
    r"(?:city|county|borough|district|town|parish|metropolitan|municipal|regional) council|councillors?|cllr|"
    # a county's or city's own office: "Tahoma County Emergency Management", "City of Lowmere Fire Department"
    r"(?-i:County|City)\s+(?:[A-Z][\w-]*\s+){0,2}?(?:emergency management|emergency services|sheriff|police|fire|public health)\b|"
    r"council(?:wo)?m[ae]n|council members?|mayor|"
    # a government's own name for itself in other languages ("Presidencia del Gobierno")
    r"gobierno|gouvernement|governo|regierung|ministerio|minist[eè]re|ministero|ministerium)\b", re.I)
EXPERT_WORDS = re.compile(
    r"\b(analysts?|experts?|researchers?|professor|consultants?|consultancy|academics?|"
    r"scientists?|economists?|critics|research|analytics|advisory|gartner|forrester|idc|moody'?s|"
    # a broker whose analysts ask on an earnings call: "Harbor Peak Securities", "Lindell Capital Markets"
    r"(?<!exchange )securities(?! and exchange)|capital markets|equity research|investment bank|"
    r"fitch|lecturer|university|polytechnic|institute|think tank|specialists?|commentators?|observers?|"
    r"threat intelligence|cyber intelligence|(?:internet |network |outage |traffic |web )?monitoring (?:firms?|compan(?:y|ies)|groups?|services?|sites?)|\w+ologists?|former head of|teaches|legal scholars?|"
    r"law professor|advis(?:es|ed|ing) (?:\w+ ){0,3}?on|consulting|strategists?|"
    r"(?:covers|studies|researches) (?:[\w-]+ ){1,3}?(?:at|for))\b", re.I)
INSIDER_WORDS = re.compile(
    r"\b(employees?|staff(?:ers)?|(?<!care )(?<!social )(?<!factory )(?<!farm )(?<!health )(?<!key )workers?|"
    r"insiders?|sources?|people familiar|"
    r"person familiar|people with knowledge|person with knowledge|people close|"
    r"current and former|whistle-?blowers?|union|unions|crew|pilots?|"
    # a union's officers: "Colm Hartigan, branch secretary"
    r"(?:general|branch|national|regional|district|assistant general|deputy general) secretary|shop stewards?|"
    r"union (?:reps?|representatives?|officials?|leaders?)|"
    r"team members?|colleagues?|(?:in|on|from) (?:the|your|its|their) [\w-]+ team|works? (?:at|for)|worked (?:at|for)|work(?:s|ed|ing)? in|"
    # "a former IT contractor who worked on library systems"
    r"(?:former|ex-)\s*(?:[\w-]+\s+)?contractors?|contractors? who (?:work|worked|works) (?:on|for|at)|"
    r"engineers?|technicians?|developers?|an? sre|(?:baggage|ground|cargo) (?:handlers?|staff)|"
    # "a warehouse operative at a Morrisons fresh depot"
    r"operatives?|(?:warehouse|depot) (?:staff|managers?|supervisors?))\b", re.I)
# trades that make someone an insider only when tied to the organisation in question ("who
# work in VoltGrid's metering operations"); an independent engineer commenting on someone
# else's outage, or "people who work in retail", is not
WEAK_INSIDER = re.compile(r"^(engineers?|technicians?|developers?|an? sre|work(?:s|ed|ing)? in)$", re.I)
CUSTOMER_WORDS = re.compile(
    # (not a shop's "customer assistant" or "customer adviser": staff)
    r"\b(customers?(?![- ](?:assistants?|advis[eo]rs?|agents?|reps?\b|representatives?))"
    r"(?![- ](?:support|service|services|care|experience|success|relations)[- ](?:employees?|workers?|agents?|staff(?:ers?)?|"
    r"reps?|representatives?|managers?|team members?)\b)|users?|clients?|passengers?|travell?ers?|merchants?|sellers?|subscribers?|"
    r"residents?|shoppers?|consumers?|patients?|account holders?|businesses|business owners?|"
    # those suing over an incident: "Plaintiffs allege that Copilot acted beyond ..."
    r"plaintiffs?|claimants?|class members?|"
    r"owners?|members of the public|"
    # a fund's, club's or co-operative's members, not staff or team members, MPs or a board
    r"(?<!staff )(?<!team )(?<!crew )(?<!board )(?<!committee )(?<!union )(?<!council )(?<!family )"
    r"members?(?! of\b)|commenters?|posters?|redditors?|gamers?|players?|"
    r"developers who use|tenants?|callers?|fliers?|flyers?|holidaymakers?|families|"
    r"(?:it |system |network )?administrators?|admins?|(?:operations|it|support|office) managers?|"
    # the businesses the incident reached, by who runs them: "two dealership managers", "car dealers"
    r"(?:dealership|store|shop|restaurant|hotel|pharmacy|clinic|surgery|garage|franchise|salon|pub|cafe|café|"
    r"retail) (?:managers?|owners?|operators?)|(?:car |auto |motor )?dealers?|"
    r"(?:server|site|website|web ?shop|shop|store|game) operators?|"
    # "a doctoral researcher working on shipping records": a library's or archive's user
    r"(?:doctoral|phd|postgraduate|graduate) (?:researchers?|students?|candidates?)|students?|"
    # "some posts on an online forum claim ...": the public that posts them
    r"posts? on (?:an? |the |one )?(?:online |internet |discussion |community )?(?:forums?|message boards?|social media)|"
    r"forum posts?|social media users?)\b", re.I)
SPOKES_WORDS = re.compile(
    # (a union's, shop floor's or sales representative speaks for no company)
    r"\b(spokes(?:person|man|woman|people)|(?<!union )(?<!workplace )(?<!staff )(?<!sales )(?<!service )(?<!customer )representative|"
    r"chief executive|ceo|cto|cio|coo|cfo|"
    r"president|chairman|chairwoman|chair|founder|co-founder|executive|vice president|vp|"
    r"head of|director|managing director|chief|official|officials|management|leadership|"
    r"deputy|commissioner|general counsel|officer|"
    r"press office|communications)\b", re.I)

# elected and appointed offices of government: their holders speak for the government, never
# as some company's spokesperson ("Communications Minister Anika Wells": "Communications" is a
# portfolio there, not a press office)
GOVERNMENT_TITLE = re.compile(
    r"\b(minister|senator|secretary of state|premier|governor|mayor|attorney[- ]general|"
    r"member of parliament|congress(?:wo)?man|legislator|lawmaker)\b|\bMPs?\b", re.I)

# a title before a surname ("Ms Wells", "Dr. Okafor")
HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?\s")

# Upper-case words the NER model often takes for organisations but that name none.
# (time zones among them: "10:41 AM ET", "07:48 ACST" head many posts and name no company)
NOT_ORGS = frozenset("""gentleman lady ai api apis dns it ceo cto cfo coo utc gmt bst est pst cet uk us usa eu
un gdp sre sla slo ssl tls vpn bgp cdn ddos sms atm pos ui ux llm ml gpu cpu os vm vms db sql
aws-cli iam iot isp ip ips url urls http https json mfa sso pdf faq q&a covid pin otp ict
jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july
august september october november december monday tuesday wednesday thursday friday saturday
sunday today yesterday update the a an of and or for in on at to by with from
participants participant question questions answer transcript moderator host presenter interviewer
guest caller anchor narrator reply quote first second third fourth fifth firstly secondly thirdly finally lastly head
eta pdt pt cest edt cdt mdt aest provider cloud courtesy board management gp gps nhs
et ct mt cst mst hst ast adt akst akdt acst acdt aedt aet awst awdt nzst nzdt jst kst hkt sgt ist sast wet eet eest msk
where when what why how who which whose most many few both each
we us our i you your they them their he she it
kw mw gw tw kwh mwh gwh twh hz khz mhz ghz kb mb gb tb pb kbps mbps gbps
dm sm gm asm hr""".split())  # units of measure; a manager's or department's initials ("my DM", "HR")
# a release's or notice's label on its first line, never its issuer
NOT_ORG_PHRASES = frozenset({"for immediate release", "press release", "media release", "news release", "embargoed"})


ORG_SUFFIX = re.compile(
    r"\b(cloud|systems?|bank|banking|airlines?|airways|air|pay|payments|telecom|communications|"
    r"networks?|energy|water|power|health|hosting|labs?|technologies|technology|tech|software|"
    r"group|services|solutions|digital|media|council|hospital|trust|university|inc|ltd|plc|llc|"
    r"corp|company|partners|capital|holdings|processing|mobile|wireless|broadband|rail|railways?|"
    r"airport|logistics|platforms?|games|studios?|security|data|mail|foundation|agency|office)$", re.I)


# bodies named after a company that speak for themselves, not for it
OWN_BODY = re.compile(r"\b(association|union|federation|guild|(?<!building )society|coalition|alliance|caucus|"
                      r"committee|commission|foundation|institute|"
                      # a public service named after the place it serves: "Carrowmere County Fire and Rescue Service"
                      r"(?<=rescue )service|(?<=ambulance )service|(?<=fire )service|police|constabulary|"
                      # a newspaper named after a place or people: "The Australian Financial Review"
                      r"review|times|herald|journal|gazette|tribune|telegraph|chronicle|courier|observer|"
                      r"economist|post)$", re.I)


def looks_like_org(name: str) -> bool:
    """A name ending in an organisation word ("Acme Cloud", "Harbour Bank"), or holding a word in
    the camel case companies write their names in ("Kelvin DataHalls", "PayStream"), which the
    tagger often takes for a person's name (not "MacLeod" or "FitzGerald")."""
    cleaned = clean_name(name)
    return bool(ORG_SUFFIX.search(cleaned) or CAMEL_CASE_NAME.search(cleaned))


CAMEL_CASE_NAME = re.compile(r"\b(?!(?:Mac|Van|Von|Fitz|Den|Des|Del|Della|Ten)[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]{2,}\b")


# a numbered part of a site: "Terminal 2", "Gate B12", "Platform 4", "Hall 3"
NUMBERED_PLACE = re.compile(r"(?:Terminal|Gate|Platform|Pier|Hall|Building|Block|Floor|Level|Zone|Runway|Concourse|"
                            r"Wing|Ward|Bay|Dock|Berth|Stand|Data Hall|Room)\s+[A-Z]?\d{1,4}[A-Z]?", re.I)
# a street, and the store or site named after it: "Dunmore Road", "Queen Street"
STREET = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,3}(?:Road|Street|Avenue|Lane|Drive|Boulevard|Crescent|Terrace|High Street)")
# a site, facility or region code ("LON1", "DUB-2", "US-EAST-1") names a place, not an organisation
SITE_CODE = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{2,6})?-?\d{1,3}[A-Z]?")


LEGAL_FORM_ONLY = re.compile(r"(?i)(?:inc|ltd|llc|llp|plc|corp|co|gmbh|ag|sa|nv|bv|pty|lp)\.?")


def is_org_name(text: str) -> bool:
    name = clean_name(text)
    # a legal form alone ("Inc", from "CDK Global, Inc." split at the comma) names no one
    # (and "@Leanne Cobb", a reply's mention of a poster, names a person)
    return name.lower() not in NOT_ORGS and name.lower() not in NOT_ORG_PHRASES and len(name) > 1 and not SITE_CODE.fullmatch(name) \
        and not name.startswith("@") and not re.match(r"\d{1,2}[:.]\d{2}\b", name) \
        and not LEGAL_FORM_ONLY.fullmatch(name) and not NUMBERED_PLACE.fullmatch(name) and not STREET.fullmatch(name)


# a release's closing boilerplate about its issuer: "About Corvane Health" over "Corvane Health was
# founded in 2011 ...", "About Red Eléctrica" over "Red Eléctrica is the transmission agent ..."
ABOUT_ISSUER = re.compile(r"(?m)^\W*About[ \t]+(?P<name>(?-i:[A-Z])[\w&.'’-]*(?:[ \t]+(?-i:[A-Z])[\w&.'’-]*){0,5})\W*$")


def describes_issuer(name: str, after: str) -> bool:
    """Does the text after an "About X" heading open by describing X ("X is ...", "The X, ...")?"""
    return bool(re.match(rf"\s*(?:The\s+)?{re.escape(name)}(?:['’]s)?\s*(?:,|\(|is\b|was\b|has\b|provides\b|operates\b|runs\b)",
                         after))


GROUP_CANONICAL = {"insider": "insiders", "customer": "customers", "expert": "analysts"}


def clean_name(name: str, keep_case: bool = False) -> str:
    """A name without its article, possessive and legal form; a name in capitals comes back
    in title case unless ``keep_case`` (to look for the text's own spelling first)."""
    # a name the tagger ran on from a heading above it ("METHOD\n\nThe Independent Technical
    # Review Panel"): the part after the break
    # the part after the break ("SCOPE AND METHOD\nThe Independent ...": a heading in capitals)
    first, _, rest = name.partition("\n")
    while rest.strip() and first.strip().isupper() and not rest.strip().isupper():
        name = rest.lstrip("\n \t")
        first, _, rest = name.partition("\n")
    name = re.sub(r"\s+", " ", name.replace("\n", " ")).strip(" ,.;:\"'“”‘’()>*_")
    # ... or across a full stop ("March. Fairpay", from "... on 27 March. Fairpay surveyed ..."):
    # the part after it (not an initial's or a title's stop: "Dr. Lee", "J. Smith")
    name = re.split(r"(?<=[a-z]{3})\.\s+(?=[A-Z])", name)[-1]
    name = re.sub(r"^(the|The|THE)\s+", "", name)
    # a timeline's date run into the name ("25 Feb - Corvane, the provider, replies"): the name
    # (not a given name: "Jan Kowalski", "Jun Li" keep theirs unless a day comes first)
    name = re.sub(r"^(?:\d{1,2}\s+(?:Jan|Jun)|(?:\d{1,2}\s+)?(?:Feb|Mar|Apr|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.?\s+(?=[A-Z][a-z])", "", name)
    name = POSSESSIVE.sub("", name)
    for _ in range(2):
        name = LEGAL_SUFFIX.sub("", name).strip(" ,")
    if name.isupper() and len(name) > 5 and " " in name and not keep_case:
        name = titled(name)
    return name


def titled(name: str) -> str:
    """A name set in capitals as a name is written: "OFFICE OF COMMUNICATIONS AND NETWORK
    RESILIENCE" -> "Office of Communications and Network Resilience"."""
    return " ".join(w.lower() if k and w.lower() in NAME_CONNECTORS else w for k, w in enumerate(name.title().split(" ")))


NAME_CONNECTORS = frozenset("of and for the on in at de du la le".split())


def initials(name: str) -> str:
    """"AWS" for "Amazon Web Services"; a word in camel case gives a letter per part
    ("PSN" for "PlayStation Network"; "McDonald" stays one word)."""
    words = re.findall(r"[A-Za-z][\w&+-]*", name)
    parts = [p for w in words for p in re.split(r"(?<=[a-z]{2})(?=[A-Z][a-z])", w)]
    return "".join(w[0] for w in parts if w[0].isupper()).upper()


def stands_for(short: str, name: str) -> bool:
    """``short`` is the initialism of the multi-word ``name``: "FAA", "M&S" for "Marks &
    Spencer", "PSN" for "PlayStation Network"."""
    return " " in name and initials(name) == short.replace("&", "")


# words that join the parts of one name: a name cut before one of them is a fragment of the
# longer name ("Australian Communications" of "Australian Communications and Media Authority"),
# not the same body under a shorter name
NAME_CONNECTORS = frozenset("and & of for de du la on".split())


def cut_at_connector(words: list[str], n: int) -> bool:
    """Do the first ``n`` of ``words`` stop right before a connecting word of the name?"""
    return 0 < n < len(words) and words[n].lower() in NAME_CONNECTORS


# common short forms pycountry does not list as a country's name
_COUNTRY_FORMS = frozenset({
    "britain", "great britain", "england", "scotland", "wales", "northern ireland", "america", "usa", "u.s.", "uk",
    "u.k.", "turkey", "russia", "south korea", "north korea", "iran", "syria", "vietnam", "czech republic", "czechia",
    "taiwan", "holland", "bolivia", "venezuela", "tanzania", "moldova", "laos", "ivory coast"})


@functools.lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    import pycountry
    names = {getattr(c, field).lower() for c in pycountry.countries
             for field in ("name", "official_name", "common_name") if hasattr(c, field)}
    return frozenset(names | _COUNTRY_FORMS)


def is_country(name: str) -> bool:
    """A country's name ("Portugal", "the United Kingdom"): a place, never an incident's company
    (pycountry's names plus common short forms)."""
    return clean_name(name).lower() in _country_names()


class AliasTable:
    """Maps surface names to canonical voice names. Built up as names are seen."""

    def __init__(self, extra: dict[str, str] | None = None):
        self.map: dict[str, str] = {k.lower(): v for k, v in GAZETTEER.items()}
        if extra:
            self.map.update({k.lower(): v for k, v in extra.items()})
        self.names: list[str] = []  # canonical names seen, in order

    def canonical(self, raw: str, register: bool = True) -> str:
        name = clean_name(raw)
        if not name:
            return raw
        key = name.lower()
        if key in self.map:
            return self.map[key]
        # a company's web address is the company: "GitLab.com" is "GitLab" once "GitLab" is known
        bare = WEB_SUFFIX.sub("", name)
        if bare != name and bare.lower() in self.map:
            self.map[key] = self.map[bare.lower()]
            return self.map[key]
        # initialism of a known name ("FT" -> "Financial Times"), or known name's initialism
        if name.isupper() and 2 <= len(name) <= 6:
            for known in self.names:
                if stands_for(name, known):
                    self.map[key] = known
                    return known
        # a name whose first word(s) are a known voice: "Amazon Web Services" -> "Amazon";
        # not a body of its own named after it ("Southwest Airlines Pilots Association")
        words = name.split()
        for n in range(len(words) - 1 if not OWN_BODY.search(name) else 0, 0, -1):
            head = " ".join(words[:n]).lower()
            if head in self.map and self.map[head] in self.names:
                if cut_at_connector(words, n):
                    if self.map[head].lower() == head and register:
                        self._merge(self.map[head], name)  # the fragment was seen first: it is this name
                    break
                self.map[key] = self.map[head]
                return self.map[head]
        if register:
            # a known multi-word name starting with this one becomes this one
            for known in list(self.names):
                if known.lower().startswith(key + " ") and cut_at_connector(known.split(), len(words)):
                    self.map[key] = known  # a fragment of a longer name seen before
                    return known
                if known.lower().startswith(key + " ") and not OWN_BODY.search(known):
                    self._merge(known, name)
            for known in list(self.names):
                if not name.isupper() and known.isupper() and stands_for(known, name):
                    self._merge(known, name)
                elif WEB_SUFFIX.sub("", known).lower() == key and known.lower() != key:
                    self._merge(known, name)  # "GitLab.com" seen first, then "GitLab"
            self.map[key] = name
            if name not in self.names:
                self.names.append(name)
        return self.map.get(key, name)

    def _merge(self, old: str, new: str) -> None:
        for k, v in list(self.map.items()):
            if v == old:
                self.map[k] = new
        self.map[old.lower()] = new
        if old in self.names:
            self.names.remove(old)


def role_of_phrase(text: str, vendor: str | None = None) -> str | None:
    """The role a describing phrase implies ("a former engineer" -> insider), or None.
    The first role word in the phrase decides ("an administrator at a design agency" is a
    customer, not a regulator)."""
    hits = []
    for role, pattern in (("insider", INSIDER_WORDS), ("customer", CUSTOMER_WORDS),
                          ("expert", EXPERT_WORDS), ("regulator", REGULATOR_WORDS)):
        m = pattern.search(text)
        if m:
            if role == "insider" and WEAK_INSIDER.match(m.group(0)) and not affiliated(text, vendor):
                if m.group(0).lower().startswith("work"):
                    continue  # "people who work in retail" say nothing of a role
                role = "expert"
            if role == "customer" and re.fullmatch(r"(?i)members?", m.group(0)) and any(
                    p.search(text[m.end():]) for p in (INSIDER_WORDS, EXPERT_WORDS, REGULATOR_WORDS)):
                continue  # "members of the trust's IT staff": what they are members of says who they are
            hits.append((m.start(), role))
            if role == "regulator" and re.match(r"\s?['’]s\b", text[m.end():]) and INSIDER_WORDS.search(text[m.end():]) \
                    and re.search(r"(?i)\b(?:members?|one|some|someone|people|person|employees?|workers?)\b", text[:m.start()]):
                # "a member of the authority's own IT staff": the body owns the staff, who are insiders
                # (when the body is the company in question; see the resolver for "the authority")
                hits[-1] = (len(text), role)
    if hits:
        return min(hits)[1]
    return None


def affiliated(text: str, vendor: str | None) -> bool:
    """Does a describing phrase tie the person or group to the organisation in question?"""
    if re.search(r"(?i)\b(the company'?s?|the firm'?s?|its own|its|their own|in-house|inside|internal|"
                 r"who asked not to be named|anonymity|on condition|familiar with|"
                 r"not (?:authori[sz]ed|permitted|allowed|cleared) to (?:speak|talk|comment))\b", text):
        return True
    return bool(vendor) and vendor.lower() in text.lower()


# a body of the businesses an incident reaches: "Independent Retailers' Association", "National
# Alliance of Community Medical Practices"
_MEMBER_BUSINESSES = (r"(?:franchisees?|(?:airline |rail |bus |ferry )?operators|airlines?|carriers|retailers|merchants|sellers|dealers|traders|businesses|customers|users|"
                      r"practices|pharmacies|pharmacists|restaurants|stores|shops|clinics|hospitals|landlords|farmers|growers)")
_BODY = r"(?:association|federation|alliance|group|council|network|coalition|guild|committee)"
# (a coined name counts: "EuroMerchants Alliance")
CUSTOMER_BODY = re.compile(rf"\b(?!(?:airlines?|carriers)\s+group\b)(?:(?-i:[A-Z][a-z]{{1,8}})(?=(?-i:[A-Z])))?{_MEMBER_BUSINESSES}'?\s+{_BODY}\b|\b{_BODY} of (?:[\w-]+ ){{0,3}}?{_MEMBER_BUSINESSES}\b", re.I)


def org_role(name: str) -> str | None:
    """What kind of organisation a canonical name looks like, by its words."""
    if CUSTOMER_BODY.search(name):
        return "customer"  # the businesses the incident reached, speaking together
    if PRESS_WORDS.search(name) and (not MEMBER_BODY.search(name) or re.search(r"(?i)\bpress association\b", name)):
        return "press"
    if REGULATOR_WORDS.search(name):
        return "regulator"
    if EXPERT_WORDS.search(name):
        return "expert"
    if re.search(r"\b(union|federation of|association of .*workers|guild|teamsters|afl-cio)\b|"
                 # a union's local branch: "AFA Seattle Local Council", "Teamsters Local 117"
                 r"\blocal (?:council|chapter|\d{1,4})\b|"
                 # a body named for the workers it stands for: "United Station Workers of Lowmere",
                 # "Communications Workers of America", "United Auto Workers"
                 r"(?-i:\b[A-Z]\w+\s+Workers\b)(?:\s+of\b|\s*$)|"
                 r"\b(?:pilots|workers|employees|staff|engineers|drivers|nurses|teachers|controllers|crew)'?\s+"
                 r"(?:association|federation|guild|alliance)\b", name, re.I):
        return "insider"
    return None


# a chat line's time stamp: "[14:27]", "[16/04/2025 14:27]", "[2025-04-16 14:27:03]", "[4:27 PM]",
# or a phone export's "16/04/2025, 14:27 - "
CHAT_STAMP = (r"(?:\[[^\]\n]{0,24}?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]"
              r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?\s+[-–]\s)")
