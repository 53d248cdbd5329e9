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


RULES_ONLY = typer.Option(False, "--rules-only", help="Skip the trained classifiers (no transformer): rule cues decide aspects, blame and strategies.")


def _print_claims(claims_list, format: ClaimsFormat) -> None:
    from nlp.report.claims_output import claims_csv, claims_json, claims_jsonl, claims_table

    if format is ClaimsFormat.table:
        out.print(claims_table(claims_list))
    else:
        _write({"jsonl": claims_jsonl, "json": claims_json, "csv": claims_csv}[format.value](claims_list))


def _extract(paths, max_bytes, rules_only):
    from nlp.errors import ModelError
    from nlp.run import extract_claims

    try:
        return extract_claims(paths, max_bytes=max_bytes, blame="rules" if rules_only else True)
    except ModelError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from None


def _claims_command(paths, format, max_bytes, rules_only, keep=lambda c: True) -> None:
    result = _extract(paths, max_bytes, rules_only)
    _print_claims([c for c in result.claims if keep(c)], format)
    _report_failures(result.failures)
    if result.failures:
        raise typer.Exit(1)


@app.command()
def claims(
    paths: list[Path] = PATHS,
    format: ClaimsFormat = typer.Option(ClaimsFormat.table, "--format", "-f", help="table (terminal), jsonl (one contract record a line), json or csv."),
    max_bytes: int = MAX_BYTES,
    rules_only: bool = RULES_ONLY,
) -> None:
    """Print every check-worthy claim with its voice, cue, aspects, hedges, negation, slots,
    blame and strategies.

    Example: counterclaim claims corpora/samples --format jsonl > claims.jsonl
    """
    _claims_command(paths, format, max_bytes, rules_only)


@app.command()
def blame(
    paths: list[Path] = PATHS,
    format: ClaimsFormat = typer.Option(ClaimsFormat.table, "--format", "-f", help="table, jsonl, json or csv."),
    max_bytes: int = MAX_BYTES,
    rules_only: bool = RULES_ONLY,
) -> None:
    """Print the cause claims: what each blames (category, denied categories, target,
    calibrated confidence) and the response strategies it uses.

    Example: counterclaim blame corpora/samples/aws-ai-outage-report.html
    """
    _claims_command(paths, format, max_bytes, rules_only, keep=lambda c: c.blame is not None)


@app.command()
def train(
    corpus: Path = typer.Option(Path("corpora/incidents"), "--corpus", exists=True, file_okay=False, help="Annotated corpus to train on."),
    out_dir: Optional[Path] = typer.Option(None, "--out", help="Artefact folder (default models/blame/<version>)."),
) -> None:
    """Rebuild every model artefact: the blame, strategy and aspect classifiers (grouped
    cross-validation, then a fit on the whole corpus; model.skops, meta.json and the model
    card) and then the contradiction pair scorer (models/pairs).

    Example: counterclaim train --corpus corpora/incidents
    """
    from nlp.blame.artefacts import DEFAULT_DIR
    from nlp.blame.card import evaluation_markdown
    from nlp.blame.training import train as train_models

    report = train_models(corpus, out_dir or DEFAULT_DIR)
    _write(evaluation_markdown(report) + f"\nwrote {report['artefact']}\n")
    if out_dir is None:
        from nlp.contradiction_eval import train as train_pairs
        pairs = train_pairs(corpus)
        _write(f"pair scorer: threshold {pairs['threshold']:.2f}, annotated-pair precision {pairs['precision']:.3f}, "
               f"recall {pairs['recall']:.3f}; wrote models/pairs\n")


@app.command()
def evaluate(
    corpus: Path = typer.Option(Path("corpora/incidents"), "--corpus", exists=True, file_okay=False, help="Annotated corpus."),
    json_out: bool = typer.Option(False, "--json", help="Print the full report as JSON."),
) -> None:
    """Cross-validate the classifiers grouped by incident and print per-label precision,
    recall and F1, macro-F1, the confusion matrix, the calibration table and the baselines.

    Example: counterclaim evaluate --corpus corpora/incidents
    """
    import json

    from nlp.blame.card import evaluation_markdown
    from nlp.blame.training import evaluate as evaluate_models

    report = evaluate_models(corpus)
    _write(json.dumps(report, indent=2) + "\n" if json_out else evaluation_markdown(report))


class CompareFormat(str, Enum):
    table = "table"
    markdown = "markdown"
    csv = "csv"
    html = "html"
    json = "json"


@app.command()
def compare(
    paths: list[Path] = PATHS,
    format: CompareFormat = typer.Option(CompareFormat.table, "--format", "-f", help="table (terminal), markdown, csv, html (one self-contained page) or json (the contract's report object)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output."),
    max_bytes: int = MAX_BYTES,
    rules_only: bool = RULES_ONLY,
) -> None:
    """Group claims into incidents, find where voices contradict each other (numeric,
    categorical, rebuttal, characterization, semantic), and print an aspect x voice table
    per incident with the contradictions marked.

    Example: counterclaim compare corpora/samples --format html -o report.html
    """
    from nlp.compare import compare as build
    from nlp.errors import ModelError
    from nlp.report import writers

    try:
        report = build(paths, max_bytes=max_bytes, rules_only=rules_only)
    except ModelError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from None
    if format is CompareFormat.table and output is None:
        for item in writers.report_terminal(report):
            out.print(item)
    else:
        text = {"table": writers.report_markdown, "markdown": writers.report_markdown, "csv": writers.report_csv,
                "html": writers.report_html, "json": writers.report_json}[format.value](report)
        if output is not None:
            output.write_text(text, encoding="utf-8")
        else:
            _write(text)
    _report_failures(report.failures)
    if report.failures:
        raise typer.Exit(1)


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    markdown = "markdown"
    html = "html"


