"""One `Fetcher` on its own event loop in a background thread, for the length of one ingest run.

Flows are synchronous. The session lets a flow poll its sources and then stream article pages:
pages are fetched in the background while the flow's thread parses and loads the ones that
already arrived, and at most `window` fetched pages wait in memory at any time. One fetcher
for the whole run keeps the per-host pacing, the robots.txt cache and the connection pool.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Coroutine, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from flows.config import HttpSettings, Source
from flows.fetch_plan import PageJob
from flows.fetcher import FetchedPage, Fetcher, FetchError, FetchFailure
from flows.source_poll import SourcePoll, poll_source
from warehouse.source_state import SourceState

T = TypeVar("T")
_DONE = object()


async def fetch_page(fetcher: Fetcher, job: PageJob) -> FetchedPage | FetchFailure:
    """Fetch one article page; every problem becomes a `FetchFailure`, never an exception."""
    try:
        return await fetcher.fetch(job.url, expect="html", etag=job.etag,
                                   last_modified=job.last_modified,
                                   source_name=job.source_name, lang_hint=job.lang_hint)
    except FetchError as exc:
        return FetchFailure(job.url, "fetch", str(exc), job.source_name)
    except Exception as exc:  # a fetcher bug must cost one page, not the run
        return FetchFailure(job.url, "fetch", f"{job.url}: unexpected error "
                            f"{type(exc).__name__}: {exc}", job.source_name)


class FetchSession:
    """A fetcher running in a background thread; use as a context manager."""

    def __init__(self, settings: HttpSettings,
                 allow_private_hosts: frozenset[str] = frozenset()) -> None:
        self.settings = settings
        self.fetcher = Fetcher(settings, allow_private_hosts)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever,
                                        name="computewatch-fetch", daemon=True)

    def __enter__(self) -> FetchSession:
        self._thread.start()
        self.call(self.fetcher.__aenter__())
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.call(self.fetcher.__aexit__())
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join()
            self._loop.close()

    def call(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run `coro` on the session's loop and wait for its result."""
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result()

    def poll(self, sources: Sequence[Source],
             states: Mapping[str, SourceState] | None = None) -> list[SourcePoll]:
        """Poll `sources` concurrently, conditionally with their stored validators."""
        states = states or {}

        async def poll_all() -> list[SourcePoll]:
            def validators(name: str) -> tuple[str | None, str | None]:
                state = states.get(name)
                return (state.etag, state.last_modified) if state else (None, None)

            return list(await asyncio.gather(
                *(poll_source(self.fetcher, s, *validators(s.name)) for s in sources)))

        return self.call(poll_all())

    def stream(self, jobs: Sequence[PageJob],
               window: int = 32) -> Iterator[tuple[PageJob, FetchedPage | FetchFailure]]:
        """Fetch `jobs` in the background, yielding each outcome as it arrives.

        At most `window` pages are in flight or waiting to be taken; stopping early cancels
        the fetches not yet done.
        """
        arrived: queue.Queue = queue.Queue()
        room = asyncio.Semaphore(window)

        async def one(job: PageJob) -> None:
            await room.acquire()
            arrived.put((job, await fetch_page(self.fetcher, job)))

        async def produce() -> None:
            try:
                await asyncio.gather(*(one(job) for job in jobs))
            finally:
                arrived.put(_DONE)

        future = asyncio.run_coroutine_threadsafe(produce(), self._loop)
        try:
            while (item := arrived.get()) is not _DONE:
                self._loop.call_soon_threadsafe(room.release)
                yield item
            future.result()
        finally:
            future.cancel()
