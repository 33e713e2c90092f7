"""Funding grammar: recipient, amount, round, valuation, investors, status, passage merges."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def rounds(text: str) -> list[dict]:
    return extract_facts(text)["funding"]


def one(text: str) -> dict:
    found = rounds(text)
    assert len(found) == 1, found
    return found[0]


def test_seed_sentence_chinese_series_b_with_valuation():
    r = one("xAI 以超过 240 亿美元估值获得 60 亿美元 B 轮融资")
    assert (r["lab"], r["amount"], r["currency"], r["round"]) == ("xAI", 6e9, "USD", "Series B")
    assert (r["valuation"], r["valuation_usd"], r["status"]) == (24e9, 24e9, "closed")


@pytest.mark.parametrize(("text", "name"), [
    ("Anthropic raised $3.5 billion in a Series E round.", "Series E"),
    ("月之暗面完成 10 亿美元 B+ 轮融资。", "Series B+"),
    ("百川智能在早期的天使融资中获 5,000 万美元。", "Angel"),
    ("Thinking Machines Lab closed a $2 billion seed round.", "Seed"),
    ("智谱完成 10 亿元 Pre-IPO 轮融资。", "Pre-IPO"),
    ("MiniMax 获得 6 亿美元战略融资。", "Strategic"),
    ("OpenAI raised $6.6bn in a new round.", None),
])
def test_round_names(text, name):
    assert one(text)["round"] == name


def test_recipient_after_in_and_investor_before_the_verb():
    r = one("Microsoft has already invested over $13 billion in OpenAI.")
    assert (r["lab"], r["investors"], r["qualifier"], r["status"]) == ("OpenAI", ["Microsoft"], "over", "closed")


def test_chinese_investor_xiang_recipient():
    r = one("2023 年 2 月,微软向 OpenAI 投资了 100 亿美元。")
    assert (r["lab"], r["amount"], r["investors"]) == ("OpenAI", 1e10, ["Microsoft"])


def test_investor_lists_after_and_before_their_cue():
    r = one("月之暗面完成超 10 億美元 B 輪融資,投資方包括阿裏巴巴、美團、小紅書和紅杉中國等。")
    assert r["investors"] == ["Alibaba", "Meituan", "Xiaohongshu", "Sequoia China"]
    assert r["qualifier"] == "over"
    r = one("百川智能已完成3亿美元融资,腾讯、阿里巴巴、百度和小米等参与了本轮融资")
    assert (r["lab"], r["investors"]) == ("Baichuan", ["Tencent", "Alibaba", "Baidu", "Xiaomi"])


def test_unregistered_investors_by_capitalised_names():
    r = one("Anthropic raised $3.5 billion, with participation from Bessemer Venture Partners, "
            "Jane Street and Menlo Ventures.")
    assert r["investors"] == ["Bessemer Venture Partners", "Jane Street", "Menlo Ventures"]


def test_investors_of_debt_are_not_investors_of_the_round():
    r = one("CoreWeave raised $1.1 billion in a Series C led by Coatue, and later secured "
            "$7.5 billion in debt financing led by Blackstone.")
    assert r["investors"] == ["Coatue"]


@pytest.mark.parametrize(("text", "status"), [
    ("Anthropic is close to securing a $2bn investment.", "talks"),
    ("Safe Superintelligence is in talks to raise $1 billion.", "talks"),
    ("软银集团正就追加高达300亿美元投资事宜与OpenAI进行磋商。", "talks"),
    ("MiniMax 拟募集约 6 亿美元。", "talks"),
    ("Amazon will invest up to $4 billion in Anthropic.", "announced"),
    ("OpenAI 宣布获得 100 亿美元投资。", "closed"),
    ("OpenAI raised $6.6bn.", "closed"),
    ("Its initial $1 billion funding round announced in September 2024 for SSI.", "closed"),
])
def test_status(text, status):
    assert one(text)["status"] == status


def test_valuation_phrases():
    assert one("OpenAI raised $6.6bn in a round valuing the company at $157bn.")["valuation"] == 157e9
    assert one("xAI raised $6bn at a $45bn valuation.")["valuation"] == 45e9
    r = one("Anthropic closed a $13 billion funding round at a valuation of $183 billion.")
    assert r["valuation"] == 183e9
    r = one("OpenAI said it has raised $40 billion, valuing it at $300 billion post-money.")
    assert r["valuation_type"] == "post"


def test_valuation_in_a_later_sentence_attaches_post_money():
    r = one("月之暗面完成了 10 亿美元 B 轮融资。本轮结束后,月之暗面估值超过 23 亿美元。")
    assert (r["valuation"], r["valuation_type"]) == (2.3e9, "post")


def test_valuation_only_round():
    r = one("Safe Superintelligence is in talks to raise funding at a valuation of at least $20 billion.")
    assert (r["amount"], r["valuation"], r["status"]) == (None, 20e9, "talks")


def test_valuation_typos_under_a_million_are_ignored():
    assert one("OpenAI宣布完成1100亿美元的融资，使其估值达到7,300美元。")["valuation"] is None


def test_totals_are_not_rounds():
    assert rounds("月之暗面累计融资已超过 13 亿美元。") == []
    assert rounds("Zhipu AI has raised more than 16 billion yuan in total.") == []
    found = rounds("百川智能在天使融资中获5,000万美元,总融资规模达到3.5亿美元。")
    assert [r["amount"] for r in found] == [5e7]


def test_respectively_pairs_labs_and_amounts():
    found = rounds("OpenAI、Anthropic 和 xAI 分别获得了约 130 亿美元、70 亿美元、60 亿美元融资额。")
    assert [(r["lab"], r["amount"]) for r in found] == [
        ("OpenAI", 13e9), ("Anthropic", 7e9), ("xAI", 6e9)]


def test_anaphora_carries_the_last_lab():
    found = rounds("xAI closed a $6 billion round. That round added to a previous $1bn raise.")
    assert [(r["lab"], r["amount"]) for r in found] == [("xAI", 6e9), ("xAI", 1e9)]
    found = rounds("这次是百川智能。公司成立仅六个月,就完成新一轮的3亿美元融资。")
    assert [(r["lab"], r["amount"]) for r in found] == [("Baichuan", 3e8)]


def test_another_company_gets_no_lab():
    assert rounds("月之暗面完成融资。另一家大模型公司也在进行金额达 10 亿美元的新融资。") == []


def test_investor_shares_after_the_round_merge_into_it():
    found = rounds("OpenAI宣布完成1100亿美元的融资。亚马逊在这轮融资中投入了500亿美元。"
                   "据OpenAI公布，软银集团及英伟达各自投资了300亿美元。")
    assert len(found) == 1
    assert found[0]["investors"] == ["Amazon", "SoftBank", "Nvidia"]


def test_part_of_a_larger_round_merges():
    found = rounds("ASML is pumping more than $1.5 billion into Mistral AI. The ASML funds come as "
                   "part of a roughly $2 billion round that also includes DST Global.")
    assert [(r["lab"], r["amount"]) for r in found] == [("Mistral AI", 2e9)]
    assert found[0]["investors"] == ["ASML", "DST Global"]


def test_investors_named_before_the_round_attach_to_it():
    found = rounds("Alphabet and Nvidia have taken stakes in Safe Superintelligence. Their participation "
                   "anchors a $2 billion funding round. The round was led by Greenoaks.")
    assert found[0]["investors"] == ["Alphabet", "Nvidia", "Greenoaks"]


def test_repeats_merge_but_additional_rounds_do_not():
    assert len(rounds("百川智能完成3亿美元融资。公司完成新一轮的3亿美元(22亿元)融资。")) == 1
    found = rounds("Amazon will invest $4 billion in Anthropic. Amazon later invested an additional "
                   "$4 billion in Anthropic.")
    assert len(found) == 2


def test_non_usd_amounts_convert_approximately():
    r = one("智谱 AI 宣布完成 40 亿元人民币融资。")
    assert (r["currency"], r["amount"], r["amount_usd"]) == ("CNY", 4e9, pytest.approx(5.6e8))


@pytest.mark.parametrize("text", [
    "Alibaba is set to raise up to $12.9bn from its second listing in Hong Kong.",
    "xAI raised $5 billion in debt.",
    "OpenAI's annualized revenue reached $10 billion.",
    "Microsoft acquired a startup for $2 billion.",
    "据 36 氪报道，一家 AI 初创公司获得 1 亿美元融资。",
])
def test_not_rounds(text):
    assert rounds(text) == []


def test_person_stands_for_the_lab_in_an_ai_story_only():
    r = one("据报道，马斯克在今年早些时候寻求以 180 亿美元的估值筹集 60 亿美元。")
    assert (r["lab"], r["amount"], r["valuation"], r["status"]) == ("xAI", 6e9, 18e9, "talks")
    assert rounds("SpaceX raised $750 million at a $137 billion valuation, Musk said on Friday.") == []


def test_investor_in_an_appositive_sentence_and_a_big_company_valuation():
    r = one("Nvidia, valued at $3 trillion, invested $500 million in xAI's latest round.")
    assert (r["lab"], r["investors"], r["valuation"]) == ("xAI", ["Nvidia"], None)


def test_chinese_from_investor():
    r = one("OpenAI 于 2023 年从微软获得 100 亿美元投资。")
    assert (r["lab"], r["investors"]) == ("OpenAI", ["Microsoft"])


def test_investor_list_without_a_round_in_the_passage_gives_no_fact():
    assert rounds("xAI 表示，本轮融资的主要投资者包括 Valor Equity Partners、Vy Capital 和红杉资本等。") == []


# ---------------------------------------------------------------- rounds kept apart


@pytest.mark.parametrize("text", [
    "CoreWeave raised $1.1 billion in May led by Coatue. In August it raised $650 million from "
    "Jane Street and Magnetar, which values it at $23 billion.",
    "智谱 AI 去年获得了腾讯领投的 25 亿元融资。今年 3 月，智谱又完成了 10 亿元融资，投资方为杭州城投，"
    "估值 230 亿元。",
    "智譜 AI 於去年完成由騰訊領投的 25 億元融資。今年 3 月，該公司再獲 10 億元融資，投資方為杭州城投，"
    "估值 230 億元。",
])
def test_two_rounds_of_one_lab_stay_apart(text):
    found = rounds(text)
    assert len(found) == 2, found
    first, second = found
    assert first["amount"] < 2e10 and second["amount"] < first["amount"] * 5
    assert first["valuation"] is None and second["valuation"] is not None
    assert first["investors"] and second["investors"]
    assert not set(first["investors"]) & set(second["investors"])


def test_an_earlier_round_keeps_its_own_investors_and_amount():
    found = rounds("月之暗面在 2023 年完成了由红杉中国领投的 3 亿美元 A 轮融资。2024 年 2 月，该公司又获得"
                   "阿里巴巴领投的 10 亿美元 B 轮融资，估值达到 25 亿美元。")
    assert [(r["amount"], r["round"], r["investors"], r["valuation"]) for r in found] == [
        (3e8, "Series A", ["Sequoia China"], None), (1e9, "Series B", ["Alibaba"], 2.5e9)]


def test_a_later_investment_is_not_a_share_of_the_first_round():
    found = rounds("Anthropic raised $4 billion from Amazon in 2023. Google later invested $2 billion "
                   "in the company.")
    assert [(r["amount"], r["investors"]) for r in found] == [(4e9, ["Amazon"]), (2e9, ["Google"])]
    # ... while an investor's part of the round just told still merges into it
    found = rounds("OpenAI closed a $40 billion round. SoftBank and Microsoft each put in $10 billion.")
    assert [(r["amount"], r["investors"]) for r in found] == [(4e10, ["SoftBank", "Microsoft"])]


def test_another_amount_in_the_same_sentence_is_its_own_round():
    found = rounds("xAI raised $6 billion in May at a $24 billion valuation and another $6 billion "
                   "in December.")
    assert [(r["amount"], r["valuation"]) for r in found] == [(6e9, 24e9), (6e9, None)]


def test_a_separate_round_told_without_its_amount_gets_its_own_item():
    found = rounds("Anthropic has closed a $2 billion round. In March, Spark Capital led a financing "
                   "that valued the company at $18 billion.")
    assert [(r["amount"], r["valuation"], r["investors"]) for r in found] == [
        (2e9, None, []), (None, 18e9, ["Spark Capital"])]


# ---------------------------------------------------------------- running totals


@pytest.mark.parametrize(("text", "amount", "investors"), [
    ("Amazon is investing another $4 billion in Anthropic, bringing its total investment in the "
     "startup to $8 billion.", 4e9, ["Amazon"]),
    ("Anthropic is getting another $2.75 billion from Amazon, bringing the retailer's total "
     "investment to $4 billion.", 2.75e9, ["Amazon"]),
    ("Google is putting another $1 billion into Anthropic, taking its total investment to about "
     "$3 billion.", 1e9, ["Google"]),
    ("亚马逊再向 Anthropic 投资 40 亿美元，使其对该公司的总投资额增至 80 亿美元。", 4e9, ["Amazon"]),
    ("亞馬遜再向 Anthropic 投資 40 億美元，使其對該公司的總投資額增至 80 億美元。", 4e9, ["Amazon"]),
])
def test_a_running_total_is_not_the_round(text, amount, investors):
    r = one(text)
    assert (r["lab"], r["amount"], r["investors"]) == ("Anthropic", amount, investors)
    assert r["qualifier"] is None


@pytest.mark.parametrize(("text", "investor"), [
    ("Anthropic secured $2 billion from Google.", "Google"),
    ("Mistral landed €600 million from General Catalyst.", "General Catalyst"),
    ("Anthropic took $4 billion from Amazon last year.", "Amazon"),
])
def test_receiving_money_from_an_investor_is_a_round(text, investor):
    assert one(text)["investors"] == [investor]


def test_a_sale_received_from_a_customer_is_not_a_round():
    assert rounds("CoreWeave received $2 billion from Microsoft for cloud services.") == []
    assert rounds("OpenAI got $10 billion in revenue from ChatGPT subscriptions.") == []


# ---------------------------------------------------------------- investor-first frames


@pytest.mark.parametrize(("text", "lab", "amount", "investors", "status"), [
    ("腾讯、阿里巴巴合计向月之暗面投资至多 10 亿美元。", "Moonshot AI", 1e9,
     ["Tencent", "Alibaba"], None),
    ("騰訊、阿里巴巴合計向月之暗面投資至多 10 億美元。", "Moonshot AI", 1e9,
     ["Tencent", "Alibaba"], None),
    ("阿里巴巴和腾讯将共同向智谱AI投资不超过 20 亿元人民币。", "Zhipu AI", 2e9,
     ["Alibaba", "Tencent"], "announced"),
    ("红杉中国与高瓴拟共同向阶跃星辰投资不超过 5 亿美元。", "StepFun", 5e8,
     ["Sequoia China", "Hillhouse"], "talks"),
    ("軟銀集團將向 OpenAI 投資最多 400 億美元。", "OpenAI", 4e10, ["SoftBank"], "announced"),
    ("亚马逊将分两期向 Anthropic 共投资 40 亿美元。", "Anthropic", 4e9, ["Amazon"], "announced"),
    ("谷歌已同意向 Anthropic 追加投资最多 20 亿美元。", "Anthropic", 2e9, ["Google"], "announced"),
    ("Microsoft and Nvidia will invest a combined $15 billion in Anthropic.", "Anthropic", 15e9,
     ["Microsoft", "Nvidia"], "announced"),
    ("Nvidia and Microsoft will together invest up to $15 billion in Anthropic.", "Anthropic", 15e9,
     ["Nvidia", "Microsoft"], "announced"),
])
def test_investor_first_frames_with_adverbs(text, lab, amount, investors, status):
    r = one(text)
    assert (r["lab"], r["amount"], r["investors"]) == (lab, amount, investors)
    if status:
        assert r["status"] == status


def test_caps_are_up_to_and_a_past_cumulative_sum_is_a_total():
    assert one("腾讯将向月之暗面投资至多 10 亿美元。")["qualifier"] == "up to"
    assert one("阿里巴巴将向智谱投资不超过 20 亿元。")["qualifier"] == "up to"
    assert rounds("软银累计向 OpenAI 投资了 300 亿美元。") == []
    assert rounds("SoftBank has invested a total of $30 billion in OpenAI.") == []


@pytest.mark.parametrize("text", [
    "微軟與輝達分別向 Anthropic 投資至多 50 億美元及 100 億美元。",
    "Microsoft and Nvidia will invest up to $5 billion and $10 billion respectively in Anthropic.",
])
def test_respectively_pairs_investors_with_amounts(text):
    found = rounds(text)
    assert [(r["amount"], r["investors"]) for r in found] == [(5e9, ["Microsoft"]), (1e10, ["Nvidia"])]


# ---------------------------------------------------------------- valuation-only rounds


@pytest.mark.parametrize(("text", "lab", "valuation", "investors", "name"), [
    ("MiniMax 完成由阿里巴巴领投的新一轮融资，估值超过 25 亿美元。", "MiniMax", 2.5e9, ["Alibaba"], None),
    ("階躍星辰完成由上海國投領投的新一輪融資，估值超過 20 億美元。", "StepFun", 2e9,
     ["Shanghai State-owned Capital Investment"], None),
    ("百川智能完成由阿里巴巴领投的 B 轮融资，投后估值逾 200 亿元。", "Baichuan", 2e10, ["Alibaba"],
     "Series B"),
    ("Perplexity closed a new funding round led by IVP, valuing the company at $9 billion.",
     "Perplexity", 9e9, ["IVP"], None),
])
def test_valuation_only_round_led_by_an_investor(text, lab, valuation, investors, name):
    r = one(text)
    assert (r["lab"], r["amount"], r["valuation"], r["investors"], r["round"]) == (
        lab, None, valuation, investors, name)


# ---------------------------------------------------------------- listings


def test_listing_proceeds_are_an_ipo_round_and_cornerstone_tranches_are_not():
    r = one("MiniMax raised HK$4.2 billion in its Hong Kong IPO.")
    assert (r["amount"], r["currency"], r["round"]) == (4.2e9, "HKD", "IPO")
    found = rounds("智谱 IPO 募资 43 亿港元，基石投资者认购约 30 亿港元。")
    assert [(r["amount"], r["round"]) for r in found] == [(4.3e9, "IPO")]
    assert rounds("智譜在香港上市，基石投資者包括騰訊，認購 2 億港元。") == []
    assert rounds("MiniMax 的香港 IPO 中，阿里巴巴作为基石投资者认购了 5 亿港元股份。") == []


# ---------------------------------------------------------------- following sentences


@pytest.mark.parametrize(("text", "name"), [
    ("Anthropic has raised $3.5 billion at a $61.5 billion valuation. The Series E round was led "
     "by Lightspeed Venture Partners.", "Series E"),
    ("智譜完成新一輪 30 億元融資。此輪融資為 C 輪，投資方包括騰訊、美團等。", "Series C"),
    ("Cohere raised $500 million. The funding, a Series D, values Cohere at $5.5 billion.", "Series D"),
])
def test_round_named_in_the_following_sentence(text, name):
    assert one(text)["round"] == name


def test_a_syndicate_in_a_following_sentence_joins_the_round():
    r = one("Cohere raised $500 million. The company did not say how it will spend the money. "
            "Participants included PSP Investments, Cisco and Jane Street.")
    assert r["investors"] == ["PSP Investments", "Cisco", "Jane Street"]
    r = one("Safe Superintelligence raised $1 billion. Existing backers Andreessen Horowitz, Sequoia Capital "
            "and DST Global were among the investors.")
    assert r["investors"] == ["Andreessen Horowitz", "Sequoia Capital", "DST Global"]


@pytest.mark.parametrize("text", [
    "OpenAI raised $6.6 billion from Thrive Capital, Microsoft and Nvidia, it said Wednesday.",
    "OpenAI raised $6.6 billion from Thrive Capital, Microsoft and Nvidia on Thursday.",
    "On Monday OpenAI raised $6.6 billion from Thrive Capital, Microsoft and Nvidia, the company said.",
])
def test_days_and_speech_tags_are_not_investors(text):
    assert one(text)["investors"] == ["Thrive Capital", "Microsoft", "Nvidia"]


def test_parenthesised_aliases_do_not_end_an_investor_list():
    r = one("xAI 完成 60 億美元 C 輪募資，投資人包括貝萊德（BlackRock）、富達、卡達投資局（QIA）與紅杉資本。")
    assert r["investors"] == ["BlackRock", "Fidelity", "Qatar Investment Authority", "Sequoia Capital"]


def test_descriptions_are_not_investor_names():
    r = one("智谱完成 30 亿元融资，投资方包括多家战略投资者和国资背景机构。")
    assert (r["investors"], r["round"]) == ([], None)


@pytest.mark.parametrize("text", [
    "Mistral AI has closed a €600 million Series B, about $640 million, the company said.",
    "百川智能完成 50 亿元融资（约合 7 亿美元）。",
])
def test_a_conversion_is_not_a_second_round(text):
    assert len(rounds(text)) == 1


@pytest.mark.parametrize("text", [
    "OpenAI 另获 40 亿美元银行循环信贷额度。",
    "OpenAI also added a $4 billion revolving credit facility from a group of banks.",
    "The company said the facility gives OpenAI access to more than $10 billion of liquidity.",
])
def test_credit_lines_and_liquidity_are_not_rounds(text):
    assert rounds(text) == []


@pytest.mark.parametrize(("text", "lab", "amount", "investors"), [
    ("Figure AI hauled in $675 million from Microsoft, OpenAI and Nvidia.", "Figure AI", 6.75e8,
     ["Microsoft", "OpenAI", "Nvidia"]),
    ("Sakana AI nabs $214 million Series B, valuing it at $1.5 billion.", "Sakana AI", 2.14e8, []),
    ("MiniMax 在香港集資 42 億港元。", "MiniMax", 4.2e9, []),
    ("據悉，馬斯克旗下 xAI 擬募資 150 億美元。", "xAI", 1.5e10, []),
])
def test_more_ways_to_say_raise(text, lab, amount, investors):
    r = one(text)
    assert (r["lab"], r["amount"], r["investors"]) == (lab, amount, investors)


def test_an_epithet_names_no_investor_of_the_round():
    r = one("Microsoft-backed Mistral AI said on Tuesday it raised €600 million.")
    assert (r["lab"], r["investors"]) == ("Mistral AI", [])


def test_traditional_chinese_listing_plan_is_an_ipo_in_talks():
    r = one("智譜 AI 計劃在香港上市，擬集資 5 億美元。")
    assert (r["round"], r["status"]) == ("IPO", "talks")


def test_a_lab_deep_in_a_later_clause_is_not_the_recipient():
    assert rounds("The fund will invest $500 million this year, and it has also backed Mistral AI.") == []
    r = one("Raising $6 billion, xAI became one of the best funded labs.")
    assert (r["lab"], r["amount"]) == ("xAI", 6e9)


def test_listing_on_a_star_market_is_an_ipo():
    r = one("摩爾線程在上海科創板上市，募資 80 億元人民幣，首日市值突破 3000 億元。")
    assert (r["lab"], r["amount"], r["currency"], r["round"]) == ("Moore Threads", 8e9, "CNY", "IPO")


@pytest.mark.parametrize("text", [
    "Amazon remains Anthropic's largest backer with $8 billion invested.",
    "Amazon has invested $8 billion in Anthropic to date.",
    "Amazon has invested $8 billion in Anthropic so far.",
    "Amazon has invested $8 billion in total in Anthropic.",
    "亚马逊累计投资 Anthropic 80 亿美元。",
    "Anthropic 的最大股东亚马逊共投资 80 亿美元。",
    "亚马逊共向 Anthropic 投资 80 亿美元。",
])
def test_cumulative_holdings_are_not_rounds(text):
    assert rounds(text) == []


def test_holding_beside_a_round_keeps_the_round():
    r = one("Amazon remains Anthropic's largest backer with $8 billion invested, after a second "
            "$4 billion commitment in November 2024.")
    assert (r["lab"], r["amount"], r["investors"]) == ("Anthropic", 4e9, ["Amazon"])


def test_several_investors_together_are_one_deal_not_a_holding():
    r = one("微软和英伟达共向 Anthropic 投资 150 亿美元。")
    assert (r["amount"], sorted(r["investors"])) == (15e9, ["Microsoft", "Nvidia"])
