"""A listing's gross proceeds beside the costs deducted from them, a stake's value reckoned at
a valuation, a growth told twice, a hyphenated RL stage, and the partner of a deal whose subject
is a pronoun."""

from __future__ import annotations

from extractors.facts import extract_facts


def test_gross_proceeds_of_a_listing_are_the_ipo_not_a_cost():
    text = ("智谱正式在港交所主板挂牌。智谱此次全球发售3741.95万股H股，发售价每股116.20港元，所得款项总额约"
            "43.48亿港元，扣除开支后净额约41.73亿港元。")
    facts = extract_facts(text)
    assert [(f["lab"], f["amount"], f["round"]) for f in facts["funding"]] == [("Zhipu AI", 4.348e9, "IPO")]
    assert facts["costs"] == []


def test_a_stake_valued_at_a_valuation_is_no_cost():
    text = "微软持有重组后营利实体约27%的股份，按估值计算价值约1350亿美元。"
    assert extract_facts(text)["costs"] == []
    assert extract_facts("微软持有重组后公司约27%股权，帳面價值約1,350億美元。")["costs"] == []


def test_a_contract_grown_twice():
    text = ("OpenAI signed first: an $11.9 billion five-year contract with CoreWeave in March, expanded by up "
            "to $4 billion in May and by $6.5 billion in September.")
    assert [c["amount"] for c in extract_facts(text)["costs"]] == [11.9e9, 4e9, 6.5e9]


def test_a_small_cost_of_a_hyphenated_reinforcement_learning_stage():
    text = "DeepSeek said the reinforcement-learning stage behind R1 cost $294,000 on 512 H800s."
    assert [c["amount"] for c in extract_facts(text)["costs"]] == [294000]


def test_the_partner_of_a_pronoun_subject_does_not_take_the_focus():
    text = ("Anthropic的算力来源正变得分散。10月，它与谷歌敲定协议，可使用最多100万颗TPU。一个月后，微软和英伟达"
            "宣布分别向该公司投资最多50亿美元和100亿美元。")
    assert [(f["lab"], f["amount"]) for f in extract_facts(text)["funding"]] == [
        ("Anthropic", 5e9), ("Anthropic", 10e9)]
