"""Time a full refresh of the downstream models on a large synthetic warehouse.

Builds a warehouse with 1,000,000 facts over 200 labs (by default: 40 % funding, 40 % GPUs,
10 % costs, 10 % power, plus 1,000 analyst overrides; each funding mention in an article of its
own, GPU counts two to an article, costs and power in the GPU articles), then runs
`models.refresh.refresh` twice in a fresh process each: once on a warehouse without funding
events (every event is new) and once more (the steady state: nothing changes). Prints seconds and peak memory
(the process's maximum resident set size) for each. Goal: under 5 s.

Usage: python bench/models.py [--facts N] [--labs N] [--warehouse PATH] [--keep]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

GOAL_SECONDS = 5.0

# the synthetic world: every lab raises ROUNDS rounds and reports GPUs on many days;
# each fact gets an article of its own date, and cost/power facts share a GPU fact's article
_BUILD = """
CREATE TEMP TABLE params AS SELECT
    {funding} AS n_funding, {gpus} AS n_gpus, {costs} AS n_costs, {power} AS n_power,
    {labs} AS n_labs, 40 AS rounds;

-- funding mentions: lab, round number, a date near the round's date, amounts with some noise
CREATE TEMP TABLE gen_funding AS
SELECT
    i,
    'Lab ' || (i % n_labs) AS lab,
    r,
    DATE '2017-01-01' + CAST(r * 75 + (hash(i, 'day') % 60) AS INTEGER) AS day,
    CAST(hash(i, 'kind') % 100 AS INTEGER) AS kind,
    1e7 * pow(1.3, r) * (1 + (hash(i % n_labs, r) % 50) / 100.0) AS base_amount,
    CAST(hash(i, 'noise') % 100 AS INTEGER) AS noise
FROM (
    SELECT i, n_labs, CAST(hash(i, 'round') % rounds AS INTEGER) AS r
    FROM range({funding}) t(i), params
);

INSERT INTO articles (article_id, canonical_url, url, title, published, lang, body,
                      content_hash, fetched_at, extractor_version)
SELECT 'fa' || i, 'https://bench.example/f/' || i, 'https://bench.example/f/' || i,
       'funding ' || i, CAST(day AS TIMESTAMP) AT TIME ZONE 'UTC', 'en', 'body',
       'hf' || i, TIMESTAMPTZ '2026-01-01 00:00:00+00', 'bench'
FROM gen_funding;

-- (the last NULL of each fact table: the hedge columns migration 006 added at the end)
INSERT INTO funding_facts
SELECT
    'ff' || i, 'fa' || i, lab,
    CASE WHEN kind < 90 THEN amount END,
    CASE WHEN kind % 7 = 0 THEN 'EUR' ELSE 'USD' END,
    CASE WHEN kind < 90 THEN amount END,
    CASE
        WHEN r < 11 AND kind % 2 = 0 THEN 'Series ' || chr(65 + r)
        WHEN r >= 11 AND kind % 5 = 0 THEN 'strategic round'
    END,
    CASE WHEN kind >= 60 THEN amount * 5 END, 'USD', CASE WHEN kind >= 60 THEN amount * 5 END,
    CASE WHEN kind % 3 = 0 THEN 'post' END,
    ['Investor ' || (i % 50), 'Investor ' || (r % 7)],
    CASE WHEN noise < 10 THEN 'talks' WHEN noise < 25 THEN 'announced' ELSE 'closed' END,
    NULL, 'evidence ' || i, 0, 10, 0.8, 'bench', NULL
FROM (
    SELECT *, round(base_amount * CASE WHEN noise < 20 THEN 1 + (noise - 10) / 300.0 ELSE 1 END, -3)
        AS amount
    FROM gen_funding
);

