"""Run the downstream models: reference data, then every `models/sql/*.sql` file in order, in one transaction.

The models are SQL files run in name order. They define stored macros and views (the public
inputs of the analyst's views) and compute the model tables (funding_events, lab_compute,
cluster_costs) through TEMP tables, so that each input is computed once per refresh.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field
from importlib import resources

import duckdb

_SQL_NAME = re.compile(r"^\d{3}_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class FundingEventChange:
    """A funding event that a refresh created, or whose status or amount it changed."""

    event_id: str
    revision: int
    is_new: bool
    lab: str
    round: str | None
    amount: float | None
    currency: str | None
    amount_usd: float | None
    valuation_usd: float | None
    status: str | None
    source_urls: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RefreshResult:
    """What a refresh produced."""

    models: list[str]
    funding_events: int
    changed_events: list[FundingEventChange]


def model_files() -> list[tuple[str, str]]:
    """(file name, SQL) of every model, in the order they run."""
    root = resources.files("models") / "sql"
    found = [(p.name, p.read_text(encoding="utf-8")) for p in root.iterdir() if _SQL_NAME.match(p.name)]
    return sorted(found)


def load_reference_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """(Re)load every `models/reference/*.csv` into a `ref_<name>` table; return the table names."""
    names = []
    root = resources.files("models") / "reference"
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".csv"):
            continue
        table = "ref_" + entry.name[: -len(".csv")]
        with resources.as_file(entry) as path:
            con.execute(
                f"CREATE OR REPLACE TABLE {table} AS "
                "SELECT * FROM read_csv(?, header = true, auto_detect = true)",
                [str(path)],
            )
        names.append(table)
    return names


# years for which the per-chip cost table is resolved (prices fall back to the nearest year)
_YEARS = range(2017, 2031)


def load_chip_year_table(con: duckdb.DuckDBPyConnection) -> int:
    """Build `ref_chip_year`: per chip and year, the per-chip figures of `models.estimate`.

    One methodology serves `computewatch estimate` and the SQL models: this table is it,
    resolved for every chip and year, so SQL joins instead of re-deriving prices and overheads.
    """
    from models.estimate import estimate
    from models.reference_data import accelerators

    scale = 1000  # estimate rounds money to whole dollars; per 1,000 chips keeps the cents
    rows = []
    for chip in accelerators():
        for year in _YEARS:
            e = estimate(chip, scale, year)
            rows.append((
                chip, year, e["h100e"] / scale, e["peak_flops_16bit"] / scale,
                _per(e["power_mw"], scale), _per(e["capex_usd"], scale),
                _per(e["rental_usd_per_year"], scale), _per(e.get("electricity_usd_per_year"), scale),
            ))
    return _create_table(con, "ref_chip_year", {
        "chip": "VARCHAR", "year": "INTEGER", "h100e": "DOUBLE", "flops_16bit": "DOUBLE",
        "power_mw": "DOUBLE", "capex_usd": "DOUBLE", "rental_usd_per_year": "DOUBLE",
        "electricity_usd_per_year": "DOUBLE",
    }, rows)


# months for which exchange rates are resolved (dates outside use the nearest month)
_FX_YEARS = range(2000, 2041)


def load_fx_month_table(con: duckdb.DuckDBPyConnection) -> int:
    """Build `ref_fx_month`: US dollars per unit of each currency for every month.

    The rule is `models.reference_data.usd_per_unit` (the month's rate, else the year's,
    else the closest earlier year), resolved once so that SQL converts amounts with a join.
    """
    from models.reference_data import fx_rates, usd_per_unit

    rows = [
        (code, f"{year:04d}-{month:02d}-01", usd_per_unit(code, f"{year:04d}-{month:02d}").usd_per_unit)
        for code in sorted(fx_rates())
        for year in _FX_YEARS
        for month in range(1, 13)
    ]
    return _create_table(
        con, "ref_fx_month", {"currency": "VARCHAR", "month": "DATE", "usd_per_unit": "DOUBLE"}, rows
    )


def load_chip_names(con: duckdb.DuckDBPyConnection) -> int:
    """Build `chip_names`: every chip name seen in facts or overrides -> the reference chip.

    A name the table does not know maps to NULL (counted as an H100-class GPU), except an
    accelerator that is not a GPU, which maps to its own name: counted, with no H100e; a
    count in a chip's equivalents maps as that chip does (H100-equivalents to `H100E_TOTAL`)."""
    names = con.execute(
        "SELECT DISTINCT chip FROM gpu_facts WHERE chip IS NOT NULL UNION "
        "SELECT DISTINCT value FROM overrides WHERE fact_kind = 'gpus' AND field = 'chip'"
    ).fetchall()
    rows = [(name, _reference_chip(name)) for (name,) in names if name]
    return _create_table(con, "chip_names", {"name": "VARCHAR", "chip": "VARCHAR"}, rows)


