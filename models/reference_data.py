"""Reference tables behind the compute and cost estimates.

Each table is a CSV file in ``models/reference/`` whose every row names its
source and the date of that source. This module reads them with the csv module
only, checks them, and caches the result for the life of the process.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

REFERENCE_DIR = Path(__file__).resolve().parent / "reference"

# Words that say who makes a chip or what kind of thing it is, but not which chip.
_NOISE_TOKENS = frozenset(
    {
        "nvidia",
        "amd",
        "google",
        "amazon",
        "aws",
        "huawei",
        "intel",
        "radeon",
        "instinct",
        "tesla",
        "cloud",
        "tensor",
        "core",
        "gpu",
        "gpus",
        "chip",
        "chips",
        "accelerator",
        "accelerators",
        "hgx",
        "dgx",
        "英伟达",
        "辉达",
        "华为",
        "谷歌",
        "亚马逊",
        "芯片",
    }
)
# Form factors that do not change a chip's figures (PCIe and NVL do, so they stay).
_NOISE_PATTERN = re.compile(r"^(sxm\d*|nvl\d+)$")
_MEMORY_SIZE = re.compile(r"\d+\s*gb\b")
_TOKEN = re.compile(r"[a-z0-9.]+|[\u3400-\u9fff]+")


class ReferenceDataError(ValueError):
    """A reference CSV is missing, malformed, or inconsistent."""


@dataclass(frozen=True)
class Accelerator:
    """One accelerator: peak dense figures, power and the names it goes by."""

    chip: str
    vendor: str
    release_date: str
    dense_16bit_flops: float | None
    dense_8bit_flops: float | None
    tdp_w: float | None
    aliases: tuple[str, ...]
    priced_as: str | None
    notes: str
    source: str
    source_date: str


@dataclass(frozen=True)
class ChipPrice:
    """Hardware cost of one accelerator in a year, with what the figure covers."""

    chip: str
    year: int
    unit_price_usd: float
    basis: str
    notes: str
    source: str
    source_date: str


@dataclass(frozen=True)
class RentalPrice:
    """Rental price of one accelerator for an hour in a year."""

    chip: str
    year: int
    usd_per_gpu_hour: float
    notes: str
    source: str
    source_date: str


@dataclass(frozen=True)
class Constant:
    """A named number used by the estimator."""

    name: str
    value: float
    unit: str
    source: str
    source_date: str


@dataclass(frozen=True)
class FxRate:
    """US dollars per unit of a currency over a year (YYYY) or a month (YYYY-MM)."""

    currency: str
    period: str
    usd_per_unit: float
    notes: str
    source: str
    source_date: str


PRICE_BASES = {
    # Epoch's calculated hardware cost per chip: servers and cluster network included.
    "cluster_per_chip": (),
    # Price of the chip (module or card) alone.
    "chip": ("capex_server_overhead", "capex_interconnect_overhead"),
    # An 8-GPU server's (or a rack's) price divided by its GPUs.
    "server_per_chip": ("capex_interconnect_overhead",),
}


def normalize_chip_name(name: str) -> tuple[str, str]:
    """Return two lookup keys for a chip name: the whole name, and the name without
    vendor words, memory sizes and form factors that do not change the chip."""
    lowered = name.casefold()
    tokens = _TOKEN.findall(lowered)
    full = "".join(tokens)
    stripped_tokens = [
        token
        for token in _TOKEN.findall(_MEMORY_SIZE.sub(" ", lowered))
        if token not in _NOISE_TOKENS and not _NOISE_PATTERN.match(token)
    ]
    return full, "".join(stripped_tokens)


def _read_rows(filename: str, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    path = REFERENCE_DIR / filename
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [column for column in required if column not in (reader.fieldnames or [])]
            if missing:
                raise ReferenceDataError(f"{path}: missing column(s) {', '.join(missing)}")
            rows = []
            for row in reader:
                if None in row:
                    raise ReferenceDataError(f"{path}:{reader.line_num}: too many fields")
                cleaned = {key: (value or "").strip() for key, value in row.items()}
                for column in ("source", "source_date"):
                    if not cleaned.get(column):
                        raise ReferenceDataError(f"{path}:{reader.line_num}: empty {column}")
                rows.append((reader.line_num, cleaned))
            return rows
    except OSError as error:
        raise ReferenceDataError(f"cannot read reference table {path}: {error}") from error


def _number(value: str, where: str, column: str, *, optional: bool = False) -> float | None:
    if value == "":
        if optional:
            return None
        raise ReferenceDataError(f"{where}: empty {column}")
    try:
        number = float(value)
    except ValueError:
        raise ReferenceDataError(f"{where}: {column} {value!r} is not a number") from None
    if number <= 0:
        raise ReferenceDataError(f"{where}: {column} must be positive, got {value}")
    return number


def _year(value: str, where: str) -> int:
    if not re.fullmatch(r"\d{4}", value):
        raise ReferenceDataError(f"{where}: year {value!r} is not YYYY")
    return int(value)


@cache
def accelerators() -> dict[str, Accelerator]:
    """All accelerators, keyed by canonical chip name."""
    columns = (
        "chip",
        "vendor",
        "release_date",
        "dense_16bit_flops",
        "dense_8bit_flops",
        "tdp_w",
        "aliases",
        "source",
        "source_date",
    )
    table: dict[str, Accelerator] = {}
    for line, row in _read_rows("accelerators.csv", columns):
        where = f"accelerators.csv:{line}"
        chip = row["chip"]
        if not chip or chip in table:
            raise ReferenceDataError(f"{where}: empty or repeated chip {chip!r}")
        accelerator = Accelerator(
            chip=chip,
            vendor=row["vendor"],
            release_date=row["release_date"],
            dense_16bit_flops=_number(row["dense_16bit_flops"], where, "dense_16bit_flops"),
            dense_8bit_flops=_number(
                row["dense_8bit_flops"], where, "dense_8bit_flops", optional=True
            ),
            tdp_w=_number(row["tdp_w"], where, "tdp_w", optional=True),
            aliases=tuple(alias.strip() for alias in row["aliases"].split("|") if alias.strip()),
            priced_as=row.get("priced_as") or None,
            notes=row.get("notes", ""),
            source=row["source"],
            source_date=row["source_date"],
        )
        table[chip] = accelerator
    for accelerator in table.values():
        if accelerator.priced_as and accelerator.priced_as not in table:
            raise ReferenceDataError(
                f"accelerators.csv: {accelerator.chip} is priced as unknown chip "
                f"{accelerator.priced_as!r}"
            )
    return table


@cache
def chip_name_index() -> dict[str, str]:
    """Lookup key -> canonical chip, built from every chip name and alias."""
    index: dict[str, str] = {}
    for accelerator in accelerators().values():
        for name in (accelerator.chip, *accelerator.aliases):
            for key in normalize_chip_name(name):
                if not key:
                    continue
                owner = index.setdefault(key, accelerator.chip)
                if owner != accelerator.chip:
                    raise ReferenceDataError(
                        f"accelerators.csv: name {name!r} is claimed by both {owner} and "
                        f"{accelerator.chip}"
                    )
    return index


def _check_known_chip(chip: str, where: str) -> None:
    if chip not in accelerators():
        raise ReferenceDataError(f"{where}: chip {chip!r} is not in accelerators.csv")


@cache
def chip_prices() -> dict[str, tuple[ChipPrice, ...]]:
    """Hardware cost per accelerator, per chip, sorted by year."""
    columns = ("chip", "year", "unit_price_usd", "basis", "source", "source_date")
    grouped: dict[str, list[ChipPrice]] = {}
    for line, row in _read_rows("chip_prices.csv", columns):
        where = f"chip_prices.csv:{line}"
        _check_known_chip(row["chip"], where)
        if row["basis"] not in PRICE_BASES:
            raise ReferenceDataError(
                f"{where}: basis {row['basis']!r} is not one of {', '.join(PRICE_BASES)}"
            )
        price = ChipPrice(
            chip=row["chip"],
            year=_year(row["year"], where),
            unit_price_usd=_number(row["unit_price_usd"], where, "unit_price_usd"),
            basis=row["basis"],
            notes=row.get("notes", ""),
            source=row["source"],
            source_date=row["source_date"],
        )
        grouped.setdefault(price.chip, []).append(price)
    return {chip: _sorted_unique(rows, "chip_prices.csv") for chip, rows in grouped.items()}


@cache
def rental_prices() -> dict[str, tuple[RentalPrice, ...]]:
    """Rental price per accelerator-hour, per chip, sorted by year."""
    columns = ("chip", "year", "usd_per_gpu_hour", "source", "source_date")
    grouped: dict[str, list[RentalPrice]] = {}
    for line, row in _read_rows("rental_prices.csv", columns):
        where = f"rental_prices.csv:{line}"
        _check_known_chip(row["chip"], where)
        price = RentalPrice(
            chip=row["chip"],
            year=_year(row["year"], where),
            usd_per_gpu_hour=_number(row["usd_per_gpu_hour"], where, "usd_per_gpu_hour"),
            notes=row.get("notes", ""),
            source=row["source"],
            source_date=row["source_date"],
        )
        grouped.setdefault(price.chip, []).append(price)
    return {chip: _sorted_unique(rows, "rental_prices.csv") for chip, rows in grouped.items()}


def _sorted_unique(rows, filename):
    ordered = sorted(rows, key=lambda row: row.year)
    for before, after in zip(ordered, ordered[1:], strict=False):
        if before.year == after.year:
            raise ReferenceDataError(f"{filename}: {after.chip} has two rows for {after.year}")
    return tuple(ordered)


@cache
def constants() -> dict[str, Constant]:
    """Named constants (overheads, facility factors, electricity price), keyed by name."""
    table: dict[str, Constant] = {}
    for line, row in _read_rows(
        "constants.csv", ("name", "value", "unit", "source", "source_date")
    ):
        where = f"constants.csv:{line}"
        if not row["name"] or row["name"] in table:
            raise ReferenceDataError(f"{where}: empty or repeated name {row['name']!r}")
        table[row["name"]] = Constant(
            name=row["name"],
            value=_number(row["value"], where, "value"),
            unit=row["unit"],
            source=row["source"],
            source_date=row["source_date"],
        )
    return table


def constant(name: str) -> Constant:
    """One constant by name; a clear error if the table lacks it."""
    try:
        return constants()[name]
    except KeyError:
        raise ReferenceDataError(f"constants.csv has no constant named {name!r}") from None


@cache
def fx_rates() -> dict[str, tuple[FxRate, ...]]:
    """Exchange rates per currency code, sorted by period."""
    grouped: dict[str, list[FxRate]] = {}
    seen: set[tuple[str, str]] = set()
    for line, row in _read_rows(
        "fx.csv", ("currency", "period", "usd_per_unit", "source", "source_date")
    ):
        where = f"fx.csv:{line}"
        currency = row["currency"].upper()
        if not re.fullmatch(r"[A-Z]{3}", currency):
            raise ReferenceDataError(f"{where}: currency {row['currency']!r} is not a code")
        if not re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2]))?", row["period"]):
            raise ReferenceDataError(f"{where}: period {row['period']!r} is not YYYY or YYYY-MM")
        if (currency, row["period"]) in seen:
            raise ReferenceDataError(f"{where}: repeated {currency} {row['period']}")
        seen.add((currency, row["period"]))
        grouped.setdefault(currency, []).append(
            FxRate(
                currency=currency,
                period=row["period"],
                usd_per_unit=_number(row["usd_per_unit"], where, "usd_per_unit"),
                notes=row.get("notes", ""),
                source=row["source"],
                source_date=row["source_date"],
            )
        )
    return {
        code: tuple(sorted(rows, key=lambda rate: rate.period)) for code, rows in grouped.items()
    }


def usd_per_unit(currency: str, period: str) -> FxRate:
    """The rate for a currency in a period ("YYYY" or "YYYY-MM").

    Uses the month's rate when the table has it, else that year's average, else
    the closest earlier year, else the earliest year. Raises ValueError for an
    unknown currency or a malformed period.
    """
    code = currency.strip().upper()
    rates = fx_rates().get(code)
    if not rates:
        raise ValueError(f"unknown currency {currency!r}; known: {', '.join(sorted(fx_rates()))}")
    if not re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2]))?", period):
        raise ValueError(f"period {period!r} is not YYYY or YYYY-MM")
    by_period = {rate.period: rate for rate in rates}
    year = period[:4]
    if period in by_period:
        return by_period[period]
    if year in by_period:
        return by_period[year]
    yearly = [rate for rate in rates if len(rate.period) == 4] or list(rates)
    earlier = [rate for rate in yearly if rate.period[:4] < year]
    return earlier[-1] if earlier else yearly[0]
