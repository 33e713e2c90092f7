"""A loopback HTTP server for the bundled demo corpus, started and stopped by `computewatch run --demo`.

The feeds hold `{base}` where the server's own address goes, so the demo is fetched through the
same httpx code path as live sources.
"""

from __future__ import annotations

import threading
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

from flows.config import Source

PREFERRED_PORT = 8731

_TYPES = {
    ".rss": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
}


def corpus_dir() -> Path:
    """Where the demo corpus is installed."""
    return Path(str(resources.files("flows") / "demo_corpus"))


def _content_types(root: Path) -> dict[str, str]:
    manifest = root / "manifest.toml"
    if not manifest.exists():
        return {}
    doc = tomllib.loads(manifest.read_text(encoding="utf-8"))
    types = {}
    for entry in doc.get("article", []):
        if entry.get("path") and entry.get("content_type"):
            types["/" + entry["path"].lstrip("/")] = entry["content_type"]
    return types


class _CorpusHandler(BaseHTTPRequestHandler):
    def __init__(self, *args, root: Path, types: dict[str, str], **kwargs) -> None:
        self.root = root
        self.types = types
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        path = self.path.split("?", 1)[0]
        target = (self.root / path.lstrip("/")).resolve()
        if not target.is_file() or self.root.resolve() not in target.parents:
            self.send_error(404)
            return
        body = target.read_bytes()
        if target.suffix in (".rss", ".atom", ".xml"):
            host, port = self.server.server_address[:2]
            body = body.replace(b"{base}", f"http://{host}:{port}".encode())
        self.send_response(200)
        self.send_header("Content-Type", self.types.get(path, _TYPES.get(target.suffix, "application/octet-stream")))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # quiet console
        pass


@contextmanager
def serve_corpus(root: Path | None = None) -> Iterator[str]:
    """Serve the corpus on 127.0.0.1 and yield the base URL; stop on exit.

    The same port each run when it is free, so the demo's article URLs stay the same across
    runs (they are natural keys of `article_urls`); any free port otherwise.
    """
    root = root or corpus_dir()
    handler = partial(_CorpusHandler, root=root, types=_content_types(root))
    try:
        server = ThreadingHTTPServer(("127.0.0.1", PREFERRED_PORT), handler)
    except OSError:
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="demo-corpus", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def demo_sources(base_url: str) -> tuple[Source, ...]:
    """The demo's two feeds, allowed to live on loopback."""
    return (
        Source(name="demo-rss", kind="rss", url=f"{base_url}/feed.rss", allow_private=True),
        Source(name="demo-atom", kind="atom", url=f"{base_url}/feed.atom", allow_private=True),
    )
