"""The extractor sources hold no control characters: a "\b" typed into a plain (not raw) string
becomes a backspace, and a pattern holding one silently never matches."""

from __future__ import annotations

from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).resolve().parents[2] / "extractors").glob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_control_characters(path):
    bad = [(n, repr(line)[:80]) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
           if any(ord(c) < 32 and c != "\t" for c in line)]
    assert bad == []
