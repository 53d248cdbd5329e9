"""Linguistic features of a claim for blame: what it affirms, what it denies, who it blames.

Rules over the dependency parse:
- contrast: "X, not Y", "X rather than Y", "X instead of Y" -> Y is denied;
- a negated clause ("our AI tools did not cause this", "nobody attacked us") is denied as a
  whole, unless it is a reporting clause over another ("we do not believe that ...");
- "had nothing to do with Y", "unrelated to Y", "no connection to Y", "there was no Y" -> Y is denied;
- "no evidence / sign / indication of Y", "ruled out Y", "denied that Y", "rejected claims
  that Y", "the assertion that Y is false" -> Y is denied;
- "nothing (that) indicates / suggests / points to Y", "no attacker was involved", "it is
  unlikely that Y caused it", "Y is unlikely to have caused it" -> Y is denied;
- "X is not the source / cause of Y" -> X is denied (not Y); "did not need / use Y",
  "rarely need Y" -> Y is denied;
- the blamed agent is the agent of a passive cause ("was caused by X"), the object of
  blame ("blamed X for"), the subject of an active cause verb ("X caused / triggered"), or
  the complement of "due to", "because of", "the result of", "traced to".
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..claims import INCIDENT_NOUNS, PROCEEDING_NOUNS, has_negation
from ..units import register_extensions

CAUSE_VERBS = frozenset("cause trigger spark prompt start create bring provoke set".split())
DENY_VERBS = frozenset("deny reject refute dismiss rule dispute".split())
EVIDENCE_NOUNS = frozenset("evidence sign indication suggestion trace proof".split())
FALSE_WORDS = frozenset("false untrue wrong incorrect inaccurate baseless unfounded".split())
REPORTING = frozenset("say think believe know expect suggest accept agree claim".split())
# saying verbs whose negation reports a silence ("did not say", "never mentioned"), not a denial
UNSAID_VERBS = frozenset("say mention refer call describe state claim name announce confirm admit acknowledge".split())
NEGATORS = frozenset({"no", "nobody", "nothing", "none", "never", "neither"})
# "nothing indicates / suggests / points to Y": verbs whose negated subject leaves Y unsupported
POINTING = frozenset("indicate suggest point show support implicate link".split())
UNLIKELY = frozenset("unlikely improbable implausible doubtful".split())
# verbs whose negation denies a cause: causing, failing, attacking, taking part, being
DENIABLE = frozenset("""cause trigger spark provoke prompt fail malfunction crash break err misbehave attack hack breach compromise
tamper sabotage involve contribute play be blame lie originate stem result come act""".split())
# "had nothing to do with Y", "is unrelated to Y", "no connection to Y": the phrase ends in
# the preposition whose object is denied
UNRELATED = re.compile(r"\b(?:nothing to do with|unrelated to|no (?:connection|link) (?:to|with)|"
                       r"not (?:related|linked|connected|due) to)\s+$", re.I)
MAX_AGENT_TOKENS = 8
# "X is not the source of Y": only X is denied
SOURCE_NOUNS = frozenset("source cause culprit origin reason root gateway trigger entry".split())
# "did not need / require / use Y", "rarely need Y": Y is denied
NEED_VERBS = frozenset("need require use exploit".split())
RARELY = frozenset({"rarely", "seldom", "never"})


def _subtree_span(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def _clause_span(verb: Token) -> tuple[int, int]:
    """The verb's own clause: its subtree without coordinated clauses."""
    right = verb.right_edge.i + 1
    for child in verb.rights:
        if child.dep_ in ("conj", "cc", "parataxis") or (child.dep_ == "punct" and child.i > verb.i and any(c.dep_ in ("conj", "cc") for c in verb.rights if c.i > child.i)):
            right = min(right, child.i)
    left = verb.left_edge.i
    for child in verb.lefts:
        if child.dep_ in ("advcl", "ccomp", "parataxis"):
            left = max(left, child.right_edge.i + 1)
    return left, max(right, verb.i + 1)


def _names_the_incident(tok: Token) -> bool:
    """"it", "this", "the outage", "the failure": the object names the incident itself."""
    return tok.lower_ in ("it", "this", "that", "them") or (
        tok.lemma_.lower() in INCIDENT_NOUNS and any(c.lower_ in ("the", "this", "that", "our", "its") for c in tok.children))


