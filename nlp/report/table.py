"""The comparison table: per incident, rows are aspects, columns are voices, and each cell
summarises what that voice says about that aspect (slot values, blame, strategies), with
the contradictions that touch the cell. A pure function over records."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..records import ASPECTS, Claim, Contradiction, Incident

MAX_CLAIMS_PER_CELL = 3


@dataclass
class Cell:
    summary: str
    claims: list[str] = field(default_factory=list)  # claim ids, evidence
    contradictions: list[str] = field(default_factory=list)  # contradiction ids
    slots: dict = field(default_factory=dict)
    strategies: list[str] = field(default_factory=list)
    blame: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"summary": self.summary, "claims": self.claims, "contradictions": self.contradictions,
                "slots": self.slots, "strategies": self.strategies, "blame": self.blame}


@dataclass
class Row:
    incident: str
    incident_label: str | None
    aspect: str
    cells: dict[str, Cell]


@dataclass
class ComparisonTable:
    columns: list[str]
    rows: list[Row]

    def to_dict(self) -> dict:
        return {"columns": self.columns,
                "rows": [{"incident": r.incident, "incident_label": r.incident_label, "aspect": r.aspect,
                          "cells": {k: v.to_dict() for k, v in r.cells.items()}} for r in self.rows]}


def voice_label(c: Claim) -> str:
    return f"{c.speaker or 'unnamed'} ({c.speaker_role})"


def _slot_summary(claims: list[Claim]) -> dict:
    out: dict = {}
    durations = sorted({(c.slots.duration_minutes, c.slots.duration_bound) for c in claims if c.slots.duration_minutes is not None},
                       key=lambda x: x[0])
    if durations:
        out["duration_minutes"] = [{"upper": f"<={v:g}", "lower": f">={v:g}"}.get(b or "", f"{v:g}") for v, b in durations]
    counts = sorted({(c.slots.count, c.slots.count_noun) for c in claims if c.slots.count is not None}, key=lambda x: x[0])
    if counts:
        out["count"] = [f"{n:,} {noun}" if noun and noun != "recurrence" else (f"#{n}" if noun == "recurrence" else f"{n:,}") for n, noun in counts]
    for key in ("services", "regions"):
        values = sorted({v for c in claims for v in getattr(c.slots, key)})
        if values:
            out[key] = values[:4]
    dates = sorted({c.slots.date for c in claims if c.slots.date})
    if dates:
        out["date"] = dates[:3]
    return out


def _short(text: str, n: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def build_table(incidents: list[Incident], claims: list[Claim], contradictions: list[Contradiction]) -> ComparisonTable:
    by_id = {c.id: c for c in claims}
    touching: dict[str, list[Contradiction]] = defaultdict(list)
    for x in contradictions:
        touching[x.claim_a].append(x)
        touching[x.claim_b].append(x)
    columns: list[str] = []
    rows: list[Row] = []
    for inc in incidents:
        members = [by_id[i] for i in inc.claims if i in by_id]
        for aspect in ASPECTS:
            per_voice: dict[str, list[Claim]] = defaultdict(list)
            for c in members:
                if aspect in c.aspects:
                    per_voice[voice_label(c)].append(c)
            if not per_voice:
                continue
            cells: dict[str, Cell] = {}
            for voice, cs in sorted(per_voice.items()):
                if voice not in columns:
                    columns.append(voice)
                # claims in contradictions first, then the most specific (with slots)
                cs = sorted(cs, key=lambda c: (not touching.get(c.id), c.slots.duration_minutes is None and c.slots.count is None, c.start))
                shown = cs[:MAX_CLAIMS_PER_CELL]
                xs = sorted({x.id for c in cs for x in touching.get(c.id, []) if x.aspect == aspect or aspect in ("cause", "severity", "duration")})
                blame = sorted({(c.blame.category + (" (not " + ", ".join(c.blame.denied) + ")" if c.blame.denied else ""))
                                for c in cs if c.blame and aspect == "cause"})
                strategies = sorted({s for c in cs for s in c.strategies})
                summary = " | ".join(_short(c.text) for c in shown)
                if len(cs) > len(shown):
                    summary += f" (+{len(cs) - len(shown)} more)"
                cells[voice] = Cell(summary=summary, claims=[c.id for c in cs], contradictions=xs,
                                    slots=_slot_summary(cs), strategies=strategies, blame=blame)
            rows.append(Row(inc.id, inc.label, aspect, cells))
    return ComparisonTable(columns, rows)