_EQUIVALENT_SUFFIX = "-equivalent"
# the chip key of a fleet told in H100-equivalents: a stated H100e total, not GPUs
H100E_TOTAL = "H100e"


def _reference_chip(name: str) -> str | None:
    """The reference chip of a reported chip name. A fleet told in another chip's equivalents
    ("60,400 A100-equivalent") counts as that many of the chip; one told in H100-equivalents is
    a stated H100e total (`H100E_TOTAL`), which the models weigh against the chips they count."""
    from models.estimate import resolve_chip, unrated_accelerator

    if name.endswith(_EQUIVALENT_SUFFIX):
        base = _reference_chip(name[: -len(_EQUIVALENT_SUFFIX)])
        return H100E_TOTAL if base == "H100" else base
    return name if unrated_accelerator(name) else resolve_chip(name)


def _sql_literal(value: object) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def _create_table(
    con: duckdb.DuckDBPyConnection, table: str, columns: dict[str, str], rows: list[tuple]
) -> int:
    """(Re)create a small table from Python rows.

    The rows go in as SQL literals: binding thousands of parameters costs DuckDB's Python
    client about a second, a literal VALUES list a few milliseconds.
    """
    con.execute(
        f"CREATE OR REPLACE TABLE {table} ("
        + ", ".join(f"{name} {kind}" for name, kind in columns.items()) + ")"
    )
    for start in range(0, len(rows), 5000):
        values = ", ".join(
            "(" + ", ".join(_sql_literal(v) for v in row) + ")" for row in rows[start:start + 5000]
        )
        con.execute(f"INSERT INTO {table} VALUES {values}")
    return len(rows)


def _per(value: float | None, scale: int) -> float | None:
    return None if value is None else value / scale


# models that are views now but were tables in earlier versions of the models
_VIEW_MODELS = (
    "funding_mentions", "gpu_observations", "lab_compute_steps", "lab_compute_levels",
    "lab_compute_growth", "lab_compute_trajectory", "report_attributions", "reported_observations",
    "cost_observations", "power_observations", "override_values", "override_rejects",
)


def _drop_tables_that_are_views_now(con: duckdb.DuckDBPyConnection) -> None:
    stale = con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary "
        "AND table_name IN (SELECT unnest(?::VARCHAR[]))",
        [list(_VIEW_MODELS)],
    ).fetchall()
    for (name,) in stale:
        con.execute(f"DROP TABLE {name}")


# a statement that defines a stored macro or view (or comments on one): it only needs to run
# when the model files change
_DEFINITION = re.compile(
    r"^(\s*--[^\n]*\n)*\s*(CREATE\s+OR\s+REPLACE\s+(MACRO|VIEW)\b|COMMENT\s+ON\b)", re.IGNORECASE
)
_DEFINED_NAME = re.compile(r"CREATE\s+OR\s+REPLACE\s+(?:MACRO|VIEW)\s+(\w+)", re.IGNORECASE)
_FINGERPRINT_KEY = "model definitions"


def definitions_fingerprint(files: list[tuple[str, str]]) -> str:
    """A hash of everything the stored definitions and reference tables are built from: the
    model SQL, the reference CSVs and the estimator's code."""
    digest = hashlib.sha1()
    for name, sql in files:
        digest.update(f"{name}\0{sql}\0".encode())
    root = resources.files("models")
    sources = [root / "estimate.py", root / "reference_data.py", root / "refresh.py"]
    sources += sorted((p for p in (root / "reference").iterdir() if p.name.endswith(".csv")),
                      key=lambda p: p.name)
    for entry in sources:
        digest.update(entry.name.encode() + b"\0" + entry.read_bytes() + b"\0")
    return digest.hexdigest()


