"""`computewatch export`: every public view to Parquet, CSV or JSON lines."""

from __future__ import annotations

import csv
import json

import duckdb
import pytest

from flows.export import export_views, public_views
from tests.analyst.conftest import cli

EXPECTED_VIEWS = {
    "v_articles", "v_funding_events", "v_funding_mentions", "v_gpu_observations",
    "v_lab_compute", "v_lab_compute_trajectory", "v_cluster_costs",
}


def _view_counts(db) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {v: con.execute(f"SELECT count(*) FROM {v}").fetchone()[0] for v in public_views(con)}


def test_public_views_are_found(demo_warehouse):
    with duckdb.connect(str(demo_warehouse), read_only=True) as con:
        assert EXPECTED_VIEWS <= set(public_views(con))


def test_parquet_export_writes_every_view_with_its_rows(demo_warehouse, tmp_path):
    proc = cli("export", str(tmp_path / "out"), "-w", str(demo_warehouse))
    assert proc.returncode == 0, proc.stderr
    counts = _view_counts(demo_warehouse)
    with duckdb.connect() as con:
        for view, rows in counts.items():
            path = tmp_path / "out" / f"{view}.parquet"
            assert con.execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchone()[0] == rows
    # plain progress lines, one per view, when not on a terminal
    lines = [line for line in proc.stdout.splitlines() if line.startswith("export ")]
    assert len(lines) == len(counts)
    assert f"exported {len(counts)} views" in proc.stdout
    assert "\x1b[" not in proc.stdout


def test_parquet_keeps_column_types(demo_warehouse, tmp_path):
    export_views(demo_warehouse, tmp_path, "parquet")
    with duckdb.connect() as con:
        types = dict(con.execute(
            "SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))",
            [str(tmp_path / "v_funding_events.parquet")],
        ).fetchall())
    assert types["amount_usd"] == "DOUBLE"
    assert types["source_urls"] == "VARCHAR[]"


def test_csv_export_has_headers_and_json_lists(demo_warehouse, tmp_path):
    done = export_views(demo_warehouse, tmp_path, "csv")
    assert {d.view for d in done} >= EXPECTED_VIEWS
    with open(tmp_path / "v_funding_events.csv", encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    xai = next(r for r in rows if r["lab"] == "xAI" and r["round"] == "Series B")
    assert xai["amount_usd"] == "6000000000"
    assert all(u.startswith("https://") for u in json.loads(xai["source_urls"]))


def test_jsonl_export(demo_warehouse, tmp_path):
    export_views(demo_warehouse, tmp_path, "jsonl")
    lines = (tmp_path / "v_articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == _view_counts(demo_warehouse)["v_articles"]
    assert json.loads(lines[0])["url"].startswith("https://")


def test_export_twice_replaces_the_files(demo_warehouse, tmp_path):
    first = export_views(demo_warehouse, tmp_path, "parquet")
    second = export_views(demo_warehouse, tmp_path, "parquet")
    assert [d.rows for d in first] == [d.rows for d in second]
    assert not list(tmp_path.glob(".*partial"))


def test_unknown_format_is_one_line(demo_warehouse, tmp_path):
    proc = cli("export", str(tmp_path), "--format", "xlsx", "-w", str(demo_warehouse))
    assert proc.returncode == 2
    (line,) = proc.stderr.strip().splitlines()
    assert "unknown format" in line


def test_an_unwritable_folder_is_one_line(demo_warehouse, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    proc = cli("export", str(blocker / "sub"), "-w", str(demo_warehouse))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_a_missing_warehouse_is_one_line(tmp_path):
    proc = cli("export", str(tmp_path / "out"), "-w", str(tmp_path / "none.duckdb"))
    assert proc.returncode == 2 and "does not exist" in proc.stderr


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_timing_on_the_demo_warehouse(demo_warehouse, tmp_path, fmt):
    done = export_views(demo_warehouse, tmp_path, fmt)
    assert sum(d.seconds for d in done) < 10
