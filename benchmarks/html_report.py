"""Size and load time of report.html, and a screenshot of it, in headless Chromium.

    python benchmarks/html_report.py ../shared/data/gva-incidents.jsonl.gz   # a report of it, measured
    python benchmarks/html_report.py data/ --screenshot docs/                # the sample report's page

An input of article records (or of records holding them under `articles`, as the GVA set)
is written out as JSON Lines with its titles and addresses; a folder is read as it is. The
report is written with `tracker report`, then opened five times from its folder: the figures
are the median time to the load event (charts included), and of sorting the first claims table
by a click (its script and the layout after it, timed in the page). Needs Playwright and
Debian's chromium (/usr/bin/chromium), as the browser tests.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Page

CHROMIUM = "/usr/bin/chromium"


def write_records(path: Path, out: Path) -> Path:
    opener = gzip.open if path.suffix == ".gz" else open
    n = 0
    with opener(path, "rt", encoding="utf-8") as f, out.open("w", encoding="utf-8") as w:
        for line in f:
            rec = json.loads(line)
            for art in rec["articles"] if isinstance(rec.get("articles"), list) else [rec]:
                text = art.get("text") or art.get("content")
                if text:
                    record = {"id": str(art.get("id") or art.get("doc_id") or n), "text": text,
                              "title": art.get("title") or "", "url": art.get("url") or art.get("uri") or "",
                              "published": art.get("published") or art.get("dct") or ""}
                    w.write(json.dumps(record) + "\n")
                    n += 1
    return out


def measure(page_path: Path, runs: int, screenshot: Path | None) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        loads, sorts = [], []
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            start = time.perf_counter()
            page.goto(page_path.as_uri(), wait_until="load")
            loads.append(time.perf_counter() - start)
            if screenshot is not None:
                _screenshots(page, screenshot)
                screenshot = None
            # in the page: the click's script and the layout after it (a driver's click adds its own waits)
            sorts.append(page.evaluate("""() => {
                const button = document.querySelectorAll("table.claims thead th button")[1];
                const start = performance.now();
                button.click();
                document.body.offsetHeight;
                return (performance.now() - start) / 1000;
            }"""))
            context.close()
        browser.close()
    size = page_path.stat().st_size
    print(f"report.html: {size / 1e6:.2f} MB; load {statistics.median(loads):.2f} s, "
          f"first sort {statistics.median(sorts):.2f} s (median of {runs})")


def _screenshots(page: Page, folder: Path) -> None:
    """report.png, the page's first screen; report-disagreement.png, the most severe
    disagreement opened from a link, as a reader sees it."""
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / "report.png"))
    top = page.locator("details.dispute:has(.rank:text-is('#1'))")
    page.goto(page.url.split("#")[0] + "#" + str(top.get_attribute("id")))
    page.evaluate("id => document.getElementById(id).scrollIntoView({block: 'start'})",
                  str(top.get_attribute("id")))
    page.mouse.wheel(0, -60)
    page.wait_for_timeout(200)
    page.screenshot(path=str(folder / "report-disagreement.png"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--screenshot", type=Path, metavar="DIR",
                    help="write report.png (the first screen) and report-disagreement.png into DIR")
    args = ap.parse_args()
    tracker = str(Path(sys.executable).with_name("tracker"))
    with tempfile.TemporaryDirectory() as tmp:
        source = args.path if args.path.is_dir() else write_records(args.path, Path(tmp, "articles.jsonl"))
        out = Path(tmp, "report")
        start = time.perf_counter()
        subprocess.run([tracker, "report", str(source), "--out", str(out), "-q"], check=True)
        print(f"tracker report: {time.perf_counter() - start:.1f} s")
        with (out / "claims.csv").open(encoding="utf-8") as f:
            claims = sum(1 for _ in f) - 1
        print(f"{claims} claims, {len(list((out / 'charts').glob('*.png')))} charts")
        measure(out / "report.html", args.runs, args.screenshot)


if __name__ == "__main__":
    main()
