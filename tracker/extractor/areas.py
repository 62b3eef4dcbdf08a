"""Where a figure is: its place resolved against the gazetteer, and whether that place is a
part of the area of the figures it is read with.

``locate`` (per article) keeps in `location` only a place the gazetteer knows, as the text
names it ("southern city of Osh" -> "Osh"), and fills `country` (ISO 3166-1 alpha-3) and
`admin1` (ISO 3166-2). A name several places share goes to the one in the country the
article's other places are in ("Río Grande" among Puerto Rican towns).

``area_scopes`` (per article, then per incident) finds the area of a group of figures: the
country its located tolls are about (each weighs with its size: the thousands of a quake's
country outweigh a few dozen in each neighbour), and within it the places no other place of
the group's figures of the same category holds. A figure in another country, or in a place
strictly inside that area, counts a part of the area (`scope=area`): "34 in India" in a
Nepal earthquake, "1,441 in the Kathmandu Valley" beside the toll of Nepal. A figure for the
area itself, or with no place, stays a toll of the whole. Where a second country weighs
``SECOND_COUNTRY_SHARE`` of the first, the area is both, and each one's toll is a part.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from .. import gazetteer as gz
from ..models import Claim
from . import lexicon as lx
from .dates import parse_published, possessed
from .text import capitalized

PLACE_SCOPES = frozenset({"whole", "area"})  # the scopes a place can decide between
# A second country whose located tolls weigh this share of the first's is part of the area
# too: the Turkey-Syria earthquake of 2023 (Syria's thousands beside Turkey's tens of
# thousands), not the Nepal earthquake of 2015 (India's few dozen beside Nepal's thousands).
SECOND_COUNTRY_SHARE = 0.05


def locate(claims: Iterable[Claim]) -> list[Claim]:
    """One article's claims with their location resolved (module docstring)."""
    claims = list(claims)
    first = {c.location: gz.resolve_all(c.location) for c in claims if c.location}
    countries = Counter(p.country for places in first.values() for p in places)
    context = tuple(code for code, _ in countries.most_common(3))
    units = {c.claim_id: _speakers_unit(c.source, context, _names_the_toll(c)) for c in claims}
    the_state = _the_one_division(claims, units, context)
    out = []
    for c in claims:
        if not c.location:
            unit = units[c.claim_id]
            out.append(c if unit is None else replace(c, location=unit.name, country=unit.country,
                                                      admin1=unit.admin1))
            continue
        if the_state is not None and _names_the_division(c.location) \
                and (units[c.claim_id] == the_state or the_state.name in c.sentence):
            # "25 died across the state, Kerala officials said" in an article whose only state
            # is Kerala: Kerala's figure, which the incident's area decides is a part or the whole
            out.append(replace(c, location=the_state.name, country=the_state.country,
                               admin1=the_state.admin1, partial=False))
            continue
        places = gz.resolve_all(c.location, context) or first.get(c.location, ())
        if complement(c.location):
            # "other parts of eastern Libya", "outside Derna": the rest of a place, as written,
            # never that place
            countries_of = {p.country for p in places}
            out.append(replace(c, partial=True, admin1="",
                               country=next(iter(countries_of)) if len(countries_of) == 1 else ""))
            continue
        if not places:
            # "in the city of Ormoc", unknown to the gazetteer: still a named part of the area
            # (a site is a part only where its sentence names several: "at the Al Noor Mosque ...
            # at the Linwood Mosque"; "killed at Al-Ahli Arabi Hospital" is the event's own site)
            named_part = any(w.lower() in lx.PLACE_NOUNS or (c.partial and w.lower() in lx.SITE_NOUNS)
                             for w in c.location.split()) \
                and any(capitalized(w) for w in c.location.split())
            out.append(replace(c, location=_as_written(c.location), partial=True) if named_part
                       else replace(c, location=""))
            continue
        countries_here = {p.country for p in places}
        admin1 = {p.admin1 for p in places}
        out.append(replace(c, location=_as_written(c.location),
                           country=next(iter(countries_here)) if len(countries_here) == 1 else "",
                           admin1=next(iter(admin1)) if len(admin1) == 1 else ""))
    return out


