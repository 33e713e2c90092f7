"""Short human forms of big numbers for tables, charts and messages: 6B, 648M, 35.7k."""

from __future__ import annotations

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
