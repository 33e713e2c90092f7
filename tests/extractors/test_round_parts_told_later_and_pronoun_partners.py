"""An investor's part of a round told after the round, and a cloud the company spoken of works
with. Every sentence is written for the test."""

from __future__ import annotations

from extractors.facts import extract_facts


def test_an_investors_part_of_this_round_told_later_is_no_round():
    found = extract_facts("OpenAI宣布完成66亿美金新一轮融资,由Thrive Capital领投。据悉,Thrive此次出资约12.5亿美元。")
    assert [(r["lab"], r["amount"]) for r in found["funding"]] == [("OpenAI", 6_600_000_000)]


def test_a_later_round_of_its_own_stays_a_round():
    found = extract_facts("OpenAI宣布完成66亿美金新一轮融资,由Thrive Capital领投。今年该公司又获得软银400亿美元投资。")
    assert len(found["funding"]) == 2


def test_the_cloud_the_company_works_with_provides_its_chips():
    text = ("微软宣布在英国投资300亿美元。该公司将与Nscale合作,在埃塞克斯郡建设英国最大的超级计算机,"
            "初期部署23,040块英伟达GB300,计划于2027年第一季度交付。")
    assert [(g["owner"], g["count"], g["provider"]) for g in extract_facts(text)["gpus"]] == [
        ("Microsoft", 23_040, "Nscale")]


def test_a_site_built_with_a_cloud_is_the_company_spoken_ofs():
    text = ("Microsoft is investing in the UK. Part of that plan is a supercomputer in Loughton, built with "
            "Nscale, that will hold more than 23,000 Nvidia GPUs.")
    assert [(g["owner"], g["provider"]) for g in extract_facts(text)["gpus"]] == [("Microsoft", "Nscale")]
