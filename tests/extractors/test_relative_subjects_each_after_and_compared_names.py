"""A relative clause on a round's subject, "each" after a count, a name a count is compared
with, a company told by its kind ("the software group"), and a round that may reach a ceiling.
Every sentence is written for the test."""

from __future__ import annotations

from extractors.facts import extract_facts


def test_names_in_a_relative_clause_on_the_subject_do_not_raise_its_round():
    text = ("Mistral, which serves open-weight models such as DeepSeek and MiniMax, has raised USD 800 million "
            "at a valuation of $8.3 billion.")
    assert [r["lab"] for r in extract_facts(text)["funding"]] == ["Mistral AI"]


def test_each_after_a_count_shares_it_out():
    text = "Chinese groups ByteDance and Tencent ordered about 230,000 Nvidia H20 chips each."
    assert sorted(g["owner"] for g in extract_facts(text)["gpus"]) == ["ByteDance", "Tencent"]


def test_jointly_after_the_names_keeps_one_count():
    text = "ByteDance and Tencent jointly ordered about 230,000 Nvidia H20 chips, each worth $12,000."
    assert len(extract_facts(text)["gpus"]) <= 1


def test_a_name_the_count_is_compared_with_does_not_own_it():
    text = ("Microsoft was the biggest buyer of Nvidia's chips in 2024. The software group bought about "
            "485,000 Hopper GPUs this year, more than twice as many as Meta, which took 224,000.")
    assert [(g["owner"], g["count"]) for g in extract_facts(text)["gpus"]] == [
        ("Microsoft", 485_000), ("Meta", 224_000)]


def test_what_a_round_may_reach_is_no_round():
    text = "Unconventional AI完成4.75亿美元种子轮融资。Rao表示,该轮总规模最多可达10亿美元。"
    amounts = [r["amount"] for r in extract_facts(text)["funding"]]
    assert 1_000_000_000 not in amounts


def test_investors_named_before_a_round_join_it_only_when_it_is_told_soon_after():
    text = ("OpenAI, SoftBank, Oracle and MGX announced the Stargate Project. SoftBank and OpenAI are the lead "
            "partners. Arm, Microsoft and Nvidia are technology partners. Construction is under way in Texas. "
            "The first site will open next year. Microsoft, which invested $10 billion in OpenAI "
            "in January 2023, said its cloud arrangement has changed.")
    assert [r["investors"] for r in extract_facts(text)["funding"]] == [["Microsoft"]]
