"""`python -m extractors.article` follows the `computewatch article` contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO / "tests" / "fixtures" / "pages"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "extractors.article", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_one_json_line_per_file_with_the_contract_fields():
    files = [str(PAGES / "en_newsarticle.html"), str(PAGES / "zh_gbk_undeclared.html")]
    proc = run(*files, "--url", "https://news.example.com/start")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [d["file"] for d in lines] == files
    assert all(
        set(d) == {"file", "title", "published", "lang", "text", "canonical_url"} for d in lines
    )
    english, chinese = lines
    assert english["canonical_url"] == (
        "https://news.example.com/2024/05/28/example-labs-raises?id=42"
    )
    assert chinese["lang"] == "zh"
    assert "六亿美元" in chinese["text"]
    assert chinese["canonical_url"] == "https://news.example.com/start"


def test_unreadable_file_is_reported_and_the_rest_still_processed(tmp_path):
    missing = tmp_path / "missing.html"
    proc = run(str(missing), str(PAGES / "paragraphs_only.html"))
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"computewatch article: cannot read {missing}: No such file or directory"
    ]
    (line,) = proc.stdout.splitlines()
    assert json.loads(line)["text"].startswith("Only paragraphs here.")


def test_no_files_is_a_usage_error():
    proc = run()
    assert proc.returncode == 2
    assert "FILE.html" in proc.stderr


def test_a_file_that_is_no_page_is_a_one_line_error_and_the_others_go_on(tmp_path):
    parquet, gz, page = tmp_path / "data.parquet", tmp_path / "page.html.gz", tmp_path / "ok.html"
    parquet.write_bytes(b"PAR1\x15\x04\x15\x00" + b"\x00" * 40)
    gz.write_bytes(b"\x1f\x8b\x08\x00" + b"\x00" * 20)
    page.write_text("<html><head><title>t</title></head><body><p>xAI raised $6 billion.</p></body></html>",
                    encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "flows.cli", "article", str(parquet), str(page), str(gz),
                           str(tmp_path / "missing.html")], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"error: {parquet}: not an HTML page (Parquet)",
        f"error: {gz}: not an HTML page (gzip)",
        f"error: {tmp_path / 'missing.html'}: No such file or directory",
    ]
    assert [json.loads(line)["file"] for line in proc.stdout.splitlines()] == [str(page)]
