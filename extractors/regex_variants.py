"""One regex per alternative of a leading number, searched together.

Python's `re` scans a pattern that starts with an alternation of
lookbehind-led branches (digits | Chinese numerals | number words) several
times slower than each branch alone, because it cannot pre-filter start
positions. A `Variants` object compiles the same template once per number
alternative and merges their matches, leftmost first, without overlaps.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.numbers import ARABIC, CHINESE, ENGLISH


class Variants:
    """A regex template with `{NUMBER}` compiled once per kind of numeral."""

    def __init__(self, template: str, flags: int = 0) -> None:
        self.patterns = [re.compile(template.replace("{NUMBER}", f"(?:{alt})"), flags)
                         for alt in (ARABIC, CHINESE, ENGLISH)]

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        """Non-overlapping matches of all variants in `text[pos:endpos]`, left to right."""
        end = len(text) if endpos is None else endpos
        found = [m for rx in self.patterns for m in rx.finditer(text, pos, end)]
        found.sort(key=lambda m: (m.start(), -m.end()))
        last = -1
        for m in found:
            if m.start() >= last:
                last = m.end()
                yield m

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """Leftmost match of any variant, or None."""
        return next(self.finditer(text, pos, endpos), None)
