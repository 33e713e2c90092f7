"""The fetcher against a real loopback server: headers, codings, conditional GET, retries,
politeness, robots.txt, redirects, addresses and content types."""

from __future__ import annotations

import asyncio
import gzip
import zlib
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import brotli
import pytest

from flows.config import HttpSettings
from flows.fetcher import (
    Fetcher,
    FetchError,
    backoff_delay,
    content_type_allowed,
    retry_after_seconds,
)

from .loopback import LOOPBACK, LoopbackSite, RouteRequest

PAGE = "<html><head><title>t</title></head><body><p>Hello</p></body></html>"


def fetch(settings: HttpSettings, url: str, allow: frozenset[str] = LOOPBACK, **kwargs):
    async def go():
        async with Fetcher(settings, allow) as fetcher:
            return await fetcher.fetch(url, **kwargs)

    return asyncio.run(go())


def fetch_many(settings: HttpSettings, urls: list[str]) -> list:
    async def go():
        async with Fetcher(settings, LOOPBACK) as fetcher:
            return await asyncio.gather(*(fetcher.fetch(u) for u in urls),
                                        return_exceptions=True)

    return asyncio.run(go())


def test_plain_page_with_clear_user_agent(site: LoopbackSite, http: HttpSettings):
    site.page("/a.html", PAGE)
    page = fetch(http, site.url("/a.html"))
    assert page.status == 200 and page.body == PAGE.encode()
    assert page.final_url == site.url("/a.html")
    sent = site.requests_for("/a.html")[0].headers
    assert sent["user-agent"] == http.user_agent
    assert "br" in sent["accept-encoding"] and "gzip" in sent["accept-encoding"]
    assert "text/html" in sent["accept"]


@pytest.mark.parametrize("coding, encode", [
    ("gzip", gzip.compress),
    ("deflate", zlib.compress),
    ("br", brotli.compress),
])
def test_compressed_bodies_are_decoded(site: LoopbackSite, http: HttpSettings, coding, encode):
    site.page("/c.html", encode(PAGE.encode()), headers={"Content-Encoding": coding})
    assert fetch(http, site.url("/c.html")).body == PAGE.encode()


def test_conditional_get_sends_validators_and_reads_304(site: LoopbackSite, http: HttpSettings):
    def handler(req: RouteRequest) -> None:
        if req.headers.get("if-none-match") == '"v1"':
            req.respond(304, headers={"ETag": '"v1"'})
        else:
            req.respond(200, PAGE.encode(), {"Content-Type": "text/html", "ETag": '"v1"',
                                             "Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT"})

    site.route("/p.html", handler)
    first = fetch(http, site.url("/p.html"))
    assert first.status == 200 and first.headers["etag"] == '"v1"'
    again = fetch(http, site.url("/p.html"), etag='"v1"',
                  last_modified="Mon, 01 Jan 2024 00:00:00 GMT")
    assert again.not_modified and again.body == b""
    sent = site.requests_for("/p.html")[1].headers
    assert sent["if-none-match"] == '"v1"'
    assert sent["if-modified-since"] == "Mon, 01 Jan 2024 00:00:00 GMT"


def _flaky(statuses: list[int], headers: dict[str, str] | None = None):
    answers = iter(statuses)

    def handler(req: RouteRequest) -> None:
        status = next(answers, 200)
        if status == 200:
            req.respond(200, PAGE.encode(), {"Content-Type": "text/html"})
        else:
            req.respond(status, b"busy", {"Content-Type": "text/plain", **(headers or {})})

    return handler


def test_5xx_is_retried_then_succeeds(site: LoopbackSite, http: HttpSettings):
    site.route("/flaky", _flaky([503, 502]))
    assert fetch(http, site.url("/flaky")).status == 200
    assert len(site.requests_for("/flaky")) == 3


def test_gives_up_after_bounded_retries_and_says_why(site: LoopbackSite, http: HttpSettings):
    site.route("/down", _flaky([500] * 10))
    with pytest.raises(FetchError, match=r"HTTP 500 \(gave up after 3 attempts\)"):
        fetch(http, site.url("/down"))
    assert len(site.requests_for("/down")) == http.max_retries + 1


