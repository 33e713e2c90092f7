"""The outbox in a real DuckDB file: one alert per (event, channel), one update per revision,
claims that keep overlapping runs apart, retries with backoff."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from warehouse import outbox, write_connection

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
A, B = "json:aaaaaaaaaaaaaaaa", "mailto:bbbbbbbbbbbbbbbb"


def _event(revision: int = 1, status: str = "closed", amount_usd: float = 5e8,
           matches: bool = True) -> list[dict]:
    return [{"event_id": "ev1", "revision": revision, "status": status,
             "amount_usd": amount_usd, "matches": matches}]


def _render(event: dict, kind: str, previous: outbox.AlertedSnapshot | None) -> tuple[str, str]:
    was = f" was {previous.status}" if previous else ""
    return f"{kind}{was}", "body"


def _rows(con) -> list[tuple]:
    return con.execute(
        "SELECT channel, revision, kind, state, title FROM alerts_outbox ORDER BY channel, revision"
    ).fetchall()


def _deliver_all(con, channels, now=NOW) -> list[outbox.PendingAlert]:
    due = outbox.claim_due(con, channels, "run-1", now)
    for alert in due:
        outbox.mark_sent(con, alert, now)
    return due


def test_each_channel_gets_one_alert_ever(warehouse):
    with write_connection(warehouse) as con:
        assert outbox.enqueue(con, _event(), [A, B], _render, NOW) == 2
        assert outbox.enqueue(con, _event(), [A, B], _render, NOW) == 0
        assert len(_deliver_all(con, [A, B])) == 2
        assert outbox.enqueue(con, _event(), [A, B], _render, NOW) == 0
        assert _deliver_all(con, [A, B]) == []
        assert [r[3] for r in _rows(con)] == ["sent", "sent"]


def test_a_new_revision_sends_one_update_saying_what_changed(warehouse):
    with write_connection(warehouse) as con:
        outbox.enqueue(con, _event(1, "talks"), [A], _render, NOW)
        _deliver_all(con, [A])
        assert outbox.enqueue(con, _event(2, "closed"), [A], _render, NOW) == 1
        assert outbox.enqueue(con, _event(2, "closed"), [A], _render, NOW) == 0
        due = _deliver_all(con, [A])
        assert [(d.kind, d.title) for d in due] == [("update", "update was talks")]


def test_a_revision_queued_while_the_channel_was_down_replaces_the_unsent_one(warehouse):
    with write_connection(warehouse) as con:
        outbox.enqueue(con, _event(1, "announced"), [A], _render, NOW)
        outbox.enqueue(con, _event(2, "closed"), [A], _render, NOW)
        due = _deliver_all(con, [A])
        assert [(d.revision, d.kind) for d in due] == [(2, "new")]
        assert [(r[1], r[3]) for r in _rows(con)] == [(1, "superseded"), (2, "sent")]


def test_an_event_that_stops_matching_alerts_only_channels_that_were_told(warehouse):
    with write_connection(warehouse) as con:
        outbox.enqueue(con, _event(1), [A], _render, NOW)
        _deliver_all(con, [A])
        # the amount was corrected below the rule's minimum: A hears the correction, B nothing
        created = outbox.enqueue(con, _event(2, amount_usd=1e6, matches=False), [A, B],
                                 _render, NOW)
        assert created == 1
        assert [(r[0], r[2]) for r in _rows(con)][-1] == (A, "update")


def test_a_claimed_alert_is_not_claimed_again_until_its_run_is_presumed_dead(warehouse):
    with write_connection(warehouse) as con:
        outbox.enqueue(con, _event(), [A], _render, NOW)
        first = outbox.claim_due(con, [A], "run-1", NOW)
        assert len(first) == 1 and first[0].claim_id == "run-1"
        assert outbox.claim_due(con, [A], "run-2", NOW + timedelta(minutes=1)) == []
        later = NOW + outbox.STALE_CLAIM + timedelta(seconds=1)
        again = outbox.claim_due(con, [A], "run-3", later)
        assert [a.claim_id for a in again] == ["run-3"]


def test_a_failed_alert_waits_for_its_backoff_and_released_claims_come_back(warehouse):
    with write_connection(warehouse) as con:
        outbox.enqueue(con, _event(), [A], _render, NOW)
        (alert,) = outbox.claim_due(con, [A], "run-1", NOW)
        outbox.mark_failed(con, alert, "connection refused", NOW, base=timedelta(seconds=30))
        assert outbox.claim_due(con, [A], "run-2", NOW + timedelta(seconds=29)) == []
        (retry,) = outbox.claim_due(con, [A], "run-2", NOW + timedelta(seconds=30))
        assert retry.attempts == 1
        assert outbox.release(con, "run-2") == 1
        (third,) = outbox.claim_due(con, [A], "run-3", NOW + timedelta(seconds=31))
        outbox.mark_failed(con, third, "refused again", NOW, base=timedelta(seconds=30))
        wait = con.execute("SELECT next_attempt_at FROM alerts_outbox").fetchone()[0]
        assert wait - NOW == timedelta(seconds=60)  # doubled


def test_retry_delay_doubles_up_to_the_cap():
    delays = [outbox.retry_delay(n, timedelta(seconds=30), timedelta(minutes=5)) for n in range(6)]
    assert [d.total_seconds() for d in delays] == [30, 60, 120, 240, 300, 300]


def test_channel_ids_hide_the_url():
    url = "slack://TokenA/TokenB/TokenC"
    cid = outbox.channel_id(url)
    assert cid.startswith("slack:") and "Token" not in cid
    assert cid == outbox.channel_id(url) != outbox.channel_id(url + "x")
