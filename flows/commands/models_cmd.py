"""computewatch override ... (analyst corrections of facts)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from flows.command_errors import fail

override_app = typer.Typer(
    name="override",
    help="Correct the facts: reject one, or set one of its fields. Corrections outlive "
    "re-extraction and show in every model after the refresh that follows.",
    no_args_is_help=True,
)

DataDir = Annotated[Path | None, typer.Option("--data-dir", help="Data folder (default ./data).")]
WarehouseOpt = Annotated[
    Path | None,
    typer.Option("--warehouse", "-w", help="Warehouse file (default <data>/warehouse.duckdb)."),
]
NoteOpt = Annotated[str | None, typer.Option("--note", help="Why (kept with the override).")]
NoRefreshOpt = Annotated[
    bool, typer.Option("--no-refresh", help="Do not recompute the models now.")
]


def register(app: typer.Typer) -> None:
    """Add this module's commands to the CLI."""
    app.add_typer(override_app)


def _warehouse(data_dir: Path | None, warehouse: Path | None) -> Path:
    from flows.config import ConfigError, load_settings

    try:
        path = load_settings(data_dir, warehouse, None).warehouse
    except ConfigError as exc:
        raise fail(str(exc)) from None
    if not path.exists():
        raise fail(f"warehouse {path} does not exist yet: run `computewatch run` first")
    return path


def _write(data_dir: Path | None, warehouse: Path | None, change, refresh_models: bool) -> None:
    """Run `change(con)` under the writer lock, print its line, then refresh the models."""
    from warehouse import WarehouseLockedError, migrate, write_connection
    from warehouse.overrides import OverrideError

    path = _warehouse(data_dir, warehouse)
    try:
        with write_connection(path) as con:
            migrate(con)
            typer.echo(change(con))
            if refresh_models:
                from models.refresh import refresh

                result = refresh(con)
                changed = len(result.changed_events)
                typer.echo(
                    f"refreshed {len(result.models)} models: {result.funding_events} funding "
                    f"events ({changed} new or changed)"
                )
    except OverrideError as exc:
        raise fail(str(exc)) from None
    except WarehouseLockedError as exc:
        raise fail(str(exc)) from None


def _describe(override) -> str:
    what = "reject" if override.action == "reject" else (
        f"set {override.field} = {'null' if override.value is None else override.value}"
    )
    fact = override.fact.summary if override.fact else "fact no longer extracted"
    note = f"  ({override.note})" if override.note else ""
    return f"{override.override_id}  {what}  {override.fact_kind} {override.fact_id[:12]}: {fact}{note}"


@override_app.command("reject")
def reject_command(
    fact_id: Annotated[str, typer.Argument(help="The fact's id (or at least 6 characters).")],
    note: NoteOpt = None,
    no_refresh: NoRefreshOpt = False,
    data_dir: DataDir = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Reject a fact: every model leaves it out."""
    from warehouse import overrides

    _write(data_dir, warehouse,
           lambda con: _describe(overrides.reject(con, fact_id, note)), not no_refresh)


@override_app.command("set")
def set_command(
    fact_id: Annotated[str, typer.Argument(help="The fact's id (or at least 6 characters).")],
    field: Annotated[str, typer.Argument(help="The field to correct, e.g. amount, round, count.")],
    value: Annotated[str, typer.Argument(help="The new value; `null` clears the field.")],
    note: NoteOpt = None,
    no_refresh: NoRefreshOpt = False,
    data_dir: DataDir = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Set one field of a fact; the latest value set wins."""
    from warehouse import overrides

    _write(data_dir, warehouse,
           lambda con: _describe(overrides.set_field(con, fact_id, field, value, note)),
           not no_refresh)


@override_app.command("remove")
def remove_command(
    override_id: Annotated[str, typer.Argument(help="The override's id (see `override list`).")],
    no_refresh: NoRefreshOpt = False,
    data_dir: DataDir = None,
    warehouse: WarehouseOpt = None,
) -> None:
    """Remove an override; the models undo it."""
    from warehouse import overrides

    _write(data_dir, warehouse,
           lambda con: "removed " + _describe(overrides.remove(con, override_id)),
           not no_refresh)


@override_app.command("list")
def list_command(data_dir: DataDir = None, warehouse: WarehouseOpt = None) -> None:
    """Every override, oldest first, with the fact it applies to."""
    from warehouse import WarehouseLockedError, read_connection
    from warehouse.overrides import list_overrides

    path = _warehouse(data_dir, warehouse)
    try:
        with read_connection(path) as con:
            found = list_overrides(con)
    except WarehouseLockedError as exc:
        raise fail(str(exc)) from None
    for override in found:
        typer.echo(_describe(override))
    typer.echo(f"{len(found)} override{'s' if len(found) != 1 else ''}", err=True)
