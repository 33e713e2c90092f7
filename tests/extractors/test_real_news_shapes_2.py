"""More shapes from real news passages (session of 2026-11-29): a valuation's change, a round's
ceiling, an earlier round's price told in comparison, cash held, deals summed, a group's spending,
restated power, per-building capacity, older Nvidia chips. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _rounds(text):
    return [(f["lab"], f["amount"], f["valuation"]) for f in extract_facts(text)["funding"]]


def _costs(text):
    return [(f["subject"], f["amount"]) for f in extract_facts(text)["costs"]]


def _gpus(text):
    return [(f["owner"], f["count"], f["chip"]) for f in extract_facts(text)["gpus"]]


def _power(text):
    return [f["mw"] for f in extract_facts(text)["power"]]


# --- funding: a change of a figure, a ceiling, an earlier price

@pytest.mark.parametrize("verb", ["grew by", "jumped by", "rose by", "increased by"])
def test_a_valuation_that_grew_by_a_sum_is_no_round(verb):
    text = f"Pika closed a $80 million Series B last spring. Since then its valuation {verb} $400 million."
    assert _rounds(text) == [("Pika", 80e6, None)]


@pytest.mark.parametrize("tail", [
    "the first tranche of what could become a $2 billion mega-round",
    "a first close of a raise that may grow to $2 billion in funding",
])
def test_what_a_round_may_become_is_no_money_raised(tail):
    text = f"Cohere raised $500 million, {tail}."
    assert _rounds(text) == [("Cohere", 500e6, None)]


def test_a_founder_targeting_a_sum_in_funding_has_not_raised_it():
    text = "Reka raised $110 million in May. Its chief executive said he's targeting up to $1 billion in total funding."
    assert _rounds(text) == [("Reka", 110e6, None)]


def test_a_deals_ceiling_told_with_could_expand_to_stays_a_cost():
    text = ("Microsoft signed a contract with Nebius for GPU capacity worth $17.4 billion over five years, "
            "and it could expand to $19.4 billion.")
    assert {a for _, a in _costs(text)} >= {17.4e9}


def test_an_earlier_series_valuation_named_with_its_round_is_a_valuation():
    text = ("Cohere closed a $500 million Series D at a $5.5 billion valuation, up from a $2.2 billion "
            "Series C valuation in 2023.")
    assert _rounds(text) == [("Cohere", 500e6, 5.5e9), ("Cohere", None, 2.2e9)]


@pytest.mark.parametrize("verb", ["暴增到", "飙升至", "大增至"])
def test_a_chinese_valuation_that_soars_to_a_figure_is_the_rounds(verb):
    text = f"智谱今年 3 月融得 10 亿元，使估值{verb} 200 亿元，远高于去年 6 月的 100 亿元。"
    assert _rounds(text) == [("Zhipu AI", 1e9, 20e9), ("Zhipu AI", None, 10e9)]


def test_a_comma_after_the_chinese_valuation_word_keeps_the_valuation():
    text = "阶跃星辰宣布完成 5 亿美元 B 轮融资。这笔资金让公司的估值，一举升至 30 亿美元。"
    assert _rounds(text) == [("StepFun", 500e6, 3e9)]


def test_another_companys_valuation_in_a_comparison_is_not_the_labs():
    text = "月之暗面完成 10 亿美元融资，估值提升至 100 亿美元，但仍远低于 OpenAI 的 3000 亿美元估值。"
    assert _rounds(text) == [("Moonshot AI", 1e9, 10e9)]


def test_money_spent_to_take_a_startups_assets_is_no_round():
    text = "据报道，英伟达将斥资 90 亿美元取得该芯片新创公司 Cerebras 的核心资产。"
    assert _rounds(text) == []


@pytest.mark.parametrize("text", [
    "英伟达向 Nscale 投资 5 亿美元。此次合作是英美联合投资 200 亿英镑计划的一部分。",
    "Nvidia invested $500 million in Nscale. The deal is part of a £20 billion investment plan for Britain.",
])
def test_a_programme_the_deal_belongs_to_is_no_round(text):
    assert _rounds(text) == [("Nscale", 500e6, None)]


# --- costs

@pytest.mark.parametrize("tail", ["in reserve", "in cash", "of cash on hand"])
def test_cash_a_company_holds_is_no_cost(tail):
    text = f"Heavy GPU rental costs drained Inflection's coffers, leaving it with just $9 million {tail} by June."
    assert _costs(text) == []


def test_contracts_summed_with_earlier_deals_are_no_new_cost():
    text = ("IREN signed a $3.2 billion GPU cloud contract with Microsoft. Total AI cloud contracts now "
            "reach $6.1 billion including previous deals with Anthropic.")
    assert [a for _, a in _costs(text)] == [3.2e9]


def test_a_sum_that_sizes_a_company_is_no_cost():
    text = "SoftBank, the group behind the $90 billion chipmaker Arm, has spent $4 billion on GPUs for its data centres."
    assert [a for _, a in _costs(text)] == [4e9]


def test_a_sum_before_the_company_noun_phrase_is_still_a_cost():
    text = "Meta expects capital spending of $70 billion this year, up from the $39 billion the company spent in 2024."
    assert {a for _, a in _costs(text)} == {70e9, 39e9}


def test_a_groups_spending_with_no_member_named_is_no_ones_cost():
    text = ("Groq raised $640 million last year. As Big Tech companies race toward $500 billion in AI "
            "infrastructure spending this year, chip startups keep raising.")
    assert _costs(text) == []


def test_a_named_members_spending_stays_beside_a_group_word():
    text = "Microsoft, the largest of the hyperscalers, will spend $80 billion on AI data centres this year."
    assert [a for _, a in _costs(text)] == [80e9]


@pytest.mark.parametrize("text", [
    "特斯拉表示，该季度受库存增加 30 亿美元和 AI 基础设施资本支出 12 亿美元的影响，自由现金流为负。",
    "摩尔线程称，截至 9 月，其在手销售订单约 15 亿元；AI 基础设施资本支出 12 亿美元。",
])
def test_inventory_and_an_order_book_are_no_spending(text):
    assert 3e9 not in [a for _, a in _costs(text)] and 1.5e9 not in [a for _, a in _costs(text)]


def test_a_price_per_set_is_a_unit_price():
    text = "中国电信广东公司以 2 亿元中标算力平台项目，华为的存储设备以单套 5000 万元的价格成为核心标的。"
    assert 5e7 not in [a for _, a in _costs(text)]


def test_operating_spending_and_hiring_are_no_compute():
    text = ("微软计划未来四年在阿联酋的云与 AI 基础设施上资本支出超 50 亿美元，另外还会投入约 20 亿美元"
            "用于运营开支和本地招聘。")
    assert [a for _, a in _costs(text)] == [5e9]


def test_an_acquisition_of_servers_is_compute_bought():
    text = "Apple is planning a $2 billion acquisition of Nvidia's AI servers for its own data centres."
    assert _costs(text) == [("Apple", 2e9)]


# --- GPUs

def test_nvidias_tesla_line_is_a_chip_not_the_carmaker():
    text = ("Preferred Networks built its first supercomputer in 2017. The system featured 1,024 Nvidia "
            "Tesla P100 GPUs; in 2018 PFN added 512 Tesla V100 GPUs.")
    assert _gpus(text) == [("Preferred Networks", 1024, "P100"), ("Preferred Networks", 512, "V100")]


def test_tesla_the_carmaker_still_owns_its_chips():
    assert _gpus("Tesla will bring 50,000 H100 GPUs online at Giga Texas.") == [("Tesla", 50000, "H100")]


def test_what_each_building_can_host_is_no_fleet():
    text = ("Lancium plans six halls in Texas, each capable of hosting 40,000 of Nvidia's Blackwell GPUs; "
            "the campus will hold 240,000 GPUs once complete.")
    assert [c for _, c, _ in _gpus(text)] == [240000]


def test_a_site_that_will_house_chips_has_them_planned():
    text = "特斯拉表示，德州超级工厂的新厂区将很快“容纳 3 万个 H100”，用于训练自动驾驶模型。"
    assert _gpus(text) == [("Tesla", 30000, "H100")]


def test_what_a_product_can_hold_is_still_no_count():
    assert _gpus("华为表示，其超节点可容纳 8192 颗昇腾芯片。") == []


# --- power

def test_a_figure_in_brackets_after_another_restates_it():
    text = ("The leases cover over 150 megawatts of critical IT load (around 200 MW gross capacity) at "
            "Cipher's Barber Lake data center for Fluidstack.")
    assert _power(text) == [150]


def test_two_figures_of_two_sites_both_stay():
    text = "xAI's Colossus 2 will draw 1 GW of power, and its Memphis site will add 300 MW (for a second hall)."
    assert _power(text) == [1000, 300]


# --- second batch: needs, shipments, slices, chips named twice, introductions by deployment

def test_a_need_told_as_a_hypothesis_is_no_fleet():
    text = "Analysts said at the time that Gemini would require more than 20,000 GPUs to serve at scale."
    assert _gpus(text) == []


def test_chips_a_market_took_in_the_passive_are_no_ones_fleet():
    text = "OpenAI trains on Azure. Last year, over 2.5 million GPUs were shipped to data centers worldwide."
    assert _gpus(text) == []


def test_a_slice_size_after_a_multiplication_sign_is_no_fleet():
    text = "Anthropic trained the model on 4,096 TPU v5p chips arranged as 4 × 1,024 chip slices."
    assert [c for _, c, _ in _gpus(text)] == [4096]


def test_grace_blackwell_followed_by_gb300_is_the_gb300():
    text = "The campus will house 20,000 Nvidia Grace Blackwell GB300 GPUs for Mistral AI."
    assert _gpus(text) == [("Mistral AI", 20000, "GB300")]


def test_a_company_introduced_by_what_it_deploys_owns_the_chips():
    text = ("Nvidia lets clouds resell capacity. Koala Compute, a Dutch AI cloud provider, is deploying up to "
            "12,000 Nvidia GB300 GPUs under a five-year contract.")
    assert [(o, c) for o, c, _ in _gpus(text)] == [("Koala Compute", 12000)]


def test_a_site_intended_to_eventually_hold_chips_has_them_planned():
    text = ("Firmus is building a 200-megawatt AI factory in Tasmania, intended to eventually accommodate up to "
            "90,000 GPUs.")
    assert [(o, c) for o, c, _ in _gpus(text)] == [("Firmus", 90000)]


def test_what_a_project_represents_as_an_investment_is_no_round():
    text = "Crusoe said the power plants alone represent an investment of about $5 billion."
    assert _rounds(text) == []


def test_a_power_figure_compared_against_is_no_site():
    text = ("Crusoe's AI data center campus will use up to 2.1 gigawatts of power. That figure surpasses the 1.2 gigawatts "
            "the company announced in March.")
    assert _power(text) == [2100]


# --- third batch: "-plus" amounts, "followed by", a whole raised out of, valuations moved

def test_a_plus_amount_keeps_its_figure_and_hedge():
    facts = extract_facts("Tencent joined a US$400-plus million round that Chinese AI startup MiniMax just closed.")
    assert [(f["lab"], f["amount"], f["qualifier"]) for f in facts["funding"]] == [("MiniMax", 400e6, "over")]


def test_a_second_amount_followed_by_is_another_round():
    text = "Cursor, which raised $60 million early this year followed by a whopping $900 million in June."
    assert _rounds(text) == [("Anysphere", 60e6, None), ("Anysphere", 900e6, None)]


def test_a_part_raised_out_of_a_planned_whole_is_the_round():
    text = "Rebellions only secured 50 billion won out of the 120 billion won planned for its Series B round."
    assert [(lab, a) for lab, a, _ in _rounds(text)] == [("Rebellions", 50e9)]


def test_a_valuation_that_already_reached_a_figure_and_the_earlier_one():
    text = ("Zhipu AI closed a Series B2 round. The start-up's valuation already reached US$2 billion by "
            "October, up from US$800 million in June, after completing its Series B3 funding round.")
    assert sorted(v for _, _, v in _rounds(text)) == [800e6, 2e9]


def test_a_deal_that_would_double_that_valuation_is_another_round_in_talks():
    text = ("Harvey raised $100 million in July at a $1.5 billion valuation. A month later, the company is in "
            "talks for another venture deal that would almost double that valuation to $3 billion.")
    facts = extract_facts(text)["funding"]
    assert [(f["amount"], f["valuation"], f["status"]) for f in facts] == [(100e6, 1.5e9, "closed"), (None, 3e9, "talks")]


def test_a_price_tag_in_funding_talks_is_a_valuation_not_a_cost():
    text = "Mistral AI undertook funding talks with a price tag of $14bn last month."
    assert _costs(text) == [] and _rounds(text) == [("Mistral AI", None, 14e9)]


def test_an_extension_that_adds_a_further_sum_is_the_rounds():
    text = "Figure announced a $70 million Series A last year. The new extension adds a further $90 million."
    assert [a for _, a, _ in _rounds(text)] == [70e6, 90e6]


def test_money_raised_to_build_models_is_no_compute_cost():
    text = "Black Forest Labs secures $200M to build open image models, challenging the giants."
    assert _costs(text) == []


def test_money_to_build_data_centres_for_models_stays_a_cost():
    assert _costs("xAI will spend $12 billion to build data centers for its models.") == [("xAI", 12e9)]


# --- fourth batch (simplified and traditional Chinese)

def test_a_name_list_before_participate_is_no_clause():
    text = "Mistral本轮计划募集20亿欧元资金，这将使其深度参与欧洲的AI建设。"
    assert [f["investors"] for f in extract_facts(text)["funding"]] == [[]]


def test_a_round_in_talks_before_a_takeover_keeps_its_valuation():
    text = "Meta已完成对AI应用Manus的收购。收购前，Manus正以30亿美元的估值进行新一轮融资。"
    facts = extract_facts(text)["funding"]
    assert [(f["lab"], f["valuation"], f["status"]) for f in facts] == [("Manus", 3e9, "talks")]


def test_money_raised_since_an_event_is_a_running_total():
    text = "自 2023 年初推出产品以来，月之暗面已从投资者那里募集了超过 40 亿美元。"
    assert _rounds(text) == []


def test_an_earlier_rounds_price_in_a_comparison_with_a_time_between():
    text = "智谱以 800 亿元估值完成新一轮融资，较去年 10 月最近一轮融资时的 400 亿元大幅跃升。"
    assert sorted(v for _, _, v in _rounds(text)) == [40e9, 80e9]


def test_a_range_with_both_bounds_in_currency_is_one_cost():
    text = "DeepSeek-V3 的训练成本可能在 500 万美元到 560 万美元之间。"
    assert [a for _, a in _costs(text)] == [5e6]


def test_chillers_cooling_capacity_is_no_site_power():
    text = "xAI 的 Colossus 2 集群初期功率达 1 吉瓦，部署了 100 台冷水机组，冷却能力达 150 兆瓦。"
    assert _power(text) == [1000]


def test_a_count_told_by_its_scale_word_alone():
    text = "OpenAI 首席执行官透露，公司计划在年底前部署百万颗 GPU。"
    assert [(o, c) for o, c, _ in _gpus(text)] == [("OpenAI", 1_000_000)]


def test_several_million_is_still_vague():
    assert _gpus("英伟达今年将为 xAI 提供数百万颗 GPU。") == []


def test_a_round_told_as_an_earlier_one_in_a_comparison_is_at_the_later_price():
    text = "Figure AI 正以 80 亿美元估值洽谈新一轮融资，这次估值较去年 5 月 6 亿美元融资后的 26 亿美元翻了三倍。"
    facts = extract_facts(text)["funding"]
    assert sorted((f["amount"] or 0, f["valuation"]) for f in facts) == [(0, 8e9), (6e8, 2.6e9)]


def test_a_record_lab_named_before_its_amount_is_that_labs():
    text = ("Anthropic 宣布完成 200 亿美元融资。这是今年最大的融资交易，仅次于竞争对手 OpenAI 在 2025 年的 "
            "400 亿美元。")
    assert [(lab, a) for lab, a, _ in _rounds(text)] == [("Anthropic", 20e9), ("OpenAI", 40e9)]


def test_a_sellers_booked_contract_revenue_is_no_cost():
    text = "甲骨文透露其未来合同收入增加了 2000 亿美元，公司当季与三家客户签署了协议。"
    assert _costs(text) == []


def test_chips_linked_already_that_help_a_lab_train_are_the_labs():
    text = ("目前已启用的 Trainium 芯片多数由 Anthropic 使用。AWS 今年宣布，已串联超过 40 万颗此类芯片协助"
            "这家 AI 新创训练最新模型。")
    assert [(o, c) for o, c, _ in _gpus(text)] == [("Anthropic", 400000)]


# --- fifth batch: local dollars, projects' investments, split prices

def test_a_bare_yuan_in_a_taipei_report_is_the_new_taiwan_dollar():
    text = "〔記者／台北報導〕鴻海將以不超過 300 億元的價格採購 AI 伺服器，以建置超算中心。"
    assert [(f["amount"], f["currency"]) for f in extract_facts(text)["costs"]] == [(30e9, "TWD")]


def test_a_bare_yuan_in_a_hong_kong_government_report_is_the_hong_kong_dollar():
    from extractors.folding import fold
    from extractors.money import find_money

    folded = fold("港府今日公布沙嶺數據園區用地招標結果，中標公司首三年投資規模為 200 億元。內地公司須以人民幣 50 億元擔保。")
    assert [(m.amount, m.currency) for m in find_money(folded, "zh")] == [(20e9, "HKD"), (5e9, "CNY")]


def test_a_mainland_company_in_a_taiwan_report_keeps_the_yuan():
    text = "〔記者／台北報導〕阿里巴巴宣布未來三年投入 3800 億元建設雲端和 AI 基礎設施。"
    assert [(f["amount"], f["currency"]) for f in extract_facts(text)["costs"]] == [(380e9, "CNY")]


def test_a_data_centre_representing_an_investment_is_its_cost():
    text = "xAI said it is locating a new data center in Memphis, representing a corporate investment of over $15 billion."
    assert _rounds(text) == [] and _costs(text) == [("xAI", 15e9)]


def test_a_split_priced_round_has_one_amount():
    text = ("Baseten raised a $1.5 billion Series F at up to $13 billion. The round was split-priced: some "
            "investors bought in at the $13 billion mark, others at $11 billion.")
    assert [a for _, a, _ in _rounds(text)] == [1.5e9]


def test_a_ticker_and_a_gloss_in_brackets_between_count_and_chip():
    text = "甲骨文宣布，旗下雲端部門將自 2026 年起部署 3 萬片超微 (AMD-US) 人工智慧 (AI) 圖形處理器 (GPU)。"
    assert _gpus(text) == [("Oracle", 30000, "GPU")]


def test_a_kind_of_cluster_spoken_of_in_general_is_no_fleet():
    text = "小米正在搭建自己的 GPU 萬卡集群。建設萬卡集群是個百億元成本的投入，但其是訓練大模型的必要條件。"
    assert [(o, c) for o, c, _ in _gpus(text)] == [("Xiaomi", 10000)]


# --- sixth batch: listed Chinese companies, servers of a series, an investment told after its site

def test_a_listed_company_named_with_its_stock_code_buys_servers():
    text = ("协创数据(300857.SZ)公告称，公司拟向多家供应商采购服务器，采购合同总金额预计不超过人民币 80 亿元，"
            "主要用于为客户提供云算力服务。")
    assert _costs(text) == [("协创数据", 8e9)]


def test_a_word_before_a_listed_name_is_not_part_of_it():
    text = "继海南华铁（603300.SH）披露 30 亿元算力租赁大单后，公司股价上涨。"
    assert [s for s, _ in _costs(text)] in ([], ["海南华铁"])


def test_a_company_named_in_full_then_by_its_short_name():
    text = ("杭州莲花科技创新有限公司（以下简称“莲花科创”）与供应商签订 GPU 服务器采购合同，合同金额为 5 亿元。"
            "莲花科创表示，服务器将用于算力租赁。")
    assert _costs(text) == [("莲花科创", 5e8)]


def test_servers_of_a_gpu_series_are_no_chip_count():
    text = "莲花健康(600186)与新华三签订 300 台 GPU 系列服务器采购合同，另购入 800 块 GPU 显卡。"
    assert [c for _, c, _ in _gpus(text)] == [800]


def test_quotas_summed_over_announcements_are_no_new_cost():
    text = "2025 年，协创数据(300857.SZ)接连发布五次采购公告，累计拟用于采购高算力服务器的额度达 200 亿元。"
    assert _costs(text) == []


def test_an_investment_told_after_its_data_centre_is_a_cost():
    text = ("The 1-GW hyperscale Google data centre will anchor the state's AI hub. Google's investment of about "
            "$12 billion over five years will create 5,000 direct jobs.")
    assert _costs(text) == [("Google", 12e9)]


# --- seventh batch: startups introduced in roundups and by the round's preposition

def test_a_round_for_a_startup_named_with_an_apposition_is_its_round():
    text = ("Nvidia wrote the largest check in a $120 million seed round for Lumen Neuro, a brain-computer "
            "interface startup co-founded by two of its engineers. The investment values the company at $600 million.")
    assert _rounds(text) == [("Lumen Neuro", 120e6, 600e6)]


@pytest.mark.parametrize("place", ["Ireland", "Sweden", "Germany"])
def test_a_places_company_that_raised_is_a_startup(place):
    text = f"Lovable fetched $200 million in July, and {place}'s Korvalo raised $85 million in February for its AI agents."
    assert ("Korvalo", 85e6, None) in _rounds(text)


def test_a_founders_company_that_raised_is_not_the_founders_other_lab():
    text = "While Elon Musk's Neuralink raised $600 million at an $8 billion valuation, others pursue alternatives."
    assert _rounds(text) == [("Neuralink", 600e6, 8e9)]


def test_a_company_called_by_name_raises_its_round():
    text = "The biggest story centers on a company called Nuvo. They just pulled in $180 million. For a seed round."
    assert _rounds(text) == [("Nuvo", 180e6, None)]


def test_a_facility_turned_into_an_ai_factory_with_an_investment_is_a_cost():
    text = "Lambda is converting an empty warehouse in Dallas into an AI Factory with an initial $400 million investment."
    assert _rounds(text) == [] and _costs(text) == [("Lambda", 4e8)]


def test_an_investment_from_an_investor_stays_a_round():
    text = "Lambda closed its Series D with a $400 million investment from Nvidia."
    assert [(lab, a) for lab, a, _ in _rounds(text)] == [("Lambda", 4e8)]


def test_taxes_a_project_pays_are_no_round():
    text = "Nebius projects that its investment will generate an estimated $500 million in tax payments for schools."
    assert _rounds(text) == []


def test_a_round_that_would_push_the_valuation_past_a_figure():
    text = "Skild AI is discussing a new round of about $500 million that would push its valuation past $14 billion."
    assert _rounds(text) == [("Skild AI", 500e6, 14e9)]


def test_money_an_investor_raised_for_its_fund_is_no_labs_round():
    text = ("Mistral backer General Catalyst raised a whopping $6bn for its 11th fund. The fund will be split: "
            "$3.5bn for VC investments, $2.5bn for growth.")
    assert _rounds(text) == []


def test_a_suspended_round_is_no_round():
    text = "AI coding startup Cursor has abruptly suspended its own $2B funding round to enter acquisition talks."
    assert _rounds(text) == []


@pytest.mark.parametrize("text", [
    "智谱和月之暗面各完成 5 亿元融资。",
    "智谱、月之暗面前后脚宣布完成近 5 亿元融资。",
    "Zhipu AI and Moonshot AI each raised CNY 500 million.",
])
def test_one_sum_told_for_each_lab_of_a_list_is_a_round_of_each(text):
    assert sorted(lab for lab, _, _ in _rounds(text)) == ["Moonshot AI", "Zhipu AI"]


def test_investors_listed_with_each_do_not_become_labs():
    text = "Microsoft and Nvidia each invested $5 billion in Anthropic."
    assert [lab for lab, _, _ in _rounds(text)] == ["Anthropic"]


def test_a_lettered_rounds_total_told_after_it_is_its_size():
    text = "腾讯首次投资燧原科技是在 2018 年 8 月的 Pre-A 轮融资中，总额 3.4 亿元，腾讯领投。"
    assert _rounds(text) == [("Enflame", 3.4e8, None)]


def test_a_post_money_valuation_that_shot_up_to_a_figure():
    text = "美国公司 Figure AI 刚拿到 10 亿美元融资，投后估值直接飙到 390 亿美元。"
    assert _rounds(text) == [("Figure AI", 1e9, 39e9)]


def test_a_seller_signing_a_deal_with_a_buyer_worth_a_sum_is_the_buyers_cost():
    text = "Nebius signed a deal with Meta worth up to $25 billion. IREN landed a $9 billion contract with Microsoft."
    assert sorted(a for _, a in _costs(text)) == [9e9, 25e9]


def test_a_deal_with_a_buyer_for_a_sum_told_by_the_seller_itself():
    text = ("Demand is off the charts at Nebius. Today we signed another major deal, this time with Meta for "
            "approximately $2 billion over the next 5 years.")
    assert _costs(text) == [("Meta", 2e9)]


def test_a_contract_expanded_by_a_sum_to_a_total_gives_both():
    text = "CoreWeave has expanded its OpenAI contract by $4B to $16B and signed two more AI labs."
    assert sorted(a for _, a in _costs(text)) == [4e9, 16e9]


def test_an_unknown_company_that_builds_an_ai_data_centre_has_its_power():
    assert _power("Reliance will build a 1 GW AI data center in Vapi, Gujarat.") == [1000]
    assert _power("Meanwhile, Kestrel Data inaugurated its first AI data center campus with 40 MW of capacity.") == [40]


def test_a_company_that_plans_to_build_a_data_centre_has_its_power():
    text = ("In addition, Kappa Group acquired a site in the Kitakyushu Science Park in 2023, and plans to invest "
            "100 billion yen to build a data center with a total power receiving capacity of 80,000 kilowatts.")
    facts = extract_facts(text)["power"]
    assert [(f["subject"], f["mw"]) for f in facts] == [("Kappa Group", 80)]


def test_platforms_of_a_chip_are_racks_not_chips():
    assert _gpus("到 2026 年上半年，鴻海將打造 120 個輝達 GB300 平台核心的資料中心。") == []


@pytest.mark.parametrize("verb", ["secured", "landed", "bagged"])
def test_a_startup_that_secured_a_sum_raised_it(verb):
    text = f"London's Nscale {verb} €800 million in September for its AI cloud platform."
    assert _rounds(text) == [("Nscale", 800e6, None)]


@pytest.mark.parametrize("text", [
    "Cipher Mining secured a $5.5 billion, 15-year lease with Amazon Web Services.",
    "CoreWeave secured $2 billion in debt financing from Blackstone.",
    "IREN landed a $9.7 billion contract with Microsoft.",
])
def test_a_lease_a_loan_or_a_contract_secured_is_no_round(text):
    assert _rounds(text) == []


@pytest.mark.parametrize("text, subject", [
    ("The IndiaAI Mission will spend $1.1 billion on 16,000 GPUs.", "IndiaAI Mission"),
    ("The British government had set aside a $100 million budget for GPUs.", "UK government"),
])
def test_a_state_bodys_compute_budget_is_compute_spending(text, subject):
    assert [s for s, _ in _costs(text)] == [subject]


def test_a_company_that_answers_a_governments_call_spends_itself():
    text = "微軟為回應日本政府增進 AI 運算能力的努力，將於 2025 年以前投資 29 億美元建置日本數據中心。"
    assert [s for s, _ in _costs(text)] == ["Microsoft"]


def test_money_secured_to_expand_a_data_centre_is_a_cost():
    text = "OpenAI secures $9B to expand its Texas data center to 300,000 Nvidia GPUs."
    assert _rounds(text) == [] and _costs(text) == [("OpenAI", 9e9)]


def test_a_companys_valuation_pushed_past_a_figure_is_no_cost():
    text = ("Microsoft reported a record $30 billion in capital expenditures. The market rewarded this spending by "
            "pushing Microsoft's valuation past the $3 trillion mark.")
    assert [a for _, a in _costs(text)] == [30e9]


def test_a_baseline_spent_the_quarter_before_and_the_years_infrastructure_investment():
    text = ("Microsoft reported a record $30 billion in capital expenditures for the quarter. This represents a "
            "massive escalation from the $22 billion spent in the previous quarter. For the full calendar year, "
            "total infrastructure investment is tracking toward $85 billion.")
    assert sorted(a for _, a in _costs(text)) == [22e9, 30e9, 85e9]


def test_a_capital_investment_in_a_round_stays_a_round():
    assert _rounds("Mistral AI closed its Series C with a capital investment of €1.3 billion from ASML.") == [
        ("Mistral AI", 1.3e9, None)]


def test_an_expenditure_with_a_cloud_is_compute_spending():
    text = "Current contracts show OpenAI's Microsoft expenditure increasing from $11 billion this year to $25 billion in 2028."
    assert 11e9 in [a for _, a in _costs(text)]


def test_a_chip_order_for_a_lab_is_its_cost():
    text = ("Broadcom said it secured a $9 billion order in the previous quarter to supply Google's latest TPUs to "
            "Anthropic.")
    assert [a for _, a in _costs(text)] == [9e9]


def test_money_put_into_a_whole_sector_is_no_labs_round():
    text = "过去 6 个月，大公司联合风险投资机构向 AI 行业大概投出去了 20 亿美元，这些钱主要流向月之暗面和智谱。"
    assert _rounds(text) == []


def test_a_valuation_told_in_brackets_after_the_word():
    text = "MiniMax 上市首日市值达 1000 亿港元，是最后一轮融资时的估值（约 40 亿美元）的三倍有余。"
    assert [(lab, a, v) for lab, a, v in _rounds(text)] == [("MiniMax", None, 4e9)]


def test_a_places_conglomerate_is_no_ai_startup():
    assert _rounds("Japan's Toyota raised $5 billion to fund robotaxi research.") == []


def test_a_countrys_nuclear_capacity_is_no_site():
    text = "微软数据中心将使用该厂电力。能源部长强调，目标到本世纪中叶将核电产能提升为原先的四倍，从目前 100 吉瓦增至 400 吉瓦。"
    assert _power(text) == []


def test_a_plant_built_for_a_data_centre_keeps_its_capacity():
    text = "xAI 配套建设的天然气电厂将安装 41 台涡轮机组，总装机容量超 100 万千瓦，通过高压输电网络直连数据中心。"
    assert _power(text) == [1000]


def test_a_billion_each_is_per_country_not_a_unit_price():
    text = ("AWS plans to spend $9 billion to build cloud capacity in Singapore and more than $4 billion each in "
            "Mexico and Chile in the coming years.")
    assert sorted(a for _, a in _costs(text)) == [4e9, 9e9]


def test_a_rack_price_each_is_still_a_unit_price():
    assert _costs("Nvidia's GB200 racks cost about $3 million each.") == []
