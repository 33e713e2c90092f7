"""Compare models.estimate with Epoch AI's GPU clusters table.

Runs the estimator on every cluster whose primary chip is in our accelerator
table and that has no secondary chip, using the cluster's first-operational year
(2025 for undated clusters, as Epoch does for power), and prints how often
H100-equivalents agree within 2 %, power within 5 %, and the median absolute
percentage error of capex against Epoch's calculated hardware cost.

Usage: python bench/estimate_vs_epoch.py [path/to/epoch_clusters.csv]
"""

from __future__ import annotations

import csv
import statistics
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.estimate import estimate, resolve_chip  # noqa: E402

DEFAULT_CSV = Path(__file__).resolve().parents[1].parent / "shared/reference/epoch_clusters.csv"
UNDATED_YEAR = 2025


def _relative_error(ours: float, theirs: float) -> float:
    return abs(ours - theirs) / theirs


def _number(value: str) -> float | None:
    return float(value) if value.strip() else None


def compare(path: Path) -> dict:
    """Per-row comparison of our estimate with Epoch's figures."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            chip = resolve_chip(row["chip_primary"])
            if chip is None or row["chip_secondary"].strip():
                continue
            dated = row["first_operational_date"].strip()
            year = int(dated[:4]) if dated else UNDATED_YEAR
            ours = estimate(chip, int(float(row["qty_primary"])), year)
            rows.append(
                {
                    "name": row["name"],
                    "chip": chip,
                    "year": year,
                    "h100e": (ours["h100e"], _number(row["h100_equivalents"])),
                    "power_mw": (ours["power_mw"], _number(row["calculated_power_mw"])),
                    "capex_usd": (ours["capex_usd"], _number(row["calculated_cost_usd"])),
                }
            )
    return {"rows": rows}


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT_CSV
    if not path.is_file():
        print(f"Epoch clusters CSV not found: {path}", file=sys.stderr)
        return 2
    rows = compare(path)["rows"]

    h100e_pairs = [(r, *r["h100e"]) for r in rows if r["h100e"][1]]
    power_pairs = [(r, *r["power_mw"]) for r in rows if r["power_mw"][1] and r["power_mw"][0]]
    capex_pairs = [(r, *r["capex_usd"]) for r in rows if r["capex_usd"][1] and r["capex_usd"][0]]
    h100e_ok = [p for p in h100e_pairs if _relative_error(p[1], p[2]) <= 0.02]
    power_ok = [p for p in power_pairs if _relative_error(p[1], p[2]) <= 0.05]
    capex_errors = [_relative_error(ours, theirs) for _, ours, theirs in capex_pairs]

    print(f"epoch file: {path}")
    print(f"rows compared (chip in our table, no secondary chip): {len(rows)}")
    print(f"H100e within 2%: {len(h100e_ok)} / {len(h100e_pairs)}")
    print(f"power within 5%: {len(power_ok)} / {len(power_pairs)}")
    if capex_errors:
        print(
            f"capex vs Epoch calculated_cost_usd: median abs % error "
            f"{100 * statistics.median(capex_errors):.1f}% over {len(capex_errors)} rows "
            f"(within 10%: {sum(e <= 0.10 for e in capex_errors)})"
        )

    misses = [p for p in h100e_pairs if p not in h100e_ok]
    if misses:
        print("\nH100e outside 2% (ours vs Epoch):")
        for row, ours, theirs in misses:
            print(f"  {row['name']} [{row['chip']}]: {ours:,.0f} vs {theirs:,.0f}")
    misses = [p for p in power_pairs if p not in power_ok]
    if misses:
        print("\npower outside 5% (ours vs Epoch, MW):")
        for row, ours, theirs in misses:
            print(f"  {row['name']} [{row['chip']}]: {ours:.2f} vs {theirs:.2f}")

    by_chip: dict[str, list[float]] = defaultdict(list)
    for (row, _, _), error in zip(capex_pairs, capex_errors, strict=True):
        by_chip[row["chip"]].append(error)
    print("\ncapex median abs % error by chip:")
    for chip, errors in sorted(by_chip.items()):
        print(f"  {chip:12s} {100 * statistics.median(errors):5.1f}%  ({len(errors)} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
