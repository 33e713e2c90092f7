"""The run summary: articles, facts by kind, funding events and the per-lab compute table."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from flows.number_format import dollars, hedged
from warehouse import read_connection


def _count(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f}"


def print_summary(warehouse: Path, console: Console) -> None:
    """Print what the warehouse holds now, as tables."""
    with read_connection(warehouse) as con:
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        facts = con.execute(
            "SELECT (SELECT count(*) FROM funding_facts), (SELECT count(*) FROM gpu_facts), "
            "(SELECT count(*) FROM cost_facts), (SELECT count(*) FROM power_facts)"
        ).fetchone()
        events = con.execute(
            "SELECT lab, round, amount_usd, amount_qualifier, valuation_usd, valuation_qualifier, "
            "status, n_sources, CAST(first_seen AS DATE) FROM funding_events ORDER BY first_seen, lab, round NULLS LAST, "
            "amount_usd DESC NULLS LAST, event_id"
        ).fetchall()
        compute = con.execute(
            """
            SELECT lab, current_gpus, current_h100e, planned_gpus, planned_h100e,
                   current_capex_usd, planned_capex_usd, planned_rental_usd_per_year
            FROM cluster_costs
            -- (a lab known only by a reported cost has nothing for these columns)
            WHERE coalesce(current_gpus, current_h100e, planned_gpus, planned_h100e, current_capex_usd,
                           planned_capex_usd, planned_rental_usd_per_year) IS NOT NULL
            ORDER BY coalesce(planned_h100e, current_h100e) DESC NULLS LAST, lab
            """
        ).fetchall()
    console.print(
        f"[bold]{articles}[/] articles; facts: {facts[0]} funding, {facts[1]} gpus, "
        f"{facts[2]} costs, {facts[3]} power"
    )
    table = Table(title=f"Funding events ({len(events)})", title_justify="left")
    for col in ("lab", "round", "amount", "valuation", "status", "sources", "first seen"):
        table.add_column(col, justify="right" if col in ("amount", "valuation", "sources") else "left")
    for lab, rnd, amount, amount_hedge, valuation, valuation_hedge, status, n, first in events:
        table.add_row(lab, rnd or "-", hedged(amount, amount_hedge, dollars),
                      hedged(valuation, valuation_hedge, dollars), status or "-", str(n), str(first or "-"))
    console.print(table)
    table = Table(title="Compute per lab (now: operational or training; planned: announced)",
                  title_justify="left")
    for col in ("lab", "GPUs now", "H100e now", "GPUs planned", "H100e planned", "capex now",
                "capex planned", "rental/yr planned"):
        table.add_column(col, justify="left" if col == "lab" else "right")
    for row in compute:
        table.add_row(row[0], *(_count(v) for v in row[1:5]), *(dollars(v) for v in row[5:]))
    console.print(table)
