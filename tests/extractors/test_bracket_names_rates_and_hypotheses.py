"""A Chinese name with its Latin name in brackets before a verb of raising is a startup, a fund
named after "旗下" is the investor, an earlier round dated "2024 年底" keeps its valuation, a
listing spoken of later names no round, and rates, needs under an if-clause and 計畫."""

from __future__ import annotations

from extractors.facts import extract_facts


def test_bracketed_latin_name_before_raising_is_a_startup() -> None:
    text = ("人形机器人公司松延动力宣布完成 B 轮融资。去年年底，以具身大模型为核心的原力灵机（Dexmal）"
            "就拿下了超 10 亿元的 A 轮融资。")
    assert [(f["lab"], f["amount"]) for f in extract_facts(text)["funding"]] == [("Dexmal", 1e9)]


def test_the_fund_named_after_qixia_is_the_investor() -> None:
    [r] = extract_facts("智谱完成 10 亿元融资，本轮由宁德时代旗下产业投资平台晨道资本领投。")["funding"]
    assert r["investors"] == ["晨道资本"]


def test_an_earlier_round_dated_by_year_end_keeps_its_valuation() -> None:
    text = ("MiniMax 即将完成新一轮近 3 亿美元的融资，本轮投后估值将超过 40 亿美元。"
            "2024 年底，MiniMax 完成的那一轮融资对应估值约 30 亿美元。")
    assert [(f["amount"], f["valuation"], f["status"]) for f in extract_facts(text)["funding"]] == [
        (3e8, 4e9, "talks"), (None, 3e9, "closed")]


def test_a_listing_spoken_of_later_names_no_round() -> None:
    text = "MiniMax 完成 6 亿美元融资。外界关于该公司寻求赴港上市的传闻也越来越多。"
    assert [f["round"] for f in extract_facts(text)["funding"]] == [None]


def test_a_need_under_an_if_clause_and_a_rate_are_no_counts() -> None:
    text = ("Sakura Internet 目前拥有 2,016 颗 H100。公司正洽谈每年采购约 1 万颗 GPU；"
            "若需求照目前速度成长，十年后恐怕需要 100 万颗 GPU。")
    assert [f["count"] for f in extract_facts(text)["gpus"]] == [2016]


def test_a_plan_under_an_if_clause_still_counts() -> None:
    text = "如果英伟达 H200 获准对华销售，字节跳动打算先下一笔约 2 万块 H200 的测试订单。"
    assert [f["count"] for f in extract_facts(text)["gpus"]] == [20000]


def test_taiwanese_jihua_is_a_plan() -> None:
    [g] = extract_facts("KDDI 則計畫在大阪的舊工廠導入約 2,000 顆 GB200。")["gpus"]
    assert g["status"] == "planned"
