"""The models on seed-style facts: the demo corpus's articles as the extractor reports them."""

from __future__ import annotations

import math
from datetime import date

import pytest

from models.refresh import refresh
from tests.models.conftest import fact

XAI_SERIES_B = dict(
    lab="xAI", amount=6e9, currency="USD", amount_usd=6e9, round="Series B", valuation=24e9,
    valuation_currency="USD", valuation_usd=24e9, valuation_type="post", status="closed",
)

SEED = [
    ("xai-series-b", "2024-05-27T07:40:00+00:00", {
        "funding": [fact(**XAI_SERIES_B, investors=["Valor Equity Partners", "Sequoia Capital"])],
        "gpus": [
            fact(owner="xAI", count=100_000, chip="H100", status="planned",
                 target_date="fall 2025", evidence="a cluster of 100,000 H100 by fall 2025"),
            fact(owner="xAI", count=20_000, chip="H100", status="training",
                 evidence="Grok 2 took about 20,000 H100 to train"),
            fact(owner="xAI", count=15_000, chip="H100", status="operational",
                 provider="Oracle", evidence="more than 15,000 H100 rented from Oracle"),
        ],
    }),
    ("xai-series-b-zh", "2024-05-28T09:12:00+08:00", {
        "funding": [fact(**XAI_SERIES_B, investors=["Andreessen Horowitz"])],
        "gpus": [
            fact(owner="xAI", count=100_000, chip="H100", status="planned",
                 target_date="2025 年秋季", evidence="计划在 2025 年秋季前建成 10 万张 H100 的集群"),
            fact(owner="xAI", count=20_000, chip="H100", status="training",
                 evidence="训练 Grok 2 用了约 2 万张 H100"),
        ],
        "costs": [fact(subject="10 万张 H100 租用一年", amount=1.7e9, currency="USD",
                       amount_usd=1.7e9, period="year", what="rental of 100,000 H100 for a year",
                       evidence="租用 10 万张 H100 一年约需 17 亿美元")],
    }),
    ("meta-350k-h100", "2024-01-18T22:30:00+00:00", {
        "gpus": [fact(owner="Meta", count=350_000, chip="H100", status="planned",
                      target_date="end of 2024",
                      evidence="about 350,000 Nvidia H100s by the end of 2024")],
        "costs": [fact(subject="Meta 350,000 H100", amount=8.75e9, currency="USD",
                       amount_usd=8.75e9, period="one-off", what="GPU cost at USD 25,000",
                       evidence="350,000 chips at USD 25,000 each is USD 8.75 billion")],
    }),
    ("xai-colossus", "2024-09-03T13:00:00+00:00", {
        "gpus": [
            fact(owner="xAI", count=100_000, chip="H100", status="operational",
                 evidence="brought the Colossus 100k H100 training cluster online"),
            fact(owner="xAI", count=200_000, chip=None, status="planned",
                 target_date="in a few months", evidence="double it to 200,000 GPUs"),
            fact(owner="xAI", count=50_000, chip="H200", status="planned",
                 evidence="including 50,000 H200"),
        ],
        "power": [fact(subject="xAI Colossus Memphis", mw=150, status="planned",
                       evidence="up to 150 MW")],
        "costs": [fact(subject="xAI Colossus phase 1", amount=3.8e9, currency="USD",
                       amount_usd=3.8e9, period="one-off", what="hardware cost estimate",
                       evidence="Epoch AI puts its hardware at about USD 3.8 billion")],
    }),
    ("xai-series-c-zh-hant", "2024-12-24T09:20:00+08:00", {
        "funding": [
            fact(lab="xAI", amount=6e9, currency="USD", amount_usd=6e9, round="Series C",
                 status="closed", investors=["Nvidia", "AMD"]),
            fact(lab="xAI", amount=6e9, currency="USD", amount_usd=6e9, round="Series B",
                 valuation=24e9, valuation_usd=24e9, status="closed"),
        ],
        "gpus": [fact(owner="xAI", count=100_000, chip="Hopper GPU", status="operational",
                      evidence="10 萬顆 Hopper 架構 GPU")],
    }),
    ("baichuan-series-a", "2024-07-25T15:30:00+08:00", {
        "funding": [fact(lab="Baichuan", amount=5e9, currency="CNY", amount_usd=7e8,
                         round="Series A", valuation=2e10, valuation_currency="CNY",
                         valuation_usd=2.8e9, valuation_type="post", status="closed")],
    }),
    ("mistral-series-b", "2024-06-11T14:20:00+02:00", {
        "funding": [fact(lab="Mistral AI", amount=6e8, currency="EUR", amount_usd=6.5e8,
                         round="Series B", valuation=5.8e9, valuation_currency="EUR",
                         valuation_usd=6.3e9, valuation_type="post", status="closed")],
    }),
]


