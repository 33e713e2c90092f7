"""Orchestration tests: one real `prefect server start` for the whole session, loopback parts.

The session server runs on 127.0.0.1 at a free port with its own PREFECT_HOME. This test
process stays in Prefect's ephemeral mode (other tests rely on it): code that must use
Prefect's client against the real server runs in subprocesses with PREFECT_API_URL set, and
tests read the server through its REST API (`prefect_api.PrefectApi`).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# the loopback webhook and SMTP receivers live with the alert tests
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "alerts"))

from feed_server import FeedServer  # noqa: E402
from prefect_api import PrefectApi  # noqa: E402
from receivers import json_receiver, smtp_receiver  # noqa: E402, F401 (fixtures)

from flows.prefect_server import LocalPrefectServer, free_port  # noqa: E402

# the scheduler fills interval schedules soon after a deployment appears
SERVER_SETTINGS = {
    "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "5",
    "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
}


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Prefect server for the session; yields its API URL, stops its process group."""
    server = LocalPrefectServer(tmp_path_factory.mktemp("prefect-server"), port=free_port(),
                                settings=SERVER_SETTINGS)
    server.start(timeout_s=180)
    try:
        yield server.api_url
    finally:
        server.stop()


@pytest.fixture
def api(prefect_server: str) -> Iterator[PrefectApi]:
    """A REST client of the session server."""
    client = PrefectApi(prefect_server)
    yield client
    client.close()


@pytest.fixture
def feed() -> Iterator[FeedServer]:
    """A loopback news site with an RSS feed."""
    site = FeedServer()
    yield site
    site.stop()
