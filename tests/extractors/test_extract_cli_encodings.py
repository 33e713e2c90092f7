"""`computewatch extract` reads plain text in the encodings Chinese text comes in, and says on
one line when JSON lines are not UTF-8."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CMD = [sys.executable, "-m", "flows.cli", "extract"]
TEXT = "月之暗面完成 10 亿美元融资，由阿里巴巴领投。"


@pytest.mark.parametrize("encoded", [
    TEXT.encode("gb18030"), TEXT.encode("utf-8"), b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),
])
@pytest.mark.parametrize("via", ["file", "stdin"])
def test_plain_text_in_any_encoding_gives_its_facts(tmp_path: Path, encoded: bytes, via: str):
    path = tmp_path / "in.txt"
    path.write_bytes(encoded)
    args, data = (CMD + [str(path)], None) if via == "file" else (CMD, encoded)
    proc = subprocess.run(args, input=data, capture_output=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    (fact,) = json.loads(proc.stdout)["funding"]
    assert (fact["lab"], fact["amount"]) == ("Moonshot AI", 1e9)
    assert fact["evidence"].startswith("月之暗面")  # (no BOM kept in the evidence)


def test_json_lines_that_are_not_utf8_are_one_line_error(tmp_path: Path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(json.dumps({"id": 1, "text": TEXT}, ensure_ascii=False).encode("gb18030") + b"\n")
    proc = subprocess.run(CMD + ["--jsonl", str(path)], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip() == (f"error: {path}: not UTF-8 at or after line 1 (invalid continuation byte); "
                                   "JSON lines must be UTF-8")
