"""Polite asynchronous HTTP fetching with httpx: timeouts, per-host limits, retries, a body cap.

Only http and https; addresses in private, loopback or link-local ranges are refused unless the
settings or the source allow them (the demo and the tests allow 127.0.0.1 explicitly).
"""

from __future__ import annotations

import asyncio
import ipaddress
import random
import socket
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from flows.config import HttpSettings


@dataclass(frozen=True)
class FetchedPage:
    """A successful response, body capped at the configured size."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    source_name: str | None = None
    lang_hint: str | None = None


@dataclass(frozen=True)
class FetchFailure:
    """Why a URL could not be fetched or used."""

    url: str
    stage: str
    reason: str
    source_name: str | None = None


class FetchError(Exception):
    """A fetch that failed for good after retries; the message says why."""


_RETRY_STATUS = {429, 500, 502, 503, 504}


def _is_private_host(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        return False  # the request itself reports the DNS failure
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            return True
    return False


@dataclass
class Fetcher:
    """Fetches URLs with the limits of `HttpSettings`; use as an async context manager."""

    settings: HttpSettings
    allow_private_hosts: frozenset[str] = frozenset()
    _client: httpx.AsyncClient | None = None
    _host_locks: dict[str, asyncio.Semaphore] = field(default_factory=dict)
    _host_last: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    _global: asyncio.Semaphore | None = None

    async def __aenter__(self) -> Fetcher:
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(self.settings.timeout_seconds),
            follow_redirects=True,
            max_redirects=self.settings.max_redirects,
            headers={"User-Agent": self.settings.user_agent},
        )
        self._global = asyncio.Semaphore(self.settings.global_concurrency)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.aclose()

    def _check_url(self, url: str) -> str:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError(f"{url}: only http and https URLs are fetched")
        host = parts.hostname or ""
        if not host:
            raise FetchError(f"{url}: no host in URL")
        if (
            not self.settings.allow_private_addresses
            and host not in self.allow_private_hosts
            and _is_private_host(host)
        ):
            raise FetchError(
                f"{url}: host {host} resolves to a private or loopback address; "
                "allow it with allow_private = true on the source"
            )
        return host

    async def _wait_turn(self, host: str) -> None:
        loop = asyncio.get_running_loop()
        wait = self._host_last[host] + self.settings.min_delay_seconds - loop.time()
        if wait > 0:
            await asyncio.sleep(wait)
        self._host_last[host] = loop.time()

    async def fetch(self, url: str, *, source_name: str | None = None,
                    lang_hint: str | None = None) -> FetchedPage:
        """GET `url` with retries on connect/read errors, 429 and 5xx; raise `FetchError` at the end."""
        assert self._client is not None and self._global is not None, "use `async with Fetcher(...)`"
        host = self._check_url(url)
        sem = self._host_locks.setdefault(host, asyncio.Semaphore(self.settings.per_host_concurrency))
        last_reason = "no attempt"
        for attempt in range(self.settings.max_retries + 1):
            async with self._global, sem:
                await self._wait_turn(host)
                try:
                    page = await self._get_once(url, source_name, lang_hint)
                except (httpx.TransportError, httpx.TooManyRedirects) as exc:
                    last_reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
                    retry_after = None
                    if isinstance(exc, httpx.TooManyRedirects):
                        break
                else:
                    if page.status < 400:
                        return page
                    last_reason = f"HTTP {page.status}"
                    if page.status not in _RETRY_STATUS:
                        break
                    retry_after = _retry_after(page.headers.get("retry-after"))
            if attempt < self.settings.max_retries:
                delay = self.settings.backoff_seconds * (2 ** attempt) * (0.5 + random.random())
                if retry_after is not None:
                    delay = min(retry_after, self.settings.max_retry_after_seconds)
                await asyncio.sleep(delay)
        raise FetchError(f"{url}: {last_reason}")

    async def _get_once(self, url: str, source_name: str | None,
                        lang_hint: str | None) -> FetchedPage:
        assert self._client is not None
        async with self._client.stream("GET", url) as response:
            chunks = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > self.settings.max_body_bytes:
                    raise FetchError(
                        f"{url}: body larger than {self.settings.max_body_bytes} bytes, not stored"
                    )
                chunks.append(chunk)
            return FetchedPage(
                url=url,
                final_url=str(response.url),
                status=response.status_code,
                headers={k.lower(): v for k, v in response.headers.items()},
                body=b"".join(chunks),
                source_name=source_name,
                lang_hint=lang_hint,
            )


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