-- GPU observations: counts that double about once a year, several chips, some plans
CREATE TEMP TABLE gen_gpus AS
SELECT
    i,
    -- an article reports two GPU counts of one lab; one article in ten, of two labs
    'Lab ' || CASE WHEN (i // 2) % 10 = 0 THEN i % n_labs ELSE (i // 2) % n_labs END AS lab,
    DATE '2018-01-01' + CAST(hash(i, 'day') % 3000 AS INTEGER) AS day,
    CAST(hash(i, 'chip') % 10 AS INTEGER) AS chip_no,
    CAST(hash(i, 'status') % 10 AS INTEGER) AS status_no
FROM range({gpus}) t(i), params;

INSERT INTO articles (article_id, canonical_url, url, title, published, lang, body,
                      content_hash, fetched_at, extractor_version)
SELECT DISTINCT 'ga' || (i // 2), 'https://bench.example/g/' || (i // 2),
       'https://bench.example/g/' || (i // 2), 'gpus ' || (i // 2),
       CAST(min(day) OVER (PARTITION BY i // 2) AS TIMESTAMP) AT TIME ZONE 'UTC', 'en', 'body',
       'hg' || (i // 2), TIMESTAMPTZ '2026-01-01 00:00:00+00', 'bench'
FROM gen_gpus;

INSERT INTO gpu_facts
SELECT
    'gf' || i, 'ga' || (i // 2), lab,
    CAST(round(1000 * pow(2, date_diff('day', DATE '2018-01-01', day) / 365.0)
               * (1 + (hash(i, 'n') % 20) / 100.0), -2) AS BIGINT),
    ['H100', 'A100', 'H200', 'B200', 'GB200', NULL, 'GPUs', 'TPU v4',
     'Nvidia H100 SXM5 80GB', 'MI300X'][chip_no + 1],
    CASE WHEN status_no < 5 THEN 'operational' WHEN status_no < 7 THEN 'training'
         ELSE 'planned' END,
    CASE WHEN status_no >= 7 THEN 'end of ' || (year(day) + 1) END,
    NULL, 'evidence ' || i, 0, 10, 0.8, 'bench', NULL
FROM gen_gpus;

-- costs and power: in the article of a GPU fact, about those GPUs
INSERT INTO cost_facts
SELECT
    'cf' || g.fact_id, g.article_id, g.owner || ' cluster',
    g.count * 30000.0, 'USD', g.count * 30000.0,
    CASE WHEN hash(g.fact_id) % 3 = 0 THEN 'year' ELSE 'one-off' END, 'hardware',
    'The ' || format('{{:,}}', g.count) || ' GPUs cost a lot.', 0, 10, 0.7, 'bench', NULL
FROM gpu_facts g
WHERE CAST(substr(g.fact_id, 3) AS BIGINT) % 4 = 0
LIMIT {costs};

INSERT INTO power_facts
SELECT
    'pf' || g.fact_id, g.article_id, g.owner || ' campus', g.count * 0.0015, 'planned',
    'The site draws power for ' || format('{{:,}}', g.count) || ' GPUs.', 0, 10, 0.7, 'bench', NULL
FROM gpu_facts g
WHERE CAST(substr(g.fact_id, 3) AS BIGINT) % 4 = 2
LIMIT {power};

-- an analyst's corrections
INSERT INTO overrides
SELECT 'ovr' || i, 'funding', 'ff' || (i * 397), 'reject', NULL, NULL, 'bench',
       TIMESTAMPTZ '2026-01-02 00:00:00+00'
FROM range(300) t(i);
INSERT INTO overrides
SELECT 'ovs' || i, 'funding', 'ff' || (i * 401 + 1), 'set', 'status', 'closed', 'bench',
       TIMESTAMPTZ '2026-01-02 00:00:00+00'
FROM range(300) t(i);
INSERT INTO overrides
SELECT 'ovg' || i, 'gpus', 'gf' || (i * 389 + 3), 'set', 'count', '12345', 'bench',
       TIMESTAMPTZ '2026-01-02 00:00:00+00'
FROM range(300) t(i);
INSERT INTO overrides
SELECT 'ovc' || i, 'costs', 'cfgf' || (i * 4 * 97), 'reject', NULL, NULL, 'bench',
       TIMESTAMPTZ '2026-01-02 00:00:00+00'
FROM range(100) t(i);
"""


def build(path: Path, facts: int, labs: int) -> dict[str, int]:
    """Create the synthetic warehouse at `path`; return row counts per fact table."""
    from warehouse import connect, migrate

    funding, gpus = facts * 4 // 10, facts * 4 // 10
    costs = facts // 10
    power = facts - funding - gpus - costs
    con = connect(path)
    try:
        migrate(con)
        con.execute("BEGIN TRANSACTION")
        con.execute(_BUILD.format(funding=funding, gpus=gpus, costs=costs, power=power, labs=labs))
        con.execute("COMMIT")
        tables = ("funding_facts", "gpu_facts", "cost_facts", "power_facts", "overrides",
                  "articles")
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        con.close()


def refresh_once(path: Path) -> dict:
    """Run one refresh; the time and this process's peak memory."""
    from models.refresh import refresh
    from warehouse import connect, migrate

    con = connect(path)
    try:
        migrate(con)
        started, cpu_started = time.perf_counter(), _cpu_seconds()
        result = refresh(con)
        seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu_started
        counts = {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("funding_events", "lab_compute", "lab_compute_trajectory", "cluster_costs")
        }
    finally:
        con.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "peak_mb": round(peak_mb),
        "changed_events": len(result.changed_events),
        **counts,
    }


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def _refresh_in_child(path: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--refresh-only", "--warehouse", str(path)],
        capture_output=True, text=True, check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"refresh failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--labs", type=int, default=200)
    parser.add_argument("--warehouse", type=Path, help="where to build (default: a temp folder)")
    parser.add_argument("--keep", action="store_true", help="keep the warehouse file")
    parser.add_argument("--refresh-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.refresh_only:
        print(json.dumps(refresh_once(args.warehouse)))
        return 0

    folder = None
    if args.warehouse is None:
        folder = tempfile.TemporaryDirectory(prefix="computewatch-bench-")
        args.warehouse = Path(folder.name) / "bench.duckdb"
    if args.warehouse.exists():
        raise SystemExit(f"{args.warehouse} exists; give a new path")
    started = time.perf_counter()
    counts = build(args.warehouse, args.facts, args.labs)
    total = sum(counts[t] for t in ("funding_facts", "gpu_facts", "cost_facts", "power_facts"))
    print(f"built {total:,} facts over {args.labs} labs in {time.perf_counter() - started:.1f}s: "
          + ", ".join(f"{n:,} {t}" for t, n in counts.items()))
    ok = True
    for label in ("first refresh (all events new)", "second refresh (nothing changed)"):
        run = _refresh_in_child(args.warehouse)
        ok = ok and run["seconds"] < GOAL_SECONDS
        print(f"{label}: {run['seconds']:.2f} s ({run['cpu_seconds']:.2f} s CPU, load average "
              f"{_load_average()}), peak {run['peak_mb']} MB; "
              f"{run['funding_events']:,} funding events ({run['changed_events']:,} new or "
              f"changed), {run['lab_compute']:,} lab_compute rows, "
              f"{run['lab_compute_trajectory']:,} trajectory rows, "
              f"{run['cluster_costs']:,} labs in cluster_costs")
    print(f"goal: under {GOAL_SECONDS:.0f} s per refresh: {'met' if ok else 'NOT met'}")
    if args.keep:
        print(f"warehouse kept at {args.warehouse}")
    elif folder is not None:
        folder.cleanup()
    else:
        args.warehouse.unlink()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
