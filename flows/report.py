"""`computewatch report`: one static HTML page with charts and tables, built from the public views.

The page is a single file (CSS and SVG inline, no script), so it opens from disk in any browser,
offline. Every number links to the articles it comes from.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from html import escape
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

import duckdb

from flows.number_format import dollars, hedged
from flows.report_charts import (
    Bubble,
    Point,
    Series,
    bubble_chart,
    lab_colours,
    safe_url,
    trajectory_chart,
)
from warehouse import read_connection

STEPS = ("reading the warehouse", "drawing the charts", "writing the tables", "writing the page")


@dataclass(frozen=True)
class Report:
    """A report written to disk."""

    path: Path
    charts: int
    tables: int
    seconds: float


def money(value: float | None) -> str:
    """$6B, $648M, $35.7M; a dash when unknown."""
    return dollars(value, missing="–")


def count(value: float | None) -> str:
    """350,000; a dash when unknown."""
    return "–" if value is None else f"{value:,.0f}"


def megawatts(value: float | None) -> str:
    """143 MW; a dash when unknown."""
    return "–" if value is None else f"{value:,.3g} MW" if value < 100 else f"{value:,.0f} MW"


def linked(text: str, urls: Sequence[str] | None, title: str | None = None) -> str:
    """`text` linking to the first source; further sources as small numbered links."""
    hrefs = [u for u in map(safe_url, urls or ()) if u]
    tip = f' title="{escape(title)}"' if title else ""
    if not hrefs or text == "–":
        return f"<span{tip}>{escape(text)}</span>"
    first = f'<a href="{escape(hrefs[0])}" target="_blank" rel="noopener"{tip}>{escape(text)}</a>'
    more = "".join(
        f'<sup><a href="{escape(u)}" target="_blank" rel="noopener">[{i}]</a></sup>'
        for i, u in enumerate(hrefs[1:], start=2)
    )
    return first + more


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _day(value: datetime | date | None) -> date | None:
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value


def read_report_data(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Everything the page shows, from the public views."""
    return {
        "trajectory": _rows(con, """
            SELECT lab, date, operational_point, operational_gpus, operational_h100e,
                   operational_gpus_without_h100e, operational_source_urls,
                   planned_point, planned_gpus, planned_h100e, planned_gpus_without_h100e,
                   planned_source_urls
            FROM v_lab_compute_trajectory ORDER BY lab, date"""),
        "funding": _rows(con, """
            SELECT event_id, lab, round, status, amount, currency, amount_usd, valuation_usd,
                   first_seen, n_sources, evidence, source_url, source_urls, amount_qualifier,
                   valuation_qualifier
            FROM v_funding_events ORDER BY first_seen, lab, event_id"""),
        "costs": _rows(con, """
            SELECT * FROM v_cluster_costs
            ORDER BY coalesce(planned_h100e, current_h100e) DESC NULLS LAST, lab"""),
        "compute": _rows(con, """
            SELECT lab, horizon, chip, status, gpus, h100e, observed_on, target_date, evidence,
                   source_url
            FROM v_lab_compute ORDER BY lab, horizon, h100e DESC NULLS LAST, chip"""),
        "articles": con.execute(
            "SELECT count(*), max(coalesce(published, fetched_at)) FROM v_articles"
        ).fetchone(),
    }


def _series(rows: list[dict[str, Any]]) -> tuple[list[Series], int]:
    """The chart's series (lab x horizon), and how many reported figures had no H100e."""
    grouped: dict[tuple[str, str], list[Point]] = {}
    unrated = 0
    for r in rows:
        for horizon, prefix in (("current", "operational"), ("planned", "planned")):
            if not r[f"{prefix}_point"] or r["date"] is None:
                continue
            h100e, gpus = r[f"{prefix}_h100e"], r[f"{prefix}_gpus"]
            if not h100e:
                unrated += 1
                continue
            missing = r[f"{prefix}_gpus_without_h100e"] or 0
            label = (f"{r['lab']}, {prefix}, as of {r['date']}: {count(h100e)} H100e "
                     f"({count(gpus)} GPUs"
                     + (f", of which {count(missing)} of a chip without an H100 equivalent"
                        if missing else "") + ")")
            grouped.setdefault((r["lab"], horizon), []).append(
                Point(r["date"], float(h100e), label, tuple(r[f"{prefix}_source_urls"] or ())))
    return [Series(lab, horizon, tuple(points)) for (lab, horizon), points in grouped.items()], unrated


