"""Pure parts of `computewatch sql`: format choice, one-line messages, cell text."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from flows.export import text_value
from flows.query import QueryError, format_for, one_line


def test_format_comes_from_the_option_then_the_out_suffix_then_table():
    assert format_for("csv", Path("x.parquet")) == "csv"
    assert format_for(None, Path("x.parquet")) == "parquet"
    assert format_for(None, Path("x.JSONL")) == "jsonl"
    assert format_for(None, Path("x.csv")) == "csv"
    assert format_for(None, None) == "table"


def test_unknown_formats_are_refused():
    with pytest.raises(QueryError, match="unknown format"):
        format_for("xlsx", None)
    with pytest.raises(QueryError, match="cannot tell the format"):
        format_for(None, Path("out.xlsx"))


def test_one_line_drops_duckdbs_source_excerpt():
    exc = Exception('Parser Error: syntax error at or near "SELEC"\n\nLINE 1: SELEC 1\n        ^')
    assert one_line(exc) == 'Parser Error: syntax error at or near "SELEC"'


def test_one_line_joins_the_remaining_lines():
    exc = Exception('Catalog Error: Table with name x does not exist!\nDid you mean "y"?')
    assert one_line(exc) == 'Catalog Error: Table with name x does not exist! Did you mean "y"?'


@pytest.mark.parametrize(("value", "text"), [
    (None, ""),
    (6e9, "6000000000"),
    (0.25, "0.25"),
    (["a", "b"], '["a", "b"]'),
    ({"k": 1}, '{"k": 1}'),
    (date(2024, 5, 27), "2024-05-27"),
    (datetime(2024, 5, 27, 7, 40, tzinfo=UTC), "2024-05-27T07:40:00+00:00"),
    ("融资", "融资"),
    (True, "true"),
    (False, "false"),
    # (not NULL's blank: a division by zero is infinite)
    (float("inf"), "inf"),
    (float("-inf"), "-inf"),
    (float("nan"), "nan"),
])
def test_cell_text(value, text):
    assert text_value(value) == text
