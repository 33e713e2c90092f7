"""Inline SVG charts for the static report, drawn here so the page needs no script and no network.

Two charts: compute over time (H100-equivalents on a log scale, operational and planned apart)
and funding events over time (bubble area proportional to the amount). Every mark is a link
to its source article and carries a tooltip (`<title>`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from urllib.parse import urlsplit

from flows.number_format import compact_number

# Okabe-Ito colours (told apart with colour-blindness), then a few more
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
           "#8C564B", "#7F7F7F", "#BCBD22")

WIDTH = 860
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 110, 150, 20, 40


@dataclass(frozen=True)
class Point:
    """One dated value with its source."""

    day: date
    value: float
    label: str  # tooltip text
    urls: tuple[str, ...]


@dataclass(frozen=True)
class Series:
    """A lab's values for one horizon (`current` or `planned`), in date order."""

    lab: str
    horizon: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Bubble:
    """One funding event."""

    lab: str
    day: date
    amount_usd: float | None
    text: str  # printed beside the bubble
    label: str  # tooltip
    urls: tuple[str, ...]


def safe_url(url: str | None) -> str | None:
    """`url` when it is http(s); anything else (javascript:, data:) is never made a link."""
    if not url:
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


def lab_colours(labs: Sequence[str]) -> dict[str, str]:
    """A colour per lab, stable for a given list of labs."""
    return {lab: PALETTE[i % len(PALETTE)] for i, lab in enumerate(labs)}


def _linked(inner: str, urls: Sequence[str], label: str) -> str:
    title = f"<title>{escape(label)}</title>"
    href = next((u for u in map(safe_url, urls) if u), None)
    if href is None:
        return f"<g>{title}{inner}</g>"
    return f'<a href="{escape(href)}" target="_blank" rel="noopener">{title}{inner}</a>'


