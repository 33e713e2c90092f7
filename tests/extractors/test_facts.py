"""The extract_facts contract, the JSON-lines runner, traps and the dev set."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractors.facts import EXTRACTOR_VERSION, KINDS, extract_facts

REPO = Path(__file__).resolve().parents[2]
DEV = REPO.parent / "shared" / "eval" / "dev.jsonl"
NEWS = REPO.parent / "shared" / "eval" / "aeb" / "ground-truth.json"
SCORER = REPO.parent / "shared" / "eval" / "score_facts.py"
FIXTURES = Path(__file__).parent / "fixtures"

CONTRACT = {
    "funding": {"lab", "amount", "currency", "amount_usd", "round", "valuation", "valuation_currency",
                "valuation_usd", "valuation_type", "investors", "status", "evidence", "confidence",
                "span", "qualifier", "valuation_qualifier"},
    "gpus": {"owner", "count", "chip", "status", "target_date", "provider", "evidence", "confidence",
             "span", "qualifier"},
    "costs": {"subject", "amount", "currency", "amount_usd", "period", "what", "evidence",
              "confidence", "span", "qualifier"},
    "power": {"subject", "mw", "status", "evidence", "confidence", "span", "qualifier"},
}


def fixture_passages() -> list[str]:
    texts = []
    for path in sorted(FIXTURES.glob("passages_*.txt")):
        texts.extend(t for t in path.read_text(encoding="utf-8").split("\n\n") if t.strip())
    return texts


def test_version_string():
    assert EXTRACTOR_VERSION.startswith("facts-")


def test_every_item_has_the_contract_fields_and_an_exact_span():
    seen = set()
    for text in fixture_passages():
        out = extract_facts(text)
        assert set(out) == set(KINDS)
        for kind, items in out.items():
            for item in items:
                seen.add(kind)
                assert set(item) == CONTRACT[kind]
                start, end = item["span"]
                assert text[start:end] == item["evidence"]
                assert 0 <= item["confidence"] <= 1
    assert seen == set(KINDS)


def test_status_values():
    for text in fixture_passages():
        out = extract_facts(text)
        assert {f["status"] for f in out["funding"]} <= {"closed", "announced", "talks"}
        assert {g["status"] for g in out["gpus"]} <= {"operational", "training", "planned", "unknown"}
        assert {c["period"] for c in out["costs"]} <= {"one-off", "year", None}


@pytest.mark.parametrize("text", [
    "Meta released Llama 3.1 405B, a model with 405B parameters.",          # model sizes
    "Nvidia's H100 and GB200 chips lead the market.",                      # chip digits
    "ChatGPT has amassed 800 million weekly active users.",                # user counts
    "OpenAI's annualized revenue reached $10 billion in 2024.",            # revenue, year
    "The model scored 88.7 on MMLU and 1,300 on the Arena leaderboard.",   # benchmark scores
    "GPT-4o costs $2.50 per million input tokens.",                        # token prices
    "On March 12, 2024, at 4:20 am, the cluster went live in 2025.",       # dates, years
    "DeepSeek's app had 2.6 million downloads in 111 countries.",
    "零一万物的年收入已超过 1 亿元人民币，月活用户超过 5000 万。",
    "671B参数量的DeepSeek-V3用14.8万亿token训练。",
])
def test_traps_give_no_fact(text):
    assert all(items == [] for items in extract_facts(text).values())


@pytest.mark.parametrize("text", ["", "   ", "\n\n", None, 42])
def test_empty_or_bad_input(text):
    assert extract_facts(text) == {kind: [] for kind in KINDS}


def test_runner_reads_jsonl_from_stdin_and_a_file(tmp_path):
    lines = [{"id": "a", "text": "xAI 以超过 240 亿美元估值获得 60 亿美元 B 轮融资", "lang": "zh"},
             {"id": "b", "text": "Meta plans to have 350,000 Nvidia H100 GPUs by the end of 2024"}]
    data = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n"
    cmd = [sys.executable, "-m", "extractors.facts", "--jsonl"]
    proc = subprocess.run(cmd, input=data, capture_output=True, text=True, cwd=REPO, check=True)
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    assert out[0]["funding"][0]["valuation"] == 24e9
    assert out[1]["gpus"][0]["count"] == 350000
    path = tmp_path / "in.jsonl"
    path.write_text(data, encoding="utf-8")
    proc = subprocess.run([*cmd, str(path)], capture_output=True, text=True, cwd=REPO, check=True)
    assert len(proc.stdout.splitlines()) == 2


def test_runner_reports_bad_lines(tmp_path):
    cmd = [sys.executable, "-m", "extractors.facts", "--jsonl"]
    proc = subprocess.run(cmd, input='{"id": 1, "text": "ok"}\nnot json\n', capture_output=True,
                          text=True, cwd=REPO)
    assert proc.returncode == 1
    assert "line 2" in proc.stderr
    assert len(proc.stdout.splitlines()) == 1
    proc = subprocess.run([*cmd, str(tmp_path / "missing.jsonl")], capture_output=True, text=True, cwd=REPO)
    assert proc.returncode != 0 and "missing.jsonl" in proc.stderr


@pytest.mark.skipif(not (DEV.exists() and SCORER.exists()), reason="shared eval set not present")
def test_dev_set_score():
    cmd = f"{sys.executable} -m extractors.facts --jsonl"
    proc = subprocess.run([sys.executable, str(SCORER), str(DEV), "--cmd", cmd, "--quiet"],
                          capture_output=True, text=True, cwd=REPO, check=True)
    overall = float(proc.stdout.strip().splitlines()[-1].split("=")[1])
    assert overall >= 0.95, proc.stdout
    dev = [json.loads(x) for x in DEV.read_text(encoding="utf-8").splitlines() if x.strip()]
    for d in dev:
        if d["id"].startswith("neg-"):
            assert all(v == [] for v in extract_facts(d["text"], d.get("lang")).values())


@pytest.mark.skipif(not NEWS.exists(), reason="shared article-extraction benchmark not present")
def test_no_facts_in_ordinary_news():
    """The 181 real news bodies of the article-extraction benchmark are not about AI compute:
    every fact found in them would be a false positive."""
    bodies = json.loads(NEWS.read_text(encoding="utf-8"))
    found = {}
    for key, value in bodies.items():
        facts = extract_facts(value.get("articleBody") or "")
        if any(facts.values()):
            found[key] = {k: [f["evidence"][:80] for f in v] for k, v in facts.items() if v}
    assert len(bodies) >= 180
    assert found == {}
