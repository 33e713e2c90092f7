"""Stored articles whose facts an older extractor made are read again by the ingest flow:
their facts are replaced, a fact found again keeps its id (so corrections still apply), the
article rows stay, and an article the extractor fails on keeps its facts and is recorded."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb

import flows.reextract
from extractors.facts import EXTRACTOR_VERSION, extract_facts
from flows.ingest import ingest
from models.refresh import refresh
from warehouse import migrate, write_connection
from warehouse.load import ArticleRecord, article_id_for, load_articles
from warehouse.overrides import set_field

from .loopback import FAST

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
