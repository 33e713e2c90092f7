"""Power deals of labs and clouds in a passage about compute (power-purchase agreements, nuclear
restarts, campuses named further on): the figure feeds the company's data centres even when the
sentence itself names no compute."""

from __future__ import annotations

import pytest

from extractors.facts import extract_facts


def power(text: str) -> list[tuple[str, float]]:
    return [(p["subject"], p["mw"]) for p in extract_facts(text)["power"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Microsoft keeps adding AI data centers in the US. Its shares rose 2% on Monday. Last month "
     "it signed a 20-year deal to take all 835 megawatts of a restarted nuclear unit in "
     "Pennsylvania.", [("Microsoft", 835)]),
    ("Google needs more power for its AI data centers. It has turned to hydro. The company agreed "
     "to buy up to 3,000 megawatts of hydroelectric power from Brookfield.", [("Google", 3000)]),
    ("Meta is building its largest AI campus in Louisiana. Blue Owl is financing the project. "
     "Hyperion is designed to draw 2 gigawatts by 2030.", [("Meta", 2000)]),
    ("亚马逊正在扩建其数据中心。双方此前已有合作。该公司将从宾夕法尼亚州一座核电站购买 1920 兆瓦电力，合同期至 2042 年。",
     [("Amazon", 1920)]),
    ("Meta 持續擴建 AI 資料中心。公司股價本週上漲。去年該公司簽署為期 20 年的購電協議，承購一座核電廠 112.1 萬瓩的全部發電量。",
     [("Meta", 1121)]),
])
def test_power_deal_in_a_compute_passage(text, expected):
    assert power(text) == expected


@pytest.mark.parametrize("text", [
    # no compute anywhere in the passage: a utility's plant is not a data centre
    "Google's parent reported higher earnings. Separately, Microsoft's home state approved a "
    "500 MW solar farm.",
    "微软公布了季度财报。另外，华盛顿州批准了一座 500 兆瓦的太阳能电站。",
    # a compute passage, but the figure belongs to a company that is not a lab or cloud
    "Nvidia shipped more chips this quarter. Separately, Siemens Energy will build 2 gigawatts of "
    "gas turbines for a utility in Texas.",
])
def test_no_power_outside_compute_companies(text):
    assert power(text) == []
