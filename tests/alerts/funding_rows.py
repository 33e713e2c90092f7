"""Funding events written straight into a warehouse, as a refresh of the models leaves them."""

from __future__ import annotations

from datetime import UTC, datetime

from warehouse import write_connection

REPORTED = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


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
    reported: datetime = REPORTED,
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
             reported, reported, len(sources), list(sources), revision],
        )
