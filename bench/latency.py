"""Seconds from a funding article appearing in a feed to its alert arriving, with `serve` running.

Starts `computewatch serve` (with its own Prefect server on 127.0.0.1) on a loopback feed and a
loopback JSON webhook, all in a temporary folder. Each round publishes one article about a new
round and asks for a poll at once (`poll-sources` with all_sources=true, as `prefect deployment
run` would), then waits for the webhook. The figure is the pipeline's latency: a scheduled
poll adds the wait for the next poll (up to the poll interval, 30 minutes by default).

Each round also prints where the time went, from the flow runs' timestamps:
poll = the poll-sources run, recompute = the recompute-models run it triggered, alert = the
send-alerts run; "start" columns are the gaps before a run began (trigger, runner pick-up,
process start).

Usage: python bench/latency.py [--rounds 3] [--keep]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
LABS = ("Cohere", "Reka", "Mistral AI", "Zhipu AI", "Moonshot AI", "Anthropic")


class Site:
    """A loopback feed whose articles the bench adds while `serve` polls it."""

    def __init__(self) -> None:
        self.articles: list[tuple[str, str, str, datetime]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                body = site.page(self.path)
                if body is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                kind = "rss+xml" if self.path.endswith(".rss") else "html"
                self.send_header("Content-Type", f"text/{kind}; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def publish(self, slug: str, title: str, lead: str) -> None:
        """Add an article; it is listed first in the feed."""
        self.articles.append((slug, title, lead, datetime.now(UTC)))

    def page(self, path: str) -> bytes | None:
        if path == "/feed.rss":
            items = "".join(
                f"<item><title>{t}</title><link>{self.base}/a/{s}.html</link>"
                f"<pubDate>{format_datetime(d)}</pubDate></item>"
                for s, t, _, d in reversed(self.articles))
            return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>bench</title>'
                    f"<link>{self.base}/</link><description>bench</description>{items}"
                    "</channel></rss>").encode()
        for slug, title, lead, day in self.articles:
            if path == f"/a/{slug}.html":
                filler = ("The company will spend the money on computing power and hiring. "
                          "It declined to say which cloud provider it will use. ") * 3
                return (f'<!doctype html><html lang="en"><head><title>{title}</title>'
                        f'<meta property="article:published_time" content="{day.isoformat()}">'
                        f"</head><body><article><h1>{title}</h1><p>{lead}</p><p>{filler}</p>"
                        "</article></body></html>").encode()
        return None


class Webhook:
    """A loopback JSON webhook that notes when each alert arrives."""

    def __init__(self) -> None:
        self.arrivals: list[tuple[float, dict]] = []
        self.cond = threading.Condition()
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with hook.cond:
                    hook.arrivals.append((time.monotonic(), body))
                    hook.cond.notify_all()
                self.send_response(200)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"json://127.0.0.1:{self.server.server_address[1]}/bench"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait_for(self, text: str, timeout_s: float) -> float:
        """When the first alert whose title contains `text` arrived (monotonic clock)."""
        deadline = time.monotonic() + timeout_s
        with self.cond:
            while True:
                for at, body in self.arrivals:
                    if text in body.get("title", ""):
                        return at
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no alert about {text!r} within {timeout_s:.0f}s")
                self.cond.wait(left)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _stamp(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _runs_after(api: httpx.Client, deployment_id: str, after: datetime) -> list[dict]:
    runs = api.post("/flow_runs/filter", json={
        "flow_runs": {"deployment_id": {"any_": [deployment_id]}}, "limit": 50}).json()
    return sorted((r for r in runs if r["start_time"] and _stamp(r["start_time"]) >= after),
                  key=lambda r: r["start_time"])


def _breakdown(api: httpx.Client, ids: dict[str, str], poll_run: dict) -> str:
    poll = api.get(f"/flow_runs/{poll_run['id']}").json()
    if not (poll["start_time"] and poll["end_time"]):
        return "poll ?"
    created = _stamp(poll_run["created"])
    parts = [f"poll start {(_stamp(poll['start_time']) - created).total_seconds():.1f}s",
             f"poll {poll['total_run_time']:.1f}s"]
    previous_end = _stamp(poll["end_time"])
    for label, name in (("recompute", "recompute-models"), ("alert", "send-alerts")):
        runs = [r for r in _runs_after(api, ids[name], previous_end) if r["end_time"]]
        if not runs:
            parts.append(f"{label} ?")
            break
        run = runs[0]
        gap = (_stamp(run["start_time"]) - previous_end).total_seconds()
        parts += [f"{label} start {gap:.1f}s", f"{label} {run['total_run_time']:.1f}s"]
        previous_end = _stamp(run["end_time"])
    return ", ".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="articles to time (default 3)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="computewatch-latency-"))
    site, hook = Site(), Webhook()
    (work / "sources.toml").write_text(f"""
