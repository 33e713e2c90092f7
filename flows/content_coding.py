"""Decoding a response body's Content-Encoding (gzip, deflate, br) with a cap on the output.

httpx decodes these too, but it neither notices a compressed stream that stops half-way (a
truncated gzip body would be stored as a silently cut page) nor bounds what a small compressed
body expands to. This decoder does both: it raises `BodyTooLarge` as soon as the decoded size
passes the cap, and `TruncatedBody` when a compressed stream has no proper end.
"""

from __future__ import annotations

import zlib

try:  # brotli is optional; without it `br` is not offered to servers
    import brotli
except ImportError:  # pragma: no cover
    brotli = None


class BodyTooLarge(Exception):
    """The decoded body is larger than allowed."""


class TruncatedBody(Exception):
    """A compressed body ended before its stream did, or is not valid for its encoding."""


def accept_encoding() -> str:
    """The Accept-Encoding header value for the codings this module can decode."""
    return "gzip, deflate, br" if brotli is not None else "gzip, deflate"


class _Stage:
    """One coding of a chain: turns input chunks into output, at most `limit` bytes in all."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.produced = 0

    def _count(self, out: bytes) -> bytes:
        self.produced += len(out)
        if self.produced > self.limit:
            raise BodyTooLarge(f"decoded body larger than {self.limit} bytes")
        return out

    def _room(self) -> int:
        # ask for one byte more than allowed, so that going over is seen without decoding more
        return self.limit - self.produced + 1

    def decode(self, data: bytes) -> bytes:
        return self._count(data)

    def finish(self) -> bytes:
        return b""


class _Zlib(_Stage):
    def __init__(self, limit: int, wbits: int, name: str, fallback_wbits: int | None = None):
        super().__init__(limit)
        self.name = name
        self.fallback_wbits = fallback_wbits
        self.started = False
        self.decompressor = zlib.decompressobj(wbits)

    def decode(self, data: bytes) -> bytes:
        first = not self.started
        self.started = self.started or bool(data)
        try:
            return self._count(self.decompressor.decompress(data, self._room()))
        except zlib.error as exc:
            if first and self.fallback_wbits is not None:
                # "deflate" is sent both with and without the zlib header
                self.decompressor = zlib.decompressobj(self.fallback_wbits)
                self.fallback_wbits = None
                return self.decode(data)
            raise TruncatedBody(f"{self.name} body is not valid ({exc})") from exc

    def finish(self) -> bytes:
        try:
            out = self._count(self.decompressor.flush())
        except zlib.error as exc:
            raise TruncatedBody(f"{self.name} body is not valid ({exc})") from exc
        if self.started and not self.decompressor.eof:
            raise TruncatedBody(f"{self.name} body is truncated (the stream does not end)")
        return out


class _Brotli(_Stage):
    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.started = False
        self.decompressor = brotli.Decompressor()

    def decode(self, data: bytes) -> bytes:
        if not data:
            return b""
        self.started = True
        try:
            parts = [self.decompressor.process(data, output_buffer_limit=self._room())]
            self._count(parts[0])
            while not self.decompressor.can_accept_more_data():
                parts.append(self._count(self.decompressor.process(
                    b"", output_buffer_limit=self._room())))
        except brotli.error as exc:
            raise TruncatedBody(f"br body is not valid ({exc})") from exc
        return b"".join(parts)

    def finish(self) -> bytes:
        if self.started and not self.decompressor.is_finished():
            raise TruncatedBody("br body is truncated (the stream does not end)")
        return b""


def _stage(coding: str, limit: int) -> _Stage:
    if coding in ("gzip", "x-gzip"):
        return _Zlib(limit, zlib.MAX_WBITS | 16, "gzip")
    if coding == "deflate":
        return _Zlib(limit, zlib.MAX_WBITS, "deflate", fallback_wbits=-zlib.MAX_WBITS)
    if coding == "br" and brotli is not None:
        return _Brotli(limit)
    if coding in ("identity", ""):
        return _Stage(limit)
    raise TruncatedBody(f"unsupported Content-Encoding {coding!r}")


class BoundedDecoder:
    """Decodes a body sent with `content_encoding`, keeping at most `limit` decoded bytes."""

    def __init__(self, content_encoding: str | None, limit: int) -> None:
        codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
        # codings are listed in the order they were applied, so they are undone in reverse
        self._stages = [_stage(c, limit) for c in reversed(codings)] or [_Stage(limit)]

    def decode(self, chunk: bytes) -> bytes:
        """Decoded bytes for the next raw chunk (possibly empty)."""
        for stage in self._stages:
            chunk = stage.decode(chunk)
        return chunk

    def finish(self) -> bytes:
        """The last decoded bytes; raises `TruncatedBody` if a compressed stream did not end."""
        pending = b""
        for stage in self._stages:
            # what the previous stage flushed still goes through this one before it ends
            pending = (stage.decode(pending) if pending else b"") + stage.finish()
        return pending
