"""computewatch serve / alerts ... (orchestration and alerts).

Prefect is imported inside the commands, after `serve` has chosen the API it talks to.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import typer

from flows.command_errors import fail

DataDir = Annotated[Path | None, typer.Option("--data-dir", help="Data folder (default ./data).")]
WarehouseOpt = Annotated[
    Path | None, typer.Option("--warehouse", "-w", help="Warehouse file (default <data>/warehouse.duckdb).")
]
SourcesOpt = Annotated[Path | None, typer.Option("--sources", help="Sources file (default ./sources.toml).")]

alerts_app = typer.Typer(help="Alert channels: test them, see what was sent.", no_args_is_help=True)


def serve(
    data_dir: DataDir = None,
    warehouse: WarehouseOpt = None,
    sources: SourcesOpt = None,
    port: Annotated[int, typer.Option(help="Port of the Prefect server started here (when PREFECT_API_URL is unset).", min=1, max=65535)] = 4200,
    ui: Annotated[bool, typer.Option("--ui/--no-ui", help="Serve the Prefect UI from the server started here.")] = False,
    runner_poll_seconds: Annotated[float, typer.Option("--runner-poll-seconds", help="How often the runner asks the API for runs to start.", min=0.5)] = 5.0,
    run_limit: Annotated[int, typer.Option("--run-limit", help="Flow runs at the same time, at most.", min=1)] = 4,
    name: Annotated[str | None, typer.Option("--name", help="Suffix for the deployment names, when several warehouses share one Prefect server.")] = None,
) -> None:
    """Run the pipeline as a service: scheduled polls, event-driven recompute and alerts.

    Uses the Prefect server in PREFECT_API_URL, or starts one on 127.0.0.1 with its state
    under the data folder. Stops cleanly on Ctrl-C or SIGTERM.
    """
    from flows.cli import _settings, console

    if name is not None and not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,40}", name):
        raise fail(f"--name {name!r}: use lowercase letters, digits and dashes (at most 41)")
    settings = _settings(data_dir, warehouse, sources)
    if sources is not None and settings.sources_file is None:
        raise fail(f"{sources}: no such sources file")
    if not settings.sources:
        raise fail(f"no sources configured in {settings.sources_file or sources or 'sources.toml'}; "
                    "add [[source]] entries (see sources.toml)")
    from flows.prefect_env import configure_prefect_env

    configure_prefect_env(settings.prefect_home, quiet=False)
    from flows.prefect_server import PrefectServerError
    from flows.serve import ServeError
    from flows.serve import serve as run_service

    try:
        run_service(settings, port=port, ui=ui, instance=name, runner_poll_s=runner_poll_seconds,
                    run_limit=run_limit, say=lambda line: console.print(line, highlight=False))
    except (PrefectServerError, ServeError) as exc:
        raise fail(str(exc)) from None


@alerts_app.command("test")
def alerts_test(data_dir: DataDir = None, sources: SourcesOpt = None) -> None:
    """Send a test message to every alert channel and say which ones got it."""
    from flows.cli import _settings, console

    settings = _settings(data_dir, None, sources)
    if not settings.alerts.urls:
        raise fail("no alert channels configured: set COMPUTEWATCH_ALERT_URLS or "
                    "[alerts] urls in sources.toml (apprise URLs)")
    from flows.alerts import send_test_alerts

    failed = 0
    for name, result in send_test_alerts(settings.alerts):
        if result.ok:
            console.print(f"[green]sent[/]    {name}", highlight=False)
        else:
            failed += 1
            console.print(f"[red]failed[/]  {name}: {result.error}", highlight=False)
    if failed:
        raise typer.Exit(1)


@alerts_app.command("status")
def alerts_status(data_dir: DataDir = None, warehouse: WarehouseOpt = None) -> None:
    """Alerts per channel and state (pending, sending, sent, superseded), and recent failures."""
    from rich.table import Table

    from flows.cli import _settings, console
    from warehouse import WarehouseLockedError, read_connection

    settings = _settings(data_dir, warehouse, None)
    try:
        with read_connection(settings.warehouse) as con:
            counts = con.execute(
                "SELECT channel, state, count(*), max(attempts) FROM alerts_outbox "
                "GROUP BY ALL ORDER BY channel, state"
            ).fetchall()
            failing = con.execute(
                "SELECT channel, lab, round, attempts, last_error, next_attempt_at "
                "FROM alert_deliveries WHERE state = 'pending' AND last_error IS NOT NULL "
                "ORDER BY next_attempt_at LIMIT 20"
            ).fetchall()
    except (WarehouseLockedError, FileNotFoundError) as exc:
        raise fail(str(exc)) from None
    except Exception as exc:  # an old warehouse without the outbox views
        raise fail(f"{settings.warehouse}: no alerts yet ({' '.join(str(exc).split())[:200]})") from None
    table = Table("channel", "state", "alerts", "most attempts")
    for channel, state, n, attempts in counts:
        table.add_row(channel, state, str(n), str(attempts))
    console.print(table)
    if failing:
        retry = Table("channel", "lab", "round", "attempts", "last error", "next try")
        for row in failing:
            retry.add_row(*("" if v is None else str(v) for v in row))
        console.print(retry)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the CLI."""
    app.command()(serve)
    app.add_typer(alerts_app, name="alerts")
