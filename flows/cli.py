"""The `computewatch` command line.

Contract commands (`extract`, `article`, `estimate`) are kept stable for outside checks; see DESIGN.md.
Heavy imports (Prefect, trafilatura) happen inside the commands that need them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from flows.command_errors import fail, report

app = typer.Typer(
    name="computewatch",
    help="Track the AI compute race from the news: funding, GPUs, compute cost and power per lab.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# off a terminal (a pipe, a log, CI) rich would wrap at 80 columns; tables read better wider
console = Console(width=None if sys.stdout.isatty() else 120)
err = Console(stderr=True)

DataDir = Annotated[Path | None, typer.Option("--data-dir", help="Data folder (default ./data).")]
WarehouseOpt = Annotated[
    Path | None, typer.Option("--warehouse", "-w", help="Warehouse file (default <data>/warehouse.duckdb).")
]
SourcesOpt = Annotated[Path | None, typer.Option("--sources", help="Sources file (default ./sources.toml).")]


def _settings(data_dir: Path | None, warehouse: Path | None, sources: Path | None):
    from flows.config import ConfigError, load_settings

    try:
        return load_settings(data_dir, warehouse, sources)
    except ConfigError as exc:
        raise fail(str(exc)) from None


@app.command()
def run(
    demo: Annotated[bool, typer.Option("--demo", help="Serve and read the bundled demo corpus.")] = False,
    data_dir: DataDir = None,
    warehouse: WarehouseOpt = None,
    sources: SourcesOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary tables.")] = False,
) -> None:
    """Ingest, recompute models and send alerts once, in this process, then print a summary."""
    settings = _settings(data_dir, warehouse, sources)
    from flows.prefect_env import configure_prefect_env

    configure_prefect_env(settings.prefect_home)
    from flows.pipeline import run_pipeline
    from flows.summary import print_summary

    if not demo and sources is not None and settings.sources_file is None:
        raise fail(f"{sources}: no such sources file; give an existing one or try `computewatch run --demo`")
    if not demo and not settings.sources:
        raise fail(f"no sources configured in {settings.sources_file or 'sources.toml'}; "
                    "add [[source]] entries or try `computewatch run --demo`")
    console.print(f"computewatch: {'demo corpus' if demo else f'{len(settings.sources)} sources'}"
                  f" -> {settings.warehouse}", highlight=False)
    from flows.progress import steps

    with steps(console, 3, "computewatch run") as progress:
        run_pipeline(settings, demo=demo, say=progress.advance, on_stage=progress.start)
    if not quiet:
        print_summary(settings.warehouse, console)


@app.command()
def extract(
    file: Annotated[str, typer.Argument(help="Text file, or - for standard input.")] = "-",
    jsonl: Annotated[bool, typer.Option("--jsonl", help='Input lines {"id","text","lang"?,"published"?}.')] = False,
) -> None:
    """Facts (funding, gpus, costs, power) from plain text, as JSON."""
    import io

    from extractors.encoding import decode_text
    from extractors.facts import extract_facts

    try:
        raw = sys.stdin.buffer if file == "-" else open(file, "rb")  # noqa: SIM115
    except OSError as exc:
        raise fail(f"{file}: {exc.strerror}") from None
    with raw:
        if not jsonl:
            # (plain text in any encoding: UTF-8 with or without a BOM, GB18030, Big5, ...)
            print(json.dumps(extract_facts(decode_text(raw.read())), ensure_ascii=False))
            return
        # JSON lines are UTF-8 (a BOM is allowed)
        stream = io.TextIOWrapper(raw, encoding="utf-8-sig")
        lines, lineno = enumerate(stream, start=1), 0
        while True:
            try:
                lineno, line = next(lines)
            except StopIteration:
                break
            except UnicodeDecodeError as exc:
                # (lines before were read and answered; the text is decoded in blocks)
                raise fail(f"{file}: not UTF-8 at or after line {lineno + 1} ({exc.reason}); "
                            "JSON lines must be UTF-8") from None
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                text = item["text"]
                if not isinstance(text, str):
                    raise TypeError("text is not a string")
            except (ValueError, KeyError, TypeError) as exc:
                err.print(f"{file}:{lineno}: skipped, not a JSON object with a text field ({exc})",
                          highlight=False)
                continue
            try:
                facts = extract_facts(text, lang=item.get("lang"), published=item.get("published"))
            except Exception as exc:  # an extractor bug costs one line, not the batch
                err.print(f"{file}:{lineno}: skipped, extraction failed ({type(exc).__name__}: {exc})",
                          highlight=False)
                continue
            print(json.dumps({"id": item.get("id"), **facts}, ensure_ascii=False), flush=False)


@app.command()
def article(
    files: Annotated[list[Path], typer.Argument(help="HTML files.")],
    url: Annotated[str | None, typer.Option("--url", help="The URL the page came from.")] = None,
) -> None:
    """Title, date, language, body text and canonical URL of HTML pages, one JSON line per file."""
    from extractors.article import article_record, parse_article
    from extractors.encoding import binary_kind

    failed = False
    for path in files:
        try:
            body = path.read_bytes()
        except OSError as exc:
            report(f"{path}: {exc.strerror}")
            failed = True
            continue
        if kind := binary_kind(body):
            report(f"{path}: not an HTML page ({kind})")
            failed = True
            continue
        print(json.dumps(article_record(str(path), parse_article(body, url=url)), ensure_ascii=False))
    if failed:
        raise typer.Exit(1)


@app.command()
def estimate(
    chip: Annotated[str, typer.Option(help="Accelerator, e.g. H100, GB200, A100, TPU v4.")],
    count: Annotated[int, typer.Option(help="Number of chips.")],
    year: Annotated[int | None, typer.Option(help="Year for prices and facility overhead.")] = None,
) -> None:
    """H100-equivalents, FLOP/s, power, capex and yearly rental of a cluster, as JSON."""
    from models.estimate import estimate as run_estimate

    try:
        result = run_estimate(chip, count, year)
    except ValueError as exc:
        raise fail(str(exc)) from None
    print(json.dumps(result, ensure_ascii=False))


@app.command()
def sql(
    query: Annotated[str | None, typer.Argument(help="A read-only SQL query.")] = None,
    file: Annotated[str | None, typer.Option("--file", "-f", help="Read the SQL from a file (- for stdin).")] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", help="table, csv, jsonl or parquet (default: from --out, else table).")
    ] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the result to this file.")] = None,
    max_rows: Annotated[int, typer.Option("--max-rows", help="Rows shown in a table.", min=1)] = 1000,
    wait: Annotated[
        float, typer.Option("--wait", help="Seconds to wait for a running flow's lock.", min=0)
    ] = 30.0,
    data_dir: DataDir = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Run a read-only SQL query against the warehouse: a table, CSV, JSON lines or Parquet.

    The public views (v_funding_events, v_gpu_observations, v_lab_compute, ...) are listed by
    `computewatch sql "SELECT view_name, comment FROM duckdb_views() WHERE view_name LIKE 'v_%'"`.
    """
    from flows.query import QueryError, format_for, read_query_file, run_query

    settings = _settings(data_dir, warehouse, None)
    try:
        if (query is None) == (file is None):
            raise QueryError("give a query or --file FILE.sql (one of them)")
        text = read_query_file(file) if file is not None else query
        result = run_query(settings.warehouse, text, fmt=format_for(fmt, out), out=out,
                           console=console, max_rows=max_rows, wait_s=wait)
    except QueryError as exc:
        raise fail(str(exc)) from None
    rows = f"{result.rows} row{'s' if result.rows != 1 else ''}"
    if result.path is not None:
        rows = f"{rows} -> {result.path}"
    elif result.shown < result.rows:
        rows = f"{rows}, {result.shown} shown (use --max-rows, or --format csv for all)"
    err.print(rows, highlight=False, soft_wrap=True, markup=False)


@app.command()
def summary(data_dir: DataDir = None, warehouse: WarehouseOpt = None) -> None:
    """Print what the warehouse holds: articles, facts, funding events, compute per lab."""
    from flows.summary import print_summary
    from warehouse import WarehouseLockedError

    settings = _settings(data_dir, warehouse, None)
    try:
        print_summary(settings.warehouse, console)
    except (WarehouseLockedError, FileNotFoundError) as exc:
        raise fail(str(exc)) from None


def _register_command_groups() -> None:
    from flows.commands import analyst_cmd, models_cmd, service_cmd, sources_cmd

    for module in (sources_cmd, service_cmd, analyst_cmd, models_cmd):
        module.register(app)


_register_command_groups()

if __name__ == "__main__":
    app()
