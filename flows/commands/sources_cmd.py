"""computewatch sources ... (fetching: checking sources)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from flows.command_errors import fail


def register(app: typer.Typer) -> None:
    """Add this module's commands to the CLI."""
    sources_app = typer.Typer(help="The sources in sources.toml.", no_args_is_help=True)
    app.add_typer(sources_app, name="sources")

    @sources_app.command("check")
    def check(
        sources: Annotated[Path | None, typer.Option(
            "--sources", help="Sources file (default ./sources.toml).")] = None,
        name: Annotated[list[str] | None, typer.Option(
            "--name", "-n", help="Check only this source (repeatable).")] = None,
        include_disabled: Annotated[bool, typer.Option(
            "--all", help="Also fetch sources with enabled = false.")] = False,
    ) -> None:
        """Fetch each source once and print its status, item count and any error.

        Nothing is stored. Exits with 1 if a checked source failed.
        """
        from rich.console import Console
        from rich.table import Table

        from flows.config import ConfigError, load_settings
        from flows.source_check import check_sources

        console, err = Console(), Console(stderr=True)
        try:
            settings = load_settings(None, None, sources)
        except ConfigError as exc:
            raise fail(str(exc)) from None
        chosen = list(settings.sources)
        if name:
            unknown = sorted(set(name) - {s.name for s in chosen})
            if unknown:
                raise fail(f"no source named {', '.join(map(repr, unknown))} in "
                           f"{settings.sources_file or sources or 'sources.toml'}")
            chosen = [s for s in chosen if s.name in name]
        if sources is not None and settings.sources_file is None:
            raise fail(f"{sources}: no such sources file")
        if not chosen:
            raise fail(f"no sources configured in {settings.sources_file or sources or 'sources.toml'}")
        to_fetch = [s for s in chosen if s.enabled or include_disabled or name]
        results = {id(r.source): r for r in check_sources(to_fetch, settings.http)}
        fetched = sum(r.ok for r in results.values())
        skipped = len(chosen) - len(to_fetch)
        table = Table("source", "kind", "status", "items", "time", "detail",
                      title=f"{fetched} of {len(to_fetch)} sources fetched"
                            + (f" ({skipped} disabled, not checked)" if skipped else ""),
                      title_justify="left")
        failed = 0
        for source in chosen:
            result = results.get(id(source))
            if result is None:
                table.add_row(source.name, source.kind, "[dim]disabled[/]", "", "", "")
                continue
            failed += not result.ok
            status = str(result.http_status or "-")
            status = f"[green]{status}[/]" if result.ok else f"[red]{status} failed[/]"
            table.add_row(source.name, source.kind, status,
                          "" if result.items is None else str(result.items),
                          f"{result.seconds:.1f}s", result.detail or "")
        console.print(table)
        if failed:
            err.print(f"{failed} source{'s' if failed != 1 else ''} failed", highlight=False)
            raise typer.Exit(1)
