"""Stored articles whose facts an older extractor made are read again by the ingest flow:
their facts are replaced, a fact found again keeps its id (so corrections still apply), the
article rows stay, and an article the extractor fails on keeps its facts and is recorded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb

import flows.ingest
import flows.reextract
from extractors.facts import EXTRACTOR_VERSION, extract_facts
from flows.config import Source
from flows.ingest import ingest
from flows.reextract import is_older_version, reextract_stale
from models.refresh import refresh
from warehouse import migrate, read_connection, write_connection
from warehouse.errors import WarehouseLockedError
from warehouse.load import ArticleRecord, article_id_for, load_articles, replace_facts, stored_texts
from warehouse.overrides import set_field

from .loopback import FAST
from .pages import EN_PARAGRAPHS, article_html

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
EN = ("Mistral AI has raised €600 million in a Series B round led by General Catalyst. "
      "The company plans to deploy 18,000 GB200 chips by the end of the year.")
ZH = "月之暗面近日完成新一轮融资，金额超过 10 亿美元，由阿里巴巴领投，估值约 25 亿美元。"
BOGUS = {"lab": "Nobody", "amount": 1, "currency": "USD", "amount_usd": 1, "round": None,
         "valuation": None, "valuation_currency": None, "valuation_usd": None,
         "valuation_type": None, "investors": [], "status": "closed", "evidence": "x",
         "span": [0, 1], "confidence": 0.5}


def _record(slug: str, body: str, lang: str) -> ArticleRecord:
    url = f"https://news.example/{slug}"
    return ArticleRecord(url=url, canonical_url=url, body=body, fetched_at=T0, title=slug,
                         published=T0, lang=lang, source_name="news")


def _store_as_an_older_extractor_did(warehouse: Path, bodies: dict[str, tuple[str, str]]) -> None:
    # what today's extractor finds, less the hedges an older one did not keep, plus a fact it
    # got wrong
    items = []
    for slug, (body, lang) in bodies.items():
        facts = extract_facts(body, lang)
        for kind in facts:
            for fact in facts[kind]:
                fact.pop("qualifier", None)
                fact.pop("valuation_qualifier", None)
        facts["funding"].append(BOGUS)
        items.append((_record(slug, body, lang), facts))
    with write_connection(warehouse) as con:
        migrate(con)
        load_articles(con, items, "facts-older")


def _rows(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_stored_articles_of_an_older_extractor_are_read_again(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    _store_as_an_older_extractor_did(warehouse, {"en": (EN, "en"), "zh": (ZH, "zh")})
    mistral = _rows(warehouse, "SELECT fact_id FROM funding_facts WHERE lab = 'Mistral AI'")[0][0]
    with write_connection(warehouse) as con:
        set_field(con, mistral, "round", "Series B (extended)", note="checked")
    articles_before = _rows(warehouse, "SELECT article_id, body, fetched_at, title FROM articles ORDER BY 1")

    summary = ingest(str(warehouse), [], FAST, now=T0)

    assert summary.reextracted.articles_changed == 2 and summary.failures == []
    assert summary.load.articles_new == summary.load.articles_changed == 0
    assert _rows(warehouse, "SELECT count(*) FROM funding_facts WHERE lab = 'Nobody'") == [(0,)]
    # the fact found again keeps its id: the analyst's correction still applies to it
    assert _rows(warehouse, "SELECT fact_id FROM funding_facts WHERE lab = 'Mistral AI'") == [(mistral,)]
    with write_connection(warehouse) as con:
        refresh(con)
    assert _rows(warehouse, "SELECT round, corrected FROM funding_mentions WHERE lab = 'Mistral AI'") == [
        ("Series B (extended)", True)]
    assert _rows(warehouse, "SELECT lab, qualifier, valuation_qualifier FROM funding_facts "
                            "WHERE lab = 'Moonshot AI'") == [("Moonshot AI", "over", "about")]
    assert _rows(warehouse, "SELECT owner, count FROM gpu_facts") == [("Mistral AI", 18000)]
    assert _rows(warehouse, "SELECT DISTINCT extractor_version FROM articles") == [(EXTRACTOR_VERSION,)]
    assert _rows(warehouse, "SELECT article_id, body, fetched_at, title FROM articles ORDER BY 1") == (
        articles_before)

    again = ingest(str(warehouse), [], FAST, now=T0)
    assert again.reextracted.articles_changed == 0


def test_an_article_the_extractor_fails_on_keeps_its_facts_and_is_recorded(tmp_path, monkeypatch):
    warehouse = tmp_path / "w.duckdb"
    boom = "Mistral AI has raised €600 million. boom"
    _store_as_an_older_extractor_did(warehouse, {"boom": (boom, "en"), "zh": (ZH, "zh")})
    real = flows.reextract.extract_facts

    def failing(text, lang=None, published=None):
        if "boom" in text:
            raise IndexError("list index out of range")
        return real(text, lang, published)

    # (the extractor replaced by one that raises on one text: a pure unit, a stand-in is fine)
    monkeypatch.setattr(flows.reextract, "extract_facts", failing)
    summary = ingest(str(warehouse), [], FAST, now=T0)

    assert summary.reextracted.articles_changed == 1
    (failure,) = summary.failures
    assert failure.stage == "extract" and "https://news.example/boom" in failure.reason
    assert "old facts kept (list index out of range)" in failure.reason
    boom_id = article_id_for("https://news.example/boom")
    assert _rows(warehouse, f"SELECT extractor_version FROM articles WHERE article_id = '{boom_id}'") == [
        ("facts-older",)]
    assert _rows(warehouse, f"SELECT count(*) FROM funding_facts WHERE article_id = '{boom_id}'") == [(2,)]
    assert _rows(warehouse, "SELECT url, stage FROM fetch_failures") == [("https://news.example/boom", "extract")]


def test_a_failed_article_waits_for_its_retry_time_and_its_failure_closes_on_success(tmp_path, monkeypatch):
    warehouse = tmp_path / "w.duckdb"
    _store_as_an_older_extractor_did(warehouse, {"a": (EN, "en")})
    real = flows.reextract.extract_facts

    def failing(text, lang=None, published=None):
        raise MemoryError("transient")

    monkeypatch.setattr(flows.reextract, "extract_facts", failing)
    assert len(ingest(str(warehouse), [], FAST, now=T0).failures) == 1
    # (30 minutes to wait after a first failure: not tried again before)
    assert ingest(str(warehouse), [], FAST, now=T0 + timedelta(minutes=10)).failures == []
    assert _rows(warehouse, "SELECT attempts, resolved_at FROM fetch_failures") == [(1, None)]
    monkeypatch.setattr(flows.reextract, "extract_facts", real)
    later = T0 + timedelta(hours=1)
    assert ingest(str(warehouse), [], FAST, now=later).reextracted.articles_changed == 1
    assert _rows(warehouse, "SELECT stage, attempts FROM fetch_failures WHERE resolved_at IS NOT NULL") == [
        ("extract", 1)]


def test_an_article_stored_again_while_its_old_text_was_read_is_left_to_the_new_text(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    _store_as_an_older_extractor_did(warehouse, {"a": (EN, "en")})
    with read_connection(warehouse) as con:
        (old,) = stored_texts(con, [article_id_for("https://news.example/a")])
    # meanwhile another run stores the page's new text with its facts
    with write_connection(warehouse) as con:
        load_articles(con, [(_record("a", ZH, "zh"), extract_facts(ZH, "zh"))], EXTRACTOR_VERSION)
        result = replace_facts(con, [(old, extract_facts(old.body, "en"))], EXTRACTOR_VERSION)
    assert result.articles_changed == 0
    assert _rows(warehouse, "SELECT lab FROM funding_facts") == [("Moonshot AI",)]


def test_only_older_extractors_are_read_again_and_at_most_a_runs_share(tmp_path):
    assert is_older_version("facts-2026.11.29.200", "facts-2026.11.29.210")
    assert is_older_version("facts-2026.1.2.9", "facts-2026.11.29.210")  # (numbers, not strings)
    assert not is_older_version("facts-2026.11.29.210", "facts-2026.11.29.210")
    assert not is_older_version("facts-2027.01.01.1", "facts-2026.11.29.210")
    assert is_older_version(None, "facts-2026.11.29.210") and is_older_version("v1", "facts-2026.11.29.210")
    warehouse = tmp_path / "w.duckdb"
    _store_as_an_older_extractor_did(warehouse, {"en": (EN, "en"), "zh": (ZH, "zh")})
    with write_connection(warehouse) as con:
        load_articles(con, [(_record("newer", "xAI raised $6 billion.", "en"), {})], "facts-2099.01.01.1")
    first = reextract_stale(str(warehouse), T0, batch_size=1, max_per_run=1)
    assert (first.load.articles_changed, first.left) == (1, 1)
    second = reextract_stale(str(warehouse), T0, batch_size=1, max_per_run=1)
    assert (second.load.articles_changed, second.left) == (1, 0)
    assert reextract_stale(str(warehouse), T0).stale == 0
    # a newer install's article is left as it made it
    assert _rows(warehouse, "SELECT extractor_version FROM articles WHERE canonical_url LIKE '%newer'") == [
        ("facts-2099.01.01.1",)]


def test_a_failing_re_extraction_costs_neither_the_ingest_nor_the_event_of_its_loads(
        tmp_path, monkeypatch, site):
    warehouse = tmp_path / "w.duckdb"
    _store_as_an_older_extractor_did(warehouse, {"zh": (ZH, "zh")})
    site.page("/mistral.html", article_html("Mistral raises", EN_PARAGRAPHS))
    emitted = []
    # (a spy on the event: the ingest's own loads are announced before the re-reading)
    monkeypatch.setattr(flows.ingest, "emit_facts_changed", lambda result, wh: emitted.append(result))

    def locked(*args, **kwargs):
        raise WarehouseLockedError("warehouse locked by another process; gave up after 30s")

    monkeypatch.setattr(flows.ingest, "reextract_stale", locked)
    source = Source("page", "url", site.url("/mistral.html"), lang="en", allow_private=True)
    summary = ingest(str(warehouse), [source], FAST, now=T0)
    assert summary.load.articles_new == 1 and summary.reextracted.articles_changed == 0
    assert [(e.articles_new, e.articles_changed) for e in emitted] == [(1, 0)]