[defaults]
min_delay_seconds = 0
respect_robots = false

[schedule]
poll_interval_seconds = 3600
alerts_interval_seconds = 3600

[alerts]
urls = ["{hook.url}"]

[[source]]
name = "bench"
kind = "rss"
url = "{site.base}/feed.rss"
allow_private = true
""", encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if k not in ("PREFECT_API_URL", "COMPUTEWATCH_ALERT_URLS", "PREFECT_HOME")}
    log = open(work / "serve.log", "w")  # noqa: SIM115 (serve writes to it until the end)
    serve = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "serve", "--data-dir", str(work / "data"),
         "--sources", str(work / "sources.toml"), "--port", str(_free_port()),
         "--runner-poll-seconds", "1"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        started = time.monotonic()
        while "ready" not in (work / "serve.log").read_text():
            if serve.poll() is not None or time.monotonic() - started > 300:
                print((work / "serve.log").read_text()[-3000:], file=sys.stderr)
                return 1
            time.sleep(0.2)
        print(f"serve ready in {time.monotonic() - started:.1f}s (own Prefect server)")
        api_url = next(line.split()[-1] for line in (work / "serve.log").read_text().splitlines()
                       if line.startswith("Prefect API:"))
        api = httpx.Client(base_url=api_url, timeout=30)
        ids = {name: api.get(f"/deployments/name/{name}/{name}").json()["id"]
               for name in ("poll-sources", "recompute-models", "send-alerts")}
        latencies = []
        for n in range(args.rounds):
            lab = LABS[n % len(LABS)]
            amount = 100 + 37 * n
            round_name = f"Series {'CDEFGH'[n % 6]}"
            t0 = time.monotonic()
            site.publish(f"bench-{n}", f"{lab} raises ${amount} million",
                         f"{lab} has raised ${amount} million in a {round_name} funding round, "
                         "the company said on Monday.")
            run = api.post(f"/deployments/{ids['poll-sources']}/create_flow_run",
                           json={"parameters": {"all_sources": True}}).json()
            arrived = hook.wait_for(f"{lab}, USD {amount}M, {round_name}", timeout_s=300)
            latencies.append(arrived - t0)
            # the send-alerts run records its end just after the alert went out
            deadline = time.monotonic() + 60
            while "?" in (detail := _breakdown(api, ids, run)) and time.monotonic() < deadline:
                time.sleep(0.5)
            print(f"round {n + 1}: {arrived - t0:5.1f}s  ({detail})")
        print(f"article in feed -> alert received: median {statistics.median(latencies):.1f}s, "
              f"min {min(latencies):.1f}s, max {max(latencies):.1f}s over {len(latencies)} "
              f"rounds (poll asked for at once; a scheduled poll adds up to its interval)")
        return 0
    finally:
        serve.send_signal(signal.SIGTERM)
        try:
            serve.wait(timeout=120)
        except subprocess.TimeoutExpired:
            os.killpg(serve.pid, signal.SIGKILL)
        log.close()
        site.server.shutdown()
        hook.server.shutdown()
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
