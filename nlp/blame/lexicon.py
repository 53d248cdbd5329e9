"""Cue lexicons for blame categories and response strategies.

They serve twice: as rules (the rules-only baseline and the first step of the decision path
for denied categories) and as features beside the sentence embeddings. Each list names the
vocabulary of incident reporting in general, not of any one document.
"""

from __future__ import annotations

import re

# "a breach of its obligations", "where a breach is found, the regulator may fine": a breach
# of a duty, rule or licence is a compliance finding, not an intrusion, so it names no cause
COMPLIANCE_OBJECT = (r"obligations?|dut(?:y|ies)|rules?|regulations?|conditions?|licen[cs]es?|contracts?|laws?|"
                     r"codes?|terms|requirements?|covenants?|standards?|principles?|undertakings?")
SECURITY_BREACH = (r"breach(?:es|ed)?(?!\s+(?:(?:is|was|has been|have been|are|were)\s+found\b|"
                   r"(?:of\s+)?(?:(?:any|its|their|the|our|these|those|his|her|your|a)\s+)?(?:of\s+)?(?:[\w-]+\s+){0,2}?"
                   r"(?:" + COMPLIANCE_OBJECT + r")\b))")

CATEGORY_CUES: dict[str, re.Pattern] = {
    "human_error": re.compile(
        r"\b(human error|user error|operator error|(?:an?|one|the) (?:engineer|employee|technician|"
        r"operator|administrator|worker|staff member|contractor)s?\b[^.]{0,60}\b(?:mistakenly|accidentally|"
        r"inadvertently|wrongly|by mistake|made a mistake|entered|typed|ran|removed|deleted|disconnected|"
        r"switched|unplugged)|mistake|typo|fat-finger\w*|human (?:mistake|slip)|manual error|"
        r"someone (?:ran|typed|deleted|made)|by mistake|accidentally|inadvertently|wrong (?:command|ids?|server|"
        r"button|file|version|database|table|environment|cluster|region)|procedural (?:error|failure)|did not follow|"
        r"failed to follow|one person'?s?|"
        # an error someone made, a procedure skipped, a person at fault, a decision by managers
        r"(?:error|errors|lapse|slip)s? (?:by|of) (?:anyone|anybody|someone|somebody|an?|one|any|the|our|its|their)\b|"
        r"(?:uploaded|entered|ran|pushed|applied|deleted|typed|chose|sent|loaded|selected|picked) the wrong|"
        r"(?:skipped|ignored|bypassed|overrode) (?:the |a |our |its |their )?(?:procedure|process|checks?|"
        r"review|testing|tests?|warnings?)|"
        r"(?:nurse|engineer|employee|operator|technician|worker|manager|analyst|administrator)s?\b[^.;]{0,30}?\b"
        r"(?:at fault|to blame)|(?:management|managers|the board|leadership|executives)\b[^.;]{0,40}?\b(?:decided|"
        r"decision|chose|pushed|leaned|overrode|ignored|insisted|ordered))\b", re.I),
    "ai_tool": re.compile(
        r"\b(ai|a\.i\.|artificial intelligence|machine[- ]learning|ml model|llm|language model|"
        r"(?:coding|ai|autonomous|software) agent|agentic|chatbot|copilot|assistant|the agent|"
        r"model (?:decided|chose)|generated (?:code|migration)|ai-generated|automated agent|hallucinat\w*|(?:support|chat|help) ?bot|"
        # one bot answering a customer is a chatbot; bots in the plural are an attack's
        r"(?:the|a|that|this|its|their|our)(?: same| new| online| website|(?: \w+)?'s own)? bot|"
        r"neural|classifier|algorithm(?:ic)?)\b", re.I),
    "software_bug": re.compile(
        r"\b(bug|bugs|defect|glitch|flaw|coding error|software (?:error|fault|failure|problem|issue)|"
        r"null pointer|race condition|crash(?:ed|es)?|exception|memory leak|latent|regression|"
        r"faulty (?:code|update|software|release|deployment)|edge case|unhandled|"
        r"software update|code change|new code|release|deployment|firmware)\b", re.I),
    "configuration": re.compile(
        r"\b(misconfigur\w*|configuration|config|settings?|permissions?|access controls?|access role|"
        r"privileges?|over-privileged|access rights|routing (?:filter|policy|table)|dns record|"
        r"parameter|tariff tables?|rule(?:s)? (?:update|change)|policy change|feature flag|"
        r"wrong value|incorrect value|threshold)\b", re.I),
    "infrastructure": re.compile(
        r"\b(hardware|power (?:supply|failure|cut|outage|surge|loss)|ups\b|uninterruptible|generator|"
        r"data ?cent(?:re|er)s?|servers? (?:failed|overheated|ran out)|capacity|overload\w*|"
        r"network (?:device|congestion|equipment|switch)|switch(?:es)? failure|router|cooling|chillers?|"
        r"mainframe|legacy (?:system|technology)|ageing|aging|outdated|under-?invest\w*|pump|"
        r"substation|fibre|fiber|cable|storage array|disk|congestion|scaling|undersized|"
        r"(?:old|creaking|antiquated) (?:systems?|technology|infrastructure)|infrastructure)\b", re.I),
    "third_party": re.compile(
        r"\b(third[- ]party|supplier|vendor|contractor|provider|partner|outsourc\w*|"
        r"(?:its|our|their) (?:cloud|software|security|payment|IT) (?:provider|partner|supplier|vendor)|"
        r"upstream|external (?:provider|supplier|dependency)|another company|"
        r"peering network|the bank's supplier|from (?:a|its|our) (?:supplier|partner|vendor))\b", re.I),
    "malicious": re.compile(
        r"\b(cyber-?attacks?|attack(?:ed|ers?|s)?|hack(?:ed|ers?|ing)?|ransomware|ddos|denial[- ]of[- ]service|bots|botnets?|"
        r"bot (?:attacks?|traffic|army|armies|networks?|swarms?)|"
        r"malicious|criminals?|" + SECURITY_BREACH + r"|intrusion|intruders?|threat actors?|stolen credentials|"
        r"compromised|sabotage|phishing|malware|extortion|gang|hostile|state-sponsored|"
        r"exfiltrat\w*|unauthori[sz]ed access|deliberate (?:act|attack|action)|security (?:incident|matter|"
        r"breach|issue|event))\b", re.I),
    "external": re.compile(
        r"\b(weather|storms?|heat ?waves?|record temperatures?|temperatures?|hurricane|typhoon|"
        r"flood(?:s|ing|ed)?|snow(?:storm)?|ice storms?|icy|winter (?:storm|weather)|freez\w+|lightning|wildfires?|earthquake|act of god|"
        r"natural (?:disaster|event)|high winds|winds|rain(?:fall)?|extreme (?:heat|cold|weather)|"
        r"solar|geomagnetic|outside our control|beyond (?:our|anyone's) control)\b", re.I),
    "undetermined": re.compile(
        r"\b(under investigation|still investigating|investigating the cause|cause (?:is|was|remains) "
        r"(?:not yet |still )?(?:unknown|unclear|not known|being investigated)|not yet (?:known|clear|"
        r"determined)|unclear what|unknown cause|too early to (?:say|tell)|no (?:explanation|cause)|"
        r"did not (?:say|explain) what|has not (?:said|explained)|root cause (?:analysis|is) (?:ongoing|"
        r"under way)|we do not yet know|remains unclear|could not say)\b", re.I),
}

