"""Capacity bought from a cloud ("$3 billion of capacity with Meta": Meta buys), training
costs told with chip models only, startups introduced after a time phrase or as a spinout
that raises a round, and money put into "该公司"."""

from __future__ import annotations

from extractors.facts import extract_facts


def test_capacity_signed_with_a_lab_is_the_labs_cost():
    costs = extract_facts("Nebius has since signed about $3 billion of capacity with Meta over five years.")["costs"]
    assert [(c["subject"], c["amount"]) for c in costs] == [("Meta", 3e9)]


def test_a_clouds_contract_with_a_lab_is_bought_by_the_lab():
    text = "CoreWeave signed an $11.9 billion contract with OpenAI to supply AI compute over five years."
    assert [c["subject"] for c in extract_facts(text)["costs"]] == ["OpenAI"]


def test_rented_training_cost_of_the_passage_lab_with_only_chip_models_named():
    text = ("MiniMax发布推理模型MiniMax-M1。该公司在技术报告中披露，M1的强化学习阶段只用了512块英伟达H800、"
            "耗时三周，按租用价格计算成本约为53.47万美元。")
    assert [(c["subject"], c["amount"]) for c in extract_facts(text)["costs"]] == [("MiniMax", 534700)]


def test_startup_named_after_an_opening_time_phrase():
    text = ("A few weeks later, Inception, a Palo Alto startup that builds diffusion-based language models, "
            "said it had raised $50 million in seed funding led by Menlo Ventures.")
    assert [(f["lab"], f["amount"], f["round"]) for f in extract_facts(text)["funding"]] == [
        ("Inception", 50e6, "Seed")]


def test_spinout_that_raises_a_round_needs_no_ai_word():
    text = ("General Intuition, a spinout of the video-game clip platform Medal, raised $133.7 million in a "
            "seed round co-led by Khosla Ventures and General Catalyst.")
    assert [(f["lab"], f["amount"]) for f in extract_facts(text)["funding"]] == [("General Intuition", 133.7e6)]


def test_spinout_without_a_round_is_no_startup_intro():
    text = "Acme Foods, a spinout of the dairy group Lactis, raised prices by 5% last month."
    assert extract_facts(text)["funding"] == []


def test_money_promised_to_the_company_is_funding_not_capex():
    text = ("Anthropic 已把新一轮融资的目标上调至两百亿美元。微软和英伟达去年11月已承诺分别向该公司投资最多"
            "50亿美元和100亿美元。")
    facts = extract_facts(text)
    assert facts["costs"] == []
    assert {(f["lab"], f["amount"]) for f in facts["funding"]} >= {("Anthropic", 5e9), ("Anthropic", 10e9)}
