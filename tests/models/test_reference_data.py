"""The reference tables: complete, sourced, consistent with Epoch, and loaded strictly."""

from __future__ import annotations

import csv
import shutil
import statistics
from collections import defaultdict
from pathlib import Path

import pytest

from models import reference_data
from models.estimate import h100e_per_chip, resolve_chip
from models.reference_data import (
    ReferenceDataError,
    accelerators,
    chip_prices,
    constant,
    fx_rates,
    rental_prices,
    usd_per_unit,
)

EPOCH_CSV = Path(__file__).resolve().parents[2].parent / "shared/reference/epoch_clusters.csv"
CACHED = (
    reference_data.accelerators,
    reference_data.chip_name_index,
    reference_data.chip_prices,
    reference_data.rental_prices,
    reference_data.constants,
    reference_data.fx_rates,
)
REQUIRED_CHIPS = [
    "H100",
    "H200",
    "GH200",
    "H20",
    "H800",
    "A800",
    "A100",
    "V100",
    "B200",
    "GB200",
    "GB300",
    "MI250X",
    "MI300X",
    "MI325X",
    "TPU v4",
    "TPU v5e",
    "TPU v5p",
    "TPU v6e",
    "Trainium2",
    "GPU",
]


def _clear_caches():
    for function in CACHED:
        function.cache_clear()


@pytest.fixture
def reference_copy(tmp_path, monkeypatch):
    """A private copy of the reference folder that a test may break."""
    folder = tmp_path / "reference"
    shutil.copytree(reference_data.REFERENCE_DIR, folder)
    monkeypatch.setattr(reference_data, "REFERENCE_DIR", folder)
    _clear_caches()
    yield folder
    _clear_caches()


