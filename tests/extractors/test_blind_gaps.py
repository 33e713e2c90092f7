"""Grammar rules closed after the second blind evaluation: one test per construction,
with sentences written for the test (not taken from any evaluation set)."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def facts(text: str) -> dict[str, list[dict]]:
    return extract_facts(text)


def nothing(text: str) -> None:
    found = facts(text)
    assert all(v == [] for v in found.values()), found


@pytest.mark.parametrize("text", [
    "阿里云发布新一代服务器，顶配版本支持 30000 张卡，预计明年上市。",
    "華為推出超節點新品，最大型號最多可支援 12,000 張卡。",
    "AMD showed a rack design; the biggest version supports up to 8,192 chips.",
    "The new pod connects up to 4,096 TPU chips in one system.",
])
def test_a_products_capacity_is_not_a_cluster(text):
    assert facts(text)["gpus"] == []


def test_an_expansion_target_is_still_a_planned_cluster():
    g = facts("腾讯计划将集群扩展至 5 万张 H20。")["gpus"]
    assert [(x["owner"], x["count"], x["status"]) for x in g] == [("Tencent", 50000, "planned")]


@pytest.mark.parametrize("text", [
    "黃仁勳說，Rubin 平台的訂單能見度已達 3000 億美元。",
    "黄仁勋称，Blackwell 平台的订单可见度超过 4000 亿美元。",
    "Huang said order visibility for Rubin systems stands at $350 billion.",
    "Nvidia reported bookings of $120 billion for its Blackwell chips.",
])
def test_order_visibility_and_bookings_are_not_costs(text):
    nothing(text)


@pytest.mark.parametrize(("text", "lab", "usd", "investor"), [
    ("月之暗面完成 15 亿美元 C 轮融资，红杉中国领投 5 亿美元，投后估值 60 亿美元。",
     "Moonshot AI", 1.5e9, "Sequoia China"),
    ("智譜完成 40 億元 D 輪融資，騰訊出資 12 億元。", "Zhipu AI", 40e8 * 0.14, "Tencent"),
    ("Mistral closed a €900 million round, with Nvidia contributing €150 million of it.",
     "Mistral AI", 900e6 * 1.08, "Nvidia"),
    ("Anthropic raised $5 billion in a Series F, with Google contributing $1 billion.",
     "Anthropic", 5e9, "Google"),
])
def test_a_contributors_share_in_the_rounds_sentence_is_not_a_round(text, lab, usd, investor):
    found = facts(text)["funding"]
    assert len(found) == 1, found
    r = found[0]
    assert r["lab"] == lab and abs(r["amount_usd"] - usd) < 1e6
    assert investor in r["investors"]


def test_a_share_brings_its_valuation_to_the_round():
    r = facts("月之暗面完成 15 亿美元 C 轮融资，红杉中国领投 5 亿美元，投后估值 60 亿美元。")["funding"][0]
    assert (r["valuation_usd"], r["valuation_type"]) == (6e9, "post")


@pytest.mark.parametrize("text", [
    "xAI raised $8 billion in June, and later Nvidia invested $2 billion.",
    "Anthropic raised $3 billion in May, and Amazon invested $1 billion in it in September.",
    "Anthropic raised $4 billion from Amazon last year, and Google invested $2 billion.",
])
def test_a_later_investment_in_the_same_sentence_stays_a_round(text):
    assert len(facts(text)["funding"]) == 2


@pytest.mark.parametrize(("text", "usd"), [
    ("CoreWeave has expanded its agreement with Meta by up to $3.5 billion.", 3.5e9),
    ("Nebius extended its contract with Microsoft by another $1.2 billion on Tuesday.", 1.2e9),
    ("微软与 Nebius 的算力合同扩大 20 亿美元。", 2e9),
])
def test_the_sum_a_contract_grows_by_is_a_cost(text, usd):
    assert [c["amount_usd"] for c in facts(text)["costs"]] == [usd]


@pytest.mark.parametrize("text", [
    "The new order brings the total value of Nebius's contracts with Meta to $17 billion.",
    "CoreWeave's agreements with OpenAI are now worth a combined $22 billion.",
    "此次追加使其合同总额增至 150 亿美元。",
])
def test_a_running_total_of_contracts_is_not_a_cost(text):
    assert facts(text)["costs"] == []


def test_a_subjectless_follow_up_lists_earlier_pieces_of_the_contract():
    text = ("CoreWeave has expanded its agreement with Meta by $1.5 billion. "
            "That comes after a $2 billion expansion in May and the original $6 billion deal "
            "signed last year.")
    assert [c["amount_usd"] for c in facts(text)["costs"]] == [1.5e9, 2e9, 6e9]


def test_a_follow_up_without_a_contract_cost_before_it_gives_nothing():
    nothing("The startup is growing fast. It follows a $2 billion expansion in May.")


@pytest.mark.parametrize("text", [
    "甲骨文与 Anthropic 计划向中东 AI 基础设施投资两千亿美元。",
    "軟銀與 OpenAI 將在日本數據中心上投資 400 億美元。",
    "微软和 Mistral 拟共同向法国算力项目投入 80 亿欧元。",
])
def test_partners_investing_in_infrastructure_spend_it(text):
    found = facts(text)
    assert found["funding"] == [] and len(found["costs"]) == 1, found


def test_investing_in_a_lab_stays_a_round():
    r = facts("亚马逊向 Anthropic 投资 40 亿美元。")["funding"]
    assert [(x["lab"], x["investors"]) for x in r] == [("Anthropic", ["Amazon"])]


@pytest.mark.parametrize("text", [
    "Mistral closed an upsized round of €1.2 billion, ahead of the €800 million it had set out to collect.",
    "Cohere raised $900 million, beating the $600 million the company had hoped to raise.",
    "xAI raised $10 billion, well above the $7 billion Musk originally sought.",
    "Anthropic raised $3 billion, above its $2 billion fundraising goal.",
    "月之暗面完成 50 亿元融资，超过原定的 30 亿元融资目标。",
    "月之暗面完成 50 億元融資，高於原計劃募集的 30 億元。",
])
def test_a_fundraising_target_is_not_a_round(text):
    assert len(facts(text)["funding"]) == 1


def test_investors_who_put_money_in_join_the_round_before():
    r = facts("Cohere closed a $500 million Series E. Nvidia and Salesforce put money in.")["funding"]
    assert [x["investors"] for x in r] == [["Nvidia", "Salesforce Ventures"]]


def test_as_planned_is_not_a_target():
    assert len(facts("xAI raised $6 billion as it planned.")["funding"]) == 1


@pytest.mark.parametrize("text", [
    "Nvidia will back Mistral with up to €2 billion. The chipmaker will put in €500 million "
    "upfront and the rest over three years.",
    "Nvidia will back Mistral with up to €2 billion, putting in €500 million now and the remainder later.",
    "软银将向 OpenAI 投资 400 亿美元。首期 100 亿美元将于下月到位，其余明年支付。",
    "軟銀將向 OpenAI 投資 400 億美元，首期 100 億美元將於下月到位。",
])
def test_a_tranche_of_a_commitment_is_not_a_round(text):
    found = facts(text)["funding"]
    assert len(found) == 1 and found[0]["status"] == "announced", found


def test_back_with_an_amount_is_an_announced_round():
    r = facts("Samsung will back Cohere with $400 million.")["funding"]
    assert [(x["lab"], x["amount_usd"], x["status"]) for x in r] == [("Cohere", 4e8, "announced")]


@pytest.mark.parametrize("text", [
    "Anthropic plans to invest $20 billion in new U.S. computing infrastructure.",
    "Mistral will invest €3 billion in new U.K. data centres over four years.",
])
def test_an_abbreviation_does_not_hide_the_infrastructure_object(text):
    found = facts(text)
    assert found["funding"] == [] and len(found["costs"]) == 1, found


@pytest.mark.parametrize(("text", "usd"), [
    ("Poolside raised €600 million in equity and debt.", 600e6 * 1.08),
    ("Cohere raised $800 million in a mix of debt and equity at a $7 billion valuation.", 8e8),
    ("智谱通过股权与债权融资筹集 80 亿元。", 80e8 * 0.14),
])
def test_a_round_of_equity_and_debt_is_a_round(text, usd):
    found = facts(text)["funding"]
    assert [round(x["amount_usd"]) for x in found] == [round(usd)], found


def test_a_pure_debt_raise_is_still_not_a_round():
    assert facts("Cohere raised $800 million in debt from a group of banks.")["funding"] == []


@pytest.mark.parametrize(("text", "owner", "provider"), [
    ("Meta is building a cluster in Texas. CoreWeave is to supply the company with 40,000 H200 GPUs.",
     "Meta", "CoreWeave"),
    ("微软正在威斯康星州建设数据中心。Nscale 将为该公司提供 6 万张 GB300。", "Microsoft", "Nscale"),
    ("Nebius is to supply Microsoft with 25,000 B200 GPUs.", "Microsoft", "Nebius"),
])
def test_a_supplier_provides_and_its_object_owns(text, owner, provider):
    g = facts(text)["gpus"]
    assert [(x["owner"], x["provider"], x["status"]) for x in g] == [(owner, provider, "planned")]


@pytest.mark.parametrize(("text", "subject"), [
    ("字节今年将在 AI 训练和推理上合计投入约 1800 亿元。", "ByteDance"),
    ("腾讯明年将在大模型训练上投入 350 亿元。", "Tencent"),
    ("百度計劃今年在 AI 研發方面投入 220 億元。", "Baidu"),
])
def test_spending_on_a_field_in_chinese_is_a_cost(text, subject):
    c = facts(text)["costs"]
    assert [(x["subject"], x["period"]) for x in c] == [(subject, "year")]


@pytest.mark.parametrize("text", [
    "每个汉字占用两个字节，存储集群成本约 5 亿元。",
    "该格式每条记录 16 字节，字节序为小端，数据中心预算约 3 亿元。",
])
def test_the_word_byte_is_not_bytedance(text):
    assert all(c["subject"] != "ByteDance" for c in facts(text)["costs"])


def test_the_company_stays_the_lab_after_a_sentence_about_its_investors():
    text = ("月之暗面正在洽谈新一轮融资。阿里巴巴、腾讯已承诺出资 25 亿元。"
            "距离该公司以 300 亿元估值拿下 40 亿元融资仅过去两个月。")
    found = facts(text)["funding"]
    assert sorted(x["amount_usd"] for x in found) == [3.5e8, 5.6e8]
    assert {x["lab"] for x in found} == {"Moonshot AI"}


@pytest.mark.parametrize("text", [
    "百川正在洽谈新一轮融资，目标估值 250 亿元。老股东已承诺出资 35 亿元。",
    "百川正在洽談新一輪融資，目標估值 250 億元。老股東已承諾出資 35 億元。",
])
def test_a_talks_round_told_over_two_sentences_is_one_round(text):
    found = facts(text)["funding"]
    assert [(x["amount_usd"], x["valuation_usd"], x["status"]) for x in found] == [
        (4.9e8, 3.5e9, "talks")]


@pytest.mark.parametrize("text", [
    "腾讯以 15 亿美元收购智谱 10% 的股份。",
    "騰訊斥資 15 億美元收購智譜 10% 股份。",
])
def test_a_minority_stake_bought_in_chinese_is_funding(text):
    r = facts(text)["funding"]
    assert [(x["lab"], x["amount_usd"], x["investors"]) for x in r] == [("Zhipu AI", 1.5e9, ["Tencent"])]


@pytest.mark.parametrize("text", [
    "腾讯以 15 亿美元收购智谱 60% 的股份。",
    "腾讯以 15 亿美元收购一家游戏公司 10% 的股份。",
])
def test_a_control_stake_or_a_non_lab_stake_is_not_funding(text):
    assert facts(text)["funding"] == []


@pytest.mark.parametrize(("text", "mw"), [
    ("甲骨文為 OpenAI 興建的資料中心，規劃電力為 12 萬瓩。", 120),
    ("甲骨文為 OpenAI 興建的資料中心，電力為 90,000 瓩。", 90),
    ("甲骨文為 OpenAI 興建的資料中心，電力為 1.5 百萬瓩。", 1500),
    ("甲骨文為 OpenAI 興建的資料中心，電力容量達 400 百萬瓦。", 400),
])
def test_traditional_power_units(text, mw):
    assert [p["mw"] for p in facts(text)["power"]] == [mw]


def test_kilowatt_hours_in_traditional_units_are_energy():
    assert facts("甲骨文為 OpenAI 興建的資料中心，每年耗電 9 萬瓩時。")["power"] == []


def test_a_scale_word_does_not_split_a_compound_power_unit():
    text = "甲骨文为 OpenAI 兴建的数据中心，电力为 1.2 百万千瓦。"
    assert [p["mw"] for p in facts(text)["power"]] == [1200]


@pytest.mark.parametrize("text", ["Poolside 募得 4 亿美元。", "Poolside 在新一輪融資中募得 6 億美元。"])
def test_mude_raised_is_a_funding_verb(text):
    r = facts(text)["funding"]
    assert [(x["lab"], x["status"]) for x in r] == [("Poolside", "closed")]


@pytest.mark.parametrize("text", [
    "Crusoe will run the site. Each partner is putting in $2 billion.",
    "Crusoe 将负责运营该园区。各合作方将各出资 10 亿美元。",
])
def test_a_generic_partners_money_is_not_a_round_of_the_last_lab(text):
    assert facts(text)["funding"] == []


@pytest.mark.parametrize("text", [
    "Anthropic is building an AI data centre campus in Texas. The second phase of the campus "
    "will cost about $4 billion.",
    "Nscale 正在挪威建设 AI 数据中心。该园区二期预计耗资 20 亿美元。",
])
def test_a_cost_whose_subject_is_the_site_of_the_passage(text):
    assert len(facts(text)["costs"]) == 1


def test_a_site_cost_outside_a_compute_story_is_not_a_cost():
    nothing("Disney is building a theme park in Florida. The second phase will cost about $3 billion.")


@pytest.mark.parametrize("text", [
    "Meta 預估今年資本支出約 700 億美元，谷歌則預計介於 850 億至 900 億美元。",
    "Meta 预计今年资本支出约 700 亿美元，谷歌则预计为 850 亿美元。",
    "Meta expects capex of about $70 billion, while Google expects $85 billion.",
])
def test_a_contrast_clause_keeps_the_cue_of_the_clause_before(text):
    c = facts(text)["costs"]
    assert [(x["subject"], x["amount_usd"]) for x in c] == [("Meta", 7e10), ("Google", 8.5e10)]


def test_a_contrast_clause_about_something_else_is_not_a_cost():
    c = facts("Meta 今年资本支出约 700 亿美元，营收则预计为 1800 亿美元。")["costs"]
    assert [x["amount_usd"] for x in c] == [7e10]


@pytest.mark.parametrize(("text", "status"), [
    ("深圳创新投资集团宣布向月之暗面投资 8 亿元，用于推进多模态模型研发。", "announced"),
    ("Nvidia added $150 million to the round Mistral announced last month.", "closed"),
    ("月之暗面正在洽谈 8 亿元融资，用于推进多模态模型研发。", "talks"),
])
def test_status_comes_from_the_rounds_own_verb(text, status):
    assert [r["status"] for r in facts(text)["funding"]] == [status]


@pytest.mark.parametrize(("text", "name"), [
    ("月之暗面完成 20 亿元 B1 轮战略融资。", "Series B1"),
    ("月之暗面完成 20 亿元 A2 轮融资。", "Series A2"),
    ("Cohere raised $90 million in a Series C1 round.", "Series C1"),
])
def test_numbered_sub_rounds(text, name):
    assert [r["round"] for r in facts(text)["funding"]] == [name]


@pytest.mark.parametrize(("text", "investor"), [
    ("深圳创新投资集团宣布向月之暗面投资 8 亿元。", "深圳创新投资集团"),
    ("據悉，珠海華發集團已向智譜注資 6 億元。", "珠海華發集團"),
])
def test_an_unregistered_institution_investing_in_a_lab_is_an_investor(text, investor):
    assert [r["investors"] for r in facts(text)["funding"]] == [[investor]]


def test_a_capability_clause_does_not_set_the_status_and_kunlun_models_are_named():
    g = facts("百度的两万卡昆仑芯 P800 集群已正式点亮，可承载千亿参数大模型训练。")["gpus"]
    assert [(x["chip"], x["status"]) for x in g] == [("Kunlun P800", "operational")]


@pytest.mark.parametrize("text", [
    "Anthropic will buy back $3 billion of employee shares.",
    "xAI plans to pay back $4 billion to its lenders.",
])
def test_buying_or_paying_back_is_not_backing(text):
    assert facts(text)["funding"] == []


@pytest.mark.parametrize("text", [
    "Google is building an AI data centre in Ohio. Its new headquarters project will cost $2 billion.",
    "腾讯今年在游戏营销上投入了 50 亿元。",
    "The city expanded its contract with the waste hauler by $20 million.",
    "Amazon's revenue rose to $150 billion, while Microsoft expects $70 billion.",
])
def test_new_frames_stay_out_of_non_compute_spending(text):
    assert facts(text)["costs"] == []
