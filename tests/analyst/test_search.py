"""Full-text search over the demo warehouse: English, Chinese (simplified and traditional), the index."""

from __future__ import annotations

import json
import time
from datetime import UTC, date, datetime

import duckdb
import pytest

from flows.search import rebuild_search_index, search
from tests.analyst.conftest import cli
from warehouse import write_connection
from warehouse.load import ArticleRecord, load_articles
from warehouse.search_index import FTS_SCHEMA, SearchIndexMissingError

XAI_ZH = "/zh/2024/05/28/xai-b-lun-60-yi-meiyuan/"


def test_the_ingest_built_the_index(demo_warehouse):
    with duckdb.connect(str(demo_warehouse), read_only=True) as con:
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        documents = con.execute("SELECT count(*) FROM search_documents").fetchone()[0]
        schemas = con.execute("SELECT count(*) FROM duckdb_schemas() WHERE schema_name = ?",
                              [FTS_SCHEMA]).fetchone()[0]
    assert documents == articles > 0
    assert schemas == 1


def test_rongzi_finds_the_chinese_xai_article(demo_warehouse):
    hits = search(demo_warehouse, "融资", limit=50)
    assert any(h.url.endswith(XAI_ZH) for h in hits), [h.url for h in hits]
    assert all(h.lang and h.lang.startswith("zh") for h in hits)
    xai = next(h for h in hits if h.url.endswith(XAI_ZH))
    assert "融资" in xai.snippet
    assert [xai.snippet[s:e] for s, e in xai.highlights][0] == "融资"
    assert xai.published.date() == date(2024, 5, 28)


def test_chinese_words_narrow_the_hits(demo_warehouse):
    hits = search(demo_warehouse, "xAI 融资")
    assert [h.url for h in hits][:1] == [hits[0].url] and hits[0].url.endswith(XAI_ZH)
    assert len(hits) < len(search(demo_warehouse, "融资", limit=50))


def test_traditional_and_simplified_queries_find_the_same_articles(demo_warehouse):
    simplified = {h.article_id for h in search(demo_warehouse, "募资", limit=50)}
    traditional = {h.article_id for h in search(demo_warehouse, "募資", limit=50)}
    assert simplified == traditional and simplified
    hit = search(demo_warehouse, "募资")[0]
    assert "募資" in hit.snippet  # the snippet shows the article's own characters


def test_an_english_word_query_works_with_stemming(demo_warehouse):
    hits = search(demo_warehouse, "Colossus")
    assert hits and "Colossus" in hits[0].title
    assert hits[0].url.startswith("https://")
    # "raise" finds "raises" and "raised"
    raised = search(demo_warehouse, "raise", limit=50)
    assert len(raised) >= 4
    assert all(h.snippet[s:e].lower().startswith("rais") for h in raised for s, e in h.highlights)


def test_every_word_must_match(demo_warehouse):
    both = {h.article_id for h in search(demo_warehouse, "Memphis Colossus", limit=50)}
    memphis = {h.article_id for h in search(demo_warehouse, "Memphis", limit=50)}
    assert both and both <= memphis
    assert search(demo_warehouse, "Colossus zeppelinzzz") == []


def test_series_b_is_not_lost_to_stop_words(demo_warehouse):
    hits = search(demo_warehouse, "Series B", limit=50)
    assert hits and all("series b" in h.snippet.lower() for h in hits)


def test_language_and_date_filters(demo_warehouse):
    english = search(demo_warehouse, "xAI", lang="en", limit=50)
    assert english and all(h.lang.startswith("en") for h in english)
    recent = search(demo_warehouse, "xAI", since=date(2024, 12, 1), limit=50)
    assert recent and all(h.published.date() >= date(2024, 12, 1) for h in recent)


def test_limit_and_ranking_order(demo_warehouse):
    hits = search(demo_warehouse, "billion", limit=3)
    assert len(hits) == 3
    assert [h.rank for h in hits] == [1, 2, 3]
    assert hits[0].score >= hits[1].score >= hits[2].score


def test_nothing_to_search_for_is_a_value_error(demo_warehouse):
    with pytest.raises(ValueError, match="nothing to search for"):
        search(demo_warehouse, "  ?! ")


