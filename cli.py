"""The ``counterclaim`` command line: thin wrappers over library functions in ``nlp``.

Every command reads files or folders (walked recursively), prints its result to standard
output and one line per unreadable input to standard error, and exits 1 when some input
failed (the rest is still processed and printed).
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import typer  # noqa: E402
from rich.console import Console  # noqa: E402

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Counterclaim: who claims what about a service incident, what they blame, how they "
         "defend themselves, and where the voices contradict each other.",
)
err = Console(stderr=True, highlight=False)
# piped output is not squeezed to 80 columns
out = Console(highlight=False, soft_wrap=False, width=None if sys.stdout.isatty() else 160)

PATHS = typer.Argument(..., help="Files or folders (.txt, .md, .html, .htm, .jsonl); folders are walked recursively.")
MAX_BYTES = typer.Option(5 * 1024 * 1024, "--max-bytes", min=1, help="Skip (and report) files larger than this many bytes.")


class ClaimsFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


def _report_failures(failures) -> None:
    for failure in failures:
        err.print(f"[red]error[/red] {failure}", markup=True, highlight=False, soft_wrap=True) if sys.stderr.isatty() \
            else print(f"error: {failure}", file=sys.stderr)


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


@app.command()
def claims(
    paths: list[Path] = PATHS,
    format: ClaimsFormat = typer.Option(ClaimsFormat.table, "--format", "-f", help="table (terminal), jsonl (one contract record a line), json or csv."),
    max_bytes: int = MAX_BYTES,
) -> None:
    """Print every check-worthy claim with its voice, cue, aspects, hedges, negation and slots.

    Example: counterclaim claims corpora/samples --format jsonl > claims.jsonl
    """
    from nlp.report.claims_output import claims_csv, claims_json, claims_jsonl, claims_table
    from nlp.run import extract_claims

    result = extract_claims(paths, max_bytes=max_bytes)
    if format is ClaimsFormat.table:
        out.print(claims_table(result.claims))
    else:
        _write({"jsonl": claims_jsonl, "json": claims_json, "csv": claims_csv}[format.value](result.claims))
    _report_failures(result.failures)
    if result.failures:
        raise typer.Exit(1)


@app.command()
def score(
    corpus: Path = typer.Argument(..., exists=True, file_okay=False, help="An annotated corpus folder (docs/ + annotations/), e.g. corpora/dev."),
    json_out: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Score claims and voices against a gold-annotated corpus: claim detection, speaker role
    and canonical speaker accuracy, aspects, hedges, negation and slots.

    Example: counterclaim score corpora/dev
    """
    import json

    from nlp.evaluation import format_scores, score_corpus

    scores = score_corpus(corpus)
    _write(json.dumps(scores, indent=2) + "\n" if json_out else format_scores(scores))


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
