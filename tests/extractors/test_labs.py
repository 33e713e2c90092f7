"""The lab registry (a data file) and finding its names in text."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from extractors.labs import BY_NAME, ENTITIES, canonical, find_mentions, lookup


def names(text: str) -> list[str]:
    return [m.entity.name for m in find_mentions(text)]


def test_registry_is_a_data_file_with_unique_names():
    raw = resources.files("extractors").joinpath("data/labs.toml").read_text(encoding="utf-8")
    rows = tomllib.loads(raw)["entity"]
    assert len(rows) == len(ENTITIES) >= 100
    assert len({r["name"] for r in rows}) == len(rows)
    for row in rows:
        assert set(row["kinds"]) <= {"lab", "cloud", "chipmaker", "investor", "company", "vendor", "public"}


@pytest.mark.parametrize(("alias", "name"), [
    ("月之暗面", "Moonshot AI"), ("Moonshot AI", "Moonshot AI"), ("智谱", "Zhipu AI"),
    ("智譜", "Zhipu AI"), ("百川智能", "Baichuan"), ("阶跃星辰", "StepFun"), ("階躍星辰", "StepFun"),
    ("零一万物", "01.AI"), ("零一萬物", "01.AI"), ("深度求索", "DeepSeek"), ("字节跳动", "ByteDance"),
    ("字節跳動", "ByteDance"), ("阿里巴巴", "Alibaba"), ("阿裏巴巴", "Alibaba"), ("腾讯", "Tencent"),
    ("騰訊", "Tencent"), ("百度", "Baidu"), ("谷歌", "Google"), ("DeepMind", "Google"),
    ("微軟", "Microsoft"), ("AWS", "Amazon"), ("亞馬遜", "Amazon"), ("甲骨文", "Oracle"),
    ("輝達", "Nvidia"), ("英伟达", "Nvidia"), ("SSI", "Safe Superintelligence"),
    ("Thinking Machines", "Thinking Machines Lab"), ("a16z", "Andreessen Horowitz"),
    ("红杉中国", "Sequoia China"), ("紅杉", "Sequoia Capital"), ("Lightspeed", "Lightspeed Venture Partners"),
    ("软银集团", "SoftBank"), ("CoreWeave", "CoreWeave"), ("Lambda Labs", "Lambda"),
    ("Mistral", "Mistral AI"), ("Cohere", "Cohere"), ("Inflection AI", "Inflection AI"),
    ("MiniMax", "MiniMax"), ("特斯拉", "Tesla"), ("Meta Platforms", "Meta"),
])
def test_aliases(alias, name):
    assert canonical(alias) == name


def test_kinds():
    assert "lab" in BY_NAME["OpenAI"].kinds and BY_NAME["OpenAI"].can_raise
    assert BY_NAME["Oracle"].is_cloud and not BY_NAME["Oracle"].can_raise
    assert "chipmaker" in BY_NAME["Nvidia"].kinds and not BY_NAME["Nvidia"].can_own
    assert "investor" in BY_NAME["Sequoia Capital"].kinds
    assert lookup("nobody at all") is None


def test_longest_name_wins_and_words_have_edges():
    assert names("红杉中国领投") == ["Sequoia China"]
    assert names("Mistral AI raised") == ["Mistral AI"]
    assert names("metadata and metaverse, amazonian") == []
    assert names("OpenAI和微软") == ["OpenAI", "Microsoft"]
    assert names("DeepSeek-V3 and Grok3") == ["DeepSeek", "xAI"]


def test_common_word_aliases_need_their_casing():
    assert names("a meta-analysis of lambda functions") == []
    assert names("Meta and Lambda") == ["Meta", "Lambda"]
    assert names("XAI 已经是 Oracle 的客户") == ["xAI", "Oracle"]


def test_people_and_products_stand_for_their_lab():
    roles = [(m.entity.name, m.role) for m in find_mentions("马斯克 said Grok and Sam Altman")]
    assert roles == [("xAI", "person"), ("xAI", "product"), ("OpenAI", "person")]


@pytest.mark.parametrize(("alias", "name"), [
    ("BlackRock", "BlackRock"), ("貝萊德", "BlackRock"), ("富達", "Fidelity"), ("富达", "Fidelity"),
    ("王國控股", "Kingdom Holding"), ("卡達投資局", "Qatar Investment Authority"),
    ("阿曼投資局", "Oman Investment Authority"), ("上海国投", "Shanghai State-owned Capital Investment"),
    ("Jane Street", "Jane Street"), ("Magnetar", "Magnetar"), ("IVP", "IVP"), ("摩根士丹利", "Morgan Stanley"),
    ("G42", "G42"), ("Nscale", "Nscale"), ("摩尔线程", "Moore Threads"), ("壁仞科技", "Biren Technology"),
    ("生数科技", "Shengshu Technology"), ("无问芯穹", "Infinigence AI"), ("天翼云", "China Telecom"),
    ("Applied Digital", "Applied Digital"), ("ElevenLabs", "ElevenLabs"), ("Liquid AI", "Liquid AI"),
])
def test_more_labs_clouds_and_investors(alias, name):
    assert canonical(alias) == name


def test_new_common_word_names_need_their_casing():
    assert names("an imbued upstage with etched glass and iren") == []
    assert names("Imbue, Upstage, Etched and IREN") == ["Imbue", "Upstage", "Etched", "IREN"]


def test_startups_raise_and_big_funds_do_not():
    assert BY_NAME["Moore Threads"].can_raise and BY_NAME["Voltage Park"].can_raise
    assert not BY_NAME["BlackRock"].can_raise and not BY_NAME["BlackRock"].can_own


def test_chinese_names_inside_other_words_are_not_mentions():
    assert names("北京东城区的数据中心") == []
    assert names("他的个人财富达到 100 亿美元") == []
    assert names("阿里山的游客") == []
    assert names("京东和富达投资了阿里") == ["JD.com", "Fidelity", "Alibaba"]
    assert names("上海光伏企业提高通信能力") == []
