"""Child processes for tests: Python code or the CLI, pointed at a chosen Prefect API."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def subprocess_env(api_url: str | None, **extra: str) -> dict[str, str]:
    """The environment of a child process: this one's, with the API chosen and no alert URLs."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PREFECT_API_URL", "COMPUTEWATCH_ALERT_URLS")}
    if api_url:
        env["PREFECT_API_URL"] = api_url
    env.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    env.update(extra)
    return env


def run_python(code: str, api_url: str | None, timeout_s: float = 180,
               **env: str) -> subprocess.CompletedProcess:
    """Run Python code in a child process against `api_url`; fail with its output if it fails."""
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code)],
                          env=subprocess_env(api_url, **env), capture_output=True, text=True,
                          timeout=timeout_s)
    assert proc.returncode == 0, f"exit {proc.returncode}\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}"
    return proc
