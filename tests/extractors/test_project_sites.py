"""Compute sites named as projects, with what they cost, when no company is named. Every
sentence is written for the test."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts
from extractors.project_sites import site_of_investment


def costs(text: str) -> list[tuple]:
    return [(c["subject"], c["amount"], c["period"]) for c in extract_facts(text)["costs"]]


@pytest.mark.parametrize(("text", "site", "amount"), [
    ("吉林白城绿色算力与数据产业园项目总投资63亿元,规划建设2万个标准机柜。", "吉林白城绿色算力与数据产业园", 6.3e9),
    ("宜昌城发尔来智算中心项目总投资93亿元,一期将于明年投产。", "宜昌城发尔来智算中心", 9.3e9),
    ("昨日,投资九十三亿元的骋风而来人工智能算力中心项目一期开工。", "骋风而来人工智能算力中心", 9.3e9),
    ("另一边,中交云数据中心一期总投资约11.6亿元,安装标准机架14336架。", "中交云数据中心", 1.16e9),
])
def test_a_compute_site_named_as_a_project_has_its_cost(text, site, amount):
    assert costs(text) == [(site, amount, "one-off")]


def test_this_project_is_the_site_told_of_before():
    text = "中交云数据中心一期总投资约11.6亿元,计划9月投运;该项目整体投资38亿元。"
    assert costs(text) == [("中交云数据中心", 1.16e9, "one-off"), ("中交云数据中心", 3.8e9, "one-off")]


@pytest.mark.parametrize("text", [
    "同日,宜昌集中开工的207个重大项目总投资1280亿元。",
    "今年中卫共谋划数据中心集群基础设施项目20个,概算总投资28.83亿元。",
    "该市计划实施5000万元以上项目205个。",
])
def test_many_projects_summed_name_no_site(text):
    assert costs(text) == []


def test_a_company_named_keeps_its_own_cost():
    assert costs("腾讯将投资50亿元建设长三角人工智能超算中心。")[0][0] == "Tencent"


def test_a_site_needs_a_compute_word():
    assert site_of_investment("城市公园项目总投资10亿元", "城市公园项目总投资10亿元", 0, 9, 13, 13, None) is None


@pytest.mark.parametrize(("text", "site"), [
    ("白城绿色算力与数据产业园规划电力容量300兆瓦。", "白城绿色算力与数据产业园"),
    ("The Baicheng Data Centre campus will draw 300 MW when complete.", "Baicheng Data Centre campus"),
])
def test_the_power_of_a_site_named_with_no_company(text, site):
    assert [(x["subject"], x["mw"], x["status"]) for x in extract_facts(text)["power"]] == [(site, 300, "planned")]


def test_a_power_plant_is_no_site():
    assert extract_facts("白城新建风电场装机容量300兆瓦。")["power"] == []
