"""Organisation names the English model splits: "Airlines UK", "Energy UK", "Vodafone
Ireland" come out of its entity recogniser as an organisation ("Airlines") followed by a
place ("UK"). This stage, right after ``ner``, joins an organisation and a one-word place
that follows it directly, with nothing between, into one organisation: the place is part of
the name (a trade body, a national subsidiary). "Amazon in the UK" and "Amazon's UK arm"
stay as they are.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans


def _place_word(span: Span) -> bool:
    tok = span[0]
    return len(span) == 1 and (tok.is_title or tok.is_upper and len(tok) <= 3)


@Language.component("counterclaim_org_names", requires=["doc.ents"], assigns=["doc.ents"])
def join_org_and_place(doc: Doc) -> Doc:
    ents = list(doc.ents)
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent, nxt = ents[k], ents[k + 1] if k + 1 < len(ents) else None
        if (nxt is not None and ent.label_ == "ORG" and nxt.label_ == "GPE" and nxt.start == ent.end
                and ent[-1].whitespace_ and _place_word(nxt)):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            k += 2
            continue
        out.append(ent)
        k += 1
    if len(out) != len(ents):
        doc.ents = filter_spans(out)
    return doc