def _names_the_toll(c: Claim) -> bool:
    """A figure given as the event's true toll against the official one ("the real death toll
    exceeds 4,700"), not a count of deaths ("India has reported 51 deaths") nor a country's own
    toll of a storm that crossed it ("Zimbabwe said the death toll stood at 259")."""
    head = c.term.lower().rsplit(None, 1)[-1] if c.term.strip() else ""
    return head in lx.TOLL_HEADS and any(w in lx.TRUE_FIGURE_ADJECTIVES for w in c.sentence.lower().split())


def _speakers_unit(source: str, context: tuple[str, ...], toll: bool = False) -> gz.Place | None:
    """"Georgia Governor Brian Kemp", "North Carolina Department of Health": a speaker for a
    division of a country (its name, then a title or a body) gives that division's figures
    when the text places them nowhere else. A country's speaker ("according to Portuguese
    authorities"), a city's ("the Derna mayor") and a medium's ("Chinese broadcaster CGTN") are
    left to the text. A division's title ("Governor") keeps a name that is also a country's
    ("Georgia Governor X"): the incident reads it again in its own country
    (``_in_the_country_most_named``), where it is the division."""
    words = source.split()
    if any(w.lower() in lx.MEDIA_WORDS for w in words):
        return None  # "Chinese broadcaster CGTN": a medium's country is not the figure's place
    named = gz.country_named(source) if len(words) <= _COUNTRY_WORDS else None
    if named is not None:
        # "Mozambique has reported 602 deaths": a country that speaks counts its own (its land's
        # or, abroad, its people's: "India has reported 51 deaths" of a crush at Mina); the toll
        # it gives of an event in another country the article places figures in is the event's
        # ("Iran said the real death toll of the crush exceeds 4,700")
        return None if toll and context and named.country not in context else named
    for size in range(min(3, len(words) - 1), 0, -1):
        head = words[size].lower().strip(",")
        if not all(w[:1].isupper() for w in words[:size]) or not (
                head in _UNIT_SPEAKER_WORDS or words[size - 1].endswith(("'s", "’s"))):
            continue
        name = " ".join(words[:size]).removesuffix("'s").removesuffix("’s")
        place = gz.resolve(name, context)
        if place is not None and (place.kind == "admin1" or (place.kind == "country"
                                                             and head in lx.DIVISION_TITLES)):
            return place
    return None


_COUNTRY_WORDS = 5  # words of the longest country name a speaker may be ("Democratic Republic of the Congo")


def _names_the_division(location: str) -> bool:
    """"the state", "across the state", "his state": a division the text named before
    (``lx.DIVISION_ANAPHORS``), not a named place."""
    words = location.lower().split()
    return len(words) >= 2 and words[-1] in lx.DIVISION_ANAPHORS \
        and (words[-2] == "the" or words[-2] in lx.POSSESSIVE_PRONOUNS)


def _the_one_division(claims: list[Claim], units: dict[str, gz.Place | None],
                      context: tuple[str, ...]) -> gz.Place | None:
    """The one division (admin1) the article's figures and speakers name, which "the state" of
    its other figures then is; None when it names none or several (Helene's Georgia and the
    Carolinas: "in the state" is then one of them, a part)."""
    found = {p for c in claims if c.location for p in gz.resolve_all(c.location, context)
             if p.kind == "admin1"}
    found |= {u for u in units.values() if u is not None and u.kind == "admin1"}
    return next(iter(found)) if len(found) == 1 else None


_UNIT_SPEAKER_WORDS = lx.SPEAKER_TITLE_NOUNS | lx.AUTHORITIES | lx.SOURCE_NOUNS | lx.UNIT_BODY_WORDS


def complement(location: str) -> bool:
    """"other parts of eastern Libya", "the rest of the country", "elsewhere in Libya",
    "outside Derna": the rest of a place (places.py), not the place."""
    low = location.lower()
    words = low.split()
    return bool(words) and (words[0] in lx.COMPLEMENT_WORDS
                            or any(low == p or low.startswith(p + " ") for p in lx.COMPLEMENT_AFTER_IN))


