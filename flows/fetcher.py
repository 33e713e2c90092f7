"""Polite asynchronous HTTP fetching with httpx.

Per request: only http and https, no private addresses unless allowed (`address_guard`),
robots.txt honoured (`robots`), conditional GET with the validators the caller kept, a
deadline for the whole response (httpx's own timeouts are per read, so a server that drips
one byte a second would never time out), a cap on the decoded body (`content_coding`), a
Content-Type check, and redirects followed by hand so every hop passes the same checks.

Per host: at most `per_host_concurrency` requests at once and `min_delay_seconds` (or the
site's Crawl-delay) between two starts. Overall: at most `global_concurrency` at once.
Connect and read errors, 429 and 5xx are retried with exponential backoff and jitter,
honouring Retry-After, at most `max_retries` times; then `FetchError` says why.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin

import httpx

from flows.address_guard import AddressGuard, AddressRefused
from flows.config import HttpSettings
from flows.content_coding import BodyTooLarge, BoundedDecoder, TruncatedBody, accept_encoding
from flows.robots import MAX_ROBOTS_BYTES, RobotsAnswer, RobotsCache

log = logging.getLogger("computewatch.fetch")

_RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})
_REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})

# What each kind of document may be served as; a missing Content-Type is accepted.
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_XML_HINTS = ("xml", "rss", "atom")
_XML_EXTRA_TYPES = frozenset({
    "text/plain", "text/html", "application/octet-stream", "application/gzip",
    "application/x-gzip",
})  # fmt: skip
_ACCEPT = {
    "html": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
    "xml": "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,"
           "*/*;q=0.5",
    "any": "*/*",
}


@dataclass(frozen=True)
class FetchedPage:
    """A response worth reading: 2xx with its (decoded, capped) body, or 304 with none."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    source_name: str | None = None
    lang_hint: str | None = None

    @property
    def not_modified(self) -> bool:
        """True for a 304 answer to a conditional request: nothing to parse."""
        return self.status == 304


@dataclass(frozen=True)
class FetchFailure:
    """Why a URL could not be fetched or used."""

    url: str
    stage: str
    reason: str
    source_name: str | None = None


