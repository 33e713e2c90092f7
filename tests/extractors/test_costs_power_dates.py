"""Costs, power and target-date grammar."""

from __future__ import annotations

import pytest

from extractors.dates import find_dates, target_phrase
from extractors.facts import extract_facts
from extractors.folding import fold


def costs(text: str) -> list[dict]:
    return extract_facts(text)["costs"]


def power(text: str) -> list[dict]:
    return extract_facts(text)["power"]


@pytest.mark.parametrize(("text", "amount", "period"), [
    ("Microsoft plans to spend $80 billion in fiscal year 2025 on AI data centers.", 80e9, "year"),
    ("In the first quarter, Microsoft reported $20 billion in capital expenditures.", 20e9, None),
    ("The GPUs required for xAI's machine would cost $9 billion.", 9e9, "one-off"),
    ("租用 10 万台 H100 每年可能花费约 17 亿美元。", 1.7e9, "year"),
    ("OpenAI 和微软在讨论开发一台价值 1000 亿美元的超级计算机。", 1e11, "one-off"),
    ("DeepSeek-V3以557.6万美元预算完成训练。", 5.576e6, "one-off"),
    ("OpenAI将在七年内使用约380亿美元的AWS服务。", 3.8e10, None),
    ("The Stargate project will invest $500 billion over four years building AI infrastructure.",
     5e11, None),
])
def test_costs(text, amount, period):
    found = costs(text)
    assert [(c["amount"], c["period"]) for c in found] == [(amount, period)]


def test_cost_subject_is_the_spender():
    found = costs("OpenAI还将在未来八年内额外在亚马逊云端服务（AWS）上花费1,000亿美元。")
    assert found[0]["subject"] == "OpenAI"


@pytest.mark.parametrize("text", [
    "In March, Nvidia said that B200s cost between $30,000 and $40,000.",   # unit price
    "DeepSeek assumed a rental price of $2 per GPU hour.",
    "The film flopped, making $320,000 on a budget of $27 million.",         # not compute
    "Tariffs on $360 billion worth of Chinese goods remain.",
    "OpenAI's annualized revenue reached $10 billion.",
])
def test_no_cost(text):
    assert costs(text) == []


def test_power_in_mw_and_gw():
    found = power("The Stargate site in Abilene will draw 1.2 gigawatts and house 400,000 GB200 chips.")
    assert [(p["subject"], p["mw"], p["status"]) for p in found] == [("OpenAI", 1200, "planned")]
    found = power("xAI 的孟菲斯超算中心的耗电量达 150 兆瓦。")
    assert [(p["mw"], p["status"]) for p in found] == [(150, "operational")]
    assert power("Meta is building a 2 GW data center in Louisiana.")[0]["mw"] == 2000


@pytest.mark.parametrize("text", [
    "India will go from 175 gigawatts to 450 gigawatts of renewable energy.",   # not compute
    "xAI's data center used 20 MWh on Monday.",                               # energy
    "Each rack draws 120 kW.",                                                # kilowatts
])
def test_no_power(text):
    assert power(text) == []


@pytest.mark.parametrize(("text", "phrase"), [
    ("by the end of 2024", "by the end of 2024"),
    ("by next summer", "next summer"),
    ("in a few months", "in a few months"),
    ("在 2025 年下半年", "2025 年下半年"),
    ("到 2024 年底", "2024 年底"),
    ("在 2025 年秋天之前", "2025 年秋天之前"),
    ("in mid-2026", "in mid-2026"),
])
def test_target_phrases(text, phrase):
    folded = fold(text)
    spans = find_dates(folded, 0, len(folded))
    assert spans and target_phrase(text, folded, spans[0]) == phrase


def test_unit_prices_and_markets_are_not_costs():
    assert costs("Each GB200 NVL72 rack costs around $3 million, Nvidia said.") == []
    assert costs("The AI chip market is expected to reach $400 billion by 2030.") == []


def test_training_cost_under_a_million():
    found = costs("DeepSeek trained its R1 model for $294,000 using 512 Nvidia H800 chips.")
    assert [(c["subject"], c["amount"]) for c in found] == [("DeepSeek", 294000)]


def test_capex_of_a_year():
    found = costs("腾讯 2024 年资本开支达 767 亿元，主要用于 AI 算力建设。")
    assert [(c["subject"], c["currency"], c["period"]) for c in found] == [("Tencent", "CNY", "year")]


# ---------------------------------------------------------------- capex frames


@pytest.mark.parametrize(("text", "subject", "amount", "currency"), [
    ("Microsoft will invest £2.5 billion over three years to more than double its data centre "
     "footprint in the UK.", "Microsoft", 2.5e9, "GBP"),
    ("Google said it will invest $5 billion in Belgium to expand its data center capacity.",
     "Google", 5e9, "USD"),
    ("CoreWeave will invest £1 billion to expand its footprint in Britain.", "CoreWeave", 1e9, "GBP"),
    ("亚马逊云科技将投资 100 亿美元，扩大其在日本的数据中心规模。", "Amazon", 1e10, "USD"),
    ("亞馬遜雲端服務將投資 100 億美元，擴建其在日本的資料中心。", "Amazon", 1e10, "USD"),
])
def test_investing_in_ones_own_footprint_is_capex(text, subject, amount, currency):
    assert [(c["subject"], c["amount"], c["currency"]) for c in costs(text)] == [
        (subject, amount, currency)]
    assert extract_facts(text)["funding"] == []


