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


# ------------------------------------------------------------------ rounds told side by side
def test_rounds_of_one_amount_at_different_valuations_are_two():
    text = ("Perplexity 今年 5 月以 140 亿美元估值募得 5 亿美元，由 Accel 领投；再往前的 2024 年 12 月，"
            "IVP 领投的一轮同样是 5 亿美元，估值为 90 亿美元。")
    found = extract_facts(text)["funding"]
    assert [(f["amount"], f["valuation"]) for f in found] == [(5e8, 1.4e10), (5e8, 9e9)]


def test_backers_named_in_a_later_sentence_join_the_same_round():
    text = ("OpenAI raised $40 billion in a round led by SoftBank. Microsoft, Coatue and Altimeter also "
            "joined the $40 billion round.")
    found = extract_facts(text)["funding"]
    assert [(f["amount"], len(f["investors"])) for f in found] == [(4e10, 4)]


def test_a_pre_and_a_post_money_figure_are_one_round():
    text = ("OpenAI raised $40 billion at a $300 billion post-money valuation. The $40 billion round "
            "values OpenAI at $260 billion before the new money.")
    assert [f["amount"] for f in extract_facts(text)["funding"]] == [4e10]


def test_a_breakdown_after_the_amount_keeps_the_whole_round():
    text = ("Reflection AI 正洽谈以 250 亿美元的投前估值募集约 25 亿美元。去年 10 月，该公司才完成一轮 20 亿美元"
            "融资，估值 80 亿美元，其中英伟达出资约 8 亿美元。")
    assert funding(text) == [("Reflection AI", 2.5e9, "talks"), ("Reflection AI", 2e9, "closed")]


def test_amounts_listed_with_their_hedges_share_the_verb():
    text = "Microsoft and Nvidia will invest up to $5 billion and up to $10 billion respectively in Anthropic."
    found = extract_facts(text)["funding"]
    assert [(f["amount"], f["investors"]) for f in found] == [(5e9, ["Microsoft"]), (1e10, ["Nvidia"])]


def test_a_round_closed_at_its_own_date_is_not_the_round_in_talks():
    text = ("Thinking Machines Lab is in early talks to raise money at a valuation of around $50 billion. "
            "That would be four times what it was worth in July, when it closed a $2 billion seed round "
            "at a $12 billion valuation.")
    found = extract_facts(text)["funding"]
    assert [(f["amount"], f["valuation"], f["status"]) for f in found] == [
        (None, 5e10, "talks"), (2e9, 1.2e10, "closed")]


def test_the_valuation_at_which_a_round_was_raised():
    text = ("Figure AI raised $1 billion this week. That is fifteen times the $2.6 billion at which "
            "the company raised $675 million in its Series B.")
    found = extract_facts(text)["funding"]
    assert [(f["amount"], f["valuation"]) for f in found] == [(1e9, None), (6.75e8, 2.6e9)]


# ------------------------------------------------------------------ who owns, who sells
@pytest.mark.parametrize("text", [
    "特斯拉CEO马斯克在财报电话会上表示，公司已经安装并投入使用 3.5 万块 H100。",
    "Tesla CEO Elon Musk said the company has installed 35,000 H100 chips.",
])
def test_an_officer_speaks_for_the_company_named_with_them(text):
    assert [g[0] for g in gpus(text)] == ["Tesla"]


def test_the_registry_person_still_stands_for_their_lab():
    assert [g[0] for g in gpus("Elon Musk said xAI will bring 100,000 H100 online.")] == ["xAI"]


@pytest.mark.parametrize("text", [
    "Humain 宣布将向英伟达采购 18,000 颗 GB300 芯片作为首批部署。",
    "Humain will buy 18,000 GB300 chips from Nvidia.",
])
def test_the_chipmaker_a_buyer_buys_from_sells(text):
    assert gpus(text) == [("Humain", 18000, "GB300", None)]


def test_a_chipmaker_that_rents_still_owns():
    assert gpus("Nvidia will rent 10,000 H100 from Lambda.") == [("Nvidia", 10000, "H100", "Lambda")]


@pytest.mark.parametrize("text", [
    "Anthropic 计划使用多达一百万颗 Google Cloud TPU 来训练 Claude 模型。",
    "Anthropic plans to use up to one million Google Cloud TPUs.",
])
def test_a_cloud_brand_between_count_and_chip(text):
    assert [(g[0], g[1], g[2]) for g in gpus(text)] == [("Anthropic", 1_000_000, "TPU")]