def _as_written(phrase: str) -> str:
    """The place's name as the text writes it: the phrase from its first capitalised word
    ("southern city of Osh" -> "Osh", "provinces of Osh and Jalal-Abad" -> "Osh and Jalal-Abad")."""
    words = phrase.split()
    for i, word in enumerate(words):
        if capitalized(word):  # "al-Shifa Hospital" whole
            return " ".join(words[i:])
    return phrase


def area_scopes(claims: Iterable[Claim]) -> list[Claim]:
    """The claims of one article or incident, with `scope=area` for the figures of a part of
    their area (module docstring); "... alone" stays a part whatever its place."""
    claims = _in_the_country_most_named(list(claims))
    located = {c.claim_id: _places(c) for c in claims
               if c.location and c.scope in PLACE_SCOPES and not complement(c.location)}
    countries = _country_votes(claims, located)
    if not countries:
        return claims
    ranked = countries.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return claims  # no country of the area: two as often named
    main = ranked[0][0]
    # a disaster of two countries ("17,674 in Turkey", "3,581 in Syria"): each one's toll is a part
    second = ranked[1][0] if len(ranked) > 1 and ranked[1][1] >= SECOND_COUNTRY_SHARE * ranked[0][1] else ""
    # each category's area from its own figures: "10,000 missing in Libya" makes no part of
    # the Derna toll of the dead
    areas = {category: _area([c for c in claims if c.category == category], located, main)
             for category in sorted({c.category for c in claims})}
    out = []
    for c in claims:
        area = areas[c.category]
        places = located.get(c.claim_id)
        if c.scope == "period" and c.location and c.category not in lx.DESTINATION_CATEGORIES \
                and main not in {p.country for p in _places(c)}:
            # "a further 72 were killed in India" beside Nepal's toll: the count of another country
            out.append(replace(c, scope="area"))
            continue
        home = _speakers_home(c, (main, second)) if places is None and second else None
        if home is not None:
            out.append(replace(c, scope="area", country=home.country, location=home.name))
            continue
        if places is None or c.partial:
            out.append(c)
            continue
        countries_here = {p.country for p in places}
        if second and c.category not in lx.DESTINATION_CATEGORIES:
            scope = "whole" if {main, second} <= countries_here else "area"  # "in Turkey and Syria"
            out.append(c if scope == c.scope else replace(c, scope=scope))
            continue
        if main in countries_here and len(countries_here) > 1:
            out.append(c if c.scope == "whole" else replace(c, scope="whole"))  # more than the area
            continue
        if main not in countries_here and c.category in lx.DESTINATION_CATEGORIES:
            out.append(c)  # "100,000 refugees in Uzbekistan": where they fled to, not a part
            continue
        # a part: another country's, inside the area, or some of the area's several places
        # ("Florida" of a storm over Florida, Georgia and the Carolinas)
        part = main not in countries_here or all(any(_may_hold(m, p) for m in area) for p in places) \
            or (len(area) > 1 and set(places) < set(area))
        scope = "area" if part else "whole"
        out.append(c if scope == c.scope else replace(c, scope=scope))
    return _provinces_of_the_whole(out, located, main)


def _provinces_of_the_whole(claims: list[Claim], located: dict[str, tuple[gz.Place, ...]],
                            main: str) -> list[Claim]:
    """A province's figure that reaches every toll of the whole given within a day of it is the
    toll of the whole, the event's own province ("the toll from the quakes in Indonesia's Central
    Sulawesi province jumped to 1,944" beside Indonesia's 1,763): a part is below its whole. A
    city's stays a part (its figure above the whole is a disagreement to show)."""
    wholes: dict[str, list[tuple[str, float]]] = {}
    for c in claims:
        size = c.count.point()
        if c.scope == "whole" and not c.part_of and not c.partial and size is not None and c.as_of:
            wholes.setdefault(c.category, []).append((c.as_of[:10], size))
    out = []
    for c in claims:
        places = located.get(c.claim_id, ())
        size = c.count.point()
        if c.scope == "area" and not c.partial and not c.part_of and size is not None and c.as_of \
                and places and all(p.kind == "admin1" and p.country == main for p in places):
            near = [w for day, w in wholes.get(c.category, [])
                    if _days_apart(day, c.as_of[:10]) <= _SAME_TIME]
            if near and size >= max(near):
                c = replace(c, scope="whole")
        out.append(c)
    return out


