"""`computewatch sql`: read-only queries in a separate process, four output formats, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import textwrap

import duckdb
import pytest

from tests.analyst.conftest import cli

QUERY = "SELECT lab, round, amount_usd FROM v_funding_events WHERE lab = 'xAI' ORDER BY first_seen"


def test_table_output_is_whole_when_piped(demo_warehouse):
    proc = cli("sql", QUERY, "-w", str(demo_warehouse))
    assert proc.returncode == 0, proc.stderr
    assert "lab" in proc.stdout and "xAI" in proc.stdout and "Series B" in proc.stdout
    assert "6000000000" in proc.stdout
    assert "…" not in proc.stdout  # nothing cut to fit 80 columns
    assert proc.stderr.strip().endswith("rows") or proc.stderr.strip().endswith("row")


def test_csv_output_parses(demo_warehouse):
    proc = cli("sql", QUERY, "--format", "csv", "-w", str(demo_warehouse))
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert {"lab": "xAI", "round": "Series B", "amount_usd": "6000000000"} in rows


def test_jsonl_output_keeps_lists_and_numbers(demo_warehouse):
    proc = cli("sql", "SELECT lab, amount_usd, source_urls FROM v_funding_events "
               "WHERE lab = 'xAI' AND round = 'Series B'", "--format", "jsonl",
               "-w", str(demo_warehouse))
    assert proc.returncode == 0, proc.stderr
    (record,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert record["amount_usd"] == 6e9
    assert isinstance(record["source_urls"], list) and len(record["source_urls"]) >= 2


def test_parquet_goes_to_the_out_file(demo_warehouse, tmp_path):
    out = tmp_path / "events.parquet"
    proc = cli("sql", "SELECT * FROM v_funding_events", "--out", str(out), "-w", str(demo_warehouse))
    assert proc.returncode == 0, proc.stderr
    with duckdb.connect() as con:
        written = con.execute("SELECT count(*) FROM read_parquet(?)", [str(out)]).fetchone()[0]
    with duckdb.connect(str(demo_warehouse), read_only=True) as con:
        stored = con.execute("SELECT count(*) FROM v_funding_events").fetchone()[0]
    assert written == stored > 0
    assert f"-> {out}" in proc.stderr


def test_parquet_without_out_is_refused(demo_warehouse):
    proc = cli("sql", "SELECT 1", "--format", "parquet", "-w", str(demo_warehouse))
    assert proc.returncode == 2
    assert "--out" in proc.stderr


def test_query_from_a_file_and_from_stdin(demo_warehouse, tmp_path):
    sql_file = tmp_path / "q.sql"
    sql_file.write_text("-- labs\nSELECT count(DISTINCT lab) AS labs FROM v_funding_events;\n")
    from_file = cli("sql", "-f", str(sql_file), "--format", "csv", "-w", str(demo_warehouse))
    from_stdin = cli("sql", "-f", "-", "--format", "csv", "-w", str(demo_warehouse),
                     stdin=sql_file.read_text())
    assert from_file.returncode == from_stdin.returncode == 0, from_file.stderr + from_stdin.stderr
    assert from_file.stdout == from_stdin.stdout
    assert from_file.stdout.splitlines()[0] == "labs"


@pytest.mark.parametrize(("query", "expected"), [
    ("SELEC 1", "Parser Error"),
    ("SELECT * FROM no_such_table", "Catalog Error"),
    ("SELECT 1 +", "Parser Error"),
])
def test_a_bad_query_prints_one_line_and_exits_2(demo_warehouse, query, expected):
    proc = cli("sql", query, "-w", str(demo_warehouse))
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert expected in lines[0]
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("query", [
    "DELETE FROM articles",
    "CREATE TABLE t AS SELECT 1",
    "DROP VIEW v_funding_events",
    "UPDATE funding_events SET lab = 'x'",
])
def test_writes_are_refused_on_one_line(warehouse_copy, query):
    proc = cli("sql", query, "-w", str(warehouse_copy))
    assert proc.returncode == 2
    (line,) = proc.stderr.strip().splitlines()
    assert "read-only" in line
    with duckdb.connect(str(warehouse_copy), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] > 0
        assert con.execute("SELECT count(*) FROM v_funding_events").fetchone()[0] > 0


def test_query_and_file_together_or_neither_are_refused(demo_warehouse, tmp_path):
    neither = cli("sql", "-w", str(demo_warehouse))
    assert neither.returncode == 2 and "--file" in neither.stderr
    both = cli("sql", "SELECT 1", "-f", str(tmp_path / "x.sql"), "-w", str(demo_warehouse))
    assert both.returncode == 2


def test_a_missing_sql_file_is_named(demo_warehouse, tmp_path):
    proc = cli("sql", "-f", str(tmp_path / "missing.sql"), "-w", str(demo_warehouse))
    assert proc.returncode == 2
    assert "missing.sql" in proc.stderr and "Traceback" not in proc.stderr


def test_a_missing_warehouse_is_one_line(tmp_path):
    proc = cli("sql", "SELECT 1", "-w", str(tmp_path / "none.duckdb"))
    assert proc.returncode == 2
    assert "does not exist" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_table_shows_max_rows_and_says_how_many_there_are(demo_warehouse):
    proc = cli("sql", "SELECT * FROM range(50) t(i)", "--max-rows", "5", "-w", str(demo_warehouse))
    assert proc.returncode == 0, proc.stderr
    assert "50 rows, 5 shown" in proc.stderr


def test_the_fts_macro_is_usable_from_sql(demo_warehouse):
    proc = cli("sql", "SELECT count(*) AS n FROM (SELECT fts_main_search_documents.match_bm25("
               "article_id, 'colossus') AS s FROM search_documents) WHERE s IS NOT NULL",
               "--format", "csv", "-w", str(demo_warehouse))
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout.splitlines()[1]) >= 1


def _hold_write_lock(db) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys
            con = duckdb.connect({str(db)!r})
            print("held", flush=True)
            sys.stdin.readline()
            con.close()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    return holder


def _release(holder: subprocess.Popen) -> None:
    holder.stdin.write("\n")
    holder.stdin.flush()
    holder.wait(timeout=10)


def test_a_lock_held_too_long_is_reported_on_one_line(warehouse_copy):
    holder = _hold_write_lock(warehouse_copy)
    try:
        proc = cli("sql", "SELECT 1", "--wait", "0.5", "-w", str(warehouse_copy))
    finally:
        _release(holder)
    assert proc.returncode == 2
    (line,) = proc.stderr.strip().splitlines()
    assert "locked by another process" in line


def test_a_lock_released_while_waiting_is_waited_out(warehouse_copy):
    holder = _hold_write_lock(warehouse_copy)
    try:
        query = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "sql", "SELECT count(*) AS n FROM v_articles",
             "--format", "csv", "--wait", "60", "-w", str(warehouse_copy)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
    finally:
        _release(holder)
    out, errors = query.communicate(timeout=90)
    assert query.returncode == 0, errors
    assert int(out.splitlines()[1]) > 0
