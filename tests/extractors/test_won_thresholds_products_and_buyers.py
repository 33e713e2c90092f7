"""A participle clause shares its sentence's subject, budgets' compute parts, "this figure",
thresholds of a list, products made of chips, chips in stock, many buyers, and the company
spoken of opening a sentence."""

from __future__ import annotations

from extractors.facts import extract_facts


def test_investing_in_a_participle_clause_is_the_subjects_spending() -> None:
    text = ("SK Group will build South Korea's largest AI data centre in Ulsan, investing 7 trillion won "
            "($5.1 billion).")
    assert [(f["amount"], f["currency"]) for f in extract_facts(text)["costs"]] == [(7e12, "KRW")]


def test_the_compute_part_of_a_budget_and_this_figure() -> None:
    text = "中国移动 2025 年资本支出预算约 1512 亿元，其中算力投资 373 亿元。"
    assert [f["amount"] for f in extract_facts(text)["costs"]] == [1.512e11, 3.73e10]
    text = "本季度阿里巴巴资本开支为 315 亿元；上一季度这一数字为 386 亿元。"
    assert [f["amount"] for f in extract_facts(text)["costs"]] == [3.15e10, 3.86e10]


def test_a_threshold_of_a_list_is_no_round() -> None:
    text = ("据统计，2025 年国内模型层公司全年仅完成 22 笔融资，其中单轮超过 10 亿元的只有 MiniMax、智谱"
            "和月之暗面三家。")
    assert extract_facts(text)["funding"] == []


def test_a_product_made_of_chips_and_what_it_can_scale_to_are_no_fleet() -> None:
    text = ("华为展出昇腾 384 超节点。该系统由 384 颗昇腾 910C 和 192 颗鲲鹏 CPU 全对等互联而成，"
            "并可扩展至 16 万卡的集群规模。")
    assert extract_facts(text)["gpus"] == []


def test_chips_in_stock_and_many_buyers_have_no_owner() -> None:
    text = ("字节跳动计划采购英伟达芯片。另据报道，中国科技企业已订购逾 200 万颗 H200，而英伟达手头库存"
            "仅约 70 万颗。")
    assert extract_facts(text)["gpus"] == []


def test_the_company_opening_a_sentence_keeps_the_focus() -> None:
    text = ("DeepSeek 正在洽谈首轮外部融资。该公司此前一直依靠幻方量化的内部资金运转。"
            "其 R1 模型使用 512 块英伟达 H800 芯片训练了约 80 小时。")
    assert [f["owner"] for f in extract_facts(text)["gpus"]] == ["DeepSeek"]


def test_power_by_a_month_of_a_year_is_planned() -> None:
    text = "SK Group's AI data centre will open with 40 megawatts, and the full 103 MW by February 2029."
    assert [f["status"] for f in extract_facts(text)["power"]] == ["planned", "planned"]
