"""One regex per alternative of a leading number, searched together.

Python's `re` scans a pattern that starts with an alternation of
lookbehind-led branches (digits | Chinese numerals | number words) several
times slower than each branch alone, because it cannot pre-filter start
positions. A `Variants` object compiles the same template once per number
alternative and merges their matches, leftmost first, without overlaps. A
variant runs only where a cheap test finds its kind of numeral at all (a
digit, a Chinese numeral character, an English scale word), which is most of
the saving on text that has numbers of one kind only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.numbers import ARABIC, CHINESE, ENGLISH

# Cheap tests: a numeral of each kind can only be where these match.
_HAS_KIND = (
    re.compile(r"\d"),
    re.compile(r"[一二两三四五六七八九十百千]"),
    re.compile(r"thousand|million|billion|trillion|gigawatt|megawatt"),
)


class Variants:
    """A regex template with `{NUMBER}` compiled once per kind of numeral."""

    def __init__(self, template: str, flags: int = 0) -> None:
        self.patterns = [re.compile(template.replace("{NUMBER}", f"(?:{alt})"), flags)
                         for alt in (ARABIC, CHINESE, ENGLISH)]
        self._tests = list(zip(_HAS_KIND, self.patterns, strict=True))

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        """Non-overlapping matches of all variants in `text[pos:endpos]`, left to right."""
        end = len(text) if endpos is None else endpos
        present = [rx for test, rx in self._tests if test.search(text, pos, end)]
        if len(present) == 1:
            # one kind of numeral: its own matches are already in order, without overlaps
            return present[0].finditer(text, pos, end)
        if not present:
            return iter(())
        return self._merged(present, text, pos, end)

    @staticmethod
    def _merged(present: list[re.Pattern], text: str, pos: int, end: int) -> Iterator[re.Match]:
        found: list[re.Match] = []
        for rx in present:
            found.extend(rx.finditer(text, pos, end))
        found.sort(key=lambda m: (m.start(), -m.end()))
        last = -1
        for m in found:
            if m.start() >= last:
                last = m.end()
                yield m

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """Leftmost match of any variant, or None."""
        return next(self.finditer(text, pos, endpos), None)