@pytest.fixture
def seeded(warehouse, load):
    for slug, published, facts in SEED:
        load(slug, published, facts)
    refresh(warehouse)
    return warehouse


def _rows(con, sql, params=()):
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def test_xai_series_shows_20000_h100_training_and_100000_planned_in_may_2024(seeded):
    may = _rows(seeded, "SELECT * FROM lab_compute_trajectory WHERE lab = 'xAI' "
                        "AND date BETWEEN '2024-05-01' AND '2024-05-31' ORDER BY date")
    assert may, "no May 2024 point for xAI"
    for point in may:
        assert point["operational_gpus"] == 20_000
        assert point["operational_h100e"] == pytest.approx(20_000)
        assert point["operational_status"] == "training"
        assert point["planned_gpus"] == 100_000
        assert point["planned_h100e"] == pytest.approx(100_000)
    assert may[0]["planned_target_date"] == "fall 2025"
    steps = _rows(seeded, "SELECT * FROM lab_compute_steps WHERE lab = 'xAI' AND chip = 'H100' "
                          "AND horizon = 'current' AND observed_on = '2024-05-27'")
    assert [(s["gpus"], s["status"], s["n_reports"]) for s in steps] == [(20_000, "training", 2)]


def test_xai_series_steps_up_to_100000_operational_and_has_a_doubling_time(seeded):
    points = _rows(seeded, "SELECT * FROM lab_compute_trajectory WHERE lab = 'xAI' ORDER BY date")
    september = next(p for p in points if str(p["date"]) == "2024-09-03")
    assert september["operational_gpus"] == 100_000
    assert september["operational_status"] == "operational"
    # 200,000 GPUs planned, of which 50,000 H200 and (from May) 100,000 H100: the unnamed
    # GPUs are a total, not extra
    assert september["planned_gpus"] == 200_000
    assert september["planned_h100e"] == pytest.approx(200_000)
    # a log-linear fit over the four operational days: 20,000 on 27 and 28 May, then 100,000
    days = [date(2024, 5, 27), date(2024, 5, 28), date(2024, 9, 3), date(2024, 12, 24)]
    x = [(d - days[0]).days for d in days]
    y = [math.log(v) for v in (20_000, 20_000, 100_000, 100_000)]
    mean_x, mean_y = sum(x) / 4, sum(y) / 4
    slope = sum((a - mean_x) * (b - mean_y) for a, b in zip(x, y, strict=True)) / sum(
        (a - mean_x) ** 2 for a in x)
    assert september["doubling_time_days"] == pytest.approx(math.log(2) / slope)
    assert september["doubling_fit_points"] == 4
    december = points[-1]
    assert str(december["date"]) == "2024-12-24"
    # 'Hopper GPU' is no reference chip: unspecified GPUs, a total that includes the H100s
    assert december["operational_gpus"] == 100_000
    assert december["operational_h100e"] == pytest.approx(100_000)


def test_renting_100000_h100_for_a_year_is_within_5_percent_of_the_reported_17_billion(seeded):
    [rental] = _rows(seeded, "SELECT * FROM cost_observations WHERE kind = 'yearly'")
    assert rental["lab"] == "xAI"
    assert rental["gpus"] == 100_000 and rental["chip"] == "H100"
    assert rental["match_basis"] == "count stated"
    assert rental["calculated_usd"] == pytest.approx(1.7e9, rel=0.05)
    assert rental["reported_to_calculated"] == pytest.approx(1.0, abs=0.05)
    [costs] = _rows(seeded, "SELECT * FROM cluster_costs WHERE lab = 'xAI'")
    assert costs["reported_cost_usd_per_year"] == 1.7e9
    assert costs["calculated_rental_for_reported_usd_per_year"] == pytest.approx(1.7e9, rel=0.05)
    assert costs["reported_to_calculated_per_year"] == pytest.approx(1.0, abs=0.05)