# ------------------------------------------------------------------ costs told with a baseline or ceiling
@pytest.mark.parametrize(("text", "expected"), [
    ("Meta expects to spend between $60 billion and $65 billion on capital projects this year, up "
     "from the $38 billion the company had forecast for 2024.", [6e10, 3.8e10]),
    ("字节跳动计划 2026 年资本开支约 1600 亿元，高于今年的约 1500 亿元。", [1.6e11, 1.5e11]),
])
def test_the_baseline_of_a_spending_figure_is_spending_too(text, expected):
    assert [c[1] for c in costs(text)] == expected


@pytest.mark.parametrize("text", [
    "Microsoft signed a compute contract with Nebius worth $17.4 billion through 2031 and as much "
    "as $19.4 billion if it takes additional services.",
    "微软与 Nebius 签署的算力合同价值 174 亿美元，最高可达 194 亿美元。",
])
def test_a_deals_ceiling_is_not_a_second_cost(text):
    assert [c[1] for c in costs(text)] == [1.74e10]


# ------------------------------------------------------------------ appositives, totals, shares
def test_a_name_inside_an_appositive_is_not_the_subject():
    text = ("Crusoe, the developer building OpenAI's campus in Texas, has closed a $1.375 billion Series E "
            "at a valuation above $10 billion.")
    found = extract_facts(text)["funding"]
    assert [(f["lab"], f["amount"], f["valuation"]) for f in found] == [("Crusoe", 1.375e9, 1e10)]


def test_money_raised_since_founding_is_a_total():
    text = "Crusoe raised a $600 million Series D and has now raised about $3.9 billion since it was founded."
    assert funding(text) == [("Crusoe", 6e8, "closed")]


def test_one_investors_part_of_the_round_is_no_round():
    text = "xAI 宣布已完成 200 亿美元 E 轮融资。知情人士称，英伟达在股权部分中最多出资 20 亿美元。"
    assert funding(text) == [("xAI", 2e10, "closed")]


def test_the_investment_of_a_cluster_is_a_cost():
    text = "幻方量化一年后建成的萤火二号集群配备约一万张 A100，投资额达 10 亿元。"
    found = extract_facts(text)
    assert found["funding"] == []
    assert [c["amount"] for c in found["costs"]] == [1e9]


# ------------------------------------------------------------------ renting chipmakers, contract values
def test_the_chipmaker_is_the_last_chipmaker_named():
    text = ("Nvidia has become the biggest customer of Lambda, a cloud provider it backs. The chipmaker "
            "agreed this summer to rent 10,000 of its own GPUs from Lambda for about $1.3 billion.")
    found = extract_facts(text)
    assert gpus(text) == [("Nvidia", 10000, "GPU", "Lambda")]
    assert [(c["subject"], c["amount"]) for c in found["costs"]] == [("Nvidia", 1.3e9)]


def test_the_cloud_provider_is_the_last_cloud_named():
    text = ("OpenAI rents compute from CoreWeave. The cloud provider will deploy 100,000 GB200 chips "
            "for OpenAI next year.")
    assert [(g[0], g[3]) for g in gpus(text)] == [("OpenAI", "CoreWeave")]


def test_the_value_of_one_contract_is_no_running_total():
    text = "OpenAI 今年 3 月与 CoreWeave 签下为期五年、总额 119 亿美元的协议。"
    assert costs(text) == [("OpenAI", 1.19e10)]


def test_a_running_total_of_rounds_stays_a_total():
    assert funding("OpenAI 累计融资总额达 200 亿美元。") == []


def test_an_amount_added_to_a_contract_is_the_labs_cost():
    text = "OpenAI 今年 3 月与 CoreWeave 签下为期五年、总额 119 亿美元的协议，5 月又追加了 40 亿美元。"
    assert costs(text) == [("OpenAI", 1.19e10), ("OpenAI", 4e9)]


def test_the_value_of_a_gpu_order_is_a_cost():
    text = "字节跳动 2023 年向英伟达订购的 GPU 金额超过 10 亿美元。"
    assert costs(text) == [("ByteDance", 1e9)]
