"""Short human forms of big numbers for tables, charts and messages: 6B, 648M, 35.7k."""

from __future__ import annotations

from collections.abc import Callable

_SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k"))


def compact_number(value: float) -> str:
    """1200 -> 1.2k, 350000 -> 350k, 6e9 -> 6B; three significant digits."""
    for scale, suffix in _SCALES:
        if abs(value) >= scale:
            return f"{value / scale:.3g}{suffix}"
    return f"{value:,.0f}" if abs(value) >= 1 else f"{value:.3g}"


def dollars(value: float | None, missing: str = "-") -> str:
    """$6B, $648M, $35.7M; `missing` when unknown."""
    return missing if value is None else f"${compact_number(value)}"


def money(amount: float | None, currency: str | None = "USD", missing: str = "undisclosed") -> str:
    """`USD 6B`, `CNY 3B`, `EUR 600M`; `missing` when there is no amount."""
    return missing if amount is None else f"{currency or 'USD'} {compact_number(amount)}"


def hedged(value: float | None, qualifier: str | None, render: Callable[[float | None], str]) -> str:
    """`render(value)` with the hedge the text put on it: `over $1B`, `about CNY 3B`, and for a
    range (`range:LOW-HIGH`, LOW being `value` in the units of the text) `$5B-$6B`."""
    if value is None or not qualifier:
        return render(value)
    if qualifier.startswith("range:"):
        low, _, high = qualifier.removeprefix("range:").partition("-")
        try:
            ratio = float(high) / float(low)
        except (ValueError, ZeroDivisionError):
            return render(value)
        return f"{render(value)}-{render(value * ratio)}" if ratio > 1 else render(value)
    return f"{qualifier} {render(value)}"
