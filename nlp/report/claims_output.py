"""Claims as a terminal table, JSON Lines, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json

from rich.markup import escape
from rich.table import Table

from ..records import Claim

CSV_FIELDS = ("id", "doc_id", "start", "end", "speaker", "speaker_role", "cue", "aspects",
              "hedged", "negated", "duration_minutes", "count", "services", "regions", "date",
              "blame", "blame_denied", "strategies", "incident", "text")


def claims_jsonl(claims: list[Claim]) -> str:
    return "".join(json.dumps(c.to_dict(), ensure_ascii=False) + "\n" for c in claims)


def claims_json(claims: list[Claim]) -> str:
    return json.dumps([c.to_dict() for c in claims], ensure_ascii=False, indent=2) + "\n"


def claims_csv(claims: list[Claim]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    writer.writeheader()
    for c in claims:
        writer.writerow({
            "id": c.id, "doc_id": c.doc_id, "start": c.start, "end": c.end, "speaker": c.speaker,
            "speaker_role": c.speaker_role, "cue": c.cue, "aspects": ";".join(c.aspects),
            "hedged": c.hedged, "negated": c.negated, "duration_minutes": c.slots.duration_minutes,
            "count": c.slots.count, "services": ";".join(c.slots.services),
            "regions": ";".join(c.slots.regions), "date": c.slots.date,
            "blame": c.blame.category if c.blame else "",
            "blame_denied": ";".join(c.blame.denied) if c.blame else "",
            "strategies": ";".join(c.strategies), "incident": c.incident or "", "text": c.text,
        })
    return out.getvalue()


def _slots_summary(c: Claim) -> str:
    parts = []
    s = c.slots
    if s.duration_minutes is not None:
        bound = {"upper": "<=", "lower": ">="}.get(s.duration_bound or "", "")
        parts.append(f"{bound}{s.duration_minutes:g} min")
    if s.count is not None:
        parts.append(f"count {s.count}")
    if s.date:
        parts.append(s.date)
    parts += s.services[:2] + s.regions[:2]
    return ", ".join(parts)


def claims_table(claims: list[Claim], blame_only: bool = False) -> Table:
    table = Table(show_lines=False, expand=True)
    table.add_column("speaker (role)", ratio=2, overflow="fold")
    table.add_column("cue", ratio=1)
    table.add_column("claim", ratio=6, overflow="fold")
    table.add_column("aspects", ratio=2, overflow="fold")
    table.add_column("slots", ratio=2, overflow="fold")
    table.add_column("blame / strategies", ratio=2, overflow="fold")
    doc = None
    for c in claims:
        if c.doc_id != doc:
            doc = c.doc_id
            table.add_row(f"[bold]{escape(doc)}[/bold]", "", "", "", "", "", end_section=False)
        flags = []
        if c.hedged:
            flags.append("hedged: " + ", ".join(c.hedge_cues))
        if c.negated:
            flags.append("negated")
        blame = ""
        if c.blame:
            blame = c.blame.category + (f" (not {', '.join(c.blame.denied)})" if c.blame.denied else "") + f" {c.blame.confidence:.2f}"
        strategies = ", ".join(c.strategies)
        table.add_row(escape(f"{c.speaker} ({c.speaker_role})"), escape(c.cue or ""),
                      escape(c.text) + (f" [dim]({escape('; '.join(flags))})[/dim]" if flags else ""),
                      ", ".join(c.aspects), escape(_slots_summary(c)),
                      "\n".join(x for x in (blame, strategies) if x))
    return table
