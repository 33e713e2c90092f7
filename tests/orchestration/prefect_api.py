"""A small REST client for the test Prefect server, so tests read runs without Prefect's settings.

(The test process stays in Prefect's ephemeral mode for other tests; code that must talk to the
real server through Prefect's own client runs in subprocesses, see `conftest.run_python`.)
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx

FINAL = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}
# The server answers 503 when its SQLite database is briefly locked by a busy runner; Prefect's own
# client retries these, and so must ours (a 2-core CI box hits this now and then).
RETRY_STATUS = {429, 502, 503}
RETRY_FOR_S = 60.0


class PrefectApi:
    """GET/POST helpers over the Prefect REST API at `api_url`."""

    def __init__(self, api_url: str) -> None:
        self.api_url = api_url
        self.http = _RetryingClient(base_url=api_url, timeout=30)

    def deployment(self, flow_name: str, name: str) -> dict:
        """A deployment by flow and deployment name."""
        response = self.http.get(f"/deployments/name/{flow_name}/{name}")
        response.raise_for_status()
        return response.json()

    def run_deployment(self, deployment_id: str, parameters: dict | None = None) -> dict:
        """Create a flow run of a deployment, due now."""
        body = {"parameters": parameters} if parameters else {}
        response = self.http.post(f"/deployments/{deployment_id}/create_flow_run", json=body)
        response.raise_for_status()
        return response.json()

    def flow_run(self, run_id: str) -> dict:
        """One flow run."""
        response = self.http.get(f"/flow_runs/{run_id}")
        response.raise_for_status()
        return response.json()

    def flow_runs(self, deployment_id: str) -> list[dict]:
        """The flow runs of a deployment, newest first."""
        response = self.http.post("/flow_runs/filter", json={
            "flow_runs": {"deployment_id": {"any_": [deployment_id]}},
            "sort": "EXPECTED_START_TIME_DESC", "limit": 200,
        })
        response.raise_for_status()
        return response.json()

    def artifacts(self, key: str) -> list[dict]:
        """Every version of the artifact with this key."""
        response = self.http.post("/artifacts/filter", json={
            "artifacts": {"key": {"any_": [key]}}, "sort": "CREATED_DESC", "limit": 50,
        })
        response.raise_for_status()
        return response.json()

    def wait_final(self, run_id: str, timeout_s: float) -> dict:
        """Wait until a flow run ends; return it (fail if it did not complete)."""
        run = wait_for(lambda: self._final(run_id), timeout_s, f"flow run {run_id} to end")
        assert run["state"]["type"] == "COMPLETED", run["state"]
        return run

    def _final(self, run_id: str) -> dict | None:
        run = self.flow_run(run_id)
        return run if run["state"] and run["state"]["type"] in FINAL else None

    def close(self) -> None:
        """Close the HTTP client."""
        self.http.close()


class _RetryingClient(httpx.Client):
    """An httpx client that retries the server's "try again" answers with backoff, up to a deadline."""

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:  # noqa: D102
        deadline = time.monotonic() + RETRY_FOR_S
        delay = 0.2
        while True:
            response = super().send(request, **kwargs)
            if response.status_code not in RETRY_STATUS or time.monotonic() >= deadline:
                return response
            response.close()
            time.sleep(delay)  # backoff between retries, not synchronisation
            delay = min(delay * 2, 5.0)


def wait_for(check: Callable[[], Any], timeout_s: float, what: str, every_s: float = 0.25) -> Any:
    """Call `check` until it returns something truthy; fail after `timeout_s` naming `what`."""
    deadline = time.monotonic() + timeout_s
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() >= deadline:
            raise AssertionError(f"timed out after {timeout_s:.0f}s waiting for {what}")
        time.sleep(every_s)
