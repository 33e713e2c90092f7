"""Investors' parts of a round told after it, cues kept to their side of a semicolon, figures
compared as "N 的三倍", group totals, backlogs, chipmakers placing chips, leased and
diverted chips, and officers who speak for their company."""

from __future__ import annotations

from extractors.facts import extract_facts


def test_investors_parts_after_the_round_join_it() -> None:
    text = ("OpenAI said it had raised $6.6 billion at a $157 billion valuation. The round was led by "
            "Thrive Capital, which committed about $1.25 billion. Microsoft, the startup's largest "
            "backer, put in a little under $1 billion. Khosla Ventures and Fidelity also took part.")
    [r] = extract_facts(text)["funding"]
    assert (r["amount"], r["investors"]) == (6.6e9, ["Thrive Capital", "Microsoft", "Khosla Ventures",
                                                     "Fidelity"])


def test_a_series_letter_ends_a_sentence() -> None:
    text = ("Anthropic has completed a $3.5 billion Series E. Weeks earlier Google put another $1 billion "
            "into the maker of the Claude chatbot.")
    assert [(f["amount"], f["investors"]) for f in extract_facts(text)["funding"]] == [
        (3.5e9, []), (1e9, ["Google"])]


def test_a_cue_after_a_semicolon_belongs_to_the_next_clause() -> None:
    text = "Alphabet 预计今年资本开支为 750 亿美元，远高于分析师预期的约 580 亿美元；Meta 将 2025 年预算定在 600 亿美元。"
    assert [(f["subject"], f["amount"], f["period"]) for f in extract_facts(text)["costs"]] == [
        ("Alphabet", 7.5e10, "year"), ("Meta", 6e10, "year")]


def test_a_figure_compared_as_times_takes_the_kind_before() -> None:
    text = "Alphabet 预估 2026 年资本支出将达 1750 亿美元，几乎是 2025 年 914 亿美元的两倍。"
    assert [f["amount"] for f in extract_facts(text)["costs"]] == [1.75e11, 9.14e10]
    text = ("Anthropic 宣布完成 130 亿美元 F 轮融资，投后估值达 1830 亿美元，约为今年 3 月 E 轮时 615 亿美元"
            "的三倍。本轮由 ICONIQ 领投。")
    assert [(f["amount"], f["round"], f["valuation"], f["investors"])
            for f in extract_facts(text)["funding"]] == [
        (1.3e10, "Series F", 1.83e11, ["ICONIQ"]), (None, "Series E", 6.15e10, [])]


def test_a_group_total_and_a_backlog_are_no_costs() -> None:
    text = "随着亚马逊发布财报，美国四大科技巨头 2025 年的资本开支计划全部揭晓，合计将超过 3000 亿美元。"
    assert extract_facts(text)["costs"] == []
    text = "谷歌云第四季度营收增至 177 亿美元，未完成订单倍增至 2400 亿美元。"
    assert extract_facts(text)["costs"] == []


def test_a_chipmaker_placing_chips_and_a_contrasted_clause_give_no_owner() -> None:
    text = ("Nvidia said it would place up to 120,000 Blackwell GPUs in British data centres, while "
            "OpenAI and Nscale launched Stargate UK.")
    assert extract_facts(text)["gpus"] == []


def test_chips_leased_or_diverted_to_a_user_are_the_users() -> None:
    text = ("Part of the money will go to a supercomputer at Nscale's campus, which is to be fitted "
            "with 23,040 Nvidia GB300 chips and leased to Microsoft in early 2027.")
    [g] = extract_facts(text)["gpus"]
    assert (g["owner"], g["provider"]) == ("Microsoft", "Nscale")
    [g] = extract_facts("马斯克把原本给特斯拉的 1.2 万块 H100 优先调拨给 xAI。")["gpus"]
    assert (g["owner"], g["provider"]) == ("xAI", None)


def test_a_multi_year_plan_a_lab_announces_is_a_cost() -> None:
    text = ("Stargate now has nearly 7 gigawatts of planned capacity and more than $400bn of investment "
            "over the next three years, OpenAI said.")
    facts = extract_facts(text)
    assert facts["funding"] == [] and [f["amount"] for f in facts["costs"]] == [4e11]


def test_the_officers_company_spends_and_money_spent_on_chips() -> None:
    text = "亚马逊 CEO 贾西表示，第四季度 263 亿美元的资本支出可以代表今年的投入节奏；Meta 将预算定在 600 亿美元。"
    assert [f["subject"] for f in extract_facts(text)["costs"]] == ["Amazon", "Meta"]
    text = "马斯克估计，特斯拉 2024 年花在英伟达芯片上的钱为 30 亿至 40 亿美元。"
    assert [(f["subject"], f["amount"]) for f in extract_facts(text)["costs"]] == [("Tesla", 3e9)]


def test_a_round_raised_at_a_valuation_and_power_growing_to() -> None:
    text = "今年 5 月，Perplexity 以 140 亿美元估值募得 5 亿美元，7 月又以 180 亿美元估值追加 1 亿美元。"
    assert [(f["amount"], f["valuation"]) for f in extract_facts(text)["funding"]] == [
        (5e8, 1.4e10), (1e8, 1.8e10)]
    text = "特斯拉 Cortex 集群启动时需要约 130 兆瓦电力，并在 18 个月内扩展到 500 兆瓦以上。"
    assert [f["status"] for f in extract_facts(text)["power"]][-1] == "planned"
