"""funding_events: which mentions are one round, stable ids, revisions, conflicts."""

from __future__ import annotations

import pytest

from models.refresh import refresh
from tests.models.conftest import fact


def funding(lab="Anthropic", amount=4e9, round=None, status="closed", currency="USD", **more):
    """A funding fact as the extractor emits it."""
    usd = more.pop("amount_usd", amount if currency == "USD" else None)
    return fact(lab=lab, amount=amount, currency=currency, amount_usd=usd, round=round,
                status=status, **more)


def events(con, lab=None):
    cur = con.execute(
        "SELECT * FROM funding_events WHERE lab = coalesce(?, lab) ORDER BY first_seen, event_id",
        [lab],
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def test_a_named_round_and_an_unnamed_mention_of_the_same_amount_merge(warehouse, load):
    load("a", "2024-03-01T10:00:00+00:00", {"funding": [funding(amount=4e9, round="Series E")]})
    load("b", "2024-03-20T10:00:00+00:00", {"funding": [funding(amount=4.2e9)]})
    refresh(warehouse)
    [event] = events(warehouse)
    assert event["round"] == "Series E"
    assert event["n_sources"] == 2
    # the named mention's amount and the other one within 10 %: not a conflict
    assert event["amount_conflict"] is False
    assert event["reported_amounts_usd"] == [4e9, 4.2e9]


def test_unnamed_mentions_merge_within_10_percent_and_120_days_only(warehouse, load):
    load("a", "2024-01-10T10:00:00+00:00", {"funding": [funding(amount=2e9)]})
    load("b", "2024-02-01T10:00:00+00:00", {"funding": [funding(amount=2.15e9)]})  # +7.5 %
    load("c", "2024-02-02T10:00:00+00:00", {"funding": [funding(amount=2.6e9)]})  # +30 %
    load("d", "2024-09-01T10:00:00+00:00", {"funding": [funding(amount=2e9)]})  # 7 months on
    refresh(warehouse)
    found = [(e["amount"], e["n_sources"]) for e in events(warehouse)]
    assert found == [(2e9, 2), (2.6e9, 1), (2e9, 1)]


def test_mentions_120_days_apart_chain_into_one_round(warehouse, load):
    for slug, day in (("a", "2024-01-01"), ("b", "2024-04-20"), ("c", "2024-08-10")):
        load(slug, f"{day}T10:00:00+00:00", {"funding": [funding(amount=1e9)]})
    refresh(warehouse)
    assert [e["n_sources"] for e in events(warehouse)] == [3]


def test_two_round_names_never_merge_even_with_one_amount_and_day(warehouse, load):
    load("a", "2024-12-24T10:00:00+00:00", {"funding": [
        funding(lab="xAI", amount=6e9, round="Series C"),
        funding(lab="xAI", amount=6e9, round="Series B"),
    ]})
    load("b", "2024-12-25T10:00:00+00:00", {"funding": [funding(lab="xAI", amount=6e9)]})
    refresh(warehouse)
    found = sorted((e["round"], e["n_sources"]) for e in events(warehouse))
    # the unnamed mention joins one of them, never both, and they stay apart
    assert [r for r, _ in found] == ["Series B", "Series C"]
    assert sum(n for _, n in found) == 3


def test_round_names_are_compared_by_their_key(warehouse, load):
    load("a", "2024-05-27T10:00:00+00:00", {"funding": [funding(lab="xAI", round="Series B")]})
    load("b", "2024-05-28T10:00:00+00:00", {"funding": [funding(lab="xAI", round="B 轮")]})
    load("c", "2024-05-29T10:00:00+00:00", {"funding": [funding(lab="xAI", round="series b round")]})
    refresh(warehouse)
    [event] = events(warehouse)
    assert event["n_sources"] == 3
    assert event["round"] == "Series B"  # one of each: the first reported


def test_different_labs_never_merge(warehouse, load):
    load("a", "2024-05-27T10:00:00+00:00", {"funding": [funding(lab="xAI", amount=6e9)]})
    load("b", "2024-05-27T11:00:00+00:00", {"funding": [funding(lab="Mistral AI", amount=6e9)]})
    refresh(warehouse)
    assert sorted(e["lab"] for e in events(warehouse)) == ["Mistral AI", "xAI"]


def test_status_moves_talks_announced_closed_in_one_event_with_revisions(warehouse, load):
    load("a", "2024-01-05T10:00:00+00:00",
         {"funding": [funding(amount=7.5e8, status="talks", valuation=18.4e9,
                              valuation_usd=18.4e9)]})
    first = refresh(warehouse)
    [created] = first.changed_events
    assert (created.is_new, created.revision, created.status) == (True, 1, "talks")

    load("b", "2024-01-20T10:00:00+00:00", {"funding": [funding(amount=7.5e8, status="announced")]})
    second = refresh(warehouse)
    [update] = second.changed_events
    assert (update.event_id, update.is_new, update.revision, update.status) == (
        created.event_id, False, 2, "announced")

    load("c", "2024-02-10T10:00:00+00:00", {"funding": [funding(amount=7.5e8, status="closed")]})
    third = refresh(warehouse)
    [closing] = third.changed_events
    assert (closing.event_id, closing.revision, closing.status) == (created.event_id, 3, "closed")

    [event] = events(warehouse)
    assert event["status_history"] == ["talks", "announced", "closed"]
    assert event["valuation_usd"] == 18.4e9
    history = warehouse.execute(
        "SELECT revision, status FROM funding_event_revisions WHERE event_id = ? ORDER BY revision",
        [created.event_id],
    ).fetchall()
    assert history == [(1, "talks"), (2, "announced"), (3, "closed")]


def test_an_older_talks_report_loaded_late_does_not_regress_the_status(warehouse, load):
    load("closed", "2024-02-10T10:00:00+00:00", {"funding": [funding(status="closed")]})
    refresh(warehouse)
    load("talks", "2024-01-05T10:00:00+00:00", {"funding": [funding(status="talks")]})
    result = refresh(warehouse)
    assert result.changed_events == []  # a source more, but neither status nor amount changed
    [event] = events(warehouse)
    assert event["status"] == "closed"
    assert event["status_history"] == ["talks", "closed"]
    assert event["n_sources"] == 2


def test_an_event_keeps_its_id_as_mentions_arrive_and_only_amount_changes_bump(warehouse, load):
    load("a", "2024-06-11T10:00:00+00:00", {"funding": [funding(lab="Mistral AI", amount=6e8,
                                                                 round="Series B")]})
    [created] = refresh(warehouse).changed_events
    load("b", "2024-06-12T10:00:00+00:00", {"funding": [funding(lab="Mistral AI", amount=6e8)]})
    assert refresh(warehouse).changed_events == []
    # a later report with a different amount for the same named round: kept and flagged; the
    # amount stays the most reported one
    load("c", "2024-06-13T10:00:00+00:00", {"funding": [funding(lab="Mistral AI", amount=6.45e8,
                                                                 round="Series B")]})
    assert refresh(warehouse).changed_events == []
    [event] = events(warehouse)
    assert event["event_id"] == created.event_id
    assert (event["amount"], event["n_sources"], event["revision"]) == (6e8, 3, 1)
    assert event["reported_amounts_usd"] == [6e8, 6.45e8]
    # two against two: the first reported amount stays
    load("d", "2024-06-14T10:00:00+00:00", {"funding": [funding(lab="Mistral AI", amount=6.45e8,
                                                                 round="Series B")]})
    assert refresh(warehouse).changed_events == []
    load("e", "2024-06-15T10:00:00+00:00", {"funding": [funding(lab="Mistral AI", amount=6.45e8,
                                                                 round="Series B")]})
    [bumped] = refresh(warehouse).changed_events
    assert (bumped.event_id, bumped.revision, bumped.amount) == (created.event_id, 2, 6.45e8)


def test_conflicting_amounts_of_one_named_round_are_kept_and_flagged(warehouse, load):
    load("a", "2024-05-01T10:00:00+00:00", {"funding": [funding(round="Series F", amount=13e9)]})
    load("b", "2024-05-02T10:00:00+00:00", {"funding": [funding(round="Series F", amount=10e9)]})
    load("c", "2024-05-03T10:00:00+00:00", {"funding": [funding(round="Series F", amount=13e9)]})
    refresh(warehouse)
    [event] = events(warehouse)
    assert event["amount_conflict"] is True
    assert event["reported_amounts_usd"] == [10e9, 13e9]
    assert event["amount"] == 13e9


def test_an_event_is_hedged_only_while_every_report_of_its_figure_hedges_it(warehouse, load):
    valued = {"valuation": 2.5e9, "valuation_currency": "USD", "valuation_usd": 2.5e9}
    load("a", "2024-02-20T10:00:00+00:00", {"funding": [funding(
        lab="Moonshot AI", amount=1e9, qualifier="over", valuation_qualifier="about", **valued)]})
    load("b", "2024-02-21T10:00:00+00:00", {"funding": [funding(
        lab="Moonshot AI", amount=1e9, qualifier="more than", valuation_qualifier="about", **valued)]})
    load("c", "2024-02-22T10:00:00+00:00", {"funding": [funding(
        lab="Moonshot AI", amount=1e9, qualifier="over", **valued)]})
    [created] = refresh(warehouse).changed_events
    [event] = events(warehouse)
    # every report hedges the amount: the first report's hedge; one plain valuation makes it plain
    assert (event["amount_qualifier"], event["valuation_qualifier"]) == ("over", None)
    load("d", "2024-02-23T10:00:00+00:00", {"funding": [funding(lab="Moonshot AI", amount=1e9)]})
    # (a hedge alone changing is no new revision: no second alert)
    assert refresh(warehouse).changed_events == []
    [event] = events(warehouse)
    assert (event["event_id"], event["amount_qualifier"], event["revision"]) == (created.event_id, None, 1)
    assert warehouse.execute("SELECT amount_qualifier FROM v_funding_events").fetchall() == [(None,)]


def test_a_closing_amount_beats_the_amount_in_talks(warehouse, load):
    load("a", "2024-05-01T10:00:00+00:00",
         {"funding": [funding(round="Series D", amount=5e9, status="talks")]})
    load("b", "2024-05-02T10:00:00+00:00",
         {"funding": [funding(round="Series D", amount=5e9, status="talks")]})
    load("c", "2024-06-02T10:00:00+00:00",
         {"funding": [funding(round="Series D", amount=6e9, status="closed")]})
    refresh(warehouse)
    [event] = events(warehouse)
    assert (event["amount"], event["status"], event["amount_conflict"]) == (6e9, "closed", True)


def test_valuation_only_mentions_join_a_round_of_that_valuation_or_stand_alone(warehouse, load):
    load("round", "2024-10-03T10:00:00+00:00", {"funding": [
        funding(lab="OpenAI", amount=6.6e9, valuation=157e9, valuation_usd=157e9,
                valuation_type="post"),
    ]})
    load("valued", "2024-10-20T10:00:00+00:00", {"funding": [
        fact(lab="OpenAI", amount=None, currency=None, amount_usd=None, valuation=157e9,
             valuation_currency="USD", valuation_usd=157e9, status="closed"),
    ]})
    load("tender", "2024-02-16T10:00:00+00:00", {"funding": [
        fact(lab="OpenAI", amount=None, currency=None, amount_usd=None, valuation=80e9,
             valuation_currency="USD", valuation_usd=80e9, status="closed"),
    ]})
    refresh(warehouse)
    found = [(e["amount"], e["valuation_usd"], e["n_sources"]) for e in events(warehouse)]
    assert found == [(None, 80e9, 1), (6.6e9, 157e9, 2)]


def test_a_mention_without_lab_or_money_is_no_event(warehouse, load):
    load("a", "2024-05-01T10:00:00+00:00", {"funding": [
        fact(lab=None, amount=1e9, currency="USD", amount_usd=1e9, status="closed"),
        fact(lab="Zhipu AI", amount=None, currency=None, amount_usd=None, status="closed"),
    ]})
    result = refresh(warehouse)
    assert result.funding_events == 0 and events(warehouse) == []


def test_an_event_whose_mentions_all_go_is_deleted_and_comes_back_with_its_id(warehouse, load):
    load("a", "2024-05-01T10:00:00+00:00", {"funding": [funding(amount=3e9)]})
    [created] = refresh(warehouse).changed_events
    load("a", "2024-05-01T10:00:00+00:00", {"funding": []}, version="v2",
         body="The text of a, rewritten.")
    refresh(warehouse)
    assert events(warehouse) == []
    load("a", "2024-05-01T10:00:00+00:00", {"funding": [funding(amount=3e9)]}, version="v3")
    result = refresh(warehouse)
    [event] = events(warehouse)
    assert event["event_id"] == created.event_id
    # same status and amount as its last revision: no new revision, so no second alert
    assert event["revision"] == 1
    assert [(c.event_id, c.is_new) for c in result.changed_events] == [(created.event_id, True)]


def test_a_bridging_mention_merges_two_events_and_the_larger_keeps_its_id(warehouse, load):
    load("a", "2024-01-01T10:00:00+00:00", {"funding": [funding(amount=1e9)]})
    load("b", "2024-01-02T10:00:00+00:00", {"funding": [funding(amount=1e9)]})
    load("c", "2024-08-25T10:00:00+00:00", {"funding": [funding(amount=1e9)]})
    refresh(warehouse)
    larger, smaller = events(warehouse)
    assert (larger["n_sources"], smaller["n_sources"]) == (2, 1)
    load("d", "2024-05-01T10:00:00+00:00", {"funding": [funding(amount=1e9)]})
    refresh(warehouse)
    [merged] = events(warehouse)
    assert merged["event_id"] == larger["event_id"]
    assert merged["n_sources"] == 4


@pytest.mark.parametrize(("name", "key"), [
    ("Series B", "b"), ("series b round", "b"), ("B 轮", "b"), ("B轮融资", "b"),
    ("Series A1", "a1"), ("A+ 轮", "a+"), ("Pre-A", "pre-a"), ("天使轮", "angel"),
    ("种子轮", "seed"), ("strategic round", "strategic"), ("Round", None), ("C 輪", "c"),
])
def test_round_key(warehouse, name, key):
    refresh(warehouse)  # creates the macros
    assert warehouse.execute("SELECT round_key(?)", [name]).fetchone()[0] == key
