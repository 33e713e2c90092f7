"""computewatch search / export / report (the analyst's side)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from flows.command_errors import fail

console = Console()
err = Console(stderr=True)

DataDir = Annotated[Path | None, typer.Option("--data-dir", help="Data folder (default ./data).")]
WarehouseOpt = Annotated[
    Path | None, typer.Option("--warehouse", "-w", help="Warehouse file (default <data>/warehouse.duckdb).")
]


def _settings(data_dir: Path | None, warehouse: Path | None):
    from flows.config import ConfigError, load_settings

    try:
        return load_settings(data_dir, warehouse, None)
    except ConfigError as exc:
        raise fail(str(exc)) from None


def _since(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail(f"--since {value!r} is not a date like 2024-06-30") from None


def register(app: typer.Typer) -> None:
    """Add this module's commands to the CLI."""
    @app.command()
    def search(
        text: Annotated[str | None, typer.Argument(help="Words or Chinese text to look for.")] = None,
        limit: Annotated[int, typer.Option("--limit", "-n", help="Most hits shown.", min=1)] = 10,
        lang: Annotated[str | None, typer.Option("--lang", help="Only articles in this language (en, zh).")] = None,
        since: Annotated[str | None, typer.Option("--since", help="Only articles from this date on.")] = None,
        jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON object per hit.")] = False,
        reindex: Annotated[bool, typer.Option("--reindex", help="Rebuild the search index first.")] = False,
        data_dir: DataDir = None,
        warehouse: WarehouseOpt = None,
    ) -> None:
        """Full-text search over article titles and bodies (English and Chinese), best first."""
        import duckdb

        from flows.search import rebuild_search_index
        from flows.search import search as run_search
        from warehouse.search_index import SearchIndexMissingError

        settings = _settings(data_dir, warehouse)
        if text is None and not reindex:
            raise fail("give some text to search for (or --reindex)")
        since_day = _since(since)
        try:
            if reindex:
                if not settings.warehouse.exists():
                    raise FileNotFoundError(f"warehouse {settings.warehouse} does not exist yet: "
                                            "run `computewatch run` first")
                update = rebuild_search_index(settings.warehouse, force=True, wait_s=60)
                err.print(f"search index rebuilt: {update.reindexed} articles tokenised, "
                          f"{update.removed} removed ({update.seconds:.2f}s)", highlight=False)
                if text is None:
                    return
            hits = run_search(settings.warehouse, text, limit=limit, lang=lang, since=since_day)
        except SearchIndexMissingError:
            raise fail(f"warehouse {settings.warehouse} has no search index yet: run "
                        "`computewatch search --reindex` (an ingest builds it too)") from None
        except (ValueError, RuntimeError, FileNotFoundError) as exc:  # RuntimeError: a held lock
            raise fail(" ".join(str(exc).split())) from None
        except duckdb.Error as exc:
            raise fail(" ".join(str(exc).split("\n\nLINE ")[0].split())) from None
        if jsonl:
            for hit in hits:
                print(json.dumps({
                    "rank": hit.rank, "score": round(hit.score, 4), "article_id": hit.article_id,
                    "title": hit.title, "published": hit.published.isoformat() if hit.published else None,
                    "lang": hit.lang, "url": hit.url, "snippet": hit.snippet,
                    "highlights": [list(h) for h in hit.highlights],
                }, ensure_ascii=False))
            return
        _print_hits(hits, console)
        err.print(f"{len(hits)} hit{'s' if len(hits) != 1 else ''} for {text!r}", highlight=False)

    @app.command()
    def export(
        out_dir: Annotated[Path, typer.Argument(help="Folder to write one file per public view into.")],
        fmt: Annotated[str, typer.Option("--format", help="parquet, csv or jsonl.")] = "parquet",
        data_dir: DataDir = None,
        warehouse: WarehouseOpt = None,
    ) -> None:
        """Write every public view (v_*) to a file: Parquet (default), CSV or JSON lines."""
        import duckdb

        from flows.export import FILE_FORMATS, export_views
        from flows.progress import steps
        from warehouse import WarehouseLockedError

        if fmt not in FILE_FORMATS:
            raise fail(f"unknown format {fmt!r}: choose one of {', '.join(FILE_FORMATS)}")
        settings = _settings(data_dir, warehouse)
        started = datetime.now()
        try:
            with steps(console, 0, "export") as progress:
                def starting(views: list[str]) -> None:
                    progress.set_total(len(views))
                    progress.start(f"export: {len(views)} views")

                done = export_views(
                    settings.warehouse, out_dir, fmt, on_start=starting,
                    on_view=lambda v: progress.advance(
                        f"export     {v.view}: {v.rows} rows -> {v.path} ({v.seconds:.2f}s)"),
                )
        except (ValueError, WarehouseLockedError, FileNotFoundError) as exc:
            raise fail(str(exc)) from None
        except OSError as exc:
            raise fail(f"{exc.filename or out_dir}: {exc.strerror or exc}") from None
        except duckdb.Error as exc:
            raise fail(" ".join(str(exc).split())) from None
        seconds = (datetime.now() - started).total_seconds()
        console.print(f"exported {len(done)} views to {out_dir} ({seconds:.2f}s)", highlight=False,
                      soft_wrap=True)

    @app.command()
    def report(
        out: Annotated[Path | None, typer.Option("--out", "-o", help="Folder for index.html (default <data>/report).")] = None,
        data_dir: DataDir = None,
        warehouse: WarehouseOpt = None,
    ) -> None:
        """Write a static HTML report: compute and funding charts, the cluster cost table, sources."""
        import duckdb

        from flows.progress import steps
        from flows.report import STEPS, build_report
        from warehouse import WarehouseLockedError

        settings = _settings(data_dir, warehouse)
        out_dir = out or settings.warehouse.parent / "report"
        try:
            with steps(console, len(STEPS), "report") as progress:
                progress.start(f"report: {STEPS[0]}")
                position = iter(STEPS[1:])

                def step_done(name: str) -> None:
                    progress.advance(f"report     {name}")
                    progress.start(f"report: {next(position, 'done')}")

                result = build_report(settings.warehouse, out_dir, on_step=step_done)
        except (WarehouseLockedError, FileNotFoundError) as exc:
            raise fail(str(exc)) from None
        except OSError as exc:
            raise fail(f"{exc.filename or out_dir}: {exc.strerror or exc}") from None
        except duckdb.Error as exc:
            raise fail(" ".join(str(exc).split("\n\nLINE ")[0].split())) from None
        console.print(f"report: {result.charts} charts, {result.tables} tables -> {result.path} "
                      f"({result.seconds:.2f}s); open {result.path.resolve().as_uri()}", highlight=False,
                      soft_wrap=True)


def _print_hits(hits, console) -> None:
    from rich.text import Text

    for hit in hits:
        day = hit.published.date().isoformat() if hit.published else "undated"
        head = Text(f"{hit.rank:>2}. ", style="bold")
        head.append(hit.title or "(no title)", style="bold")
        head.append(f"  {day}  {hit.lang or '?'}  score {hit.score:.2f}", style="dim")
        console.print(head, soft_wrap=True)
        console.print(Text(f"    {hit.url}", style="cyan"), soft_wrap=True)
        snippet = Text("    " + hit.snippet)
        for start, end in hit.highlights:
            snippet.stylize("bold yellow", start + 4, end + 4)
        console.print(snippet, soft_wrap=True)
