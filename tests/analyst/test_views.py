"""The public views: documented columns, evidence and source URL on every fact, readable by any reader."""

from __future__ import annotations

import duckdb
import pytest

from tests.analyst.conftest import cli

# The documented columns (README). New columns may be added at the end; these never change.
COLUMNS = {
    "v_articles": [
        "article_id", "title", "published", "lang", "source_name", "url", "fetched_at",
        "n_funding_facts", "n_gpu_facts", "n_cost_facts", "n_power_facts", "body_chars", "body"],
    "v_funding_mentions": [
        "fact_id", "event_id", "lab", "round", "status", "amount", "currency", "amount_usd",
        "valuation", "valuation_currency", "valuation_usd", "valuation_type", "investors",
        "qualifier", "confidence", "corrected", "reported_at", "evidence", "source_url",
        "article_title", "article_id", "extractor_version", "valuation_qualifier"],
    "v_funding_events": [
        "event_id", "lab", "round", "status", "amount", "currency", "amount_usd", "valuation",
        "valuation_currency", "valuation_usd", "valuation_type", "investors", "first_seen",
        "last_seen", "n_sources", "amount_conflict", "reported_amounts_usd", "status_history",
        "revision", "evidence", "source_url", "source_urls", "amount_qualifier", "valuation_qualifier"],
    "v_gpu_observations": [
        "fact_id", "lab", "gpus", "chip", "reference_chip", "status", "horizon", "target_date",
        "provider", "observed_on", "h100e", "flops_16bit", "power_mw", "capex_usd",
        "rental_usd_per_year", "electricity_usd_per_year", "confidence", "corrected", "evidence",
        "source_url", "article_id", "qualifier"],
    "v_lab_compute": [
        "lab", "horizon", "chip", "status", "gpus", "h100e", "flops_16bit", "power_mw", "capex_usd",
        "rental_usd_per_year", "electricity_usd_per_year", "observed_on", "first_observed_on",
        "n_observations", "target_date", "evidence", "source_url", "fact_id"],
    "v_lab_compute_trajectory": [
        "lab", "date", "operational_point", "operational_status", "operational_gpus",
        "operational_h100e", "operational_gpus_without_h100e", "operational_power_mw",
        "operational_capex_usd", "operational_rental_usd_per_year", "planned_point",
        "planned_gpus", "planned_h100e", "planned_gpus_without_h100e", "planned_power_mw",
        "planned_capex_usd", "planned_rental_usd_per_year", "planned_target_date",
        "doubling_time_days", "operational_evidence", "operational_source_urls",
        "planned_evidence", "planned_source_urls"],
    "v_cluster_costs": [
        "lab", "as_of", "current_gpus", "current_h100e", "current_flops_16bit", "current_power_mw",
        "current_capex_usd", "current_rental_usd_per_year", "current_energy_usd_per_year",
        "planned_gpus", "planned_h100e", "planned_flops_16bit", "planned_power_mw",
        "planned_capex_usd", "planned_rental_usd_per_year", "planned_energy_usd_per_year",
        "planned_target_date", "doubling_time_days", "reported_capex_usd",
        "reported_to_calculated_capex", "reported_cost_usd_per_year",
        "reported_to_calculated_per_year", "reported_power_mw", "reported_to_calculated_power",
        "current_source_urls", "planned_source_urls", "reported_evidence", "reported_source_urls"],
}


@pytest.fixture(scope="module")
def con(demo_warehouse):
    connection = duckdb.connect(str(demo_warehouse), read_only=True)
    yield connection
    connection.close()


def _one(con, sql: str):
    return con.execute(sql).fetchone()[0]


@pytest.mark.parametrize("view", sorted(COLUMNS))
def test_documented_columns_come_first_in_order(con, view):
    names = [row[0] for row in con.execute(f"DESCRIBE {view}").fetchall()]
    assert names[: len(COLUMNS[view])] == COLUMNS[view]


@pytest.mark.parametrize("view", sorted(COLUMNS))
def test_every_view_has_a_comment(con, view):
    comment = _one(con, f"SELECT comment FROM duckdb_views() WHERE view_name = '{view}'")
    assert comment and len(comment) > 40


def test_a_separate_read_only_process_reads_every_view(demo_warehouse):
    query = "SELECT " + ", ".join(f"(SELECT count(*) FROM {v}) AS {v}" for v in sorted(COLUMNS))
    proc = cli("sql", query, "--format", "jsonl", "-w", str(demo_warehouse))
    assert proc.returncode == 0, proc.stderr
    assert '"v_articles": 16' in proc.stdout


@pytest.mark.parametrize(("view", "where"), [
    ("v_funding_mentions", "TRUE"),
    ("v_funding_events", "TRUE"),
    ("v_gpu_observations", "TRUE"),
    ("v_lab_compute", "TRUE"),
])
def test_every_fact_has_its_evidence_and_an_http_source(con, view, where):
    total = _one(con, f"SELECT count(*) FROM {view} WHERE {where}")
    bad = _one(con, f"SELECT count(*) FROM {view} WHERE {where} AND (evidence IS NULL OR "
                    "evidence = '' OR NOT regexp_matches(source_url, '^https?://'))")
    assert total > 0 and bad == 0


