"""`computewatch sources check` and the checks on sources.toml values."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.config import ConfigError, parse_sources

from .loopback import LoopbackSite
from .pages import EN_PARAGRAPHS, article_html

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>a</title><link>/a.html</link></item>
<item><title>b</title><link>/b.html</link></item></channel></rss>"""


def write_sources(tmp_path: Path, site: LoopbackSite) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(f"""
[defaults]
min_delay_seconds = 0
max_retries = 0

[[source]]
name = "feed"
kind = "rss"
url = "{site.url('/feed.rss')}"
allow_private = true

[[source]]
name = "page"
kind = "url"
url = "{site.url('/a.html')}"
allow_private = true

[[source]]
name = "listing"
kind = "html-index"
url = "{site.url('/list.html')}"
link_selector = "li a"
allow_private = true

[[source]]
name = "gone"
kind = "sitemap"
url = "{site.url('/sitemap.xml')}"
allow_private = true

[[source]]
name = "private"
kind = "rss"
url = "{site.url('/feed.rss').replace('127.0.0.1', 'localhost')}"

[[source]]
name = "paused"
kind = "rss"
url = "{site.url('/paused.rss')}"
enabled = false
allow_private = true
""", encoding="utf-8")
    return path


@pytest.fixture
def sources_file(tmp_path: Path, site: LoopbackSite) -> Path:
    site.page("/feed.rss", FEED, "application/rss+xml")
    site.page("/a.html", article_html("Mistral AI raises 600 million euros", EN_PARAGRAPHS))
    site.page("/list.html", "<ul><li><a href='/a.html'>a</a></li><li><a href='/b.html'>b</a>"
                            "</li><li><a href='/c.html'>c</a></li></ul>")
    return write_sources(tmp_path, site)


def run_check(*args: str):
    return CliRunner().invoke(app, ["sources", "check", *args], env={"COLUMNS": "250"})


def test_check_reports_each_source_and_fails_when_one_fails(sources_file: Path,
                                                            site: LoopbackSite):
    result = run_check("--sources", str(sources_file))
    assert result.exit_code == 1, result.output
    rows = {line.split("│")[1].strip(): [c.strip() for c in line.split("│")[2:-1]]
            for line in result.stdout.splitlines() if line.startswith("│")}
    assert rows["feed"][:3] == ["rss", "200", "2"]
    assert rows["page"][:3] == ["url", "200", "1"]
    assert rows["page"][-1] == "Mistral AI raises 600 million euros"
    assert rows["listing"][:3] == ["html-index", "200", "3"]
    assert rows["gone"][1] == "404 failed" and "HTTP 404" in rows["gone"][-1]
    assert rows["private"][1] == "- failed" and "allow_private" in rows["private"][-1]
    assert rows["paused"][1] == "disabled"
    assert site.requests_for("/paused.rss") == []
    assert "3 of 5 sources fetched (1 disabled, not checked)" in result.stdout
    assert "2 sources failed" in result.output


def test_check_one_source_by_name(sources_file: Path):
    result = run_check("--sources", str(sources_file), "--name", "feed")
    assert result.exit_code == 0, result.output
    assert "1 of 1 sources fetched" in result.stdout


def test_check_unknown_name_or_bad_file_is_a_clear_error(sources_file: Path, tmp_path: Path):
    result = run_check("--sources", str(sources_file), "--name", "nope")
    assert result.exit_code == 2 and "no source named 'nope'" in result.output
    bad = tmp_path / "bad.toml"
    bad.write_text("[defaults]\nper_host_concurrency = 0\n", encoding="utf-8")
    result = run_check("--sources", str(bad))
    assert result.exit_code == 2
    assert "`per_host_concurrency` must be above 0, not 0" in result.output


@pytest.mark.parametrize("doc, message", [
    ({"defaults": {"max_body_bytes": "10MB"}}, "`max_body_bytes` must be an integer, not '10MB'"),
    ({"defaults": {"min_delay_seconds": -1}}, "`min_delay_seconds` must be at least 0, not -1"),
    ({"defaults": {"respect_robots": 1}}, "`respect_robots` must be true or false, not 1"),
    ({"source": [{"name": "a", "kind": "rss", "url": "https://a/f",
                  "poll_interval_minutes": "hourly"}]},
     r"\[\[source\]\] #1 \(a\): `poll_interval_minutes` must be an integer"),
    ({"source": [{"name": "a", "kind": "rss", "url": "https://a/f", "allow_private": "yes"}]},
     "`allow_private` must be true or false"),
])
def test_bad_values_in_sources_toml_are_named(doc, message):
    with pytest.raises(ConfigError, match=message):
        parse_sources(doc, "sources.toml")


def test_repository_sources_toml_is_valid():
    import tomllib

    path = Path(__file__).resolve().parents[2] / "sources.toml"
    sources, http = parse_sources(tomllib.loads(path.read_text(encoding="utf-8")), str(path))
    assert sources and http.poll_interval_minutes == 30


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    import sys

    return subprocess.run([sys.executable, "-m", "flows.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def test_errors_keep_the_brackets_of_the_file_they_name(tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[source]]\nname = "a"\nkind = "rss"\nurl = "https://a.example/f"\n'
                   'poll_interval_minutes = "60"\n\n[alerts]\nmin_amount_usd = "lots"\n', encoding="utf-8")
    proc = _cli("sources", "check", "--sources", str(bad), cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == (f"error: {bad}: [[source]] #1 (a): `poll_interval_minutes` must be an "
                                   "integer, not '60'")


@pytest.mark.parametrize("command", [["run", "--data-dir", "."], ["sources", "check"]])
def test_a_sources_file_that_does_not_exist_is_named_as_missing(tmp_path: Path, command):
    proc = _cli(*command, "--sources", "nope.toml", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: nope.toml: no such sources file"), proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
