"""Target-date phrases ("by the end of 2024", "next summer", "2025 年下半年").

A GPU or power fact that is planned keeps the deadline the text gives, as the
text says it (no resolution against the publication date): the English phrase
without a bare leading "by" before relative words ("by next summer" ->
"next summer"), the Chinese phrase without a leading 在/到/于.
"""

from __future__ import annotations

import re

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_YEAR = r"20\d\d"
_EN = (
    rf"(?:by|before|until|through|in|within|around|during)?\s?(?:"
    rf"(?:the\s)?(?:end|middle|start|beginning|first half|second half|close|fall|spring|summer)\s"
    rf"of\s(?:this year|next year|the year|(?:fiscal\s)?{_YEAR})"
    rf"|(?:early|mid|late)[\s-]?{_YEAR}|end-{_YEAR}"
    rf"|(?:{_YEAR}\s)?year[\s-]end"
    rf"|(?:q[1-4]|h[12])\s?{_YEAR}"
    rf"|(?:the\s)?(?:first|second|third|fourth)\squarter\sof\s(?:this year|next year|{_YEAR})"
    rf"|(?:next|this|later this|early next|late next)\s(?:summer|spring|fall|autumn|winter|year|month|quarter)"
    rf"|(?:a few|several|the coming|the next (?:few|two|three|six|\d+)|\d+) (?:months|weeks|years)"
    rf"|(?:{_MONTHS})\.?\s{_YEAR}"
    rf"|{_YEAR}(?!\s?年)"
    rf")(?![a-z0-9])"
)
_ZH = (
    r"(?:在|到|于|至|截至)?\s?(?:"
    r"(?:20\d\d|今|明|后)\s?年\s?(?:底|末|初|中|年底|年末|上半年|下半年|第?[一二三四1-4]\s?季度?|"
    r"[春夏秋冬](?:天|季)?|\d{1,2}\s?月(?:底|份|末)?)?"
    r"|年底|年末|下半年|上半年|未来(?:几|一两|\d+|[一二三四五六])\s?(?:个月|年)"
    r"|\d{1,2}\s?月(?:底|末)"
    r")\s?(?:之前|以前|前)?"
)
DATE_RE = re.compile(rf"(?<![a-z0-9])(?:{_EN})|{_ZH}")
_STRIP_LEAD = re.compile(r"(?:在|到|于|至)\s?|by\s(?=next|this|later|early|late)")


# Every date phrase has one of these (a year, a word for a span of time, 年 or 月); many
# sentences have none, and the full pattern is slow. (Each branch opens with a literal
# character, which `re` skips to.)
_DATE_HINT = re.compile(r"20\d\d|year|month|quarter|summer|spring|fall|autumn|winter|week|年|月")


def find_dates(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of date phrases in `folded[start:end]` (bare years included)."""
    out: list[tuple[int, int]] = []
    if not _DATE_HINT.search(folded, start, end):
        return out
    for m in DATE_RE.finditer(folded, start, end):
        s, e = m.start(), m.end()
        while s < e and folded[s] == " ":
            s += 1
        while e > s and folded[e - 1] == " ":
            e -= 1
        if e - s >= 2:
            out.append((s, e))
    return out


def target_phrase(text: str, folded: str, span: tuple[int, int]) -> str:
    """The target date as reported: original text of `span` without a leading preposition."""
    s, e = span
    lead = _STRIP_LEAD.match(folded, s, e)
    if lead:
        s = lead.end()
    return text[s:e].strip()


def is_deadline(folded: str, span: tuple[int, int]) -> bool:
    """True when the phrase names a time to come relative to a plan, not just a year."""
    phrase = folded[span[0]:span[1]]
    return not re.fullmatch(r"(?:in|during|around)?\s?20\d\d", phrase)
