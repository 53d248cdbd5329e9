"""Counts a claim states: what is counted, how many, and whether the figure is a bound.

- ``count_with_noun``: an ordinal of recurrence ("at least the second time" is 2, counting
  "recurrence"), else the first figure of ``counts_in``;
- ``counts_in``: every figure that counts things, with the noun it modifies in the parse and
  its bound ("fewer than 900 prepayment households" is at most 900 households); partitives
  count the part ("3,200 of the 180,000 products"); counts in words come from the parse;
- ``count_class``: words for one population merged ("households" and "homes").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .numbers import NEAR, NUM, _number, _words_to_digits

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
# "the second in three months", "its third this year": an ordinal standing for an event
RECURRENCE_BARE = re.compile(r"\b(?:the|its|their)\s+(second|third|fourth|fifth|sixth|\d+(?:nd|rd|th))\s+(?:in|this|since)\b", re.I)
RECURRENCE = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:such\s+|similar\s+|major\s+|known\s+|recorded\s+|reported\s+|\w+\s+)?(time|incident|outage|event|occasion|disruption|failure|episode|case|breach|attack)s?\b", re.I)
# after an ordinal of events, the many it befell: "on auto-retail software providers", "against UK banks"
SECTOR_TAIL = re.compile(r"\s+(?:on|against|targeting|at|across)\s+(?:(?:the|other|several|many|various)\s+)?"
                         r"(?:[\w-]+\s+){0,3}?(?:providers|suppliers|vendors|companies|firms|banks|airlines|retailers|"
                         r"carriers|operators|businesses|hospitals|councils|platforms|exchanges|insurers|utilities|"
                         r"dealers|dealerships|organisations|organizations)\b", re.I)
COUNT = re.compile(NUM + r"(\s*(?:million|billion|thousand|m|bn|k)\b)?\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)", re.I)
SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}
NOT_COUNTED = re.compile(r"^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|percent|per|%|off|years?|decades?|centur(?:y|ies)|quarters?|am|pm|gmt|utc|bst|est|pst|cet|hours?|minutes?|seconds?|days?|weeks?|months?|and|to|or|of|in|on|at|times)\b", re.I)


def count(text: str) -> int | None:
    return count_with_noun(text)[0]


def count_with_noun(text: str, sent: Span | None = None) -> tuple[int | None, str | None]:
    """The count and what it counts ("recurrence" for ordinals of events), else the first
    figure of ``counts_in``."""
    m = RECURRENCE.search(text) or RECURRENCE_BARE.search(text)
    if m and SECTOR_TAIL.match(text, m.end()):
        m = None  # "the third major attack on auto-retail software providers": a sector's tally, not this company's
    if m:
        word = m.group(1).lower()
        return ORDINALS.get(word) or int(re.match(r"\d+", word).group()), "recurrence"
    found = counts_in(text, sent)
    return (found[0]["value"], found[0]["noun"]) if found else (None, None)


# a figure that is the whole of which another figure is a part ("3,200 of the 180,000 products",
# "180,000 out of roughly 2.3 million card holders"): the total, not what was hit
PARTITIVE = re.compile(r"\d[\d,.]*\s*(?:million|billion|thousand|m|bn|k)?\s+(?:\w+\s+){0,2}?(?:out\s+)?of\s+"
                       r"(?:the\s+|its\s+|our\s+|their\s+|a\s+total\s+of\s+)?(?:[\w&-]+['’]s\s+)?(?:roughly\s+|about\s+|around\s+|some\s+|"
                       r"nearly\s+|almost\s+|approximately\s+)?$", re.I)
# how big the company or a party is, not what the incident hit: "a third of McDonald's roughly 2,900
# restaurants", "serves customers across more than 40,000 restaurants", "who operate 214 restaurants",
# "says it has more than 140,000 active subscriptions"
ESTATE = re.compile(r"(?:\b(?:a|one|two|three|a quarter|half|a third|most|many|some|all|none)\s+of\s+[A-Z][\w&.'-]*(?:['’]s)?|"
                    r"\b(?:operat(?:e|es|ed|ing)|runs?|running|owns?|owning|serv\w*[^.;]{0,60}?\bacross|network of|estate of|chain of|"
                    r"portfolio of|fleet of|(?:it|the company|the firm|the bank|they|we) (?:has|have|had|says it has|said it had)|"
                    # "Brackenfield, which has around 3 million personal current account customers"
                    r"(?:which|that) (?:has|have|had|serves|served)))\s+"
                    r"(?:(?:more than|over|about|around|roughly|nearly|some|almost|just over|"
                    r"well over|approximately)\s+)?$", re.I)
# "as many as 6,500", "up to 2,000": an estimate's ceiling, not a floor
COUNT_UPPER = re.compile(r"\b(under|less than|fewer than|no more than|at most|up to|below|not even|barely|as many as)\s*$", re.I)
# "already has 4,300 on it": a tally so far, a floor
COUNT_LOWER = re.compile(r"\b(over|more than|at least|upwards of|in excess of|well over|well above|above|"
                         r"already(?:\s+(?:has|have|had|counted|recorded|reached|topped|passed|logged))?)\s*$", re.I)
# words after a figure that are not what it counts ("not the 2,300 the company quoted")
NOT_NOUN = re.compile(r"^(?:the|a|an|this|that|these|those|it|they|we|you|he|she|our|their|its|his|her|was|were|is|"
                      r"are|be|been|have|has|had|will|would|could|can|said|says|more|less|fewer|other|out|until|till|"
                      r"through|by|for|with|from|as|than|but|so|if|or|nor|yet|after|before|since|while|when)$", re.I)
# words for what is counted that name the same population: a home is a household is a property
NOUN_CLASS = {"household": "home", "house": "home", "property": "home", "premise": "home", "premises": "home",
              "dwelling": "home", "employee": "worker", "staff": "worker", "staffer": "worker",
              "cardholder": "customer", "holder": "customer", "traveller": "passenger", "traveler": "passenger",
              "flyer": "passenger"}


def _singular(word: str) -> str:
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def count_class(noun: str | None) -> str | None:
    """What a count counts, with words for one population merged ("households" and "homes")."""
    if not noun:
        return None
    base = _singular(noun)
    return NOUN_CLASS.get(base, base)


def _parsed_noun(sent: Span | None, start_char: int, end_char: int) -> str | None:
    """The noun a figure modifies in the parse ("900 prepayment households" -> "households",
    "6,500 VoltGrid homes" -> "homes"), or None when the parse gives none."""
    if sent is None:
        return None
    span = sent.doc.char_span(sent.start_char + start_char, sent.start_char + end_char, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        if not (tok.like_num or tok.lower_ in SCALE):
            continue
        head = tok
        for _ in range(3):  # "2.3 million card holders": number -> scale word -> noun
            if head.dep_ in ("nummod", "compound", "quantmod", "amod") and head.head is not head \
                    and (head.head.like_num or head.head.lower_ in SCALE):
                head = head.head
            else:
                break
        noun = _modified_noun(head)
        # "" when parsed and the figure modifies no noun ("not the 2,300 the company quoted")
        return noun.text if noun is not None else ""
    return None


def _modified_noun(tok: Token) -> Token | None:
    """The noun a number token modifies, on to the last noun of a compound ("900 prepayment
    households", "200 early morning services"), or None."""
    if not (tok.dep_ in ("nummod", "amod", "compound") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i):
        return None
    noun = tok.head
    while noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _bound(before: str) -> str | None:
    if NEAR.search(before):
        return None  # "just over 3,000": about 3,000
    return "upper" if COUNT_UPPER.search(before) else "lower" if COUNT_LOWER.search(before) else None


# a sample the speaker checked, all of it hit: "every single one was down", "all of them were offline"
SAMPLE_ALL = re.compile(r"\b(?:I|we)\b[^.;]{0,60}\b(?:rang|called|checked|asked|spoke to|visited|contacted|tried)\b[^.;]{0,80}"
                        r"\b(?:every (?:single )?one|all of them|each (?:one )?of them)\b", re.I)


def counts_in(text: str, sent: Span | None = None) -> list[dict]:
    """Every figure that counts things, in order: ``{"value", "noun", "bound"}``. ``noun`` is the
    counted word in the singular ("household"); ``bound`` is "upper" ("fewer than 900", "as
    many as 6,500"), "lower" ("more than 9,000", "at least 2,300") or None. In "3,200 of the
    180,000 products" the part is counted (3,200 products) and the total left out. With the
    sentence's parse (``sent``), the counted noun is the one the figure modifies; without it,
    the word after the figure. Number words count too ("seventy-four thousand customers")
    when the text has no figure in digits."""
    counted, estate = _counts(text, sent)
    found = counted + _numbers_of(text)
    if not found and not estate:
        if sent is not None:
            found = _word_counts(sent)
        else:
            norm = _words_to_digits(text)
            if norm != text:
                found = _counts(norm, None)[0]
    if SAMPLE_ALL.search(text):
        # "I rang managers at nine stores and every single one was down": those the speaker checked,
        # so at least that many
        found = [dict(c, bound=c["bound"] or "lower") for c in found]
    return found


# "put the number of products affected at more than 14,000", "the number of homes cut off
# rose to 6,500": a figure whose noun is named before it
NUMBER_OF = re.compile(r"\bnumbers? of (?:(?:affected|delayed|cancelled|canceled|impacted|stranded|disrupted|failed|"
                       r"lost|missed|other)\s+)?([a-z][a-z-]+)\b(?:[\s,]+[\w-]+){0,4}?\s+(?:at|to|as|was|is|were|stood at|"
                       r"reached|of|around|near)\s+((?:(?:more than|at least|over|about|around|roughly|nearly|almost|"
                       r"some|fewer than|under|less than|as many as|up to|well over|just over|a little over)\s+)*)"
                       + NUM + r"(\s*(?:million|billion|thousand|m|bn|k)\b)?(?!\s*(?:%|per ?cent))", re.I)


# a figure per period is a rate, not a count of what an incident hit
RATE = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:a|per|each|every)\s+(?:year|month|week|day|annum)\b|"
                  r"(?:\s+[\w-]+){0,2}?\s+(?:annually|yearly|daily)\b", re.I)


