"""robots.txt: fetched once per site and run, read with the standard library's parser.

What an answer means follows RFC 9309: a robots.txt that is missing (any 4xx) allows
everything; one that cannot be fetched (5xx, a network error, a refused address) disallows
the whole site for this run, so a site in trouble is not crawled blind. A `Crawl-delay` for
our agent raises the per-host delay, up to a cap.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

# RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt
MAX_ROBOTS_BYTES = 512 * 1024
MAX_CRAWL_DELAY_SECONDS = 60.0


@dataclass(frozen=True)
class RobotsAnswer:
    """What fetching a robots.txt gave: its status and text, or why it could not be read."""

    status: int | None  # None when no HTTP answer came back
    text: str = ""
    error: str | None = None


@dataclass(frozen=True)
class RobotsRules:
    """The rules of one site for our user agent."""

    parser: RobotFileParser | None  # None: everything allowed
    unreachable: str | None = None  # why the whole site is off limits for this run

    def allows(self, url: str, user_agent: str) -> bool:
        """True if `user_agent` may fetch `url`."""
        if self.unreachable is not None:
            return False
        return self.parser is None or self.parser.can_fetch(user_agent, url)

    def crawl_delay(self, user_agent: str) -> float | None:
        """The site's Crawl-delay for our agent in seconds (capped), or None."""
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(user_agent)
        return None if delay is None else min(float(delay), MAX_CRAWL_DELAY_SECONDS)


def rules_from_answer(answer: RobotsAnswer) -> RobotsRules:
    """The rules a robots.txt answer stands for (RFC 9309 section 2.3.1)."""
    if answer.status is None or answer.status == 429 or answer.status >= 500:
        why = answer.error or f"HTTP {answer.status}"
        return RobotsRules(None, unreachable=f"robots.txt could not be fetched ({why})")
    if 400 <= answer.status < 500:
        return RobotsRules(None)
    parser = RobotFileParser()
    parser.parse(answer.text.splitlines())
    return RobotsRules(parser)


def robots_url(url: str) -> str:
    """The robots.txt address for the site of `url`."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


@dataclass
class RobotsCache:
    """robots.txt rules per site (scheme, host and port), each fetched once for its lifetime."""

    fetch: Callable[[str], Awaitable[RobotsAnswer]]
    _rules: dict[str, RobotsRules] = field(default_factory=dict)
    _pending: dict[str, asyncio.Future[RobotsRules]] = field(default_factory=dict)

    async def rules_for(self, url: str) -> RobotsRules:
        """The rules of `url`'s site; concurrent callers for one site share a single fetch."""
        key = robots_url(url)
        if key in self._rules:
            return self._rules[key]
        if key not in self._pending:
            self._pending[key] = asyncio.ensure_future(self._load(key))
        return await asyncio.shield(self._pending[key])

    async def _load(self, key: str) -> RobotsRules:
        try:
            rules = rules_from_answer(await self.fetch(key))
        except Exception as exc:  # whatever goes wrong, the site is unreadable, not the run
            rules = RobotsRules(None, unreachable=f"robots.txt could not be fetched ({exc})")
        self._rules[key] = rules
        self._pending.pop(key, None)
        return rules
