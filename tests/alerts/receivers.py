"""Loopback alert receivers for tests: a JSON webhook (apprise `json://`) and an SMTP server.

Both record what they get and let a test wait for it with a deadline. The webhook can be taken
down and brought back on the same port, like a receiver that has an outage. The fixtures at the
end are imported by the conftest files that need them.
"""

from __future__ import annotations

import email
import email.policy
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

SMTP_USER = "alerts-bot"
SMTP_PASSWORD = "pw-Zq81-never-logged"


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Recorder:
    def __init__(self) -> None:
        self.items: list = []
        self._cond = threading.Condition()

    def add(self, item: object) -> None:
        with self._cond:
            self.items.append(item)
            self._cond.notify_all()

    def wait_for(self, count: int, timeout_s: float) -> list:
        deadline = time.monotonic() + timeout_s
        with self._cond:
            while len(self.items) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"expected {count} deliveries, got {len(self.items)}")
                self._cond.wait(left)
            return list(self.items)


class JsonReceiver(_Recorder):
    """Records the JSON bodies POSTed to it (apprise's json:// payload: title, message, ...)."""

    def __init__(self, token: str = "tok-Webhook-7731") -> None:
        super().__init__()
        self.port = free_port()
        self.token = token
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        """The apprise URL; the path token stands in for a secret."""
        return f"json://127.0.0.1:{self.port}/hooks/{self.token}"

    def start(self) -> None:
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                recorder.add(json.loads(body))
                self.send_response(200)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


class _Handler:
    def __init__(self, recorder: SmtpReceiver) -> None:
        self.recorder = recorder

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.recorder.add(message)
        return "250 OK"


def _authenticate(server, session, envelope, mechanism, auth_data) -> AuthResult:
    ok = auth_data.login == SMTP_USER.encode() and auth_data.password == SMTP_PASSWORD.encode()
    return AuthResult(success=ok)


class SmtpReceiver(_Recorder):
    """An aiosmtpd server with a password (plain SMTP on loopback, no TLS)."""

    def __init__(self) -> None:
        super().__init__()
        self.port = free_port()
        self._controller = Controller(
            _Handler(self), hostname="127.0.0.1", port=self.port, authenticator=_authenticate,
            auth_require_tls=False,
        )

    @property
    def url(self) -> str:
        """The apprise mailto:// URL, with the password in it."""
        return (f"mailto://{SMTP_USER}:{SMTP_PASSWORD}@127.0.0.1:{self.port}"
                "?from=computewatch@example.org&to=desk@example.org")

    def start(self) -> None:
        self._controller.start()

    def stop(self) -> None:
        self._controller.stop()


def message_text(message: email.message.EmailMessage) -> str:
    """The plain-text body of an e-mail."""
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""


@pytest.fixture
def json_receiver() -> Iterator[JsonReceiver]:
    """A running JSON webhook receiver on loopback."""
    receiver = JsonReceiver()
    receiver.start()
    yield receiver
    receiver.stop()


@pytest.fixture
def smtp_receiver() -> Iterator[SmtpReceiver]:
    """A running SMTP server with a password, on loopback."""
    receiver = SmtpReceiver()
    receiver.start()
    yield receiver
    receiver.stop()
