"""Warehouse: migrations, idempotent loads, duplicate text, the lock rule."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime

import duckdb
import pytest

from warehouse import WarehouseLockedError, connect, migrate, write_connection
from warehouse.failures import record_failure, resolve_failures
from warehouse.load import ArticleRecord, load_articles

NOW = datetime(2024, 5, 27, 12, 0, tzinfo=UTC)
FACTS = {
    "funding": [{
        "lab": "xAI", "amount": 6e9, "currency": "USD", "amount_usd": 6e9, "round": "Series B",
        "valuation": 24e9, "valuation_currency": "USD", "valuation_usd": 24e9,
        "valuation_type": "pre", "investors": ["Sequoia Capital"], "status": "closed",
        "evidence": "xAI raised $6 billion.", "span": [0, 22], "confidence": 0.9,
    }],
    "gpus": [{
        "owner": "xAI", "count": 100000, "chip": "H100", "status": "planned",
        "target_date": "fall 2025", "provider": None, "evidence": "100,000 H100.",
        "span": [23, 36], "confidence": 0.8,
    }],
}


def _article(url: str = "https://news.example/a", body: str = "xAI raised $6 billion. 100,000 H100.") -> ArticleRecord:
    return ArticleRecord(url=url, canonical_url=url, body=body, fetched_at=NOW, title="t")


def _counts(con: duckdb.DuckDBPyConnection) -> tuple:
    return tuple(
        con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("articles", "funding_facts", "gpu_facts", "article_urls")
    )


def test_migrations_apply_once_and_are_recorded(tmp_path):
    with write_connection(tmp_path / "w.duckdb") as con:
        applied = migrate(con)
        assert applied[0] == "001_initial.sql"
        assert migrate(con) == []
        recorded = con.execute("SELECT name FROM schema_migrations ORDER BY version").fetchall()
        assert [r[0] for r in recorded] == applied


def test_loading_the_same_article_twice_changes_nothing(tmp_path):
    with write_connection(tmp_path / "w.duckdb") as con:
        migrate(con)
        first = load_articles(con, [(_article(), FACTS)], "v1")
        counts = _counts(con)
        second = load_articles(con, [(_article(), FACTS)], "v1")
        assert (first.articles_new, second.articles_new, second.articles_unchanged) == (1, 0, 1)
        assert _counts(con) == counts == (1, 1, 1, 1)


def test_reextraction_replaces_only_that_articles_facts(tmp_path):
    with write_connection(tmp_path / "w.duckdb") as con:
        migrate(con)
        other = _article("https://news.example/b", "Another text. 100,000 H100.")
        load_articles(con, [(_article(), FACTS), (other, FACTS)], "v1")
        fewer = {"funding": FACTS["funding"], "gpus": []}
        result = load_articles(con, [(_article(), fewer)], "v2")
        assert result.articles_changed == 1
        per_article = dict(con.execute(
            "SELECT a.canonical_url, count(g.fact_id) FROM articles a "
            "LEFT JOIN gpu_facts g USING (article_id) GROUP BY 1").fetchall())
        assert per_article == {"https://news.example/a": 0, "https://news.example/b": 1}


def test_same_text_at_second_url_is_stored_once(tmp_path):
    with write_connection(tmp_path / "w.duckdb") as con:
        migrate(con)
        load_articles(con, [(_article(), FACTS)], "v1")
        copy = _article("https://mirror.example/a", "xAI raised  $6 billion.\n100,000 H100.")
        result = load_articles(con, [(copy, FACTS)], "v1")
        assert result.duplicates == 1
        assert _counts(con) == (1, 1, 1, 2)
        target = con.execute(
            "SELECT a.canonical_url FROM article_urls u JOIN articles a USING (article_id) "
            "WHERE u.url = 'https://mirror.example/a'").fetchone()[0]
        assert target == "https://news.example/a"


def test_a_failed_load_leaves_the_warehouse_as_it_was(tmp_path):
    with write_connection(tmp_path / "w.duckdb") as con:
        migrate(con)
        load_articles(con, [(_article(), FACTS)], "v1")
        before = _counts(con)
        broken = {"gpus": [{"owner": "x", "count": None, "evidence": "e", "span": [0, 1]}]}
        with pytest.raises(duckdb.Error):
            load_articles(con, [(_article("https://news.example/c", "new"), FACTS),
                                (_article("https://news.example/d", "other"), broken)], "v1")
        assert _counts(con) == before


def test_failures_count_attempts_and_resolve(tmp_path):
    with write_connection(tmp_path / "w.duckdb") as con:
        migrate(con)
        record_failure(con, "https://x.example/feed", "source", "HTTP 503", NOW, "x")
        record_failure(con, "https://x.example/feed", "source", "HTTP 503", NOW, "x")
        resolve_failures(con, ["https://x.example/feed"], NOW)
        attempts, resolved = con.execute(
            "SELECT attempts, resolved_at FROM fetch_failures").fetchone()
        assert attempts == 2 and resolved is not None


def test_a_held_lock_is_waited_for_then_reported(tmp_path):
    db = tmp_path / "w.duckdb"
    with write_connection(db) as con:
        migrate(con)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(db)!r})
            print("held", flush=True)
            sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(WarehouseLockedError, match="locked by another process"):
            connect(db, timeout_s=0.5)
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=10)
    connect(db, timeout_s=5).close()


def test_a_warehouse_from_before_the_hedge_columns_keeps_its_facts_and_gains_them(tmp_path):
    from warehouse.migrate import available_migrations

    with write_connection(tmp_path / "w.duckdb") as con:
        # the warehouse as the migrations before 006 left it, with a fact stored then
        con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
                    " applied_at TIMESTAMPTZ NOT NULL)")
        for version, name, sql in available_migrations():
            if version < 6:
                con.execute(sql)
                con.execute("INSERT INTO schema_migrations VALUES (?, ?, current_timestamp)", [version, name])
        con.execute("INSERT INTO gpu_facts (fact_id, article_id, owner, count, evidence, span_start,"
                    " span_end, confidence, extractor_version) VALUES ('f1', 'a1', 'xAI', 100000,"
                    " '100,000 H100.', 0, 13, 0.8, 'v0')")
        assert migrate(con) == ["006_fact_qualifiers.sql", "007_event_qualifiers.sql"]
        assert con.execute("SELECT owner, count, qualifier FROM gpu_facts").fetchall() == [
            ("xAI", 100000, None)]
        hedged = {**FACTS, "gpus": [{**FACTS["gpus"][0], "qualifier": "over"}],
                  "funding": [{**FACTS["funding"][0], "qualifier": "about", "valuation_qualifier": "over"}]}
        load_articles(con, [(_article(), hedged)], "v2")
        assert con.execute("SELECT qualifier, valuation_qualifier FROM funding_facts").fetchall() == [
            ("about", "over")]
        assert con.execute("SELECT qualifier FROM gpu_facts WHERE article_id <> 'a1'").fetchall() == [
            ("over",)]