def _bubbles(rows: list[dict[str, Any]]) -> list[Bubble]:
    bubbles = []
    for r in rows:
        day = _day(r["first_seen"])
        if day is None:
            continue
        what = " ".join(x for x in (r["lab"], r["round"] or "round") if x)
        label = (f"{what}, {r['status'] or 'status unknown'}, first reported {day}: "
                 f"{money(r['amount_usd'])}"
                 + (f" at {money(r['valuation_usd'])} valuation" if r["valuation_usd"] else "")
                 + f" ({r['n_sources']} source{'s' if r['n_sources'] != 1 else ''})")
        text = money(r["amount_usd"]) if r["amount_usd"] else f"val. {money(r['valuation_usd'])}"
        urls = tuple(u for u in [r["source_url"], *(r["source_urls"] or [])] if u)
        bubbles.append(Bubble(r["lab"], day, r["amount_usd"], text, label, tuple(dict.fromkeys(urls))))
    return bubbles


def _table(
    headers: Sequence[tuple[str, bool]],
    rows: Sequence[Sequence[str]],
    css: str,
    groups: Sequence[tuple[str, int]] = (),
) -> str:
    if not rows:
        return '<p class="empty">Nothing yet.</p>'
    group_row = ""
    if groups:
        group_row = "<tr>" + "".join(
            f'<th colspan="{span}" scope="colgroup">{escape(name)}</th>' for name, span in groups
        ) + "</tr>"
    head = "".join(f'<th{" class=num" if num else ""} scope="col">{escape(h)}</th>'
                   for h, num in headers)
    body = "\n".join(
        "<tr>" + "".join(
            f'<td{" class=num" if num else ""}>{cell}</td>'
            for cell, (_, num) in zip(row, headers, strict=True)
        ) + "</tr>"
        for row in rows
    )
    return (f'<div class="table-wrap"><table class="{css}">\n<thead>{group_row}<tr>{head}</tr></thead>'
            f"\n<tbody>\n{body}\n</tbody>\n</table></div>")


def _cluster_table(rows: list[dict[str, Any]]) -> str:
    horizon = [("GPUs", True), ("H100e", True), ("Power", True), ("Capex", True),
               ("Rental/yr", True)]
    headers = [("Lab", False), *horizon, *horizon, ("Reported", True)]
    groups = [("", 1), ("Operational or training", 5), ("Planned", 5), ("Cost", 1)]
    out = []
    for r in rows:
        now, planned = r.get("current_source_urls"), r.get("planned_source_urls")
        reported = r.get("reported_capex_usd") or r.get("reported_cost_usd_per_year")
        reported_text = money(reported)
        if r.get("reported_capex_usd") is None and r.get("reported_cost_usd_per_year") is not None:
            reported_text += "/yr"
        evidence = " | ".join(r.get("reported_evidence") or [])
        out.append([
            escape(r["lab"]),
            linked(count(r["current_gpus"]), now), linked(count(r["current_h100e"]), now),
            linked(megawatts(r["current_power_mw"]), now), linked(money(r["current_capex_usd"]), now),
            linked(money(r["current_rental_usd_per_year"]), now),
            linked(count(r["planned_gpus"]), planned), linked(count(r["planned_h100e"]), planned),
            linked(megawatts(r["planned_power_mw"]), planned),
            linked(money(r["planned_capex_usd"]), planned),
            linked(money(r["planned_rental_usd_per_year"]), planned),
            linked(reported_text if reported else "–", r.get("reported_source_urls"), evidence),
        ])
    return _table(headers, out, "cluster-costs", groups)


def _funding_table(rows: list[dict[str, Any]]) -> str:
    headers = [("First reported", False), ("Lab", False), ("Round", False), ("Status", False),
               ("Amount", True), ("Valuation", True), ("Sources", True), ("Evidence", False)]
    out = []
    for r in rows:
        urls = list(dict.fromkeys(u for u in [r["source_url"], *(r["source_urls"] or [])] if u))
        original = (f"{r['amount']:,.0f} {r['currency']}"
                    if r["amount"] is not None and r["currency"] else None)
        out.append([
            escape(str(_day(r["first_seen"]) or "–")), escape(r["lab"]), escape(r["round"] or "–"),
            escape(r["status"] or "–"),
            linked(hedged(r["amount_usd"], r["amount_qualifier"], money), urls, original),
            linked(hedged(r["valuation_usd"], r["valuation_qualifier"], money), urls),
            linked(str(r["n_sources"]), urls),
            f'<span class="evidence">{escape(r["evidence"] or "")}</span>',
        ])
    return _table(headers, out, "funding-events")