def test_every_table_loads_and_every_row_is_sourced():
    for path in sorted(reference_data.REFERENCE_DIR.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for line, row in enumerate(csv.DictReader(handle), start=2):
                assert row["source"].strip(), f"{path.name}:{line}"
                assert row["source_date"].strip(), f"{path.name}:{line}"
    assert accelerators() and chip_prices() and rental_prices() and fx_rates()


def test_required_chips_are_present():
    assert set(REQUIRED_CHIPS) <= set(accelerators())


def test_generic_gpu_is_h100_class():
    gpu, h100 = accelerators()["GPU"], accelerators()["H100"]
    assert gpu.priced_as == "H100"
    assert (gpu.dense_8bit_flops, gpu.dense_16bit_flops, gpu.tdp_w) == (
        h100.dense_8bit_flops,
        h100.dense_16bit_flops,
        h100.tdp_w,
    )
    assert "H100" in gpu.notes


def test_8bit_is_at_least_16bit_where_known():
    # GB300: Epoch's 8-bit basis is INT8, which Blackwell Ultra cut below its 16-bit rate
    for chip in accelerators().values():
        if chip.dense_8bit_flops is not None and chip.chip != "GB300":
            assert chip.dense_8bit_flops >= chip.dense_16bit_flops, chip.chip


@pytest.mark.skipif(not EPOCH_CSV.is_file(), reason=f"Epoch table not found at {EPOCH_CSV}")
def test_per_chip_h100e_matches_epochs_table():
    ratios: dict[str, list[float]] = defaultdict(list)
    with EPOCH_CSV.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            chip = resolve_chip(row["chip_primary"])
            if chip and not row["chip_secondary"].strip() and row["h100_equivalents"]:
                ratios[chip].append(float(row["h100_equivalents"]) / float(row["qty_primary"]))
    # we follow Epoch's basis everywhere (INT8 for GB300, BF16 for Trainium2)
    differs: set[str] = set()
    assert len(ratios) >= 15
    for chip, values in ratios.items():
        ours, _ = h100e_per_chip(chip)
        theirs = statistics.median(values)
        if chip in differs:
            assert ours > 1.5 * theirs, chip
        else:
            assert ours == pytest.approx(theirs, rel=0.005), chip


def test_epoch_chip_names_map_to_our_chips():
    assert resolve_chip("NVIDIA H100 SXM5 80GB") == "H100"
    assert resolve_chip("NVIDIA GB200") == "GB200"
    assert resolve_chip("Google TPU v4") == "TPU v4"
    assert resolve_chip("AMD Radeon Instinct MI250X") == "MI250X"
    assert resolve_chip("NVIDIA H200 SXM") == "H200"
    assert resolve_chip("AMD Instinct MI300X") == "MI300X"


@pytest.mark.parametrize(
    ("chip", "year", "expected"),
    [
        ("H100", 2023, 33_000),
        ("H100", 2024, 35_700),
        ("H100", 2025, 37_700),
        ("A100", 2020, 27_000),
        ("A100", 2021, 27_000),
        ("A100", 2022, 22_500),
        ("A100", 2023, 22_500),
        ("A100", 2024, 19_500),
    ],
)
def test_chip_prices_follow_epochs_per_chip_costs(chip, year, expected):
    row = {price.year: price for price in chip_prices()[chip]}[year]
    assert row.basis == "cluster_per_chip"
    assert row.unit_price_usd == pytest.approx(expected, rel=0.02)


def test_h100_rental_in_2024_gives_the_seed_articles_figure():
    rate = {price.year: price for price in rental_prices()["H100"]}[2024].usd_per_gpu_hour
    assert rate * 8760 * 100_000 == pytest.approx(1.7e9, rel=0.01)


def test_constants():
    assert constant("server_overhead").value == 1.82
    assert constant("h100_dense_8bit_ops").value == 1.979e15
    expected = {
        2017: 1.29,
        2018: 1.26,
        2019: 1.22,
        2020: 1.20,
        2021: 1.18,
        2022: 1.17,
        2023: 1.14,
        2024: 1.12,
        2025: 1.10,
    }
    for year, value in expected.items():
        assert constant(f"facility_factor_{year}").value == value
    assert 1.0 < constant("capex_interconnect_overhead").value < 1.3
    assert 1.3 < constant("capex_server_overhead").value < 2.1
    assert 40 < constant("electricity_usd_per_mwh").value < 150
    with pytest.raises(ReferenceDataError, match="no_such_thing"):
        constant("no_such_thing")


def test_fx_covers_every_currency_and_year():
    for currency in ("CNY", "EUR", "GBP", "HKD", "JPY", "USD"):
        periods = {rate.period for rate in fx_rates()[currency]}
        assert {str(year) for year in range(2017, 2027)} <= periods, currency


def test_fx_lookup():
    assert usd_per_unit("usd", "2024").usd_per_unit == 1
    assert usd_per_unit("CNY", "2023").usd_per_unit == pytest.approx(1 / 7.0809, rel=1e-4)
    assert usd_per_unit("EUR", "2023-05").period == "2023"  # no monthly row: the year's
    assert usd_per_unit("JPY", "2010").period == "2017"  # before the table: its first year
    assert usd_per_unit("GBP", "2031").period == "2026"  # after the table: its last year
    with pytest.raises(ValueError, match="XYZ"):
        usd_per_unit("XYZ", "2024")
    with pytest.raises(ValueError, match="period"):
        usd_per_unit("EUR", "2024-13")


def test_fx_lookup_prefers_a_monthly_rate(reference_copy):
    with (reference_copy / "fx.csv").open("a", encoding="utf-8") as handle:
        handle.write("EUR,2024-03,1.0872,test row,Federal Reserve G.5,2024-04-01\n")
    assert usd_per_unit("EUR", "2024-03").usd_per_unit == 1.0872
    assert usd_per_unit("EUR", "2024-04").period == "2024"


@pytest.mark.parametrize(
    ("filename", "bad_line", "message"),
    [
        ("accelerators.csv", "X1,ACME,2024-01-01,abc,,100,X1,,,src,2024-01-01\n", "not a number"),
        ("accelerators.csv", "X1,ACME,2024-01-01,1e12,,100,H100,,,src,2024-01-01\n", "claimed"),
        ("chip_prices.csv", "H100,2024,30000,chip,,src,2024-01-01\n", "two rows"),
        ("chip_prices.csv", "Z9,2024,30000,chip,,src,2024-01-01\n", "Z9"),
        ("chip_prices.csv", "H100,2030,30000,rumour,,src,2024-01-01\n", "basis"),
        ("rental_prices.csv", "H100,2030,-1,,src,2024-01-01\n", "positive"),
        ("rental_prices.csv", "H100,2030,2.0,,,\n", "empty source"),
        ("constants.csv", "server_overhead,2,ratio,src,2024-01-01\n", "repeated"),
        ("fx.csv", "EUR,24,1.1,,src,2024-01-01\n", "period"),
    ],
)
def test_malformed_tables_fail_with_file_and_line(reference_copy, filename, bad_line, message):
    with (reference_copy / filename).open("a", encoding="utf-8") as handle:
        handle.write(bad_line)
    loaders = {
        "accelerators.csv": reference_data.chip_name_index,
        "chip_prices.csv": reference_data.chip_prices,
        "rental_prices.csv": reference_data.rental_prices,
        "constants.csv": reference_data.constants,
        "fx.csv": reference_data.fx_rates,
    }
    with pytest.raises(ReferenceDataError, match=message) as caught:
        loaders[filename]()
    assert filename in str(caught.value)
    assert "\n" not in str(caught.value)


def test_missing_table_is_a_clear_error(reference_copy):
    (reference_copy / "constants.csv").unlink()
    with pytest.raises(ReferenceDataError, match="constants.csv"):
        reference_data.constants()
