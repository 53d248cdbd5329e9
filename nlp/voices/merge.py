"""Cross-document voice names: one canonical name per voice across a whole run.

Within a document the resolver already merges aliases. Across documents the same voice
can still surface as "Tellaro Communications" in one and "Tellaro" in another; this pure
function maps every speaker to the shortest name that the others extend word-wise, or
abbreviate as an initialism.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..records import Claim
from .names import GAZETTEER, OWN_BODY, cut_at_connector, stands_for


def speaker_map(names: Iterable[str], organisations: set[str] | None = None) -> dict[str, str]:
    """``organisations``, when given, limits initialisms to organisations' names ("M&S" stands
    for "Marks & Spencer", never for a complainant "Marit S.")."""
    counts = Counter(n for n in names if n)
    known = sorted(counts, key=lambda n: (len(n.split()), -counts[n], n))
    mapping: dict[str, str] = {}
    for name in known:
        target = GAZETTEER.get(name.lower(), name)
        # (a name in the possessive, as a shop's is often written: "Harrowfield's Stores" extends "Harrowfield")
        words = [re.sub(r"['’]s$", "", w) for w in name.split()]
        for other in known:
            if other == name or len(other.split()) >= len(words) or OWN_BODY.search(name):
                continue
            if words[:len(other.split())] == other.split() and other[:1].isupper() \
                    and not cut_at_connector(words, len(other.split())):
                target = mapping.get(other, other)
                break
        mapping[name] = target
    # initialisms that stand for a longer name map to the longer name
    for name in known:
        if name.isupper() and 2 <= len(name) <= 6 and mapping[name] == name:
            longer = [o for o in known if stands_for(name, o) and (organisations is None or o in organisations)]
            if longer:
                for k, v in mapping.items():
                    if v == name:
                        mapping[k] = mapping.get(longer[0], longer[0])
    return mapping


def unify_speakers(claims: list[Claim]) -> list[Claim]:
    names = [c.speaker for c in claims if c.speaker] + [c.vendor for c in claims if c.vendor]
    organisations = {c.vendor for c in claims if c.vendor} | {
        c.speaker for c in claims if c.speaker and c.speaker_role in ("vendor", "press", "regulator")}
    mapping = speaker_map(names, organisations)
    for claim in claims:
        if claim.speaker in mapping:
            claim.speaker = mapping[claim.speaker]
        if claim.vendor in mapping:
            claim.vendor = mapping[claim.vendor]
    return claims
