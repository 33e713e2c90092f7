"""Number phrases in English and Chinese news, on folded text (see `folding`).

A number phrase is digits or Chinese numerals, an optional scale word and an
optional qualifier: `20,000`, `1.5`, `100k`, `6.6bn`, `6 billion`, `60 亿`,
`10 万`, `1.5 万亿`, `4 兆` (a trillion, as Taiwan writes it), `六十亿`, `两千亿`,
`5,000万`, `10 多亿`, `₹5,000 crore`, `10 lakh crore`. Qualifiers are whole words ("up to", "至多", "不超过"; the
"up to" in "startup to" is none). The regex sources below are embedded by
the money, GPU and power grammars; `value_of` turns the captured pieces into a
float.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

import cn2an

# Digits not glued to a letter, digit or dot on the left: the 100 of "H100",
# the 3.1 of "Llama3.1" and the 200 of "GB200" are not numbers. This is
# `(?<![a-z0-9_.])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)` with the first digit read
# before the left-edge test: a pattern that opens with a digit is tried only where a
# digit is, one that opens with a lookbehind at every offset.
ARABIC = r"\d(?<![a-z0-9_.].)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)"
# Chinese numerals; "数十万" / "几万" / "成千上万" / "成百上千" are vague and excluded (but "完成十亿"
# is ten billion). A numeral never starts inside another one, so the 六 of "完成六十亿" is not
# dropped to leave "十亿". After 多 only the qualifiers 最多 / 至多 may start one ("最多四十亿").
CHINESE = (
    r"(?<![数几上好零〇一二两三四五六七八九十百千万亿])(?<![^最至]多)(?!(?<=成)[十百千万][上成])"
    r"[一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万亿]*"
)
# English number words count only before a scale or power unit ("one million", "a gigawatt").
_WORD_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "a hundred": 100, "one hundred": 100, "a": 1, "half a": 0.5,
    "a quarter of a": 0.25, "three quarters of a": 0.75,
    "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
# hundreds before a scale: "four hundred thousand GPUs"
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_WORD_VALUES.update({f"{u} hundred": 100 * _WORD_VALUES[u] for u in _UNITS})
ENGLISH = (
    r"(?<![a-z])(?:" + "|".join(sorted(_WORD_VALUES, key=len, reverse=True)) + r")"
    r"(?=\s(?:thousand|million|billion|trillion|gigawatts?|megawatts?)\b|-(?:gigawatt|megawatt)\b)"
)
NUMBER = rf"(?:{ARABIC}|{CHINESE}|{ENGLISH})"

# Scale words. English ones need a word end; "m"/"b"/"t" are accepted only
# right after digits (the money grammar decides whether that is plausible).
# Indian English counts in lakhs (1e5) and crores (1e7): "₹5,000 crore", "10 lakh crore rupees".
SCALE_EN = r"(?:trillion|billion|million|thousand|lakh crores?|crores?|lakhs?|tn|bn|mn|mln|k|m|b|t)(?![a-z])"
# 兆 is a trillion in Taiwan and Hong Kong money ("4 兆美元"); power units are matched apart.
SCALE_ZH = r"(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|兆(?!瓦))"
SCALE = rf"(?:{SCALE_ZH}|{SCALE_EN})"

_SCALE_VALUES = {
    "trillion": 1e12, "tn": 1e12, "t": 1e12,
    "billion": 1e9, "bn": 1e9, "b": 1e9,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "thousand": 1e3, "k": 1e3,
    "lakh crore": 1e12, "lakh crores": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
    "万亿": 1e12, "兆": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "亿": 1e8,
    "千万": 1e7, "百万": 1e6, "十万": 1e5, "万": 1e4, "千": 1e3,
}

# Qualifiers written before the number, longest first; value = canonical word.
QUALIFIERS = {
    "more than": "over", "over": "over", "above": "over", "in excess of": "over",
    "upwards of": "over", "just over": "over", "north of": "over", "exceeding": "over", "topping": "over",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "near": "about",
    "~": "about", "≈": "about",
    "up to": "up to", "as much as": "up to", "as many as": "up to",
    "at least": "at least", "no less than": "at least",
    "less than": "under", "under": "under", "fewer than": "under",
    "超过": "over", "超出": "over", "逾": "over", "超": "over",
    "接近": "nearly", "将近": "nearly", "近": "nearly",
    "大约": "about", "约为": "about", "约": "about", "大概": "about",
    "最高达": "up to", "最多": "up to", "多达": "up to", "高达": "up to", "至多": "up to",
    "不超过": "up to", "最高": "up to", "最多可达": "up to", "最高可达": "up to",
    "至少": "at least", "不少于": "at least", "不低于": "at least", "不会低于": "at least",
    "not less than": "at least", "no fewer than": "at least",
    "不到": "under", "低于": "under", "不足": "under",
}
QUALIFIER = "(?:" + "|".join(
    re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True)) + ")"
# A qualifier right before a phrase start, for left-context checks.
# (not glued to a word on the left: "startup to" does not end with "up to")
QUALIFIER_BEFORE_RE = re.compile(rf"(?<![a-z])({QUALIFIER})\s?(?:of\s)?(?:a\s|an\s)?$")
# Post-posed qualifiers: "10 多亿", "100 余万", "以上", "左右".
MORE_SUFFIX = r"(?:多|余)"
AFTER_QUALIFIERS = {"以上": "over", "左右": "about", "多": "over", "余": "over", "+": "over"}
# A post-posed qualifier right after a figure and its unit: "60 亿美元以上", "150 兆瓦左右".
# (not 以 of "以上网电价", at the on-grid price)
HEDGE_AFTER_RE = re.compile(r"\s?(以上(?!网)|左右)")

_CN2AN = cn2an.Cn2An()
_CN_ONLY = re.compile(r"[一二两三四五六七八九十百千零〇万亿]+")


@lru_cache(maxsize=4096)
def digits_value(raw: str) -> float | None:
    """Value of an Arabic (`20,000`, `1.5`) or Chinese (`六十亿`) numeral; None if unreadable."""
    raw = raw.strip()
    if not raw:
        return None
    if raw[0].isdigit():
        try:
            return float(raw.replace(",", ""))
        except ValueError:
            return None
    if raw in _WORD_VALUES:
        return float(_WORD_VALUES[raw])
    if not _CN_ONLY.fullmatch(raw):
        return None
    try:
        return float(_CN2AN.cn2an(raw, "normal"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def scale_value(scale: str | None) -> float:
    """Multiplier of a scale word (`bn` -> 1e9, `亿` -> 1e8); 1 when absent."""
    if not scale:
        return 1.0
    return _SCALE_VALUES.get(scale.strip(), 1.0)


def value_of(raw: str, scale: str | None = None) -> float | None:
    """Numeral times scale: `value_of("60", "亿") == 6e9`, `value_of("1.5", "万亿") == 1.5e12`."""
    base = digits_value(raw)
    if base is None:
        return None
    value = base * scale_value(scale)
    if not math.isfinite(value):
        return None  # 400 nines are no amount anyone reports
    if value == int(value):
        return value
    whole = round(value)
    # 1.1 x 1e8 is 110000000.00000001 in binary floating point: a decimal times a scale
    # that lands on a whole number is that number
    return float(whole) if whole and abs(value - whole) <= 1e-9 * abs(value) else value


# The last non-space character of a left context that ends with a qualifier: a
# qualifier's last character, or that of "of", "a", "an" after it. Most contexts end
# otherwise, and this test is much cheaper than searching the pattern.
# 约 before the verb of the sum: "每年约花费 17 亿美元", "约耗资 50 亿元"
_VERBS_AFTER_ABOUT = ("花费", "耗资", "投入", "需要", "需")
_QUALIFIER_TAIL = frozenset({q[-1] for q in QUALIFIERS} | set("fan") | {v[-1] for v in _VERBS_AFTER_ABOUT})
# (not 约 of a word: 纽约, 签约, 预约, 合约, 节约; the text is folded to simplified characters)
_NOT_ABOUT = "纽签契预节制公简隐缔合"
_ABOUT_BEFORE_VERB = re.compile(rf"(?:大约|(?<![{_NOT_ABOUT}])约)\s?(?:{'|'.join(_VERBS_AFTER_ABOUT)})\s?$")


# ("added up to $4 billion more" is a ceiling: present sums only)
_SUMS_UP = re.compile(r"\b(?:add|adds|sum|sums|summed|ended|shot|went|goes)\s$")


def qualifier_before(left: str) -> str | None:
    """Canonical qualifier ("over", "about", ...) ending the folded `left` context, or None."""
    left = left[-16:]
    tail = left.rstrip()
    if not tail or tail[-1] not in _QUALIFIER_TAIL:
        return None
    m = QUALIFIER_BEFORE_RE.search(left)
    if m and m.group(1) == "up to" and _SUMS_UP.search(left, 0, m.start()):
        return None  # "adds up to $935 million": a sum, not a ceiling
    if m is None:
        return "about" if _ABOUT_BEFORE_VERB.search(left) else None
    inner = _hedge(left, m)
    # two hedges in a row: the first bounds the figure ("至少约为 940 亿" is at least)
    outer = QUALIFIER_BEFORE_RE.search(left, 0, m.start(1)) if inner and m.start(1) else None
    return (_hedge(left, outer) if outer else None) or inner


def _hedge(left: str, m: re.Match) -> str | None:
    """The canonical hedge of a QUALIFIER_BEFORE_RE match, None for 约 of a word ("纽约", "签约")."""
    if m.group(1) in ("约", "约为") and m.start(1) > 0 and left[m.start(1) - 1] in _NOT_ABOUT:
        return None
    return QUALIFIERS.get(m.group(1))


def format_range(low: float, high: float) -> str:
    """Qualifier text for a range: `range:5e9-6e9`."""
    return f"range:{_short(low)}-{_short(high)}"


def _short(value: float) -> str:
    return f"{value:.6g}".replace("e+0", "e").replace("e+", "e")
