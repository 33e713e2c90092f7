"""Pure units of the fetcher: content decoding, the address guard and robots.txt rules."""

from __future__ import annotations

import asyncio
import gzip
import zlib

import brotli
import pytest

from flows.address_guard import AddressGuard, AddressRefused, is_public_address
from flows.content_coding import BodyTooLarge, BoundedDecoder, TruncatedBody, accept_encoding
from flows.robots import RobotsAnswer, RobotsCache, rules_from_answer

TEXT = b"<p>" + b"compute " * 2000 + b"</p>"


def decode(coding: str | None, data: bytes, limit: int = 1_000_000, step: int = 1000) -> bytes:
    decoder = BoundedDecoder(coding, limit)
    out = b"".join(decoder.decode(data[i:i + step]) for i in range(0, len(data), step))
    return out + decoder.finish()


def _raw_deflate(data: bytes) -> bytes:
    c = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return c.compress(data) + c.flush()


@pytest.mark.parametrize("coding, data", [
    (None, TEXT),
    ("identity", TEXT),
    ("gzip", gzip.compress(TEXT)),
    ("x-gzip", gzip.compress(TEXT)),
    ("deflate", zlib.compress(TEXT)),
    ("deflate", _raw_deflate(TEXT)),
    ("br", brotli.compress(TEXT)),
    ("gzip, br", brotli.compress(gzip.compress(TEXT))),
])
def test_codings_decode_in_small_chunks(coding, data):
    assert decode(coding, data) == TEXT


@pytest.mark.parametrize("coding, data", [
    ("gzip", gzip.compress(TEXT)[:-30]),
    ("deflate", zlib.compress(TEXT)[:-10]),
    ("br", brotli.compress(TEXT)[:-5]),
])
def test_truncated_streams_are_detected(coding, data):
    with pytest.raises(TruncatedBody, match="truncated|not valid"):
        decode(coding, data)


@pytest.mark.parametrize("coding, pack", [
    ("gzip", gzip.compress), ("br", brotli.compress), ("identity", lambda b: b)])
def test_output_is_capped_whatever_the_ratio(coding, pack):
    with pytest.raises(BodyTooLarge, match="larger than 50000 bytes"):
        decode(coding, pack(b"\0" * 10_000_000), limit=50_000, step=65536)


def test_unknown_coding_is_refused_and_br_is_offered():
    with pytest.raises(TruncatedBody, match="unsupported Content-Encoding 'zstd'"):
        BoundedDecoder("zstd", 10)
    assert "br" in accept_encoding()


@pytest.mark.parametrize("address, public", [
    ("8.8.8.8", True), ("2606:4700::1", True),
    ("127.0.0.1", False), ("10.1.2.3", False), ("192.168.1.1", False), ("172.16.0.1", False),
    ("169.254.169.254", False), ("100.64.0.1", False), ("0.0.0.0", False), ("::1", False),
    ("fe80::1%eth0", False), ("fc00::1", False), ("::ffff:127.0.0.1", False),
    ("224.0.0.1", False),
])
def test_public_addresses(address, public):
    assert is_public_address(address) is public


def check(guard: AddressGuard, url: str) -> str:
    return asyncio.run(guard.check(url))


def test_guard_refuses_private_literals_and_names_unless_allowed():
    with pytest.raises(AddressRefused, match="10.0.0.5 resolves to 10.0.0.5"):
        check(AddressGuard(), "http://10.0.0.5/x")
    with pytest.raises(AddressRefused, match=r"\[::1\]|::1"):
        check(AddressGuard(), "http://[::1]:8080/x")
    with pytest.raises(AddressRefused, match="localhost resolves to"):
        check(AddressGuard(), "http://localhost/x")
    assert check(AddressGuard(frozenset({"localhost"})), "http://LOCALHOST/x") == "localhost"
    assert check(AddressGuard(allow_private=True), "http://10.0.0.5/x") == "10.0.0.5"
    assert check(AddressGuard(), "https://8.8.8.8/x") == "8.8.8.8"


def test_missing_robots_allows_and_failing_robots_forbids():
    assert rules_from_answer(RobotsAnswer(404)).allows("https://a/x", "computewatch")
    for answer in (RobotsAnswer(503), RobotsAnswer(429), RobotsAnswer(None, error="timeout")):
        rules = rules_from_answer(answer)
        assert not rules.allows("https://a/x", "computewatch")
        assert "robots.txt could not be fetched" in rules.unreachable


def test_robots_rules_and_crawl_delay_for_our_agent():
    text = ("User-agent: computewatch\nCrawl-delay: 5\nDisallow: /drafts/\n\n"
            "User-agent: slowbot\nCrawl-delay: 3600\n\nUser-agent: *\nDisallow: /\n")
    rules = rules_from_answer(RobotsAnswer(200, text))
    agent = "computewatch/0.1 (+https://github.com/computewatch/computewatch)"
    assert rules.allows("https://a/news/1", agent)
    assert not rules.allows("https://a/drafts/1", agent)
    assert not rules.allows("https://a/news/1", "otherbot/1.0")
    assert rules.crawl_delay(agent) == 5
    assert rules.crawl_delay("slowbot") == 60  # capped


def test_robots_cache_fetches_each_site_once_for_concurrent_callers():
    calls = []

    async def fetch(url: str) -> RobotsAnswer:
        calls.append(url)
        await asyncio.sleep(0)
        return RobotsAnswer(200, "User-agent: *\nDisallow: /x\n")

    async def go():
        cache = RobotsCache(fetch)
        return await asyncio.gather(*(cache.rules_for(f"https://a.example/{i}")
                                      for i in range(5)),
                                    cache.rules_for("https://b.example/"))

    results = asyncio.run(go())
    assert calls == ["https://a.example/robots.txt", "https://b.example/robots.txt"]
    assert not results[0].allows("https://a.example/x", "bot")