def _progress_printer(quiet: bool):
    """A rich progress bar on a terminal; plain periodic lines on standard error otherwise."""
    import time as _time

    if quiet:
        return None, None
    if sys.stderr.isatty():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        bar = Progress(TextColumn("documents"), BarColumn(), MofNCompleteColumn(),
                       TextColumn("{task.fields[rate]:.1f} docs/s"), TextColumn("failed {task.fields[failed]}"),
                       TimeRemainingColumn(), console=err)
        task = bar.add_task("batch", total=None, rate=0.0, failed=0)
        start = _time.perf_counter()

        def update(done, total, failed):
            elapsed = max(1e-6, _time.perf_counter() - start)
            bar.update(task, completed=done, total=total, rate=done / elapsed, failed=failed)
        return bar, update
    state = {"last": 0.0, "start": _time.perf_counter()}

    def plain(done, total, failed):
        now = _time.perf_counter()
        if done in (0, total) or now - state["last"] >= 10:
            state["last"] = now
            rate = done / max(1e-6, now - state["start"])
            eta = (total - done) / rate if rate else 0
            print(f"batch: {done}/{total} documents, {rate:.1f} docs/s, {failed} failed, eta {eta:.0f}s", file=sys.stderr, flush=True)
    return None, plain


@app.command()
def batch(
    folders: list[Path] = typer.Argument(..., help="Folders (or files) to process; walked recursively."),
    store: Path = typer.Option(Path("counterclaim.sqlite"), "--store", help="SQLite store to create or bring up to date."),
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes (models load once per worker)."),
    force: bool = typer.Option(False, "--force", help="Reprocess every file, changed or not."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local (this machine) or dask (a Dask distributed cluster)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (with --engine dask)."),
    max_bytes: int = MAX_BYTES,
    rules_only: bool = RULES_ONLY,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress and no summary."),
    json_out: bool = typer.Option(False, "--json", help="Print the summary as JSON (for scripts)."),
) -> None:
    """Process whole folders into a crash-safe store, incrementally: only new or changed
    files are processed, results of deleted files are removed, failed files are retried.

    Example: counterclaim batch corpora/incidents --store incidents.sqlite --workers 2
    """
    import json

    from nlp.batch.runner import run_batch
    from nlp.errors import CounterclaimError

    bar, update = _progress_printer(quiet or json_out)
    try:
        if bar is not None:
            with bar:
                summary = run_batch(folders, store, workers=workers, force=force, engine=engine.value,
                                    scheduler=scheduler, max_bytes=max_bytes, rules_only=rules_only, progress=update)
        else:
            summary = run_batch(folders, store, workers=workers, force=force, engine=engine.value,
                                scheduler=scheduler, max_bytes=max_bytes, rules_only=rules_only, progress=update)
    except CounterclaimError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from None
    if json_out:
        _write(json.dumps(summary.to_dict(), indent=2) + "\n")
    elif not quiet:
        s = summary
        _write(f"processed {s.processed}, skipped unchanged {s.skipped_unchanged}, removed {s.removed}, "
               f"failed {len(s.failed)} in {s.seconds:.1f}s ({s.docs_per_second:.1f} docs/s)\n"
               f"store {s.store}: {s.documents} documents, {s.claims} claims, {s.incidents} incidents, "
               f"{s.contradictions} contradictions\n")
        for path, reason in s.failed:
            print(f"failed: {path}: {reason}", file=sys.stderr)
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def export(
    store: Path = typer.Option(..., "--store", exists=True, dir_okay=False, help="A store written by 'counterclaim batch'."),
    format: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f", help="jsonl, csv or parquet (records), markdown or html (comparison report)."),
    what: str = typer.Option("claims", "--what", help="For jsonl/csv/parquet: claims, contradictions or incidents."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Output file (required for parquet)."),
) -> None:
    """Export a store: claims, contradictions or incidents as records, or the comparison report.

    Example: counterclaim export --store incidents.sqlite --format html -o report.html
    """
    from nlp.batch.export import export as run_export
    from nlp.errors import CounterclaimError

    try:
        data = run_export(store, format.value, what, output)
    except CounterclaimError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from None
    if data is not None:
        _write(data)


@app.command("evaluate-contradictions")
def evaluate_contradictions(
    corpus: Path = typer.Option(Path("corpora/incidents"), "--corpus", exists=True, file_okay=False, help="Annotated corpus with contradiction pairs."),
) -> None:
    """Score contradiction finding on the corpus's annotated pairs (precision, recall, per
    kind), with the pair scorer cross-validated by incident, and count flags across incidents.

    Example: counterclaim evaluate-contradictions --corpus corpora/incidents
    """
    import json

    from nlp.contradiction_eval import evaluate as evaluate_pairs

    _write(json.dumps(evaluate_pairs(corpus), indent=2) + "\n")


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
