"""Extraction throughput and peak memory on a JSON Lines file of articles.

    python benchmarks/extract_speed.py ../shared/data/gva-incidents.jsonl.gz [--limit N]

Each line is an article record (`text`/`content`/...) or an object holding a list of them
under `articles` (the GVA incident file). Prints which build runs (pure Python, or compiled
by mypyc with TRACKER_COMPILE=1), articles/s and MB/s of `extract_claims`,
the same for one compiled regular expression over the same texts (the distance to what
Python can do at all), their ratio, and the process's peak memory.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import tracker.extractor.extraction
from tracker import Article, clean_text, extract_claims

TEXT_FIELDS = ("text", "content", "body", "article_content")


def records(path: Path) -> Iterator[dict[str, object]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            yield from rec["articles"] if isinstance(rec.get("articles"), list) else [rec]


def articles(path: Path, limit: int | None) -> list[Article]:
    out = []
    for rec in records(path):
        text = next((rec[f] for f in TEXT_FIELDS if isinstance(rec.get(f), str) and rec[f]), None)
        if not text:
            continue
        published = str(rec.get("published") or rec.get("dct") or "")[:10]
        out.append(Article(id=str(len(out)), text=clean_text(str(text)), published=published))
        if limit and len(out) >= limit:
            break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", type=Path)
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    docs = articles(args.path, args.limit)
    megabytes = sum(len(a.text.encode()) for a in docs) / 1e6

    bare = re.compile(r"\d[\d,]*|\b(?:killed|dead|injured|wounded)\b", re.IGNORECASE)
    t0 = time.perf_counter()
    hits = sum(len(bare.findall(a.text)) for a in docs)
    regex_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    claims = sum(len(extract_claims(a)) for a in docs)
    extract_s = time.perf_counter() - t0

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    compiled = str(tracker.extractor.extraction.__file__).endswith(".so")
    print(f"build: {'compiled (TRACKER_COMPILE=1)' if compiled else 'pure Python'}")
    print(f"articles: {len(docs)}  text: {megabytes:.1f} MB  claims: {claims}  (regex hits: {hits})")
    print(f"extract:  {len(docs) / extract_s:8.0f} articles/s  {megabytes / extract_s:6.2f} MB/s")
    print(f"regex:    {len(docs) / regex_s:8.0f} articles/s  {megabytes / regex_s:6.2f} MB/s")
    print(f"extract / regex time: {extract_s / regex_s:.1f}x")
    print(f"peak memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
