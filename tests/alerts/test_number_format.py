"""Short forms of hedged figures for tables and messages."""

from __future__ import annotations

import pytest

from flows.number_format import dollars, hedged


@pytest.mark.parametrize(("value", "qualifier", "text"), [
    (1e9, None, "$1B"),
    (1e9, "over", "over $1B"),
    (2.5e9, "about", "about $2.5B"),
    (5e9, "range:5e9-6e9", "$5B-$6B"),
    (8.75e9, "range:8.75e9-1.05e10", "$8.75B-$10.5B"),
    (5e9, "range:junk", "$5B"),  # a malformed range reads as the plain figure
    (None, "over", "-"),
])
def test_hedged_dollars(value, qualifier, text):
    assert hedged(value, qualifier, dollars) == text