STRATEGY_CUES: dict[str, re.Pattern] = {
    "denial": re.compile(
        r"\b(false|untrue|inaccurate|incorrect|not true|no evidence|did not (?:cause|happen|affect|occur)|"
        r"was not|is not|were not|never|deny|denies|denied|reject(?:s|ed)?|refute\w*|dismiss\w*|"
        r"categorically|wrong to (?:say|suggest)|did not malfunction|had nothing to do|not (?:a|an|the) "
        r"(?:result|failure|attack|cyberattack)|nobody attacked|simply not|there was no)\b", re.I),
    "attack_accuser": re.compile(
        r"\b(misleading|misrepresent\w*|speculat\w*|irresponsible|sensational\w*|inaccurate (?:report|"
        r"account|reporting)|axe to grind|agenda|unnamed sources|anonymous sources|disappointed (?:that|by)|"
        r"chose to (?:blame|describe|publish)|fabricat\w*|baseless|ill-informed|scaremongering|"
        r"distort\w*|mischaracteri[sz]\w*|selectively|out of context|rumou?rs?|clickbait|publicity|"
        r"attention-seeking|unfounded|regret that [A-Z]\w+ has chosen)\b", re.I),
    "scapegoat": re.compile(
        r"\b(supplier|vendor|contractor|third[- ]party|partner|provider|user error|customer'?s? "
        r"(?:configuration|settings|own)|(?:an?|one|the) (?:individual )?(?:engineer|employee|"
        r"technician|operator|contractor)|their own|its own (?:servers|systems|capacity|configuration|"
        r"settings|staff)|blame[sd]? (?:on|the)|caused by (?:a|an|the|its|their) (?:supplier|vendor|"
        r"partner|provider|contractor|customer)|fault (?:lay|lies) with|responsibility of (?:each|the) customer|"
        # the fault placed elsewhere: "lay entirely with", "rather than its own", "is for X to answer"
        r"(?:lay|lies|rests?|sits?) (?:entirely |squarely |solely )?(?:with|in)|rather than (?:its|our|their) own|"
        r"(?:are|is) for \w+ to|(?:its|their) own (?:outdated|ageing|legacy|old)|on (?:its|their) side)\b", re.I),
    "excuse": re.compile(
        r"\b(beyond (?:our|anyone's|its) control|outside (?:our|its) control|unprecedented|exceptional|"
        r"extreme|unforeseeable|could not have (?:been )?(?:foreseen|predicted|anticipated|prevented)|"
        r"no one could have|nobody could have|unusual|rare|once-in-a|record|act of god|not designed for|"
        r"well beyond|highly sophisticated|sophisticated attack|unavoidable|inevitable|despite (?:our|"
        r"its) best|did (?:exactly )?what it was (?:permitted|allowed)|no system|any (?:developer|"
        r"engineer) (?:tool|could)|"
        # Benoit's accident, defeasibility and good intentions: it was not meant, and could not be known
        r"victims? of|inadvertent(?:ly)?|unintend\w*|unintentional(?:ly)?|by mistake|accident(?:al|ally)?|"
        r"did not (?:intend|mean)|in good faith|(?:none of|no) (?:our |the )?tests?|no (?:check|test|way) "
        r"(?:available|could)|could not (?:have )?(?:caught|detected|known|stopped)|without (?:any )?warning|"
        r"once-in-\S+|extraordinar\w+|little (?:it|we) could do)\b", re.I),
    "minimization": re.compile(
        r"\b(brief(?:ly)?|minor|small (?:number|fraction|proportion|subset|percentage)|small|limited|"
        r"extremely limited|isolated|only (?:a|one|affected|some)|single service|one region|"
        r"short(?:-lived)?|minimal|negligible|handful|fraction|not (?:widespread|significant)|"
        r"vast majority (?:of|were) (?:unaffected|not affected)|no (?:customer )?data (?:was|has been) "
        r"(?:lost|affected|exposed)|most customers|quickly|within minutes|contained|a few|"
        # the quantifiers of a status page: "some customers", "the overwhelming majority", "not one"
        r"some (?:of (?:our|the) )?(?:customers|users|sellers|merchants|candidates|passengers|members|"
        r"accounts|transactions|payments|requests|services|devices)|(?:overwhelming|great|vast) majority|"
        r"not (?:a single|one) \w+|no (?:inquiries|complaints|reports)|never exposed|(?:can|could) (?:keep|"
        r"continue)|continued? to (?:work|operate|run))\b", re.I),
    "corrective_action": re.compile(
        r"\b(safeguards?|we (?:have|will|are) (?:added|introduced|implemented|put|changed|rolling|"
        r"moving|strengthen\w*|tighten\w*|review\w*|upgrad\w*|invest\w*|building|rebuilding|hiring|"
        r"separat\w*)|fix(?:ed|es)?|roll(?:ed)? back|rolled out|peer review|additional (?:checks|"
        r"controls|review)|new (?:controls|checks|process(?:es)?|procedures|rules)|prevent (?:this|"
        r"a repeat|recurrence|it from happening)|lessons|independent review|audit|retrain\w*|"
        r"will (?:now|no longer)|post-?mortem|improv\w*|strengthen\w*|remediat\w*|mitigat\w*|"
        r"restor(?:ed|ing)|redundan\w*|guardrails?)\b", re.I),
    "bolstering": re.compile(
        r"\b(\d+ years|two decades|decades|track record|record of|reliab\w* (?:record|history)|"
        r"operational excellence|trusted|trust (?:of|that)|proud|commitment|committed to|"
        r"always (?:put|been)|(?:99\.\d+|\d+(?:\.\d+)?) ?(?:per ?cent|%) (?:availability|uptime)|"
        r"industry-leading|world-class|among the most|serves? (?:millions|billions)|more than \S+ "
        r"(?:customers|businesses|services)|heritage|history of|best-in-class|safe(?:ly)? (?:operated|"
        r"run)|without a comparable incident|number one priority|top priority|first priority)\b", re.I),
    "apology": re.compile(
        r"\b(sorry|apologi[sz]\w*|apology|apologies|regret (?:the|any|this)|we let (?:you|our|them) "
        r"down|fell short|this is on us|that is on us|take (?:full )?responsibility|our fault|"
        r"unacceptable|we failed|deeply regret)\b", re.I),
    "compensation": re.compile(
        r"\b(refund\w*|credits?|compensat\w*|reimburs\w*|vouchers?|goodwill (?:payment|credit|gesture)|"
        r"free (?:month|data|games|service)|waive\w*|payment of|£\d+|\$\d+ credit|€\d+|miles|points|"
        r"welcome back|at no (?:charge|cost)|cover (?:the )?(?:costs?|fees?)|paid back)\b", re.I),
}


