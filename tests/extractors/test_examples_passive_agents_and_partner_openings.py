"""Who a passage is about when other names pass through it: labs given as examples, the agent of
an English passive, partners named before a pronoun subject. Every sentence is written for the
test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _rounds(text):
    return [(r["lab"], r["amount"]) for r in extract_facts(text)["funding"]]


def _gpus(text):
    return [(g["owner"], g["count"]) for g in extract_facts(text)["gpus"]]


# --- names given as examples do not become "the company" or "its"

@pytest.mark.parametrize("text", [
    "Together AI closed a $250 million round on Monday. The company hosts open models such as Mistral, "
    "Qwen and MiniMax for developers. Its earlier $100 million Series A came in 2023.",
    "Together AI closed a $250 million round on Monday. The company hosts open models like DeepSeek and "
    "Kimi for developers. Its earlier $100 million Series A came in 2023.",
    "Together AI closed a $250 million round on Monday. It counts labs including Cohere and Mistral among "
    "its users. Its earlier $100 million Series A came in 2023.",
])
def test_labs_given_as_examples_leave_the_subject_alone(text):
    assert ("Together AI", 100_000_000) in _rounds(text)


def test_labs_given_as_examples_in_chinese_leave_the_subject_alone():
    text = "Together AI 本周完成 2.5 亿美元融资。该平台托管诸如 DeepSeek、MiniMax 等开源模型。其 A 轮融资为 1 亿美元。"
    assert ("Together AI", 100_000_000) in _rounds(text)


def test_customers_given_as_examples_do_not_own_the_clouds_gpus():
    text = ("Voltage Park rents out Nvidia chips to startups such as Imbue and Character.ai from sites in "
            "Texas. It now runs more than 30,000 Nvidia H100 GPUs.")
    assert _gpus(text) == [("Voltage Park", 30_000)]


# --- the agent of an English passive is not the subject

def test_the_supplier_of_a_passive_does_not_become_the_company():
    text = ("Imbue trained its latest model on 4,000 Nvidia H100 GPUs. The servers were supplied by Voltage "
            "Park, a cloud operator. The company raised a $200 million Series B in 2023.")
    assert _rounds(text) == [("Imbue", 200_000_000)]


def test_money_raised_by_a_named_lab_is_still_its_own():
    # ("raised by" names who raised, not an agent aside)
    text = ("Cohere said it had signed a deal with Oracle. The new money brings the total raised by Mistral "
            "to $1.5 billion. Its first round, a $113 million seed, came in 2023.")
    assert ("Mistral AI", 113_000_000) in _rounds(text)


# --- partners named before a pronoun subject

def test_partners_named_before_it_leave_the_subject_alone():
    text = ("Reka raised $60 million on Tuesday. Together with cloud provider Lambda and Nvidia, it is "
            "building a cluster of 2,000 H100 GPUs. Its first round, a $58 million financing, came in 2023.")
    assert ("Reka", 58_000_000) in _rounds(text)


# --- a partner named after 联合 / 携手 builds the cluster with its owner

@pytest.mark.parametrize("text, owner", [
    ("科大讯飞发布新一代模型。该公司去年联合华为上线基于昇腾910B的万卡集群，用于模型训练。", "iFlytek"),
    ("商汤科技携手华为建成一个由5000张昇腾910B组成的训练集群。", "SenseTime"),
])
def test_the_partner_after_jointly_does_not_own_the_cluster(text, owner):
    assert [o for o, _ in _gpus(text)] == [owner]


# --- rounds summed by their number in Chinese, with the part told after

def test_two_rounds_summed_are_a_total_and_the_named_part_is_the_round():
    text = "DayOne 完成 20 亿美元 C 轮融资。该公司去年两轮共募得约 19 亿美元，其中 12 月的 B 轮为 12 亿美元。"
    assert sorted(_rounds(text)) == [("DayOne", 1_200_000_000), ("DayOne", 2_000_000_000)]


@pytest.mark.parametrize("text", [
    "智谱 2023 年三轮融资合计获得约 25 亿元人民币。",
    "智谱 2023 年 3 次融资累计募得约 25 亿元人民币。",
])
def test_rounds_counted_and_summed_are_no_round(text):
    assert _rounds(text) == []


# --- what a site will eventually hold is planned

@pytest.mark.parametrize("text", [
    "马斯克表示，Colossus 2 最终可容纳约 55 万颗英伟达芯片。",
    "xAI 称 Colossus 2 最终可容纳约 55 万颗英伟达芯片。",
])
def test_a_site_that_will_eventually_hold_chips_plans_them(text):
    facts = extract_facts(text)["gpus"]
    assert [(g["owner"], g["count"], g["status"]) for g in facts] == [("xAI", 550_000, "planned")]


# --- a conversion in brackets after the round's noun is the same sum

@pytest.mark.parametrize("text", [
    "AI新創Lumen宣布完成4.8億美元種子輪融資（約合NT$150億元），估值達40億美元。",
    "AI新创Lumen宣布完成4.8亿美元A轮融资（约合新台币150亿元），估值达40亿美元。",
])
def test_a_bracketed_conversion_after_the_round_is_no_second_round(text):
    facts = extract_facts(text)["funding"]
    assert [(f["lab"], f["amount"], f["currency"]) for f in facts] == [("Lumen", 480_000_000, "USD")]


# --- 推論 (Taiwan's word for inference) is an AI field that introduces a startup

def test_an_inference_startup_in_taiwanese_wording_is_introduced():
    text = "推論新創Quantra也拿下1.5億美元種子輪，由a16z領投，估值8億美元。"
    assert _rounds(text) == [("Quantra", 150_000_000)]


# --- 上市前融资 is a pre-IPO round, not a listing

@pytest.mark.parametrize("text", [
    "FuriosaAI 正在进行规模 5000 亿韩元的上市前融资。",
    "FuriosaAI 正在進行規模 5000 億韓元的上市前融資，其中約 2000 億韓元預計來自國民成長基金。",
])
def test_a_round_before_a_listing_is_a_pre_ipo_round(text):
    facts = extract_facts(text)["funding"]
    assert [(f["lab"], f["amount"], f["round"]) for f in facts] == [("FuriosaAI", 500_000_000_000, "Pre-IPO")]


# --- sums that are no one's round or cost

@pytest.mark.parametrize("text, kept", [
    # the price of a company bought, even with a compute word in its apposition
    ("The chipmaker agreed to buy Run:ai, which schedules jobs across GPU clusters, for about $650 million.", []),
    ("It was the largest deal since Google bought DeepMind for £400 million in 2014.", []),
    # a kind of company raising, or money flowing into it
    ("Nvidia bought Run:ai in April. Israeli start-ups have raised more than $2 billion since January.", []),
    ("SambaNova raised $350 million. MatX and Axelera AI also announced large rounds, and by one count "
     "roughly $1 billion flowed into AI chip start-ups in a single day.", [350_000_000]),
    ("MatX 完成 4 亿美元 B 轮融资。同一天，SambaNova 与 Axelera AI 也公布了新融资，业内统计显示，AI 芯片初创"
     "公司当天合计吸金约 10 亿美元。", [400_000_000]),
    # an average round, registered capital
    ("Hailo raised $120 million. Chip start-ups in Israel closed deals with an average round of close to "
     "$25 million.", [120_000_000]),
    ("In December Kunlunxin raised its registered capital from 20 million yuan to 400 million yuan.", []),
])
def test_sums_of_no_round_and_no_cost(text, kept):
    facts = extract_facts(text)
    assert [f["amount"] for f in facts["funding"]] + [c["amount"] for c in facts["costs"]] == kept


def test_a_sum_including_the_earlier_money_is_a_running_total():
    text = "Evroc raised €50.6 million in a Series A. Including its earlier seed money, Evroc has now raised about $60 million."
    assert _rounds(text) == [("Evroc", 50_600_000)]


# --- a clause on what a startup does may stand between its field and its descriptor

def test_a_startup_described_by_what_it_does_is_introduced():
    text = "通过 WhatsApp 提供 AI 助手服务的西班牙初创公司 Lumo 宣布完成 1000 万美元 A 轮融资。"
    assert _rounds(text) == [("Lumo", 10_000_000)]


# --- running totals: rounds counted, a sum since a year

@pytest.mark.parametrize("text", [
    "Zhipu told investors that some 25 institutions had put about $1.2 billion into the company across six "
    "private rounds before the listing.",
    "智谱上市前共進行六輪融資，約25家機構合計投入12億美元，其中騰訊出資最多。",
    "Cohere raised $100 million. The company, whose revenue passed $80 million last year, has now raised more "
    "than $1.2 billion since 2019.",
])
def test_rounds_summed_and_sums_since_a_year_are_running_totals(text):
    assert 1_200_000_000 not in [a for _, a in _rounds(text)]


# --- a lab whose relative clause raises the amount owns it, even as a yardstick

def test_a_yardstick_lab_with_its_own_raise_in_a_relative_clause_owns_it():
    text = ("Its backers are betting on software: unlike Figure AI, which closed a round of more than $1 billion "
            "in September, Physical Intelligence does not build robots.")
    assert _rounds(text) == [("Figure AI", 1_000_000_000)]


# --- a round led by a fund spelled like the debt word; rounds of one amount valued apart

def test_a_round_led_by_bond_is_still_a_round():
    text = "Baseten closed a $150 million Series D in September, led by Bond, at a $2.15 billion valuation."
    assert _rounds(text) == [("Baseten", 150_000_000)]


def test_one_amount_valued_apart_by_more_than_the_amount_is_two_rounds():
    text = "Cohere 宣布完成 5 亿美元新一轮融资，估值达 70 亿美元。一年前，Cohere 才以 55 亿美元估值募得 5 亿美元。"
    facts = extract_facts(text)["funding"]
    assert [(f["amount"], f["valuation"]) for f in facts] == [(500_000_000, 7_000_000_000),
                                                              (500_000_000, 5_500_000_000)]


def test_a_pre_and_a_post_money_figure_of_one_round_stay_one_round():
    text = ("xAI raised $6 billion at a pre-money valuation of $18 billion. The Series B valued the company at "
            "$24 billion after the money, people familiar said; xAI raised $6 billion from Valor and a16z.")
    assert [a for _, a in _rounds(text)] == [6_000_000_000]


# --- the lead's cheque is its part of the round; a person's possessive is not the subject

def test_the_leads_cheque_is_its_part_of_the_round():
    text = "Reflection AI has raised $2 billion at an $8 billion valuation. Nvidia led the new financing with $800 million."
    assert _rounds(text) == [("Reflection AI", 2_000_000_000)]


def test_a_persons_possessive_does_not_take_the_focus():
    text = ("On Monday OpenAI announced a $40 billion round led by SoftBank. That is the conversion Musk's suit "
            "seeks to block. The round is six times the $6.6 billion the company raised in October.")
    assert ("OpenAI", 6_600_000_000) in _rounds(text)


@pytest.mark.parametrize("text, kept", [
    ("Including its earlier backers, Mistral closed a €1.7 billion Series C led by ASML.", [1_700_000_000]),
    ("Including the earlier tranche, SoftBank's investment in OpenAI totals $30 billion.", []),
    ("OpenAI 平均每年在算力上花费约 100 亿美元。", [10_000_000_000]),
    ("月之暗面完成 10 亿美元融资，平均每轮约 3 亿美元。", [1_000_000_000]),
    ("xAI 第二轮共募得 60 亿美元，投资方包括英伟达。", [6_000_000_000]),
    ("Oracle will buy Nvidia, AMD and Ampere chips for $40 billion this year.", [40_000_000_000]),
    ("Meta agreed to buy Scale AI (a data-labelling firm) for $14.3 billion, a 49% stake.", [14_300_000_000]),
])
def test_review_21_frames_keep_what_they_do_not_cover(text, kept):
    facts = extract_facts(text)
    assert [f["amount"] for f in facts["funding"]] + [c["amount"] for c in facts["costs"]] == kept


@pytest.mark.parametrize("text, lab", [
    ("Mistral AI, the French rival to OpenAI, which raised €1.7 billion in September, launched a new model.",
     "Mistral AI"),
    ("Moonshot AI, a rival to DeepSeek, which raised $1 billion in 2024, launched Kimi K2.", "Moonshot AI"),
])
def test_a_relative_clause_after_an_apposition_belongs_to_its_head(text, lab):
    assert [name for name, _ in _rounds(text)] == [lab]


# --- a lab's possessive heads its amount; examples led by names the registry does not know;
# the lead's part in Chinese

def test_a_labs_possessive_owns_the_amount_it_heads():
    text = ("Black Forest Labs raised $300 million. Its models are used by Adobe, Microsoft and xAI. The round "
            "is far smaller than Mistral AI's €1.7 billion Series C in September.")
    assert _rounds(text) == [("Black Forest Labs", 300_000_000), ("Mistral AI", 1_700_000_000)]


def test_an_example_list_opened_by_an_unknown_name_leaves_the_subject_alone():
    text = ("Black Forest Labs raised $300 million in a Series B. Its models are used by Adobe, Microsoft and "
            "xAI. The company raised a $31 million seed in 2024.")
    assert ("Black Forest Labs", 31_000_000) in _rounds(text)


def test_the_leads_part_in_chinese_is_part_of_the_round():
    text = "Mistral AI 今天官宣完成 17 亿欧元 C 轮融资。光刻机巨头 ASML 领投并出资 13 亿欧元，取得约 11% 股权。"
    assert _rounds(text) == [("Mistral AI", 1_700_000_000)]


@pytest.mark.parametrize("text, kept", [
    # a conversion after the round's noun, in Chinese and English
    ("智谱完成 30 亿元人民币 C 轮融资（约合 4.1 亿美元）。", [3_000_000_000]),
    ("Mistral raised €1.7 billion in Series C funding (about $2 billion), led by ASML.", [1_700_000_000]),
    # rounds counted with 次, a sum since a month and year
    ("月之暗面 2024 年两次融资共获得超过 13 亿美元。", []),
    ("Mistral AI raised €1.7 billion in a Series C. It has now raised about €3 billion since June 2023.",
     [1_700_000_000]),
])
def test_conversions_and_running_sums_in_more_words(text, kept):
    assert [a for _, a in _rounds(text)] == kept


@pytest.mark.parametrize("text, lab", [
    ("CoreWeave, which raised $1.1 billion in May, rents GPUs to OpenAI.", "CoreWeave"),
    ("Crusoe, which raised $1.38 billion in October, builds data centres for OpenAI.", "Crusoe"),
])
def test_a_cloud_whose_relative_clause_raises_the_amount_owns_it(text, lab):
    assert [name for name, _ in _rounds(text)] == [lab]


# --- investors the money came from; a kind word before a name; a 的-clause heading a name

def test_the_investors_the_money_came_from_do_not_take_the_focus():
    text = ("Inflection AI said on Thursday that it had raised $1.3 billion. The money came from Microsoft, "
            "Nvidia and Bill Gates, the company said. The startup plans to spend much of it on hardware. "
            "Working with the cloud provider CoreWeave and with Nvidia, it is assembling a cluster of 22,000 "
            "Nvidia H100 GPUs.")
    assert [g["owner"] for g in extract_facts(text)["gpus"]] == ["Inflection AI"]


def test_a_clause_ending_in_de_heads_its_name_even_after_a_compared_word():
    text = "Physical Intelligence完成6億美元B輪融資。同樣打造機器人大腦的Figure AI，去年9月則完成逾10億美元C輪。"
    assert ("Figure AI", 1_000_000_000) in _rounds(text)


@pytest.mark.parametrize("text, expected", [
    ("Microsoft, which raised its investment in OpenAI to $13 billion, said it would keep backing the lab.",
     [("OpenAI", 13_000_000_000)]),
    ("Zhipu, the Beijing lab backed by Alibaba, which raised 1.5 billion yuan in May, launched GLM-5.",
     [("Zhipu AI", 1_500_000_000)]),
    ("Mistral raised €600 million at a €5.8 billion valuation in June. The €600 million round put its "
     "pre-money valuation at €5 billion.", [("Mistral AI", 600_000_000)]),
    ("MiniMax 先后进行了三次融资，最近一次为 6 亿美元。", [("MiniMax", 600_000_000)]),
])
def test_review_22_frames_keep_what_they_do_not_cover(text, expected):
    assert _rounds(text) == expected


def test_a_labs_site_phase_stays_a_cost():
    text = "微软向 OpenAI 的数据中心首期投资 100 亿美元。"
    facts = extract_facts(text)
    assert facts["funding"] == [] and [c["amount"] for c in facts["costs"]] == [10_000_000_000]
