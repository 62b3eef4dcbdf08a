"""Time and peak memory of `tracker extract` (and `tracker report`) at 1x, 4x and 16x an input.

    python benchmarks/scaling.py ../shared/data/gva-incidents.jsonl.gz [--scales 1 4 16] [--jobs 1] [--report]

The input (article records, or records holding them under `articles`) is written out as a
JSON Lines file repeated N times, with ids made unique per copy; each run is a separate
process, so its peak memory (maximum resident set size) is its own. Time should grow in
proportion to the input and memory stay flat: the extractor streams its input and output.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def records(path: Path) -> list[dict[str, object]]:
    opener = gzip.open if path.suffix == ".gz" else open
    out: list[dict[str, object]] = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            for art in rec["articles"] if isinstance(rec.get("articles"), list) else [rec]:
                text = art.get("text") or art.get("content")
                if text:
                    out.append({"id": str(art.get("id") or art.get("doc_id") or len(out)), "text": text,
                                "published": art.get("published") or art.get("dct") or ""})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", type=Path)
    ap.add_argument("--scales", type=int, nargs="+", default=[1, 4, 16])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--report", action="store_true", help="time `tracker report` too")
    args = ap.parse_args()
    base = records(args.path)
    tracker = str(Path(sys.executable).with_name("tracker"))
    print(f"{'scale':>5} {'articles':>9} {'command':>8} {'seconds':>8} {'articles/s':>10} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for scale in args.scales:
            source = Path(tmp, f"x{scale}.jsonl")
            with source.open("w", encoding="utf-8") as f:
                for copy in range(scale):
                    for rec in base:
                        f.write(json.dumps({**rec, "id": f"{copy}:{rec['id']}"}) + "\n")
            n = len(base) * scale
            commands = [("extract", ["extract", str(source), "-o", str(Path(tmp, "claims.csv"))])]
            if args.report:
                report = ["report", str(source), "--out", str(Path(tmp, f"r{scale}")), "-q",
                          "--cache", str(Path(tmp, f"c{scale}.sqlite"))]
                commands.append(("report", report))
            for name, argv in commands:
                before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
                t0 = time.perf_counter()
                command = [tracker, *argv, "--jobs", str(args.jobs)]
                subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
                seconds = time.perf_counter() - t0
                peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
                note = "" if peak > before else " (<= an earlier run)"
                rate = n / seconds
                print(f"{scale:>5} {n:>9} {name:>8} {seconds:>8.1f} {rate:>10.0f} {peak / 1024:>8.0f}{note}")


if __name__ == "__main__":
    main()