def _numbers_of(text: str) -> list[dict]:
    """Figures whose counted noun comes before them (``NUMBER_OF``)."""
    out = []
    if not NUMBER_OF.search(text):
        text = _words_to_digits(text)  # "put the number at more than half a million"
    for m in NUMBER_OF.finditer(text):
        follows = COUNT.match(text, m.start(3))
        if NOT_COUNTED.match(m.group(1)) or follows and not NOT_COUNTED.match(follows.group(3)) \
                and not NOT_NOUN.match(follows.group(3)):
            continue  # a noun follows the figure: the parse reads that one
        value = _number(m.group(3)) * (SCALE[m.group(4).strip().lower()] if m.group(4) else 1)
        out.append({"value": int(value), "noun": _singular(m.group(1)), "bound": _bound(text[:m.start(3)])})
    return out


_PARTITIVE_PRONOUNS = frozenset("them those these us you it".split())


def _word_counts(sent: Span) -> list[dict]:
    """Counts written in words, from the parse: a number word counts the noun it modifies
    ("three different cards", "six south-east London boroughs") or the group it is part of
    ("nine of them", "two of her parcels"); a number word that modifies nothing ("whichever
    label one puts on it") counts nothing."""
    out: list[dict] = []
    tokens = list(sent)
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if not (tok.like_num and tok.text[:1].isalpha()):
            k += 1
            continue
        group = [tok]
        while k + 1 < len(tokens) and (tokens[k + 1].like_num and tokens[k + 1].text[:1].isalpha()
                                       or tokens[k + 1].text == "-" and k + 2 < len(tokens) and tokens[k + 2].like_num):
            k += 1
            group.append(tokens[k])
        k += 1
        digits = re.match(r"\s*(\d+(?:[.,]\d+)*)\s*$", _words_to_digits(" ".join(t.text for t in group if t.text != "-")))
        if not digits:
            continue
        value = _number(digits.group(1))
        if re.search(r"(?i)\b(?:triple|double)[\s-]*$", sent.doc.text[max(0, group[0].idx - 10):group[0].idx]):
            continue  # a number's name, not a quantity: "triple-zero calls", "the Triple Zero service"
        last = group[-1]
        if last.i + 1 < sent.end and sent.doc[last.i + 1].lower_ in ("times", "o'clock", "o’clock", "fold"):
            continue  # "four times the figure", "four o'clock": no count
        noun: str | None
        modified = _modified_noun(last)
        if modified is not None:
            noun = _singular(modified.text)
        else:
            of = [c for c in last.children if c.dep_ == "prep" and c.lower_ == "of"]
            objs = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
            if not objs or value == 1:
                continue  # ... and "one of our engineers" singles a member out, it sizes nothing
            noun = None if objs[0].lower_ in _PARTITIVE_PRONOUNS else _singular(objs[0].text)
        if noun is not None and NOT_COUNTED.match(noun):
            continue
        bound = _bound(sent.doc.text[sent.start_char:group[0].idx])
        out.append({"value": int(value), "noun": noun, "bound": bound})
    return out