def test_meta_plan_of_350000_h100_is_350000_h100e(seeded):
    [row] = _rows(seeded, "SELECT * FROM lab_compute WHERE lab = 'Meta'")
    assert (row["horizon"], row["chip"], row["gpus"]) == ("planned", "H100", 350_000)
    assert row["h100e"] == pytest.approx(350_000)
    [costs] = _rows(seeded, "SELECT * FROM cluster_costs WHERE lab = 'Meta'")
    assert costs["planned_h100e"] == pytest.approx(350_000)
    assert costs["planned_gpus"] == 350_000
    assert costs["current_h100e"] is None
    assert costs["reported_capex_usd"] == 8.75e9
    # priced at Epoch's 2024 H100 cost per chip (about USD 35,700 with servers and network)
    assert costs["calculated_capex_for_reported_usd"] == pytest.approx(350_000 * 35_702, rel=0.01)
    assert costs["reported_to_calculated_capex"] == pytest.approx(0.70, abs=0.01)


def test_cluster_costs_of_xai_now_and_planned(seeded):
    [costs] = _rows(seeded, "SELECT * FROM cluster_costs WHERE lab = 'xAI'")
    assert costs["current_gpus"] == 100_000  # 100,000 H100, also reported as 'Hopper GPU'
    assert costs["current_h100e"] == pytest.approx(100_000)
    # 100,000 H100 in 2024: Epoch's method gives 142.688 MW
    assert costs["current_power_mw"] == pytest.approx(142.688)
    assert costs["current_capex_usd"] == pytest.approx(100_000 * 35_702, rel=0.01)
    assert costs["current_energy_usd_per_year"] > 0
    assert costs["planned_gpus"] == 200_000
    # Colossus phase 1: reported USD 3.8bn against the calculated cost of 100,000 H100
    assert costs["reported_capex_usd"] == 3.8e9
    assert costs["reported_to_calculated_capex"] == pytest.approx(3.8e9 / 3.5702e9, rel=0.01)
    assert costs["reported_power_mw"] == 150
    assert costs["calculated_power_for_reported_mw"] == pytest.approx(142.688)


def test_the_xai_series_b_is_one_event_and_the_series_c_another(seeded):
    events = _rows(seeded, "SELECT * FROM funding_events WHERE lab = 'xAI' ORDER BY first_seen")
    assert [e["round"] for e in events] == ["Series B", "Series C"]
    series_b, series_c = events
    # three articles, seven months apart: a named round is one round
    assert series_b["n_sources"] == 3
    assert series_b["amount_usd"] == 6e9 and series_b["valuation_usd"] == 24e9
    assert series_b["valuation_type"] == "post"
    assert series_b["investors"] == [
        "Andreessen Horowitz", "Sequoia Capital", "Valor Equity Partners"]
    assert series_b["amount_conflict"] is False
    assert series_c["n_sources"] == 1 and series_c["amount_usd"] == 6e9


def test_non_usd_amounts_use_the_reference_rate_of_the_articles_month(seeded):
    [baichuan] = _rows(seeded, "SELECT * FROM funding_events WHERE lab = 'Baichuan'")
    rate = seeded.execute(
        "SELECT usd_per_unit FROM ref_fx_month WHERE currency = 'CNY' AND month = '2024-07-01'"
    ).fetchone()[0]
    assert (baichuan["amount"], baichuan["currency"]) == (5e9, "CNY")
    assert baichuan["amount_usd"] == pytest.approx(5e9 * rate)
    assert baichuan["amount_usd"] != 7e8  # not the extractor's approximate conversion
    assert baichuan["valuation_usd"] == pytest.approx(2e10 * rate)
    [mention] = _rows(seeded, "SELECT * FROM funding_mentions WHERE lab = 'Mistral AI'")
    assert mention["amount_usd_basis"] == "fx 2024-06"
    assert mention["amount_usd"] == pytest.approx(6e8 * 1.0824, rel=0.001)


def test_a_second_refresh_changes_nothing(seeded):
    before = _rows(seeded, "SELECT event_id, revision, updated_at FROM funding_events "
                           "ORDER BY event_id")
    result = refresh(seeded)
    assert result.changed_events == []
    after = _rows(seeded, "SELECT event_id, revision, updated_at FROM funding_events "
                          "ORDER BY event_id")
    assert after == before


def test_definitions_are_rebuilt_only_when_missing_or_changed(seeded):
    seeded.execute("DROP VIEW lab_compute_trajectory")
    refresh(seeded)
    assert seeded.execute("SELECT count(*) FROM lab_compute_trajectory").fetchone()[0] > 0
    seeded.execute("DROP TABLE ref_chip_year")
    refresh(seeded)
    assert seeded.execute("SELECT count(*) FROM ref_chip_year").fetchone()[0] > 0
    seeded.execute("UPDATE model_state SET value = 'stale'")
    seeded.execute("DROP MACRO round_key")
    refresh(seeded)
    assert seeded.execute("SELECT round_key('Series B')").fetchone()[0] == "b"


