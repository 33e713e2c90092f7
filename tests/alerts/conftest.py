"""Fixtures for alert tests: a migrated warehouse in tmp_path, loopback receivers."""

from __future__ import annotations

from pathlib import Path

import pytest
from receivers import json_receiver, smtp_receiver  # noqa: F401 (fixtures)

from warehouse import migrate, write_connection


@pytest.fixture
def warehouse(tmp_path: Path) -> str:
    """A migrated, empty warehouse file."""
    path = tmp_path / "warehouse.duckdb"
    with write_connection(path) as con:
        migrate(con)
    return str(path)
