"""A sum of debt and equity whose equity part is told after it, money left, assets sold, fees,
the cost of one gigawatt in Chinese, and what was raised since founding. Every sentence is
written for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def rounds(text: str) -> list[tuple]:
    return [(r["lab"], r["amount"], r["status"]) for r in extract_facts(text)["funding"]]


@pytest.mark.parametrize("text", [
    "Elon Musk's xAI has raised $10 billion in a mix of debt and equity, Morgan Stanley said. The bank placed "
    "$5 billion of secured notes, while a separate $5 billion arrived as a strategic equity investment.",
    "Elon Musk's xAI has pulled in $10 billion in fresh capital, split evenly between borrowing and equity. The bank "
    "arranged $5 billion of secured notes, while the company separately raised $5 billion through a strategic equity "
    "investment.",
    "马斯克旗下的xAI完成100亿美元融资,一半是债务,一半是股权。摩根士丹利称,50亿美元的有担保票据获得超额认购;"
    "另外五十亿美金来自战略股权投资。",
])
def test_a_debt_and_equity_sum_told_with_its_equity_part_gives_the_part(text):
    assert [r[1] for r in rounds(text)] == [5_000_000_000]


@pytest.mark.parametrize("text", [
    "xAI raised $20 billion in debt and equity in 2025. It is now seeking $15 billion in new equity.",
    "OpenAI raised $40 billion in a mix of debt and equity. SoftBank's $30 billion equity commitment anchors the round.",
])
def test_a_debt_and_equity_sum_with_another_equity_sum_and_no_debt_part_stays(text):
    assert rounds(text)[0][1] in (20_000_000_000, 40_000_000_000)


def test_a_debt_and_equity_sum_told_alone_stays_a_round():
    assert [r[1] for r in rounds("xAI has raised $10 billion in a mix of debt and equity.")] == [10_000_000_000]


def test_a_mix_before_an_equity_round_does_not_drop_that_round():
    text = "xAI 正寻求以债务加股权方式筹集 93 亿美元，其中 50 亿美元为债务，公司正敲定 43 亿美元的新一轮股权融资。"
    assert ("xAI", 4_300_000_000, "talks") in rounds(text)


@pytest.mark.parametrize("text", [
    "xAI 自 2023 年成立以来已筹得约 140 亿美元股权资金。",
    "xAI 到今年第一季末仅剩约 40 亿美元现金。",
])
def test_sums_since_founding_and_money_left_are_no_rounds(text):
    assert rounds(text) == []


@pytest.mark.parametrize("text", [
    "Meta上月把资本开支预测上调,并计划出售约20亿美元的数据中心资产。",
    "Google agreed to pay $2.4 billion in licensing fees to bring the Windsurf team into its AI unit.",
    "有分析估算，每1吉瓦AI数据中心的建设成本约500亿美元。",
])
def test_sales_fees_and_the_cost_of_one_gigawatt_are_no_costs(text):
    assert extract_facts(text)["costs"] == []


def test_discussing_a_raise_is_talks():
    assert rounds("Bloomberg has reported that xAI is also discussing a far larger equity raise of about $20 billion.") == [
        ("xAI", 20_000_000_000, "talks")]


def test_a_training_run_costed_far_after_its_training_word_is_a_cost():
    text = ("DeepSeek在论文补充材料中首次披露了训练花费:R1的强化学习阶段在512块英伟达H800上完成,耗时约80小时,"
            "按每GPU小时2美元的租赁价格计算,成本约为29.4万美元。")
    assert [(c["subject"], c["amount"]) for c in extract_facts(text)["costs"]] == [("DeepSeek", 294_000)]


def test_the_cloud_a_lab_expands_its_use_of_provides():
    text = "In October Anthropic agreed to expand its use of Google Cloud to as many as one million TPUs."
    assert [(g["owner"], g["provider"]) for g in extract_facts(text)["gpus"]] == [("Anthropic", "Google")]


def test_a_contract_ceiling_under_a_condition_is_no_cost():
    text = "9月微软与Nebius签下一份五年期GPU算力合同,金额174亿美元,若追加服务最高可达194亿美元。"
    assert [c["amount"] for c in extract_facts(text)["costs"]] == [17_400_000_000]


@pytest.mark.parametrize("text", [
    "华为此前公布昇腾路线图:Atlas 950超节点支持8192张卡,Atlas 960超节点则可达15488张卡。",
    "华为公布了路线图:Atlas 960超节点的规模扩大到15488张卡。",
    "腾讯新一代星脉网络则宣称可支撑单集群十万卡以上的规模。",
    "Huawei plans to make 600,000 Ascend chips next year. Nvidia is estimated to have sold about one million "
    "H20 chips into China in 2024.",
])
def test_a_products_scale_and_chips_sold_into_a_country_are_no_fleet(text):
    assert extract_facts(text)["gpus"] == []