def _date_scale(days: Sequence[date], x0: float, x1: float):
    first, last = min(days), max(days)
    if (last - first).days < 60:
        first, last = first - timedelta(days=45), last + timedelta(days=45)
    pad = timedelta(days=max(10, (last - first).days // 25))
    first, last = first - pad, last + pad
    span = (last - first).days

    def x(day: date) -> float:
        return x0 + (day - first).days / span * (x1 - x0)

    return x, first, last


def _date_ticks(first: date, last: date) -> list[tuple[date, str]]:
    months = (last.year - first.year) * 12 + last.month - first.month
    step = 1 if months <= 8 else 3 if months <= 30 else 6 if months <= 60 else 12
    ticks = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        day = date(year, month, 1)
        if day >= first and (month - 1) % step == 0:
            ticks.append((day, str(year) if month == 1 or step == 12 else day.strftime("%b %Y")))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return ticks


def _x_axis(x, first: date, last: date, y: float, x0: float, x1: float) -> list[str]:
    parts = [f'<line class="axis" x1="{x0:.1f}" y1="{y:.1f}" x2="{x1:.1f}" y2="{y:.1f}"/>']
    for day, text in _date_ticks(first, last):
        px = x(day)
        parts.append(f'<line class="tick" x1="{px:.1f}" y1="{y:.1f}" x2="{px:.1f}" y2="{y + 5:.1f}"/>')
        parts.append(f'<text class="tick-label" x="{px:.1f}" y="{y + 18:.1f}" '
                     f'text-anchor="middle">{escape(text)}</text>')
    return parts


def trajectory_chart(series: Sequence[Series], colours: dict[str, str], height: int = 380) -> str:
    """Each lab's H100-equivalents over time on a log axis: solid = operational, dashed = planned."""
    points = [p for s in series for p in s.points if p.value > 0]
    if not points:
        return '<p class="empty">No GPU counts with a known chip yet.</p>'
    x0, x1 = MARGIN_LEFT, WIDTH - MARGIN_RIGHT
    y0, y1 = height - MARGIN_BOTTOM, MARGIN_TOP
    x, first, last = _date_scale([p.day for p in points], x0, x1)
    # whole decades, with room so that no point sits on the frame
    lo = math.floor(math.log10(min(p.value for p in points) / 1.6))
    hi = math.ceil(math.log10(max(p.value for p in points) * 1.6))

    def y(value: float) -> float:
        return y0 - (math.log10(value) - lo) / (hi - lo) * (y0 - y1)

    parts = [
        f'<svg class="chart trajectory" role="img" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
        "<title>H100-equivalents per lab over time (log scale)</title>",
    ]
    for power in range(lo, hi + 1):
        py = y(10**power)
        parts.append(f'<line class="grid" x1="{x0}" y1="{py:.1f}" x2="{x1}" y2="{py:.1f}"/>')
        parts.append(f'<text class="tick-label" x="{x0 - 8}" y="{py + 4:.1f}" '
                     f'text-anchor="end">{compact_number(10**power)}</text>')
    parts.append(f'<line class="axis" x1="{x0}" y1="{y0}" x2="{x0}" y2="{y1}"/>')
    parts.append(f'<text class="axis-label" x="{x0 - 70}" y="{(y0 + y1) / 2:.1f}" text-anchor="middle" '
                 f'transform="rotate(-90 {x0 - 70} {(y0 + y1) / 2:.1f})">H100-equivalents (log)</text>')
    parts.extend(_x_axis(x, first, last, y0, x0, x1))
    for s in series:
        pts = [p for p in s.points if p.value > 0]
        if not pts:
            continue
        colour = colours.get(s.lab, PALETTE[0])
        planned = s.horizon == "planned"
        # a step line: a lab keeps its figure until a newer one is reported
        path = [f"M{x(pts[0].day):.1f},{y(pts[0].value):.1f}"]
        for cur in pts[1:]:
            path.append(f"H{x(cur.day):.1f}V{y(cur.value):.1f}")
        dash = ' stroke-dasharray="6 4"' if planned else ""
        parts.append(f'<path class="series {escape(s.horizon)}" d="{" ".join(path)}" fill="none" '
                     f'stroke="{colour}" stroke-width="2"{dash}/>')
        for p in pts:
            fill = "white" if planned else colour
            mark = (f'<circle class="point {escape(s.horizon)}" cx="{x(p.day):.1f}" cy="{y(p.value):.1f}" '
                    f'r="5" fill="{fill}" stroke="{colour}" stroke-width="2"/>')
            parts.append(_linked(mark, p.urls, p.label))
        end = pts[-1]
        parts.append(f'<text class="series-label" x="{x(end.day) + 9:.1f}" y="{y(end.value) + 4:.1f}" '
                     f'fill="{colour}">{escape(s.lab)}{" (planned)" if planned else ""}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def bubble_chart(bubbles: Sequence[Bubble], colours: dict[str, str], row_height: int = 46) -> str:
    """Funding events per lab over time; a bubble's area is proportional to the amount in USD."""
    if not bubbles:
        return '<p class="empty">No funding events yet.</p>'
    labs = list(dict.fromkeys(b.lab for b in sorted(bubbles, key=lambda b: (b.day, b.lab))))
    height = MARGIN_TOP + row_height * len(labs) + MARGIN_BOTTOM + 10
    x0, x1 = MARGIN_LEFT, WIDTH - MARGIN_RIGHT
    x, first, last = _date_scale([b.day for b in bubbles], x0, x1)
    largest = max((b.amount_usd or 0) for b in bubbles) or 1.0
    max_radius = row_height * 0.62
    parts = [
        f'<svg class="chart funding" role="img" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
        "<title>Funding events over time, sized by amount</title>",
    ]
    row_y = {lab: MARGIN_TOP + row_height * (i + 0.5) for i, lab in enumerate(labs)}
    for lab, cy in row_y.items():
        parts.append(f'<line class="grid" x1="{x0}" y1="{cy:.1f}" x2="{x1}" y2="{cy:.1f}"/>')
        parts.append(f'<text class="row-label" x="{x0 - 8}" y="{cy + 4:.1f}" text-anchor="end">'
                     f"{escape(lab)}</text>")
    axis_y = MARGIN_TOP + row_height * len(labs) + 4
    parts.extend(_x_axis(x, first, last, axis_y, x0, x1))
    # labels of neighbouring bubbles in a row alternate above and below, so they do not overlap
    below = set()
    for lab in labs:
        last_x = None
        flip = False
        for b in sorted((b for b in bubbles if b.lab == lab), key=lambda b: (b.day, b.text)):
            if last_x is not None and x(b.day) - last_x < 44:
                flip = not flip
            else:
                flip = False
            if flip:
                below.add(id(b))
            last_x = x(b.day)
    # biggest first, so small bubbles stay visible (and clickable) on top
    for b in sorted(bubbles, key=lambda b: -(b.amount_usd or 0)):
        colour = colours.get(b.lab, PALETTE[0])
        cx, cy = x(b.day), row_y[b.lab]
        if b.amount_usd:
            r = max(3.0, max_radius * math.sqrt(b.amount_usd / largest))
            mark = (f'<circle class="bubble" cx="{cx:.1f}" cy="{cy:.1f}" r="{r:.1f}" fill="{colour}" '
                    f'fill-opacity="0.55" stroke="{colour}"/>')
        else:  # a valuation without an amount: a small hollow mark
            r = 4.0
            mark = (f'<circle class="bubble no-amount" cx="{cx:.1f}" cy="{cy:.1f}" r="{r}" '
                    f'fill="white" stroke="{colour}" stroke-width="2"/>')
        label_y = cy + r + 11 if id(b) in below else cy - r - 3
        mark += (f'<text class="bubble-label" x="{cx:.1f}" y="{label_y:.1f}" '
                 f'text-anchor="middle">{escape(b.text)}</text>')
        parts.append(_linked(mark, b.urls, b.label))
    parts.append("</svg>")
    return "\n".join(parts)
