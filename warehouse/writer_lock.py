"""One warehouse writer at a time across processes: a file lock beside the DuckDB file.

DuckDB lets one process open a file read-write; a second writer gets a lock error and retries
for a bounded time. Flow runs of `computewatch serve` are separate processes, and a poll, a
recompute and an alert run can overlap, so writers queue here first, then open the file.

A file lock rather than a Prefect global concurrency limit: it covers every process that
writes the file whichever Prefect API it talks to (a one-shot `computewatch run` uses its own
temporary one), and the kernel releases it the moment its holder dies, where a killed holder
of a concurrency slot blocks the others until its lease runs out.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from warehouse.errors import WarehouseLockedError

DEFAULT_WAIT_S = 1800.0

log = logging.getLogger("computewatch.writer")


class _PathLock:
    """The process's hold on one lock file: re-entrant in a thread, one flock per process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.thread_lock = threading.RLock()
        self.depth = 0
        self.fd: int | None = None


_locks: dict[Path, _PathLock] = {}
_locks_guard = threading.Lock()


def lock_path(warehouse: str | Path) -> Path:
    """The lock file of a warehouse: `<file>.writer.lock` beside it."""
    wh = Path(warehouse).resolve()
    return wh.with_name(wh.name + ".writer.lock")


def _path_lock(warehouse: str | Path) -> _PathLock:
    path = lock_path(warehouse)
    with _locks_guard:
        return _locks.setdefault(path, _PathLock(path))


def _flock(fd: int, path: Path, deadline: float) -> None:
    delay, told = 0.02, False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                raise
        now = time.monotonic()
        if now >= deadline:
            raise WarehouseLockedError(
                f"another process has been writing the warehouse for too long ({path} is held);"
                " retry when it finishes"
            )
        if not told and delay >= 0.5:
            log.info("waiting for another writer of the warehouse (%s)", path)
            told = True
        time.sleep(min(delay, deadline - now))
        delay = min(delay * 2, 1.0)


@contextmanager
def writer_lock(warehouse: str | Path, *, wait_s: float = DEFAULT_WAIT_S) -> Iterator[None]:
    """Hold the warehouse's writer lock; wait up to `wait_s` seconds for it, then fail clearly."""
    lock = _path_lock(warehouse)
    deadline = time.monotonic() + wait_s
    if not lock.thread_lock.acquire(timeout=max(wait_s, 0.0)):
        raise WarehouseLockedError(f"another thread has been writing {warehouse} for too long")
    try:
        if lock.depth == 0:
            lock.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(lock.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                _flock(fd, lock.path, deadline)
            except BaseException:
                os.close(fd)
                raise
            lock.fd = fd
        lock.depth += 1
        try:
            yield
        finally:
            lock.depth -= 1
            if lock.depth == 0 and lock.fd is not None:
                fcntl.flock(lock.fd, fcntl.LOCK_UN)
                os.close(lock.fd)
                lock.fd = None
    finally:
        lock.thread_lock.release()
