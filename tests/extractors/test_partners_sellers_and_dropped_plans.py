"""A partner named first is not the subject, a chipmaker's sales have no owner, a plan given up is
no round (session 12). Sentences written for these tests."""

from __future__ import annotations

from extractors.facts import extract_facts


def test_a_partner_named_first_is_not_the_subject() -> None:
    text = ("Inflection AI finished training Inflection-2. With cloud provider CoreWeave, Inflection is building "
            "a cluster of about 22,000 H100s. The firm can afford it: in June it raised $1.3 billion from "
            "Microsoft and Nvidia.")
    out = extract_facts(text)
    assert [(g["owner"], g["provider"]) for g in out["gpus"]] == [("Inflection AI", "CoreWeave")]
    assert [f["lab"] for f in out["funding"]] == ["Inflection AI"]


def test_a_chipmakers_sales_have_no_owner() -> None:
    text = "CoreWeave 是 GPU 云新贵。Omdia还称,英伟达第三季度售出近50万块A100和H100。"
    assert extract_facts(text)["gpus"] == []


def test_a_plan_given_up_is_no_round() -> None:
    text = "黑芝麻智能今天在港交所挂牌,募资总额约10.36亿港元。公司去年递表时曾计划募资2亿至3亿美元。"
    assert [(f["amount"], f["round"]) for f in extract_facts(text)["funding"]] == [(1.036e9, "IPO")]


def test_augment_is_named_with_its_capital() -> None:
    text = "In April, Augment came out of stealth with a $227 million Series B at a $977 million valuation."
    assert [f["lab"] for f in extract_facts(text)["funding"]] == ["Augment Code"]
