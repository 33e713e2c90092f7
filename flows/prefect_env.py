"""Prefect's environment for this project, set before Prefect is first imported."""

from __future__ import annotations

import os
from pathlib import Path


def configure_prefect_env(prefect_home: Path, *, quiet: bool = True) -> None:
    """Point Prefect at a home under the data folder, turn analytics off and keep the console quiet.

    Prefect reads its settings at import, so call this before importing `prefect` or `flows.*`
    modules that import it. Values the user already set in the environment win.
    """
    prefect_home.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_HOME", str(prefect_home.resolve()))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_UI_ENABLED", "false")
    # one-shot runs without a server use a temporary local one
    os.environ.setdefault("PREFECT_SERVER_ALLOW_EPHEMERAL_MODE", "true")
    # the temporary server can take longer than Prefect's 20 s to start on a busy 2-core machine
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    if quiet:
        # our own one-line-per-flow output replaces Prefect's run logs on the console
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
        os.environ.setdefault("PREFECT_LOGGING_LOG_PRINTS", "false")
        os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")
