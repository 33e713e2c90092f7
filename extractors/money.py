"""Money phrases: a number phrase with a currency marker before or after it.

`$6.6bn`, `US$ 2 billion`, `6 billion dollars`, `60 亿美元`, `5,000万美元`,
`人民币 100 亿元`, `六十亿美元`, `€500m`, ranges (`$5-6 billion`,
`5 至 6 亿美元`, `between $30,000 and $40,000`) and qualifiers (`over`,
`超过`, `约`, `10 多亿`). Found on folded text; offsets are the original's.
A range keeps its lower bound as `amount` and the upper bound as `upper`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.currencies import (
    PREFIX,
    SUFFIX,
    SUFFIX_ONLY,
    SUFFIX_OR_PREFIX,
    prefix_code,
    suffix_code,
)
from extractors.numbers import (
    AFTER_QUALIFIERS,
    MORE_SUFFIX,
    NUMBER,
    SCALE,
    format_range,
    qualifier_before,
    value_of,
)
from extractors.regex_variants import Variants


@dataclass(slots=True)
class Money:
    """An amount of money named in the text, `text[start:end]`."""

    start: int
    end: int
    amount: float
    currency: str
    qualifier: str | None = None
    upper: float | None = None

    @property
    def qualifier_text(self) -> str | None:
        """Qualifier as reported on facts: the word, or `range:LOW-HIGH` for a range."""
        if self.upper is not None and self.upper > self.amount:
            return format_range(self.amount, self.upper)
        return self.qualifier


_SEP = r"\s?(?:-|~|to|至|到)\s?"
_PREFIXED = re.compile(
    rf"(?<![a-z])(?P<pre>{PREFIX})\s?(?P<n1>{NUMBER})(?:\s?(?P<m1>{MORE_SUFFIX}))?(?:\s?(?P<s1>{SCALE}))?"
    rf"(?:{_SEP}(?:{PREFIX})?\s?(?P<n2>{NUMBER})(?:\s?(?P<s2>{SCALE}))?)?"
    rf"(?:\s?(?:{SUFFIX_ONLY}|{SUFFIX_OR_PREFIX}(?!\s?\d))(?![a-z]))?"
)
_SUFFIXED = Variants(
    rf"(?P<n1>{{NUMBER}})(?:\s?(?P<m1>{MORE_SUFFIX}))?(?:\s?(?P<s1>{SCALE}))?"
    rf"(?:{_SEP}(?P<n2>{NUMBER})(?:\s?(?P<s2>{SCALE}))?)?"
    rf"\s?(?P<suf>{SUFFIX})(?![a-z])"
)
# A number (and scale) right before a marker that can be a prefix or a suffix.
_AMOUNT_BEFORE = re.compile(r"(?:\d|[万亿千百十兆元]|million|billion|bn|mn)\s?$")
_AFTER = re.compile(r"\s?(以上|左右)")
_BETWEEN = re.compile(r"between\s$")
_AND = re.compile(r"^\s?and\s?$")
# Only currency phrases can carry the single-letter scales m/b/t ("$6b"): a
# bare "5 m dollars" is too rare to be worth the false matches.
_LETTER_SCALES = {"m", "b", "t"}


def _build(m: re.Match, folded: str, lang: str | None, prefixed: bool) -> Money | None:
    n1, s1, n2, s2 = m.group("n1"), m.group("s1"), m.group("n2"), m.group("s2")
    if not prefixed and s1 in _LETTER_SCALES:
        return None
    if prefixed:
        currency = prefix_code(m.group("pre"), lang)
    else:
        currency = suffix_code(m.group("suf"))
    if currency is None:
        return None
    if n2 and not s1 and s2:
        s1 = s2  # "$5-6 billion": the scale belongs to both bounds
    amount = value_of(n1, s1)
    if amount is None or amount <= 0:
        return None
    upper = value_of(n2, s2) if n2 else None
    if upper is not None and upper < amount:
        upper = None
    qualifier = qualifier_before(folded[max(0, m.start() - 16):m.start()])
    if m.group("m1"):
        qualifier = qualifier or AFTER_QUALIFIERS[m.group("m1")]
    end = m.end()
    after = _AFTER.match(folded, end)
    if after:
        qualifier = qualifier or AFTER_QUALIFIERS[after.group(1)]
    return Money(m.start(), end, amount, currency, qualifier, upper)


_SUFFIX_MARK = re.compile(SUFFIX)


def _suffixed(folded: str):
    """Suffixed amounts, searched only in a short window before each currency word
    (scanning the whole text for numbers is the slow part)."""
    last_end = 0
    for mark in _SUFFIX_MARK.finditer(folded):
        start = max(last_end, mark.start() - 48)
        best = None
        for m in _SUFFIXED.finditer(folded, start, mark.end()):
            if m.end() == mark.end() or (m.end() > mark.start() and m.end() <= mark.end()):
                best = m
                break
        if best is not None:
            last_end = best.end()
            yield best


def find_money(folded: str, lang: str | None = None) -> list[Money]:
    """Every money phrase of the folded text, in order, without overlaps."""
    found: list[Money] = []
    taken: list[tuple[int, int]] = []
    for m in _PREFIXED.finditer(folded):
        if suffix_code(m.group("pre")) and _AMOUNT_BEFORE.search(folded, max(0, m.start() - 8), m.start()):
            continue  # "43 亿港币 30 亿港币": the marker ends the amount before it
        money = _build(m, folded, lang, prefixed=True)
        if money:
            found.append(money)
            taken.append((money.start, money.end))
    for m in _suffixed(folded):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        money = _build(m, folded, lang, prefixed=False)
        if money:
            found.append(money)
    found.sort(key=lambda x: x.start)
    return _join_between(found, folded)


def _join_between(found: list[Money], folded: str) -> list[Money]:
    """Merge "between $30,000 and $40,000" into one range."""
    out: list[Money] = []
    i = 0
    while i < len(found):
        cur = found[i]
        if i + 1 < len(found):
            nxt = found[i + 1]
            if (nxt.currency == cur.currency and _AND.match(folded[cur.end:nxt.start])
                    and _BETWEEN.search(folded[max(0, cur.start - 9):cur.start])):
                out.append(Money(cur.start, nxt.end, cur.amount, cur.currency, cur.qualifier,
                                 max(nxt.amount, cur.amount)))
                i += 2
                continue
        out.append(cur)
        i += 1
    return out
