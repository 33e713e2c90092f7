"""An extractor bug costs one page or one input line, never the run (the extractor is
replaced by one that raises: a pure unit, so a stand-in is fine here)."""

from __future__ import annotations

from datetime import UTC, datetime

from typer.testing import CliRunner

import extractors.facts
import flows.ingest
from flows.cli import app
from flows.fetcher import FetchedPage, FetchFailure
from flows.ingest import page_to_article

PAGE = (b"<html><head><title>xAI raises</title></head><body><article><p>"
        + b"xAI has raised $6 billion in a Series B round. " * 20 + b"</p></article></body></html>")


def _raising(text, lang=None, published=None):
    if "boom" in text:
        raise IndexError("list index out of range")
    return {"funding": [], "gpus": [], "costs": [], "power": []}


def test_a_page_whose_facts_cannot_be_extracted_is_a_recorded_failure(monkeypatch):
    monkeypatch.setattr(flows.ingest, "extract_facts", lambda *a, **k: _raising("boom"))
    page = FetchedPage("http://127.0.0.1/a", "http://127.0.0.1/a", 200,
                       {"content-type": "text/html"}, PAGE, "demo")
    out = page_to_article(page, datetime(2026, 1, 1, tzinfo=UTC))
    assert isinstance(out, FetchFailure)
    assert "facts could not be extracted" in out.reason
    assert "http://127.0.0.1/a" in out.reason


def test_the_jsonl_command_skips_a_line_the_extractor_fails_on(monkeypatch, tmp_path):
    monkeypatch.setattr(extractors.facts, "extract_facts", _raising)
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": 1, "text": "boom"}\n{"id": 2, "text": "fine"}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--jsonl", str(path)], env={"COLUMNS": "250"})
    assert result.exit_code == 0
    assert '"id": 2' in result.stdout and '"id": 1' not in result.stdout
    assert f"{path}:1: skipped, extraction failed (IndexError" in result.output


def test_a_page_that_is_binary_data_is_a_recorded_failure():
    page = FetchedPage("http://127.0.0.1/report.pdf", "http://127.0.0.1/report.pdf", 200, {},
                       b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "demo")
    out = page_to_article(page, datetime(2026, 1, 1, tzinfo=UTC))
    assert isinstance(out, FetchFailure)
    assert out.reason == "http://127.0.0.1/report.pdf: not an HTML page (PDF)"


def test_a_utf16_page_its_header_declares_is_read_not_refused():
    html = "<html><head><title>xAI</title></head><body><article><p>" + "xAI raised $6 billion. " * 20 + \
        "</p></article></body></html>"
    page = FetchedPage("http://127.0.0.1/a", "http://127.0.0.1/a", 200,
                       {"content-type": "text/html; charset=utf-16le"}, html.encode("utf-16-le"), "demo")
    out = page_to_article(page, datetime(2026, 1, 1, tzinfo=UTC))
    assert not isinstance(out, FetchFailure), out
    assert "xAI raised $6 billion" in out[0].body