# a numbered paragraph's number at the start of the text: "2.1 ", "(3) ", "4. "
SECTION_NUMBER = re.compile(r"^\s*\(?\d{1,2}(?:\.\d{1,2}){1,3}[.)]?$|^\s*\(?\d{1,2}[.)]$")


def _counts(text: str, sent: Span | None) -> tuple[list[dict], bool]:
    """The counts, and whether a figure was left out as the size of a company or party (``ESTATE``)."""
    out: list[dict] = []
    estate = False
    pending: list[dict] = []  # parts waiting for the noun of their total ("38 of our 41 clients")
    for m in COUNT.finditer(text):
        start = m.start()
        if start > 0 and (text[start - 1] in "$£€¥:." or text[start - 1].isalnum()):
            continue
        value = _number(m.group(1))
        noun = m.group(3)
        if m.group(1).isdigit() and len(m.group(1)) == 4 and 1900 <= value <= 2100 and not m.group(2):
            continue
        if m.group(1)[:1] == "0" and len(m.group(1)) > 1 and m.group(1).isdigit():
            continue  # a code, not a quantity: the emergency number "000", a "0800" line
        if SECTION_NUMBER.match(text[:m.end(1)]) and not m.group(2) and re.match(r"\s+(?-i:[A-Z(])", text[m.end(1):]):
            continue  # a paragraph's number: "2.1 Pennant notified the Office ..."
        if re.match(r"\s*(%|percent|per cent|o'clock|o’clock)", text[m.end(1):], re.I):
            continue
        if m.group(2):
            value *= SCALE[m.group(2).strip().lower()]
        before = text[:start]
        bound = _bound(before)
        partitive_total = PARTITIVE.search(before)
        after = text[m.end(2) if m.group(2) else m.end(1):]
        if re.match(r"\s+(?:out\s+)?of\b", after, re.I):
            whole = re.match(r"\s+(?:out\s+)?of\s+(?:the\s+|her\s+|his\s+|its\s+|our\s+|their\s+|your\s+|my\s+|"
                             r"these\s+|those\s+)?(?:roughly\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|"
                             r"approximately\s+)?([a-z][a-z-]*)", after, re.I)
            # "38 of our 41 clients", "40 of the chain's 60 stores"
            total_follows = re.match(r"\s+(?:out\s+)?of\s+(?:[a-z&-]+(?:['’]s)?\s+){0,3}?\d", after, re.I)
            if value == 1 and not total_follows:
                continue  # "one of our engineers", "every one of their customers": a member singled out, no size
            if whole and not total_follows and not NOT_COUNTED.match(whole.group(1)):
                # "140 of her orders", "nine of them": the part, counting what the whole is
                word = whole.group(1).lower()
                out.append({"value": int(value), "noun": None if word in _PARTITIVE_PRONOUNS else _singular(word),
                            "bound": bound})
                continue
            pending.append({"value": int(value), "noun": None, "bound": bound})
            continue
        parsed = _parsed_noun(sent, m.start(1), m.end(2) if m.group(2) else m.end(1))
        if NOT_COUNTED.match(noun) or parsed == "" or parsed is None and NOT_NOUN.match(noun) \
                or parsed and NOT_COUNTED.match(parsed):
            pending.clear()
            continue
        word = _singular(parsed or noun.split()[0])
        if RATE.match(text, m.end()):
            pending.clear()
            continue  # "14 million appointments a year": how much it handles, not how many were hit
        for part in pending:
            part["noun"] = word
            out.append(part)
        pending.clear()
        if ESTATE.search(before):
            estate = True  # a figure, left out: no fallback to number words (``counts_in``)
            continue
        if partitive_total:
            continue
        out.append({"value": int(value), "noun": word, "bound": bound})
    return out, estate
