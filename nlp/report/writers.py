"""Comparison report writers: terminal (rich), Markdown, CSV, HTML (jinja2, autoescaped,
self-contained) and JSON (the contract's report object). Each takes a ``Report`` and
returns text (the terminal writer returns renderables)."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict

from rich.markup import escape
from rich.table import Table

from ..records import Contradiction


def report_json(report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def _rows_by_incident(report):
    grouped = defaultdict(list)
    for row in report.table.rows:
        grouped[row.incident].append(row)
    return grouped


def _cell_text(cell, markers: dict[str, int]) -> str:
    parts = [cell.summary]
    if cell.slots:
        parts.append("; ".join(f"{k}: {', '.join(map(str, v))}" for k, v in cell.slots.items()))
    if cell.blame:
        parts.append("blames: " + ", ".join(cell.blame))
    if cell.strategies:
        parts.append("strategies: " + ", ".join(cell.strategies))
    if cell.contradictions:
        parts.append("contradicts: " + ", ".join(f"[{markers[x]}]" for x in cell.contradictions if x in markers))
    return " — ".join(p for p in parts if p)


def _markers(contradictions: list[Contradiction]) -> dict[str, int]:
    return {x.id: n for n, x in enumerate(contradictions, 1)}


def _incident_voices(rows) -> list[str]:
    voices: list[str] = []
    for row in rows:
        for v in row.cells:
            if v not in voices:
                voices.append(v)
    return voices


def report_markdown(report) -> str:
    markers = _markers(report.contradictions)
    labels = {i.id: i.label for i in report.incidents}
    out = ["# Counterclaim comparison", "",
           f"{len(report.documents)} documents, {len(report.claims)} claims, {len(report.incidents)} incidents, "
           f"{len(report.contradictions)} contradictions.", ""]
    for incident, rows in _rows_by_incident(report).items():
        voices = _incident_voices(rows)
        out += [f"## {labels.get(incident) or incident}", "", "| aspect | " + " | ".join(_md(v) for v in voices) + " |",
                "| --- |" + " --- |" * len(voices)]
        for row in rows:
            cells = [(("**⚠** " if row.cells[v].contradictions else "") + _md(_cell_text(row.cells[v], markers))) if v in row.cells else ""
                     for v in voices]
            out.append(f"| {row.aspect} | " + " | ".join(cells) + " |")
        xs = [x for x in report.contradictions if x.incident == incident]
        if xs:
            out += ["", "Contradictions:", ""]
            out += [f"- [{markers[x.id]}] **{x.kind}** ({x.aspect}, score {x.score:.2f}): {_md(x.explanation)}" for x in xs]
        out.append("")
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def report_csv(report) -> str:
    markers = _markers(report.contradictions)
    labels = {i.id: i.label for i in report.incidents}
    explanations = {x.id: x.explanation for x in report.contradictions}
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["incident", "incident_label", "aspect", "voice", "summary", "slots", "blame", "strategies",
                     "contradictions", "contradiction_explanations", "claims"])
    for row in report.table.rows:
        for voice, cell in row.cells.items():
            writer.writerow([row.incident, labels.get(row.incident), row.aspect, voice, cell.summary,
                             json.dumps(cell.slots, ensure_ascii=False) if cell.slots else "",
                             "; ".join(cell.blame), "; ".join(cell.strategies),
                             "; ".join(f"[{markers[x]}]" for x in cell.contradictions),
                             " || ".join(explanations[x] for x in cell.contradictions), " ".join(cell.claims)])
    return buf.getvalue()


def report_terminal(report) -> list:
    markers = _markers(report.contradictions)
    labels = {i.id: i.label for i in report.incidents}
    renderables = []
    for incident, rows in _rows_by_incident(report).items():
        voices = _incident_voices(rows)
        table = Table(title=escape(labels.get(incident) or incident), show_lines=True, expand=True)
        table.add_column("aspect", no_wrap=True)
        for v in voices:
            table.add_column(escape(v), overflow="fold")
        for row in rows:
            cells = []
            for v in voices:
                cell = row.cells.get(v)
                if cell is None:
                    cells.append("")
                    continue
                text = escape(_cell_text(cell, markers))
                cells.append(f"[bold red]⚠[/bold red] {text}" if cell.contradictions else text)
            table.add_row(row.aspect, *cells)
        renderables.append(table)
        for x in report.contradictions:
            if x.incident == incident:
                renderables.append(f"  [{markers[x.id]}] [bold]{x.kind}[/bold] ({x.aspect}, {x.score:.2f}): {escape(x.explanation)}")
    return renderables


def report_html(report) -> str:
    """One self-contained page: no scripts, no external requests. Every value from the
    documents is escaped by jinja2's autoescape."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("nlp.report", "templates"), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    markers = _markers(report.contradictions)
    claims = {c.id: c for c in report.claims}
    docs = {d.doc_id: d for d in report.documents}
    incidents = []
    for incident, rows in _rows_by_incident(report).items():
        label = next((i.label for i in report.incidents if i.id == incident), incident)
        incidents.append({"id": incident, "label": label, "voices": _incident_voices(rows), "rows": rows,
                          "contradictions": [x for x in report.contradictions if x.incident == incident]})
    by_doc = defaultdict(list)
    for c in report.claims:
        by_doc[c.doc_id].append(c)
    return env.get_template("report.html").render(
        report=report, incidents=incidents, markers=markers, claims=claims, docs=docs,
        by_doc=sorted(by_doc.items()), contradicted={i for x in report.contradictions for i in (x.claim_a, x.claim_b)})
