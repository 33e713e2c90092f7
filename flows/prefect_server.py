"""A local Prefect server for `computewatch serve`: `prefect server start` as a child process.

The child runs in its own session (Ctrl-C in a terminal reaches `serve`, which stops its runner
first and the server last) and, on Linux, is told to stop if `serve` dies without cleaning up.
Its log goes to `<PREFECT_HOME>/server.log`.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from pathlib import Path

DEFAULT_PORT = 4200
START_TIMEOUT_S = 120.0
STOP_TIMEOUT_S = 20.0


class PrefectServerError(RuntimeError):
    """The local Prefect server could not be started; the message says why and where the log is."""


def port_is_free(host: str, port: int) -> bool:
    """True when nothing listens on host:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def free_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def is_healthy(api_url: str, timeout_s: float = 2.0) -> bool:
    """True when the Prefect API at `api_url` answers its health check."""
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=timeout_s) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def _stop_with_parent() -> None:  # runs in the child between fork and exec
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


class LocalPrefectServer:
    """`prefect server start` on `host:port` with its state in `home`."""

    def __init__(self, home: Path, *, host: str = "127.0.0.1", port: int = DEFAULT_PORT,
                 ui: bool = False, settings: Mapping[str, str] | None = None) -> None:
        self.home = Path(home).resolve()
        self.host = host
        self.port = port
        self.ui = ui
        self.settings = dict(settings or {})  # more PREFECT_* settings for the server process
        self.process: subprocess.Popen | None = None

    @property
    def api_url(self) -> str:
        """The API address to put in `PREFECT_API_URL`."""
        return f"http://{self.host}:{self.port}/api"

    @property
    def log_path(self) -> Path:
        """Where the server's output goes."""
        return self.home / "server.log"

    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
        env.update({
            "PREFECT_HOME": str(self.home),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PREFECT_UI_ENABLED": "true" if self.ui else "false",
            "PREFECT_SERVER_UI_ENABLED": "true" if self.ui else "false",
        })
        env.update(self.settings)
        return env

    def _log_tail(self, lines: int = 15) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def start(self, timeout_s: float = START_TIMEOUT_S) -> None:
        """Start the server and wait until its health check answers."""
        if not port_is_free(self.host, self.port):
            raise PrefectServerError(
                f"{self.host}:{self.port} is already in use; choose another port with --port, "
                "or point PREFECT_API_URL at a running Prefect server"
            )
        self.home.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, "ab")  # noqa: SIM115 (the child writes to it for its lifetime)
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "prefect", "server", "start", "--host", self.host,
                 "--port", str(self.port), "--analytics-off", "--ui" if self.ui else "--no-ui"],
                env=self._env(), stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True, preexec_fn=_stop_with_parent,
            )
        finally:
            log.close()
        deadline = time.monotonic() + timeout_s
        delay = 0.1
        while not is_healthy(self.api_url):
            if self.process.poll() is not None:
                raise PrefectServerError(
                    f"the Prefect server exited with code {self.process.returncode} while "
                    f"starting; see {self.log_path}:\n{self._log_tail()}"
                )
            if time.monotonic() >= deadline:
                self.stop()
                raise PrefectServerError(
                    f"the Prefect server did not answer within {timeout_s:.0f}s; "
                    f"see {self.log_path}"
                )
            time.sleep(delay)
            delay = min(delay * 1.5, 1.0)

    def stop(self, timeout_s: float = STOP_TIMEOUT_S) -> None:
        """Stop the server and everything it started: SIGTERM to its process group, then SIGKILL."""
        process, self.process = self.process, None
        if process is None:
            return
        for sig, wait in ((signal.SIGTERM, timeout_s), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                break
            try:
                process.wait(timeout=wait)
            except subprocess.TimeoutExpired:
                continue
            # the leader is gone; make sure nothing it spawned stays behind
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            break
        if process.poll() is None:
            process.wait(timeout=5.0)