def _compute_table(rows: list[dict[str, Any]]) -> str:
    headers = [("Lab", False), ("Horizon", False), ("Chip", False), ("Status", False),
               ("GPUs", True), ("H100e", True), ("Reported", False), ("Evidence", False)]
    out = []
    for r in rows:
        urls = [r["source_url"]] if r["source_url"] else []
        out.append([
            escape(r["lab"]), escape(r["horizon"]), escape(r["chip"] or "–"), escape(r["status"] or "–"),
            linked(count(r["gpus"]), urls), linked(count(r["h100e"]), urls),
            escape(str(r["observed_on"] or "–")),
            f'<span class="evidence">{escape(r["evidence"] or "")}</span>',
        ])
    return _table(headers, out, "lab-compute")


def _legend(colours: dict[str, str], labs: Sequence[str]) -> str:
    entries = [f'<span style="color:{c}"><i style="background:{c}"></i>{escape(lab)}</span>'
               for lab, c in colours.items() if lab in labs]
    entries.append('<span><i style="background:currentColor"></i>operational or training '
                   "(solid line)</span>")
    entries.append("<span><i></i>planned (dashed line)</span>")
    return " ".join(entries)


def _asset(name: str) -> str:
    return (resources.files("flows") / "report_assets" / name).read_text(encoding="utf-8")


def build_report(
    warehouse: str | Path,
    out_dir: Path,
    *,
    on_step: Callable[[str], None] | None = None,
    now: datetime | None = None,
) -> Report:
    """Write `out_dir/index.html` from the warehouse; `on_step` hears each step as it ends."""
    started = time.monotonic()
    step = on_step or (lambda _: None)
    with read_connection(warehouse) as con:
        data = read_report_data(con)
    step(STEPS[0])

    series, skipped = _series(data["trajectory"])
    bubbles = _bubbles(data["funding"])
    peak = {}
    for s in series:
        peak[s.lab] = max(peak.get(s.lab, 0.0), max(p.value for p in s.points))
    labs = sorted(peak, key=lambda lab: (-peak[lab], lab))
    labs += [b.lab for b in bubbles if b.lab not in labs]
    colours = lab_colours(list(dict.fromkeys(labs)))
    charts = {
        "trajectory_chart": trajectory_chart(series, colours),
        "funding_chart": bubble_chart(bubbles, colours),
    }
    step(STEPS[1])

    tables = {
        "cluster_table": _cluster_table(data["costs"]),
        "funding_table": _funding_table(data["funding"]),
        "compute_table": _compute_table(data["compute"]),
    }
    step(STEPS[2])

    n_articles, latest = data["articles"]
    now = now or datetime.now(UTC)
    as_of = str(_day(latest)) if latest else "no articles yet"
    page = Template(_asset("report.html")).substitute(
        css=_asset("report.css"),
        lede=escape(f"{n_articles} articles, {len(data['funding'])} funding events and "
                    f"{len(data['compute'])} lab compute figures, as of {as_of}."),
        legend=_legend(colours, [s.lab for s in series]),
        trajectory_note=(f'<p class="note">{skipped} reported figure(s) name no chip with a known '
                         "H100 equivalent and are left out of the chart.</p>" if skipped else ""),
        warehouse=escape(str(warehouse)),
        generated=escape(now.strftime("%Y-%m-%d %H:%M UTC")),
        as_of=escape(as_of),
        **charts,
        **tables,
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "index.html"
    partial = out_dir / ".index.html.partial"
    partial.write_text(page, encoding="utf-8")
    os.replace(partial, path)
    step(STEPS[3])
    return Report(path, charts=sum(1 for c in charts.values() if c.startswith("<svg")),
                  tables=sum(1 for t in tables.values() if "<table" in t),
                  seconds=time.monotonic() - started)
