"""Alert rules and schedule from sources.toml and the environment; clear errors, masked URLs."""

from __future__ import annotations

import pytest
from fastapi.encoders import jsonable_encoder

from flows.config import AlertRules, ConfigError, load_settings


def _settings(tmp_path, text: str):
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return load_settings(tmp_path, None, path)


def test_rules_come_from_the_alerts_table(tmp_path, monkeypatch):
    monkeypatch.delenv("COMPUTEWATCH_ALERT_URLS", raising=False)
    settings = _settings(tmp_path, """
[alerts]
urls = ["ntfy://computewatch-desk", "json://127.0.0.1:9999/hook"]
min_amount_usd = 100_000_000
labs = ["OpenAI", "xAI"]
statuses = ["closed", "announced", "talks"]
retry_seconds = 10
max_age_days = 30
""")
    rules = settings.alerts
    assert rules.max_age_days == 30.0
    assert rules.channel_urls() == ("ntfy://computewatch-desk", "json://127.0.0.1:9999/hook")
    assert (rules.min_amount_usd, rules.labs, rules.retry_seconds) == (1e8, ("OpenAI", "xAI"), 10.0)
    assert rules.statuses == ("closed", "announced", "talks")


def test_the_environment_overrides_the_file_urls(tmp_path, monkeypatch):
    monkeypatch.setenv("COMPUTEWATCH_ALERT_URLS", "json://a.example/x, mailto://u:p@b.example")
    settings = _settings(tmp_path, '[alerts]\nurls = ["ntfy://topic"]\n')
    assert settings.alerts.channel_urls() == ("json://a.example/x", "mailto://u:p@b.example")


def test_defaults_alert_on_closed_and_announced(tmp_path, monkeypatch):
    monkeypatch.delenv("COMPUTEWATCH_ALERT_URLS", raising=False)
    settings = _settings(tmp_path, "")
    assert settings.alerts.statuses == ("closed", "announced")
    assert settings.poll_cron == "*/30 * * * *" and settings.alerts_interval_seconds == 300


@pytest.mark.parametrize(("text", "message"), [
    ('[alerts]\nstatuses = ["rumoured"]', "statuses ['rumoured'] not in"),
    ('[alerts]\nmin_amount_usd = "lots"', "`min_amount_usd` must be a number"),
    ('[alerts]\nlabs = "OpenAI"', "`labs` must be a list of strings"),
    ('[alerts]\nmax_age_days = 0', "`max_age_days` must be above 0"),
    ('[alerts]\nurl = ["json://x"]', "unknown key(s): url"),
    ('[alerts]\nretry_seconds = 0', "`retry_seconds` must be above 0"),
    ('[schedule]\npoll_cron = "often"', "`poll_cron` must be a cron expression"),
    ('[schedule]\npoll_every = 5', "unknown key(s): poll_every"),
])
def test_bad_alert_settings_name_the_file_and_the_field(tmp_path, monkeypatch, text, message):
    monkeypatch.delenv("COMPUTEWATCH_ALERT_URLS", raising=False)
    with pytest.raises(ConfigError) as info:
        _settings(tmp_path, text)
    assert "sources.toml" in str(info.value) and message in str(info.value)


def test_urls_print_and_serialise_masked():
    rules = AlertRules(urls=("slack://TokenA/TokenB/TokenC",))
    assert "Token" not in repr(rules)
    assert jsonable_encoder(rules)["urls"] == ["**********"]
