"""A poll killed with SIGKILL in the middle of a load: the warehouse is as it was before that
load, the writer lock is free, and the next poll completes the work."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from child_process import run_python, subprocess_env
from feed_server import funding_article, sources_toml
from prefect_api import wait_for
from warehouse_state import warehouse_state

from flows.writer_lock import writer_lock

POLL = """
from flows.deployments import poll_sources
poll_sources({sources!r}, {warehouse!r}, {data!r}, all_sources=True)
"""

# the same poll, stopped for good inside the load transaction once `pause_at` articles are in
POLL_THAT_HANGS = """
import time
import warehouse.load as load

real_load_one = load._load_one
loaded = 0

def load_one_then_hang(*args, **kwargs):
    global loaded
    loaded += 1
    if loaded == {pause_at}:
        open({marker!r}, "w").close()
        time.sleep(600)
    return real_load_one(*args, **kwargs)

load._load_one = load_one_then_hang
""" + POLL


def test_sigkill_mid_load_leaves_the_warehouse_as_before_and_the_next_poll_finishes(
    tmp_path, feed, prefect_server
):
    sources = tmp_path / "sources.toml"
    sources.write_text(sources_toml(feed.feed_url))
    data = tmp_path / "data"
    warehouse = data / "warehouse.duckdb"
    poll = POLL.format(sources=str(sources), warehouse=str(warehouse), data=str(data))

    feed.add(*(funding_article(n) for n in range(5)))
    run_python(poll, prefect_server)
    before = warehouse_state(warehouse)
    assert before["counts"]["articles"] == 5

    feed.add(*(funding_article(n) for n in range(5, 60)))
    marker = tmp_path / "inside-the-load"
    code = POLL_THAT_HANGS.format(pause_at=20, marker=str(marker), sources=str(sources),
                                  warehouse=str(warehouse), data=str(data))
    proc = subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)],
                            env=subprocess_env(prefect_server), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: marker.exists() or proc.poll() is not None, 180, "the load to start")
        assert proc.poll() is None, proc.stdout.read().decode()[-3000:]
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL

    assert warehouse_state(warehouse) == before
    with writer_lock(warehouse, wait_s=1):  # the kernel released the dead writer's lock
        pass

    run_python(poll, prefect_server)
    after = warehouse_state(warehouse)
    # a poll of the whole feed into a fresh warehouse gives the same articles and facts
    fresh = tmp_path / "fresh"
    run_python(POLL.format(sources=str(sources), warehouse=str(fresh / "warehouse.duckdb"),
                           data=str(fresh)), prefect_server)
    assert after["counts"]["articles"] == 60
    assert after == warehouse_state(fresh / "warehouse.duckdb")
