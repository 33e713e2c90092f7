"""Fixtures for alert tests: a migrated warehouse in tmp_path, funding events, loopback receivers."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from receivers import json_receiver, smtp_receiver  # noqa: F401 (fixtures)

from warehouse import migrate, write_connection

REPORTED = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@pytest.fixture
def warehouse(tmp_path: Path) -> str:
    """A migrated, empty warehouse file."""
    path = tmp_path / "warehouse.duckdb"
    with write_connection(path) as con:
        migrate(con)
    return str(path)


def put_event(
    warehouse: str,
    event_id: str = "ev-cohere-d",
    *,
    lab: str = "Cohere",
    round: str | None = "Series D",
    amount: float | None = 500e6,
    currency: str | None = "USD",
    amount_usd: float | None = 500e6,
    valuation_usd: float | None = 5.5e9,
    status: str = "closed",
    revision: int = 1,
    sources: tuple[str, ...] = ("https://news.example/2026/11/20/cohere-series-d",),
) -> None:
    """Insert or replace one `funding_events` row, as a refresh would leave it."""
    with write_connection(warehouse) as con:
        con.execute(
            """
            INSERT OR REPLACE INTO funding_events (event_id, lab, round, amount, currency,
                amount_usd, valuation_usd, investors, status, status_history, first_seen,
                last_seen, n_sources, article_ids, source_urls, fact_ids, revision, created_at,
                updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ['Radical Ventures'], ?, [?], ?, ?, ?, [], ?, [], ?,
                now(), now())
            """,
            [event_id, lab, round, amount, currency, amount_usd, valuation_usd, status, status,
             REPORTED, REPORTED, len(sources), list(sources), revision],
        )
