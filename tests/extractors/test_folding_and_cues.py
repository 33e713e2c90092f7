"""Length-preserving folding (characters and regional words) and cue-word tries with edges."""

from __future__ import annotations

import pytest

from extractors.folding import fold
from extractors.word_cues import WordCue


@pytest.mark.parametrize(("text", "folded"), [
    ("輝達 H100 晶片", "辉达 h100 芯片"),
    ("該資料中心的伺服器", "该数据中心的服务器"),
    ("人工智慧運算叢集", "人工智能运算集群"),
    ("ＯｐｅｎＡＩ　融資", "openai 融资"),
])
def test_folding_maps_characters_and_regional_words(text, folded):
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


def test_folding_keeps_characters_beyond_the_basic_plane():
    assert fold("AI 🚀 𠀀") == "ai 🚀 𠀀"


def test_cue_words_need_word_edges():
    cue = WordCue(["round", "rounds", "raise", "raised", "announc*", "融资"])
    text = "around the round, raisedx raised announcement 融资"
    assert [m.group(0) for m in cue.finditer(text)] == ["round", "raised", "announc", "融资"]
    assert cue.search("surrounded") is None
    assert cue.search("a 10 round") is not None  # digits and spaces are edges
    assert cue.last(text).group(0) == "融资"


def test_cue_words_prefer_the_longest_word():
    cue = WordCue(["led", "led by ", "co-led by "])
    assert [m.group(0) for m in cue.finditer("co-led by a and led by b, led")] == [
        "co-led by ", "led by ", "led"]
