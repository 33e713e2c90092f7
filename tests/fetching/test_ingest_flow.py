"""The `ingest` flow end to end against a loopback site: pages, encodings, duplicates, every
fault recorded, and the schedule across polls (intervals, 304s, failure backoff)."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import duckdb
import pytest

from flows.config import Source
from flows.ingest import IngestSummary, ingest
from warehouse.load import article_id_for

from .loopback import FAST, LoopbackSite, RouteRequest, SiteServer
from .pages import EN_PARAGRAPHS, ZH_HANT_PARAGRAPHS, ZH_PARAGRAPHS, article_html

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
SETTINGS = replace(FAST, max_retries=1, request_deadline_seconds=0.5)


def rss(site: LoopbackSite, items: list[tuple[str, str]]) -> bytes:
    """An RSS feed linking `items` (path, updated date)."""
    entries = "".join(
        f"<item><title>{path}</title><link>{site.url(path)}</link><pubDate>{stamp}</pubDate>"
        "</item>" for path, stamp in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Test</title>{entries}</channel></rss>").encode()


def versioned(body: dict[str, bytes], etag: dict[str, str], content_type: str):
    """A route answering 304 when the client already has the current ETag."""

    def handler(req: RouteRequest) -> None:
        if req.headers.get("if-none-match") == etag["value"]:
            req.respond(304, headers={"ETag": etag["value"]})
        else:
            req.respond(200, body["value"], {"Content-Type": content_type, "ETag": etag["value"]})

    return handler


def stamp(minutes: int) -> str:
    return format_datetime(T0 - timedelta(days=1) + timedelta(minutes=minutes), usegmt=True)


def run(warehouse: Path, sources: list[Source], now: datetime) -> IngestSummary:
    return ingest(str(warehouse), sources, SETTINGS, now=now)


def query(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


# --- one poll of a site with good pages and every fault ----------------------------------

MISTRAL = "https://news.example.com/2025/03/mistral-series-b"


def _drip(req: RouteRequest) -> None:
    h = req.handler
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "100000")
    h.end_headers()
    while not req.stopping.wait(0.05):
        req.write_raw(b" ")


def _build_site(site: LoopbackSite) -> list[Source]:
    english = article_html("Mistral AI raises 600 million euros", EN_PARAGRAPHS,
                           canonical=MISTRAL + "?utm_source=rss&utm_medium=feed#comments")
    copy = article_html("Mistral AI raises 600 million euros", EN_PARAGRAPHS)  # no canonical
    site.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    site.page("/en/mistral.html", english)
    site.page("/copy/mistral.html", copy)
    site.page("/zh/gbk.html", article_html("融资", ZH_PARAGRAPHS, lang="zh", charset=None)
              .encode("gbk"), "text/html")
    site.page("/zh/big5.html", article_html("募資", ZH_HANT_PARAGRAPHS, lang="zh-Hant",
                                            charset=None).encode("big5"), "text/html")
    site.page("/huge.html", b"<p>" + b"x" * (2 * 1024 * 1024) + b"</p>")
    site.route("/drip.html", _drip)
    site.route("/loop-a", lambda req: req.respond(302, headers={"Location": "/loop-b"}))
    site.route("/loop-b", lambda req: req.respond(302, headers={"Location": "/loop-a"}))
    site.page("/cut.html", gzip.compress(english.encode())[:-40],
              headers={"Content-Encoding": "gzip"})
    site.page("/private/secret.html", english)
    site.page("/empty.html", "<html><head><title>Gone</title></head><body></body></html>")
    paths = ["/en/mistral.html?utm_source=rss", "/zh/gbk.html", "/zh/big5.html",
             "/copy/mistral.html", "/missing.html", "/huge.html", "/drip.html", "/loop-a",
             "/cut.html", "/private/secret.html", "/empty.html"]
    site.page("/feed.rss", rss(site, [(p, stamp(i)) for i, p in enumerate(paths)]),
              "application/rss+xml")
    site.page("/broken.rss", "<rss><channel><item><title>cut off", "application/rss+xml")
    return [Source("feed", "rss", site.url("/feed.rss"), lang="en", allow_private=True),
            Source("broken", "rss", site.url("/broken.rss"), allow_private=True),
            Source("off", "rss", site.url("/off.rss"), enabled=False, allow_private=True)]


@pytest.fixture(scope="module")
def first_poll(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple]:
    warehouse = tmp_path_factory.mktemp("ingest") / "w.duckdb"
    with SiteServer() as site:
        sources = _build_site(site)
        summary = run(warehouse, sources, T0)
        yield site, warehouse, summary


def test_poll_reads_good_pages_and_counts(first_poll):
    site, _, summary = first_poll
    assert (summary.sources, summary.polled, summary.listed) == (2, 2, 11)
    assert summary.load.articles_new == 3 and summary.load.duplicates == 1
    assert site.requests_for("/off.rss") == []


def test_chinese_pages_without_charset_are_stored_clean(first_poll):
    _, warehouse, _ = first_poll
    bodies = dict(query(warehouse, "SELECT url, body FROM articles"))
    gbk = next(body for url, body in bodies.items() if url.endswith("/zh/gbk.html"))
    big5 = next(body for url, body in bodies.items() if url.endswith("/zh/big5.html"))
    assert all(p in gbk for p in ZH_PARAGRAPHS) and "\ufffd" not in gbk
    assert all(p in big5 for p in ZH_HANT_PARAGRAPHS) and "\ufffd" not in big5


def test_canonical_url_without_tracking_is_the_key_and_copies_point_to_it(first_poll):
    site, warehouse, _ = first_poll
    rows = query(warehouse, "SELECT article_id, canonical_url FROM articles "
                            "WHERE body LIKE '%Mistral AI said on Tuesday%'")
    assert len(rows) == 1, "the same text at two URLs is stored once"
    (article_id, canonical), = rows
    assert canonical in (MISTRAL, site.url("/copy/mistral.html"))
    if canonical == MISTRAL:
        assert article_id == article_id_for(MISTRAL)
    pointing = dict(query(warehouse, "SELECT url, article_id FROM article_urls"))
    for path in ("/en/mistral.html?utm_source=rss", "/copy/mistral.html"):
        assert pointing[site.url(path)] == article_id


@pytest.mark.parametrize("path, stage, reason", [
    ("/missing.html", "fetch", "HTTP 404"),
    ("/huge.html", "fetch", "over the 1048576-byte cap"),
    ("/drip.html", "fetch", "no complete response within 0.5s"),
    ("/loop-a", "fetch", "redirect loop"),
    ("/cut.html", "fetch", "gzip body is truncated"),
    ("/private/secret.html", "fetch", "disallowed by robots.txt"),
    ("/empty.html", "page", "no article text found"),
    ("/broken.rss", "source", "not a readable RSS or Atom feed"),
])
def test_every_fault_is_a_recorded_failure_with_a_retry_time(first_poll, path, stage, reason):
    site, warehouse, summary = first_poll
    rows = query(warehouse, "SELECT stage, reason, attempts, next_retry_at, source_name "
                            "FROM fetch_failures WHERE url = ?", [site.url(path)])
    assert len(rows) == 1, rows
    got_stage, got_reason, attempts, next_retry, source = rows[0]
    assert got_stage == stage and reason in got_reason
    assert attempts == 1 and next_retry == T0 + timedelta(minutes=30)
    assert source == ("broken" if stage == "source" else "feed")
    assert any(reason in f.reason for f in summary.failures)


def test_sources_keep_validators_outcome_and_schedule(first_poll):
    _, warehouse, _ = first_poll
    rows = {r[0]: r[1:] for r in query(
        warehouse, "SELECT name, last_status, last_item_count, consecutive_failures, "
                   "next_poll_at, last_error FROM sources")}
    assert rows["feed"] == ("ok", 11, 0, T0 + timedelta(minutes=30), None)
    status, count, failures, next_poll, error = rows["broken"]
    assert (status, count, failures, next_poll) == ("failed", None, 1, T0 + timedelta(minutes=30))
    assert "not a readable RSS or Atom feed" in error
    assert rows["off"][0] is None  # disabled: stored, never polled


# --- the schedule across polls -----------------------------------------------------------


def test_schedule_across_polls(tmp_path: Path):
    warehouse = tmp_path / "w.duckdb"
    with SiteServer() as site:
        feed_body, feed_etag = {}, {"value": '"f1"'}
        page_a, etag_a = {"value": article_html("A", EN_PARAGRAPHS).encode()}, {"value": '"a1"'}
        site.route("/feed.rss", versioned(feed_body, feed_etag, "application/rss+xml"))
        site.route("/a.html", versioned(page_a, etag_a, "text/html"))
        site.page("/b.html", article_html("B", ZH_PARAGRAPHS, lang="zh"))
        site.route("/bad.html", lambda req: req.respond(500, b"oops"))
        feed_body["value"] = rss(site, [("/a.html", stamp(1)), ("/b.html", stamp(2)),
                                        ("/bad.html", stamp(3))])
        sources = [Source("feed", "rss", site.url("/feed.rss"), allow_private=True)]

        first = run(warehouse, sources, T0)
        assert (first.fetched, first.load.articles_new, len(first.failures)) == (2, 2, 1)

        # a minute later nothing is due: not even the feed is asked for
        seen = len(site.log)
        quiet = run(warehouse, sources, T0 + timedelta(minutes=1))
        assert (quiet.polled, quiet.listed, len(site.log)) == (0, 0, seen)

        # after the interval: the feed answers 304; the failed page's retry time has come
        later = run(warehouse, sources, T0 + timedelta(minutes=31))
        assert site.requests_for("/feed.rss")[-1].headers["if-none-match"] == '"f1"'
        assert (later.polled, later.listed, later.fetched) == (1, 0, 0)
        assert len(site.requests_for("/bad.html")) == 4  # 2 attempts per poll
        assert len(site.requests_for("/a.html")) == len(site.requests_for("/b.html")) == 1
        assert query(warehouse, "SELECT attempts FROM fetch_failures WHERE url = ?",
                     [site.url("/bad.html")]) == [(2,)]

        # the feed changes and says page A was updated: A is asked conditionally (304),
        # B is left alone, the failed page waits for its doubled retry time
        feed_etag["value"] = '"f2"'
        feed_body["value"] = rss(site, [("/a.html", stamp(100)), ("/b.html", stamp(2)),
                                        ("/bad.html", stamp(3))])
        changed = run(warehouse, sources, T0 + timedelta(minutes=62))
        assert (changed.listed, changed.not_modified, changed.skipped_known,
                changed.deferred) == (3, 1, 1, 1)
        assert site.requests_for("/a.html")[-1].headers["if-none-match"] == '"a1"'
        assert len(site.requests_for("/b.html")) == 1
        assert query(warehouse, "SELECT last_status, listed_stamp FROM page_fetch_state "
                                "WHERE url = ?", [site.url("/a.html")]) == [(304, stamp(100))]

        # a day after their last check, recent pages are asked again although the feed
        # (304) lists nothing: A conditionally (304), B in full (it sent no validators)
        revisit = run(warehouse, sources, T0 + timedelta(hours=26))
        assert (revisit.listed, revisit.not_modified, revisit.fetched) == (0, 1, 1)
        assert revisit.load.articles_unchanged == 1 and revisit.load.articles_new == 0

        # once pages are older than the revisit window they are left alone
        settled = run(warehouse, sources, T0 + timedelta(days=9))
        assert (settled.not_modified, settled.fetched) == (0, 0)
