"""What a warehouse holds, in a form two warehouses can be compared by."""

from __future__ import annotations

from pathlib import Path

import duckdb

TABLES = ("articles", "article_urls", "funding_facts", "gpu_facts", "cost_facts", "power_facts",
          "fetch_failures")


def warehouse_state(path: str | Path) -> dict:
    """Row counts of the loaded tables, and the keys of the articles and funding facts."""
    with duckdb.connect(str(path), read_only=True) as con:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        articles = {r[0] for r in con.execute("SELECT canonical_url FROM articles").fetchall()}
        facts = {r[0] for r in con.execute("SELECT fact_id FROM funding_facts").fetchall()}
    return {"counts": counts, "articles": articles, "facts": facts}
