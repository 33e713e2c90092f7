"""The estimator on the seed article's case, on aliases, and on bad input."""

from __future__ import annotations

import json

import pytest

from models.estimate import default_year, estimate, facility_factor, h100e_per_chip, resolve_chip
from models.reference_data import accelerators


def test_100k_h100_in_2024_matches_the_seed_article():
    result = estimate("H100", 100_000, 2024)
    assert result["chip"] == "H100"
    assert result["count"] == 100_000
    assert result["year"] == 2024
    assert result["h100e"] == 100_000
    assert result["power_mw"] == pytest.approx(142.688, abs=1e-9)
    assert result["rental_usd_per_year"] == pytest.approx(1.7e9, rel=0.05)
    assert result["peak_flops_16bit"] == pytest.approx(9.895e19)


def test_100k_h100_capex_is_close_to_epochs_colossus_figure():
    # Epoch: xAI Colossus phase 1, 100,000 H100 (2024-09) -> USD 3.80 billion.
    # A yearly price cannot follow Epoch's mid-2024 step, so allow 10 %.
    assert estimate("H100", 100_000, 2024)["capex_usd"] == pytest.approx(3.80e9, rel=0.10)


def test_result_is_json_and_names_every_constant_with_its_source():
    result = estimate("H100", 8, 2024)
    json.dumps(result)
    assumptions = result["assumptions"]
    for part in ("chip", "h100e", "capex", "rental", "electricity"):
        assert assumptions[part]["source"], part
    assert assumptions["power"]["server_overhead"] == 1.82
    assert assumptions["power"]["facility_factor"] == 1.12
    assert assumptions["power"]["server_overhead_source"]
    assert assumptions["power"]["facility_factor_source"]


def test_year_none_uses_the_latest_year_with_data_and_says_so():
    result = estimate("H100", 1)
    assert result["year"] == default_year() == 2025
    assert "latest year" in result["assumptions"]["year"]["note"]
    assert result["assumptions"]["power"]["facility_factor"] == 1.10


@pytest.mark.parametrize(
    ("name", "chip"),
    [
        ("H100 SXM5", "H100"),
        ("NVIDIA H100 SXM5 80GB", "H100"),
        ("nvidia h100", "H100"),
        ("英伟达H100", "H100"),
        ("H100 PCIe", "H100 PCIe"),
        ("NVIDIA GB200", "GB200"),
        ("GB200 NVL72", "GB200"),
        ("NVIDIA GB300 (Blackwell Ultra)", "GB300"),
        ("Google TPU v4", "TPU v4"),
        ("TPUv5p", "TPU v5p"),
        ("AMD Radeon Instinct MI250X", "MI250X"),
        ("NVIDIA A100 SXM4 40 GB", "A100"),
        ("NVIDIA Tesla V100 SXM2", "V100"),
        ("Amazon Trainium2", "Trainium2"),
        ("昇腾910B", "Ascend 910B"),
        ("GPU", "GPU"),
        ("H20", "H20"),
        ("H200", "H200"),
    ],
)
def test_aliases_resolve_to_canonical_chips(name, chip):
    assert resolve_chip(name) == chip


@pytest.mark.parametrize("name", ["", "   ", "H100 NVL", "Quantum Foam 9000", "B300X"])
def test_unknown_names_do_not_resolve(name):
    assert resolve_chip(name) is None


def test_estimate_accepts_an_alias_and_reports_the_canonical_chip():
    result = estimate("Nvidia H100 SXM5 80GB", 1000, 2024)
    assert result["chip"] == "H100"
    assert result["assumptions"]["chip"]["input"] == "Nvidia H100 SXM5 80GB"


def test_unknown_chip_error_is_one_line_names_the_chip_and_lists_known_chips():
    with pytest.raises(ValueError) as caught:
        estimate("Quantum Foam 9000", 10, 2024)
    message = str(caught.value)
    assert "\n" not in message
    assert "Quantum Foam 9000" in message
    for chip in ("H100", "TPU v4", "MI300X"):
        assert chip in message


