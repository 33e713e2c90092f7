"""`computewatch sql`: one read-only query against the warehouse, printed or written to a file.

The warehouse is opened read-only, so DuckDB itself refuses writes; a lock held by a running flow
is waited out (bounded) by `warehouse.read_connection`. Every failure becomes a `QueryError`
with one line of text, for the CLI to print without a traceback.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb
from rich.console import Console
from rich.table import Table

from flows.export import EXTENSIONS, text_value, write_csv, write_jsonl, write_query
from warehouse import WarehouseLockedError, read_connection
from warehouse.search_index import FTS_SCHEMA, load_fts

FORMATS = ("table", "csv", "jsonl", "parquet")
TABLE_CELL_CHARS = 60  # on a terminal, longer cells are shortened; piped output keeps them whole
_NUMERIC = re.compile(r"^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|U\w*INT|FLOAT|DOUBLE|DECIMAL)")


class QueryError(Exception):
    """A query that could not run; the message is one line."""


@dataclass(frozen=True)
class QueryResult:
    """What a query printed or wrote."""

    rows: int
    shown: int
    path: Path | None


def one_line(exc: BaseException) -> str:
    """An exception's message on one line, without DuckDB's multi-line source excerpt."""
    text = str(exc).split("\n\nLINE ")[0]
    return " ".join(text.split())


def format_for(fmt: str | None, out: Path | None) -> str:
    """The output format: the one asked for, else the `--out` file's extension, else a table."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise QueryError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
        return fmt
    if out is not None:
        by_suffix = {ext: name for name, ext in EXTENSIONS.items()} | {".json": "jsonl", ".ndjson": "jsonl"}
        if out.suffix.lower() in by_suffix:
            return by_suffix[out.suffix.lower()]
        raise QueryError(f"{out}: cannot tell the format from the file name; add --format csv|jsonl|parquet")
    return "table"


def read_query_file(path: str) -> str:
    """The SQL in `path` (`-` reads standard input)."""
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"{path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise QueryError(f"{path}: not UTF-8 text") from None
    if not text.strip():
        raise QueryError(f"{path}: holds no SQL")
    return text


def _explain(exc: duckdb.Error) -> str:
    message = one_line(exc)
    if "read-only mode" in message:
        return f"computewatch sql is read-only; the warehouse cannot be changed ({message})"
    return message


def run_query(
    warehouse: Path,
    query: str,
    *,
    fmt: str = "table",
    out: Path | None = None,
    console: Console | None = None,
    max_rows: int = 1000,
    wait_s: float = 30.0,
) -> QueryResult:
    """Run `query` read-only and print it (table, csv, jsonl) or write it to `out`."""
    if not query.strip():
        raise QueryError("empty query")
    if fmt == "parquet" and out is None:
        raise QueryError("parquet is a binary format: give --out FILE.parquet")
    console = console or Console()
    try:
        with read_connection(warehouse, timeout_s=wait_s) as con:
            if FTS_SCHEMA in query.lower() or "match_bm25" in query.lower():
                load_fts(con)  # the index's BM25 macro needs the extension
            if out is not None and fmt != "table":
                rows = write_query(con, query, fmt, out)
                return QueryResult(rows, 0, out)
            cursor = con.execute(query)
            if not cursor.description:
                return QueryResult(0, 0, None)
            if fmt == "table":
                return _print_table(cursor, console, max_rows, out)
            stream = sys.stdout
            rows = (write_csv if fmt == "csv" else write_jsonl)(cursor, stream)
            stream.flush()
            return QueryResult(rows, rows, None)
    except duckdb.Error as exc:
        raise QueryError(_explain(exc)) from None
    except (WarehouseLockedError, FileNotFoundError, ValueError) as exc:
        raise QueryError(one_line(exc)) from None
    except OSError as exc:
        raise QueryError(f"{exc.filename or out}: {exc.strerror or exc}") from None


def _print_table(
    cursor: duckdb.DuckDBPyConnection, console: Console, max_rows: int, out: Path | None
) -> QueryResult:
    names = [d[0] for d in cursor.description]
    numeric = [bool(_NUMERIC.match(str(d[1]))) for d in cursor.description]
    shown = cursor.fetchmany(max_rows)
    total = len(shown)
    while more := cursor.fetchmany(10_000):
        total += len(more)
    terminal = console.is_terminal and out is None
    table = Table(*names, highlight=False)
    for column, is_number in zip(table.columns, numeric, strict=True):
        column.justify = "right" if is_number else "left"
    for row in shown:
        cells = [text_value(v) for v in row]
        if terminal:
            cells = [c if len(c) <= TABLE_CELL_CHARS else c[: TABLE_CELL_CHARS - 1] + "…" for c in cells]
        table.add_row(*cells)
    if out is not None:
        with open(out, "w", encoding="utf-8") as stream:
            Console(file=stream, width=100_000, no_color=True).print(table, crop=False)
    elif terminal:
        console.print(table)
    else:
        # piped: the whole table at its natural width, never wrapped to 80 columns
        Console(file=console.file, width=100_000, no_color=True).print(table, crop=False)
    return QueryResult(total, len(shown), out)
