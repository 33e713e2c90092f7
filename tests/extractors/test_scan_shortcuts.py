"""The scan shortcuts give what the plain scans give, on text built from fact vocabulary.

Each shortcut is checked against the straightforward form it replaces: the merge of every
numeral variant, the two cue sets searched one after the other, the mentions of both
registry regexes sorted by (start, -end).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.folding import fold
from extractors.funding import _BACKERS_CUE, _SYNDICATE
from extractors.gpus import GPU_COUNT_RE
from extractors.labs import _MENTION_ASCII, _MENTION_OTHER, find_mentions
from extractors.money import _SUFFIXED
from extractors.money_roles import FUNDING_CUE
from extractors.power import POWER_RE

_TOKENS = st.sampled_from([
    "10", "1.5", "20,000", "100k", "2024", "H100", "h100s", "GB200", "GPUs", "chips", "芯片", "万",
    "万块", "张", "亿美元", "美元", "元", "dollars", "yuan", "$", "€", "bn", "billion", "million",
    "thousand", "one", "a", "half a", "六十", "两千", "三万", "十", "多", "余", "MW", "gigawatts",
    "兆瓦", "吉瓦", "to", "-", "至", " ", ",", "、", "。", ".", "raised", "funding", "融资", "led",
    "led by", "investors", "backers", "co-led", "参投", "领投", "股东", "round", "around", "seeded",
    "OpenAI", "xAI", "Anthropic", "月之暗面", "智谱", "Microsoft", "metadata", "Meta", "Musk",
    "英伟达", "Nvidia", "x.ai", "-", "'s", "of", "the", "\n",
])
_TEXT = st.lists(st.one_of(_TOKENS, st.text(max_size=3)), max_size=40).map(" ".join)
_JOINED = st.lists(_TOKENS, max_size=40).map("".join)


def _merged_spans(variants, text: str) -> list[tuple[int, int]]:
    """The matches of every variant, merged leftmost first without overlaps."""
    found = [m for rx in variants.patterns for m in rx.finditer(text)]
    found.sort(key=lambda m: (m.start(), -m.end()))
    out, last = [], -1
    for m in found:
        if m.start() >= last:
            last = m.end()
            out.append(m.span())
    return out


@settings(max_examples=400, deadline=None)
@given(st.one_of(_TEXT, _JOINED))
def test_variants_give_the_merge_of_all_numeral_kinds(text):
    folded = fold(text)
    for variants in (_SUFFIXED, GPU_COUNT_RE, POWER_RE):
        assert [m.span() for m in variants.finditer(folded)] == _merged_spans(variants, folded)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_TEXT, _JOINED))
def test_backers_cue_finds_what_either_cue_set_finds(text):
    folded = fold(text)
    either = bool(FUNDING_CUE.search(folded) or _SYNDICATE.search(folded))
    assert bool(_BACKERS_CUE.search(folded)) == either


@settings(max_examples=400, deadline=None)
@given(st.one_of(_TEXT, _JOINED))
def test_mentions_keep_the_order_of_both_registry_scans(text):
    folded = fold(text)
    matches = [*_MENTION_ASCII.finditer(folded), *_MENTION_OTHER.finditer(folded)]
    starts = [m.start() for m in matches]
    assert len(starts) == len(set(starts))  # the two scans never start at the same place
    spans = [(m.start, m.end) for m in find_mentions(text, folded)]
    assert spans == sorted(spans)


def test_a_single_numeral_kind_is_scanned_alone():
    text = fold("OpenAI raised $6.6 billion and 60 亿美元 from 10 investors")
    got = [m.group(0) for m in _SUFFIXED.finditer(text)]
    assert got == [m.group(0) for m in re.compile(_SUFFIXED.patterns[0].pattern).finditer(text)]
