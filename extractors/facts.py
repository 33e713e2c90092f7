"""Facts from article text: funding rounds, GPU counts, compute costs and power.

`extract_facts(text, lang, published)` returns
`{"funding": [...], "gpus": [...], "costs": [...], "power": [...]}` with the
fields of the `computewatch extract` contract (DESIGN.md), plus on every item
`span` ([start, end] offsets of the evidence sentence, `text[start:end] ==
evidence`) and `confidence` (0..1, a rule-based score).

Extra fields on funding: `qualifier`, the hedge the text puts on the amount
("over", "nearly", "about", "up to", "at least", "under") or, for a range,
`"range:LOW-HIGH"` (e.g. `"range:5e9-6e9"` for "$5-6 billion"); the amount is
then the lower bound (for a round known only by its valuation, the valuation's
hedge). None when the number is stated plainly. `valuation_qualifier` is the
valuation's own hedge ("以超过 240 亿美元估值" -> "over"). GPU counts, costs and
power carry the hedge on their number as `qualifier` too, and a hedged number
lowers their confidence a little; a cost range keeps its lower bound
(`qualifier` "range:LOW-HIGH").
- `amount_usd` / `valuation_usd` use `currencies.FX_TO_USD`, a small fixed
  table of approximate rates (CNY 0.14, EUR 1.08, GBP 1.27, HKD 0.128, JPY
  0.0067, ...); the models layer recomputes USD with dated rates.

A fact the text denies or calls off gives none ("OpenAI denied reports that it was raising
$100 billion", "并未完成", "否认拥有"; `extractors.negation`).

`published` is accepted for the contract but not used: target dates are kept
as the phrase the text gives ("by the end of 2024", "2025 年下半年").

Run as a module to extract from JSON lines:
`python -m extractors.facts --jsonl [FILE] < in.jsonl > out.jsonl`, each input
line `{"id", "text", "lang"?, "published"?}`, each output line
`{"id", "funding", "gpus", "costs", "power"}`.
"""

from __future__ import annotations

from extractors.costs import extract_costs
from extractors.funding import extract_rounds, to_fact
from extractors.gpus import extract_gpus
from extractors.passage import analyse
from extractors.power import extract_power

EXTRACTOR_VERSION = "facts-2026.11.29.270"

KINDS = ("funding", "gpus", "costs", "power")


def extract_facts(text: str, lang: str | None = None, published: str | None = None) -> dict[str, list[dict]]:
    """Return {"funding": [...], "gpus": [...], "costs": [...], "power": [...]} per the DESIGN.md contract."""
    if not isinstance(text, str) or not text.strip():
        return {kind: [] for kind in KINDS}
    passage = analyse(text, lang)
    return {
        "funding": [to_fact(passage, r) for r in extract_rounds(passage)],
        "gpus": extract_gpus(passage),
        "costs": extract_costs(passage),
        "power": extract_power(passage),
    }


def _run_jsonl(lines, out) -> int:
    """Extract from JSON lines; returns the number of bad lines (reported on stderr)."""
    import json
    import sys

    bad = 0
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text", ""), str):
                raise ValueError("expected an object with a string 'text'")
        except ValueError as exc:
            print(f"line {number}: not a JSON object with text: {exc}", file=sys.stderr)
            bad += 1
            continue
        facts = extract_facts(item.get("text") or "", item.get("lang"), item.get("published"))
        out.write(json.dumps({"id": item.get("id"), **facts}, ensure_ascii=False) + "\n")
    return bad


if __name__ == "__main__":
    import sys

    args = [a for a in sys.argv[1:] if a != "--jsonl"]
    if "--jsonl" not in sys.argv[1:]:
        sys.exit("usage: python -m extractors.facts --jsonl [FILE] < in.jsonl > out.jsonl")
    if args:
        try:
            with open(args[0], encoding="utf-8") as handle:
                failures = _run_jsonl(handle, sys.stdout)
        except OSError as exc:
            sys.exit(f"{args[0]}: cannot read: {exc.strerror}")
    else:
        failures = _run_jsonl(sys.stdin, sys.stdout)
    sys.exit(1 if failures else 0)