@pytest.mark.parametrize("count", [0, -5, 1.5, "100", True, None])
def test_bad_counts_are_rejected(count):
    with pytest.raises(ValueError, match="count"):
        estimate("H100", count, 2024)


@pytest.mark.parametrize("year", ["2024", 24.0, 1066, 3000, True])
def test_bad_years_are_rejected(year):
    with pytest.raises(ValueError, match="year"):
        estimate("H100", 10, year)


def test_h100e_per_chip_matches_epochs_ratios():
    expected = {
        "H100": 1.0,
        "H200": 1.0,
        "GH200": 1.0,
        "GB200": 2.5265,
        "A100": 0.3153,
        "V100": 0.0632,
        "TPU v4": 0.1390,
        "TPU v3": 0.0622,
        "MI250X": 0.1935,
    }
    for chip, ratio in expected.items():
        value, _ = h100e_per_chip(chip)
        assert value == pytest.approx(ratio, rel=0.002), chip


def test_h100e_falls_back_to_16bit_and_says_so():
    assert h100e_per_chip("V100")[1] == "16-bit"
    assert h100e_per_chip("H100")[1] == "8-bit"
    note = estimate("V100", 10, 2019)["assumptions"]["h100e"]["note"]
    assert "16-bit" in note


def test_h100e_of_unknown_chip_raises():
    with pytest.raises(ValueError, match="unknown chip"):
        h100e_per_chip("nope")


@pytest.mark.parametrize(
    ("year", "factor"), [(2016, 1.29), (2017, 1.29), (2023, 1.14), (2024, 1.12), (2031, 1.10)]
)
def test_facility_factor_by_year(year, factor):
    assert facility_factor(year)[0] == factor


def test_year_without_a_price_uses_the_nearest_year_and_says_so():
    result = estimate("H100", 10, 2021)  # before any H100 price row
    capex = result["assumptions"]["capex"]
    assert capex["price_year"] == 2023
    assert "no figure for 2021" in capex["note"]


def test_chip_priced_as_another_says_so():
    result = estimate("H800", 2048, 2024)
    assert result["h100e"] == 2048
    assert result["assumptions"]["capex"]["priced_as"] == "H100"
    assert "priced as H100" in result["assumptions"]["capex"]["note"]
    assert result["capex_usd"] == estimate("H100", 2048, 2024)["capex_usd"]


def test_chip_price_basis_decides_which_overheads_apply():
    # A chip-only price gets server and network overheads.
    h20 = estimate("H20", 1000, 2024)["assumptions"]["capex"]
    assert h20["basis"] == "chip"
    assert set(h20["overheads"]) == {"capex_server_overhead", "capex_interconnect_overhead"}
    assert h20["usd_per_chip_all_in"] == pytest.approx(12000 * 1.64 * 1.0564, rel=1e-6)
    # A per-GPU server price gets only the network overhead: Epoch's B200 figure.
    b200 = estimate("B200", 1000, 2025)
    assert b200["assumptions"]["capex"]["basis"] == "server_per_chip"
    assert b200["capex_usd"] / 1000 == pytest.approx(50084, rel=0.001)


def test_missing_figures_are_none_with_a_reason():
    result = estimate("TPU v6e", 256, 2025)
    assert result["power_mw"] is None
    assert result["electricity_usd_per_year"] is None
    assert "TDP" in result["assumptions"]["power"]["note"]
    assert result["capex_usd"] is None
    assert "no hardware price" in result["assumptions"]["capex"]["note"]
    assert result["rental_usd_per_year"] == round(1.89 * 8760 * 256)


def test_every_chip_estimates_without_error():
    for chip in accelerators():
        for year in (2018, 2024, 2026):
            result = estimate(chip, 1000, year)
            assert result["h100e"] > 0
            assert result["peak_flops_16bit"] > 0
