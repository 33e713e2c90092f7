"""A real warehouse in tmp_path, and a way to load articles with hand-written facts into it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import duckdb
import pytest

from warehouse import connect, migrate
from warehouse.load import ArticleRecord, LoadResult, load_articles

FETCHED = datetime(2026, 1, 5, tzinfo=UTC)


def fact(**fields) -> dict:
    """A fact as the extractor emits it; evidence, span and confidence filled in."""
    fields.setdefault("evidence", "evidence")
    fields.setdefault("confidence", 0.9)
    return fields


def article(slug: str, published: str, body: str | None = None) -> ArticleRecord:
    """An article at https://news.example/<slug>, published at an ISO time."""
    url = f"https://news.example/{slug}"
    return ArticleRecord(
        url=url, canonical_url=url, body=body or f"The text of {slug}.", fetched_at=FETCHED,
        published=datetime.fromisoformat(published), title=slug,
    )


def with_spans(facts: dict) -> dict:
    """Give every fact of every kind its own span, as the extractor does."""
    position = 0
    out = {}
    for kind, items in facts.items():
        out[kind] = []
        for item in items:
            out[kind].append({"span": [position, position + 10], **item})
            position += 11
    return out


Loader = Callable[..., LoadResult]


@pytest.fixture
def warehouse(tmp_path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A migrated warehouse file in tmp_path, open for writing."""
    con = connect(tmp_path / "warehouse.duckdb")
    migrate(con)
    try:
        yield con
    finally:
        con.close()


@pytest.fixture
def load(warehouse) -> Loader:
    """load(slug, published, facts, version='v1', body=None): store one article and its facts."""

    def _load(slug: str, published: str, facts: dict, version: str = "v1",
              body: str | None = None) -> LoadResult:
        return load_articles(
            warehouse, [(article(slug, published, body), with_spans(facts))], version
        )

    return _load