class FetchError(Exception):
    """A fetch that failed for good (after any retries); the message names the URL and why."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class _Transient(Exception):
    """A failure worth retrying in this run, with the server's Retry-After if it sent one."""

    def __init__(self, reason: str, retry_after: float | None = None,
                 status: int | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after
        self.status = status


def content_type_allowed(content_type: str | None, expect: str) -> bool:
    """True if a response with `content_type` can be the kind of document `expect` names."""
    if expect == "any" or not content_type:
        return True
    mime = content_type.split(";", 1)[0].strip().lower()
    if not mime:
        return True
    if expect == "html":
        return mime in _HTML_TYPES
    return any(hint in mime for hint in _XML_HINTS) or mime in _XML_EXTRA_TYPES


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def backoff_delay(attempt: int, settings: HttpSettings, retry_after: float | None) -> float:
    """How long to wait before retry number `attempt + 1`: Retry-After, else exponential + jitter."""
    if retry_after is not None:
        return retry_after
    return settings.backoff_seconds * (2**attempt) * (0.5 + random.random())


def _error_text(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class Fetcher:
    """Fetches URLs within the limits of `HttpSettings`; use as an async context manager.

    `allow_private_hosts` are host names that may be fetched even though they resolve to
    private or loopback addresses (sources with `allow_private = true`).
    """

    def __init__(self, settings: HttpSettings,
                 allow_private_hosts: frozenset[str] = frozenset()) -> None:
        self.settings = settings
        self.guard = AddressGuard(frozenset(h.lower() for h in allow_private_hosts),
                                  settings.allow_private_addresses)
        self.robots = RobotsCache(self._fetch_robots)
        self._client: httpx.AsyncClient | None = None
        self._host_slots: dict[str, asyncio.Semaphore] = {}
        self._host_next_start: dict[str, float] = {}
        self._global: asyncio.Semaphore | None = None

    async def __aenter__(self) -> Fetcher:
        s = self.settings
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(s.timeout_seconds),
            follow_redirects=False,  # followed by hand: each hop is checked
            limits=httpx.Limits(max_connections=s.global_concurrency,
                                max_keepalive_connections=s.global_concurrency),
            headers={"User-Agent": s.user_agent, "Accept-Encoding": accept_encoding()},
        )
        self._global = asyncio.Semaphore(s.global_concurrency)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def fetch(
        self,
        url: str,
        *,
        expect: str = "html",
        etag: str | None = None,
        last_modified: str | None = None,
        source_name: str | None = None,
        lang_hint: str | None = None,
    ) -> FetchedPage:
        """GET `url`, conditionally when `etag`/`last_modified` are given.

        `expect` is "html" (article and index pages), "xml" (feeds and sitemaps) or "any".
        Returns a 2xx page or a 304; raises `FetchError` saying why otherwise.
        """
        return await self._fetch(url, expect=expect, etag=etag, last_modified=last_modified,
                                 source_name=source_name, lang_hint=lang_hint,
                                 check_robots=self.settings.respect_robots,
                                 limit=self.settings.max_body_bytes)

    async def _fetch(self, url: str, *, expect: str, etag: str | None,
                     last_modified: str | None, source_name: str | None,
                     lang_hint: str | None, check_robots: bool, limit: int) -> FetchedPage:
        if self._client is None:
            raise RuntimeError("use `async with Fetcher(...)` before fetching")
        s = self.settings
        headers = {"Accept": _ACCEPT.get(expect, "*/*")}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        failure: _Transient | None = None
        for attempt in range(s.max_retries + 1):
            try:
                status, final_url, response_headers, body = await self._follow(
                    url, headers, expect, check_robots, limit)
                return FetchedPage(url, final_url, status, response_headers, body,
                                   source_name, lang_hint)
            except _Transient as exc:
                failure = exc
            if attempt == s.max_retries:
                break
            if failure.retry_after is not None and failure.retry_after > s.max_retry_after_seconds:
                raise FetchError(
                    f"{url}: {failure} and Retry-After {failure.retry_after:.0f}s is longer "
                    f"than the {s.max_retry_after_seconds:.0f}s one run waits",
                    status=failure.status)
            delay = backoff_delay(attempt, s, failure.retry_after)
            log.debug("retrying %s in %.2fs after %s", url, delay, failure)
            await asyncio.sleep(delay)
        attempts = s.max_retries + 1
        raise FetchError(
            f"{url}: {failure} (gave up after {attempts} attempt{'s' if attempts > 1 else ''})",
            status=failure.status if failure else None)

    async def _follow(self, url: str, headers: dict[str, str], expect: str,
                      check_robots: bool, limit: int) -> tuple[int, str, dict[str, str], bytes]:
        """One attempt: request `url`, following redirects that pass every check."""
        chain = [url]
        current = url
        for _ in range(self.settings.max_redirects + 1):
            try:
                host = await self.guard.check(current)
            except AddressRefused as exc:
                raise FetchError(str(exc)) from None
            delay = self.settings.min_delay_seconds
            if check_robots:
                rules = await self.robots.rules_for(current)
                if not rules.allows(current, self.settings.user_agent):
                    why = rules.unreachable or "disallowed by robots.txt"
                    raise FetchError(f"{current}: {why}")
                delay = max(delay, rules.crawl_delay(self.settings.user_agent) or 0.0)
            status, response_headers, body = await self._request(
                current, host, delay, headers, expect, limit)
            location = response_headers.get("location")
            if status not in _REDIRECT_STATUS or not location:
                return status, current, response_headers, body
            target = urljoin(current, location.strip())
            if target in chain:
                raise FetchError(f"{url}: redirect loop ({' -> '.join([*chain, target])})")
            chain.append(target)
            current = target
        raise FetchError(
            f"{url}: more than {self.settings.max_redirects} redirects ({' -> '.join(chain)})")

    async def _take_turn(self, host: str, delay: float) -> None:
        """Wait until this host may get its next request, `delay` after the one before."""
        loop = asyncio.get_running_loop()
        now = loop.time()
        start = max(now, self._host_next_start.get(host, now))
        # reserve the slot before sleeping, so concurrent callers queue up behind it
        self._host_next_start[host] = start + delay
        if start > now:
            await asyncio.sleep(start - now)

    async def _request(self, url: str, host: str, delay: float, headers: dict[str, str],
                       expect: str, limit: int) -> tuple[int, dict[str, str], bytes]:
        """One HTTP exchange within the host and global limits and the total deadline."""
        assert self._client is not None and self._global is not None
        slot = self._host_slots.setdefault(
            host, asyncio.Semaphore(self.settings.per_host_concurrency))
        deadline = self.settings.request_deadline_seconds
        async with slot:
            await self._take_turn(host, delay)
            async with self._global:
                try:
                    async with asyncio.timeout(deadline):
                        return await self._exchange(url, headers, expect, limit)
                except TimeoutError:
                    raise FetchError(
                        f"{url}: no complete response within {deadline:g}s") from None
                except (httpx.TimeoutException, httpx.NetworkError,
                        httpx.RemoteProtocolError) as exc:
                    raise _Transient(_error_text(exc)) from None
                except httpx.HTTPError as exc:
                    raise FetchError(f"{url}: {_error_text(exc)}") from None

    async def _exchange(self, url: str, headers: dict[str, str], expect: str,
                        limit: int) -> tuple[int, dict[str, str], bytes]:
        assert self._client is not None
        async with self._client.stream("GET", url, headers=headers) as response:
            status = response.status_code
            response_headers = {k.lower(): v for k, v in response.headers.items()}
            if status in _RETRY_STATUS:
                raise _Transient(
                    f"HTTP {status}", retry_after_seconds(response_headers.get("retry-after")),
                    status)
            if status >= 400:
                raise FetchError(f"{url}: HTTP {status}", status=status)
            if status == 304 or status in _REDIRECT_STATUS or status < 200 or status == 204:
                return status, response_headers, b""
            if status >= 300:
                raise FetchError(f"{url}: HTTP {status} without a usable redirect", status=status)
            content_type = response_headers.get("content-type")
            if not content_type_allowed(content_type, expect):
                what = "an HTML page" if expect == "html" else "a feed or sitemap"
                raise FetchError(f"{url}: Content-Type {content_type} is not {what}")
            length = response_headers.get("content-length", "")
            if length.isdigit() and int(length) > limit:
                raise FetchError(f"{url}: body of {int(length)} bytes is over the {limit}-byte cap")
            try:
                decoder = BoundedDecoder(response_headers.get("content-encoding"), limit)
                chunks = [decoder.decode(raw) async for raw in response.aiter_raw()]
                chunks.append(decoder.finish())
            except BodyTooLarge:
                raise FetchError(f"{url}: body over the {limit}-byte cap, not stored") from None
            except TruncatedBody as exc:
                raise FetchError(f"{url}: {exc}") from None
            return status, response_headers, b"".join(chunks)

    async def _fetch_robots(self, url: str) -> RobotsAnswer:
        try:
            page = await self._fetch(url, expect="any", etag=None, last_modified=None,
                                     source_name=None, lang_hint=None, check_robots=False,
                                     limit=MAX_ROBOTS_BYTES)
        except FetchError as exc:
            return RobotsAnswer(exc.status, error=str(exc))
        return RobotsAnswer(page.status, page.body.decode("utf-8", errors="replace"))
