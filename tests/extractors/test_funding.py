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
    assert found[0]["investors"] == ["Amazon", "SoftBank Group", "Nvidia"]


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
