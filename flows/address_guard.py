"""Which addresses the fetcher may contact: http(s) only, and no private networks unless allowed.

A feed is content from the internet; without this guard a feed entry or a redirect could point
the fetcher at a machine inside the operator's network (a router, a cloud metadata service).
Every hop of every request is checked, redirects included. The check resolves the host name
itself, so a name that resolves to a private address is refused like the address itself.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass, field
from urllib.parse import urlsplit


class AddressRefused(Exception):
    """A URL the fetcher will not contact; the message names the URL and the reason."""


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast address (not private, loopback, link-local, ...)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _literal_address(host: str) -> str | None:
    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        return None


@dataclass
class AddressGuard:
    """Checks URLs before they are requested; remembers each host's verdict for its lifetime.

    `allowed_hosts` may be reached even on private addresses (the demo and tests name
    127.0.0.1 there); `allow_private` lifts the address rule altogether.
    """

    allowed_hosts: frozenset[str] = frozenset()
    allow_private: bool = False
    _verdicts: dict[str, str | None] = field(default_factory=dict)

    async def check(self, url: str) -> str:
        """The URL's host name; raises `AddressRefused` saying why it may not be fetched."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise AddressRefused(f"{url}: only http and https URLs are fetched")
        host = (parts.hostname or "").lower()
        if not host:
            raise AddressRefused(f"{url}: no host in URL")
        if self.allow_private or host in self.allowed_hosts:
            return host
        if host not in self._verdicts:
            self._verdicts[host] = await self._private_address_of(host, parts.port)
        private = self._verdicts[host]
        if private is not None:
            raise AddressRefused(
                f"{url}: host {host} resolves to {private}, a private, loopback or link-local "
                "address; set allow_private = true on the source to fetch it"
            )
        return host

    @staticmethod
    async def _private_address_of(host: str, port: int | None) -> str | None:
        """The first non-public address `host` resolves to, or None if all are public."""
        literal = _literal_address(host)
        if literal is not None:
            return None if is_public_address(literal) else literal
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(
                host, port or 443, type=socket.SOCK_STREAM
            )
        except (OSError, UnicodeError):
            return None  # the request itself reports the resolution failure
        for info in infos:
            address = str(info[4][0])
            if not is_public_address(address):
                return address
        return None
