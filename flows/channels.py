"""Alert channels: apprise URLs (Slack, Discord, e-mail, ntfy, JSON webhooks ...), sent to quietly.

An apprise URL can hold tokens and passwords, so it never reaches a log, an error message or
the warehouse: channels are named by `describe_channel` (scheme, plus the host for schemes
whose host is a server address) and stored as `warehouse.outbox.channel_id` (a hash).
While apprise works, its own log records stay out of the application's logs; the warnings
it gives are kept, stripped of every part of the URL, as the reason a delivery failed.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import apprise

from warehouse.outbox import channel_id

# schemes whose "host" is a server address rather than a token
_HOST_SCHEMES = frozenset({
    "json", "jsons", "xml", "xmls", "form", "forms", "mailto", "mailtos", "gotify",
    "gotifys", "apprise", "apprises", "mqtt", "mqtts", "matrix", "matrixs", "mmost", "mmosts",
})
# URL words that are never secret and keep error messages readable
_PLAIN_WORDS = frozenset({
    "from", "to", "smtp", "mode", "port", "name", "format", "method", "POST", "GET", "true",
    "false", "yes", "html", "text", "markdown", "ssl", "starttls", "insecure",
})
_SPLIT = re.compile(r"[/:@?&=#,+;\s]+")

_apprise_log = logging.getLogger("apprise")
_apprise_guard = threading.Lock()


@dataclass(frozen=True)
class Delivery:
    """The outcome of one message to one channel; `error` is free of secrets."""

    ok: bool
    error: str | None = None


def _host(url: str) -> str | None:
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port
    except ValueError:
        return None
    if not host or parts.scheme.lower() not in _HOST_SCHEMES:
        return None
    return f"{host}:{port}" if port else host


def describe_channel(url: str) -> str:
    """A name for a channel that is safe to print: `json://127.0.0.1:8080 (json:1a2b...)`."""
    scheme = url.split("://", 1)[0].lower() if "://" in url else "unknown"
    host = _host(url)
    where = f"{scheme}://{host}" if host else scheme
    return f"{where} ({channel_id(url)})"


def _secret_parts(url: str) -> list[str]:
    keep = set(_PLAIN_WORDS)
    host = _host(url)
    if host:
        keep.update(host.split(":"))
    rest = url.split("://", 1)[1] if "://" in url else url
    parts = {url, rest}
    for piece in _SPLIT.split(rest):
        for candidate in (piece, unquote(piece)):
            if len(candidate) >= 3 and candidate not in keep:
                parts.add(candidate)
    return sorted(parts, key=len, reverse=True)


def redact(text: str, urls: Iterable[str]) -> str:
    """`text` with every part of the given URLs that may be secret replaced by `***`."""
    for url in urls:
        for part in _secret_parts(url):
            text = text.replace(part, "***")
    return text


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.messages.append(record.getMessage())
        except Exception:  # a malformed record must not break a delivery
            self.messages.append(record.msg if isinstance(record.msg, str) else "apprise error")


@contextmanager
def _quiet_apprise() -> Iterator[_Collect]:
    """Keep apprise's records (which may quote a URL) away from our handlers; collect warnings."""
    with _apprise_guard:
        collect = _Collect()
        propagate = _apprise_log.propagate
        _apprise_log.addHandler(collect)
        _apprise_log.propagate = False
        try:
            yield collect
        finally:
            _apprise_log.propagate = propagate
            _apprise_log.removeHandler(collect)


def check_url(url: str) -> str | None:
    """None when apprise understands `url`; else a one-line reason naming the channel safely."""
    with _quiet_apprise():
        ok = apprise.Apprise().add(url)
    return None if ok else f"{describe_channel(url)}: not a valid apprise URL"


def send(url: str, title: str, body: str) -> Delivery:
    """Send one message to one channel through apprise."""
    with _quiet_apprise() as collected:
        notifier = apprise.Apprise()
        if not notifier.add(url):
            return Delivery(False, f"{describe_channel(url)}: not a valid apprise URL")
        try:
            ok = bool(notifier.notify(title=title, body=body,
                                      body_format=apprise.NotifyFormat.TEXT))
        except Exception as exc:  # a plugin bug costs this delivery, not the run
            collected.messages.append(f"{type(exc).__name__}: {exc}")
            ok = False
    if ok:
        return Delivery(True)
    reason = " ".join(collected.messages[-2:]) or "the channel did not accept the message"
    return Delivery(False, redact(" ".join(reason.split()), [url])[:400])
