"""The per-sentence record the spaCy components fill in, stored on ``doc._.units``.

A unit is one sentence (the parser's, with paragraph breaks forced). Components add to it
in pipeline order: furniture -> voices -> claims -> slots.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from .records import Slots, Voice


@dataclass
class Unit:
    index: int
    start: int  # token offsets
    end: int
    start_char: int
    end_char: int
    paragraph: int
    furniture: str | None = None  # reason, when the sentence is page furniture
    heading: bool = False
    quoted: float = 0.0  # share of characters inside a direct quotation
    voice: Voice | None = None
    is_claim: bool = False
    aspects: list[str] = field(default_factory=list)
    hedge_cues: list[str] = field(default_factory=list)
    negated: bool = False
    severity_words: list[str] = field(default_factory=list)
    slots: Slots = field(default_factory=Slots)
    features: dict = field(default_factory=dict)  # blame features (nlp.blame.features)

    def span(self, doc: Doc):
        return doc[self.start:self.end]


def register_extensions() -> None:
    for name in ("document", "units", "voices_meta"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