def _speakers_home(c: Claim, countries: tuple[str, str]) -> gz.Place | None:
    """In a disaster of two countries, the one an unplaced toll of the whole is of by its
    speaker ("Mozambique's Minister of Land said the toll has risen to 242", "Syria's health
    ministry said 1,400 died"): that country's count, a part; None for a sum of both ("the
    combined toll") and for speakers of no one country."""
    if c.partial or c.scope != "whole" or c.category in lx.DESTINATION_CATEGORIES \
            or any(w in lx.TOTAL_WORDS for w in c.sentence.lower().split()):
        return None
    code = _speakers_country(c.source)
    return gz.country(code) if code in countries else None


def _speakers_country(source: str) -> str:
    """The country a speaker speaks for by its first words ("Mozambique's Minister of Land
    Celso Correia", "Zimbabwe's government", "the Syrian health ministry", "Turkish officials";
    not a medium, "Chinese broadcaster CGTN", nor a body that is no country's, "the Syrian
    Observatory"), as its ISO code, else "". A toll of both countries is no one country's
    ("Turkish officials said the combined toll had passed 21,000")."""
    words = [w for w in source.split() if w.lower() not in lx.DETERMINERS]
    if not words or any(w.lower() in lx.MEDIA_WORDS for w in words):
        return ""
    first = words[0]
    if possessed(first) != first:
        place = gz.country_named(possessed(first))
        return place.country if place is not None else ""
    # "the Syrian health ministry", "Turkish officials"; not "the Syrian Observatory for Human Rights"
    official = any(w.lower() in lx.COUNTRY_SPEAKER_NOUNS for w in words[1:1 + _OFFICIAL_REACH])
    demonym = gz.country_of_demonym(first) if official else None
    return demonym or ""


_OFFICIAL_REACH = 2  # words after a demonym that may name its country's officials ("Syrian health ministry")


_SAME_TIME = 1  # days between a province's toll and the tolls of the whole it is set beside


def _days_apart(a: str, b: str) -> int:
    day_a, day_b = parse_published(a), parse_published(b)
    return abs((day_a - day_b).days) if day_a and day_b else _SAME_TIME + 1


def _in_the_country_most_named(claims: list[Claim]) -> list[Claim]:
    """A name several places bear, read in the country most of the figures' other places are in:
    "Valencia" beside Paiporta, Torrent and Castilla-La Mancha is the Spanish city, not the
    larger one in Venezuela (each place name votes once, whatever its figures)."""
    names = {c.location: _places(c) for c in claims if c.location and not complement(c.location)}
    votes = Counter(next(iter(countries)) for places in names.values()
                    for countries in [{p.country for p in places if p.country}] if len(countries) == 1)
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return claims
    main = ranked[0][0]
    again = {name: places for name, known in names.items()
             if known and main not in {p.country for p in known}
             for places in [gz.resolve_all(name, (main,))]
             if places and {p.country for p in places} == {main}}
    if not again:
        return claims
    out = []
    for c in claims:
        places = again.get(c.location)
        if places is not None:
            admin1 = {p.admin1 for p in places}
            c = replace(c, country=main, admin1=next(iter(admin1)) if len(admin1) == 1 else "")
        out.append(c)
    return out


