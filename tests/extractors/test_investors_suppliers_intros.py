"""Investments put into a lab, tranches, suppliers of rented chips, startup anaphors,
comparisons with famous labs and introductions of unknown startups."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts
from extractors.folding import fold


def funding(text: str, lang: str = "zh") -> list[tuple]:
    return [(f["lab"], f["amount"], f["currency"], f["round"], f["status"], f["investors"])
            for f in extract_facts(text, lang)["funding"]]


def gpus(text: str, lang: str = "en") -> list[tuple]:
    return [(g["owner"], g["count"], g["chip"], g["provider"])
            for g in extract_facts(text, lang)["gpus"]]


# --- money put into a lab ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lab", "amount", "investors"), [
    ("腾讯向智谱投入3亿元。", "Zhipu AI", 3e8, ["Tencent"]),
    ("两家电信运营商向Cohere投入2亿美元。", "Cohere", 2e8, []),
    ("阿里巴巴对月之暗面追加投入8亿美元。", "Moonshot AI", 8e8, ["Alibaba"]),
])
def test_money_put_into_a_lab_is_an_investment(text, lab, amount, investors):
    [(got_lab, got_amount, _, _, _, got_investors)] = funding(text)
    assert (got_lab, got_amount, got_investors) == (lab, amount, investors)


def test_money_put_into_a_site_stays_spending():
    facts = extract_facts("字节跳动将向乌兰察布数据中心投入200亿元。", "zh")
    assert facts["funding"] == []
    assert [c["amount"] for c in facts["costs"]] == [2e10]


def test_up_to_before_a_chinese_numeral():
    [(lab, amount, _, _, status, investors)] = funding("微软宣布将向Mistral投资最多三十亿美元。")
    assert (lab, amount, status, investors) == ("Mistral AI", 3e9, "announced", ["Microsoft"])


def test_many_before_a_numeral_is_still_vague():
    assert funding("许多一线机构向百川投入了资金。") == []


# --- tranches and other investors' deals ---------------------------------------------------

def test_a_tranche_word_of_the_next_clause_does_not_fold_another_investors_deal():
    text = ("英特尔宣布向Cohere投资最多30亿美元，首期5亿美元；两个月后，甲骨文亦承诺投资10亿美元，"
            "其中2亿美元先行注资，其余8亿美元分期到位。")
    got = [(lab, amount, investors) for lab, amount, _, _, _, investors in funding(text)]
    assert got == [("Cohere", 3e9, ["Intel"]), ("Cohere", 1e9, ["Oracle"])]


def test_traditional_tranches_fold_into_their_deal():
    text = "輝達承諾向Mistral投資20億美元，其中5億美元先行注資，其餘15億美元分階段投入。"
    assert [(lab, amount) for lab, amount, *_ in funding(text)] == [("Mistral AI", 2e9)]


def test_folding_takes_opencc_characters_but_keeps_brand_characters():
    assert fold("其餘") == "其余"
    assert fold("昇腾") == "昇腾"  # Huawei's Ascend is written with 昇 in simplified text
    assert len(fold("鬱鬱蔥蔥的園區")) == len("鬱鬱蔥蔥的園區")


# --- who uses chips a cloud supplies ---------------------------------------------------------

def test_renting_from_a_cloud_in_chinese():
    assert gpus("Cohere将从Oracle租用2万块H100。", "zh") == [("Cohere", 20000, "H100", "Oracle")]


def test_a_cloud_that_will_supply_with_no_one_named_supplies_the_passages_lab():
    text = ("Mistral AI unveiled plans for a campus near Paris. Nebius has agreed to host the "
            "first phase and, until then, will supply a cluster of 12,000 Nvidia GB200 GPUs.")
    assert gpus(text) == [("Mistral AI", 12000, "GB200", "Nebius")]


def test_a_cloud_supplying_its_own_customers_keeps_its_chips():
    assert gpus("CoreWeave will supply 10,000 H100 GPUs to customers this year.") == [
        ("CoreWeave", 10000, "H100", None)]


# --- "the startup" and comparisons ----------------------------------------------------------

def test_the_startup_is_the_last_startup_lab_not_a_neocloud():
    text = ("Magic said it would train on a new cluster. CoreWeave will host the machines. "
            "The startup, which began in 2022 with a $28 million seed round, has not disclosed "
            "customers.")
    assert [(lab, amount, rnd) for lab, amount, _, rnd, _, _ in funding(text, "en")] == [
        ("Magic", 28e6, "Seed")]


@pytest.mark.parametrize("text", [
    "该公司创始人称，目标是“打造中国的OpenAI”。",
    "It pitches itself as Europe's answer to OpenAI.",
    "这家公司被称为日本版OpenAI。",
])
def test_a_lab_named_as_a_model_is_not_the_subject(text):
    from extractors.passage import analyse

    passage = analyse(text)
    assert [r.salient for s in passage.sentences for r in s.refs if r.entity.name == "OpenAI"] == [
        False]


def test_a_country_before_a_lab_is_no_comparison():
    assert [lab for lab, *_ in funding("China's DeepSeek has raised $300 million.", "en")] == [
        "DeepSeek"]


# --- startups introduced by a description -------------------------------------------------

@pytest.mark.parametrize(("text", "lab"), [
    # a date between the name and its verb
    ("自动驾驶AI公司Wayfarer 3月18日宣布完成2亿美元C轮融资。", "Wayfarer"),
    ("具身智能公司云行者5月6日宣布完成5亿元A轮融资。", "云行者"),
    # a name of two words, with "also" and a month before the verb
    ("人工智能公司Nova Minds今年4月也完成了3亿美元B轮融资。", "Nova Minds"),
    # introduced by its founders
    ("由前 OpenAI 研究员创立的 Loom Labs 宣布完成 1.5 亿美元种子轮融资。", "Loom Labs"),
    ("谷歌前 AI 负责人创办的 Tessera 刚完成 2 亿美元 A 轮融资。", "Tessera"),
])
def test_introduced_startups(text, lab):
    assert [got for got, *_ in funding(text)] == [lab]


@pytest.mark.parametrize("text", [
    # a particle and a money word are no name
    "欧洲AI公司的单轮融资额正在快速抬升，平均达到2亿美元。",
    # founders with no AI work named
    "由两位餐饮老板创立的 Mellow 宣布完成 2000 万美元融资。",
])
def test_no_startup_from_a_phrase(text):
    assert funding(text) == []


# --- passives, relative clauses, card clusters, sector totals, contingencies --------------

def test_the_agents_of_a_passive_do_not_take_the_focus():
    text = ("法国AI新创Pixtral Labs宣布完成2亿美元B轮融资。其模型已被Adobe、Meta与微软等采用。"
            "该公司成立之初曾获a16z领投2,500万美元种子轮。")
    assert [(lab, amount) for lab, amount, *_ in funding(text)] == [
        ("Pixtral Labs", 2e8), ("Pixtral Labs", 25e6)]


def test_money_a_company_has_invested_in_a_lab_named_before_in_which():
    text = "The racks run the workloads of Anthropic, in which Amazon has invested about $8 billion."
    assert [(lab, amount, investors) for lab, amount, _, _, _, investors in funding(text, "en")] == [
        ("Anthropic", 8e9, ["Amazon"])]


@pytest.mark.parametrize(("text", "count", "status"), [
    ("据报道，京东正在搭建自己的 GPU 万卡集群。", 10000, "planned"),
    ("百度已建成三万卡集群。", 30000, "operational"),
    ("阿里云计划明年建设十万卡集群。", 100000, "planned"),
])
def test_clusters_sized_in_cards(text, count, status):
    [fact] = extract_facts(text, "zh")["gpus"]
    assert (fact["count"], fact["chip"], fact["status"]) == (count, "GPU", status)


def test_cards_with_no_owner_are_no_fact():
    assert extract_facts("建设一个万卡集群通常需要百亿元级别的投入。", "zh")["gpus"] == []


@pytest.mark.parametrize("text", [
    "月之暗面完成10亿美元融资。今年上半年大模型领域共发生 120 起融资事件，融资金额高达 350 亿元。",
    "Cohere raised $500 million. Robotics startups raised $7 billion across 120 deals this year.",
])
def test_a_sectors_deals_are_no_labs_round(text):
    lang = "en" if text.isascii() else "zh"
    assert len(funding(text, lang)) == 1


@pytest.mark.parametrize(("text", "lang"), [
    ("Mistral宣布完成20亿欧元融资。如果上市计划推迟，英伟达可将其出资下调至5亿欧元。", "zh"),
    ("Mistral raised €2 billion. Nvidia could cut its investment to €500 million if the listing slips.",
     "en"),
])
def test_a_sum_cut_down_to_is_no_new_round(text, lang):
    assert [amount for _, amount, *_ in funding(text, lang)] == [2e9]


# --- capex in other words, training that cost, equity beside debt, product lines -----------

def costs(text: str, lang: str) -> list[tuple]:
    return [(c["subject"], c["amount"], c["period"]) for c in extract_facts(text, lang)["costs"]]


@pytest.mark.parametrize(("text", "lang"), [
    ("Google said it expects capital expenditure of about $90 billion in 2026. That compares "
     "with about $52 billion spent on property and equipment in 2025.", "en"),
    ("谷歌预计2026年资本支出约为900亿美元。财报显示，公司2025年用于购置物业和设备的支出约为520亿美元。",
     "zh"),
])
def test_property_and_equipment_is_capex_of_the_company_spoken_of(text, lang):
    assert costs(text, lang) == [("Google", 9e10, "year"), ("Google", 5.2e10, "year")]


def test_what_training_took_is_a_cost():
    assert costs("Anthropic训练Claude 3花了约5000万美元。", "zh") == [("Anthropic", 5e7, "one-off")]


def test_spending_on_a_car_is_no_compute_cost():
    assert costs("他花了100万元买了一辆车。", "zh") == []


def test_equity_in_its_own_clause_beside_a_debt_raise():
    text = "Mistral完成了20亿欧元债务融资，包括定期贷款，同时该公司另获10亿欧元战略股权投资。"
    assert [(lab, amount, rnd) for lab, amount, _, rnd, _, _ in funding(text)] == [
        ("Mistral AI", 1e9, "Strategic")]


def test_a_product_line_between_count_and_chip():
    assert gpus("Microsoft will deploy 40,000 AMD Instinct MI355X accelerators next year.") == [
        ("Microsoft", 40000, "MI355X", None)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Reka closed a $25 million seed round in March; in November it completed a Series A at a "
     "valuation of about $300 million.", "en"),
    ("Reka 于 3 月完成 2500 万美元种子轮；同年 11 月又完成 A 轮融资，估值约 3 亿美元。", "zh"),
])
def test_a_later_round_known_by_its_valuation_in_the_same_sentence(text, lang):
    got = [(f["amount"], f["round"], f["valuation"]) for f in extract_facts(text, lang)["funding"]]
    assert got == [(25e6, "Seed", None), (None, "Series A", 3e8)]


def test_a_valuation_in_the_rounds_own_clause_stays_with_it():
    got = [(f["amount"], f["round"], f["valuation"])
           for f in extract_facts("智谱完成10亿元B轮融资，投后估值达到200亿元。", "zh")["funding"]]
    assert got == [(1e9, "Series B", 2e10)]


# --- the registry's newer organisations ----------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "lab"), [
    ("星海图宣布完成5亿元A轮融资。", "zh", "Galaxea AI"),
    ("星动纪元完成近5亿元A轮融资。", "zh", "RobotEra"),
    ("Helsing raised €450 million in a Series C.", "en", "Helsing"),
    ("Isomorphic Labs raised $600 million in its first outside round.", "en", "Isomorphic Labs"),
    ("Wayve has raised $1.05 billion in a Series C.", "en", "Wayve"),
])
def test_newer_labs_by_their_english_names(text, lang, lab):
    assert [got for got, *_ in funding(text, lang)] == [lab]


def test_the_kunlun_chip_is_a_chip_not_its_maker():
    [fact] = extract_facts("百度智能云点亮了由一万张昆仑芯 P800 组成的集群。", "zh")["gpus"]
    assert (fact["owner"], fact["count"]) == ("Baidu", 10000)


def test_a_campus_of_the_company_spoken_of():
    text = ("Microsoft said its AI data centres will grow. The biggest is in Wisconsin. Fairwater, "
            "a $3.3 billion campus that will house GB200 chips, is due to open in 2026.")
    assert [(c["subject"], c["amount"]) for c in extract_facts(text, "en")["costs"]] == [
        ("Microsoft", 3.3e9)]


# --- targets, unit sizes, adverbs before a valuation, syndicates, control stakes ----------

@pytest.mark.parametrize(("text", "lang"), [
    ("Cohere 刚完成 5 亿美元融资；公司表示这只是第一笔资金，整轮最终可能达到 10 亿美元。", "zh"),
    ("Cohere raised $500 million; the full round could eventually reach $1 billion.", "en"),
])
def test_what_the_whole_round_may_reach_is_no_second_round(text, lang):
    assert [amount for _, amount, *_ in funding(text, lang)] == [5e8]


def test_the_size_of_each_unit_is_no_count():
    text = "Anthropic 的模型在 4096 颗 TPUv5p 芯片上训练，这些芯片被划分为 4 个、每个 1024 颗的切片。"
    assert [count for _, count, _, _ in gpus(text, "zh")] == [4096]


def test_an_adverb_between_valuation_and_amount():
    text = "Reka 当时以超过 2000 万美元的种子轮起步，当时估值尚不足 1 亿美元。"
    [(lab, amount, _, rnd, _, _)] = funding(text)
    assert (lab, amount) == ("Reka", 2e7)
    assert extract_facts(text, "zh")["funding"][0]["valuation"] == 1e8


def test_a_syndicate_sentence_keeps_the_passage_on_its_lab():
    text = ("机器人初创公司 Tessellate 近日宣布完成 1 亿美元 A 轮融资。本轮由 Lux Capital 领投，"
            "英伟达、亚马逊和三星等科技巨头亦参与其中。这家成立仅一年的公司半年前才以 1500 万美元的"
            "种子轮起步。")
    assert [(lab, amount) for lab, amount, *_ in funding(text)] == [
        ("Tessellate", 1e8), ("Tessellate", 1.5e7)]


@pytest.mark.parametrize("text", [
    "xAI raised $6 billion in May. Later the beauty brand took a majority stake in a cosmetics "
    "company in a deal worth $600 million.",
    "xAI 5 月完成 60 亿美元融资。随后一家美妆集团以 30 亿元取得控股权，持有该公司 60% 股份。",
])
def test_a_control_stake_is_an_acquisition(text):
    lang = "en" if text.isascii() else "zh"
    assert [amount for _, amount, *_ in funding(text, lang)] == [6e9]


def test_a_registered_holdings_name_is_no_control_stake():
    assert [lab for lab, *_ in funding("月之暗面完成 10 亿美元融资，腾讯控股领投。")] == ["Moonshot AI"]


def test_light_year_by_its_chinese_name():
    assert [lab for lab, *_ in funding("光年之外完成新一轮约 2.3 亿美元融资，红杉中国参投。")] == [
        "Light Year"]


# --- builders, modifiers, pods, yardsticks, own systems, clouds as tools, other raisers ---

@pytest.mark.parametrize(("text", "owner"), [
    ("日本理化学研究所的新系统由HPE打造，配备2,000颗H100 GPU。", "RIKEN"),
    ("Supermicro delivered 5,000 H100 GPUs for xAI's cluster in Memphis.", "xAI"),
])
def test_a_system_builder_never_owns_the_chips(text, owner):
    # (HPE and Supermicro are vendors in the registry: they build, the operator owns)
    lang = "en" if text.isascii() else "zh"
    assert [o for o, *_ in gpus(text, lang)] == [owner]


def test_a_modifier_with_de_between_count_and_chip():
    assert gpus("微软的Eagle系统用了14400块联网的英伟达H100。", "zh") == [
        ("Microsoft", 14400, "H100", None)]


@pytest.mark.parametrize("text", [
    "谷歌称，最大的Pod可串接9,216颗TPU芯片，总算力达42.5 exaflops。",
    "Google said one Ironwood pod links up to 9,216 TPU chips.",
])
def test_what_a_pod_can_link_is_no_count(text):
    lang = "en" if text.isascii() else "zh"
    assert gpus(text, lang) == []


def test_a_model_named_as_yardstick_does_not_own_the_chips():
    text = "阿布扎比的TII用4096块A100训练新模型，训练算力约为Llama 2的四倍。"
    assert [o for o, *_ in gpus(text, "zh")] == ["Technology Innovation Institute"]


def test_a_chipmakers_own_system():
    assert gpus("同一榜单上，英伟达自家的Eos以4608块H100进入前十。", "zh") == [
        ("Nvidia", 4608, "H100", None)]


def test_a_cloud_used_as_a_tool_leaves_the_chips_to_the_passages_lab():
    text = ("阿布扎比技术创新研究院（TII）发布Falcon 180B。该模型借助亚马逊SageMaker同时调用多达4096块A100。"
            "较早的版本同样在亚马逊上完成训练，用了384块A100。")
    assert gpus(text, "zh") == [("Technology Innovation Institute", 4096, "A100", "Amazon"),
                                ("Technology Innovation Institute", 384, "A100", "Amazon")]


def test_a_named_company_that_raises_is_not_the_passages_lab():
    text = "DeepSeek trains on H800s. SpaceX raised $750 million at a $137 billion valuation."
    assert funding(text, "en") == []


def test_the_barcelona_supercomputing_center_owns_its_machine():
    text = "The Barcelona Supercomputing Center's MareNostrum 5 packs 4,480 H100s."
    assert [o for o, *_ in gpus(text)] == ["Barcelona Supercomputing Center"]


# --- people's origins, investor lists, ordinal rounds, led deals, valuation wording ---------

def test_where_founders_come_from_is_not_the_subject():
    text = ("法国AI明星公司H Company宣告重组。五位联合创始人中，来自谷歌DeepMind的三位离开。"
            "就在三个月前，这家总部位于巴黎的公司刚刚拿下2.2亿美元种子轮融资。")
    assert [(lab, amount, rnd) for lab, amount, _, rnd, _, _ in funding(text)] == [
        ("H Company", 2.2e8, "Seed")]


def test_a_clause_after_an_investor_list_is_no_investor():
    text = "HeyGen去年拿到由Conviction领投的560万美元，早期投资方包括红杉中国和真格基金，如今总部已迁至洛杉矶。"
    [(_, _, _, _, _, investors)] = funding(text)
    assert "如今总部已迁至洛杉矶" not in investors


def test_one_named_round_of_a_total_is_a_round():
    text = "2024年，World Labs完成两轮融资，合计约2.3亿美元；其中第二轮约1亿美元，估值已超过10亿美元。"
    assert [(amount, f["valuation"]) for amount, f in (
        (f["amount"], f) for f in extract_facts(text, "zh")["funding"])] == [(1e8, 1e9)]


def test_a_deal_led_by_an_investor_is_a_round():
    text = "At the start of 2024 Cohere had been valued at just $350 million, in a $21 million deal led by Founders Fund."
    [fact] = extract_facts(text, "en")["funding"]
    assert (fact["amount"], fact["valuation"], fact["investors"]) == (21e6, 3.5e8, ["Founders Fund"])


def test_a_deal_led_by_anyone_else_is_not():
    assert funding("Cohere signed a $21 million deal led by its sales team.", "en") == []


def test_a_post_money_figure_restated_after_a_pre_money_one_wins():
    text = ("Cohere has raised $500 million at a pre-money valuation of $6 billion, or $6.5 billion "
            "including the new cash.")
    [fact] = extract_facts(text, "en")["funding"]
    assert (fact["valuation"], fact["valuation_type"]) == (6.5e9, "post")


def test_a_post_money_mark():
    text = "The price is double the $10.2 billion post-money mark set when Founders Fund led a $400 million raise in Cohere."
    [fact] = extract_facts(text, "en")["funding"]
    assert (fact["amount"], fact["valuation"], fact["valuation_type"]) == (4e8, 1.02e10, "post")


def test_the_startup_is_the_one_the_passage_is_about():
    text = ("Cohere has raised $500 million. Cohere said the money will fund compute.\n"
            "That came weeks after Cohere bought the rest of Windsurf. At the start of 2024 the "
            "startup had raised $21 million in a seed round.")
    assert [lab for lab, *_ in funding(text, "en")] == ["Cohere", "Cohere"]


# --- refused offers, running totals of several investors, plans over years, word powers ---

@pytest.mark.parametrize(("text", "lang"), [
    ("据报道，英伟达向Mistral发出意向书，提出投资5亿美元，若交易达成，其估值将升至70亿美元，"
     "但该公司婉拒了这笔投资。", "zh"),
    ("Nvidia offered to invest $500 million in Mistral at a $7 billion valuation, but the "
     "company turned down the offer.", "en"),
])
def test_an_offer_turned_down_is_no_round(text, lang):
    assert funding(text, lang) == []


def test_what_several_investors_put_in_so_far_is_a_total():
    text = "包括Greylock和General Catalyst在内的投资人此前共向Adept投入4.14亿美元。"
    assert funding(text) == []


def test_a_plan_over_years_announced_is_spending():
    text = ("Last month Google said it would invest $15 billion over five years, from 2026 to 2030, "
            "in an AI hub in India, built around a one-gigawatt data-centre campus.")
    facts = extract_facts(text, "en")
    assert [(c["subject"], c["amount"]) for c in facts["costs"]] == [("Google", 1.5e10)]
    assert [(x["subject"], x["mw"]) for x in facts["power"]] == [("Google", 1000)]


def test_a_lab_receiving_money_over_years_is_still_funded():
    assert [lab for lab, *_ in funding(
        "Microsoft said it would invest $10 billion in OpenAI over five years.", "en")] == ["OpenAI"]