def test_search_latency_on_the_demo_warehouse(demo_warehouse):
    search(demo_warehouse, "融资")  # warm the page cache
    started = time.perf_counter()
    for query in ("融资", "Colossus", "Series B", "H100"):
        search(demo_warehouse, query)
    per_query = (time.perf_counter() - started) / 4
    assert per_query < 2.0, f"{per_query:.3f}s per query"


def test_rebuild_is_a_no_op_when_nothing_changed(warehouse_copy):
    update = rebuild_search_index(warehouse_copy)
    assert (update.reindexed, update.removed, update.rebuilt) == (0, 0, False)


def test_a_new_article_becomes_searchable_after_a_rebuild(warehouse_copy):
    record = ArticleRecord(
        url="https://news.example/zh/deepseek", canonical_url="https://news.example/zh/deepseek",
        body="深度求索完成新一轮融资，用于购买昇腾芯片。DeepSeek bought Ascend accelerators.",
        fetched_at=datetime(2025, 2, 1, tzinfo=UTC), title="深度求索融资",
        published=datetime(2025, 2, 1, tzinfo=UTC), lang="zh",
    )
    with write_connection(warehouse_copy) as con:
        load_articles(con, [(record, {})], "test")
    assert search(warehouse_copy, "昇腾") == []
    update = rebuild_search_index(warehouse_copy)
    assert (update.reindexed, update.rebuilt) == (1, True)
    (hit,) = search(warehouse_copy, "昇腾")
    assert hit.url == record.canonical_url
    assert search(warehouse_copy, "Ascend")[0].url == record.canonical_url


def test_a_deleted_article_leaves_the_index(warehouse_copy):
    (victim,) = [h.article_id for h in search(warehouse_copy, "Colossus Memphis switches")]
    with write_connection(warehouse_copy) as con:
        con.execute("DELETE FROM articles WHERE article_id = ?", [victim])
    update = rebuild_search_index(warehouse_copy)
    assert update.removed == 1
    assert victim not in {h.article_id for h in search(warehouse_copy, "Colossus", limit=50)}


def test_a_warehouse_without_an_index_says_so(warehouse_copy):
    with write_connection(warehouse_copy) as con:
        con.execute(f"DROP SCHEMA {FTS_SCHEMA} CASCADE")
    with pytest.raises(SearchIndexMissingError):
        search(warehouse_copy, "xAI")
    proc = cli("search", "xAI", "-w", str(warehouse_copy))
    assert proc.returncode == 2 and "--reindex" in proc.stderr
    proc = cli("search", "xAI", "--reindex", "-w", str(warehouse_copy))
    assert proc.returncode == 0, proc.stderr
    assert "search index rebuilt" in proc.stderr and "xAI" in proc.stdout


def test_cli_prints_title_date_url_and_snippet(demo_warehouse):
    proc = cli("search", "融资", "-n", "50", "-w", str(demo_warehouse))
    assert proc.returncode == 0, proc.stderr
    assert "2024-05-28" in proc.stdout
    assert f"https://news.computewatch.example{XAI_ZH}" in proc.stdout
    assert "融资" in proc.stdout
    assert "\x1b[" not in proc.stdout  # no colour codes when piped


def test_cli_jsonl(demo_warehouse):
    proc = cli("search", "Colossus", "--jsonl", "-w", str(demo_warehouse))
    assert proc.returncode == 0, proc.stderr
    first = json.loads(proc.stdout.splitlines()[0])
    assert {"rank", "score", "title", "published", "lang", "url", "snippet", "highlights"} <= set(first)
    start, end = first["highlights"][0]
    assert first["snippet"][start:end] == "Colossus"


@pytest.mark.parametrize(("args", "message"), [
    (["!!!"], "nothing to search for"),
    (["xAI", "--since", "2024-13-01"], "not a date"),
    ([], "give some text"),
])
def test_cli_bad_input_is_one_line(demo_warehouse, args, message):
    proc = cli("search", *args, "-w", str(demo_warehouse))
    assert proc.returncode == 2
    (line,) = proc.stderr.strip().splitlines()
    assert message in line
