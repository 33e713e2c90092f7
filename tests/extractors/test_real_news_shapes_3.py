"""Shapes from real news passages (session of 2026-11-29, second part): a figure's change told
from the old value to the new one, the next year's figure after a comma, a baseline told with
"from ... a year earlier". Every sentence is written for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def _costs(text):
    return [(f["subject"], f["amount"]) for f in extract_facts(text)["costs"]]


def _rounds(text):
    return [(f["lab"], f["amount"], f["valuation"]) for f in extract_facts(text)["funding"]]


# --- costs: the old and the new figure of a change

@pytest.mark.parametrize("verb", ["raised", "lifted", "increased", "revised"])
def test_a_forecast_changed_from_one_sum_to_another_gives_both_figures(verb):
    text = f"Oracle {verb} its 2026 capex forecast from $25 billion to $35 billion."
    assert _costs(text) == [("Oracle", 25e9), ("Oracle", 35e9)]


@pytest.mark.parametrize("words", ["range from", "could run anywhere from"])
def test_a_range_told_with_from_stays_one_range(words):
    text = f"Analysts say Oracle's capital expenditures {words} $25 billion to $35 billion this year."
    assert [a for _, a in _costs(text)] in ([], [25e9])


@pytest.mark.parametrize("text, expected", [
    ("腾讯预计今年资本开支将从 600 亿元提升至 800 亿元。", [("Tencent", 60e9), ("Tencent", 80e9)]),
    ("百度的资本支出从2023年112亿元增长至2025年的121亿元。", [("Baidu", 11.2e9), ("Baidu", 12.1e9)]),
    ("谷歌预计全年资本支出将从原先估计的 750 亿美元上调至 850 亿美元。", [("Google", 85e9)]),
])
def test_a_chinese_change_from_one_sum_to_another_keeps_the_new_figure(text, expected):
    assert _costs(text) == expected


@pytest.mark.parametrize("topic", ["营收", "估值", "用户付费收入"])
def test_a_change_of_a_figure_that_is_no_spending_gives_no_cost(topic):
    text = f"月之暗面的{topic}从 2024 年的 10 亿元增长至 2025 年的 30 亿元。"
    assert _costs(text) == []


def test_the_next_years_figure_after_a_comma_is_spending_too():
    text = "字节跳动资本支出在2024年增加到800亿元，同比增长150%，2025年进一步增至1500亿元。"
    assert _costs(text) == [("ByteDance", 80e9), ("ByteDance", 150e9)]


def test_the_next_years_figure_of_another_measure_is_not_spending():
    text = "字节跳动2024年资本支出为800亿元，2025年营收为9000亿元。"
    assert _costs(text) == [("ByteDance", 80e9)]


@pytest.mark.parametrize("tail", ["a year earlier", "in the same quarter last year", "in 2024"])
def test_a_baseline_from_a_sum_in_an_earlier_period_is_spending_too(tail):
    text = f"Alphabet's capital expenditures rose to $24 billion in the quarter from $13 billion {tail}."
    assert _costs(text) == [("Alphabet", 24e9), ("Alphabet", 13e9)]


def test_a_sum_from_a_bond_sale_is_no_baseline():
    text = "Meta spent $30 billion on data centers in the quarter, including $10 billion from a bond sale in 2024."
    assert ("Meta", 10e9) not in _costs(text)


def test_a_revenue_baseline_is_no_spending():
    text = "Alphabet's cloud revenue rose to $15 billion in the quarter from $11 billion a year earlier."
    assert _costs(text) == []


def test_a_round_that_grew_from_a_plan_is_not_two_costs():
    text = "Mistral upsized its Series C from €1 billion to €1.7 billion."
    assert _costs(text) == []


# --- costs: "the project" of a site named in the sentences before

@pytest.mark.parametrize("second", [
    "项目总投资 45 亿元，占地 300 亩。",
    "本项目规划占地约 300 亩，将分两期建设，总投资约 45 亿元。",
    "据悉，本项目位于高新区，总投资 45 亿元。",
])
def test_the_projects_investment_belongs_to_the_site_named_before(second):
    text = "昨日，青禾云谷智算中心项目举行开工仪式，当地多位领导出席。" + second
    facts = extract_facts(text)["costs"]
    assert [(f["subject"], f["amount"]) for f in facts] == [("青禾云谷智算中心", 4.5e9)]


def test_a_site_named_as_a_project_wins_over_a_site_named_later_in_passing():
    text = ("由某网络公司投资建设的青禾云谷数据中心项目二期近日开工，这也是该公司在西部数据中心集群的第三个项目。"
            "项目总投资 20 亿元。")
    assert [(f["subject"], f["amount"]) for f in extract_facts(text)["costs"]] == [("青禾云谷数据中心", 2e9)]


def test_a_projects_investment_with_no_site_named_before_gives_no_cost():
    text = "昨日，当地一批重点项目集中开工。项目总投资 45 亿元，涵盖道路和学校。"
    assert extract_facts(text)["costs"] == []


def test_a_clause_that_is_more_than_the_projects_investment_names_no_site():
    text = "昨日，青禾云谷智算中心项目举行开工仪式。全市今年重点项目总投资 800 亿元。"
    assert (800e8 not in [f["amount"] for f in extract_facts(text)["costs"]])


# --- costs: money committed to clouds; baselines and next years' figures

@pytest.mark.parametrize("tail", [
    "to CoreWeave over six years",
    "to companies like Nebius, CoreWeave and Lambda",
    "to partnerships with neocloud providers such as Nscale",
])
def test_money_committed_to_clouds_buys_compute(tail):
    assert _costs(f"Meta has committed $14 billion {tail}.") == [("Meta", 14e9)]


def test_money_committed_to_labs_is_no_cost():
    text = "Nvidia committed $2 billion to companies like Mistral AI and Cohere."
    assert _costs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("亚马逊2025年资本支出预计为1000亿美元,同比增幅超20%(2024年为830亿美元)。", [("Amazon", 100e9), ("Amazon", 83e9)]),
    ("谷歌今年资本开支达1800亿美元，创下新高、超越2025年的910亿美元。", [("Google", 180e9), ("Google", 91e9)]),
    ("OpenAI预估今年这些运算支出将达160亿美元，明年则会冲上400亿美元。", [("OpenAI", 16e9), ("OpenAI", 40e9)]),
])
def test_a_baseline_or_next_year_told_after_spending_is_spending_too(text, expected):
    assert _costs(text) == expected


@pytest.mark.parametrize("text", [
    "OpenAI今年的营收将达130亿美元，明年则会冲上300亿美元。",
    "谷歌今年营收达4000亿美元(2024年为3500亿美元)。",
])
def test_the_next_year_or_the_baseline_of_revenue_is_no_spending(text):
    assert _costs(text) == []


# --- costs: a big company's investment in a country, in a passage about compute sites

def test_investments_in_a_country_after_data_centre_news_are_spending():
    text = ("Malaysia approved four data centre projects for AI cloud services this year. Earlier, Alphabet "
            "announced a $2 billion investment in Malaysia, after Microsoft's announcement of a $2.2 billion "
            "investment in the country.")
    assert _costs(text) == [("Alphabet", 2e9), ("Microsoft", 2.2e9)]


def test_an_investment_in_a_country_told_with_its_data_centres_is_spending():
    assert _costs("Oracle will invest $6.5 billion in Malaysia to build AI data centers.") == [("Oracle", 6.5e9)]


def test_a_chinese_investment_in_a_country_after_a_data_centre_is_spending():
    assert _costs("谷歌在英国兴建新数据中心，决定向英国新增50亿英镑投资。") == [("Google", 5e9)]


@pytest.mark.parametrize("text", [
    "Microsoft will invest $3 billion in India, the company said.",
    "Nvidia will invest $500 million in Poland's AI startups.",
    "Alphabet announced a $2 billion investment in Malaysia for schools and hospitals.",
])
def test_an_investment_in_a_country_with_no_compute_site_is_no_cost(text):
    assert _costs(text) == []


def test_a_labs_round_from_a_company_in_a_country_is_no_site_cost():
    text = "Microsoft will build a data center in France and made a $2 billion investment in Mistral AI."
    assert ("Microsoft", 2e9) not in _costs(text)


# --- currencies of data-centre news in South-East Asia, Israel and elsewhere

@pytest.mark.parametrize("money, amount, currency", [
    ("126.8 billion baht", 126.8e9, "THB"),
    ("逾320亿泰铢", 32e9, "THB"),
    ("NIS 290 million", 290e6, "ILS"),
    ("₪500 million", 500e6, "ILS"),
    ("10 trillion rupiah", 10e12, "IDR"),
    ("2 billion zloty", 2e9, "PLN"),
])
def test_more_currencies_of_data_centre_news(money, amount, currency):
    text = f"Nebius will spend {money} on a new AI data center."
    facts = extract_facts(text)["costs"]
    assert [(f["amount"], f["currency"]) for f in facts] == [(amount, currency)]
    assert facts[0]["amount_usd"] > 0


# --- costs: compute supplied for a sum, commitments to a cloud, an addend, an aside, a lab's capex

def test_compute_a_cloud_provides_for_a_sum_is_the_buyers_spending():
    text = "Nebius announced an agreement with Meta to provide AI cloud capacity for about $3 billion through 2030."
    assert _costs(text) == [("Meta", 3e9)]


def test_compute_built_for_a_sum_is_spending():
    text = "OpenAI said it was committed to developing 30 gigawatts of computing resources for $1.4 trillion."
    assert _costs(text) == [("OpenAI", 1.4e12)]


def test_models_developed_for_a_sum_are_no_compute_spending():
    assert _costs("The startup is developing AI models for $6 million.") == []


def test_committing_a_sum_to_a_cloud_buys_compute():
    text = "Anthropic signed a deal committing roughly $200 billion to Google Cloud over five years."
    assert _costs(text) == [("Anthropic", 200e9)]


def test_an_earlier_deal_combined_with_a_new_one_is_no_total():
    text = ("Nebius agreed with Meta to provide AI cloud capacity for about $12 billion. Combined with a prior "
            "$3 billion arrangement, Meta's total commitment to Nebius now stands at $15 billion.")
    assert _costs(text) == [("Meta", 12e9), ("Meta", 3e9)]


def test_the_words_before_an_aside_say_what_the_sum_is():
    text = "Alphabet reported capital expenditures (including assets acquired under finance leases) of $24 billion."
    assert _costs(text) == [("Alphabet", 24e9)]


def test_a_compute_word_inside_an_aside_does_not_make_revenue_spending():
    text = "Alphabet reported revenue (including cloud services sold to governments) of $96 billion."
    assert _costs(text) == []


def test_a_labs_capex_told_after_its_results_is_its_spending():
    text = ("Meta generated $51.2 billion in revenue in the quarter. Capital expenditures more than doubled, "
            "rising from $9.2 billion in the year-ago quarter to $19.4 billion.")
    assert _costs(text) == [("Meta", 9.2e9), ("Meta", 19.4e9)]


# --- funding: valuations told with rarer verbs; another lab's valuation in a clause of its own

def _vals(text):
    return [(f["lab"], f["amount"], f["valuation"]) for f in extract_facts(text)["funding"]]


@pytest.mark.parametrize("verb", ["升抵", "上升到", "一口气增加逾一倍到", "膨胀到"])
def test_a_valuation_moved_by_a_rarer_verb_is_a_valuation(verb):
    text = f"月之暗面传出正洽谈新一轮融资，估值可能{verb}400亿美元。"
    assert _vals(text) == [("Moonshot AI", None, 40e9)]


def test_another_labs_valuation_in_a_clause_of_its_own_is_its_own():
    text = ("本月稍早，智谱筹得30亿元，使其估值膨胀到400亿元，而AI新创公司月之暗面传出正洽谈新的募资事宜，"
            "公司估值可能增加到800亿元以上。")
    assert sorted(_vals(text), key=str) == sorted([("Zhipu AI", 3e9, 40e9), ("Moonshot AI", None, 80e9)], key=str)


def test_a_lab_named_as_an_object_leaves_the_valuation_to_the_round():
    text = "智谱完成30亿元融资，超过了月之暗面，该公司估值达到200亿元。"
    assert _vals(text) == [("Zhipu AI", 3e9, 20e9)]


def test_money_invested_at_a_labs_compute_complex_is_spending():
    text = "xAI plans to invest more than $40 billion at its Colossus complex in Memphis."
    assert _costs(text) == [("xAI", 40e9)] and _vals(text) == []


def _rounds_status(text):
    return [(f["lab"], f["amount"], f["valuation"], f["status"]) for f in extract_facts(text)["funding"]]


def test_a_round_on_track_then_its_expected_total_is_one_round_in_talks():
    text = ("Paris-based Mistral AI is on track for a new funding round that would value the A.I. startup at "
            "12 billion euros ($14 billion), Bloomberg reports. The investment, expected to total around 2 billion "
            "euros ($2.3 billion), would solidify the company's position.")
    assert _rounds_status(text) == [("Mistral AI", 2e9, 12e9, "talks")]


def test_a_running_total_with_a_converted_sum_in_brackets_is_still_a_total():
    text = "Founded in 2023, Mistral has already raised some 1.1 billion euros ($1.3 billion) over the past two years."
    assert _rounds_status(text) == []


def test_a_closed_round_that_would_value_the_lab_stays_closed():
    text = "Anthropic has closed a $13 billion round that would value it at $183 billion after the money."
    assert _rounds_status(text) == [("Anthropic", 13e9, 183e9, "closed")]


# --- startups introduced by what they do; names the registry gained

def test_a_startup_introduced_by_what_it_develops_raises_its_round():
    text = ("Emerging players are also cashing in. Robotix, which develops AI for powering robots, landed a "
            "$1.4 billion Series C led by SoftBank, catapulting its valuation to $14 billion.")
    assert _vals(text) == [("Robotix", 1.4e9, 14e9)]


def test_a_company_introduced_by_what_it_makes_outside_ai_is_no_lab():
    assert _vals("Acme, which makes shoes for runners, raised $50 million.") == []


@pytest.mark.parametrize("text, lab", [
    ("Advanced Machine Intelligence is in talks to raise €500 million at a €3 billion valuation.", "AMI Labs"),
    ("曦智科技宣布完成15亿元C轮融资。", "Lightelligence"),
    ("灵宝CASBOT完成1亿元天使轮融资。", "CASBOT"),
])
def test_labs_the_registry_gained(text, lab):
    assert [f["lab"] for f in extract_facts(text)["funding"]] == [lab]


@pytest.mark.parametrize("text, expected", [
    ("Oracle's capital spending jumped from $28 billion last year to $40 billion this year.",
     [("Oracle", 28e9), ("Oracle", 40e9)]),
    ("Oracle's capex rose from $7 billion in fiscal 2024 to $21 billion in fiscal 2025.",
     [("Oracle", 7e9), ("Oracle", 21e9)]),
])
def test_a_change_with_the_old_figures_period_between_keeps_the_new_figure(text, expected):
    assert _costs(text) == expected


@pytest.mark.parametrize("text", [
    "CoreWeave will provide GPU capacity to Microsoft for about $10 billion over four years.",
    "Nebius agreed to provide Microsoft with dedicated GPU capacity for $10 billion.",
])
def test_who_is_supplied_with_compute_pays_for_it(text):
    assert _costs(text) == [("Microsoft", 10e9)]


def test_a_budget_for_people_is_no_compute_spending_in_either_figure():
    assert _costs("Meta expanded its budget for AI talent from $1 billion to $2 billion this year.") == []


def test_an_investment_told_after_a_lab_named_first_is_no_site_cost():
    text = ("The UAE's G42 has built significant GPU cluster capacity and partnered with Microsoft "
            "($1.5B investment) while developing independent capability.")
    assert _costs(text) == []


@pytest.mark.parametrize("text, n", [
    ("It was led by SoftBank, among others.Shield AI, an AI defense startup, raised $240 million.", 2),
    ("The round closed on March 6.Acme Robotics closed a new round.", 2),
    ("It is based in the U.S.AI startups grew fast.", 1),
    ("He said, e.g.The deal is done.", 1),
    ("GPT-4.5 was released.", 1),
])
def test_sentences_that_lost_the_space_after_their_stop_are_split(text, n):
    from extractors.sentences import sentence_spans

    assert len(sentence_spans(text)) == n


def test_a_startup_opening_a_sentence_that_lost_its_space_is_introduced():
    text = "It was led by SoftBank, among others.Shield AI, an AI defense startup, raised $240 million."
    assert _vals(text) == [("Shield AI", 240e6, None)]


# --- funding: shares, bars and markets are no rounds; a valuation's change

@pytest.mark.parametrize("text, expected", [
    ("月之暗面再度完成5亿美元的融资，领投为IDG资本的1.5亿美元，跟投的有阿里、腾讯。", [("Moonshot AI", 5e8, None)]),
    ("以Reflection AI的募资为例，英伟达在这轮20亿美元募资之中，就投入8亿美元，成了最大投资者。",
     [("Reflection AI", 2e9, None)]),
])
def test_a_backers_share_of_a_round_is_no_round(text, expected):
    assert _vals(text) == expected


@pytest.mark.parametrize("text", [
    "到 2027 年，印度数据中心市场的投资预计将超过 1,000 亿美元，OpenAI 也在印度设点。",
    "Nvidia backs OpenAI and other startups with over $100 million in funding.",
    "xAI 每月烧钱速度达10亿美元，仍需要大量资金。",
])
def test_a_market_a_bar_or_money_burnt_is_no_round(text):
    assert _vals(text) == []


def test_a_valuation_that_rose_from_one_figure_to_another():
    text = ("Anysphere 完成 23 亿美元融资。这一轮融资落地后，公司的估值从上一轮融资结束后（今年 6 月）的 99 亿美元，"
            "涨到了 293 亿美元。")
    assert sorted(_vals(text), key=str) == sorted([("Anysphere", 2.3e9, 29.3e9), ("Anysphere", None, 9.9e9)], key=str)


def test_a_chinese_figure_raised_by_a_sum_to_a_new_total_keeps_the_total():
    assert _costs("谷歌在上季财报中将全年资本支出预估调高100亿美元，达850亿美元。") == [("Google", 85e9)]


def test_an_investment_told_with_where_it_builds_a_data_centre_is_spending():
    text = "今年 8 月，Nebius 宣布投资 12 亿欧元(14 亿美元)，在芬兰拉赫蒂建设一个超大规模数据中心园区。"
    assert _costs(text) == [("Nebius", 1.2e9)] and _vals(text) == []


def test_an_approximate_conversion_in_brackets_is_the_same_sum():
    text = "Nebius signed a USD 1.8 billion (approx. RM8.3 billion) seven-year cloud computing deal with Meta."
    assert _costs(text) == [("Meta", 1.8e9)]


@pytest.mark.parametrize("text, lab", [
    ("另外几笔交易，例如SafeSuperintelligence的20亿美元融资，进一步拉高了总额。", "Safe Superintelligence"),
    ("ThinkingMachinesLab完成20亿美元种子轮融资。", "Thinking Machines Lab"),
])
def test_a_latin_name_of_several_words_written_as_one(text, lab):
    assert [f["lab"] for f in extract_facts(text)["funding"]] == [lab]


def _gpus(text):
    return [(f["owner"], f["count"], f["chip"]) for f in extract_facts(text)["gpus"]]


@pytest.mark.parametrize("text, expected", [
    ("xAI is building a 100,000-GPU cluster in Memphis.", [("xAI", 100000, "GPU")]),
    ("Baidu has activated a 30,000-chip cluster of its own P800 Kunlun semiconductors.", [("Baidu", 30000, "Kunlun")]),
    ("Oracle said a 30,000-GPU cluster of MI355Xs is in the works.", [("Oracle", 30000, "MI355X")]),
])
def test_a_count_of_thousands_joined_to_its_chip_word_before_a_cluster(text, expected):
    assert _gpus(text) == expected


@pytest.mark.parametrize("text", [
    "Mistral AI is growing. A continent-scale model would need a 100,000-GPU cluster, but nobody has committed.",
    "Mistral AI is growing. A continent-scale model would need a cluster of 100,000 GPUs.",
    "Nvidia sells a 72-GPU rack to Mistral AI.",
])
def test_a_hyphenated_count_that_is_a_need_or_a_product_is_no_fleet(text):
    assert _gpus(text) == []


def test_a_chinese_count_told_after_its_chip_with_already():
    assert _gpus("据第三方统计，Stability AI 现在可以使用的A100已经超过5400个。") == [("Stability AI", 5400, "A100")]


def test_gpus_of_a_site_being_built_with_where_and_for_whom_between_are_planned():
    text = "甲骨文正在得州阿比林为 OpenAI 建设装有 40 万块 GB200 的数据中心。"
    assert [(f["owner"], f["count"], f["status"]) for f in extract_facts(text)["gpus"]] == [("OpenAI", 400000, "planned")]


def test_a_backers_part_of_a_round_told_with_including_is_no_round():
    assert _vals("xAI raised $20 billion in a Series E, including $2 billion from Nvidia.") == [("xAI", 20e9, None)]


def test_an_earlier_round_inside_a_running_total_stays_a_round():
    assert _vals("OpenAI has raised $13 billion so far, including a $10 billion round in 2023.") == [("OpenAI", 10e9, None)]


def test_the_class_of_a_cluster_just_counted_is_no_second_count():
    assert _gpus("阿里巴巴计划部署 10 万张 GPU 组成的万卡集群。") == [("Alibaba", 100000, "GPU")]


def test_a_cluster_told_by_its_class_alone_is_still_a_count():
    assert _gpus("百度已建成万卡集群。") == [("Baidu", 10000, "GPU")]


def test_chips_to_have_by_year_end_are_planned():
    text = "Amazon is expanding Project Rainier to more than one million Trainium2 chips by year-end."
    assert [f["status"] for f in extract_facts(text)["gpus"]] == ["planned"]


def test_a_count_a_company_expects_after_a_full_one_keeps_its_chip():
    text = "Tesla has about 35,000 H100s in operation and expects 85,000 by year-end."
    assert [(f["count"], f["chip"], f["status"]) for f in extract_facts(text)["gpus"]] == [
        (35000, "H100", "operational"), (85000, "H100", "planned")]


def test_a_number_of_other_things_expected_is_no_count():
    assert [f["count"] for f in extract_facts("Tesla has 35,000 H100s and expects 2,000 new hires by year-end.")["gpus"]] == [35000]
