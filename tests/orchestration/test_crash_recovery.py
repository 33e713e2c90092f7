"""A poll killed with SIGKILL in the middle of a load: the warehouse is as it was before that
load, the writer lock is free, and the next poll completes the work."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import duckdb
from child_process import run_python, subprocess_env
from feed_server import funding_article, sources_toml
from prefect_api import wait_for
from warehouse_state import warehouse_state

from warehouse.writer_lock import writer_lock

POLL = """
from flows.deployments import poll_sources
poll_sources({sources!r}, {warehouse!r}, {data!r}, all_sources=True)
"""

# the same poll, stopped for good inside a load transaction, right after it wrote articles:
# the load gets a connection that hangs once an INSERT into `articles` has run
POLL_THAT_HANGS = """
import time
import flows.ingest

real_load_articles = flows.ingest.load_articles


class HangAfterArticles:
    def __init__(self, con):
        self._con = con

    def execute(self, sql, *args, **kwargs):
        result = self._con.execute(sql, *args, **kwargs)
        if "INTO articles" in " ".join(sql.split()):
            open({marker!r}, "w").close()
            time.sleep(600)
        return result

    def __getattr__(self, name):
        return getattr(self._con, name)


def load_then_hang(con, *args, **kwargs):
    return real_load_articles(HangAfterArticles(con), *args, **kwargs)


flows.ingest.load_articles = load_then_hang
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
    code = POLL_THAT_HANGS.format(marker=str(marker), sources=str(sources),
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
    assert after["articles"] == {f"{feed.base}/articles/{funding_article(n).slug}.html"
                                 for n in range(60)}
    assert before["facts"] < after["facts"]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        covered = con.execute("SELECT count(DISTINCT article_id) FROM funding_facts").fetchone()
    assert covered == (60,)  # every article's funding round is stored
