"""Apprise channels against real loopback receivers; secrets stay out of logs and errors."""

from __future__ import annotations

import logging

from receivers import SMTP_PASSWORD, JsonReceiver, message_text

from flows.channels import check_url, describe_channel, redact, send


def test_a_json_webhook_gets_the_title_and_the_body(json_receiver):
    result = send(json_receiver.url, "New funding: Cohere", "Lab: Cohere\nAmount: USD 500M")
    assert result.ok and result.error is None
    (post,) = json_receiver.wait_for(1, timeout_s=5)
    assert post["title"] == "New funding: Cohere"
    assert "Amount: USD 500M" in post["message"]


def test_mail_goes_through_smtp_with_a_password(smtp_receiver):
    result = send(smtp_receiver.url, "New funding: Cohere", "Lab: Cohere")
    assert result.ok, result.error
    (mail,) = smtp_receiver.wait_for(1, timeout_s=10)
    assert mail["Subject"] == "New funding: Cohere"
    assert "Lab: Cohere" in message_text(mail)


def test_a_receiver_that_is_down_gives_a_reason_without_the_secret(caplog):
    down = JsonReceiver(token="tok-Secret-4421")  # never started
    caplog.set_level(logging.DEBUG)
    result = send(down.url, "t", "b")
    assert not result.ok
    assert result.error and "tok-Secret-4421" not in result.error
    assert "tok-Secret-4421" not in caplog.text
    # apprise's own records stay out of the application's log handlers
    assert not [r for r in caplog.records if r.name.startswith("apprise")]


def test_smtp_password_never_reaches_the_logs(smtp_receiver, caplog):
    caplog.set_level(logging.DEBUG)
    assert send(smtp_receiver.url, "t", "b").ok
    assert SMTP_PASSWORD not in caplog.text


def test_invalid_urls_are_named_by_scheme_only():
    problem = check_url("notascheme://abc-token-123")
    assert problem and "abc-token-123" not in problem
    assert check_url("json://127.0.0.1:9/x") is None


def test_channel_names_show_servers_but_never_tokens():
    assert describe_channel("slack://T1abc/B2def/C3ghi").startswith("slack (slack:")
    assert describe_channel("json://127.0.0.1:8080/hooks/tok").startswith("json://127.0.0.1:8080 (")
    name = describe_channel("mailto://bob:hunter22@mail.example.org?to=a@example.org")
    assert name.startswith("mailto://mail.example.org (") and "hunter22" not in name


def test_redact_removes_every_secret_part_of_the_url():
    url = "discord://1234567890/AbCdEfGhIjKlMn"
    text = redact(f"failed to post to {url} (webhook 1234567890, token AbCdEfGhIjKlMn)", [url])
    assert "1234567890" not in text and "AbCdEfGhIjKlMn" not in text
