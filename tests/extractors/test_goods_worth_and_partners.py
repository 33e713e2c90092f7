"""Compute bought as "$N worth of chips" or "$N of GPU servers", an earlier count "up from the
N", a backlog written 未履約訂單, a commitment named 全部承诺, two rounds of one amount told
apart, a cloud building "for it", and a deal signed "with" a partner."""

from __future__ import annotations

from extractors.facts import extract_facts


def test_worth_of_chips_and_servers_bought_are_costs() -> None:
    text = ("xAI set up a second data centre in Atlanta with about $700 million worth of chips and "
            "equipment, and it has agreed to buy about $5 billion of GPU-packed servers from Dell.")
    assert [f["amount"] for f in extract_facts(text)["costs"]] == [7e8, 5e9]


def test_up_from_the_count_it_ran() -> None:
    text = ("xAI is upgrading Colossus with the aim of reaching 1 million Nvidia GPUs, up from the "
            "100,000 it ran last year.")
    assert [(f["count"], f["status"]) for f in extract_facts(text)["gpus"]] == [
        (1000000, "planned"), (100000, "operational")]


def test_a_traditional_backlog_is_no_cost() -> None:
    text = "Google雲端第四季營收成長48%至177億美元，未履約訂單達2,400億美元。"
    assert extract_facts(text)["costs"] == []


def test_a_full_commitment_is_a_cost_but_a_pledge_to_a_startup_is_not() -> None:
    text = "OpenAI 表示，有望在今年底前锁定 1 月宣布的 10 吉瓦、5000 亿美元全部承诺，用于建设 AI 数据中心。"
    assert [(f["amount"], f["period"]) for f in extract_facts(text)["costs"]] == [(5e11, None)]
    assert extract_facts("沙特方面还宣布向 Groq 提供 15 亿美元的承诺。")["costs"] == []


def test_an_earlier_commitment_and_a_round_in_talks_of_one_amount_stay_two() -> None:
    text = ("谷歌此前已承诺向 Anthropic 投资 20 亿美元。另据报道，Anthropic 正拟以约 600 亿美元估值融资 "
            "20 亿美元，由 Lightspeed 领投。")
    assert [(f["amount"], f["valuation"], f["status"]) for f in extract_facts(text)["funding"]] == [
        (2e9, None, "closed"), (2e9, 6e10, "talks")]


def test_a_cloud_building_for_the_company_provides() -> None:
    text = "微软与 Nebius 签下算力合同，并宣布由 Nscale 在伦敦附近为其搭建一台拥有逾 2.3 万块 GPU 的超级计算机。"
    [g] = extract_facts(text)["gpus"]
    assert (g["owner"], g["provider"]) == ("Microsoft", "Nscale")


def test_a_deal_signed_with_a_partner_is_the_subjects() -> None:
    text = "微软近日宣布，与英国 AI 云公司 Nscale 签署为期五年、价值 62 亿美元的算力协议。"
    assert [f["subject"] for f in extract_facts(text)["costs"]] == ["Microsoft"]