def _subject_above(tok: Token) -> Token | None:
    """The subject of the nearest clause above ``tok`` ("the snowstorm" in "the snowstorm had
    nothing to do with it")."""
    for head in tok.ancestors:
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return None if subj[0].lower_ in ("it", "this", "that", "we", "i") else subj[0]
    return None


def denied_spans(sent: Span) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for tok in sent:
        low = tok.lower_
        # "X, not Y" / "not Y but X": a "not" attached to a noun phrase
        if low == "not" and tok.head.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "DET") and tok.dep_ in ("neg", "advmod", "preconj", "det") \
                and (tok.head.pos_ in ("NOUN", "PROPN") or tok.head.dep_ in ("nummod", "amod", "det", "poss", "quantmod")):
            head = tok.head
            # "not one engineer's mistake": from the number or adjective up to the noun it modifies
            while head.dep_ in ("nummod", "amod", "det", "poss", "compound", "quantmod") and head.head.pos_ in ("NOUN", "PROPN") \
                    and head.head.i > head.i:
                head = head.head
            end = head.right_edge.i + 1 if head.i > tok.i else max(t.i for t in head.subtree if t.i > tok.i) + 1 if any(t.i > tok.i for t in head.subtree) else tok.i + 1
            spans.append((tok.i + 1, end))
        elif low == "not" and tok.i + 1 < sent.end and tok.doc[tok.i + 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ") and tok.head.pos_ in ("VERB", "AUX") and tok.i > sent.start and tok.doc[tok.i - 1].text in (",", "and", "but"):
            right = tok.doc[tok.i + 1]
            head = right if right.pos_ in ("NOUN", "PROPN") else right.head
            spans.append((tok.i + 1, head.right_edge.i + 1))
        # "rather than Y", "instead of Y"
        elif low in ("than", "of") and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("rather", "instead"):
            objs = [c for c in tok.children if c.dep_ in ("pobj", "pcomp")]
            if objs:
                spans.append(_subtree_span(objs[0]))
            elif tok.i + 1 < sent.end:
                spans.append((tok.i + 1, min(sent.end, tok.i + 1 + MAX_AGENT_TOKENS)))
        # "not by an attack", "not in our own systems": a contrasted prepositional phrase
        elif low == "not" and tok.i + 1 < sent.end and tok.doc[tok.i + 1].pos_ == "ADP" \
                and tok.doc[tok.i + 1].lower_ in ("by", "in", "from", "on", "at", "with", "through", "within"):
            prep = tok.doc[tok.i + 1]
            spans.append((prep.i, max(prep.right_edge.i + 1, prep.i + 2)))
        # negated clause that denies a cause ("our AI tools did not cause this", "the software did
        # not fail"); a negated account of what went wrong ("the generator did not start", "could
        # not keep pace") affirms a failure and denies nothing
        elif (tok.dep_ == "neg" or low in RARELY and tok.dep_ == "advmod") and tok.head.pos_ in ("VERB", "AUX") \
                and tok.head.lemma_.lower() in NEED_VERBS:
            # "had not needed to exploit any flaw", "rarely need a software flaw": what was not
            # needed is denied, not who did without it; "you don't need a huge botnet if ..." says
            # what anyone would need, and denies nothing about this incident
            if any(c.dep_ == "nsubj" and c.lower_ in ("you", "one", "anyone", "nobody") for c in tok.head.children):
                continue
            spans.extend(_subtree_span(c) for c in tok.head.children if c.dep_ in ("dobj", "xcomp"))
        elif tok.dep_ == "neg" and tok.head.pos_ in ("VERB", "AUX"):
            verb = tok.head
            if verb.lemma_.lower() in REPORTING and any(c.dep_ == "ccomp" for c in verb.children):
                continue
            if verb.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") and (c.lower_ == "same" or any(
                    g.lower_ == "same" for g in c.children)) for c in verb.children):
                continue  # "a flood of traffic is not the same thing as a break-in": a distinction, no denial
            if verb.lemma_ == "be" and any(c.dep_ == "attr" and c.lemma_ == "part" and any(
                    g.lemma_.lower() in PROCEEDING_NOUNS for g in c.subtree) for c in verb.children):
                continue  # "the October outage is not part of this inquiry": the inquiry's scope, no denial
            source = [c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in SOURCE_NOUNS]
            subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("it", "this", "that")]
            if verb.lemma_ == "be" and source and subject:
                # "TCS is not the source of the breach": TCS's part is denied, not the breach
                spans.append(_subtree_span(subject[0]))
                continue
            # "... not typed in by our member": a negated act with its agent denies the agent's part
            if verb.lemma_.lower() in DENIABLE or any(c.dep_ == "agent" for c in verb.children):
                spans.append(_clause_span(verb))
            # "It was not, the company stressed, the result of an attack": the parser hangs what
            # "was not" denies on the reporting verb that interrupts it
            if verb.lemma_ == "be" and verb.dep_ == "ccomp" and verb.head.i > verb.i \
                    and not any(c.dep_ in ("attr", "acomp") for c in verb.children):
                spans.extend(_subtree_span(c) for c in verb.head.children if c.dep_ in ("dobj", "attr") and c.i > verb.head.i)
        elif low in NEGATORS and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") \
                and tok.head.lemma_.lower() in DENIABLE:
            spans.append(_clause_span(tok.head))
        # "no attacker was involved", "no staff were involved in causing it"
        elif low == "no" and tok.dep_ == "det" and tok.head.dep_ in ("nsubj", "nsubjpass") \
                and tok.head.head.pos_ == "VERB" and tok.head.head.lemma_.lower() in DENIABLE - {"be"}:
            spans.append(_clause_span(tok.head.head))
        # "nothing (so far) pointed to a cyberattack", "we have seen nothing that indicates / to
        # suggest Y": what the pointing verb points at is denied
        elif low == "nothing" and tok.dep_ in ("nsubj", "dobj", "attr"):
            verbs = [tok.head] if tok.dep_ == "nsubj" else [c for c in tok.children if c.dep_ in ("relcl", "acl")]
            for verb in verbs:
                if verb.lemma_.lower() in POINTING:
                    for c in verb.children:
                        if c.dep_ in ("dobj", "ccomp"):
                            spans.append(_subtree_span(c))
                        elif c.dep_ == "prep":
                            spans.extend(_subtree_span(o) for o in c.children if o.dep_ == "pobj")
        # "it is unlikely that solar activity caused it"; "a storm is unlikely to have caused it"
        elif low in UNLIKELY and tok.dep_ in ("acomp", "amod", "attr"):
            for c in list(tok.children) + list(tok.head.children):
                if c.dep_ == "ccomp" and c.i > tok.i:
                    spans.append(_subtree_span(c))
                elif c.dep_ == "xcomp" and c.i > tok.i and c.lemma_.lower() in DENIABLE:
                    subj = [s for s in tok.head.children if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in ("it", "this", "that")]
                    if subj:
                        spans.append(_subtree_span(subj[0]))
        # nothing to do with Y, unrelated to Y
        elif low in ("with", "to") and UNRELATED.search(sent.doc.text[max(sent.start_char, tok.idx - 30):tok.idx + len(tok.text) + 1]):
            objs = [c for c in tok.children if c.dep_ in ("pobj", "pcomp")]
            subject = _subject_above(tok) if objs and _names_the_incident(objs[0]) else None
            if subject is not None:
                spans.append(_subtree_span(subject))  # "the snowstorm had nothing to do with it": the storm is denied
            elif objs:
                spans.append(_subtree_span(objs[0]))
            else:
                end = next((t.i for t in sent.doc[tok.i + 1:sent.end] if t.is_punct), sent.end)
                spans.append((tok.i + 1, min(end, tok.i + 1 + MAX_AGENT_TOKENS)))
        # "there was no DDoS", "there was no attacker involved"
        elif low == "no" and tok.dep_ == "det" and tok.head.pos_ in ("NOUN", "PROPN") \
                and tok.head.lemma_.lower() not in EVIDENCE_NOUNS and tok.head.head.lemma_ == "be" \
                and any(c.dep_ == "expl" for c in tok.head.head.children):
            spans.append(_subtree_span(tok.head))
        # no evidence of Y
        elif tok.lemma_.lower() in EVIDENCE_NOUNS and any(c.lower_ in ("no", "little") for c in tok.children):
            spans.append(_subtree_span(tok))
        # denied that Y, ruled out Y, rejected claims that Y
        elif tok.lemma_.lower() in DENY_VERBS and tok.pos_ == "VERB":
            for c in tok.children:
                if c.dep_ in ("dobj", "ccomp", "prt", "xcomp") and c.lower_ != "out":
                    spans.append(_subtree_span(c))
                if c.dep_ == "prt" and c.lower_ == "out":
                    for d in tok.children:
                        if d.dep_ == "dobj":
                            spans.append(_subtree_span(d))
        # "the assertion that Y is false"
        elif low in FALSE_WORDS and tok.dep_ in ("acomp", "attr", "amod"):
            verb = tok.head
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                spans.append(_subtree_span(subj[0]))
    # what someone did not say is no denial: "the status page doesn't say 'not an attack'",
    # "Microsoft hasn't said it isn't an attack", "none of the posts referred to an attack"
    unsaid = [(min(t.i for t in verb.subtree), max(t.i for t in verb.subtree) + 1) for verb in sent
              if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in UNSAID_VERBS
              and any(c.dep_ == "neg" or c.lower_ in NEGATORS and c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)]
    spans = [(s, e) for s, e in spans if not any(us <= s and e <= ue for us, ue in unsaid)]
    # clip to the sentence and merge
    clipped = sorted((max(s, sent.start), min(e, sent.end)) for s, e in spans if e > s)
    merged: list[tuple[int, int]] = []
    for s, e in clipped:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def cause_agent(sent: Span, denied: list[tuple[int, int]]) -> str | None:
    """Who or what the claim blames, outside its denied parts."""
    def allowed(tok: Token) -> bool:
        return not any(s <= tok.i < e for s, e in denied)

    def phrase(tok: Token) -> str:
        left, right = tok.left_edge.i, tok.right_edge.i + 1
        if right - left > MAX_AGENT_TOKENS:
            left = max(left, tok.i - 3)
            right = min(right, tok.i + 4)
        return tok.doc[left:right].text.strip(" ,.;")

    for tok in sent:
        if not allowed(tok):
            continue
        lemma = tok.lemma_.lower()
        if lemma in CAUSE_VERBS and tok.pos_ == "VERB":
            agents = [c for c in tok.children if c.dep_ == "agent"]
            for a in agents:
                objs = [c for c in a.children if c.dep_ == "pobj"]
                if objs:
                    return phrase(objs[0])
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            if subj and subj[0].lower_ not in ("it", "this", "that", "what", "which"):
                return phrase(subj[0])
        if lemma == "blame" and tok.pos_ == "VERB":
            obj = [c for c in tok.children if c.dep_ == "dobj"]
            if obj:
                return phrase(obj[0])
        if tok.lower_ in ("to", "of") and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("due", "because", "traced", "result", "attributed", "down"):
            objs = [c for c in tok.children if c.dep_ == "pobj"]
            if objs:
                return phrase(objs[0])
    return None


def claim_features(sent: Span) -> dict:
    denied = denied_spans(sent)
    doc = sent.doc
    denied_text = " ".join(doc[s:e].text for s, e in denied)
    kept = [t.text_with_ws for t in sent if not any(s <= t.i < e for s, e in denied)]
    return {
        "affirmed": "".join(kept).strip(),
        "denied": denied_text,
        "agent": cause_agent(sent, denied),
        "passive_cause": any(t.dep_ == "agent" and t.head.lemma_.lower() in CAUSE_VERBS for t in sent),
        "any_negation": has_negation(sent),
    }


@Language.factory(
    "counterclaim_blame_features",
    requires=["doc._.units", "token.dep", "token.lemma"],
    assigns=["doc._.units"],
)
def make_blame_features(nlp: Language, name: str):
    register_extensions()
    return BlameFeatures()


class BlameFeatures:
    """Adds affirmed/denied fragments and the blamed agent to every claim unit."""

    def __call__(self, doc: Doc) -> Doc:
        for unit in doc._.units or []:
            if unit.is_claim:
                unit.features = claim_features(unit.span(doc))
        return doc
