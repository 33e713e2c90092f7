"""Grammar for deals and plans: chips a site will house or deploy for someone's use, spending
plans over years to come, sites bought, stakes valued, investors listed in a sentence of their
own, and earlier rounds told after a round in talks. Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def gpus(text: str) -> list[tuple]:
    return [(g["owner"], g["count"], g["chip"], g["provider"]) for g in extract_facts(text)["gpus"]]


def funding(text: str) -> list[tuple]:
    return [(f["lab"], f["amount"], f["status"]) for f in extract_facts(text)["funding"]]


def costs(text: str) -> list[tuple]:
    return [(c["subject"], c["amount"]) for c in extract_facts(text)["costs"]]


# ------------------------------------------------------------------ chips a site will house
@pytest.mark.parametrize(("text", "expected"), [
    ("Nscale 在拉夫顿的园区初期容量为 50 兆瓦，建成后将容纳最多 45000 块英伟达 GB200 GPU。",
     [("Nscale", 45000, "GB200", None)]),
    ("Nscale 在拉夫頓的園區建成後將容納最多 45000 塊輝達 GB200 GPU。", [("Nscale", 45000, "GB200", None)]),
    ("xAI's new campus in Memphis will accommodate up to 100,000 GB200 chips.",
     [("xAI", 100000, "GB200", None)]),
])
def test_a_site_that_will_house_chips_has_them(text, expected):
    assert gpus(text) == expected


@pytest.mark.parametrize("text", [
    "华为的超节点最多支持 2 万张卡。",
    "这台服务器可容纳 8 块 H100。",
    "The new rack system from Nvidia can accommodate up to 72 GB200 chips and scales up to 100,000 GPUs.",
])
def test_what_a_product_can_hold_is_no_count(text):
    assert gpus(text) == []


# ------------------------------------------------------------------ deployed for someone's use
@pytest.mark.parametrize("text", [
    "Nscale 宣布与微软签约，将在美国与欧洲部署约 20 万颗英伟达 GB300 GPU，供微软 Azure 使用。",
    "Nscale 宣布與微軟簽約，將在美國與歐洲部署約 20 萬顆輝達 GB300 GPU，供微軟 Azure 使用。",
    "Nscale will deploy about 200,000 Nvidia GB300 GPUs in Texas and Portugal for use by Microsoft.",
    "Nscale will deploy about 200,000 Nvidia GB300 GPUs for Microsoft's use.",
])
def test_chips_deployed_for_someones_use(text):
    assert gpus(text) == [("Microsoft", 200000, "GB300", "Nscale")]


# ------------------------------------------------------------------ numerals and rounds
def test_a_numeral_right_after_cheng_is_read():
    assert funding("数据标注公司 Scale AI 宣布完成十亿美元 F 轮融资，由 Accel 领投。") == [
        ("Scale AI", 1e9, "closed")]


@pytest.mark.parametrize("text", ["他们成千上万地购买 H100 芯片。", "工程师们成百上千次地测试 H100。"])
def test_cheng_qian_shang_wan_stays_vague(text):
    assert gpus(text) == []


def test_taking_part_in_a_round_is_not_a_share_of_another():
    text = ("MiniMax 正在洽谈新一轮至少 6 亿美元的融资。去年 6 月，MiniMax 完成了一轮逾 2.5 亿美元的融资，"
            "腾讯旗下实体参与其中，投后估值约 12 亿美元。")
    assert funding(text) == [("MiniMax", 6e8, "talks"), ("MiniMax", 2.5e8, "closed")]


@pytest.mark.parametrize("text", [
    "月之暗面正在洽谈新一轮融资。距离该公司以 43 亿美元估值拿下 5 亿美元融资仅过去一个多月。",
    "月之暗面正在洽谈新一轮融资。该公司此前以 43 亿美元估值拿下 5 亿美元融资。",
    "Moonshot AI is in talks to raise new funding. Last year it raised $500 million at a $4.3 billion "
    "valuation.",
])
def test_an_earlier_round_after_talks_is_closed(text):
    assert funding(text) == [("Moonshot AI", 5e8, "closed")]


def test_talks_still_carry_to_the_amount_of_the_round():
    assert funding("OpenAI is in talks to raise new funding. The round would total $40 billion.") == [
        ("OpenAI", 4e10, "talks")]


def test_a_sentence_listing_investors_keeps_the_lab_in_focus():
    text = ("Nscale has raised $1.1 billion in a Series B round led by Aker. Nvidia, Nokia, Dell, "
            "Fidelity and Blue Owl also invested. It raised a $155 million Series A last year.")
    assert funding(text) == [("Nscale", 1.1e9, "closed"), ("Nscale", 1.55e8, "closed")]


def test_softbank_is_named_as_news_name_it():
    assert [f["investors"] for f in extract_facts(
        "OpenAI raised $40 billion in a round led by SoftBank Group.")["funding"]] == [["SoftBank"]]


# ------------------------------------------------------------------ costs
@pytest.mark.parametrize(("text", "expected"), [
    ("亚马逊云科技以 6.5 亿美元收购了紧邻核电站的数据中心园区。", [("Amazon", 6.5e8)]),
    ("Amazon bought a data center campus next to the plant for $650 million.", [("Amazon", 6.5e8)]),
])
def test_a_compute_site_bought_is_a_cost(text, expected):
    assert costs(text) == expected


@pytest.mark.parametrize("text", [
    "微软将持有重组后 OpenAI 约 27% 的股权，价值约 1,350 亿美元。",
    "Microsoft will hold a stake worth about $135 billion in OpenAI's data center business.",
    "Amazon acquired the AI startup for $650 million.",
])
def test_stake_values_and_company_acquisitions_are_no_costs(text):
    assert costs(text) == []


@pytest.mark.parametrize(("text", "amount"), [
    ("OpenAI, Oracle and SoftBank named five new data center sites, lifting the venture's investment "
     "over the next three years to more than $400 billion.", 4e11),
    ("OpenAI 表示，星际之门的规划容量已超过 8 吉瓦，未来三年的投资总额超过 4500 亿美元。", 4.5e11),
    ("OpenAI said the expansion puts it ahead of schedule on its $500 billion, 10-gigawatt commitment.",
     5e11),
])
def test_spending_plans_are_costs_not_rounds(text, amount):
    found = extract_facts(text)
    assert [c["amount"] for c in found["costs"]] == [amount]
    assert found["funding"] == []


def test_investing_in_a_lab_over_years_stays_funding():
    assert funding("Microsoft will invest $10 billion in OpenAI over the next three years.") == [
        ("OpenAI", 1e10, "announced")]


def test_a_power_deal_of_the_lab_in_a_compute_passage_is_a_cost():
    text = ("Google is signing power deals for its AI data centers. Its shares rose on Monday. The first "
            "contracts, worth more than $3 billion, cover 670 MW from two hydro plants.")
    assert costs(text) == [("Google", 3e9)]


def test_a_headquarters_is_not_compute_even_in_a_compute_passage():
    text = "Google is building an AI data centre in Ohio. Its new headquarters project will cost $2 billion."
    assert costs(text) == []
