"""A real HTTP server on 127.0.0.1 whose routes the tests define, including broken ones.

Each route is a function that writes a whole raw response, so a test can send what no
well-behaved server would: a lying Content-Length, a truncated gzip stream, a body that
drips forever. Every request is logged with its headers.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from flows.config import HttpSettings

Handler = Callable[["RouteRequest"], None]

# small limits keep every fault test to a fraction of a second
FAST = HttpSettings(
    user_agent="computewatch-test/1.0 (+https://example.invalid/computewatch)",
    timeout_seconds=2.0,
    request_deadline_seconds=2.0,
    min_delay_seconds=0.0,
    max_retries=2,
    backoff_seconds=0.01,
    max_retry_after_seconds=0.2,
    max_body_bytes=1024 * 1024,
)
LOOPBACK = frozenset({"127.0.0.1"})


@dataclass(frozen=True)
class LoggedRequest:
    """One request the site received (logged before it is answered)."""

    path: str
    headers: dict[str, str]
    started: float


@dataclass
class RouteRequest:
    """What a route sees: the request, and ways to answer it."""

    path: str
    headers: dict[str, str]
    handler: BaseHTTPRequestHandler
    stopping: threading.Event
    # called once, before the first byte of the answer goes out: the request stops counting as
    # in flight there, so a client that sends its next request on receipt never overlaps it
    answering: Callable[[], None] = lambda: None

    def respond(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None,
                *, content_length: int | None = None) -> None:
        """Send a complete response (the Content-Length may be set to lie)."""
        self.answering()
        h = self.handler
        h.send_response(status)
        sent = {k.lower() for k in (headers or {})}
        for name, value in (headers or {}).items():
            h.send_header(name, value)
        if "content-length" not in sent:
            h.send_header("Content-Length", str(len(body) if content_length is None
                                                else content_length))
        h.end_headers()
        if body:
            h.wfile.write(body)

    def write_raw(self, data: bytes) -> None:
        """Write bytes straight to the socket."""
        self.answering()
        self.handler.wfile.write(data)
        self.handler.wfile.flush()


@dataclass
class LoopbackSite:
    """Routes, the request log and the concurrency seen, for one running server."""

    base: str = ""
    routes: dict[str, Handler] = field(default_factory=dict)
    log: list[LoggedRequest] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)
    in_flight: int = 0
    max_in_flight: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        """The absolute URL of `path` on this site."""
        return self.base + path

    def route(self, path: str, handler: Handler) -> None:
        """Answer requests for `path` (query string ignored) with `handler`."""
        self.routes[path] = handler

    def page(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8",
             status: int = 200, headers: dict[str, str] | None = None) -> None:
        """Serve a fixed body."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        extra = {"Content-Type": content_type, **(headers or {})}
        self.route(path, lambda req: req.respond(status, data, extra))

    def requests_for(self, path: str) -> list[LoggedRequest]:
        """Logged requests for `path`, in order."""
        return [r for r in self.log if r.path == path]

    def _enter(self) -> None:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def _leave(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def _leaver(self) -> Callable[[], None]:
        """A `_leave` that acts once, however often it is called."""
        left = threading.Event()

        def leave() -> None:
            if not left.is_set():
                left.set()
                self._leave()

        return leave


def _handler_class(site: LoopbackSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            path = self.path.split("?", 1)[0]
            headers = {k.lower(): v for k, v in self.headers.items()}
            site.log.append(LoggedRequest(path, headers, time.monotonic()))
            site._enter()
            leave = site._leaver()
            try:
                route = site.routes.get(path)
                request = RouteRequest(path, headers, self, site.stopping, leave)
                if route is None:
                    request.respond(404, b"not found", {"Content-Type": "text/plain"})
                else:
                    route(request)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True
            finally:
                leave()

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that hang up early are part of the tests


class SiteServer:
    """Runs a `LoopbackSite` in a thread; use as a context manager."""

    def __init__(self) -> None:
        self.site = LoopbackSite()
        self.server = _QuietServer(("127.0.0.1", 0), _handler_class(self.site))
        self.site.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,),
                                       daemon=True)

    def __enter__(self) -> LoopbackSite:
        self.thread.start()
        return self.site

    def __exit__(self, *exc: object) -> None:
        self.site.stopping.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)