def cue_counts(text: str, table: dict[str, re.Pattern]) -> dict[str, int]:
    return {label: len(pattern.findall(text)) for label, pattern in table.items()}


# the annotation guide's precedence when a sentence names several causes
PRECEDENCE = ("malicious", "external", "ai_tool", "third_party", "software_bug", "configuration",
              "infrastructure", "human_error")


def rule_category(affirmed: str, denied: str = "") -> str:
    """Rules-only blame category: the first category in the guide's precedence order with a
    cue in the affirmed text; a claim saying the cause is unknown, or naming none, is
    ``undetermined``."""
    return category_by_precedence(cue_counts(affirmed, CATEGORY_CUES))


def category_by_precedence(counts: dict[str, int]) -> str:
    """``rule_category`` from category cue counts already made."""
    if counts["undetermined"]:
        return "undetermined"
    return next((c for c in PRECEDENCE if counts[c]), "undetermined")


# "no evidence that customer data was accessed or compromised": a denial of harm to data,
# which an attacked company makes as often as one that was not attacked; it denies no cause
_HARMED = r"(?:accessed|compromised|stolen|exposed|taken|leaked|exfiltrated|viewed)"
DATA_HARM = re.compile(r"\b(?:data|information|records|details|files|emails?|passwords?)\b[^.;]{0,40}?\b" + _HARMED
                       + r"(?:,?\s+(?:or|and)\s+" + _HARMED + r")?\b|\b(?:access(?:ed)? to|compromise of|"
                       r"theft of|exposure of|leak of)\s+(?:\w+\s+){0,2}?(?:data|information|records|details)\b", re.I)


