"""The facts of a review-guard probe, reduced to the fields a guard pins."""

from __future__ import annotations

from extractors.facts import extract_facts


def guard_summary(text: str) -> dict[str, list[tuple]]:
    """Rounds (lab, amount, round, valuation, investors), GPU counts (owner, count, status,
    provider), costs (amount, currency) and power (MW, status) of `text`, each sorted."""
    facts = extract_facts(text)
    return {
        # (key=repr: a round known by its valuation alone has no amount to order by)
        "funding": sorted(((f["lab"], f["amount"], f["round"], f["valuation"], tuple(f["investors"]))
                           for f in facts["funding"]), key=repr),
        "gpus": sorted((g["owner"], g["count"], g["status"], g["provider"] or "") for g in facts["gpus"]),
        "costs": sorted((c["amount"], c["currency"]) for c in facts["costs"]),
        "power": sorted((p["mw"], p["status"]) for p in facts["power"]),
    }
