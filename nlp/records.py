"""The records that pass between stages. Plain dataclasses; each round-trips through JSON
(``to_dict`` / ``from_dict``) so any stage can be re-run from the previous stage's output.

Field names of :class:`Claim` and :class:`Report` follow the public output contract
(``nlp/contract/*.schema.json``); extra fields are allowed by the contract.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

ASPECTS = ("cause", "duration", "scope", "impact", "severity", "recurrence", "timeline", "remediation")
ROLES = ("vendor", "press", "insider", "customer", "regulator", "expert", "unknown")
BLAME_CATEGORIES = (
    "human_error", "ai_tool", "software_bug", "configuration", "infrastructure",
    "third_party", "malicious", "external", "undetermined",
)
STRATEGIES = (
    "denial", "attack_accuser", "scapegoat", "excuse", "minimization",
    "corrective_action", "bolstering", "apology", "compensation",
)
CONTRADICTION_KINDS = ("numeric", "categorical", "rebuttal", "characterization", "semantic")


def _known(cls, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


@dataclass
class Document:
    """One ingested document. ``text`` is what every character offset refers to."""

    doc_id: str
    path: str
    text: str
    format: str
    title: str | None = None
    source: str | None = None
    kind: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    content_hash: str = ""
    # section headings the source marked up but the text shows as plain lines (an HTML
    # page's <h2>-<h4>): ``[offset, level]`` of each heading line, level 2-4 as in Markdown
    headings: list[list[int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        return cls(**_known(cls, data))


@dataclass
class Voice:
    """Who asserts a span: canonical name, role and the cue that attributes it."""

    speaker: str | None
    role: str = "unknown"
    cue: str | None = None
    mention: str | None = None  # the words that named the voice in this sentence


@dataclass
class Slots:
    duration_minutes: float | None = None
    count: int | None = None
    services: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    date: str | None = None
    percent: float | None = None
    duration_bound: str | None = None  # "upper" for "under two hours", "lower" for "over ..."
    count_noun: str | None = None  # what ``count`` counts ("customer", "flight", "recurrence")
    dates: list[str] = field(default_factory=list)  # every date the claim names; ``date`` is the first
    counts: list[dict] = field(default_factory=list)  # every count: {"value", "noun", "bound"}
    ended: dict | None = None  # when the claim says the incident was over: {"date", "minute"}
    still: dict | None = None  # when it says the failure was still going on: {"date", "minute"}
    duration_range: dict | None = None  # a length without a figure ("for hours"): {"text", "min", "max"}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "Slots":
        return cls(**_known(cls, data or {}))


@dataclass
class Blame:
    category: str
    confidence: float
    denied: list[str] = field(default_factory=list)
    target: str | None = None
    source: str = "model"  # which step of the decision path gave the label

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> "Blame | None":
        return cls(**_known(cls, data)) if data else None


@dataclass
class Claim:
    id: str
    doc_id: str
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_role: str
    cue: str | None = None
    aspects: list[str] = field(default_factory=list)
    hedged: bool = False
    hedge_cues: list[str] = field(default_factory=list)
    negated: bool = False
    slots: Slots = field(default_factory=Slots)
    blame: Blame | None = None
    strategies: list[str] = field(default_factory=list)
    incident: str | None = None
    severity_words: list[str] = field(default_factory=list)
    vendor: str | None = None  # the organisation whose incident the document is about
    features: dict = field(default_factory=dict)  # affirmed / denied fragments, blamed agent

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Claim":
        known = _known(cls, data)
        known["slots"] = Slots.from_dict(data.get("slots"))
        known["blame"] = Blame.from_dict(data.get("blame"))
        return cls(**known)


@dataclass
class Incident:
    id: str
    label: str | None
    claims: list[str] = field(default_factory=list)
    vendor: str | None = None
    date: str | None = None
    services: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Contradiction:
    id: str
    incident: str | None
    aspect: str
    kind: str
    claim_a: str
    claim_b: str
    score: float
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class FailedInput:
    """A file (or a line of one) that could not be ingested, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