def _country_votes(claims: list[Claim], located: dict[str, tuple[gz.Place, ...]]) -> Counter[str]:
    """Which country the figures are about: each located toll of the dead or injured votes for
    its one country with its size ("Nepal and India" votes for neither), so the thousands of
    a quake's country outweigh a few dozen in each neighbour; figures of other categories
    vote one each where no such toll is located."""
    votes: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    for c in claims:
        places = located.get(c.claim_id)
        if places is None:
            continue
        countries = {p.country for p in places if p.country}
        if len(countries) != 1:
            continue
        country = next(iter(countries))
        counted[country] += 1
        size = c.value if c.value is not None else c.high if c.high is not None else c.low
        if c.category in lx.AREA_VOTING_CATEGORIES and size:
            votes[country] += size
    return votes or counted


def _area(claims: list[Claim], located: dict[str, tuple[gz.Place, ...]], main: str) -> list[gz.Place]:
    """The places of the main country that no other place of the group holds: the area the
    figures are about ("Osh" and "Jalal-Abad" provinces, not Kyrgyzstan, where the country is
    named only as "southern Kyrgyzstan": a compass word makes a vague region of it, which
    holds nothing and is held by nothing). Several such places no one figure is for together
    are parts of the division or country that holds them all."""
    mine = {c.claim_id for c in claims}
    located = {i: ps for i, ps in located.items() if i in mine}
    # "southern Kyrgyzstan" is vague, "North Carolina" is a name
    vague = {c.claim_id for c in claims
             if set(c.location.lower().split()) & lx.COMPASS - _name_words(located.get(c.claim_id, ()))}
    places = list(dict.fromkeys(p for i, ps in sorted(located.items()) if i not in vague
                                for p in ps if p.country == main))
    leaves = [p for p in places if not any(_may_hold(q, p) for q in places)]
    if len(leaves) < 2 or any(len(set(ps) & set(leaves)) > 1 for ps in located.values()):
        return leaves  # one place, or a figure for several of them ("Osh and Jalal-Abad")
    # figures each for another place ("1,039 in Kathmandu", "1,441 in the Kathmandu Valley"):
    # parts of the place that holds them all
    common = gz.common_area(leaves)
    return leaves if common is None else [common]


def _may_hold(outer: gz.Place, inner: gz.Place) -> bool:
    """Whether a place holds another, or may: a city whose division the gazetteer does not
    know (most of India's: "Idukki" beside "Kerala") is taken to be in a division of its own
    country, since a city's figure is never the toll of a division's whole."""
    return gz.contains(outer, inner) or (outer.kind == "admin1" and inner.kind == "city"
                                         and not inner.admin1 and inner.country == outer.country)


def _name_words(places: tuple[gz.Place, ...]) -> set[str]:
    return {w for p in places for w in p.name.lower().split()}


def _places(claim: Claim) -> tuple[gz.Place, ...]:
    if complement(claim.location):
        return ()  # "outside Derna" is not Derna
    context = (claim.country,) if claim.country else ()
    return gz.resolve_all(claim.location, context)


def contains(outer: Claim, inner: Claim) -> bool:
    """Whether the place of one figure holds the place of another ("Jalal-Abad province"
    holds "the city of Jalal-Abad"); figures without a place hold nothing."""
    if not (outer.location and inner.location):
        return False
    big, small = _places(outer), _places(inner)
    return bool(big and small) and all(any(gz.contains(b, s) or b == s for b in big) for s in small)


def same_place(a: Claim, b: Claim) -> bool:
    """Two figures for one place: the same places of the gazetteer, or, for a site it does not
    know ("Batticaloa Teaching Hospital"), the same name as written."""
    if not (a.location and b.location):
        return False
    pa, pb = _places(a), _places(b)
    if not (pa or pb):
        return not complement(a.location) and _site_name(a.location) == _site_name(b.location)
    return bool(pa) and set(pa) == set(pb)


def place_key(claim: Claim) -> str:
    """One key for the figures of one place (``same_place``): its places in the gazetteer
    ("Derna alone" and "Derna, Libya" alike), else its name as written."""
    places = _places(claim)
    return "|".join(sorted(f"{p.name}:{p.country}" for p in places)) if places else _site_name(claim.location)


def _site_name(location: str) -> str:
    return " ".join(w for w in location.lower().split() if w not in lx.DETERMINERS)
