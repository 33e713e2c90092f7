"""End to end: `computewatch run --demo` into a temp warehouse, as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

TABLES = ("articles", "article_urls", "funding_facts", "gpu_facts", "cost_facts", "power_facts",
          "funding_events")


def _run_demo(tmp: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PREFECT_HOME": str(tmp / "prefect"), "COMPUTEWATCH_DATA_DIR": str(tmp)}
    env.pop("PREFECT_API_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", "--demo", "--sources", str(tmp / "none.toml")],
        env=env, capture_output=True, text=True, timeout=300,
    )


def _counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.fixture(scope="module")
def demo_warehouse(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess]:
    tmp = tmp_path_factory.mktemp("e2e")
    proc = _run_demo(tmp)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return tmp, proc


def test_demo_run_prints_one_line_per_flow_and_summary(demo_warehouse):
    _, proc = demo_warehouse
    lines = proc.stdout.splitlines()
    for flow in ("ingest", "recompute", "alert"):
        assert sum(line.startswith(flow) for line in lines) == 1, proc.stdout
    assert "Funding events" in proc.stdout
    assert "Compute per lab" in proc.stdout


def test_demo_warehouse_holds_xai_series_b_once(demo_warehouse):
    tmp, _ = demo_warehouse
    with duckdb.connect(str(tmp / "warehouse.duckdb"), read_only=True) as con:
        rows = con.execute(
            "SELECT amount_usd, valuation_usd, n_sources FROM funding_events "
            "WHERE lab = 'xAI' AND round = 'Series B'"
        ).fetchall()
        facts = con.execute(
            "SELECT count(DISTINCT article_id) FROM funding_facts "
            "WHERE lab = 'xAI' AND round = 'Series B'"
        ).fetchone()[0]
    assert len(rows) == 1
    amount, valuation, n_sources = rows[0]
    assert amount == pytest.approx(6e9)
    assert valuation == pytest.approx(24e9)
    assert facts >= 2, "the corpus reports the round twice; both mentions should be facts"
    assert n_sources == facts


def test_demo_warehouse_holds_meta_350k_h100_planned(demo_warehouse):
    tmp, _ = demo_warehouse
    with duckdb.connect(str(tmp / "warehouse.duckdb"), read_only=True) as con:
        rows = con.execute(
            "SELECT count, status FROM gpu_facts WHERE owner = 'Meta' AND chip = 'H100'"
        ).fetchall()
    assert (350000, "planned") in rows


def test_every_fact_keeps_its_evidence(demo_warehouse):
    tmp, _ = demo_warehouse
    with duckdb.connect(str(tmp / "warehouse.duckdb"), read_only=True) as con:
        bad = con.execute(
            """
            SELECT count(*) FROM funding_facts f JOIN articles a USING (article_id)
            WHERE substr(a.body, f.span_start + 1, f.span_end - f.span_start) <> f.evidence
            """
        ).fetchone()[0]
    assert bad == 0


def test_second_run_changes_nothing(demo_warehouse):
    tmp, _ = demo_warehouse
    before = _counts(tmp / "warehouse.duckdb")
    proc = _run_demo(tmp)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert _counts(tmp / "warehouse.duckdb") == before
    assert "0 new" in proc.stdout


def test_compute_table_lists_only_labs_with_compute(demo_warehouse, tmp_path):
    import shutil

    from models.refresh import refresh
    from warehouse import write_connection

    tmp, _ = demo_warehouse
    db = tmp_path / "warehouse.duckdb"
    shutil.copy(tmp / "warehouse.duckdb", db)
    with write_connection(db) as con:
        # a lab known only by a reported cost: Anthropic, funded in the demo, with no GPU count
        article = con.execute("SELECT article_id FROM funding_facts WHERE lab = 'Anthropic' "
                              "ORDER BY article_id LIMIT 1").fetchone()[0]
        con.execute("INSERT INTO cost_facts (fact_id, article_id, subject, amount, currency, amount_usd, "
                    "period, what, evidence, span_start, span_end, confidence, extractor_version) VALUES "
                    "('cost-only', ?, 'Anthropic', 1e9, 'USD', 1e9, 'year', 'compute', 'e', 0, 1, 0.5, 't')",
                    [article])
        refresh(con)
        bare = [lab for (lab,) in con.execute(
            "SELECT lab FROM cluster_costs WHERE coalesce(current_gpus, current_h100e, planned_gpus, planned_h100e, "
            "current_capex_usd, planned_capex_usd, planned_rental_usd_per_year) IS NULL").fetchall()]
    assert bare == ["Anthropic"]
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect")}
    proc = subprocess.run([sys.executable, "-m", "flows.cli", "summary", "-w", str(db)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    table = proc.stdout.split("Compute per lab", 1)[1]
    assert "│ xAI " in table and "│ Anthropic " not in table


def test_a_run_after_an_extractor_upgrade_reads_the_stored_articles_again(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("e2e-upgrade")
    first = _run_demo(tmp)
    assert first.returncode == 0, first.stderr[-3000:]
    db = tmp / "warehouse.duckdb"
    before = _counts(db)
    with duckdb.connect(str(db)) as con:
        # as a warehouse an older extractor filled: facts it missed, none of the new hedges
        con.execute("UPDATE articles SET extractor_version = 'facts-older'")
        con.execute("DELETE FROM gpu_facts")
        con.execute("UPDATE funding_facts SET qualifier = NULL")
    proc = _run_demo(tmp)
    assert proc.returncode == 0, proc.stderr[-3000:]
    ingest_line = next(line for line in proc.stdout.splitlines() if line.startswith("ingest"))
    assert (f"{before['articles']} stored re-extracted ({before['funding_facts']} funding, "
            f"{before['gpu_facts']} gpus, {before['cost_facts']} costs, {before['power_facts']} power)"
            ) in ingest_line, ingest_line
    assert _counts(db) == before
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM funding_facts WHERE qualifier = 'over'").fetchone()[0] > 0
