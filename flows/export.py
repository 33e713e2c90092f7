"""Query results and the public views as files: CSV, JSON lines or Parquet.

CSV and JSON lines are written here, streaming, so that `computewatch sql` and
`computewatch export` render values the same way (lists and structs as JSON, times in ISO 8601).
Parquet is DuckDB's own writer, keeping the column types.
"""

from __future__ import annotations

import csv
import json
import math
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from decimal import Decimal
from pathlib import Path
from typing import IO, Any
from uuid import UUID

import duckdb

from warehouse import read_connection

FILE_FORMATS = ("csv", "jsonl", "parquet")
EXTENSIONS = {"csv": ".csv", "jsonl": ".jsonl", "parquet": ".parquet"}
PUBLIC_VIEW_PREFIX = "v_"
_CHUNK = 5000


@dataclass(frozen=True)
class ExportedView:
    """One public view written to a file."""

    view: str
    path: Path
    rows: int
    seconds: float


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date | clock_time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None  # JSON has no NaN or infinity
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_value(v) for v in value]
    return value


def text_value(value: Any) -> str:
    """A value as one CSV or table cell: empty for NULL, JSON for lists and structs."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple | dict):
        return json.dumps(_json_value(value), ensure_ascii=False)
    if isinstance(value, float) and not math.isfinite(value):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")  # (not NULL's blank)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))  # 6000000000, not 6000000000.0
    converted = _json_value(value)
    return converted if isinstance(converted, str) else str(converted)


def _chunks(cursor: duckdb.DuckDBPyConnection) -> Iterator[list[tuple]]:
    while rows := cursor.fetchmany(_CHUNK):
        yield rows


def write_csv(cursor: duckdb.DuckDBPyConnection, stream: IO[str]) -> int:
    """Write the cursor's result as CSV with a header row; return the row count."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow([d[0] for d in cursor.description])
    count = 0
    for rows in _chunks(cursor):
        writer.writerows([text_value(v) for v in row] for row in rows)
        count += len(rows)
    return count


def write_jsonl(cursor: duckdb.DuckDBPyConnection, stream: IO[str]) -> int:
    """Write the cursor's result as one JSON object per line; return the row count."""
    names = [d[0] for d in cursor.description]
    count = 0
    for rows in _chunks(cursor):
        for row in rows:
            record = {name: _json_value(value) for name, value in zip(names, row, strict=True)}
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += len(rows)
    return count


def write_query(con: duckdb.DuckDBPyConnection, query: str, fmt: str, path: Path) -> int:
    """Run `query` and write its result to `path` (written whole or not at all); return the rows."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    try:
        if fmt == "parquet":
            relation = con.sql(query)
            if relation is None:
                raise ValueError("the query returns no result to write")
            relation.write_parquet(str(partial))
            count = con.execute(
                "SELECT count(*) FROM read_parquet(?)", [str(partial)]
            ).fetchone()[0]
        else:
            cursor = con.execute(query)
            if not cursor.description:
                raise ValueError("the query returns no result to write")
            with open(partial, "w", encoding="utf-8", newline="") as stream:
                count = (write_csv if fmt == "csv" else write_jsonl)(cursor, stream)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return count


def public_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the public views (`v_*`) in the warehouse, sorted."""
    rows = con.execute(
        "SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main' "
        "AND database_name = current_database() AND starts_with(view_name, ?) ORDER BY view_name",
        [PUBLIC_VIEW_PREFIX],
    ).fetchall()
    return [name for (name,) in rows]


def export_views(
    warehouse: str | Path,
    out_dir: Path,
    fmt: str = "parquet",
    *,
    on_start: Callable[[list[str]], None] | None = None,
    on_view: Callable[[ExportedView], None] | None = None,
) -> list[ExportedView]:
    """Write every public view to `out_dir/<view>.<ext>`; `on_start` gets the view names first."""
    if fmt not in FILE_FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FILE_FORMATS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    done = []
    with read_connection(warehouse) as con:
        views = public_views(con)
        if not views:
            raise ValueError(
                f"warehouse {warehouse} has no public views yet: run `computewatch run` first"
            )
        if on_start:
            on_start(views)
        for view in views:
            started = time.monotonic()
            path = out_dir / f"{view}{EXTENSIONS[fmt]}"
            rows = write_query(con, f'SELECT * FROM "{view}"', fmt, path)
            exported = ExportedView(view, path, rows, time.monotonic() - started)
            done.append(exported)
            if on_view:
                on_view(exported)
    return done
