"""A stake bought in a startup named after its descriptor, the comma of a number inside a
clause, accelerator cards counted after the chip word, "N units" of a chip named earlier, and
money set aside for chips."""

from __future__ import annotations

from extractors.facts import extract_facts


def test_stake_bought_in_a_startup_after_its_descriptor():
    text = "上月，Meta剛斥資143億美元（約1,115億港元）入股數據標註公司Scale AI，取得49%股權。"
    assert [(f["lab"], f["amount"], f["investors"]) for f in extract_facts(text)["funding"]] == [
        ("Scale AI", 14.3e9, ["Meta"])]


def test_investment_in_a_startup_named_after_its_descriptor():
    text = "Meta invested $14.3 billion in data-labelling startup Scale AI for a 49% stake."
    assert [(f["lab"], f["amount"]) for f in extract_facts(text)["funding"]] == [("Scale AI", 14.3e9)]


def test_accelerator_cards_counted_after_the_chip_word():
    text = "中国移动宣布，其位于呼和浩特的智算中心正式投产，单集群部署AI加速卡近2万张。"
    assert [(g["owner"], g["count"], g["status"]) for g in extract_facts(text)["gpus"]] == [
        ("China Mobile", 20000, "operational")]


def test_units_of_a_chip_named_earlier_in_the_sentence():
    text = "If Nvidia's H200 is cleared for sale in China, ByteDance intends to start with a test order of about 20,000 units."
    assert [(g["owner"], g["count"], g["chip"], g["status"]) for g in extract_facts(text)["gpus"]] == [
        ("ByteDance", 20000, "H200", "planned")]


def test_money_set_aside_for_ai_processors_is_a_cost():
    text = "ByteDance has already set aside around 85 billion yuan for AI processors."
    assert [(c["subject"], c["amount"]) for c in extract_facts(text)["costs"]] == [("ByteDance", 85e9)]
