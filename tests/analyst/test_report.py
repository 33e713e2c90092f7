"""`computewatch report`: a static page with SVG charts and linked tables, rendered in Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from flows.report import build_report, linked
from flows.report_charts import Bubble, Point, Series, bubble_chart, safe_url, trajectory_chart
from tests.analyst.conftest import cli


class _Elements(HTMLParser):
    """Counts tags and collects link targets and script/style sources."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: dict[str, int] = {}
        self.hrefs: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        for name in ("src", "srcset"):
            if attrs.get(name):
                self.external.append(attrs[name])
        if tag == "link" and attrs.get("href"):
            self.external.append(attrs["href"])


def _parse(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def report(demo_warehouse, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report")
    result = build_report(demo_warehouse, out)
    assert result.charts == 2 and result.tables == 3
    return result.path


def test_the_page_is_self_contained(report):
    html = report.read_text(encoding="utf-8")
    page = _parse(html)
    assert page.tags.get("script", 0) == 0
    assert page.external == []  # no images, scripts or stylesheets to fetch
    assert page.tags["svg"] == 2


def test_every_link_goes_to_an_http_source(report):
    page = _parse(report.read_text(encoding="utf-8"))
    assert len(page.hrefs) > 20
    assert all(h.startswith(("https://", "http://")) for h in page.hrefs)


def test_chart_marks_and_table_rows_match_the_warehouse(report, demo_warehouse):
    import duckdb

    html = report.read_text(encoding="utf-8")
    with duckdb.connect(str(demo_warehouse), read_only=True) as con:
        events = con.execute("SELECT count(*) FROM v_funding_events").fetchone()[0]
        labs = con.execute("SELECT count(*) FROM v_cluster_costs").fetchone()[0]
    assert len(re.findall(r'<circle class="bubble[ "]', html)) == events
    assert html.count("<tr>") >= events + labs
    assert 'class="point' in html
    assert "$6B" in html  # xAI's Series B
    # Moonshot AI's round, reported as "超过 10 亿美元" at "约 25 亿美元": the hedges stay
    assert ">over $1B</a>" in html and ">about $2.5B</a>" in html


def test_cli_report_prints_progress_lines_and_the_file_uri(demo_warehouse, tmp_path):
    proc = cli("report", "--out", str(tmp_path / "r"), "-w", str(demo_warehouse))
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "r" / "index.html").is_file()
    assert sum(line.startswith("report ") for line in proc.stdout.splitlines()) == 4
    assert (tmp_path / "r" / "index.html").resolve().as_uri() in proc.stdout


def test_cli_report_on_a_missing_warehouse_is_one_line(tmp_path):
    proc = cli("report", "--out", str(tmp_path / "r"), "-w", str(tmp_path / "none.duckdb"))
    assert proc.returncode == 2
    assert "does not exist" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize(("url", "safe"), [
    ("https://news.example/a", True),
    ("http://news.example/a", True),
    ("javascript:alert(1)", False),
    ("JaVaScRiPt:alert(1)", False),
    ("data:text/html,<b>x</b>", False),
    ("", False),
    (None, False),
])
def test_only_http_urls_become_links(url, safe):
    assert (safe_url(url) is not None) is safe


def test_hostile_text_and_urls_are_escaped():
    cell = linked("$1B", ["javascript:alert(1)", "https://ok.example/?a=1&b=<x>"], 'say "hi"')
    assert "javascript" not in cell
    assert 'href="https://ok.example/?a=1&amp;b=&lt;x&gt;"' in cell
    assert 'title="say &quot;hi&quot;"' in cell
    svg = bubble_chart([Bubble("<script>", date(2024, 1, 1), 1e9, "$1B", "</title><x>",
                               ("javascript:x",))], {})
    assert "<script>" not in svg and "javascript" not in svg and "</title><x>" not in svg


def test_charts_without_data_say_so():
    assert "No GPU counts" in trajectory_chart([], {})
    assert "No funding events" in bubble_chart([], {})


def test_log_axis_spans_whole_decades():
    series = [Series("Lab", "current", (
        Point(date(2024, 1, 1), 1_000, "a", ("https://a.example",)),
        Point(date(2024, 6, 1), 200_000, "b", ("https://b.example",)),
    ))]
    svg = trajectory_chart(series, {"Lab": "#000"})
    for tick in ("100", "1k", "10k", "100k", "1M"):
        assert f">{tick}</text>" in svg
    assert svg.count("<circle") == 2


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH (.ci/run installs Debian's chromium "
                    "package with apt-get; without it this rendering check cannot run)")
def test_chromium_renders_the_charts_and_tables(report, tmp_path):
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([CHROMIUM, *flags, "--dump-dom", report.resolve().as_uri()],
                         capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    page = _parse(dom.stdout)
    assert page.tags.get("svg", 0) == 2
    assert page.tags.get("circle", 0) >= 5
    assert page.tags.get("table", 0) == 3
    assert page.tags.get("tr", 0) >= 10
    shot = tmp_path / "report.png"
    subprocess.run([CHROMIUM, *flags, "--window-size=1200,1800", f"--screenshot={shot}",
                    report.resolve().as_uri()], capture_output=True, timeout=120, check=True)
    assert shot.stat().st_size > 20_000  # a page with drawings, not a blank one