def test_lab_compute_is_the_last_step_of_every_series(seeded):
    columns = "lab, horizon, chip, status, gpus, h100e, capex_usd, observed_on, fact_id"
    table = seeded.execute(f"SELECT {columns} FROM lab_compute ORDER BY ALL").fetchall()
    steps = seeded.execute(
        f"SELECT {columns} FROM lab_compute_steps WHERE valid_until IS NULL ORDER BY ALL"
    ).fetchall()
    assert table == steps and len(table) == 6
    growth = dict(seeded.execute("SELECT lab, doubling_time_days FROM lab_compute_growth").fetchall())
    costs = dict(seeded.execute("SELECT lab, doubling_time_days FROM cluster_costs").fetchall())
    assert growth["xAI"] == pytest.approx(costs["xAI"])


def test_names_reported_since_the_last_refresh_are_keyed_before_the_next(warehouse, load):
    # round_names and target_years are rebuilt by each refresh; the views must not depend on it
    load("first", "2025-01-10T09:00:00+00:00", {"funding": [
        fact(lab="Mistral AI", amount=6e8, currency="USD", round="Series B", status="closed")]})
    refresh(warehouse)
    load("later", "2025-03-10T09:00:00+00:00", {
        "funding": [fact(lab="Reka", amount=5.8e7, currency="USD", round="series a round",
                         status="closed")],
        "gpus": [fact(owner="Reka", count=4000, chip="H100", status="planned",
                      target_date="spring 2026")],
    })
    [mention] = _rows(warehouse, "SELECT round_key, round_unique FROM funding_mentions "
                                 "WHERE lab = 'Reka'")
    assert mention == {"round_key": "a", "round_unique": True}
    [gpus] = _rows(warehouse, "SELECT target_year, cost_year FROM gpu_observations "
                              "WHERE owner = 'Reka'")
    assert gpus == {"target_year": 2026, "cost_year": 2026}
    assert warehouse.execute(
        "SELECT count(*) FROM round_names WHERE round = 'series a round'").fetchone()[0] == 0
    refresh(warehouse)
    assert warehouse.execute(
        "SELECT round_key FROM round_names WHERE round = 'series a round'").fetchone()[0] == "a"


def test_accelerators_that_are_not_gpus_are_counted_without_h100e(warehouse, load):
    load("lpus", "2025-02-10T09:00:00+00:00", {"gpus": [
        fact(owner="Groq", count=108000, chip="LPU", status="operational"),
        fact(owner="Groq", count=2000, chip="Kunlun P800", status="operational"),
    ]})
    refresh(warehouse)
    rows = _rows(warehouse, "SELECT chip_key, chip_specified, reference_chip, h100e "
                            "FROM gpu_observations WHERE owner = 'Groq' ORDER BY count DESC")
    assert rows == [
        {"chip_key": "LPU", "chip_specified": True, "reference_chip": None, "h100e": None},
        {"chip_key": "Kunlun P800", "chip_specified": True, "reference_chip": None, "h100e": None},
    ]
    [day] = _rows(warehouse, "SELECT operational_gpus, operational_h100e, "
                             "operational_gpus_without_h100e FROM lab_compute_trajectory "
                             "WHERE lab = 'Groq'")
    assert day["operational_gpus"] == 110000
    assert day["operational_gpus_without_h100e"] == 110000
    assert not day["operational_h100e"]  # not 110,000 H100-class GPUs


def test_a_fleet_stated_in_h100_equivalents_is_a_total_beside_the_named_chips(warehouse, load):
    # "350,000 H100 GPUs by the end of 2024, and overall compute equivalent to nearly 600,000
    # H100s": the equivalents include the H100s, so the lab plans 600,000 H100e, not 950,000
    load("meta-600k-h100e", "2024-03-12T16:00:00+00:00", {"gpus": [
        fact(owner="Meta", count=350_000, chip="H100", status="planned", target_date="end of 2024"),
        fact(owner="Meta", count=600_000, chip="H100-equivalent", status="planned",
             target_date="end of 2024"),
    ]})
    refresh(warehouse)
    [row] = _rows(warehouse, "SELECT chip_key, chip_specified, h100e_total, h100e, capex_usd "
                             "FROM gpu_observations WHERE chip = 'H100-equivalent'")
    assert (row["chip_key"], row["chip_specified"], row["h100e_total"]) == ("H100e", False, True)
    assert row["h100e"] == pytest.approx(600_000)
    assert row["capex_usd"] is None  # the mix of chips behind a stated H100e is unknown
    [costs] = _rows(warehouse, "SELECT * FROM cluster_costs WHERE lab = 'Meta'")
    assert costs["planned_h100e"] == pytest.approx(600_000)
    assert costs["planned_gpus"] == 350_000  # the GPUs counted, not the H100e
    assert costs["planned_capex_usd"] == pytest.approx(350_000 * 35_702, rel=0.01)
    [day] = _rows(warehouse, "SELECT planned_gpus, planned_h100e FROM lab_compute_trajectory "
                             "WHERE lab = 'Meta'")
    assert (day["planned_gpus"], day["planned_h100e"]) == (350_000, pytest.approx(600_000))


