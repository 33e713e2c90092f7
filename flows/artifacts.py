"""Prefect artifacts that flow runs leave behind: what a poll ingested, which funding events are new.

They show on the flow run's page in the Prefect UI (and under Artifacts, by key). Publishing
is best effort: an artifact that cannot be written is logged and never fails the run.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from prefect.artifacts import create_markdown_artifact, create_table_artifact

from flows.number_format import money
from models.refresh import FundingEventChange
from warehouse import read_connection

if TYPE_CHECKING:
    from flows.ingest import IngestSummary

INGEST_KEY = "computewatch-ingest"
FUNDING_KEY = "computewatch-funding-events"
MAX_ROWS = 200

log = logging.getLogger("computewatch.artifacts")


def _article_rows(warehouse: str, article_ids: Sequence[str]) -> list[dict]:
    if not article_ids:
        return []
    with read_connection(warehouse) as con:
        rows = con.execute(
            """
            SELECT a.article_id, a.title, a.source_name, a.published, a.canonical_url,
                (SELECT count(*) FROM funding_facts f WHERE f.article_id = a.article_id),
                (SELECT count(*) FROM gpu_facts f WHERE f.article_id = a.article_id),
                (SELECT count(*) FROM cost_facts f WHERE f.article_id = a.article_id),
                (SELECT count(*) FROM power_facts f WHERE f.article_id = a.article_id)
            FROM articles a WHERE a.article_id IN (SELECT unnest(?))
            ORDER BY a.published DESC NULLS LAST, a.title
            """,
            [list(article_ids)],
        ).fetchall()
    return [
        {
            "status": "stored", "title": r[1] or "", "source": r[2] or "",
            "published": r[3].date().isoformat() if r[3] else "", "funding": r[5], "gpus": r[6],
            "costs": r[7], "power": r[8], "url": r[4],
        }
        for r in rows
    ]


def ingest_table(summary: IngestSummary, warehouse: str) -> list[dict]:
    """One row per article a poll stored (new or changed), then one per page or source that failed."""
    load = summary.load
    ids = list(dict.fromkeys(load.changed_article_ids))[:MAX_ROWS]
    rows = _article_rows(warehouse, ids)
    for failure in summary.failures[: max(0, MAX_ROWS - len(rows))]:
        rows.append({
            "status": f"failed ({failure.stage})", "title": failure.reason,
            "source": failure.source_name or "", "published": "", "funding": 0, "gpus": 0,
            "costs": 0, "power": 0, "url": failure.url,
        })
    return rows


def publish_ingest_table(summary: IngestSummary, warehouse: str) -> None:
    """Publish the table of what one ingest run stored, changed or could not fetch."""
    try:
        load = summary.load
        create_table_artifact(
            ingest_table(summary, warehouse),
            key=INGEST_KEY,
            description=(
                f"{summary.sources} sources, {summary.listed} articles listed: "
                f"{load.articles_new} new, {load.articles_changed} changed, "
                f"{load.articles_unchanged + summary.skipped_known} unchanged, "
                f"{load.duplicates} duplicates, {len(summary.failures)} failed"
            ),
        )
    except Exception as exc:  # the UI's table must never cost the data
        log.warning("could not publish the ingest artifact: %s", exc)


def _link(url: str) -> str:
    host = urlsplit(url).hostname or url
    return f"[{host}]({url})"


def funding_markdown(changes: Sequence[FundingEventChange]) -> str:
    """A markdown list of funding events a refresh created or revised, with source links."""
    new = [c for c in changes if c.is_new]
    updated = [c for c in changes if not c.is_new]
    parts = []
    for heading, items in (("New funding events", new), ("Revised funding events", updated)):
        if not items:
            continue
        parts.append(f"## {heading} ({len(items)})\n")
        for c in items[:MAX_ROWS]:
            valuation = (f", valuation {money(c.valuation_usd)}"
                         if c.valuation_usd is not None else "")
            sources = ", ".join(_link(u) for u in c.source_urls) or "no source link"
            parts.append(
                f"- **{c.lab}** {money(c.amount, c.currency)} "
                f"{c.round or 'round not named'} ({c.status or 'status unknown'}{valuation}, "
                f"revision {c.revision}): {sources}"
            )
        parts.append("")
    return "\n".join(parts) if parts else "No new or revised funding events."


def publish_funding_events(changes: Sequence[FundingEventChange]) -> None:
    """Publish the markdown list of new and revised funding events of one refresh."""
    try:
        create_markdown_artifact(
            funding_markdown(changes),
            key=FUNDING_KEY,
            description=f"{sum(c.is_new for c in changes)} new, "
                        f"{sum(not c.is_new for c in changes)} revised funding events",
        )
    except Exception as exc:
        log.warning("could not publish the funding events artifact: %s", exc)
