"""Compute, power and cost of a number of accelerators, by Epoch AI's method.

- H100-equivalents: the chip's dense 8-bit OP/s over the H100's (1.979e15); the
  dense 16-bit figure stands in where a chip has no 8-bit figure.
- Power: TDP x count x server overhead (1.82) x the year's facility factor (PUE).
- Capex: hardware cost per chip for the year x count, times the server and
  cluster-network overheads that the price does not already include.
- Rental: USD per accelerator-hour for the year x 8,760 hours x count.

Every figure used comes from the reference tables and is returned, with its
source, under ``assumptions``.
"""

from __future__ import annotations

import re

from models.reference_data import (
    PRICE_BASES,
    Accelerator,
    ChipPrice,
    RentalPrice,
    accelerators,
    chip_name_index,
    chip_prices,
    constant,
    constants,
    normalize_chip_name,
    rental_prices,
)

_FACILITY_PREFIX = "facility_factor_"
_EARLIEST_YEAR, _LATEST_YEAR = 1990, 2100


def resolve_chip(name: str) -> str | None:
    """Canonical chip name for a chip name or alias ("Nvidia H100 SXM5 80GB" -> "H100"),
    or None when the name is not in the accelerator table."""
    if not isinstance(name, str) or not name.strip():
        return None
    index = chip_name_index()
    for key in normalize_chip_name(name):
        if key and key in index:
            return index[key]
    return None


# Accelerator families that are not GPUs and have no row in the accelerator table: their
# counts cannot be read as H100-class (a Groq LPU or a Cerebras wafer is nothing like one),
# so the models keep them as chips without H100-equivalents.
_UNRATED_FAMILIES = re.compile(
    r"\b(?:lpu|language processing units?|wse|wafer[- ]scale|kunlun|昆仑芯|崑崙芯|gaudi|"
    r"ascend\s?910c|mtia|maia)\b|昆仑芯|崑崙芯",
    re.IGNORECASE,
)


def unrated_accelerator(name: str) -> bool:
    """True for a named accelerator that is not a GPU and not in the accelerator table
    ("LPU", "WSE-3", "Kunlun P800", "Gaudi 3"): counted, but without H100-equivalents."""
    return (isinstance(name, str) and resolve_chip(name) is None
            and _UNRATED_FAMILIES.search(name) is not None)


def _accelerator(chip: str) -> Accelerator:
    canonical = resolve_chip(chip)
    if canonical is None:
        known = ", ".join(accelerators())
        raise ValueError(f"unknown chip {chip!r}; known chips: {known}")
    return accelerators()[canonical]


def h100e_per_chip(chip: str) -> tuple[float, str]:
    """H100-equivalents of one chip and the precision it rests on ("8-bit" or "16-bit")."""
    accelerator = _accelerator(chip)
    divisor = constant("h100_dense_8bit_ops").value
    if accelerator.dense_8bit_flops is not None:
        return accelerator.dense_8bit_flops / divisor, "8-bit"
    return accelerator.dense_16bit_flops / divisor, "16-bit"


def default_year() -> int:
    """The year used when none is given: the latest year with a chip price."""
    return max(price.year for prices in chip_prices().values() for price in prices)


def facility_factor(year: int) -> tuple[float, int, str]:
    """The facility factor (PUE) for a year, the table year it came from, and its source.

    Years after the table use its last year (1.10 from 2025 on); years before it use
    its first year.
    """
    table = {
        int(name.removeprefix(_FACILITY_PREFIX)): item
        for name, item in constants().items()
        if name.startswith(_FACILITY_PREFIX)
    }
    if not table:
        raise ValueError("constants.csv has no facility_factor_YYYY rows")
    used = min(max(year, min(table)), max(table))
    return table[used].value, used, table[used].source


def _pick_year(rows: tuple, year: int) -> ChipPrice | RentalPrice:
    """The row for the year, else the latest earlier one, else the earliest later one."""
    earlier = [row for row in rows if row.year <= year]
    return earlier[-1] if earlier else rows[0]


def _priced_rows(accelerator, table):
    """Rows for the chip, or for the chip it is priced as, and which chip they belong to."""
    if accelerator.chip in table:
        return table[accelerator.chip], accelerator.chip
    if accelerator.priced_as and accelerator.priced_as in table:
        return table[accelerator.priced_as], accelerator.priced_as
    return None, None


def _year_note(wanted: int, used: int) -> str:
    if wanted == used:
        return ""
    return f"no figure for {wanted}; used {used}, the nearest year in the table"


def _check_count(count: object) -> int:
    if isinstance(count, bool) or not isinstance(count, int):
        raise ValueError(f"count must be a whole number of chips, got {count!r}")
    if count <= 0:
        raise ValueError(f"count must be positive, got {count}")
    return count


def _check_year(year: object) -> int | None:
    if year is None:
        return None
    if isinstance(year, bool) or not isinstance(year, int):
        raise ValueError(f"year must be a calendar year such as 2024, got {year!r}")
    if not _EARLIEST_YEAR <= year <= _LATEST_YEAR:
        raise ValueError(f"year {year} is outside {_EARLIEST_YEAR}-{_LATEST_YEAR}")
    return year


def _source(item) -> dict:
    return {"source": item.source, "source_date": item.source_date}


