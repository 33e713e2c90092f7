"""Grammar rules of issue 3's remaining gaps: unregistered investors in investor lists,
talks carried to the next sentence, a piece told with the round it is part of, compute
stated in chip equivalents, and a cloud that supplies another cloud renting to a lab.
Every sentence is written for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def rounds(text: str) -> list[dict]:
    return extract_facts(text)["funding"]


def gpus(text: str) -> list[dict]:
    return extract_facts(text)["gpus"]


# -- 1. investors the registry does not know --------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Mistral raised $210 million in a round led by Harborline Capital and Quillfeather, "
     "with participation from Redstone Growth.",
     ["Harborline Capital", "Quillfeather", "Redstone Growth"]),
    ("Perplexity raised $45 million led by IVP, with angel investors including Marta Olsen "
     "and Tobias Kerr.", ["IVP", "Marta Olsen", "Tobias Kerr"]),
    ("Perplexity raised $45 million led by IVP, with angel investors Marta Olsen and Tobias "
     "Kerr also participating.", ["IVP", "Marta Olsen", "Tobias Kerr"]),
    ("智谱完成 8 亿元融资，由青禾资本领投，参投方包括蓝岭创投、星河。",
     ["青禾资本", "蓝岭创投", "星河"]),
    ("智譜完成 8 億元融資，由青禾資本領投，參投方包括藍嶺創投、星河。",
     ["青禾資本", "藍嶺創投", "星河"]),
])
def test_unregistered_names_in_an_investor_list_are_kept(text, expected):
    [r] = rounds(text)
    assert r["investors"] == expected


def test_a_person_named_as_investor_is_the_person_not_their_company():
    [r] = rounds("Perplexity raised $60 million, with participation from Databricks Ventures "
                 "and Jeff Bezos.")
    assert r["investors"] == ["Databricks", "Jeff Bezos"]


@pytest.mark.parametrize("text", [
    "百川智能完成 3000 万美元天使轮融资，王小川个人出资。",
    "百川智能獲得 3000 萬美元天使輪融資，王小川個人出資。",
])
def test_a_founder_investing_in_person_is_an_investor_of_the_lab(text):
    [r] = rounds(text)
    assert (r["lab"], r["round"], r["investors"]) == ("Baichuan", "Angel", ["王小川"])


def test_angel_investors_do_not_make_an_angel_round():
    [r] = rounds("Mistral raised $300 million led by General Catalyst, with angel investors "
                 "including Marta Olsen.")
    assert r["round"] is None


@pytest.mark.parametrize("text", [
    "Mistral raised $300 million on Tuesday, led by existing investors.",
    "Mistral raised $300 million, with participation from several funds and the French state.",
    "Mistral raised $300 million from investors including the round's lead and Tuesday.",
    "智谱完成 8 亿元融资，参投方包括多家知名机构。",
    "零一万物完成 2 亿美元融资，投资方包括某国资平台。",
    "智谱完成 8 亿元融资，投资方为老股东。",
])
def test_days_and_descriptions_are_not_investors(text):
    [r] = rounds(text)
    assert r["investors"] == []


# -- 2. talks carried to the amount of the next sentence ---------------------------------

@pytest.mark.parametrize(("text", "lab"), [
    ("Anthropic is in talks to raise fresh capital. The round would total $5 billion.", "Anthropic"),
    ("据知情人士透露，月之暗面正在洽谈新一轮融资。本轮融资金额为 6 亿美元。", "Moonshot AI"),
    ("據知情人士透露，月之暗面正在洽談新一輪融資。本輪融資金額為 6 億美元。", "Moonshot AI"),
    ("智谱拟进行新一轮融资。该轮融资规模约 20 亿元。", "Zhipu AI"),
])
def test_talks_carry_to_an_amount_without_its_own_verb(text, lab):
    [r] = rounds(text)
    assert (r["lab"], r["status"]) == (lab, "talks")


@pytest.mark.parametrize("text", [
    # the amount has its own verb
    "Anthropic is in talks to raise fresh capital. It raised $5 billion in March.",
    # the talks are about another lab
    "Mistral is in talks to raise money. Separately, Anthropic's round totals $5 billion.",
])
def test_talks_do_not_carry_over_a_verb_or_to_another_lab(text):
    [r] = rounds(text)
    assert r["status"] == "closed"


# -- 3. a piece told with the round it is part of ----------------------------------------

@pytest.mark.parametrize("text", [
    "Anthropic raised $3.5 billion as part of its $20 billion round.",
    "As part of its $20 billion round, Anthropic raised $3.5 billion.",
    "Anthropic 作为 200 亿美元融资的一部分，完成了 35 亿美元。",
    "Anthropic 作為 200 億美元融資的一部分，完成了 35 億美元。",
    "Anthropic 完成了 35 亿美元融资，这是其 200 亿美元融资的一部分。",
])
def test_a_piece_of_a_round_is_not_a_round_of_its_own(text):
    assert [(r["lab"], r["amount_usd"], r["status"]) for r in rounds(text)] == [
        ("Anthropic", 20_000_000_000, "closed")]


def test_the_round_a_piece_is_part_of_keeps_the_status_the_text_gives():
    [r] = rounds("Anthropic is raising $3.5 billion as part of a planned $20 billion round.")
    assert (r["amount_usd"], r["status"]) == (20_000_000_000, "talks")


# -- 4. compute stated in chip equivalents -----------------------------------------------

@pytest.mark.parametrize(("text", "owner", "count", "status"), [
    ("Meta will have compute equivalent to 450,000 H100s by the end of next year.", "Meta", 450_000, "planned"),
    ("Meta will have about 450,000 H100 equivalents by the end of next year.", "Meta", 450_000, "planned"),
    ("xAI runs a cluster of 120,000 H100-equivalent GPUs.", "xAI", 120_000, "operational"),
    ("OpenAI will deploy 2 million H100-equivalent chips by 2027.", "OpenAI", 2_000_000, "planned"),
    ("xAI ended 2025 with more than one million H100 GPU equivalents in Memphis.", "xAI", 1_000_000,
     "operational"),
    ("Meta 的全部算力相当于 60 万张 H100。", "Meta", 600_000, "operational"),
    ("Meta 今年底的算力將相當於 60 萬張 H100。", "Meta", 600_000, "planned"),
    ("xAI 运营着由 12 万块 H100 等效 GPU 组成的集群。", "xAI", 120_000, "operational"),
    ("His stated goal for xAI is 50 million H100-equivalents of compute within five years.", "xAI",
     50_000_000, "planned"),
])
def test_a_fleet_told_in_chip_equivalents_is_a_count_of_equivalents(text, owner, count, status):
    assert [(g["owner"], g["count"], g["chip"], g["status"]) for g in gpus(text)] == [
        (owner, count, "H100-equivalent", status)]


@pytest.mark.parametrize("text", [
    "xAI built a cluster with compute to match 150,000 H100s.",
    "Counting other chips, Meta's fleet would match close to 600,000 H100s.",
    "xAI's cluster is comparable to 200,000 H100s.",
    "Meta's fleet would be equivalent to 600,000 H100s if every chip ran at once.",
    "该集群的算力相当于 8 万张卡。",                                        # no chip as the unit
    "谷歌称这相当于 199 个 TPU v5e 集群同时工作。",                           # pods, not chips
])
def test_a_comparison_with_chips_is_no_count(text):
    assert gpus(text) == []


@pytest.mark.parametrize("text", [
    "xAI runs 120,000 GPUs, equal to 180,000 H100s in compute.",
    "字节跳动拥有 12 万张 GPU，相当于 18 万张 H100 的算力。",
])
def test_the_chips_counted_and_their_equivalent_are_two_counts(text):
    assert [(g["count"], g["chip"]) for g in gpus(text)] == [(120_000, "GPU"), (180_000, "H100-equivalent")]


def test_the_chips_counted_do_not_take_the_chip_of_their_equivalent():
    found = gpus("xAI has 120,000 GPUs in Memphis, a cluster of H100-equivalent compute.")
    assert [(g["count"], g["chip"]) for g in found] == [(120_000, "GPU")]


# -- 5. a cloud that supplies another cloud renting to a lab -----------------------------

@pytest.mark.parametrize("text", [
    "Oracle will supply Microsoft with 40,000 GB200 GPUs that OpenAI uses.",
    "OpenAI will use 40,000 GB200 chips that Oracle will supply to Microsoft.",
    "Oracle will provide 40,000 GB200 GPUs to Microsoft for OpenAI.",
    "甲骨文将向微软提供 4 万块 GB200，供 OpenAI 使用。",
    "甲骨文將向微軟提供 4 萬塊 GB200，供 OpenAI 使用。",
    "OpenAI 使用的 4 万块 GB200 由甲骨文提供给微软。",
])
def test_the_lab_owns_and_the_cloud_next_to_it_provides(text):
    assert [(g["owner"], g["count"], g["provider"]) for g in gpus(text)] == [
        ("OpenAI", 40_000, "Microsoft")]


def test_a_cloud_supplying_a_cloud_with_no_lab_keeps_the_cloud_as_owner():
    assert [(g["owner"], g["provider"]) for g in gpus(
        "Nscale will supply Microsoft with 60,000 GB300 GPUs.")] == [("Microsoft", "Nscale")]
