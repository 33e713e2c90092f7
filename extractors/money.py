"""Money phrases: a number phrase with a currency marker before or after it.

`$6.6bn`, `US$ 2 billion`, `6 billion dollars`, `60 亿美元`, `5,000万美元`,
`人民币 100 亿元`, `六十亿美元`, `€500m`, ranges (`$5-6 billion`,
`5 至 6 亿美元`, `between $30,000 and $40,000`) and qualifiers (`over`,
`超过`, `约`, `10 多亿`). Found on folded text; offsets are the original's.
A range keeps its lower bound as `amount` and the upper bound as `upper`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractors.currencies import (
    PREFIX,
    PREFIX_WORDS,
    SUFFIX,
    SUFFIX_CJK,
    SUFFIX_LATIN_WORDS,
    SUFFIX_ONLY,
    SUFFIX_OR_PREFIX,
    prefix_code,
    suffix_code,
)
from extractors.numbers import (
    AFTER_QUALIFIERS,
    HEDGE_AFTER_RE,
    MORE_SUFFIX,
    NUMBER,
    SCALE,
    format_range,
    qualifier_before,
    value_of,
)
from extractors.regex_variants import Variants
from extractors.word_cues import trie_pattern


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


_SEP = r"\s?(?:-to-|-|~|to|至|到)\s?"
# (a currency code may be glued to its digits: "Rmb160bn", "USD23bn"; elsewhere digits glued to a
# letter are part of a name, "H100")
_GLUED_DIGITS = r"(?<=[a-z])\d(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)"
_PREFIXED = re.compile(
    # (a bare "$" before its digits may be glued to the word before it when a page lost a
    # space: "secures$2bn in funding")
    # (a hyphen may join the scale: "a $235-million funding round")
    rf"(?:(?<![a-z])|(?=\$\d))(?P<pre>{PREFIX})\s?(?P<n1>{NUMBER}|{_GLUED_DIGITS})(?:\s?(?P<m1>{MORE_SUFFIX})|(?P<m1plus>-plus))?"
    rf"(?:(?:\s?|-(?=(?:million|billion|trillion)\b))(?P<s1>{SCALE}))?"
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
_TRILLIONS_BEFORE = re.compile(r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s?(?P<s>兆|万亿)\s?零?$")
_BETWEEN = re.compile(r"between\s$")
_AND = re.compile(r"^\s?and\s?$")
_TO_ZH = re.compile(r"\s?(?:到|至|-|~)\s?")
_BETWEEN_AFTER_ZH = re.compile(r"\s?之间")
# Only currency phrases can carry the single-letter scales m/b/t ("$6b"): a
# bare "5 m dollars" is too rare to be worth the false matches.
_LETTER_SCALES = {"m", "b", "t"}
_WORD_CURRENCIES = frozenset({"yuan", "euros", "euro", "pounds", "dollars", "won", "ringgit", "rupees", "yen",
                              "renminbi", "dirhams", "riyals"})


def _build(m: re.Match, folded: str, lang: str | None, prefixed: bool) -> Money | None:
    n1, m1, s1, n2, s2, marker = m.group("n1", "m1", "s1", "n2", "s2",
                                         "pre" if prefixed else "suf")
    if not prefixed and s1 in _LETTER_SCALES and not (
            m.end("n1") == m.start("s1") and marker in _WORD_CURRENCIES):
        return None  # (but "300m yuan", "2bn euros": a scale glued to its digits before a currency word)
    currency = prefix_code(marker, lang) if prefixed else suffix_code(marker)
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
    start, end = m.span()
    if s1 == "亿" and not n2 and (trillions := _TRILLIONS_BEFORE.search(folded, max(0, start - 12), start)):
        # "2 兆 2600 亿日元", "1 万亿 2000 亿元": trillions and hundreds of millions in one figure
        amount += value_of(trillions.group("n"), trillions.group("s"))
        start = trillions.start()
    qualifier = qualifier_before(folded[max(0, start - 16):start])
    if m1:
        qualifier = qualifier or AFTER_QUALIFIERS[m1]
    elif prefixed and m.group("m1plus"):
        qualifier = qualifier or "over"  # "a US$300-plus million round"
    after = HEDGE_AFTER_RE.match(folded, end)
    if after:
        qualifier = qualifier or AFTER_QUALIFIERS[after.group(1)]
    return Money(start, end, amount, currency, qualifier, upper)


# Currency words after a number, Latin and CJK apart: each list alone is scanned several
# times faster than both together, and a Latin word never overlaps a CJK one, so the
# two scans merged are the scan of the whole alternation. The Latin scan also looks for
# the ISO codes that open a prefixed amount ("usd 5m"), to read the Latin letters once.
# A code that is not a suffix word ("cad", "sgd") can hide only a "dollar(s)" that
# starts inside it ("cadollars"), which has no amount before it and so no match.
_CODES = tuple(w for w in PREFIX_WORDS if w.isascii() and w.isalpha())
# (a trie: the longest word at each offset, as the longest-first alternation finds it, but
# with one branch per first letter to try)
_LATIN_MARKS = re.compile(trie_pattern({*SUFFIX_LATIN_WORDS, *_CODES}))
_SUFFIX_LATIN_SET = frozenset(SUFFIX_LATIN_WORDS)
_SUFFIX_CJK_MARK = re.compile(SUFFIX_CJK)


# Characters that can stand in a suffixed amount before its currency word: numerals,
# scale words, separators, spaces. An amount that ends at a currency word lies in the
# run of them right before it.
_AMOUNT_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyz0123456789,.-~零〇一二两三四五六七八九十百千万亿兆多余至到"
)


def _markers(folded: str) -> tuple[list[tuple[int, int]], list[int]]:
    """Spans of the currency words that can end an amount, as a scan for `SUFFIX` finds
    them, and the starts of the Latin currency words (candidates for prefix codes)."""
    latin = [m for m in _LATIN_MARKS.finditer(folded)]
    code_starts = [m.start() for m in latin]
    marks = [m.span() for m in latin if m.group() in _SUFFIX_LATIN_SET]
    cjk = [m.span() for m in _SUFFIX_CJK_MARK.finditer(folded)]
    if marks and cjk:
        marks = sorted(marks + cjk)
    return marks or cjk, code_starts


def _run_start(folded: str, pos: int, limit: int) -> int:
    """Start of the run of amount characters that ends at `pos` (not before `limit`)."""
    i = pos
    while i > limit:
        ch = folded[i - 1]
        if ch in _AMOUNT_CHARS or ch.isspace() or ch.isdecimal():
            i -= 1
        else:
            break
    return i


def _suffixed(folded: str, marks: list[tuple[int, int]]):
    """Suffixed amounts, searched only in a short window before each currency word
    (scanning the whole text for numbers is the slow part)."""
    last_end = 0
    for mark_start, mark_end in marks:
        start = max(last_end, mark_start - 48)
        # An amount ending at this word starts in the run of amount characters before
        # it, and no earlier match can straddle that run's start (a currency word there
        # has no amount character), so searching from it finds the same match. With no
        # such run the amount may end in an earlier, overlapping word: keep the window.
        run = _run_start(folded, mark_start, start)
        if run < mark_start:
            start = run
        best = None
        for m in _SUFFIXED.finditer(folded, start, mark_end):
            end = m.end()
            if end == mark_end or (mark_start < end <= mark_end):
                best = m
                break
        if best is not None:
            last_end = best.end()
            yield best


# Every prefixed amount starts with a currency marker: the symbols and 币 are found
# with str.find (far faster than a regex scan), the ISO codes by the Latin word scan.
_DOLLAR_WORDS = tuple(w for w in PREFIX_WORDS if w.endswith("$") and w != "$")
_BI_WORDS = tuple(w for w in PREFIX_WORDS if w.endswith("币"))
_SYMBOLS = "".join(w for w in PREFIX_WORDS if len(w) == 1)
# the words ending in "$" by the character before the "$" ("us $" after a space)
_DOLLAR_WORDS_BY_PREV = {ch: tuple(w for w in _DOLLAR_WORDS if w[-2] == ch)
                         for ch in {w[-2] for w in _DOLLAR_WORDS}}
if not all(w in _DOLLAR_WORDS or w in _BI_WORDS or w in _SYMBOLS or w in _CODES for w in PREFIX_WORDS):
    raise RuntimeError("a currency prefix the marker finder does not look for")


def _prefix_starts(folded: str, code_starts: list[int]) -> list[int]:
    """Every offset where a currency prefix marker starts (a superset is fine: the
    prefixed pattern is matched there)."""
    starts = code_starts[:]
    for ch in _SYMBOLS:
        i = folded.find(ch)
        while i >= 0:
            starts.append(i)
            if ch == "$" and i and (words := _DOLLAR_WORDS_BY_PREV.get(folded[i - 1])):
                starts.extend(i + 1 - len(w) for w in words
                              if i + 1 >= len(w) and folded.startswith(w, i + 1 - len(w)))
            i = folded.find(ch, i + 1)
    i = folded.find("币")
    while i >= 0:
        starts.extend(i + 1 - len(w) for w in _BI_WORDS
                      if i + 1 >= len(w) and folded.startswith(w, i + 1 - len(w)))
        i = folded.find("币", i + 1)
    starts.sort()
    return starts


def _prefixed(folded: str, starts: list[int]):
    """The matches of the prefixed pattern, as `finditer` gives them, tried only at the
    `starts` of markers."""
    last_end = 0
    for pos in starts:
        if pos < last_end:
            continue
        m = _PREFIXED.match(folded, pos)
        if m:
            last_end = m.end()
            yield m


def find_money(folded: str, lang: str | None = None) -> list[Money]:
    """Every money phrase of the folded text, in order, without overlaps."""
    found: list[Money] = []
    taken: list[tuple[int, int]] = []
    marks, code_starts = _markers(folded)
    for m in _prefixed(folded, _prefix_starts(folded, code_starts)):
        if suffix_code(m.group("pre")) and _AMOUNT_BEFORE.search(folded, max(0, m.start() - 8), m.start()):
            continue  # "43 亿港币 30 亿港币": the marker ends the amount before it
        money = _build(m, folded, lang, prefixed=True)
        if money:
            found.append(money)
            taken.append((money.start, money.end))
    # both lists are in text order and the prefixed amounts do not overlap each other,
    # so only the first prefixed amount that ends after a suffixed one starts can overlap it
    j = 0
    for m in _suffixed(folded, marks):
        m_start, m_end = m.span()
        while j < len(taken) and taken[j][1] <= m_start:
            j += 1
        if j < len(taken) and taken[j][0] < m_end:
            continue
        money = _build(m, folded, lang, prefixed=False)
        if money:
            found.append(money)
    if lang == "zh" and ("融资" in folded or "估值" in folded):
        found.extend(_bare_yuan(folded, found))
    found.sort(key=lambda x: x.start)
    if " by " in folded or " from " in folded:
        found = _split_changes(found, folded)
    if "元" in folded:
        taiwan = _TAIWAN_CUES.search(folded) is not None
        hong_kong = _HONG_KONG_CUES.search(folded) is not None
        if taiwan or hong_kong or _TAIWAN_SENTENCE_CUES.search(folded):
            found = _local_dollars(found, folded, taiwan, hong_kong)
    return _join_between(found, folded)


# A bare 元 in a Taiwan or Hong Kong report is the local dollar: "〔記者／台北報導〕鴻海將以不超過 420
# 億元的價格採購", "國科會宣布投資 170 億元", "沙嶺數據園區…首三年投資規模為 238 億元". The place is
# told by words only those reports use anywhere in their text (a dateline, the local dollar, a
# government body) or by words that place one sentence there (a city, a local company); a sentence
# about the mainland keeps yuan ("阿里巴巴宣布未來三年投入 3800 億元").
_TAIWAN_CUES = re.compile(
    r"台北报导|台北讯|台北电|中央社|新台币|台股|国科会|数发部|数位发展部|行政院|立法院|台湾大哥大")
_TAIWAN_SENTENCE_CUES = re.compile(r"鸿海|台积电|联发科|广达|纬创|英业达|纬颖|台达电|中华电信|远传|桃园|新竹|高雄|台中|台南|台湾")
_HONG_KONG_CUES = re.compile(r"港府|香港政府|香港特区政府|财政司|创新科技及工业局|数码港|北部都会区|沙岭")
_MAINLAND_CUES = re.compile(
    r"人民币|内地|大陆|中国大陆|国内|我国|北京|上海|深圳|杭州|广州|成都|郑州|阿里|腾讯|百度|字节|华为|智谱|月之暗面|小米|中芯|"
    r"寒武纪|中国移动|中国电信|中国联通|科大讯飞|润泽|商汤|京东|浪潮|工业富联|美团|快手|澳门|国资委|央企|人行|a股|港元|港币|美元")
_LOCAL_SPAN = re.compile(r"[。;；!?！？\n]")


# Verbs that change a figure, whole words: "expanded", "raising" (not "growth", "increasingly")
_CHANGE_VERB = (
    r"\b(?:expand(?:s|ed|ing)?|extend(?:s|ed|ing)?|increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|cut(?:s|ting)?|"
    r"trim(?:s|med|ming)?|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|grew|"
    r"grow(?:s|ing)?|rose|rise|rises|rising|upsiz(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|slash(?:es|ed|ing)?|"
    r"revis(?:e|es|ed|ing)|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|"
    r"doubl(?:e|es|ed|ing)|bump(?:s|ed|ing)?|fell|fall(?:s|ing)?|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing))\b"
)
_BY_BEFORE = re.compile(
    _CHANGE_VERB + r"\s(?:[\w'-]+\s){0,4}?by\s(?:about\s|around\s|roughly\s|some\s|nearly\s|over\s)?$")
# "raised its capex forecast from $75 billion to $85 billion", "capex will rise from": the old and
# the new figure (not "ranging from $5 billion to $6 billion")
_FROM_BEFORE = re.compile(
    _CHANGE_VERB + r"\s(?:[\w'-]+\s){0,5}?from\s(?:about\s|around\s|roughly\s|some\s|nearly\s|over\s)?$")


def _split_changes(found: list[Money], folded: str) -> list[Money]:
    """"expanded its contract by $6.5B to $22.4B" is a change and a new total, not a range;
    "raised its forecast from $75 billion to $85 billion" is the old and the new figure."""
    out = []
    for money in found:
        cut = folded.find(" to ", money.start, money.end) if money.upper is not None else -1
        if cut > 0 and (_BY_BEFORE.search(folded, max(0, money.start - 60), money.start)
                        or _FROM_BEFORE.search(folded, max(0, money.start - 70), money.start)):
            second = cut + 4
            out.append(replace(money, end=cut, upper=None))
            out.append(Money(second, money.end, money.upper, money.currency))
        else:
            out.append(money)
    return out


def _local_dollars(found: list[Money], folded: str, taiwan: bool, hong_kong: bool) -> list[Money]:
    out = []
    for money in found:
        if money.currency == "CNY" and folded[money.end - 1:money.end] == "元" and (
                money.end < 2 or folded[money.end - 2] in "0123456789亿万千百 "):
            stop = _LOCAL_SPAN.search(folded, money.end)
            start = max(folded.rfind(c, 0, money.start) for c in "。;；!?！？\n") + 1  # (the sentence's)
            end = stop.start() if stop else len(folded)
            if not _MAINLAND_CUES.search(folded, start, end):
                if taiwan or (not hong_kong and _TAIWAN_SENTENCE_CUES.search(folded, start, end)
                              and (_TAIWAN_SENTENCE_CUES.search(folded, 0, start) or _TAIWAN_SENTENCE_CUES.search(folded, end))):
                    money = replace(money, currency="TWD")
                elif hong_kong:
                    money = replace(money, currency="HKD")
        out.append(money)
    return out


# Chinese news often leaves 元 out of a round: "完成近5亿A轮融资", "A轮融资50亿，估值冲上200亿"
_ARABIC_ZH = r"\d+(?:\.\d+)?"
_BARE_BEFORE_ROUND = re.compile(
    rf"(?<![\d.$€£¥])(?P<n1>{_ARABIC_ZH})\s?(?P<s1>亿|万)(?=\s?(?:[a-k]\+*\d?\s?轮|pre-[a-k]\+*\s?轮|天使轮|种子轮|战略)?"
    rf"\s?(?:融资|投资(?!人|者|方|机构)|注资))"
)
_BARE_AFTER_WORD = re.compile(
    rf"(?:融资|估值)(?:金额|额|规模)?\s?(?:已|约|将|或)?\s?(?:为|达到|达|超过|超|近|约|冲上|升至|高达|逾)?\s?"
    rf"(?P<n1>{_ARABIC_ZH})\s?(?P<s1>亿|万)(?=\s?[,，。;；、)）]|\s?$)"
)


def _bare_yuan(folded: str, found: list[Money]) -> list[Money]:
    """Amounts in 亿 or 万 with no currency that a round word heads or follows: yuan."""
    out: list[Money] = []
    for rx in (_BARE_BEFORE_ROUND, _BARE_AFTER_WORD):
        for m in rx.finditer(folded):
            start, end = m.start("n1"), m.end("s1")
            if any(x.start < end and start < x.end for x in found + out):
                continue
            amount = value_of(m.group("n1"), m.group("s1"))
            if amount:
                # (the currency of the sentence's other amounts: "完成10亿美元融资，此前A轮融资3亿")
                lo = max(folded.rfind(c, 0, start) for c in "。！？!?\n") + 1
                hi = min((i for i in (folded.find(c, end) for c in "。！？!?\n") if i >= 0), default=len(folded))
                # (not a valuation's: "月之暗面估值达到30亿美元，而智谱AI最新融资30亿")
                near = [x for x in found if lo <= x.start < hi
                        and folded.find("估值", max(lo, x.start - 8), x.start) < 0]
                currency = min(near, key=lambda x: abs(x.start - start)).currency if near else "CNY"
                out.append(Money(start, end, amount, currency, qualifier_before(folded[max(0, start - 16):start])))
    return out


def _join_between(found: list[Money], folded: str) -> list[Money]:
    """Merge "between $30,000 and $40,000" into one range."""
    out: list[Money] = []
    i = 0
    while i < len(found):
        cur = found[i]
        if i + 1 < len(found):
            nxt = found[i + 1]
            if nxt.currency == cur.currency and nxt.start - cur.end <= 8 and ((
                    _AND.match(folded[cur.end:nxt.start])
                    and _BETWEEN.search(folded[max(0, cur.start - 9):cur.start])) or (
                    # "在 600 万美元到 630 万美元之间": both bounds with their currency
                    nxt.amount > cur.amount and _TO_ZH.fullmatch(folded, cur.end, nxt.start)
                    and _BETWEEN_AFTER_ZH.match(folded, nxt.end))):
                out.append(Money(cur.start, nxt.end, cur.amount, cur.currency, cur.qualifier,
                                 max(nxt.amount, cur.amount)))
                i += 2
                continue
        out.append(cur)
        i += 1
    return out
