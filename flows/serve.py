"""`computewatch serve`: the pipeline as a service that runs itself.

It uses the Prefect API in `PREFECT_API_URL` when set; otherwise it starts `prefect server
start` on 127.0.0.1 with `PREFECT_HOME` under the data folder and waits for it to answer.
Then it registers the three deployments (see `flows.deployments`) and serves them with a
Prefect runner, which starts a process per flow run. SIGTERM or Ctrl-C stops the runner
(in-flight runs are cancelled, schedules paused), then the server it started: nothing is
left running.

Call `serve` before anything imports Prefect: the API address is read when Prefect loads.
"""

from __future__ import annotations

import _thread
import asyncio
import fcntl
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from types import FrameType

from flows.config import Settings
from flows.prefect_server import DEFAULT_PORT, LocalPrefectServer

RUNNER_NAME = "computewatch"
DEFAULT_RUNNER_POLL_S = 5.0
DEFAULT_RUN_LIMIT = 4


class ServeError(RuntimeError):
    """`serve` cannot start; the message says why."""


@contextmanager
def _only_serve(data_dir: Path) -> Iterator[None]:
    """One `serve` per data folder: two would run every flow twice."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "serve.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise ServeError(
                f"another `computewatch serve` is running for {data_dir} (it holds {path})"
            ) from None
        yield
    finally:
        os.close(fd)


# set when the clean-up begins: from then on, stop requests are not repeated
_cleaning_up = threading.Event()
_repeater: threading.Thread | None = None


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    global _repeater
    if _repeater is None:
        _repeater = threading.Thread(target=_repeat_stop_request, name="serve-stop", daemon=True)
        _repeater.start()
    raise KeyboardInterrupt  # unwinds like Ctrl-C: everything started so far is stopped


def _repeat_stop_request() -> None:
    """An exception raised by a signal handler is lost when it lands in a weakref callback or
    a `__del__` ("Exception ignored in ..."): ask the main thread again, every 10 s (time
    for a normal stop to reach its clean-up), until the clean-up has begun."""
    while not _cleaning_up.wait(10.0):
        _thread.interrupt_main()


def _hold_signals() -> None:
    """While shutting down, a second SIGTERM or Ctrl-C must not cut the clean-up short."""
    _cleaning_up.set()
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _describe(settings: Settings, names: list[str]) -> list[str]:
    poll = (f"every {settings.poll_interval_seconds:g}s" if settings.poll_interval_seconds
            else f"cron {settings.poll_cron!r}")
    width = max(len(n) for n in names) + 2
    return [
        f"  {names[0]:<{width}}{poll}",
        f"  {names[1]:<{width}}on computewatch.facts.changed",
        f"  {names[2]:<{width}}on computewatch.funding.detected, and every "
        f"{settings.alerts_interval_seconds:g}s to retry failed channels "
        f"({len(settings.alerts.urls)} channel{'s' if len(settings.alerts.urls) != 1 else ''})",
    ]


def _run_runner(settings: Settings, instance: str | None, runner_poll_s: float, run_limit: int,
                say: Callable[[str], None]) -> None:
    from prefect.runner import Runner

    from flows.deployments import build_deployments

    runner = Runner(name=f"{RUNNER_NAME}-{instance}" if instance else RUNNER_NAME,
                    query_seconds=runner_poll_s, limit=run_limit, pause_on_shutdown=True)
    deployments = build_deployments(settings, instance)
    for deployment in deployments:
        runner.add_deployment(deployment)
    say(f"serving {settings.warehouse}:")
    for line in _describe(settings, [d.name for d in deployments]):
        say(line)
    say("ready; press Ctrl-C (or send SIGTERM) to stop")
    try:
        asyncio.run(runner.start())  # returns after SIGTERM (the runner's own handler)
    except KeyboardInterrupt:
        pass
    except SystemExit as exc:
        # a SIGTERM that reaches the runner before it has started (or while it stops) makes
        # it call sys.exit(0): that is a stop request too, and the clean-up must still run
        if exc.code not in (0, None):
            raise
    finally:
        _hold_signals()


def serve(
    settings: Settings,
    *,
    port: int = DEFAULT_PORT,
    ui: bool = False,
    instance: str | None = None,
    runner_poll_s: float = DEFAULT_RUNNER_POLL_S,
    run_limit: int = DEFAULT_RUN_LIMIT,
    say: Callable[[str], None] = print,
) -> None:
    """Serve the deployments until SIGTERM or Ctrl-C, starting a Prefect server if needed.

    `instance` names this service's deployments apart from those of other warehouses on the
    same Prefect server (see `flows.deployments.build_deployments`).
    """
    if "prefect" in sys.modules and not os.environ.get("PREFECT_API_URL"):
        raise ServeError("Prefect was imported before `serve` could point it at its server")
    previous = signal.signal(signal.SIGTERM, _stop_on_sigterm), signal.getsignal(signal.SIGINT)
    # Ctrl-C must stop serve even when it was started with SIGINT ignored (a job started with
    # `&` by a non-interactive shell inherits that, and Python then installs no handler)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with ExitStack() as stack:
            stack.enter_context(_only_serve(settings.data_dir))
            api_url = os.environ.get("PREFECT_API_URL")
            if api_url:
                say(f"Prefect API: {api_url} (from PREFECT_API_URL)")
            else:
                server = LocalPrefectServer(settings.prefect_home, port=port, ui=ui)
                say(f"starting a Prefect server on 127.0.0.1:{port} "
                    f"(PREFECT_HOME {server.home}, log {server.log_path})")
                stack.callback(_stop_server, server, say)
                server.start()
                os.environ["PREFECT_API_URL"] = server.api_url
                say(f"Prefect API: {server.api_url}")
            _run_runner(settings, instance, runner_poll_s, run_limit, say)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous[0])
        signal.signal(signal.SIGINT, previous[1])
    say("stopped")


def _stop_server(server: LocalPrefectServer, say: Callable[[str], None]) -> None:
    _hold_signals()
    if server.process is not None:
        say("stopping the Prefect server")
        server.stop()
