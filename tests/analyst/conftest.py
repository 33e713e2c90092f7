"""A demo warehouse built once for the analyst tests, as a user builds it: `computewatch run --demo`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def cli(*args: str, env: dict[str, str] | None = None, stdin: str | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess:
    """Run `computewatch ARGS` in a fresh process (no terminal: plain output)."""
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args], env=env or os.environ.copy(),
        input=stdin, capture_output=True, text=True, timeout=timeout,
    )


@pytest.fixture(scope="session")
def demo_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The warehouse file of a demo run; tests must not change it (copy it first)."""
    tmp = tmp_path_factory.mktemp("analyst-demo")
    env = {**os.environ, "PREFECT_HOME": str(tmp / "prefect"), "COMPUTEWATCH_DATA_DIR": str(tmp),
           # Prefect's temporary server gets 20 s to start by default: too little on a busy machine
           "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180"}
    env.pop("PREFECT_API_URL", None)
    proc = cli("run", "--demo", "--quiet", "--sources", str(tmp / "none.toml"), env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return tmp / "warehouse.duckdb"


@pytest.fixture
def warehouse_copy(demo_warehouse: Path, tmp_path: Path) -> Path:
    """A private copy of the demo warehouse that a test may change."""
    target = tmp_path / "warehouse.duckdb"
    shutil.copy(demo_warehouse, target)
    return target
