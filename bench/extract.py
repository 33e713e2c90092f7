"""Throughput of `extract_facts` on one core.

Builds a corpus of at least 10 MB in memory by recombining the texts we have:
the article bodies of the bundled demo corpus (`flows/demo_corpus/articles/*.html`,
read with `extractors.article.parse_article`), the fixture passages under
`tests/extractors/fixtures/`, the dev passages (`../shared/eval/dev.jsonl`) and
the article bodies of the article-extraction benchmark
(`../shared/eval/aeb/ground-truth.json`, real news pages, mostly without any
compute fact) when those folders are next to the repo. Each document is a
deterministic draw of 3 to 8 of them. `--dense` leaves the benchmark's news
bodies out: every document is then packed with funding, GPU and cost
sentences, the worst case for the extractor. Prints passages/s and MB/s (UTF-8
bytes of text) of CPU time (`time.process_time`, so other processes on the
machine do not distort it) in one process; `--profile` also prints the
functions that take the most time.

    python bench/extract.py [--mb 10] [--seed 7] [--dense] [--profile]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.facts import EXTRACTOR_VERSION, extract_facts  # noqa: E402


def demo_bodies() -> list[str]:
    """Article texts of the bundled demo corpus, as the pipeline reads them."""
    from extractors.article import parse_article

    texts = []
    for path in sorted((ROOT / "flows" / "demo_corpus" / "articles").glob("*.html")):
        text = parse_article(path.read_bytes(), f"http://demo.invalid/{path.name}").text
        if text.strip():
            texts.append(text)
    return texts


def source_passages(dense: bool = False) -> list[str]:
    """Dev texts and news bodies (if the eval folder is present) and test fixtures."""
    texts: list[str] = demo_bodies()
    dev = ROOT.parent / "shared" / "eval" / "dev.jsonl"
    news = ROOT.parent / "shared" / "eval" / "aeb" / "ground-truth.json"
    if news.exists() and not dense:
        bodies = json.loads(news.read_text(encoding="utf-8"))
        texts.extend(v["articleBody"] for v in bodies.values() if v.get("articleBody"))
    if dev.exists():
        for line in dev.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    for path in sorted((ROOT / "tests" / "extractors" / "fixtures").glob("passages_*.txt")):
        texts.extend(t.strip() for t in path.read_text(encoding="utf-8").split("\n\n") if t.strip())
    if not texts:
        sys.exit("bench/extract.py: no source passages found (dev.jsonl or tests/extractors/fixtures)")
    return texts


def build_corpus(texts: list[str], megabytes: float, seed: int) -> tuple[list[str], int]:
    """Documents of 3-8 recombined passages until the corpus reaches `megabytes`;
    returns the documents and the number of passages in them."""
    rng = random.Random(seed)
    docs: list[str] = []
    size = passages = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        k = min(len(texts), rng.randint(3, 8))
        doc = "\n\n".join(rng.sample(texts, k=k))
        docs.append(doc)
        passages += k
        size += len(doc.encode("utf-8"))
    return docs, passages


def main() -> None:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="corpus size in MB (default 10)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--dense", action="store_true", help="fact-dense passages only (no news bodies)")
    ap.add_argument("--profile", action="store_true", help="print the top functions by time")
    args = ap.parse_args()
    texts = source_passages(args.dense)
    docs, passages = build_corpus(texts, args.mb, args.seed)
    total_bytes = sum(len(d.encode("utf-8")) for d in docs)
    extract_facts(docs[0])  # warm caches outside the timing
    facts = 0
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    t0 = time.process_time()
    w0 = time.perf_counter()
    for doc in docs:
        out = extract_facts(doc)
        facts += sum(len(v) for v in out.values())
    cpu = time.process_time() - t0
    wall = time.perf_counter() - w0
    if profiler is not None:
        import pstats

        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    print(f"extractor={EXTRACTOR_VERSION} corpus={'dense' if args.dense else 'mixed'} "
          f"source_passages={len(texts)} documents={len(docs)} "
          f"mb={total_bytes / 1e6:.2f} facts={facts}")
    print(f"cpu_seconds={cpu:.2f} wall_seconds={wall:.2f}")
    print(f"passages_per_s={passages / cpu:.1f} documents_per_s={len(docs) / cpu:.1f} "
          f"mb_per_s={total_bytes / 1e6 / cpu:.2f} (one core, CPU time)")


if __name__ == "__main__":
    main()
