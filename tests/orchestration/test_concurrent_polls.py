"""Two polls started together queue on the writer lock and end with the rows of one poll."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from child_process import subprocess_env
from feed_server import funding_article, sources_toml
from warehouse_state import warehouse_state

POLL = """
from flows.deployments import poll_sources
poll_sources({sources!r}, {warehouse!r}, {data!r}, all_sources=True)
"""


def test_two_polls_at_once_store_what_one_poll_stores(tmp_path, feed, prefect_server):
    feed.add(*(funding_article(n) for n in range(12)))
    sources = tmp_path / "sources.toml"
    sources.write_text(sources_toml(feed.feed_url))
    both, one = tmp_path / "both", tmp_path / "one"

    def start(folder):
        code = POLL.format(sources=str(sources), warehouse=str(folder / "w.duckdb"),
                           data=str(folder))
        return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)],
                                env=subprocess_env(prefect_server), stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT)

    # two polls of one warehouse at the same time, and (alongside) one poll of another
    procs = [start(both), start(both), start(one)]
    outputs = [p.communicate(timeout=240)[0].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outputs
    together = warehouse_state(both / "w.duckdb")
    assert together["counts"]["articles"] == 12
    assert together == warehouse_state(one / "w.duckdb")
