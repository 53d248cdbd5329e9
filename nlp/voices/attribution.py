"""Finding the attribution cue of a sentence and the phrase that names its speaker.

Rules (textacy-style, over the dependency parse):
- cue verbs must stand outside any quotation, and so must their subject;
- "according to X" and "as reported by X" name X;
- a cue verb's nominal subject names the speaker; the passive "X was quoted as saying" too;
- among several cue verbs, the one highest in the tree wins (the root, then its conjuncts,
  then a parenthetical "X said" attached anywhere).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .names import is_org_name, role_of_phrase

# Verbs of saying, reporting, conceding, denying, attributing and finding. A sentence whose
# main verb is one of these reports someone else's claim.
CUE_LEMMAS = frozenset("""
say tell state claim maintain insist note add write report assert argue contend explain
confirm deny dispute reject rebut refute acknowledge admit concede allege accuse blame
attribute warn suggest believe estimate describe characterize characterise call label
describe announce disclose reveal reiterate stress emphasise emphasize point counter
respond reply answer post tweet comment testify conclude determine establish find
apologise apologize promise pledge vow commit insist complain criticise criticize
argue caution predict think fear question doubt speculate urge demand condemn
welcome praise dismiss rule trace assume suspect refer repeat accept recognise recognize
inform notify advise
""".split())

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# verbs that report only with a clause ("repeated that ...", "accepted that ..."), not with an
# object ("repeated the test", "accepted the offer")
CCOMP_ONLY = frozenset("repeat accept recognise recognize inform notify advise".split())
# ("CDK has informed the Company that ...", "advised customers that ..."; not "notified the police")
# words that address the reader or another poster at the head of a sentence: "Mate, ...", "Guys, ..."
VOCATIVES = frozenset("mate mates guys folks everyone everybody friends pal dude lads ladies gents sir madam "
                      "all people y'all".split())
GENERIC_MODALS = frozenset("can could would should might may must 'd ’d".split())
PRONOUN_SPEAKERS = frozenset({"i", "we", "he", "she", "they", "it", "you", "one", "someone", "somebody", "nobody"})
# nouns that can speak: people, groups, organisations, outlets, documents that speak for them
SPEAKER_NOUNS = frozenset("""
spokesperson spokesman spokeswoman spokespeople representative official officials executive
executives chief ceo president founder director manager head engineer engineers employee
employees staff staffer staffers worker workers insider insiders source sources people person
individual customer customers user users client clients passenger passengers merchant merchants
seller sellers subscriber subscribers resident residents analyst analysts expert experts
researcher researchers consultant consultants professor critic critics lawmaker lawmakers
regulator regulators watchdog agency authority commission ministry minister department
company firm business operator carrier airline bank lender provider retailer utility group
giant platform startup processor council insurer vendor supplier contractor organisation
organization corporation union unions newspaper paper outlet publication report reports
statement statements story broadcaster magazine post letter email memo notice filing blog
team management leadership board investors investor owner owners member members pilot pilots
technician technicians developer developers colleague colleagues operator operators official
spokesperson group hackers attackers gang criminals administrator administrators police
assistant chatbot
alliance association federation coalition society institute committee tribunal court ombudsman
release media medium tweet website
trust hospital adviser advisor rep helpline fund scheme exchange library museum airport railway
""".split())


# what a system answers or responds to when it works: no one speaks ("the database was answering
# requests again", "servers stopped responding to health checks")
SERVED = frozenset("request query call phone ping lookup packet connection traffic check probe load door".split())


def _serves_traffic(tok: Token) -> bool:
    if tok.lemma_.lower() not in ("answer", "respond", "reply"):
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in SERVED for o in objects)


def bare_name(tok: Token) -> bool:
    """A capitalised singular noun subject without a determiner is a name the tagger
    missed ("Tellaro blamed the storm"): English needs "the company", not "Company"."""
    return (tok.tag_ == "NN" and tok.text[:1].isupper() and tok.text[1:].islower()
            and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children))


def _speaker_like(tok: Token) -> bool:
    if tok.lower_ in ("nobody", "none", "nothing", "noone", "no-one") or any(c.lower_ == "no" and c.dep_ == "det" for c in tok.children):
        return False  # "Nobody at the bank answered the phone": no one speaks
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ == "PROPN" or bare_name(tok):
        return True
    low = tok.lower_
    if low in PRONOUN_SPEAKERS:
        return True
    if tok.pos_ in ("NUM", "DET", "ADJ", "PRON") and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return True  # "one of them", "some of the staff"
    if low in ("several", "many", "some", "others", "both", "few", "most", "all", "another", "other"):
        return True
    if tok.lemma_.lower() in SPEAKER_NOUNS or low in SPEAKER_NOUNS:
        return True
    if _owned_document(tok):
        return True  # "Microsoft's status update said", "their status page says"
    if tok.lower_ in ("page", "dashboard") and any(c.lower_ in ("status", "health") for c in tok.lefts):
        return True  # "the status page said": the company's, whose page it is
    return role_of_phrase(" ".join(t.text for t in tok.subtree)[:200]) is not None
# documents an organisation issues: they speak for it when their owner is named
ISSUED_DOCS = frozenset("""update notice page summary post-mortem postmortem announcement release review
statement history email message letter post blog media medium tweet website app portal""".split())
ISSUING = frozenset("issue publish release post put send write".split())
# verbs by which an issued document states something ("Salesforce's status history records
# roughly 15 hours", "its incident log shows"): cues only with such a document as subject
DOCUMENT_CUES = frozenset("record show list".split())


def document_owner(tok: Token) -> Token | None:
    """The named owner of an issued document ("Microsoft's first status update", "their status
    page", "the company's notice"): its possessive when that is a proper name, "its"/"their",
    or a speaking noun; None when ``tok`` is no such document or names no owner."""
    if tok.lemma_.lower() not in ISSUED_DOCS:
        return None
    if tok.pos_ == "PROPN" and tok.ent_type_ == "ORG" and tok.text[:1].isupper():
        return None  # "The Australian Financial Review" is a newspaper's name, not a review of its

    owner = next((c for c in tok.children if c.dep_ == "poss" and (
        c.pos_ == "PROPN" or c.lower_ in ("its", "their") or c.lemma_.lower() in SPEAKER_NOUNS)), None)
    if owner is None:
        # "the statement Roblox issued", "statements the bank posted to its support account": the
        # subject of the relative clause that issued it, a name or a speaking noun
        owner = next((g for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in ISSUING
                      for g in c.children if g.dep_ == "nsubj" and (g.pos_ == "PROPN" or g.lemma_.lower() in SPEAKER_NOUNS)), None)
    if owner is None:
        # "the Nimbus status page": a name among the compounds before the document's noun
        compounds = [c for c in tok.children if c.dep_ == "compound"]
        compounds += [g for c in compounds for g in c.children if g.dep_ == "compound"]
        owner = next((c for c in sorted(compounds, key=lambda t: t.i) if c.pos_ == "PROPN" and c.text[:1].isupper()
                      and c.ent_type_ not in ("DATE", "TIME") and is_org_name(c.text)), None)
    return owner


def _owned_document(tok: Token) -> bool:
    return document_owner(tok) is not None


MAX_SUBJECT_TOKENS = 14
# "customers can claim a full refund", "merchants can claim the fees back": to claim money is
# to ask for it, not to say something
CLAIMED_THINGS = frozenset("""refund refunds compensation money damages expense expenses cost costs fee fees
credit credits reimbursement reimbursements payment payments allowance benefit benefits""".split())


def _claims_money(tok: Token) -> bool:
    if tok.lemma_.lower() != "claim":
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    back = any(c.dep_ == "prt" and c.lower_ == "back" for c in tok.children)
    return back or any(o.lemma_.lower() in CLAIMED_THINGS for o in objs)


# "IAG put the cost of the disruption at about 58 million pounds", "the trust has put the number
# of affected appointments at about 4,100": an estimate attributed to whoever gives it
ESTIMATED = frozenset("number figure cost toll total loss losses bill count damage tally".split())


def _puts_figure(tok: Token) -> bool:
    if tok.lemma_.lower() != "put":
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ESTIMATED]
    return bool(objs) and any(t.dep_ == "prep" and t.lower_ == "at" for t in tok.subtree if t.i > objs[0].i)


@dataclass
class Cue:
    text: str  # the cue as written: "said", "according to", "told reporters"
    subject: Token  # head of the phrase naming the speaker
    phrase: Span  # the phrase naming the speaker
    verb: Token | None


def _phrase(token: Token) -> Span:
    """The noun phrase headed by ``token``, without relative clauses or long tails."""
    doc = token.doc
    left = token.left_edge.i
    right = token.i
    for child in token.rights:
        if child.dep_ in ("appos", "compound", "prep", "amod", "nmod", "poss", "punct", "cc", "conj"):
            right = max(right, child.right_edge.i)
    if right - left + 1 > MAX_SUBJECT_TOKENS:
        right = min(right, left + MAX_SUBJECT_TOKENS - 1)
    return doc[left:right + 1]


CALENDAR_WORDS = frozenset("""january february march april may june july august september october november
december monday tuesday wednesday thursday friday saturday sunday date time""".split())  # "Date of earliest event reported"

# a cue verb attributes the sentence only where it governs it: the root, a conjunct of the
# root, or a parenthetical ("..., the company said, ...")
GOVERNING_DEPS = frozenset({"ROOT", "conj", "parataxis", "ccomp"})


def _fallback_subject(tok: Token, proper: set[str]) -> Token | None:
    """A name the tagger mistook for an adverb ("Fastly said" -> ADV): a left dependent
    that the document elsewhere writes capitalised in mid-sentence."""
    for child in tok.lefts:
        if child.dep_ in ("advmod", "npadvmod", "dep", "compound") and child.text in proper:
            return child
    return None


def _reduced_relative(verb: Token, subj: Token) -> bool:
    """'... not the "brief disruption" their email claimed.': a cue closing the sentence
    right after a quoted phrase, with no comma before its subject, is a relative clause on
    that phrase (the parser made it the root); it does not attribute the sentence."""
    left = subj.left_edge.i
    doc = verb.doc
    after = [t for t in doc[verb.i + 1: verb.sent.end] if not t.is_punct and not t.is_space]
    if after or left == verb.sent.start:
        return False
    prev = doc[left - 1]
    return prev.text in ('"', "”", "'", "’") and left - 2 >= verb.sent.start and doc[left - 2].text not in (",", ";", ":")


# "Some reports circulating online claim that ...": after a plural subject the tagger often
# takes the cue verb for a noun
MISTAGGED_CUES = frozenset("claim allege suggest say insist argue".split())


# plural nouns that read as a cue verb's third person: "calls", "reports", "claims", "posts"
NOUN_HOMOGRAPHS = frozenset("calls reports claims posts notes comments tweets statements".split())


def _noun_read_as_cue(verb: Token, subj: Token) -> bool:
    """"Emergency calls on Optus failed from midnight": a plural noun the tagger read as a cue
    verb, with the noun before it as its subject and the sentence's real verb hanging under
    it without a subject of its own."""
    if verb.lower_ not in NOUN_HOMOGRAPHS or subj.i != verb.i - 1 or subj.tag_ not in ("NN", "JJ"):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in subj.children):
        return False
    return any(c.dep_ in ("advcl", "conj", "ccomp", "xcomp") and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBZ", "VBP")
               and not any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in verb.children)


def _mistagged_cue(sent: Span, in_quote) -> Cue | None:
    """The cue of a sentence whose cue verb, right before "that", was tagged as a noun, with
    the plural noun that heads the sentence as its subject (a relayed account: "Some posts on
    an online forum claim that engineers ignored alarms")."""
    root = sent.root
    if root.tag_ != "NNS" or in_quote(root.idx) or not _speaker_like(root):
        return None
    for tok in sent:
        if (tok.i > root.i and tok.lower_ in MISTAGGED_CUES and tok.pos_ == "NOUN" and tok.i + 1 < sent.end
                and tok.doc[tok.i + 1].lower_ == "that" and not in_quote(tok.idx)):
            return Cue(tok.text, root, sent.doc[root.left_edge.i: tok.i], tok)
    return None


# plural nouns for organisations in general: a "they" after one in the same sentence is them
GENERIC_ORGS = frozenset("companies firms providers vendors corporations businesses platforms".split())


def _contrasted_as(verb: Token) -> bool:
    """An "as X said" clause after a negated phrase ("not a power cut, as the company claimed",
    "not 'some' of them as the bank said"): the sentence disputes X's account rather than
    relaying it. A "not" right before the clause ("It was not, as the company said, an attack")
    is X's own denial."""
    nodes = [verb.head]
    if verb.head.dep_ in ("appos", "conj", "attr", "dobj", "pobj", "npadvmod"):
        nodes.append(verb.head.head)
    negs = [c for n in nodes for c in n.children if c.dep_ == "neg" or c.lower_ == "not"]
    return any(n.i < verb.left_edge.i and any(t.is_alpha for t in verb.doc[n.i + 1: verb.left_edge.i]) for n in negs)


# verbs of answering or blaming whose subject goes on to say something ("pushed back, saying",
# "responded, arguing", "pinned the failure on its contractor, saying"); what someone did
# while telling ("managers removed the rule, telling staff that ...") stays the narrator's
RESPONDING = frozenset("respond reply react answer retort counter comment apologise apologize pin blame".split())
# ... and those that answer only with their particle: "hit back", "pushed back", "weighed in"
RESPONDING_WITH = {"push": "back", "hit": "back", "fire": "back", "strike": "back", "weigh": "in", "chime": "in"}


def _responding(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in RESPONDING:
        return True
    particle = RESPONDING_WITH.get(lemma)
    return particle is not None and any(c.lower_ == particle for c in verb.children)


def find_cue(sent: Span, in_quote, proper: set[str] | None = None) -> Cue | None:
    """The attribution cue of ``sent`` or None. ``in_quote(char)`` tells whether a
    character offset lies inside a direct quotation."""
    candidates: list[tuple[int, Cue]] = []
    for tok in sent:
        if in_quote(tok.idx):
            continue
        low = tok.lower_
        # according to X
        if low == "according" and tok.i + 1 < sent.end and tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs and not in_quote(objs[0].idx):
                obj, phrase = objs[0], _phrase(objs[0])
                # "according to the network monitoring firm PingScope" parsed with "network"
                # as the object: the name at the end of the object's subtree is the source
                sub = tok.doc[obj.left_edge.i: obj.right_edge.i + 1]
                names = [t for t in sub if t.pos_ == "PROPN" and t.i > obj.i]
                if obj.pos_ != "PROPN" and names and len(sub) <= MAX_SUBJECT_TOKENS and not any(t.pos_ == "PROPN" for t in phrase):
                    obj, phrase = names[-1], sub
                candidates.append((1, Cue("according to", obj, phrase, None)))
            continue
        if tok.pos_ not in ("VERB", "AUX") or _claims_money(tok) or (
                tok.lemma_.lower() not in CUE_LEMMAS and tok.lemma_.lower() not in DOCUMENT_CUES and not _puts_figure(tok)):
            continue
        # as reported by X / quoted by X / X was told by: the agent names the source
        agents = [c for c in tok.children if c.dep_ == "agent"]
        as_clause = any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) or (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "as")
        if agents and (tok.dep_ in GOVERNING_DEPS or as_clause) and tok.lemma_ in ("report", "quote", "tell", "confirm", "reveal", "describe"):
            objs = [c for c in agents[0].children if c.dep_ == "pobj"]
            if objs and not in_quote(objs[0].idx):
                word = "as reported by" if tok.lemma_ == "report" else f"{tok.text} by"
                candidates.append((1, Cue(word, objs[0], _phrase(objs[0]), tok)))
                continue
        as_cue = tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
        if tok.lower_ in ("note", "update", "notice", "comment", "edit", "reply") and tok.i + 1 < sent.end \
                and tok.doc[tok.i + 1].text in (":", "*", "**") and tok.i - sent.start <= 3:
            continue  # "**Moderator note:** please keep ...": a label heading the post, no one "noting"
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) and any(c.dep_ in SUBJECT_DEPS for c in tok.children):
            continue  # "We expect CDK to tell dealers ...": a telling wished for, not one reported
        if tok.lemma_.lower() in CCOMP_ONLY and not any(c.dep_ == "ccomp" for c in tok.children):
            continue  # "repeated that the storm caused it" reports; "repeated the test" does not
        if _serves_traffic(tok):
            continue  # "DynamoDB was answering requests again": a system serving, no one speaking
        # "X went further, suggesting that ...": the manner of going on is X's saying
        went_on = tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.dep_ == "ROOT" and tok.head.lemma_ == "go" \
            and any(c.lower_ in ("further", "on") for c in tok.head.children)
        # "X continued to insist that ...", "began to argue": X says it ("X keeps saying ..., but" is
        # the writer disputing X, and the writer's)
        went_on = went_on or (tok.dep_ == "xcomp" and tok.head.dep_ in GOVERNING_DEPS
                              and tok.head.lemma_.lower() in ("continue", "begin", "start", "persist"))
        # "Microsoft pushed back, saying in a statement that ...", "the union hit back, arguing
        # that ...": a saying that goes with what the root's subject did is that subject's
        went_on = went_on or (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.dep_ == "ROOT"
                              and _responding(tok.head) and tok.i > tok.head.i and tok.doc[tok.i - 1].text == ","
                              and any(c.dep_ == "ccomp" for c in tok.children)
                              and not any(c.dep_ in SUBJECT_DEPS for c in tok.children))
        if tok.dep_ not in GOVERNING_DEPS and not as_cue and not went_on:
            continue  # "As the Wall Street Journal noted, ..." is the one subordinate cue
        if as_cue and _contrasted_as(tok):
            continue  # "not 'some' of them as the bank said": the writer disputes what X said
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() not in CUE_LEMMAS and tok.head.dep_ != "ROOT":
            continue
        if tok.dep_ == "conj" and tok.head.lemma_.lower() not in CUE_LEMMAS:
            continue  # "The network was offline ..., and Sony later estimated ...": narration leads
        # a date the parser took for a subject ("on Tuesday, 19 May, the company said") speaks for no one
        subjects = [c for c in (tok.head if went_on else tok).children if c.dep_ in SUBJECT_DEPS and not in_quote(c.idx)
                    and c.ent_type_ not in ("DATE", "TIME") and c.lower_ not in CALENDAR_WORDS]
        if not subjects and proper:
            fallback = _fallback_subject(tok, proper)
            subjects = [fallback] if fallback is not None else []
        if not subjects:
            continue
        # (two subjects, one before a colon: "Credit where due: the status page said ...": the one
        # after the colon speaks)
        # ... and so does the one after a name addressed at the start: "Phil the office has literally said ...")
        subj = subjects[-1] if len(subjects) > 1 and (any(
            t.text == ":" for t in sent.doc[subjects[0].i:subjects[-1].left_edge.i])
            or subjects[0].i == sent.start and subjects[0].pos_ == "PROPN" and subjects[-1].left_edge.i == subjects[0].i + 1) \
            else subjects[0]
        if subj.lower_ in VOCATIVES and subj.i + 1 < sent.end and subj.doc[subj.i + 1].text == ",":
            # "Mate, the joint statement out tonight literally says ...": the one addressed does not speak
            appos = next((c for c in subj.children if c.dep_ == "appos"), None)
            if appos is None:
                continue
            subj = appos
        if subj.left_edge.lower_ == "neither" or any(c.lower_ == "neither" for c in subj.children):
            continue  # "Neither Capital One nor FIS has said ...": no one said it; the writer says so
        if _reduced_relative(tok, subj):
            continue
        if _noun_read_as_cue(tok, subj):
            continue
        if subj.dep_ == "nsubjpass" and tok.lemma_ not in ("quote",):
            continue
        if tok.lemma_.lower() in DOCUMENT_CUES and tok.lemma_.lower() not in CUE_LEMMAS and not _owned_document(subj):
            continue  # "the status history records 15 hours" attributes; "the data show" does not
        if subj.lower_ in ("it",) and tok.lemma_ in ("show", "suggest", "indicate"):
            continue
        if tok.lemma_ == "find" and role_of_phrase(" ".join(t.text for t in subj.subtree)) == "customer":
            continue  # "users found that messages would not send" narrates events
        if subj.tag_ == "DT" and tok.tag_ == "VBG":
            continue  # "has some explaining to do": a gerund after a quantifier, no one speaking
        if subj.lower_ in ("that", "which", "this", "what", "who") or not (_speaker_like(subj) or (proper and subj.text in proper)):
            continue
        if any(c.dep_ == "aux" and (c.lower_ in GENERIC_MODALS or c.lower_ in ("will", "'ll", "’ll", "shall"))
               for c in tok.children):
            # "you can blame the council", "one could argue": anyone, not a speaker; "They'll call it a
            # glitch", "Google can call it isolated all they like": what someone might say, not what
            # they said (a writer's guess or scorn)
            continue
        if subj.lower_ == "they" and any(t.lower_ in GENERIC_ORGS and t.i < subj.i for t in sent):
            continue  # "every time one of these big companies gets breached they call it ...": companies at large
        if any(c.dep_ == "neg" for c in tok.children) or any(c.lemma_ in ("decline", "refuse") for c in tok.ancestors if c.i < tok.i):
            continue  # "did not say", "declined to say": the narration reports a silence
        text = tok.text
        dobj = [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.lower_ in ("reporters", "journalists", "investors", "analysts", "lawmakers", "employees", "staff", "customers")]
        if tok.lemma_ == "tell" and dobj:
            text = f"{tok.text} {dobj[0].text}"
        rank = 0 if tok.dep_ == "ROOT" else 2 if tok.dep_ in ("conj", "ccomp", "parataxis", "advcl") else 3
        if tok.dep_ == "ROOT" and any(c.dep_ in ("ccomp", "dobj", "xcomp", "prep") for c in tok.children):
            rank = 0
        candidates.append((rank, Cue(text, subj, _phrase(subj), tok)))
    if not candidates:
        return _mistagged_cue(sent, in_quote)
    candidates.sort(key=lambda c: (c[0], c[1].subject.i))
    return candidates[0][1]