def test_429_honours_retry_after(site: LoopbackSite, http: HttpSettings):
    site.route("/limited", _flaky([429], {"Retry-After": "1"}))
    assert fetch(replace(http, max_retry_after_seconds=5), site.url("/limited")).status == 200
    first, second = site.requests_for("/limited")
    assert second.started - first.started >= 0.95  # backoff alone would wait 0.01 s


def test_retry_after_longer_than_a_run_waits_gives_up_at_once(site: LoopbackSite,
                                                              http: HttpSettings):
    site.route("/later", _flaky([429] * 5, {"Retry-After": "3600"}))
    with pytest.raises(FetchError, match="Retry-After 3600s is longer than"):
        fetch(http, site.url("/later"))
    assert len(site.requests_for("/later")) == 1


def test_client_errors_are_not_retried(site: LoopbackSite, http: HttpSettings):
    with pytest.raises(FetchError, match="HTTP 404") as info:
        fetch(http, site.url("/missing"))
    assert info.value.status == 404
    assert len(site.requests_for("/missing")) == 1


def test_connection_refused_is_retried_then_reported(http: HttpSettings):
    import socket

    with socket.socket() as s:  # a port that nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match="ConnectError.*gave up after 3 attempts"):
        fetch(http, f"http://127.0.0.1:{port}/x")


def test_retry_after_parsing_and_backoff():
    now = datetime(2025, 1, 1, tzinfo=UTC)
    assert retry_after_seconds("120") == 120
    assert retry_after_seconds(format_datetime(now + timedelta(seconds=30), usegmt=True),
                               now) == pytest.approx(30)
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None
    settings = HttpSettings(backoff_seconds=1.0)
    assert backoff_delay(0, settings, 7.0) == 7.0
    for attempt in range(4):
        delay = backoff_delay(attempt, settings, None)
        assert 0.5 * 2**attempt <= delay <= 1.5 * 2**attempt


def _held(site: LoopbackSite, seconds: float):
    """A route that keeps each request open a moment, so overlap can be seen."""

    def handler(req: RouteRequest) -> None:
        req.stopping.wait(seconds)
        req.respond(200, PAGE.encode(), {"Content-Type": "text/html"})

    return handler


def test_per_host_concurrency_is_capped(site: LoopbackSite, http: HttpSettings):
    site.route("/slow", _held(site, 0.05))
    results = fetch_many(replace(http, per_host_concurrency=2),
                         [site.url(f"/slow?{i}") for i in range(8)])
    assert all(r.status == 200 for r in results)
    assert site.max_in_flight == 2


def test_global_concurrency_is_capped_across_hosts(site: LoopbackSite, http: HttpSettings):
    site.route("/slow", _held(site, 0.03))
    other = site.base.replace("127.0.0.1", "localhost")  # same server, another host name

    async def go():
        settings = replace(http, per_host_concurrency=4, global_concurrency=1)
        async with Fetcher(settings, frozenset({"127.0.0.1", "localhost"})) as fetcher:
            urls = [f"{base}/slow?{i}" for base in (site.base, other) for i in range(3)]
            return await asyncio.gather(*(fetcher.fetch(u) for u in urls))

    assert len(asyncio.run(go())) == 6
    assert site.max_in_flight == 1


def test_min_delay_spaces_requests_to_one_host(site: LoopbackSite, http: HttpSettings):
    site.page("/d.html", PAGE)
    fetch_many(replace(http, min_delay_seconds=0.1), [site.url(f"/d.html?{i}") for i in range(3)])
    starts = sorted(r.started for r in site.requests_for("/d.html"))
    assert all(b - a >= 0.09 for a, b in zip(starts, starts[1:], strict=False))


def test_robots_txt_is_honoured_and_fetched_once(site: LoopbackSite, http: HttpSettings):
    site.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    site.page("/private/a.html", PAGE)
    site.page("/public.html", PAGE)
    results = fetch_many(http, [site.url("/public.html")] * 3 + [site.url("/private/a.html")])
    assert [getattr(r, "status", None) for r in results[:3]] == [200, 200, 200]
    assert isinstance(results[3], FetchError) and "disallowed by robots.txt" in str(results[3])
    assert site.requests_for("/private/a.html") == []
    assert len(site.requests_for("/robots.txt")) == 1


