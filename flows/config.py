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

from pydantic import SecretStr

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
    # a whole response (headers and every body byte) must arrive within this many seconds
    request_deadline_seconds: float = 60.0
    # how often a source is polled unless it sets its own interval
    poll_interval_minutes: int = 30
    # a known article is asked again (conditional GET) when its feed entry's date changes, or
    # when it was last checked this many hours ago and first fetched at most revisit_for_days ago
    revisit_after_hours: float = 24.0
    revisit_for_days: float = 7.0
    # article pages one source may have fetched in one poll; the rest wait for the next poll
    max_pages_per_source: int = 200


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
    """Which funding events alert, where, and how failed deliveries are retried.

    `urls` are apprise URLs kept as `SecretStr`: they can hold tokens and passwords, and Prefect
    stores flow parameters, so they print and serialise as `**********`. Plain strings are
    accepted and wrapped.
    """

    urls: tuple[SecretStr, ...] = ()
    min_amount_usd: float = 0.0
    labs: tuple[str, ...] = ()  # empty: every lab
    statuses: tuple[str, ...] = ("closed", "announced")
    retry_seconds: float = 30.0  # first wait after a failed delivery; doubles each failure
    max_retry_seconds: float = 6 * 3600.0
    # only events first reported within this many days alert (None: any age). Turning alerts on
    # for a full warehouse, or an extractor upgrade that finds old rounds, then sends no old news.
    max_age_days: float | None = None

    def __post_init__(self) -> None:
        wrapped = tuple(u if isinstance(u, SecretStr) else SecretStr(str(u)) for u in self.urls)
        object.__setattr__(self, "urls", wrapped)

    def channel_urls(self) -> tuple[str, ...]:
        """The apprise URLs in clear, for sending only: never log or store them."""
        return tuple(u.get_secret_value() for u in self.urls)


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
    # `computewatch serve`: a poll every N seconds instead of the cron (cron stops at minutes)
    poll_interval_seconds: float | None = None
    # `computewatch serve`: how often send-alerts runs on its own, to retry failed channels
    alerts_interval_seconds: float = 300.0

    @property
    def prefect_home(self) -> Path:
        """Prefect's own state for one-shot runs and `serve`, under the data folder."""
        return self.data_dir / "prefect"

    def with_sources(self, sources: tuple[Source, ...]) -> Settings:
        """A copy with other sources (the demo run uses its own)."""
        return replace(self, sources=sources)


def _split_urls(text: str) -> tuple[str, ...]:
    return tuple(u for u in re.split(r"[\s,]+", text.strip()) if u)


_TOML_TYPES = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,)}
_TYPE_NAMES = {"str": "a string", "int": "an integer", "float": "a number", "bool": "true or false"}
# settings that must be above zero; every other number must not be negative
_POSITIVE = {"timeout_seconds", "per_host_concurrency", "global_concurrency", "max_body_bytes",
             "request_deadline_seconds", "poll_interval_minutes", "max_pages_per_source"}


def _check_fields(cls: type, values: dict, where: str) -> None:
    """Type and range checks of TOML values, so that a typo fails here with the key named."""
    for key, value in values.items():
        annotation = str(cls.__dataclass_fields__[key].type)
        base = annotation.removesuffix("| None").strip()
        if value is None and annotation.endswith("| None"):
            continue
        allowed = _TOML_TYPES.get(base)
        if allowed is None:
            continue
        if not isinstance(value, allowed) or (isinstance(value, bool) and base != "bool"):
            raise ConfigError(f"{where}: `{key}` must be {_TYPE_NAMES[base]}, not {value!r}")
        if base in ("int", "float") and (value <= 0 if key in _POSITIVE else value < 0):
            raise ConfigError(f"{where}: `{key}` must be {'above' if key in _POSITIVE else 'at least'}"
                              f" 0, not {value!r}")


