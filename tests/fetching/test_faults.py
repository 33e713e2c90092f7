"""Every fault of the issue ends in a clear failure, in bounded time and memory."""

from __future__ import annotations

import asyncio
import gzip
import time
import tracemalloc
from dataclasses import replace

import pytest

from flows.config import HttpSettings, Source
from flows.fetcher import Fetcher, FetchError
from flows.source_poll import FAILED, poll_source

from .loopback import LOOPBACK, LoopbackSite, RouteRequest

PAGE = b"<html><body><p>" + b"Hello world. " * 200 + b"</p></body></html>"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY lol "lol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><link>http://127.0.0.1/a</link></item></channel></rss>"""

# one big entity referenced many times: feedparser's fallback parser would expand it fully
QUADRATIC = (b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "' + b"x" * 50_000 + b'">]>\n'
             b"<rss version=\"2.0\"><channel><item><title>" + b"&a;" * 100_000
             + b"</title><link>http://127.0.0.1/a</link></item></channel></rss>")


def fetch(settings: HttpSettings, url: str, **kwargs):
    async def go():
        async with Fetcher(settings, LOOPBACK) as fetcher:
            return await fetcher.fetch(url, **kwargs)

    return asyncio.run(go())


def poll(settings: HttpSettings, source: Source):
    async def go():
        async with Fetcher(settings, LOOPBACK) as fetcher:
            return await poll_source(fetcher, source)

    return asyncio.run(go())


def _stream_headers(req: RouteRequest, headers: dict[str, str]) -> None:
    h = req.handler
    h.send_response(200)
    for name, value in headers.items():
        h.send_header(name, value)
    h.end_headers()


def test_malformed_feed_is_a_failed_poll(site: LoopbackSite, http: HttpSettings):
    site.page("/feed", "<rss><channel><item><title>oops</titl", "application/rss+xml")
    result = poll(http, Source("broken", "rss", site.url("/feed")))
    assert result.status == FAILED and result.articles == []
    assert "is not a readable RSS or Atom feed" in result.error


@pytest.mark.parametrize("bomb", [BILLION_LAUGHS, QUADRATIC], ids=["billion-laughs", "quadratic"])
def test_entity_expansion_bomb_feed_is_refused(site: LoopbackSite, http: HttpSettings, bomb):
    site.page("/feed", bomb, "application/rss+xml")
    tracemalloc.start()
    started = time.monotonic()
    result = poll(http, Source("bomb", "rss", site.url("/feed")))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert result.status == FAILED and "declares XML entities" in result.error
    assert time.monotonic() - started < 2
    assert peak < 20_000_000


def test_entity_bomb_sitemap_is_refused(site: LoopbackSite, http: HttpSettings):
    bomb = (BILLION_LAUGHS.split(b"<rss")[0].replace(b"rss [", b"urlset [")
            + b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + b"<url><loc>http://127.0.0.1/&lol9;</loc></url>" * 20 + b"</urlset>")
    site.page("/sitemap.xml", bomb, "application/xml")
    started = time.monotonic()
    result = poll(http, Source("bomb", "sitemap", site.url("/sitemap.xml")))
    assert time.monotonic() - started < 2
    # libxml2 either refuses the amplification or leaves the entities unexpanded
    assert result.status == FAILED or all(len(a.url) < 200 for a in result.articles)


def test_truncated_gzip_body_fails(site: LoopbackSite, http: HttpSettings):
    cut = gzip.compress(PAGE)[:-20]
    site.page("/cut.html", cut, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="gzip body is truncated"):
        fetch(http, site.url("/cut.html"))


def test_gzip_bomb_is_cut_at_the_cap(site: LoopbackSite, http: HttpSettings):
    bomb = gzip.compress(b"\0" * 50_000_000)  # about 50 KB on the wire
    site.page("/bomb.html", bomb, headers={"Content-Encoding": "gzip"})
    tracemalloc.start()
    with pytest.raises(FetchError, match="over the 1048576-byte cap"):
        fetch(http, site.url("/bomb.html"))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 10_000_000


def _twenty_megabytes(req: RouteRequest) -> None:
    # no Content-Length: the body ends when the connection closes, so only a cap stops it
    _stream_headers(req, {"Content-Type": "text/html", "Connection": "close"})
    req.handler.close_connection = True
    chunk = b"<p>" + b"x" * 65_530 + b"</p>"
    for _ in range(20 * 16):
        if req.stopping.is_set():
            return
        req.write_raw(chunk)


def test_twenty_megabyte_page_is_cut_within_bounded_memory(site: LoopbackSite,
                                                           http: HttpSettings):
    site.route("/huge.html", _twenty_megabytes)
    settings = replace(http, max_body_bytes=10 * 1024 * 1024, request_deadline_seconds=20)
    tracemalloc.start()
    with pytest.raises(FetchError, match="body over the 10485760-byte cap, not stored"):
        fetch(settings, site.url("/huge.html"))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 16 * 1024 * 1024


def test_declared_oversize_body_is_refused_before_reading(site: LoopbackSite,
                                                          http: HttpSettings):
    site.route("/big.html", lambda req: req.respond(
        200, b"", {"Content-Type": "text/html"}, content_length=20 * 1024 * 1024))
    with pytest.raises(FetchError, match="body of 20971520 bytes is over the 1048576-byte cap"):
        fetch(http, site.url("/big.html"))


def test_redirect_loop_fails(site: LoopbackSite, http: HttpSettings):
    site.route("/a", lambda req: req.respond(302, headers={"Location": "/b"}))
    site.route("/b", lambda req: req.respond(302, headers={"Location": "/a"}))
    with pytest.raises(FetchError, match=r"redirect loop \(.*/a -> .*/b -> .*/a\)"):
        fetch(http, site.url("/a"))


def _drip(req: RouteRequest) -> None:
    _stream_headers(req, {"Content-Type": "text/html", "Content-Length": "1000000"})
    while not req.stopping.wait(0.02):
        req.write_raw(b"x")


def test_endless_slow_response_hits_the_deadline(site: LoopbackSite, http: HttpSettings):
    site.route("/drip.html", _drip)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"no complete response within 0.5s"):
        fetch(replace(http, request_deadline_seconds=0.5), site.url("/drip.html"))
    assert time.monotonic() - started < 2  # not retried: the deadline is the site's answer
    assert len(site.requests_for("/drip.html")) <= 1


def _silent(req: RouteRequest) -> None:
    req.stopping.wait(5)  # accepts the request and never answers


def test_server_that_never_answers_times_out_and_is_retried(site: LoopbackSite,
                                                            http: HttpSettings):
    site.route("/silent", _silent)
    started = time.monotonic()
    with pytest.raises(FetchError, match="ReadTimeout.*gave up after 2 attempts"):
        fetch(replace(http, timeout_seconds=0.2, max_retries=1), site.url("/silent"))
    assert time.monotonic() - started < 2


def _cut_connection(req: RouteRequest) -> None:
    _stream_headers(req, {"Content-Type": "text/html", "Content-Length": str(len(PAGE))})
    req.write_raw(PAGE[:100])
    req.handler.close_connection = True


def test_connection_cut_mid_body_is_retried_then_reported(site: LoopbackSite,
                                                          http: HttpSettings):
    site.route("/cut", _cut_connection)
    with pytest.raises(FetchError, match="RemoteProtocolError.*gave up after 3 attempts"):
        fetch(http, site.url("/cut"))
    assert len(site.requests_for("/cut")) == 3