def test_robots_rules_for_our_agent_apply(site: LoopbackSite, http: HttpSettings):
    site.page("/robots.txt", "User-agent: computewatch-test\nDisallow: /\n\n"
                             "User-agent: *\nAllow: /\n", "text/plain")
    site.page("/a.html", PAGE)
    with pytest.raises(FetchError, match="disallowed by robots.txt"):
        fetch(http, site.url("/a.html"))


def test_unreachable_robots_txt_keeps_the_site_off_limits(site: LoopbackSite,
                                                          http: HttpSettings):
    site.route("/robots.txt", _flaky([503] * 10))
    site.page("/a.html", PAGE)
    with pytest.raises(FetchError, match=r"robots.txt could not be fetched \(.*HTTP 503"):
        fetch(http, site.url("/a.html"))
    assert site.requests_for("/a.html") == []


def test_robots_can_be_turned_off(site: LoopbackSite, http: HttpSettings):
    site.page("/robots.txt", "User-agent: *\nDisallow: /\n", "text/plain")
    site.page("/a.html", PAGE)
    assert fetch(replace(http, respect_robots=False), site.url("/a.html")).status == 200
    assert site.requests_for("/robots.txt") == []


def test_redirects_are_followed_to_the_final_url(site: LoopbackSite, http: HttpSettings):
    site.route("/old", lambda req: req.respond(301, headers={"Location": "/new"}))
    site.page("/new", PAGE)
    page = fetch(http, site.url("/old"))
    assert page.final_url == site.url("/new") and page.url == site.url("/old")


def test_redirect_chain_longer_than_the_limit_fails(site: LoopbackSite, http: HttpSettings):
    for i in range(10):
        site.route(f"/r{i}", lambda req, i=i: req.respond(302, headers={"Location": f"/r{i + 1}"}))
    with pytest.raises(FetchError, match="more than 3 redirects"):
        fetch(replace(http, max_redirects=3), site.url("/r0"))


def test_redirect_to_a_private_host_not_allowed_is_refused(site: LoopbackSite,
                                                           http: HttpSettings):
    inner = site.base.replace("127.0.0.1", "localhost") + "/admin"
    site.route("/jump", lambda req: req.respond(302, headers={"Location": inner}))
    with pytest.raises(FetchError, match="localhost resolves to .*allow_private"):
        fetch(http, site.url("/jump"))
    assert site.requests_for("/admin") == []


def test_private_addresses_are_refused_unless_allowed(site: LoopbackSite, http: HttpSettings):
    site.page("/a.html", PAGE)
    with pytest.raises(FetchError, match="127.0.0.1 resolves to 127.0.0.1"):
        fetch(http, site.url("/a.html"), allow=frozenset())
    assert site.log == []
    opened = replace(http, allow_private_addresses=True)
    assert fetch(opened, site.url("/a.html"), allow=frozenset()).status == 200


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/x", "file:///etc/passwd", "http:///nohost"])
def test_only_http_and_https_with_a_host(http: HttpSettings, url: str):
    with pytest.raises(FetchError, match="only http and https|no host"):
        fetch(http, url)


def test_wrong_content_type_is_refused_before_the_body(site: LoopbackSite, http: HttpSettings):
    site.page("/img", b"\x89PNG" + b"\0" * 100, "image/png")
    with pytest.raises(FetchError, match="Content-Type image/png is not an HTML page"):
        fetch(http, site.url("/img"))
    assert fetch(http, site.url("/img"), expect="any").status == 200


@pytest.mark.parametrize("content_type, expect, allowed", [
    ("text/html; charset=gbk", "html", True),
    ("application/xhtml+xml", "html", True),
    (None, "html", True),
    ("application/pdf", "html", False),
    ("application/rss+xml", "xml", True),
    ("text/xml", "xml", True),
    ("application/x-gzip", "xml", True),
    ("image/jpeg", "xml", False),
    ("video/mp4", "any", True),
])
def test_content_type_rules(content_type, expect, allowed):
    assert content_type_allowed(content_type, expect) is allowed