def test_a_fleet_restated_in_h100_equivalents_is_not_counted_twice(warehouse, load):
    # "150,000 GB200s so far, the equivalent of about 500,000 H100s": 500,000 H100e, not the
    # GB200s' H100e plus half a million H100-class GPUs
    load("msft-gb200", "2025-10-01T10:00:00+00:00", {"gpus": [
        fact(owner="Microsoft", count=150_000, chip="GB200", status="operational"),
        fact(owner="Microsoft", count=500_000, chip="H100-equivalent", status="operational"),
    ]})
    refresh(warehouse)
    [costs] = _rows(warehouse, "SELECT current_gpus, current_h100e FROM cluster_costs "
                               "WHERE lab = 'Microsoft'")
    assert costs["current_gpus"] == 150_000
    assert costs["current_h100e"] == pytest.approx(500_000)
    [growth] = _rows(warehouse, "SELECT * FROM lab_compute_growth WHERE lab = 'Microsoft'")
    assert growth["doubling_fit_points"] == 1


def test_a_fleet_in_another_chips_equivalents_counts_as_that_chip(warehouse, load):
    load("uae-a100e", "2025-11-04T10:00:00+00:00", {"gpus": [
        fact(owner="Microsoft", count=60_400, chip="A100-equivalent", status="planned"),
    ]})
    refresh(warehouse)
    [row] = _rows(warehouse, "SELECT chip_key, chip_specified, h100e FROM gpu_observations "
                             "WHERE chip = 'A100-equivalent'")
    assert (row["chip_key"], row["chip_specified"]) == ("A100", True)
    # an A100 is about a third of an H100 (624 / 1,979 dense 8-bit TOPS)
    assert row["h100e"] == pytest.approx(60_400 * 624 / 1979, rel=0.02)


def test_a_lab_known_only_by_a_stated_h100e_total_has_unknown_gpus_and_costs(warehouse, load):
    load("only-h100e", "2025-10-01T10:00:00+00:00", {
        "gpus": [fact(owner="xAI", count=500_000, chip="H100-equivalent", status="operational")],
        "costs": [fact(subject="xAI Colossus", amount=3.8e9, currency="USD", amount_usd=3.8e9,
                       period="one-off", what="hardware")],
    })
    refresh(warehouse)
    [costs] = _rows(warehouse, "SELECT current_gpus, current_h100e, current_capex_usd FROM cluster_costs "
                               "WHERE lab = 'xAI'")
    assert costs["current_gpus"] is None and costs["current_capex_usd"] is None
    assert costs["current_h100e"] == pytest.approx(500_000)
    [day] = _rows(warehouse, "SELECT operational_gpus, operational_h100e FROM lab_compute_trajectory "
                             "WHERE lab = 'xAI'")
    assert day["operational_gpus"] is None and day["operational_h100e"] == pytest.approx(500_000)


def test_a_reported_cost_is_compared_with_the_chips_counted_not_a_stated_h100e_total(warehouse, load):
    load("gpus-and-h100e", "2025-10-01T10:00:00+00:00", {
        "gpus": [fact(owner="OpenAI", count=1_000_000, chip="GPU", status="planned"),
                 fact(owner="OpenAI", count=2_000_000, chip="H100-equivalent", status="planned")],
        "costs": [fact(subject="OpenAI", amount=30e9, currency="USD", amount_usd=30e9, period="year",
                       what="rental of its GPUs")],
    })
    refresh(warehouse)
    [row] = _rows(warehouse, "SELECT gpus, chip, reported_to_calculated FROM cost_observations")
    assert (row["gpus"], row["chip"]) == (1_000_000, "GPU")
    assert row["reported_to_calculated"] is not None
