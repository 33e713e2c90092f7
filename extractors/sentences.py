"""Sentence and clause boundaries for English and Chinese news text.

Sentences end at line breaks, at Chinese terminators (。！？) and at English
`.`, `!`, `?` followed by a space and a sentence start, except after common
abbreviations ("Inc.", "Corp.", "U.S.", initials). Closing quotes stay with
their sentence. Spans are offsets into the original text, trimmed of spaces,
so `text[start:end]` is the evidence sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

# One branch per terminator, each opening with its literal character: `re` then jumps
# from one candidate character to the next instead of trying the pattern at every
# offset (a class or a repeat at the head of a branch turns that skip off).
_TERMINATORS = "。！？!?…"
_BOUNDARY = re.compile(
    r"\n|"
    + "|".join(re.escape(c) + rf"[{_TERMINATORS}]*[”」』）)\"']*" for c in _TERMINATORS)
    + r"|\.[”\"')\]]*(?=\s|$)"
    # (a page that lost the space between two sentences: "among others.Shield AI, a startup, raised";
    # "closed on March 6.SandboxAQ closed"; not "U.S.AI" nor "e.g.The": two lower-case letters or a
    # day's number before the dot)
    # (each branch opens with its literal dot, so that `re` skips from one candidate to the next)
    + r"|\.(?:(?<=[a-z][a-z]\.)|(?<=\s\d\.)|(?<=\s\d\d\.))(?=[A-Z][a-z])"
)
ABBREVIATIONS = frozenset(
    "inc corp co ltd llc plc mr mrs ms dr prof st jr sr vs no fig approx est dept gov gen sen rep "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e a.m p.m n.v s.a ag "
    "bros mt ft cf al".split()
)
# A clause ends at a comma, semicolon or colon, a dash, or a contrastive "while". Written
# as `(?:,(?!\d{3})|[;:，；：])\s?|\s(?:[-—–]\s|while\s|whereas\s|but\s)|—|--` with every
# branch opening with a literal character (each space character `\s` matches gets its own
# branch), so that `re` skips from one candidate character to the next.
_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace())  # none is above U+3000
CLAUSE_BREAK = re.compile(
    r",(?!\d{3})\s?|" + "|".join(re.escape(c) + r"\s?" for c in ";:，；：") + "|"
    + "|".join(re.escape(c) + r"(?:[-—–]\s|while\s|whereas\s|but\s)" for c in _SPACES)
    + "|—|--"
)


_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_WORD_CHARS = _LETTERS | {".", "&"}
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


def _is_english_stop(text: str, dot: int) -> bool:
    """Decide whether the `.` at `dot` ends a sentence."""
    # the word before the dot, as the pattern `[A-Za-z][A-Za-z.&]*$` finds it in the 20 characters before it:
    # the run of letters, dots and "&" that ends at the dot, from its first letter on
    # (`$` also matches before a newline right before the dot)
    lo = max(0, dot - 20)
    end = dot - 1 if dot > lo and text[dot - 1] == "\n" else dot
    i = end
    while i > lo and text[i - 1] in _WORD_CHARS:
        i -= 1
    while i < end and text[i] not in _LETTERS:
        i += 1
    if i < end:
        word = text[i:end].lower()
        # a single letter is an initial ("J. Smith"), unless it ends a longer token ("H800s.")
        # ... or a round's letter: "a $3.5 billion Series E. The deal"
        round_letter = text[max(0, i - 7):i].lower() in ("series ", "series-")
        initial = len(word) == 1 and not (i > 0 and text[i - 1].isalnum()) and not round_letter
        if word in ABBREVIATIONS or initial or _INITIALS.fullmatch(word):
            return False
    nxt = dot + 1
    n = len(text)
    while nxt < n and text[nxt] in "”\"')]":
        nxt += 1
    while nxt < n and text[nxt] in " \t\u00a0\u3000":
        nxt += 1
    if nxt >= n:
        return True
    ch = text[nxt]
    return ch.isupper() or ch.isdigit() or ch in "\"“'‘(「\n$€£" or ord(ch) > 0x2E80


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, in order, trimmed of surrounding spaces."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        b_start, b_end = m.span()
        ch = text[b_start]
        if ch == "." and not _is_english_stop(text, b_start):
            continue
        if ch == "\n" and _wrapped_line(text, b_start):
            continue  # a hard-wrapped Chinese line goes on: "小米正在搭建自己的GPU萬卡\n集群"
        _add(text, start, b_start if ch == "\n" else b_end, spans)
        start = b_end
    _add(text, start, len(text), spans)
    return spans


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


_ENDS_WITH_FIGURE = re.compile(r"\d\s?(?:万|萬|亿|億|千|百)?$")


def _wrapped_line(text: str, nl: int) -> bool:
    """True for a line break inside a Chinese sentence that a page hard-wrapped: a long line (at
    least 24 characters, with a comma, no colon, not ending in a figure) as long as the line
    before or after it, ending in a Chinese character or digit, the next line going on with a
    Chinese character."""
    if nl == 0 or nl + 1 >= len(text):
        return False
    before, after = text[nl - 1], text[nl + 1]
    if not (_is_cjk(before) or before.isdigit()) or not _is_cjk(after):
        return False
    line_start = text.rfind("\n", 0, nl) + 1
    line = text[line_start:nl]
    # (a heading has no comma; a list item ends with its figure: "明年预计达到250万-310万")
    if nl - line_start < 24 or any(c in line for c in "：:") or not ("," in line or "，" in line) or (
            _ENDS_WITH_FIGURE.search(line)):
        return False
    # (a page wraps at one width: the line before or after is as long, within two characters)
    prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    next_end = text.find("\n", nl + 1)
    next_len = (len(text) if next_end < 0 else next_end) - nl - 1
    prev_len = line_start - 1 - prev_start if line_start > 0 else -99
    return abs(prev_len - len(line)) <= 2 or abs(next_len - len(line)) <= 2


# Longer "sentences" (run-on text, tables, lists without stops) are cut, at a clause
# break when there is one, so that the per-sentence rules stay linear in the text.
MAX_SENTENCE = 1200
_SOFT_BREAK = re.compile(r"[,;，；、]\s?|\s")


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        breaks = [m.end() for m in _SOFT_BREAK.finditer(text, start + MAX_SENTENCE // 2, cut)]
        cut = breaks[-1] if breaks else cut
        _add(text, start, cut, spans)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


@lru_cache(maxsize=512)
def _breaks(folded: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    # cached: the rules ask for clauses of the same sentence many times
    return tuple((m.start(), m.end()) for m in CLAUSE_BREAK.finditer(folded, start, end))


# A semicolon parts two events of one sentence ("…估值达到 5 亿美元；此前…"): cues on one side
# do not speak for an amount on the other.
SEMICOLON = re.compile(r"[;；]")

# A sentence that opens with a phrase, not its subject: the names in it are not the subject's
# ("Alongside its partnership with Google, the company …", "Driven by Tesla Megapack batteries,
# Phase 1 is now live …", "除了与谷歌的合作之外，该公司…"). Not a clause of its own: "After Nscale
# signed with OpenAI, it …" may take its subject up.
OPENING_PHRASE = re.compile(
    r"(?:alongside|besides|apart from|aside from|in addition to|on top of|despite|unlike|amid|"
    r"(?:driven|powered|fueled|fuelled|backed|supported|developed|built|designed) by)\s[^,;.]{3,80}?,|"
    r"(?:除了|除)[^,;。]{2,30}?(?:之外|以外|外),"
)


def stretch_start(folded: str, start: int, pos: int) -> int:
    """Start of the stretch of `folded[start:pos]` after its last semicolon (`start` if none)."""
    return max(folded.rfind(";", start, pos), folded.rfind("；", start, pos), start - 1) + 1


def stretch_end(folded: str, pos: int, end: int) -> int:
    """Where the stretch from `pos` ends: the next semicolon before `end`, else `end`."""
    m = SEMICOLON.search(folded, pos, end)
    return m.start() if m else end


def clause_span(folded: str, start: int, end: int, pos: int) -> tuple[int, int]:
    """The clause of sentence `folded[start:end]` that contains offset `pos`."""
    breaks = _breaks(folded, start, end)
    i = bisect_right(breaks, (pos, pos))  # breaks that start after pos
    c_start, c_end = start, end
    # the last break ending at or before pos opens the clause
    j = i
    while j > 0 and breaks[j - 1][1] > pos:
        j -= 1
    if j > 0:
        c_start = breaks[j - 1][1]
    for b_start, _ in breaks[j:]:
        if b_start >= pos:
            c_end = b_start
            break
    return c_start, c_end
