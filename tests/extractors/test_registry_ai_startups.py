"""AI startups added to the registry for issue 3, second round (coding, agents, legal, health,
biology, voice, video, robotics, defence; European, Israeli, Asian and Middle-Eastern startups;
Chinese model, embodied-AI and AI-chip startups; GPU clouds and investors in their rounds),
and the guards on names that are also words. The sentences are our own."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts
from extractors.labs import BY_NAME, canonical, find_mentions


def names(text: str) -> list[str]:
    return [m.entity.name for m in find_mentions(text)]


def rounds(text: str) -> list[tuple]:
    return [(f["lab"], f["amount"], f["investors"]) for f in extract_facts(text)["funding"]]


@pytest.mark.parametrize(("alias", "name"), [
    ("Sourcegraph", "Sourcegraph"), ("CodiumAI", "Qodo"), ("LangChain", "LangChain"),
    ("Weights and Biases", "Weights & Biases"), ("Cradle Bio", "Cradle"), ("Profluent Bio", "Profluent"),
    ("Photoroom", "Photoroom"), ("Leonardo.Ai", "Leonardo.Ai"), ("Lumen Orbit", "Starcloud"),
    ("Run:ai", "Run:ai"), ("Multiverse Computing", "Multiverse Computing"), ("ELYZA", "ELYZA"),
    ("뤼튼", "Wrtn"), ("Qure.ai", "Qure.ai"), ("Saronic Technologies", "Saronic"), ("Tier IV", "Tier IV"),
    ("Taalas", "Taalas"), ("io.net", "io.net"), ("Samsung Next", "Samsung Next"), ("Team8", "Team8"),
    ("秘塔科技", "Metaso"), ("心識宇宙", "MindVerse"), ("九章雲極", "DataCanvas"), ("剂泰医药", "METiS Technologies"),
    ("英矽智能", "Insilico Medicine"), ("帕西尼感知科技", "PaXini"), ("穹徹智能", "Noematrix"),
    ("原力灵机", "Dexmal"), ("輕舟智航", "QCraft"), ("驭势科技", "UISEE"), ("奕斯偉計算", "ESWIN Computing"),
    ("进迭时空", "SpacemiT"), ("中科馭數", "Yusur"), ("瑞芯微", "Rockchip"), ("北極光創投", "Northern Light Venture Capital"),
    ("锦秋基金", "Jinqiu Capital"), ("晨興資本", "Morningside Venture Capital"), ("愉悦资本", "Joy Capital"),
])
def test_added_aliases(alias, name):
    assert canonical(alias) == name


def test_kinds_of_added_entities():
    assert BY_NAME["Cradle"].can_raise and "lab" in BY_NAME["Cradle"].kinds
    assert BY_NAME["GMI Cloud"].is_cloud and BY_NAME["GMI Cloud"].can_raise
    assert "chipmaker" in BY_NAME["SpacemiT"].kinds and not BY_NAME["SpacemiT"].can_own
    assert "investor" in BY_NAME["Jinqiu Capital"].kinds and not BY_NAME["Jinqiu Capital"].can_own
    assert not BY_NAME["Rockchip"].can_raise  # listed, not a venture-backed startup


@pytest.mark.parametrize(("text", "expected"), [
    ("Cradle Bio raised $73 million in a Series B led by IVP.", [("Cradle", 73e6, ["IVP"])]),
    ("Sourcegraph raised $125 million in a round led by Craft Ventures.",
     [("Sourcegraph", 125e6, ["Craft Ventures"])]),
    ("Hadrian raised $260 million in a round led by Founders Fund and Lux Capital.",
     [("Hadrian", 260e6, ["Founders Fund", "Lux Capital"])]),
    ("Weights & Biases raised $50 million from Coatue.", [("Weights & Biases", 50e6, ["Coatue"])]),
    ("Fractile raised $15 million led by Kindred Ventures.", [("Fractile", 15e6, ["Kindred Ventures"])]),
    ("Tekever raised €70 million, led by Baillie Gifford.", [("Tekever", 70e6, ["Baillie Gifford"])]),
    ("奕斯伟计算完成26亿元D轮融资。", [("ESWIN Computing", 26e8, [])]),
    ("九章雲極完成新一輪10億元融資，由北極光創投領投。",
     [("DataCanvas", 10e8, ["Northern Light Venture Capital"])]),
])
def test_new_names_give_rounds(text, expected):
    assert rounds(text) == expected


def test_new_chinese_names_give_rounds():
    [(lab, amount, investors)] = rounds("秘塔科技完成2亿元B轮融资，由锦秋基金领投。")
    assert (lab, amount, investors) == ("Metaso", 2e8, ["Jinqiu Capital"])
    [(lab, amount, _)] = rounds("帕西尼感知科技宣布完成5亿元A轮融资。")
    assert (lab, amount) == ("PaXini", 5e8)


def test_new_cloud_gives_chips():
    [g] = extract_facts("GMI Cloud plans to deploy 7,000 Nvidia GB300 GPUs in Taiwan.")["gpus"]
    assert g["owner"] == "GMI Cloud" and g["count"] == 7_000


def test_guarded_names_are_not_words():
    # exact casing and neighbours: "Cradle", "Hadrian", "Exa", "Replicate"
    assert names("Mesopotamia, the Cradle of civilization; a phone cradle; Cradle to grave.") == []
    assert names("We walked Hadrian's Wall; Emperor Hadrian built it.") == []
    assert names("Researchers could not replicate the results on exascale and Exa-class systems.") == []
    # names that are phrases are matched only with their casing
    assert names("the weights and biases of the network; factory AI on the shop floor; "
                 "general intuition helps; a persona AI; generalist AI models; approaching AI "
                 "carefully; they will together fund the plan; a relevance AI score; standard bots") == []
    # only the long forms of names that are words
    assert names("luminance, a tractable problem, the dexterity of hands, 11x faster, a pinecone") == []
    # Chinese: the Neolithic, the Pacinian corpuscle, "excellent sense of technology"
    assert names("新石器时代遗址，帕西尼小体，极佳科技感") == []