@pytest.mark.parametrize(("text", "period"), [
    ("Alphabet's annual capex will reach $75 billion.", "year"),
    ("谷歌今年的资本支出计划为 750 亿美元，主要用于 AI 基础设施。", "year"),
    ("字節跳動每年在 AI 基礎設施上投入約 200 億美元。", "year"),
    ("騰訊今年資本開支將超過 1000 億元人民幣，主要投向 AI 算力。", "year"),
    ("Microsoft spends roughly $80 billion a year building AI data centers.", "year"),
    ("Microsoft's capital spending reached $20 billion in the quarter, up from $14 billion a year "
     "earlier.", None),
])
def test_yearly_capex_periods(text, period):
    assert costs(text)[0]["period"] == period


@pytest.mark.parametrize("text", [
    "Oracle's remaining performance obligations, a measure of its contract backlog, jumped to "
    "$455 billion.",
    "Microsoft said its commercial backlog rose to $392 billion.",
    "甲骨文的积压订单金额升至 4550 亿美元。",
    "甲骨文的積壓訂單金額升至 4550 億美元。",
])
def test_an_order_backlog_is_not_a_cost(text):
    assert costs(text) == []


# ---------------------------------------------------------------- power


@pytest.mark.parametrize(("text", "mw", "status"), [
    ("该数据中心将从电网获取 300 兆瓦电力，用于 xAI 的超级计算机。", 300, "planned"),
    ("xAI 的孟菲斯超算目前从电网获得 150 兆瓦电力。", 150, "operational"),
    ("該資料中心已從電網取得 150 兆瓦電力，供 xAI 使用。", 150, "operational"),
    ("xAI 的超算从电网获取 150000 千瓦电力。", 150, "operational"),
    ("The xAI site draws 150,000 kilowatts from the grid.", 150, "operational"),
])
def test_power_drawn_from_the_grid(text, mw, status):
    assert [(p["subject"], p["mw"], p["status"]) for p in power(text)] == [("xAI", mw, status)]


@pytest.mark.parametrize("text", [
    "The utility was approved to supply 150 MW to xAI's Memphis supercomputer.",
    "OpenAI's Stargate site in Abilene is planned to reach 1.2 GW.",
    "The Anthropic campus has 1 GW of capacity planned for 2026.",
    "甲骨文为 OpenAI 建设的数据中心规划容量为 4.5 吉瓦。",
    "亚马逊的数据中心已获批 960 兆瓦供电。",
    "OpenAI and Oracle agreed to develop 4.5 gigawatts of additional Stargate capacity.",
])
def test_future_power_is_planned(text):
    assert [p["status"] for p in power(text)] == ["planned"]


def test_current_and_future_power_in_one_sentence():
    found = power("xAI's site draws 150 MW today and will grow to 1 GW next year.")
    assert [(p["mw"], p["status"]) for p in found] == [(150, "operational"), (1000, "planned")]


def test_power_subject_is_the_lab_a_cloud_builds_for():
    assert power("甲骨文为 OpenAI 建设的数据中心规划容量为 4.5 吉瓦。")[0]["subject"] == "OpenAI"


@pytest.mark.parametrize(("text", "subject", "amount", "period"), [
    ("OpenAI signed a $300 billion deal with Oracle for computing power over about five years.",
     "OpenAI", 3e11, None),
    ("Meta signed a $10 billion cloud deal with Google.", "Meta", 1e10, None),
    ("xAI is pouring $20 billion into its Colossus 2 supercomputer.", "xAI", 2e10, "one-off"),
    ("字节跳动 2025 年计划在 AI 基础设施上投入 1600 亿元。", "ByteDance", 1.6e11, "year"),
    ("鴻海將投資新台幣 100 億元興建 AI 資料中心。", "Foxconn", 1e10, "one-off"),
    ("微軟本財年將斥資 800 億美元建設 AI 資料中心。", "Microsoft", 8e10, "year"),
])
def test_compute_deals_and_spending(text, subject, amount, period):
    found = costs(text)
    assert [(c["subject"], c["amount"], c["period"]) for c in found] == [(subject, amount, period)]
    assert extract_facts(text)["funding"] == []


def test_traditional_chinese_megawatts():
    assert [p["mw"] for p in power("xAI 的 Colossus 超級電腦耗電量達 150 百萬瓦。")] == [150]


def test_a_company_investing_in_a_country_is_capex_not_a_round():
    text = ("微軟宣布將在英國投資 300 億美元，其中 150 億美元用於擴建 AI 基礎設施，並與 Nscale 合作打造"
            "超級電腦。")
    out = extract_facts(text)
    assert out["funding"] == []
    assert [(c["subject"], c["amount"]) for c in out["costs"]] == [("Microsoft", 3e10), ("Microsoft", 1.5e10)]


@pytest.mark.parametrize("text", [
    "甲骨文與 OpenAI 簽署一項為期五年、價值 3000 億美元的算力合約。",
    "Oracle and OpenAI signed a $300 billion compute contract.",
])
def test_the_lab_buys_compute_and_the_cloud_supplies_it(text):
    assert [c["subject"] for c in costs(text)] == ["OpenAI"]
