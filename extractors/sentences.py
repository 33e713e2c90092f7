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

_BOUNDARY = re.compile(r"\n|[。！？!?…]+[”」』）)\"']*|\.[”\"')\]]*(?=\s|$)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.&]*)$")
ABBREVIATIONS = frozenset(
    "inc corp co ltd llc plc mr mrs ms dr prof st jr sr vs no fig approx est dept gov gen sen rep "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e a.m p.m n.v s.a ag "
    "bros mt ft cf al".split()
)
# A clause ends at a comma, semicolon or colon, a dash, or a contrastive "while".
CLAUSE_BREAK = re.compile(r"(?:,(?!\d{3})|[;:，；：])\s?|\s[-—–]\s|—|--|\swhile\s|\swhereas\s|\sbut\s")


def _is_english_stop(text: str, dot: int) -> bool:
    """Decide whether the `.` at `dot` ends a sentence."""
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if m:
        word = m.group(1).lower()
        if word in ABBREVIATIONS or len(word) == 1 or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
            return False
    nxt = dot + 1
    while nxt < len(text) and text[nxt] in "”\"')]":
        nxt += 1
    while nxt < len(text) and text[nxt] in " \t\u00a0\u3000":
        nxt += 1
    if nxt >= len(text):
        return True
    ch = text[nxt]
    return ch.isupper() or ch.isdigit() or ch in "\"“'‘(「\n$€£" or ord(ch) > 0x2E80


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, in order, trimmed of surrounding spaces."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] == "." and not _is_english_stop(text, m.start()):
            continue
        end = m.end() if text[m.start()] != "\n" else m.start()
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


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
