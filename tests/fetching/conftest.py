"""Fixtures for the fetching tests: a loopback site and fast HTTP settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from flows.config import HttpSettings

from .loopback import FAST, LoopbackSite, SiteServer


@pytest.fixture
def site() -> Iterator[LoopbackSite]:
    """A fresh loopback HTTP server; define routes on it."""
    with SiteServer() as running:
        yield running


@pytest.fixture
def http() -> HttpSettings:
    """Fast settings: no politeness delay, two quick retries, 1 MiB body cap, 2 s deadline."""
    return FAST
