"""Organisations added to the registry for issue 3 (Epoch AI cluster owners, AI startups,
neoclouds, AI-chip startups, public funders and investors), and the guards on their short names.
The sentences are our own."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts
from extractors.labs import BY_NAME, canonical, find_mentions


def names(text: str) -> list[str]:
    return [m.entity.name for m in find_mentions(text)]


@pytest.mark.parametrize(("alias", "name"), [
    ("U.S. Department of Energy", "US Department of Energy"), ("美国能源部", "US Department of Energy"),
    ("美國能源部", "US Department of Energy"), ("Yandex", "Yandex"), ("SberCloud", "Sber"),
    ("Gcore", "Gcore"), ("Northern Data Group", "Northern Data"), ("Taiga Cloud", "Northern Data"),
    ("Julich Supercomputing Center", "Forschungszentrum Jülich"), ("Sustainable Metal Cloud", "Sustainable Metal Cloud"),
    ("NeevCloud", "NeevCloud"), ("Lepton AI", "Lepton AI"), ("iGenius", "iGenius"), ("Fastweb", "Fastweb"),
    ("Iliad Group", "Iliad"), ("KAUST", "KAUST"), ("阿卜杜拉国王科技大学", "KAUST"), ("IndiaAI Mission", "IndiaAI Mission"),
    ("歐盟執委會", "European Commission"), ("经济产业省", "METI"), ("東京大學", "University of Tokyo"),
    ("Higgsfield AI", "Higgsfield AI"), ("Twelve Labs", "Twelve Labs"), ("EnCharge AI", "EnCharge AI"),
    ("爱芯元智", "Axera"), ("愛芯元智", "Axera"), ("灵汐科技", "Lynxi"), ("平頭哥", "T-Head"),
    ("润泽科技", "Range Intelligent Computing"), ("首都在線", "Capitalonline"), ("中国国新", "China Reform Holdings"),
    ("華興資本", "China Renaissance"), ("龙珠资本", "Meituan"), ("NVentures", "NVentures"),
])
def test_added_aliases(alias, name):
    assert canonical(alias) == name


def test_kinds_of_added_entities():
    assert BY_NAME["Higgsfield AI"].can_raise and "lab" in BY_NAME["Higgsfield AI"].kinds
    assert BY_NAME["NeevCloud"].is_cloud and BY_NAME["NeevCloud"].can_raise
    assert "chipmaker" in BY_NAME["Axera"].kinds and not BY_NAME["Axera"].can_own
    assert "investor" in BY_NAME["Lakestar"].kinds and not BY_NAME["Lakestar"].can_own
    assert BY_NAME["US Department of Energy"].can_own and not BY_NAME["US Department of Energy"].can_raise


def test_added_names_are_found_in_sentences():
    assert names("Eni's HPC6 runs in Ferrera Erbognone; ENI said so.") == ["Eni", "Eni", "Eni"]
    assert names("The Pentagon and DARPA fund the work; SURF runs Snellius.") == [
        "US Department of Defense", "DARPA", "SURF"]
    assert names("润泽科技与爱芯元智、中国国新") == ["Range Intelligent Computing", "Axera", "China Reform Holdings"]
    assert names("英國牛津大學和日本經濟產業省") == ["University of Oxford", "METI"]


def test_guarded_short_names_are_not_words():
    # exact casing: ordinary words stay words
    assert names("He would surf all day and eni was a typo; a mythic tale in a new typeface.") == []
    assert names("the pentagon shape, a covariant tensor, an ideogram, doe and sandia peaks") == []
    # long names only: these short forms are left out on purpose
    assert names("MIT and CEA and NEC and the Opera browser and Bloomberg and Ampere GPUs") == []
    assert names("The ETH price fell; Leonardo painted; recursion in code; sesame oil") == []
    # Chinese: 乐天 is also Lotte; port and zone words are not AtHub; a student is not a university
    assert names("乐天玛特开店，国际数据港和数据港口建设，东京大学生，首都在线办理") == []


def test_new_names_give_facts():
    [f] = extract_facts("Higgsfield AI raised $50 million in a Series A.")["funding"]
    assert f["lab"] == "Higgsfield AI" and f["amount"] == 50_000_000
    [f] = extract_facts("爱芯元智完成新一轮15亿元融资，由中国国新领投。")["funding"]
    assert f["lab"] == "Axera" and f["investors"] == ["China Reform Holdings"]
    [g] = extract_facts("Yandex has built a cluster of 10,000 Nvidia A100 GPUs.")["gpus"]
    assert g["owner"] == "Yandex" and g["count"] == 10_000
    [g] = extract_facts("润泽科技计划在廊坊部署2万块GPU。")["gpus"]
    assert g["owner"] == "Range Intelligent Computing" and g["count"] == 20_000
