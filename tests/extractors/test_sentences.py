"""Sentence and clause boundaries with exact spans."""

from __future__ import annotations

from extractors.folding import fold
from extractors.sentences import clause_span, sentence_spans


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_english_sentences_and_abbreviations():
    text = "Alphabet Inc. and Nvidia Corp. took stakes. The round, led by Greenoaks, closed. U.S. rules apply."
    assert sentences(text) == [
        "Alphabet Inc. and Nvidia Corp. took stakes.",
        "The round, led by Greenoaks, closed.",
        "U.S. rules apply.",
    ]


def test_quotes_stay_with_their_sentence():
    text = '"It will be online in a few months," Musk said. "Next big step would be 300k B200s."'
    assert sentences(text) == [
        '"It will be online in a few months," Musk said.',
        '"Next big step would be 300k B200s."',
    ]


def test_chinese_sentences_and_line_breaks():
    text = "月之暗面完成融资。投资方包括腾讯！\n\n本轮结束后估值超过 23 亿美元"
    assert sentences(text) == ["月之暗面完成融资。", "投资方包括腾讯！", "本轮结束后估值超过 23 亿美元"]


def test_decimals_do_not_split():
    assert sentences("It raised $6.6bn. Then 1.5 GW.") == ["It raised $6.6bn.", "Then 1.5 GW."]


def test_spans_are_exact_offsets():
    text = "  First one.  Second one. "
    for s, e in sentence_spans(text):
        assert text[s:e].strip() == text[s:e]


def test_clause_span_respects_thousands_separators():
    text = fold("In October, xAI raised $6bn, while 20,000 GPUs ran")
    pos = text.index("20,000")
    s, e = clause_span(text, 0, len(text), pos)
    assert text[s:e].endswith("20,000 gpus ran") and "$6bn" not in text[s:e]