def test_the_evidence_is_in_the_source_article(con):
    bad = _one(con, """
        SELECT count(*) FROM v_funding_mentions m JOIN v_articles a USING (article_id)
        WHERE position(m.evidence IN a.body) = 0 OR a.url <> m.source_url""")
    assert bad == 0


def test_xai_series_b_is_one_event_with_its_sources(con):
    rows = con.execute("""
        SELECT amount_usd, valuation_usd, n_sources, evidence, source_url, source_urls
        FROM v_funding_events WHERE lab = 'xAI' AND round = 'Series B'""").fetchall()
    (amount, valuation, n_sources, evidence, source_url, source_urls), = rows
    assert amount == pytest.approx(6e9) and valuation == pytest.approx(24e9)
    assert n_sources == len(source_urls) >= 2
    assert source_url in source_urls
    assert "6" in evidence


def test_mentions_point_to_their_event(con):
    orphans = _one(con, """
        SELECT count(*) FROM v_funding_mentions m
        WHERE m.event_id IS NOT NULL
          AND m.event_id NOT IN (SELECT event_id FROM v_funding_events)""")
    members = _one(con, "SELECT count(*) FROM v_funding_mentions WHERE event_id IS NOT NULL")
    listed = _one(con, "SELECT sum(len(fact_ids)) FROM funding_events")
    assert orphans == 0 and members == listed


def test_lab_compute_is_the_latest_per_lab_chip_and_horizon(con):
    assert _one(con, """
        SELECT count(*) FROM (SELECT lab, horizon, chip FROM v_lab_compute
                              GROUP BY ALL HAVING count(*) > 1)""") == 0
    later = _one(con, """
        SELECT count(*) FROM v_lab_compute l JOIN v_gpu_observations o
          ON o.lab = l.lab AND o.horizon = l.horizon AND o.observed_on > l.observed_on
         AND o.chip IS NOT DISTINCT FROM l.chip""")
    assert later == 0
    assert _one(con, "SELECT gpus FROM v_lab_compute WHERE lab = 'Meta' AND horizon = 'planned' "
                     "ORDER BY gpus DESC LIMIT 1") >= 350_000


def test_trajectory_is_one_row_per_lab_and_date_with_sources_on_its_points(con):
    assert _one(con, "SELECT count(*) FROM (SELECT lab, date FROM v_lab_compute_trajectory "
                     "GROUP BY ALL HAVING count(*) > 1)") == 0
    missing = _one(con, """
        SELECT count(*) FROM v_lab_compute_trajectory
        WHERE (operational_point AND coalesce(len(operational_source_urls), 0) = 0)
           OR (planned_point AND coalesce(len(planned_source_urls), 0) = 0)""")
    assert missing == 0
    assert _one(con, "SELECT count(DISTINCT lab) FROM v_lab_compute_trajectory") >= 2


def test_cluster_costs_name_the_sources_of_their_numbers(con):
    assert _one(con, "SELECT count(*) - count(DISTINCT lab) FROM v_cluster_costs") == 0
    missing = _one(con, """
        SELECT count(*) FROM v_cluster_costs
        WHERE (current_gpus IS NOT NULL AND coalesce(len(current_source_urls), 0) = 0)
           OR (planned_gpus IS NOT NULL AND coalesce(len(planned_source_urls), 0) = 0)
           OR (coalesce(reported_capex_usd, reported_cost_usd_per_year, reported_power_mw) IS NOT NULL
               AND coalesce(len(reported_source_urls), 0) = 0)""")
    assert missing == 0


def test_articles_count_their_facts(con):
    assert _one(con, "SELECT count(*) FROM v_articles") == _one(con, "SELECT count(*) FROM articles")
    assert _one(con, "SELECT sum(n_funding_facts) FROM v_articles") == _one(
        con, "SELECT count(*) FROM funding_facts")
    assert _one(con, "SELECT sum(n_gpu_facts) FROM v_articles") == _one(
        con, "SELECT count(*) FROM gpu_facts")


def test_hedges_are_kept_beside_their_numbers(con):
    # "金额超过 10 亿美元", "租用的 H100 已超过 1.5 万", Stargate's "up to $500 billion"
    assert con.execute("""
        SELECT qualifier FROM v_funding_mentions
        WHERE lab = 'Moonshot AI' AND amount = 1e9""").fetchall() == [("over",)]
    # (told in English and in Chinese: "more than 15,000 H100s in Oracle's cloud")
    assert con.execute("""
        SELECT qualifier FROM v_gpu_observations
        WHERE lab = 'xAI' AND provider = 'Oracle'""").fetchall() == [("over",), ("over",)]
    assert con.execute("""
        SELECT qualifier FROM cost_observations WHERE amount_usd = 5e11""").fetchall() == [("up to",)]
    plain = _one(con, "SELECT count(*) FROM v_funding_mentions WHERE qualifier IS NULL")
    assert plain > 10
