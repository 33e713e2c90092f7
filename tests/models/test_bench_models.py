"""bench/models.py builds its synthetic warehouse and times refreshes (here at a small size)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_bench_builds_refreshes_and_reports_seconds_and_memory(tmp_path):
    out = subprocess.run(
        [sys.executable, str(REPO / "bench" / "models.py"), "--facts", "5000", "--labs", "10",
         "--warehouse", str(tmp_path / "bench.duckdb")],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("built 5,000 facts over 10 labs")
    assert "2,000 funding_facts" in lines[0]
    first, second = lines[1], lines[2]
    assert first.startswith("first refresh (all events new): ") and " MB; " in first
    assert second.startswith("second refresh (nothing changed): ") and "(0 new or changed)" in second
    assert lines[-1] == "goal: under 5 s per refresh: met"
    assert not (tmp_path / "bench.duckdb").exists()
