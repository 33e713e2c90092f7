"""A participle that takes chips shares its sentence's subject, an elliptic count goes on about
the count before, a vendor helping bring chips online leaves them to the user, chips '调给了' a user, a valuation
range, a baseline of a named year, total expenses, a mid-year date, and a quarter that names a
report rather than the amount's period."""

from __future__ import annotations

from extractors.facts import extract_facts


def _gpus(text: str) -> list[tuple]:
    return [(f["owner"], f["count"], f["provider"]) for f in extract_facts(text)["gpus"]]


def test_a_participle_taking_chips_and_its_elliptic_count() -> None:
    text = ("OpenAI will launch Stargate UK with Nvidia and London-based Nscale, taking up to 8,000 "
            "Nvidia GPUs in the first quarter of 2026 with the option to scale to 31,000 over time.")
    assert _gpus(text) == [("OpenAI", 8000, "Nscale"), ("OpenAI", 31000, "Nscale")]


def test_an_elliptic_count_after_another_owner_is_that_owners() -> None:
    text = "xAI has 100,000 H100s in Memphis, and Meta plans to reach 350,000 by the end of 2024."
    assert [(o, c) for o, c, _ in _gpus(text)] == [("xAI", 100000), ("Meta", 350000)]


def test_renting_out_to_a_lab_beats_the_participle() -> None:
    text = ("Oracle will spend $40 billion on Nvidia chips for Stargate, buying roughly 400,000 GB200 "
            "superchips and renting the computing power out to OpenAI.")
    assert [(o, c) for o, c, _ in _gpus(text)] == [("OpenAI", 400000)]


def test_a_vendor_helping_bring_chips_online_leaves_them_to_the_user() -> None:
    text = "Dell will help bring 50,000 GB300s online, while CoreWeave will operate them for OpenAI."
    assert _gpus(text) == [("OpenAI", 50000, "CoreWeave")]


def test_chips_given_to_two_users() -> None:
    text = "去年 6 月有报道称，马斯克把原本分配给特斯拉的 1.2 万块 H100 优先调给了 X 与 xAI。"
    assert [(o, c) for o, c, _ in _gpus(text)] == [("xAI", 12000)]


def test_a_valuation_range_is_no_amount() -> None:
    text = "月之暗面近期完成超 7 亿美元的 C+ 轮融资，本轮过后该公司估值落在 100 亿至 120 亿美元之间。"
    assert [(f["amount"], f["valuation"]) for f in extract_facts(text)["funding"]] == [(7e8, 1e10)]


def test_baseline_of_a_named_year_and_total_expenses() -> None:
    text = ("Meta 给出 2026 年资本开支指引：全年预计在 1150 亿至 1350 亿美元之间，较 2025 年的 722 亿美元"
            "最多接近翻倍。其预计 2026 年总开支为 1620 亿至 1690 亿美元。")
    assert [(f["amount"], f["period"]) for f in extract_facts(text)["costs"]] == [
        (1.15e11, "year"), (7.22e10, "year")]


def test_a_mid_year_round_is_its_own_event() -> None:
    text = ("同年底，MiniMax 完成一轮估值达 30 亿美元的融资；2025 年年中，一轮约 3 亿美元的新融资据悉"
            "已接近完成。")
    assert [(f["amount"], f["valuation"], f["status"]) for f in extract_facts(text)["funding"]] == [
        (3e8, None, "talks"), (None, 3e9, "closed")]


def test_a_quarter_of_a_report_is_no_period() -> None:
    text = "Meta 周三公布第四季度财报，并给出 2026 年资本开支指引：全年预计在 1150 亿美元左右。"
    assert [f["period"] for f in extract_facts(text)["costs"]] == ["year"]
    text = "In the first quarter of fiscal 2025, Microsoft reported $20 billion in capital expenditures."
    assert [f["period"] for f in extract_facts(text)["costs"]] == [None]
