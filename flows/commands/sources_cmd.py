"""computewatch sources ... (fetching: checking sources)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


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
            err.print(f"[red]error:[/] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
        chosen = list(settings.sources)
        if name:
            unknown = sorted(set(name) - {s.name for s in chosen})
            if unknown:
                err.print(f"[red]error:[/] no source named {', '.join(map(repr, unknown))} in "
                          f"{settings.sources_file or sources or 'sources.toml'}", highlight=False)
                raise typer.Exit(2)
            chosen = [s for s in chosen if s.name in name]
        if not chosen:
            err.print(f"[red]error:[/] no sources configured in "
                      f"{settings.sources_file or sources or 'sources.toml'}", highlight=False)
            raise typer.Exit(2)
        to_fetch = [s for s in chosen if s.enabled or include_disabled or name]
        results = {id(r.source): r for r in check_sources(to_fetch, settings.http)}
        table = Table("source", "kind", "status", "items", "time", "detail",
                      title=f"{len(to_fetch)} of {len(chosen)} sources fetched",
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
