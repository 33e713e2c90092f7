"""Analyst corrections of facts: reject a fact, or set one of its fields.

An override names a fact by its `fact_id`, which stays the same when the article is
re-extracted and the extractor finds the same fact again, so a correction outlives
re-extraction. The models apply overrides when they read facts (`models/sql/005_overrides.sql`):
the latest value set for a field wins; a rejected fact is left out everywhere. Removing an
override undoes it at the next refresh.
"""

from __future__ import annotations

import json
import math
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime

import duckdb

from warehouse.load import FACT_TABLES

# value kinds of settable fields
_TEXT, _NUMBER, _COUNT, _CURRENCY, _DATE, _LIST = "text", "number", "count", "currency", "date", "list"

# what an analyst may set, per kind of fact: field -> value kind, or the allowed values.
# `date` moves a fact to another day (the article's date is used otherwise); `lab` attributes
# a cost or power fact to a lab.
SETTABLE_FIELDS: dict[str, dict[str, str | tuple[str, ...]]] = {
    "funding": {
        "lab": _TEXT, "amount": _NUMBER, "currency": _CURRENCY, "amount_usd": _NUMBER,
        "round": _TEXT, "valuation": _NUMBER, "valuation_currency": _CURRENCY,
        "valuation_usd": _NUMBER, "valuation_type": ("pre", "post"), "investors": _LIST,
        "status": ("closed", "announced", "talks"), "date": _DATE,
    },
    "gpus": {
        "owner": _TEXT, "count": _COUNT, "chip": _TEXT,
        "status": ("operational", "training", "planned", "unknown"), "target_date": _TEXT,
        "provider": _TEXT, "date": _DATE,
    },
    "costs": {
        "lab": _TEXT, "subject": _TEXT, "amount": _NUMBER, "currency": _CURRENCY,
        "amount_usd": _NUMBER, "period": ("one-off", "year"), "what": _TEXT, "date": _DATE,
    },
    "power": {
        "lab": _TEXT, "subject": _TEXT, "mw": _NUMBER,
        "status": ("operational", "training", "planned", "unknown"), "date": _DATE,
    },
}

# fields a fact cannot do without: they may be corrected but not cleared
_REQUIRED = {("gpus", "count"), ("gpus", "owner"), ("costs", "amount"), ("power", "mw"),
             ("funding", "lab")}

# the word that clears a field (stores NULL)
CLEAR = "null"

_MIN_PREFIX = 6


class OverrideError(ValueError):
    """An override that cannot be made: unknown fact or override, bad field or value."""


@dataclass(frozen=True)
class FactRef:
    """A fact found by id (or unique id prefix), with a one-line description."""

    fact_kind: str
    fact_id: str
    summary: str


@dataclass(frozen=True)
class Override:
    """One stored override, with the fact it applies to (None when that fact is gone)."""

    override_id: str
    fact_kind: str
    fact_id: str
    action: str
    field: str | None
    value: str | None
    note: str | None
    created_at: datetime
    fact: FactRef | None


_SUMMARY_SQL = {
    "funding": "concat_ws(' ', lab, CAST(amount AS VARCHAR), currency, round, status)",
    "gpus": "concat_ws(' ', owner, CAST(count AS VARCHAR), chip, status)",
    "costs": "concat_ws(' ', subject, CAST(amount AS VARCHAR), currency, period)",
    "power": "concat_ws(' ', subject, CAST(mw AS VARCHAR) || ' MW', status)",
}


def find_fact(con: duckdb.DuckDBPyConnection, fact_id: str) -> FactRef:
    """The fact with this id, or with this unique id prefix (at least 6 characters)."""
    wanted = (fact_id or "").strip().lower()
    if not re.fullmatch(r"[0-9a-z_-]+", wanted):
        raise OverrideError(f"fact id {fact_id!r} is not a fact id (as in the fact_id columns)")
    found = _facts_where(con, "fact_id = ?", wanted)
    if not found:
        if len(wanted) < _MIN_PREFIX:
            raise OverrideError(
                f"no fact with id {fact_id!r}; give the whole id or at least {_MIN_PREFIX} "
                "characters of it"
            )
        found = _facts_where(con, "starts_with(fact_id, ?)", wanted)
    if not found:
        raise OverrideError(f"no fact with id {fact_id!r} (see fact_id in v_funding_mentions, "
                            "v_gpu_observations, cost_observations, power_observations)")
    if len(found) > 1:
        ids = ", ".join(f.fact_id[:12] for f in found)
        raise OverrideError(f"fact id prefix {fact_id!r} matches {len(found)} facts ({ids}...); "
                            "give more characters")
    return found[0]


def _facts_where(con: duckdb.DuckDBPyConnection, where: str, value: str) -> list[FactRef]:
    found = []
    for kind, table in FACT_TABLES.items():
        rows = con.execute(
            f"SELECT fact_id, {_SUMMARY_SQL[kind]} FROM {table} WHERE {where} LIMIT 3", [value]
        ).fetchall()
        found.extend(FactRef(kind, fid, summary or "") for fid, summary in rows)
    return found


