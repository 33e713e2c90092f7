"""Analyst overrides: validation, every model applies them, they outlive re-extraction, the CLI."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from flows.cli import app
from models.refresh import refresh
from tests.models.conftest import fact
from warehouse import overrides
from warehouse.overrides import OverrideError

XAI = {
    "funding": [fact(lab="xAI", amount=6e9, currency="USD", amount_usd=6e9, round="Series B",
                     status="closed")],
    "gpus": [fact(owner="xAI", count=100_000, chip="H100", status="planned",
                  target_date="fall 2025", evidence="a cluster of 100,000 H100")],
    "costs": [fact(subject="xAI cluster", amount=1.7e9, currency="USD", amount_usd=1.7e9,
                   period="year", evidence="renting 100,000 H100 costs USD 1.7 billion a year")],
    "power": [fact(subject="Memphis site", mw=150, status="planned", evidence="150 MW")],
}


def _ids(con, kind_table):
    return [row[0] for row in con.execute(f"SELECT fact_id FROM {kind_table}").fetchall()]


@pytest.fixture
def xai(warehouse, load):
    load("xai", "2024-05-27T07:40:00+00:00", XAI)
    refresh(warehouse)
    return {
        kind: _ids(warehouse, table)[0]
        for kind, table in (("funding", "funding_facts"), ("gpus", "gpu_facts"),
                            ("costs", "cost_facts"), ("power", "power_facts"))
    }


def _one(con, sql):
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    rows = cur.fetchall()
    assert len(rows) == 1, rows
    return dict(zip(names, rows[0], strict=True))


def test_a_correction_shows_in_every_model_and_outlives_reextraction(warehouse, load, xai):
    overrides.set_field(warehouse, xai["gpus"], "count", "200,000", note="Musk said 200k")
    overrides.set_field(warehouse, xai["funding"], "amount", "6.5e9")
    overrides.set_field(warehouse, xai["costs"], "amount", "3.4e9")
    overrides.set_field(warehouse, xai["power"], "mw", "300")
    refresh(warehouse)

    def check():
        assert _one(warehouse, "SELECT amount, amount_usd FROM funding_events") == {
            "amount": 6.5e9, "amount_usd": 6.5e9}
        assert _one(warehouse, "SELECT gpus, h100e FROM lab_compute") == {
            "gpus": 200_000, "h100e": 200_000}
        costs = _one(warehouse, "SELECT * FROM cluster_costs")
        assert costs["planned_gpus"] == 200_000 and costs["planned_h100e"] == 200_000
        assert costs["reported_cost_usd_per_year"] == 3.4e9
        assert costs["reported_power_mw"] == 300
        point = _one(warehouse, "SELECT planned_gpus FROM lab_compute_trajectory")
        assert point["planned_gpus"] == 200_000
        mention = _one(warehouse, "SELECT amount, corrected FROM funding_mentions")
        assert mention == {"amount": 6.5e9, "corrected": True}

    check()
    # the same article extracted again by a newer extractor: the same facts, the same ids
    result = load("xai", "2024-05-27T07:40:00+00:00", XAI, version="v2")
    assert result.articles_changed == 1
    assert _ids(warehouse, "gpu_facts") == [xai["gpus"]]
    refresh(warehouse)
    check()


def test_a_corrected_number_drops_the_hedge_of_the_one_it_replaces(warehouse, load):
    hedged = {
        "funding": [fact(lab="xAI", amount=6e9, currency="USD", amount_usd=6e9, round="Series B",
                         valuation=24e9, valuation_currency="USD", valuation_usd=24e9,
                         qualifier="about", valuation_qualifier="over", status="closed")],
        "gpus": [fact(owner="xAI", count=100_000, chip="H100", status="planned", qualifier="over",
                      evidence="more than 100,000 H100")],
        "costs": [fact(subject="xAI cluster", amount=1.7e9, currency="USD", amount_usd=1.7e9,
                       period="year", qualifier="about", evidence="about USD 1.7 billion a year")],
        "power": [fact(subject="Memphis site", mw=150, status="planned", qualifier="up to",
                       evidence="up to 150 MW")],
    }
    load("xai", "2024-05-27T07:40:00+00:00", hedged)
    refresh(warehouse)
    ids = {kind: _ids(warehouse, table)[0] for kind, table in (
        ("funding", "funding_facts"), ("gpus", "gpu_facts"), ("costs", "cost_facts"),
        ("power", "power_facts"))}
    reads = {
        "funding": "SELECT qualifier, valuation_qualifier FROM funding_mentions",
        "gpus": "SELECT qualifier FROM gpu_observations",
        "costs": "SELECT qualifier FROM cost_observations",
        "power": "SELECT qualifier FROM power_observations",
    }
    before = {kind: _one(warehouse, sql) for kind, sql in reads.items()}
    assert before == {"funding": {"qualifier": "about", "valuation_qualifier": "over"},
                      "gpus": {"qualifier": "over"}, "costs": {"qualifier": "about"},
                      "power": {"qualifier": "up to"}}
    overrides.set_field(warehouse, ids["funding"], "amount", "6.5e9")
    overrides.set_field(warehouse, ids["gpus"], "count", "120000")
    overrides.set_field(warehouse, ids["costs"], "amount", "2e9")
    overrides.set_field(warehouse, ids["power"], "mw", "300")
    refresh(warehouse)
    after = {kind: _one(warehouse, sql) for kind, sql in reads.items()}
    # (the valuation was not corrected: its hedge stays)
    assert after == {"funding": {"qualifier": None, "valuation_qualifier": "over"},
                     "gpus": {"qualifier": None}, "costs": {"qualifier": None},
                     "power": {"qualifier": None}}
    overrides.set_field(warehouse, ids["funding"], "valuation", "25e9")
    refresh(warehouse)
    assert _one(warehouse, reads["funding"]) == {"qualifier": None, "valuation_qualifier": None}


def test_rejecting_a_fact_removes_it_everywhere_and_removing_the_override_brings_it_back(
    warehouse, xai
):
    rejected = overrides.reject(warehouse, xai["funding"], note="duplicate of a debt facility")
    overrides.reject(warehouse, xai["gpus"])
    overrides.reject(warehouse, xai["costs"])
    refresh(warehouse)
    assert warehouse.execute("SELECT count(*) FROM funding_events").fetchone()[0] == 0
    assert warehouse.execute("SELECT count(*) FROM funding_mentions").fetchone()[0] == 0
    assert warehouse.execute("SELECT count(*) FROM lab_compute").fetchone()[0] == 0
    assert warehouse.execute("SELECT count(*) FROM cost_observations").fetchone()[0] == 0
    # the power fact is left, but no fact of its article names a lab any more
    assert _one(warehouse, "SELECT lab, mw FROM power_observations") == {"lab": None, "mw": 150}
    assert warehouse.execute("SELECT count(*) FROM cluster_costs").fetchone()[0] == 0

    assert overrides.reject(warehouse, xai["funding"]).override_id == rejected.override_id
    overrides.remove(warehouse, rejected.override_id)
    refresh(warehouse)
    assert warehouse.execute("SELECT count(*) FROM funding_events").fetchone()[0] == 1


def test_the_latest_value_wins_and_null_clears_a_field(warehouse, xai):
    overrides.set_field(warehouse, xai["funding"], "round", "Series A")
    overrides.set_field(warehouse, xai["funding"], "round", "Series C")
    refresh(warehouse)
    assert _one(warehouse, "SELECT round FROM funding_events")["round"] == "Series C"
    overrides.set_field(warehouse, xai["funding"], "round", "null")
    refresh(warehouse)
    assert _one(warehouse, "SELECT round FROM funding_events")["round"] is None


def test_a_corrected_status_or_date_moves_the_fact(warehouse, xai):
    overrides.set_field(warehouse, xai["gpus"], "status", "operational")
    overrides.set_field(warehouse, xai["gpus"], "date", "2024-09-02")
    overrides.set_field(warehouse, xai["funding"], "investors", "Valor; Sequoia Capital, a16z")
    refresh(warehouse)
    assert _one(warehouse, "SELECT horizon, observed_on FROM lab_compute") == {
        "horizon": "current", "observed_on": __import__("datetime").date(2024, 9, 2)}
    assert _one(warehouse, "SELECT investors FROM funding_events")["investors"] == [
        "Sequoia Capital", "Valor", "a16z"]


def test_a_cost_can_be_attributed_to_a_lab(warehouse, load):
    load("stargate", "2025-01-21T23:10:00+00:00", {"costs": [fact(
        subject="Stargate Project", amount=5e11, currency="USD", amount_usd=5e11,
        period=None, evidence="up to USD 500 billion")]})
    refresh(warehouse)
    assert _one(warehouse, "SELECT lab FROM cost_observations")["lab"] is None
    [fact_id] = _ids(warehouse, "cost_facts")
    overrides.set_field(warehouse, fact_id, "lab", "OpenAI")
    refresh(warehouse)
    assert _one(warehouse, "SELECT lab, lab_basis FROM cost_observations") == {
        "lab": "OpenAI", "lab_basis": "override"}
    assert _one(warehouse, "SELECT lab, reported_capex_usd FROM cluster_costs") == {
        "lab": "OpenAI", "reported_capex_usd": 5e11}


@pytest.mark.parametrize(("kind", "field", "value", "message"), [
    ("gpus", "amount", "5", "gpus facts have no settable field 'amount'; settable: owner"),
    ("gpus", "count", "1.5", "count must be a whole number"),
    ("gpus", "count", "-3", "count must be a positive number"),
    ("gpus", "count", "null", "count of a gpus fact cannot be cleared"),
    ("gpus", "status", "rumoured", "status must be one of operational, training, planned"),
    ("funding", "amount", "six billion", "amount must be a number"),
    ("funding", "currency", "dollars", "currency must be a three-letter currency code"),
    ("funding", "date", "May 2024", "date must be a date YYYY-MM-DD"),
    ("costs", "period", "month", "period must be one of one-off, year"),
    ("power", "mw", "nan", "mw must be a positive number"),
])
def test_bad_values_are_refused_with_a_clear_message(warehouse, xai, kind, field, value, message):
    with pytest.raises(OverrideError, match=message.replace("(", r"\(")):
        overrides.set_field(warehouse, xai[kind], field, value)
    assert warehouse.execute("SELECT count(*) FROM overrides").fetchone()[0] == 0


def test_unknown_or_ambiguous_ids_are_refused(warehouse, xai):
    with pytest.raises(OverrideError, match="no fact with id 'ffffffffff'"):
        overrides.reject(warehouse, "ffffffffff")
    with pytest.raises(OverrideError, match="at least 6 characters"):
        overrides.reject(warehouse, "abc")
    with pytest.raises(OverrideError, match="is not a fact id"):
        overrides.reject(warehouse, "'; DROP TABLE facts")
    with pytest.raises(OverrideError, match="no override with id 'ov_nope'"):
        overrides.remove(warehouse, "ov_nope")
    # a unique prefix is enough
    found = overrides.reject(warehouse, xai["gpus"][:8])
    assert found.fact_id == xai["gpus"] and found.fact_kind == "gpus"


def test_overrides_of_facts_no_longer_extracted_are_listed_as_such(warehouse, load, xai):
    overrides.reject(warehouse, xai["power"])
    load("xai", "2024-05-27T07:40:00+00:00", {**XAI, "power": []}, version="v2")
    [listed] = overrides.list_overrides(warehouse)
    assert listed.fact is None and listed.fact_id == xai["power"]


def test_cli_override_set_list_remove(tmp_path, warehouse, load):
    load("xai", "2024-05-27T07:40:00+00:00", XAI)
    refresh(warehouse)
    gpu_fact = _ids(warehouse, "gpu_facts")[0]
    warehouse.close()  # the CLI opens the file itself
    db = str(tmp_path / "warehouse.duckdb")
    runner = CliRunner()

    done = runner.invoke(app, ["override", "set", gpu_fact[:10], "count", "150000",
                               "--note", "checked", "--warehouse", db])
    assert done.exit_code == 0, done.output
    assert "set count = 150000  gpus" in done.output
    assert "refreshed" in done.output
    listed = runner.invoke(app, ["override", "list", "--warehouse", db])
    assert listed.exit_code == 0 and "set count = 150000" in listed.output
    override_id = listed.output.split()[0]

    bad = runner.invoke(app, ["override", "set", gpu_fact, "colour", "red", "--warehouse", db])
    assert bad.exit_code == 2
    assert "gpus facts have no settable field 'colour'" in bad.output
    assert len(bad.output.strip().splitlines()) <= 2  # one clear line (wrapped at most once)

    removed = runner.invoke(app, ["override", "remove", override_id, "--warehouse", db])
    assert removed.exit_code == 0 and "removed" in removed.output
    rejected = runner.invoke(app, ["override", "reject", gpu_fact, "--no-refresh",
                                   "--warehouse", db])
    assert rejected.exit_code == 0 and "refreshed" not in rejected.output

    missing = runner.invoke(app, ["override", "list", "--warehouse", str(tmp_path / "no.duckdb")])
    assert missing.exit_code == 2 and "does not exist yet" in missing.output
