"""Configuration: where the data lives, which sources to poll, where alerts go.

Precedence: command-line options, then environment variables, then `sources.toml`, then defaults.
Environment: `COMPUTEWATCH_DATA_DIR` (default `./data`), `COMPUTEWATCH_WAREHOUSE` (default
`<data>/warehouse.duckdb`), `COMPUTEWATCH_SOURCES` (default `./sources.toml`),
`COMPUTEWATCH_ALERT_URLS` (apprise URLs separated by white space or commas).
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

SOURCE_KINDS = ("rss", "atom", "sitemap", "html-index", "url")
ALERT_STATUSES = ("closed", "announced", "talks")


class ConfigError(ValueError):
    """The configuration file or an option is invalid; the message names the file and the field."""


@dataclass(frozen=True)
class HttpSettings:
    """How the fetcher behaves towards sites."""

    user_agent: str = "computewatch/0.1 (+https://github.com/computewatch/computewatch)"
    timeout_seconds: float = 20.0
    per_host_concurrency: int = 2
    global_concurrency: int = 16
    min_delay_seconds: float = 1.0
    max_body_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    max_retries: int = 3
    backoff_seconds: float = 1.0
    max_retry_after_seconds: float = 120.0
    respect_robots: bool = True
    allow_private_addresses: bool = False


@dataclass(frozen=True)
class Source:
    """One place to poll for articles."""

    name: str
    kind: str
    url: str
    lang: str | None = None
    enabled: bool = True
    poll_interval_minutes: int | None = None
    link_selector: str | None = None
    allow_private: bool = False


@dataclass(frozen=True)
class AlertRules:
    """Which funding events alert, and where."""

    urls: tuple[str, ...] = ()
    min_amount_usd: float = 0.0
    labs: tuple[str, ...] = ()  # empty: every lab
    statuses: tuple[str, ...] = ("closed", "announced")


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know."""

    data_dir: Path
    warehouse: Path
    sources_file: Path | None
    sources: tuple[Source, ...] = ()
    http: HttpSettings = field(default_factory=HttpSettings)
    alerts: AlertRules = field(default_factory=AlertRules)
    poll_cron: str = "*/30 * * * *"

    @property
    def prefect_home(self) -> Path:
        """Prefect's own state for one-shot runs and `serve`, under the data folder."""
        return self.data_dir / "prefect"

    def with_sources(self, sources: tuple[Source, ...]) -> Settings:
        """A copy with other sources (the demo run uses its own)."""
        return replace(self, sources=sources)


def _split_urls(text: str) -> tuple[str, ...]:
    return tuple(u for u in re.split(r"[\s,]+", text.strip()) if u)


def parse_sources(doc: dict, origin: str) -> tuple[tuple[Source, ...], HttpSettings]:
    """Sources and HTTP defaults from a parsed `sources.toml`; `origin` names the file in errors."""
    defaults = doc.get("defaults", {})
    known = set(HttpSettings.__dataclass_fields__)
    unknown = set(defaults) - known - {"poll_interval_minutes"}
    if unknown:
        raise ConfigError(f"{origin}: unknown key(s) in [defaults]: {', '.join(sorted(unknown))}")
    http = HttpSettings(**{k: v for k, v in defaults.items() if k in known})
    sources = []
    seen = set()
    for i, raw in enumerate(doc.get("source", []), start=1):
        where = f"{origin}: [[source]] #{i}"
        for key in ("name", "kind", "url"):
            if not raw.get(key):
                raise ConfigError(f"{where} has no `{key}`")
        if raw["kind"] not in SOURCE_KINDS:
            raise ConfigError(
                f"{where} ({raw['name']}): kind {raw['kind']!r} is not one of {', '.join(SOURCE_KINDS)}"
            )
        if not str(raw["url"]).startswith(("http://", "https://")):
            raise ConfigError(f"{where} ({raw['name']}): url must start with http:// or https://")
        if raw["kind"] == "html-index" and not raw.get("link_selector"):
            raise ConfigError(f"{where} ({raw['name']}): html-index needs a `link_selector`")
        if raw["name"] in seen:
            raise ConfigError(f"{where}: duplicate source name {raw['name']!r}")
        seen.add(raw["name"])
        fields = set(Source.__dataclass_fields__)
        extra = set(raw) - fields
        if extra:
            raise ConfigError(f"{where} ({raw['name']}): unknown key(s) {', '.join(sorted(extra))}")
        sources.append(Source(**raw))
    return tuple(sources), http


def _parse_alerts(doc: dict, origin: str) -> AlertRules:
    raw = doc.get("alerts", {})
    statuses = tuple(raw.get("statuses", AlertRules.statuses))
    bad = [s for s in statuses if s not in ALERT_STATUSES]
    if bad:
        raise ConfigError(f"{origin}: [alerts] statuses {bad} not in {ALERT_STATUSES}")
    env_urls = _split_urls(os.environ.get("COMPUTEWATCH_ALERT_URLS", ""))
    return AlertRules(
        urls=env_urls or tuple(raw.get("urls", ())),
        min_amount_usd=float(raw.get("min_amount_usd", 0.0)),
        labs=tuple(raw.get("labs", ())),
        statuses=statuses,
    )


def load_settings(
    data_dir: str | Path | None = None,
    warehouse: str | Path | None = None,
    sources_file: str | Path | None = None,
) -> Settings:
    """Build the settings from options, environment and the sources file (missing file: no sources)."""
    data = Path(data_dir or os.environ.get("COMPUTEWATCH_DATA_DIR") or "data")
    wh = Path(warehouse or os.environ.get("COMPUTEWATCH_WAREHOUSE") or data / "warehouse.duckdb")
    src = Path(sources_file or os.environ.get("COMPUTEWATCH_SOURCES") or "sources.toml")
    doc: dict = {}
    if src.exists():
        try:
            doc = tomllib.loads(src.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{src}: not valid TOML: {exc}") from exc
    sources, http = parse_sources(doc, str(src))
    schedule = doc.get("schedule", {})
    return Settings(
        data_dir=data,
        warehouse=wh,
        sources_file=src if src.exists() else None,
        sources=sources,
        http=http,
        alerts=_parse_alerts(doc, str(src)),
        poll_cron=schedule.get("poll_cron", Settings.poll_cron),
    )
