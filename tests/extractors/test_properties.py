"""Property tests: extract_facts never raises and is deterministic."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.facts import KINDS, extract_facts

# Text made of fact vocabulary as well as arbitrary Unicode, so the grammar gets exercised.
_WORDS = st.sampled_from([
    "xAI", "OpenAI", "月之暗面", "融资", "估值", "亿美元", "万块", "H100", "GPUs", "$", "bn", "raised",
    "valued at", "Series B", "轮", "will", "by the end of 2024", "MW", "吉瓦", "each", "分别", "、",
    ",", "。", ".", " ", "10", "1.5", "２０", "六十", "超过", "约", "(", ")", "\n", "in talks",
])
_TEXT = st.one_of(st.text(max_size=400), st.lists(_WORDS, max_size=60).map("".join),
                  st.lists(st.one_of(_WORDS, st.text(max_size=5)), max_size=60).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_never_raises_and_is_deterministic(text):
    first = extract_facts(text)
    assert set(first) == set(KINDS)
    assert extract_facts(text) == first
    for items in first.values():
        for item in items:
            start, end = item["span"]
            assert text[start:end] == item["evidence"]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.sampled_from([None, "en", "zh", "xx"]), st.sampled_from([None, "2024-05-28", "junk"]))
def test_any_lang_and_published(text, lang, published):
    assert set(extract_facts(text, lang, published)) == set(KINDS)
