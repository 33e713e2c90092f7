"""Shapes from real news passages (session of 2026-11-29, third part): chips a cloud delivers
to a customer, a count told in "units" after a full one, a sum of the counts before, and a
short company name. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _gpus(text):
    return [(f["owner"], f["count"], f["chip"], f["provider"]) for f in extract_facts(text)["gpus"]]


# --- chips delivered to a customer

@pytest.mark.parametrize("verb", ["deliver", "supply", "lease"])
def test_chips_a_cloud_delivers_to_a_lab_are_the_labs(verb):
    text = f"Oracle will {verb} 400,000 GB200 chips to OpenAI."
    assert _gpus(text) == [("OpenAI", 400000, "GB200", "Oracle")]


def test_chips_a_neocloud_delivers_to_a_big_cloud_are_the_big_clouds():
    text = ("The Aker–Nscale joint venture in Narvik is expected to deliver approximately 52,000 GB300 "
            "GPUs to Microsoft under a multi-year agreement.")
    assert _gpus(text) == [("Microsoft", 52000, "GB300", "Nscale")]


def test_a_neocloud_renting_to_another_neocloud_keeps_its_chips():
    # (a neocloud renting to a neocloud is a wholesale deal: no user named)
    assert _gpus("Nscale will rent 8,000 GPUs to CoreWeave.") == [("Nscale", 8000, "GPU", None)]


def test_a_chipmaker_delivering_chips_provides_nothing():
    assert _gpus("Nvidia will deliver 10,000 GPUs to xAI.") == [("xAI", 10000, "GPU", None)]


# --- a count in "units", and a sum of the counts before

def test_a_count_in_units_after_a_full_count_shares_its_chips():
    text = "Meta and Microsoft will each deploy 50,000 H100s, while Google will install around 60,000 units."
    assert _gpus(text) == [("Meta", 50000, "H100", None), ("Microsoft", 50000, "H100", None),
                           ("Google", 60000, "H100", None)]


def test_the_total_the_counts_before_bring_is_no_count_of_its_own():
    text = ("Samsung and Hyundai Motor will each deploy up to 50,000 GPUs, while Naver Cloud will "
            "install around 60,000 units, bringing the total to 260,000.")
    assert [(o, n) for o, n, _, _ in _gpus(text)] == [
        ("Samsung Electronics", 50000), ("Hyundai Motor Group", 50000), ("Naver Cloud", 60000)]


def test_a_total_of_a_plan_still_counts():
    text = "xAI runs 100,000 H100s and plans a total of 200,000 by next year."
    assert [n for _, n, _, _ in _gpus(text)] == [100000, 200000]


# --- "SK" alone is no name: it is also a province's code ("Regina, SK")

@pytest.mark.parametrize("text", ["SK hynix will supply HBM for 10,000 GPUs.", "The risk desk bought 5,000 GPUs.",
                                  "The Regina, SK data center will house 2,000 GPUs for a local startup."])
def test_sk_inside_other_names_or_words_is_not_sk_group(text):
    assert all(o != "SK Group" for o, _, _, _ in _gpus(text))


# --- cloud deals: the words that name them, a deal's value after a comma, an opening phrase

def _costs(text):
    return [(f["subject"], f["amount"]) for f in extract_facts(text)["costs"]]


@pytest.mark.parametrize("text, expected", [
    ("OpenAI signed a cloud computing agreement with Google worth more than $10 billion.", [("OpenAI", 10e9)]),
    ("OpenAI signed a $10 billion computing contract with Oracle.", [("OpenAI", 10e9)]),
    ("The agreement gives Meta $12 billion of dedicated AI capacity across multiple locations by 2027.",
     [("Meta", 12e9)]),
    ("Meta已和谷歌签署云计算协议，预计合作6年，总值超过100亿美元。", [("Meta", 10e9)]),
    ("Anthropic还与Akamai签署了18亿美元的云计算协议。", [("Anthropic", 1.8e9)]),
])
def test_words_that_name_a_compute_deal(text, expected):
    assert _costs(text) == expected


@pytest.mark.parametrize("text", ["该省数据中心产业的生产总值达到 500 亿元。",
                                  "India's GDP of $4 trillion makes it attractive for data centers."])
def test_an_economys_output_is_no_deal(text):
    assert _costs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Meta has signed a cloud deal with Oracle, valued at $20 billion.", [("Meta", 20e9)]),
    ("Meta signed a deal with CoreWeave, worth $14.2 billion.", [("Meta", 14.2e9)]),
])
def test_a_compute_deals_value_after_a_comma_is_its_price(text, expected):
    assert _costs(text) == expected


def test_a_startup_valued_after_a_deal_with_it_keeps_its_valuation():
    # (no compute word: the appositive may be the startup's valuation)
    assert _costs("Meta signed a deal with Scale AI, valued at $29 billion.") == []


@pytest.mark.parametrize("text", [
    "Anthropic is not relying on one provider. Alongside its deepening partnership with Google, the company "
    "has signed a $1.8 billion cloud computing deal with Akamai.",
    "Anthropic is not relying on one provider. In addition to its deal with Microsoft, it will spend $1.8 "
    "billion on a cluster with CoreWeave.",
    "Anthropic扩大了算力来源。除了与谷歌的合作之外，该公司还与Akamai签署了18亿美元的云计算协议。",
])
def test_names_in_an_opening_phrase_are_not_the_spender(text):
    assert _costs(text) == [("Anthropic", 1.8e9)]


# --- funding: an appositive before a weak verb, conversions, the completion of a round

def _rounds(text):
    return [(f["lab"], f["amount"], f["currency"], f["valuation"], f["status"])
            for f in extract_facts(text)["funding"]]


@pytest.mark.parametrize("verb", ["secured", "landed"])
def test_a_startup_described_in_an_appositive_gets_the_money_it_secured(verb):
    text = f"Scale AI, a data-labeling platform for machine learning models, {verb} $1 billion."
    assert _rounds(text) == [("Scale AI", 1e9, "USD", None, "closed")]


def test_an_appositive_before_a_contract_keeps_it_a_contract():
    text = "Scale AI, a data-labeling startup, secured a $1 billion contract."
    assert _rounds(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Anthropic並承諾斥資300億美元（逾新台幣9,000億元），向微軟購買算力。", ("Anthropic", 30e9)),
    ("Anthropic will spend $30 billion (over NT$900 billion) on Azure compute.", ("Anthropic", 30e9)),
])
def test_a_hedged_conversion_in_brackets_is_the_same_sum(text, expected):
    assert _costs(text) == [expected]


def test_a_conversion_after_the_rounds_words_is_the_same_sum():
    text = ("Isomorphic Labs announced the completion of its $2.1 billion Series B financing round, "
            "approximately RMB 14.3 billion.")
    assert _rounds(text) == [("Isomorphic Labs", 2.1e9, "USD", None, "closed")]


def test_a_valuation_after_the_round_is_no_conversion():
    text = "Sakana AI said it raised ¥20 billion at a valuation of about $2.6 billion."
    assert _rounds(text) == [("Sakana AI", 20e9, "JPY", 2.6e9, "closed")]


def test_a_round_still_to_close_is_not_closed():
    text = "Isomorphic Labs expects the completion of its $2.1 billion Series B round next month."
    assert [s for *_, s in _rounds(text)] != ["closed"]


def test_money_raised_across_back_to_back_rounds_is_a_running_sum():
    assert _rounds("Nscale pulled in $1.53 billion across two back-to-back rounds.") == []


# --- costs: cash held, a group's sum, generic spenders

@pytest.mark.parametrize("text", [
    "截至9月底，阿里手持現金及其他流動投資5738.89億元，意味在當前大的AI投資周期中有充足彈藥。",
    "全球4大云端业者亚马逊、微软、谷歌和Meta今年的资本支出合计将超过 6000 亿美元。",
    "花旗預估，至 2026 年底，大型雲端服務業者的 AI 資本支出將達 4,900 億美元。",
])
def test_cash_held_a_groups_sum_and_generic_spenders_are_no_ones_cost(text):
    assert _costs(text) == []


def test_a_member_of_a_group_named_as_its_own_subject_keeps_its_cost():
    assert _costs("四大科技巨头中，微软今年的资本支出总额将达 800 亿美元。") == [("Microsoft", 80e9)]


# --- conversions, R&D, an investment toward building, contrast clauses, opening phrases

def test_a_conversion_told_as_approximately_equal_is_the_same_sum():
    text = "字节跳动计划将850亿人民币（约当于121亿美元）用于采购AI芯片。"
    assert [a for _, a in _costs(text)] == [85e9]


def test_an_investment_toward_building_a_cloud_is_spending():
    text = "NexGen Cloud is committing an investment of $1 billion toward building its AI Supercloud in Europe."
    assert _costs(text) == [("NexGen Cloud", 1e9)]
    assert _rounds(text) == []


def test_a_contrast_clause_with_a_count_of_its_own_does_not_own_the_count_before():
    text = ("Global supercomputers run on 30,000 GPUs, while India's supercomputer, Airawat, installed in the "
            "Centre for Development of Advanced Computing, has 640 GPUs.")
    assert [n for _, n, _, _ in _gpus(text)] == [640]


@pytest.mark.parametrize("text", [
    "Dell will help bring 50,000 GB300s online, while CoreWeave will operate them for OpenAI.",
    "Some 100,000 H100s are now running in Memphis, but xAI says it will double that.",
])
def test_a_contrast_clause_that_takes_the_count_up_still_names_its_owner(text):
    assert _gpus(text) != []


@pytest.mark.parametrize("text, owner", [
    ("xAI's Colossus is in Memphis. Driven by 150 MW of Tesla Megapack batteries, Phase 1 is now live "
     "using 200,000 Nvidia H100 GPUs.", "xAI"),
    ("Mistral AI is French. Backed by Nvidia, the company runs 18,000 GB300 GPUs.", "Mistral AI"),
    ("xAI's Colossus is in Memphis. Backed by Nvidia, CoreWeave runs 250,000 GPUs.", "CoreWeave"),
])
def test_names_in_an_opening_phrase_do_not_own_the_chips(text, owner):
    assert [o for o, _, _, _ in _gpus(text)] == [owner]


# --- Chinese cards of a maker the chip list lacks; universities and academies

@pytest.mark.parametrize("text, expected", [
    ("阿里云:总计1024台设备、16384张平头哥算力卡、1945P算力。", [("Alibaba", 16384)]),
    ("中科院:总计512台设备、4096张沐曦算力卡、984P算力。", [("Chinese Academy of Sciences", 4096)]),
    ("清华大学部署了4096张算力卡。", [("Tsinghua University", 4096)]),
])
def test_cards_of_an_unlisted_maker_and_chinese_institutions(text, expected):
    assert [(o, n) for o, n, _, _ in _gpus(text)] == expected


@pytest.mark.parametrize("text", ["北大方正集团部署了 1000 张 GPU。", "东北大学部署了 1000 张 GPU。",
                                  "清华同方采购了 2000 张算力卡。", "复旦微电子出货了 1 万颗芯片。",
                                  "浙大网新将建设一个拥有 1000 张 GPU 的智算中心。", "Tsinghua Unigroup bought 3,000 GPUs.",
                                  "华中科大部署了 500 张 GPU。"])
def test_short_forms_that_open_other_names_are_not_the_universities(text):
    universities = {"Peking University", "Tsinghua University", "Fudan University", "Zhejiang University",
                    "University of Science and Technology of China"}
    assert not {o for o, _, _, _ in _gpus(text)} & universities


def test_a_rival_named_before_the_subject_is_not_what_the_passage_is_about():
    text = ("Europe's hope to rival OpenAI, Aleph Alpha, may have just raised close to 500 million euros this "
            "week. An alliance of investors pumped 467 million euros into the German-based artificial "
            "intelligence company this week.")
    assert [lab for lab, *_ in _rounds(text)] == ["Aleph Alpha", "Aleph Alpha"]


@pytest.mark.parametrize("text", [
    "Pika is a video startup. In total, the Palo Alto, California-based company has now raised $135 million.",
    "Anthropic 成立三年來已成功募資約 100 億美元。",
])
def test_money_raised_in_total_or_since_founding_is_a_running_sum(text):
    assert _rounds(text) == []



def test_cards_shared_out_in_a_passage_about_chips_named_further_back():
    text = ("英伟达将向韩国政府及企业供应26万张GPU。此举有望解决GPU短缺。基础模型是核心。"
            "三星电子、SK集团、现代汽车集团将各引进5万张，NAVER将引进6万张。")
    assert [(o, n) for o, n, _, _ in _gpus(text)][-4:] == [
        ("Samsung Electronics", 50000), ("SK Group", 50000), ("Hyundai Motor Group", 50000), ("Naver Cloud", 60000)]


def test_a_chip_word_with_a_high_end_modifier():
    text = "Humain宣布已与英伟达和亚马逊达成协议，在利雅德的数据中心部署多达15万个高阶AI晶片。"
    assert [n for _, n, _, _ in _gpus(text)] == [150000]
