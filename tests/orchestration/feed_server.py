"""A loopback news site for orchestration tests: an RSS feed and article pages, editable live.

The feed answers conditional requests (ETag / If-None-Match) like real sites do. Articles are
short news items written for these tests; each states one funding round so the extractor has
something to find.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="{published}">
<link rel="canonical" href="{url}"></head>
<body><header><nav><a href="/">Loopback AI News</a></nav></header>
<article><h1>{title}</h1>
<p class="byline">By the loopback desk, {day}</p>
{paragraphs}
</article><footer>Loopback AI News is a test site.</footer></body></html>
"""

_FILLER = (
    "The company said it would spend the money on computing power and on hiring researchers, "
    "and that demand for its models from enterprise customers had grown every quarter this year.",
    "People familiar with the deal said talks had run for several weeks. The company declined to "
    "comment on how many chips it plans to buy or which cloud provider it will use.",
)


@dataclass(frozen=True)
class Article:
    """One article page of the site."""

    slug: str
    title: str
    lead: str
    published: datetime

    def html(self, base: str) -> bytes:
        paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in (self.lead, *_FILLER))
        return _PAGE.format(
            title=escape(self.title), published=self.published.isoformat(),
            url=f"{base}/articles/{self.slug}.html", day=self.published.date().isoformat(),
            paragraphs=paragraphs,
        ).encode("utf-8")


def funding_article(n: int, lab: str = "Cohere", amount_m: int | None = None,
                    round_name: str | None = None) -> Article:
    """An article about one closed funding round; `n` makes it unique."""
    amount = amount_m or 100 + n
    round_name = round_name or f"Series {chr(ord('A') + n % 26)}{n // 26 or ''}"
    published = datetime(2026, 11, 1, 9, 0, tzinfo=UTC) + timedelta(hours=n)
    return Article(
        slug=f"{lab.lower().replace(' ', '-')}-{n}",
        title=f"{lab} raises ${amount} million in {round_name}",
        lead=f"{lab} has raised ${amount} million in a {round_name} funding round, "
             "the company said on Monday.",
        published=published,
    )


class FeedServer:
    """Serves `/feed.rss` and `/articles/<slug>.html` on 127.0.0.1 until `stop()`."""

    def __init__(self) -> None:
        self._articles: list[Article] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        self.requests: list[str] = []
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    @property
    def feed_url(self) -> str:
        """The RSS feed's address."""
        return f"{self.base}/feed.rss"

    def add(self, *articles: Article) -> None:
        """Publish articles (they appear at the top of the feed)."""
        with self._lock:
            self._articles.extend(articles)

    def stop(self) -> None:
        """Stop serving."""
        self._server.shutdown()
        self._server.server_close()

    def _feed(self) -> bytes:
        with self._lock:
            articles = sorted(self._articles, key=lambda a: a.published, reverse=True)
        items = "".join(
            f"<item><title>{escape(a.title)}</title>"
            f"<link>{self.base}/articles/{a.slug}.html</link>"
            f"<guid>{self.base}/articles/{a.slug}.html</guid>"
            f"<pubDate>{format_datetime(a.published)}</pubDate></item>"
            for a in articles
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Loopback AI News</title><link>{self.base}/</link>"
            f"<description>Test feed</description>{items}</channel></rss>"
        ).encode()

    def _page(self, slug: str) -> bytes | None:
        with self._lock:
            found = [a for a in self._articles if a.slug == slug]
        return found[0].html(self.base) if found else None

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                site.requests.append(self.path)
                path = self.path.split("?", 1)[0]
                if path == "/feed.rss":
                    body, kind = site._feed(), "application/rss+xml; charset=utf-8"
                elif path.startswith("/articles/") and path.endswith(".html"):
                    body = site._page(path[len("/articles/"):-len(".html")])
                    kind = "text/html; charset=utf-8"
                else:
                    body = None
                if body is None:
                    self.send_error(404)
                    return
                etag = '"' + hashlib.sha1(body).hexdigest() + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler


def sources_toml(feed_url: str, *, alert_urls: tuple[str, ...] = (), extra: str = "") -> str:
    """A sources.toml for one loopback feed, without politeness delays (it is our own server)."""
    urls = ", ".join(f'"{u}"' for u in alert_urls)
    return f"""
[defaults]
min_delay_seconds = 0
respect_robots = false

[alerts]
urls = [{urls}]
retry_seconds = 1

{extra}

[[source]]
name = "loopback-news"
kind = "rss"
url = "{feed_url}"
lang = "en"
allow_private = true
"""
