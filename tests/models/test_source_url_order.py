"""Source URL lists in the public views: each URL once, in the order the view documents."""

from __future__ import annotations

from models.refresh import refresh
from tests.models.conftest import fact

# values in an order that is neither the slugs' order nor their reverse
VALUES = [3, 8, 1, 6, 2, 7, 5, 4]


def test_reported_source_urls_are_distinct_and_largest_first(warehouse, load):
    for i, value in enumerate(VALUES):
        costs = [fact(subject="xAI Colossus", amount=value * 1e9, currency="USD",
                      amount_usd=value * 1e9, period="one-off", what="cluster capex")]
        # a second, smaller report in the same article must not repeat its URL
        costs.append(fact(subject="xAI Colossus", amount=value * 1e8, currency="USD",
                          amount_usd=value * 1e8, period="one-off", what="cluster capex"))
        load(f"cost-{i}", f"2025-03-{i + 1:02d}T10:00:00+00:00", {
            "gpus": [fact(owner="xAI", count=1000 * (i + 1), chip="H100", status="operational")],
            "costs": costs,
        })
    refresh(warehouse)
    urls, evidence = warehouse.execute(
        "SELECT reported_source_urls, reported_evidence FROM v_cluster_costs WHERE lab = 'xAI'"
    ).fetchone()
    by_value = sorted(range(len(VALUES)), key=lambda i: -VALUES[i])
    assert urls == [f"https://news.example/cost-{i}" for i in by_value]
    assert len(evidence) == 2 * len(VALUES)


def test_a_days_source_urls_are_distinct_and_largest_count_first(warehouse, load):
    for i, value in enumerate(VALUES):
        load(f"gpus-{i}", "2025-03-01T10:00:00+00:00", {
            "gpus": [
                fact(owner="xAI", count=value * 1000, chip="H100", status="operational"),
                fact(owner="xAI", count=value * 10, chip="H200", status="operational"),
            ],
        })
    refresh(warehouse)
    (urls,) = warehouse.execute(
        "SELECT operational_source_urls FROM v_lab_compute_trajectory "
        "WHERE lab = 'xAI' AND date = DATE '2025-03-01'"
    ).fetchone()
    by_count = sorted(range(len(VALUES)), key=lambda i: -VALUES[i])
    assert urls == [f"https://news.example/gpus-{i}" for i in by_count]