def _has_model_state(con: duckdb.DuckDBPyConnection) -> bool:
    # absent only in warehouses migrated by a development copy of 002: then define every time
    return bool(con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' "
        "AND table_name = 'model_state'"
    ).fetchone()[0])


def _stored_fingerprint(con: duckdb.DuckDBPyConnection) -> str | None:
    if not _has_model_state(con):
        return None
    row = con.execute("SELECT value FROM model_state WHERE name = ?", [_FINGERPRINT_KEY]).fetchone()
    return row[0] if row else None


def _definitions_missing(con: duckdb.DuckDBPyConnection, files: list[tuple[str, str]]) -> bool:
    """True when a reference table, or a macro or view the model files define, is not in the
    warehouse."""
    wanted = {name.lower() for _, sql in files for name in _DEFINED_NAME.findall(sql)}
    wanted |= {"ref_chip_year", "ref_fx_month"}
    wanted |= {
        "ref_" + p.name[: -len(".csv")]
        for p in (resources.files("models") / "reference").iterdir()
        if p.name.endswith(".csv")
    }
    present = {
        name.lower()
        for (name,) in con.execute(
            "SELECT view_name FROM duckdb_views() WHERE schema_name = 'main' AND NOT temporary "
            "UNION ALL SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' "
            "AND NOT temporary "
            "UNION ALL SELECT function_name FROM duckdb_functions() WHERE schema_name = 'main' "
            "AND NOT internal AND function_type IN ('macro', 'table_macro')"
        ).fetchall()
    }
    return not wanted <= present


def refresh(con: duckdb.DuckDBPyConnection, *, redefine: bool = False) -> RefreshResult:
    """Recompute every model in one transaction; report funding events created or changed.

    The reference tables, stored macros and views are rebuilt only when the model files,
    reference CSVs or estimator changed since the last refresh (or with `redefine=True`);
    the computations run every time.
    """
    files = model_files()
    fingerprint = definitions_fingerprint(files)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE refresh_before AS "
            "SELECT event_id, revision FROM funding_events"
        )
        define = (
            redefine
            or _stored_fingerprint(con) != fingerprint
            or _definitions_missing(con, files)
        )
        if define:
            _drop_tables_that_are_views_now(con)
            load_reference_tables(con)
            load_chip_year_table(con)
            load_fx_month_table(con)
        load_chip_names(con)
        names = []
        for name, sql in files:
            for statement in con.extract_statements(sql):
                if define or not _DEFINITION.match(statement.query):
                    con.execute(statement)
            names.append(name)
        if define and _has_model_state(con):
            con.execute(
                "INSERT OR REPLACE INTO model_state VALUES (?, ?, now())",
                [_FINGERPRINT_KEY, fingerprint],
            )
        changed = _changed_events(con)
        total = con.execute("SELECT count(*) FROM funding_events").fetchone()[0]
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return RefreshResult(models=names, funding_events=total, changed_events=changed)


def _changed_events(con: duckdb.DuckDBPyConnection) -> list[FundingEventChange]:
    rows = con.execute(
        """
        SELECT e.event_id, e.revision, b.event_id IS NULL, e.lab, e.round, e.amount, e.currency,
               e.amount_usd, e.valuation_usd, e.status, e.source_urls
        FROM funding_events e
        LEFT JOIN refresh_before b USING (event_id)
        WHERE b.revision IS DISTINCT FROM e.revision
        ORDER BY e.first_seen, e.event_id
        """
    ).fetchall()
    return [
        FundingEventChange(
            event_id=r[0], revision=r[1], is_new=r[2], lab=r[3], round=r[4], amount=r[5],
            currency=r[6], amount_usd=r[7], valuation_usd=r[8], status=r[9],
            source_urls=list(r[10] or []),
        )
        for r in rows
    ]