def normalise_value(fact_kind: str, field: str, value: str | None) -> str | None:
    """The value as stored for a field of a kind of fact, or OverrideError saying what is wrong.

    `null` (any case) clears the field. Numbers must be positive; counts whole; currencies
    three-letter codes; dates YYYY-MM-DD; investors a list separated by commas or semicolons.
    """
    fields = SETTABLE_FIELDS.get(fact_kind)
    if fields is None:
        raise OverrideError(f"unknown kind of fact {fact_kind!r}")
    if field not in fields:
        raise OverrideError(
            f"{fact_kind} facts have no settable field {field!r}; settable: {', '.join(fields)}"
        )
    if value is None or value.strip().lower() == CLEAR:
        if (fact_kind, field) in _REQUIRED:
            raise OverrideError(f"{field} of a {fact_kind} fact cannot be cleared, only corrected")
        return None
    text = value.strip()
    kind = fields[field]
    if isinstance(kind, tuple):
        if text.lower() not in kind:
            raise OverrideError(f"{field} must be one of {', '.join(kind)}, got {value!r}")
        return text.lower()
    if kind == _TEXT:
        if not text:
            raise OverrideError(f"{field} must not be empty (use {CLEAR!r} to clear it)")
        return text
    if kind in (_NUMBER, _COUNT):
        return _number(field, text, whole=kind == _COUNT)
    if kind == _CURRENCY:
        if not re.fullmatch(r"[A-Za-z]{3}", text):
            raise OverrideError(f"{field} must be a three-letter currency code such as USD, "
                                f"got {value!r}")
        return text.upper()
    if kind == _DATE:
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise OverrideError(f"{field} must be a date YYYY-MM-DD, got {value!r}") from None
    names = [name.strip() for name in re.split(r"[;,]", text) if name.strip()]
    if not names:
        raise OverrideError(f"{field} must name at least one investor (use {CLEAR!r} to clear)")
    return json.dumps(names, ensure_ascii=False)


def _number(field: str, text: str, *, whole: bool) -> str:
    cleaned = text.replace(",", "").replace("_", "")
    try:
        number = float(cleaned)
    except ValueError:
        raise OverrideError(f"{field} must be a number, got {text!r}") from None
    if not math.isfinite(number) or number <= 0:
        raise OverrideError(f"{field} must be a positive number, got {text!r}")
    if whole:
        if number != int(number):
            raise OverrideError(f"{field} must be a whole number, got {text!r}")
        return str(int(number))
    return repr(number)


def _new_id() -> str:
    return "ov_" + secrets.token_hex(5)


def reject(
    con: duckdb.DuckDBPyConnection, fact_id: str, note: str | None = None,
    now: datetime | None = None,
) -> Override:
    """Reject a fact: the models leave it out. Rejecting it again returns the first rejection."""
    fact = find_fact(con, fact_id)
    existing = con.execute(
        "SELECT override_id FROM overrides WHERE fact_id = ? AND action = 'reject' "
        "ORDER BY created_at LIMIT 1",
        [fact.fact_id],
    ).fetchone()
    if existing:
        return get(con, existing[0])
    return _insert(con, fact, "reject", None, None, note, now)


def set_field(
    con: duckdb.DuckDBPyConnection, fact_id: str, field: str, value: str | None,
    note: str | None = None, now: datetime | None = None,
) -> Override:
    """Set one field of a fact; the latest value set for a field wins."""
    fact = find_fact(con, fact_id)
    stored = normalise_value(fact.fact_kind, field, value)
    return _insert(con, fact, "set", field, stored, note, now)


def _insert(
    con: duckdb.DuckDBPyConnection, fact: FactRef, action: str, field: str | None,
    value: str | None, note: str | None, now: datetime | None,
) -> Override:
    override_id = _new_id()
    con.execute(
        "INSERT INTO overrides (override_id, fact_kind, fact_id, action, field, value, note, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [override_id, fact.fact_kind, fact.fact_id, action, field, value, note,
         now or datetime.now(UTC)],
    )
    return get(con, override_id)


def get(con: duckdb.DuckDBPyConnection, override_id: str) -> Override:
    """One override by id."""
    found = list_overrides(con, override_id.strip())
    if not found:
        raise OverrideError(
            f"no override with id {override_id!r} (see `computewatch override list`)"
        )
    return found[0]


def list_overrides(
    con: duckdb.DuckDBPyConnection, override_id: str | None = None
) -> list[Override]:
    """Every override (or the one with this id), oldest first, with the fact it applies to if
    that fact still exists."""
    where, params = ("WHERE override_id = ?", [override_id]) if override_id else ("", [])
    parts = " UNION ALL ".join(
        f"SELECT '{kind}' AS fact_kind, fact_id, {_SUMMARY_SQL[kind]} AS summary FROM {table} "
        "SEMI JOIN wanted USING (fact_id)"
        for kind, table in FACT_TABLES.items()
    )
    rows = con.execute(
        f"""
        WITH wanted AS (SELECT * FROM overrides {where}),
        facts AS ({parts})
        SELECT o.override_id, o.fact_kind, o.fact_id, o.action, o.field, o.value, o.note,
               o.created_at, f.fact_id IS NOT NULL, f.summary
        FROM wanted o
        LEFT JOIN facts f ON f.fact_id = o.fact_id AND f.fact_kind = o.fact_kind
        ORDER BY o.created_at, o.override_id
        """,
        params,
    ).fetchall()
    return [
        Override(
            override_id=r[0], fact_kind=r[1], fact_id=r[2], action=r[3], field=r[4], value=r[5],
            note=r[6], created_at=r[7], fact=FactRef(r[1], r[2], r[9] or "") if r[8] else None,
        )
        for r in rows
    ]


def remove(con: duckdb.DuckDBPyConnection, override_id: str) -> Override:
    """Delete an override; the models undo it at the next refresh."""
    found = get(con, override_id)
    con.execute("DELETE FROM overrides WHERE override_id = ?", [found.override_id])
    return found
