"""`computewatch serve` stops cleanly: on SIGTERM or Ctrl-C it stops the runner, then the server
it started (when PREFECT_API_URL was unset), and leaves no process behind."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest
from child_process import subprocess_env
from feed_server import sources_toml
from prefect_api import wait_for
from processes import command_line, descendants, still_running

from flows.prefect_server import free_port, is_healthy


def test_serve_starts_a_server_and_sigterm_stops_everything(tmp_path, feed):
    sources = tmp_path / "sources.toml"
    sources.write_text(sources_toml(feed.feed_url,
                                    extra="[schedule]\npoll_interval_seconds = 3600\n"))
    port = free_port()
    log_path = tmp_path / "serve.log"
    command = [sys.executable, "-m", "flows.cli", "serve", "--data-dir", str(tmp_path / "data"),
               "--sources", str(sources), "--port", str(port), "--runner-poll-seconds", "1"]
    with open(log_path, "w") as log:
        proc = subprocess.Popen(command, env=subprocess_env(None, COLUMNS="200"), stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for(lambda: "ready" in log_path.read_text(), 180, "serve to be ready")
        api_url = f"http://127.0.0.1:{port}/api"
        assert is_healthy(api_url)
        assert (tmp_path / "data" / "prefect" / "prefect.db").exists()  # PREFECT_HOME in data

        # a second serve of the same data folder is refused at once
        second = subprocess.run(command, env=subprocess_env(None), capture_output=True,
                                text=True, timeout=120)
        assert second.returncode == 2
        assert "another `computewatch serve` is running" in second.stderr

        started = descendants(proc.pid)
        assert any("prefect server start" in command_line(pid) for pid in started)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=120) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    left = still_running(started)
    assert left == [], [command_line(pid) for pid in left]
    assert not is_healthy(api_url)
    text = log_path.read_text()
    assert "stopping the Prefect server" in text and text.rstrip().endswith("stopped")


# (with SIGINT ignored at start, as a job started with `&` by a non-interactive shell inherits
# it, serve must still stop on Ctrl-C)
@pytest.mark.parametrize("ignore_sigint", [False, True], ids=["ctrl-c", "ctrl-c-after-ignored"])
def test_ctrl_c_stops_serve_on_a_shared_server_and_leaves_the_server_up(
    tmp_path, feed, prefect_server, ignore_sigint
):
    proc, log_path = _serve_on_shared_server(tmp_path, feed, prefect_server, "ctrl-c",
                                             ignore_sigint=ignore_sigint)
    try:
        wait_for(lambda: "ready" in log_path.read_text(), 180, "serve to be ready")
        started = descendants(proc.pid)
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=120) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert still_running(started) == []
    assert is_healthy(prefect_server)  # not ours to stop
    assert log_path.read_text().rstrip().endswith("stopped")


def test_sigterm_the_moment_serve_is_ready_still_stops_cleanly(tmp_path, feed, prefect_server):
    # "ready" is printed just before the runner starts: a SIGTERM while it is still starting
    # meets either serve's handler or the runner's (which exits at once, see flows/serve.py);
    # either way serve must clean up and say so
    proc, log_path = _serve_on_shared_server(tmp_path, feed, prefect_server, "early-term")
    try:
        wait_for(lambda: "ready" in log_path.read_text(), 180, "serve to be ready", every_s=0.005)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=120) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert log_path.read_text().rstrip().endswith("stopped"), log_path.read_text()[-2000:]


def _serve_on_shared_server(tmp_path, feed, api_url: str, name: str, ignore_sigint: bool = False):
    """Start `computewatch serve` on the session's Prefect server; its output goes to serve.log
    (`ignore_sigint`: the child starts with SIGINT ignored, as a background job would)."""
    sources = tmp_path / "sources.toml"
    sources.write_text(sources_toml(feed.feed_url,
                                    extra="[schedule]\npoll_interval_seconds = 3600\n"))
    log_path = tmp_path / "serve.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "serve", "--data-dir", str(tmp_path / "data"),
             "--sources", str(sources), "--runner-poll-seconds", "1", "--name", name],
            env=subprocess_env(api_url, COLUMNS="200"), stdout=log,
            stderr=subprocess.STDOUT, start_new_session=True,
            preexec_fn=(lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)) if ignore_sigint else None)
    return proc, log_path
