"""The warehouse writer lock: one writer at a time across threads and processes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading

from warehouse import WarehouseLockedError, write_connection
from warehouse.writer_lock import lock_path, writer_lock

TRY_LOCK = """
from warehouse.writer_lock import writer_lock
from warehouse import WarehouseLockedError
try:
    with writer_lock({warehouse!r}, wait_s={wait}):
        print("got it")
except WarehouseLockedError as exc:
    print("refused:", exc)
"""


def _other_process(warehouse, wait: float) -> str:
    code = textwrap.dedent(TRY_LOCK.format(warehouse=str(warehouse), wait=wait))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True).stdout


def test_another_process_waits_for_the_writer_then_gives_up_clearly(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    with writer_lock(warehouse):
        out = _other_process(warehouse, wait=0.3)
    assert out.startswith("refused: another process has been writing the warehouse")
    assert str(lock_path(warehouse)) in out
    assert _other_process(warehouse, wait=5) == "got it\n"


def test_the_lock_is_reentrant_in_a_thread_and_exclusive_between_threads(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    order: list[str] = []
    inside = threading.Event()

    def second_writer() -> None:
        inside.wait(10)
        with writer_lock(warehouse):
            order.append("second")

    thread = threading.Thread(target=second_writer)
    thread.start()
    with writer_lock(warehouse), write_connection(warehouse) as con:
        inside.set()
        con.execute("CREATE TABLE t (x INTEGER)")
        thread.join(timeout=0.3)
        assert thread.is_alive()  # queued behind us
        order.append("first")
    thread.join(timeout=10)
    assert order == ["first", "second"]


def test_a_thread_that_waits_too_long_is_told_so(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    errors: list[Exception] = []

    def impatient() -> None:
        try:
            with writer_lock(warehouse, wait_s=0.2):
                pass
        except WarehouseLockedError as exc:
            errors.append(exc)

    with writer_lock(warehouse):
        thread = threading.Thread(target=impatient)
        thread.start()
        thread.join(timeout=10)
    assert len(errors) == 1
    assert "another thread has been writing" in str(errors[0])