def parse_sources(doc: dict, origin: str) -> tuple[tuple[Source, ...], HttpSettings]:
    """Sources and HTTP defaults from a parsed `sources.toml`; `origin` names the file in errors."""
    defaults = doc.get("defaults", {})
    known = set(HttpSettings.__dataclass_fields__)
    unknown = set(defaults) - known
    if unknown:
        raise ConfigError(f"{origin}: unknown key(s) in [defaults]: {', '.join(sorted(unknown))}")
    _check_fields(HttpSettings, defaults, f"{origin}: [defaults]")
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
        _check_fields(Source, raw, f"{where} ({raw['name']})")
        sources.append(Source(**raw))
    return tuple(sources), http


def _number(raw: dict, key: str, default: float | None, where: str, *, positive: bool) -> float | None:
    value = raw.get(key, default)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(f"{where} `{key}` must be a number, not {value!r}")
    if value < 0 or (positive and value == 0):
        raise ConfigError(f"{where} `{key}` must be {'above' if positive else 'at least'} 0")
    return float(value)


def _strings(raw: dict, key: str, default: tuple[str, ...], where: str) -> tuple[str, ...]:
    value = raw.get(key, default)
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} `{key}` must be a list of strings")
    return tuple(value)


_ALERT_KEYS = {"urls", "min_amount_usd", "labs", "statuses", "retry_seconds", "max_retry_seconds",
               "max_age_days"}


def _parse_alerts(doc: dict, origin: str) -> AlertRules:
    raw = doc.get("alerts", {})
    where = f"{origin}: [alerts]"
    unknown = set(raw) - _ALERT_KEYS
    if unknown:
        raise ConfigError(f"{where} unknown key(s): {', '.join(sorted(unknown))}")
    statuses = _strings(raw, "statuses", AlertRules.statuses, where)
    bad = [s for s in statuses if s not in ALERT_STATUSES]
    if bad:
        raise ConfigError(f"{where} statuses {bad} not in {ALERT_STATUSES}")
    env_urls = _split_urls(os.environ.get("COMPUTEWATCH_ALERT_URLS", ""))
    return AlertRules(
        urls=env_urls or _strings(raw, "urls", (), where),
        min_amount_usd=_number(raw, "min_amount_usd", 0.0, where, positive=False),
        labs=_strings(raw, "labs", (), where),
        statuses=statuses,
        retry_seconds=_number(raw, "retry_seconds", AlertRules.retry_seconds, where, positive=True),
        max_retry_seconds=_number(raw, "max_retry_seconds", AlertRules.max_retry_seconds, where,
                                  positive=True),
        max_age_days=_number(raw, "max_age_days", None, where, positive=True),
    )


_SCHEDULE_KEYS = {"poll_cron", "poll_interval_seconds", "alerts_interval_seconds"}


def _parse_schedule(doc: dict, origin: str) -> dict:
    raw = doc.get("schedule", {})
    where = f"{origin}: [schedule]"
    unknown = set(raw) - _SCHEDULE_KEYS
    if unknown:
        raise ConfigError(f"{where} unknown key(s): {', '.join(sorted(unknown))}")
    cron = raw.get("poll_cron", Settings.poll_cron)
    if not isinstance(cron, str) or len(cron.split()) not in (5, 6):
        raise ConfigError(f"{where} `poll_cron` must be a cron expression such as \"*/30 * * * *\"")
    return {
        "poll_cron": cron,
        "poll_interval_seconds": _number(raw, "poll_interval_seconds", None, where, positive=True),
        "alerts_interval_seconds": _number(raw, "alerts_interval_seconds",
                                           Settings.alerts_interval_seconds, where, positive=True),
    }


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
    return Settings(
        data_dir=data,
        warehouse=wh,
        sources_file=src if src.exists() else None,
        sources=sources,
        http=http,
        alerts=_parse_alerts(doc, str(src)),
        **_parse_schedule(doc, str(src)),
    )