# "this was not a sophisticated attack" denies the sophistication, not the attack
QUALITY_DENIED = re.compile(r"\b(?:an?|the|any)\s+(?:particularly\s+|very\s+|especially\s+|terribly\s+)?(?:sophisticated|complex|"
                            r"advanced|clever|elaborate|ingenious)\s+(?:cyber-?\s*)?"
                            r"(?:attack|intrusion|hack|breach|ransomware attack|operation)s?\b", re.I)


# "I do not blame the airport for the rain itself": the rain is what happened, the airport is
# who is not blamed; only the party not blamed is denied
BLAMED_FOR = re.compile(r"(\b(?:blam\w*|fault\w*)\s+(?:[\w'’-]+\s+){1,5}?)for\b.*$", re.I | re.S)


def rule_denied(denied: str, affirmed_category: str | None = None) -> list[str]:
    """Categories named inside the negated or contrasted part of a claim (a denied harm to
    data, ``DATA_HARM``, names none)."""
    denied = QUALITY_DENIED.sub(" ", DATA_HARM.sub(" ", denied))
    denied = BLAMED_FOR.sub(r"\1", denied)
    if not denied.strip():
        return []
    counts = cue_counts(denied, CATEGORY_CUES)
    return [c for c, n in counts.items() if n and c not in ("undetermined", affirmed_category)]


# Reporters, regulators, customers and insiders describe the incident; the guide gives
# strategies to the voices answering blame (the company, a supplier, any party defending
# itself, which the voice stage calls vendor or expert).
NON_DEFENDING_ROLES = frozenset({"press", "regulator", "customer", "insider"})


def own_strategies(labels: list[str], role: str | None) -> list[str]:
    """The classifier's strategies, kept only for a voice that can be answering blame. On five
    grouped folds this raised strategies macro-F1 from 0.677 to 0.686: of 60 strategies
    predicted for the other roles, 12 were right (affected companies defending their own
    outage as customers of the vendor) and 48 wrong."""
    return [] if role in NON_DEFENDING_ROLES else list(labels)


def rule_strategies(text: str, role: str | None = None) -> list[str]:
    found = [s for s, pattern in STRATEGY_CUES.items() if pattern.search(text)]
    if role not in (None, "vendor", "expert"):
        found = [s for s in found if s in ("attack_accuser",)]
    return found