def estimate(chip: str, count: int, year: int | None = None) -> dict:
    """Estimate compute, power, capex and rental for ``count`` chips in ``year``.

    Returns {"chip", "count", "year", "h100e", "peak_flops_16bit", "power_mw",
    "capex_usd", "rental_usd_per_year", "electricity_usd_per_year", "assumptions"}.
    A figure the reference tables cannot support (no TDP, no price) is None and
    ``assumptions`` says why. Raises ValueError naming the chip and listing the
    known chips for an unknown chip, and ValueError for a count that is not a
    positive whole number or a year that is not a plausible calendar year.
    """
    accelerator = _accelerator(chip)
    count = _check_count(count)
    wanted_year = _check_year(year)
    year_used = default_year() if wanted_year is None else wanted_year
    assumptions: dict = {
        "year": {
            "value": year_used,
            "note": "no year given: the latest year with price data"
            if wanted_year is None
            else "as given",
        },
        "chip": {
            "input": chip,
            "canonical": accelerator.chip,
            "dense_16bit_flops": accelerator.dense_16bit_flops,
            "dense_8bit_flops": accelerator.dense_8bit_flops,
            "tdp_w": accelerator.tdp_w,
            "notes": accelerator.notes,
            **_source(accelerator),
        },
    }

    ratio, basis = h100e_per_chip(accelerator.chip)
    divisor = constant("h100_dense_8bit_ops")
    assumptions["h100e"] = {
        "per_chip": ratio,
        "basis": basis,
        "h100_dense_8bit_ops": divisor.value,
        "note": "dense 8-bit OP/s / H100's"
        if basis == "8-bit"
        else "no 8-bit figure for this chip: dense 16-bit FLOP/s / H100's dense 8-bit OP/s",
        **_source(divisor),
    }

    power_mw = _power_mw(accelerator, count, year_used, assumptions)
    capex_usd = _capex_usd(accelerator, count, year_used, assumptions)
    rental_usd = _rental_usd(accelerator, count, year_used, assumptions)

    electricity_usd = None
    if power_mw is not None:
        price = constant("electricity_usd_per_mwh")
        hours = constant("hours_per_year")
        electricity_usd = round(power_mw * hours.value * price.value)
        assumptions["electricity"] = {
            "usd_per_mwh": price.value,
            "hours_per_year": hours.value,
            "note": "running at full power all year; US industrial average price",
            **_source(price),
        }

    return {
        "chip": accelerator.chip,
        "count": count,
        "year": year_used,
        "h100e": round(ratio * count, 6),
        "peak_flops_16bit": accelerator.dense_16bit_flops * count,
        "power_mw": power_mw,
        "capex_usd": capex_usd,
        "rental_usd_per_year": rental_usd,
        "electricity_usd_per_year": electricity_usd,
        "assumptions": assumptions,
    }


def _power_mw(accelerator: Accelerator, count: int, year: int, assumptions: dict) -> float | None:
    if accelerator.tdp_w is None:
        assumptions["power"] = {
            "note": f"no public TDP for {accelerator.chip}: power not estimated"
        }
        return None
    overhead = constant("server_overhead")
    factor, factor_year, factor_source = facility_factor(year)
    assumptions["power"] = {
        "tdp_w": accelerator.tdp_w,
        "server_overhead": overhead.value,
        "server_overhead_source": overhead.source,
        "facility_factor": factor,
        "facility_factor_year": factor_year,
        "facility_factor_source": factor_source,
        "note": _facility_note(year, factor_year),
    }
    return round(accelerator.tdp_w * count * overhead.value * factor / 1e6, 6)


def _facility_note(wanted: int, used: int) -> str:
    if wanted > used:
        return f"years after {used} use the {used} factor"
    if wanted < used:
        return f"no factor before {used}; used {used}"
    return ""


def _capex_usd(accelerator: Accelerator, count: int, year: int, assumptions: dict) -> int | None:
    rows, priced_chip = _priced_rows(accelerator, chip_prices())
    if rows is None:
        assumptions["capex"] = {"note": f"no hardware price for {accelerator.chip}: not estimated"}
        return None
    price = _pick_year(rows, year)
    multiplier = 1.0
    overheads = {}
    for name in PRICE_BASES[price.basis]:
        item = constant(name)
        multiplier *= item.value
        overheads[name] = {"value": item.value, **_source(item)}
    notes = [note for note in (_year_note(year, price.year), price.notes) if note]
    if priced_chip != accelerator.chip:
        notes.insert(0, f"priced as {priced_chip}")
    assumptions["capex"] = {
        "unit_price_usd": price.unit_price_usd,
        "price_year": price.year,
        "priced_as": priced_chip,
        "basis": price.basis,
        "overheads": overheads,
        "usd_per_chip_all_in": round(price.unit_price_usd * multiplier, 2),
        "note": "; ".join(notes),
        **_source(price),
    }
    return round(price.unit_price_usd * multiplier * count)


def _rental_usd(accelerator: Accelerator, count: int, year: int, assumptions: dict) -> int | None:
    rows, priced_chip = _priced_rows(accelerator, rental_prices())
    if rows is None:
        assumptions["rental"] = {"note": f"no rental price for {accelerator.chip}: not estimated"}
        return None
    price = _pick_year(rows, year)
    hours = constant("hours_per_year")
    notes = [note for note in (_year_note(year, price.year), price.notes) if note]
    if priced_chip != accelerator.chip:
        notes.insert(0, f"priced as {priced_chip}")
    assumptions["rental"] = {
        "usd_per_gpu_hour": price.usd_per_gpu_hour,
        "price_year": price.year,
        "priced_as": priced_chip,
        "hours_per_year": hours.value,
        "note": "; ".join(notes),
        **_source(price),
    }
    return round(price.usd_per_gpu_hour * hours.value * count)
