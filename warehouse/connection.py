"""Opening the warehouse under DuckDB's rule: one read-write process or many readers, never both.

Writers first take the writer lock (`warehouse.writer_lock`: threads and processes queue there),
then open, write one short transaction and close. A DuckDB file lock held by another process
(a reader, say) is retried with exponential backoff for a bounded time, then reported as
`WarehouseLockedError`.
"""

from __future__ import annotations

import importlib.util
import random
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

# DuckDB probes for pandas on every bound parameter; without pandas installed each probe is a
# failed import, which made bulk inserts about 6x slower. A None entry makes the probe instant.
if importlib.util.find_spec("pandas") is None:
    sys.modules.setdefault("pandas", None)

from warehouse.errors import WarehouseLockedError
from warehouse.writer_lock import DEFAULT_WAIT_S, writer_lock

DEFAULT_LOCK_TIMEOUT_S = 30.0


def _is_lock_conflict(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text and ("could not set lock" in text or "conflicting lock" in text)


def connect(
    path: str | Path,
    *,
    read_only: bool = False,
    timeout_s: float = DEFAULT_LOCK_TIMEOUT_S,
) -> duckdb.DuckDBPyConnection:
    """Open `path`, retrying a lock conflict with backoff for up to `timeout_s` seconds.

    Raises `WarehouseLockedError` with the path and the time waited when the lock stays taken.
    """
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.exists():
        raise FileNotFoundError(
            f"warehouse {path} does not exist yet: run `computewatch run` first"
        )
    deadline = time.monotonic() + timeout_s
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:  # IOException on a held lock
            if not _is_lock_conflict(exc):
                raise
            now = time.monotonic()
            if now >= deadline:
                raise WarehouseLockedError(
                    f"warehouse {path} is locked by another process; gave up after {timeout_s:.0f}s "
                    "(a flow may be writing: retry when it finishes)"
                ) from exc
            time.sleep(min(delay * (1 + random.random()), deadline - now))
            delay = min(delay * 2, 2.0)


@contextmanager
def write_connection(
    path: str | Path,
    *,
    timeout_s: float = DEFAULT_LOCK_TIMEOUT_S,
    wait_s: float = DEFAULT_WAIT_S,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection, once this thread holds the writer lock; closed on exit.

    `wait_s` bounds the wait for other writers, `timeout_s` the wait for DuckDB's own file lock.
    """
    with writer_lock(path, wait_s=wait_s):
        con = connect(path, timeout_s=timeout_s)
        try:
            yield con
        finally:
            con.close()


@contextmanager
def read_connection(
    path: str | Path, *, timeout_s: float = DEFAULT_LOCK_TIMEOUT_S
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection, closed on exit."""
    con = connect(path, read_only=True, timeout_s=timeout_s)
    try:
        yield con
    finally:
        con.close()
