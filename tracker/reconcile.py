"""From claims to incidents, disagreements and low / best / high estimates.

``reconcile(claims, articles)`` reads as its steps:

1. group articles into events: the user's label (a record's `event`, the folder), or else
   articles that name a common place within a week of each other, one named storm within a
   year, or one kind of disaster in one country within a week;
2. split off historical figures (a figure dated more than a year before its article, or tied
   by its clause to an event before the incident's main one: "last year's floods killed
   300") into incidents of their own; a figure of a later event ("981 injured in an
   earthquake on Tuesday", three weeks on) counts one phase of the incident (``main_events``);
3. give every claim its speaker, one identity for all the names a source goes by within an
   incident ("Derna mayor" = "Abdulmenam al-Ghaithi"; ``speakers``), or, for the outlet's own
   figures, the outlet of the first copy of a wire story;
4. compare sources, not claims: each source's tolls of the whole incident with each other
   source's, one flag per pair of sources at the most, ranked (``find_conflicts``);
5. estimate low / best / high per incident, category and date from the figures that are
   still current (``estimate``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import itertools
import math
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from . import gazetteer as gz
from .extractor import lexicon as lx
from .extractor import lexicon_es, lexicon_fr
from .extractor.areas import area_scopes, contains, place_key, same_place
from .extractor.dates import parse_published, period_end, period_start, possessed
from .extractor.text import Token, tokenize
from .models import ABOUT_SLACK, EARLIER, ESTIMATED, EVENT_BEFORE, LIVE_ENTRY, Article, Claim
from .partition import Partition
from .speakers import Speaker, identify

DEFAULT_RATIO = 1.5  # divergence threshold: larger figure over smaller
SAME_TIME_DAYS = 1  # figures this close are "at the same time"
SAME_DAY_DRIFT = 1.1  # two articles' tolls of one time this close (larger over smaller) are one moving count
EVENT_WINDOW_DAYS = 7  # articles this close that share their rarer names report one event
PLACE_EVENT_DAYS = 30  # articles this close on one rare kind of disaster in one place report one event
MIN_SHARED_NAMES = 3
SHARED_NAME_SHARE = 0.4
HISTORICAL_DAYS = 365  # a figure dated this long before its article is history
NAMED_EVENT_DAYS = 365  # articles this close that name one storm ("Hurricane Maria") report one event
OTHER_EVENT_DAYS = 3  # an event dated this long before or after the main event is another
PAST_EVENT_DAYS = 30  # where no main event is known: an event ended this long before the first article
CUMULATIVE = frozenset({"killed", "injured"})  # tolls that only grow; a drop is a correction
EVENT_KNOWN_DAYS = 3  # a toll dated by its event's own day this long before its article is as known then

_NOT_NAMES = frozenset(lx.WEEKDAYS) | frozenset(lx.MONTHS) | lx.DETERMINERS | lx.PRONOUNS
_WORD = re.compile(r"[\w-]+")


@dataclass(frozen=True, slots=True)
class Conflict:
    conflict_id: str
    incident_id: str
    category: str
    kind: str  # contradiction, divergence, part_exceeds_whole, decrease
    claim_a: str
    claim_b: str
    source_a: str
    source_b: str
    value_a: int | None
    value_b: int | None
    as_of_a: str
    as_of_b: str
    ratio: float
    note: str
    # Beyond the contract's columns:
    rank: int = 0  # 1 = the most severe disagreement of the report
    sentence_a: str = ""
    sentence_b: str = ""
    outlet_a: str = ""
    outlet_b: str = ""
    url_a: str = ""
    url_b: str = ""
    source_kind_a: str = ""
    source_kind_b: str = ""


@dataclass(frozen=True, slots=True)
class Estimate:
    incident_id: str
    label: str
    category: str
    as_of: str
    claims: int
    sources: int
    low: int | None
    best: int | None
    high: int | None
    latest_value: int | None
    latest_source: str
    current_sources: int = 0  # sources whose figure still counts on that date (``estimate``)


@dataclass(frozen=True, slots=True)
class Reconciled:
    claims: list[Claim]  # with incident_id set
    incidents: dict[str, str]  # incident_id -> label
    conflicts: list[Conflict]
    estimates: list[Estimate]


def reconcile(
    claims: Iterable[Claim], articles: Iterable[Article], ratio: float = DEFAULT_RATIO,
    aliases: Mapping[str, str] | None = None,
) -> Reconciled:
    """Incidents, conflicts and estimates of a collection; the same input in any order gives
    the same result. ``aliases`` maps a source's name to the name of the source it is
    (``--aliases``)."""
    arts = {a.id: a for a in sorted(articles, key=lambda a: a.id)}
    ordered = sorted(claims, key=lambda c: (c.article_id, c.start, c.end, c.category))
    events = group_events(list(arts.values()))
    mains = main_events(ordered, events)
    placed = [_place_in_incident(c, events, mains) for c in ordered]
    own = event_places(placed, arts)
    spread = _over_an_area(placed, arts)
    scoped = _areas_by_incident(placed, {i: p for i, p in own.items() if i not in spread})
    labels = _labels(scoped, events, mains)
    spoken = identify_sources(scoped, arts, aliases)
    conflicts = find_conflicts(spoken, ratio, own, _undated_headlines(spoken, arts) | _late_copies(spoken)
                                | _outlets_parts(spoken))
    url_of = {c.claim_id: arts[c.article_id].url for c in spoken if c.article_id in arts}
    conflicts = [replace(c, url_a=url_of.get(c.claim_a, ""), url_b=url_of.get(c.claim_b, ""))
                 for c in conflicts]
    return Reconciled(spoken, labels, conflicts, estimate(spoken, labels))


def _areas_by_incident(claims: list[Claim],
                       own_places: Mapping[str, frozenset[str]] | None = None) -> list[Claim]:
    """Each incident's figures with the parts of its area marked (``areas.area_scopes``), then
    the figures at a point event's own place (``_at_the_event``) and of its own people
    (``_of_its_people``) as its whole."""
    by_incident: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_incident[c.incident_id].append(c)
    scoped = {c.claim_id: c for incident, members in by_incident.items()
              for c in _of_its_people(_at_the_event(area_scopes(members),
                                                    (own_places or {}).get(incident, frozenset())))}
    return [scoped[c.claim_id] for c in claims]


def _over_an_area(claims: list[Claim], arts: Mapping[str, Article]) -> frozenset[str]:
    """The incidents that are disasters over an area (a quake, a storm, a flood:
    ``lx.AREA_DISASTERS``), as at least half of their articles' openings name them: a capital's
    dead are a part even where no other place's are told ("150,000 bodies recovered in
    Port-au-Prince")."""
    ids: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.article_id in arts:
            ids[c.incident_id].add(c.article_id)
    out = set()
    for incident, articles in ids.items():
        spread = sum(1 for i in articles if any(
            lx.DISASTER_NOUNS[m.group().lower()] in lx.AREA_DISASTERS
            for m in _DISASTER.finditer(arts[i].title + "\n" + arts[i].text[:_OPENING])))
        if spread >= EVENT_PLACE_SHARE * len(articles):
            out.add(incident)
    return frozenset(out)


def _at_the_event(members: list[Claim], own: frozenset[str]) -> list[Claim]:
    """A figure placed where a point event itself is ("1,453 died in Mina", "the toll in Mecca
    reached 4,173" of a crush at Mina, near Mecca) counts its whole: when no figure of the
    category is placed elsewhere in that place's country (where Kathmandu's dead sit beside
    Gorkha's and Sindhupalchok's, Kathmandu is one part of a quake). A country a part is placed
    in ("India has reported 51 deaths" of a crush in Saudi Arabia) is whose dead they were or
    a neighbour's share, never the event's site; nor is a part said to be one ("... alone")."""
    if not own:
        return members
    whole: set[str] = set()
    for category in sorted({c.category for c in members}):
        parts = [c for c in members if c.category == category and _placed_part(c) and not _said_part(c)]
        here = [c for c in parts if _at_own_place(c, own) and gz.country_named(c.location) is None]
        countries = {c.country for c in here}
        if here and not any(c.country in countries and not _at_own_place(c, own) for c in parts):
            whole.update(c.claim_id for c in here)
    return [replace(c, scope="whole", partial=False) if c.claim_id in whole else c for c in members]


def _placed_part(c: Claim) -> bool:
    """A part of the area, or a figure of a named place the gazetteer does not know (marked
    ``partial`` by the areas, its scope left as the text gives it)."""
    return _is_part(c) or (c.scope == "whole" and c.partial and not c.part_of and figure(c) is not None
                           and c.unit == "people")


def _of_its_people(members: list[Claim]) -> list[Claim]:
    """The people an event struck, named as a group ("151 miners" of a mine fire, "717
    pilgrims" of a crush at the hajj, "79 migrants" of a shipwreck), are its whole: a group of
    those the crowd of one kind can be (``lx.POPULATION_GROUPS``) that gives a whole toll of the
    incident, the same figure as another figure of the whole ("157 miners had died", "157
    bodies had been retrieved"), counts the whole in all its figures, of any category. Not a
    breakdown ("including 12 miners"), nor a figure below ``POPULATION_MIN``, nor one placed in
    another country than the incident's tolls ("Iran says it had 465 pilgrims killed")."""
    wholes = {(c.category, figure(c)) for c in members if is_toll(c)}
    homes = Counter(c.country for c in members if is_toll(c) and c.country).most_common(1)
    home = homes[0][0] if homes else ""

    def ours(c: Claim) -> bool:  # "Iran says it had 465 pilgrims killed": another country's people
        return c.scope == "group" and c.group in lx.POPULATION_GROUPS and not c.part_of \
            and not (c.country and home and c.country != home)

    people = {c.group for c in members
              if ours(c) and (figure(c) or 0) >= POPULATION_MIN and (c.category, figure(c)) in wholes}
    if not people:
        return members
    return [replace(c, scope="whole") if ours(c) and c.group in people else c for c in members]


POPULATION_MIN = 10  # "two miners" beside a first toll of two may be two of many


# ---------------------------------------------------------------- incidents


def group_events(articles: list[Article]) -> dict[str, str]:
    """article id -> event key. The user's label wins. Unlabelled articles are one event when
    they are copies of one story, or when they were published within ``EVENT_WINDOW_DAYS`` of
    each other (``PLACE_EVENT_DAYS`` after one names a rare kind of disaster in its opening)
    and share most of their rarer proper names (at least ``MIN_SHARED_NAMES``
    places, people, units that few other articles of the collection name), unless their
    disasters are in two countries: two shootings in one city on one day stay apart, the
    follow-ups of one massacre come together."""
    groups = Partition(a.id for a in articles)
    find, union = groups.find, groups.union

    unlabelled = [a for a in articles if not a.event]
    read = {a.id: _read_head(a) for a in unlabelled}  # the head is tokenized once, then let go
    names = {i: names for i, (names, _) in read.items()}
    frequency = Counter(n for a in unlabelled for n in names[a.id])
    common = max(20, len(unlabelled) // 20)  # named by more than 5% of a large collection
    rare = {a.id: {n for n in names[a.id] if frequency[n] <= common} for a in unlabelled}
    index: dict[str, list[Article]] = defaultdict(list)
    for article in sorted(unlabelled, key=lambda a: (a.published, a.id)):
        if article.copy_of and article.copy_of in groups:
            union(article.id, article.copy_of)
        mine = rare[article.id]
        # a follow-up of a rare disaster ("the stampede that occurred during Halloween in
        # Itaewon", two weeks on) shares its names over weeks
        window = max(map(_join_days, read[article.id][1][1]), default=EVENT_WINDOW_DAYS)
        shared = Counter(other.id for n in mine for other in index[n]
                         if _close_in_time(article.published, other.published, window))
        country = read[article.id][1][2]
        for other_id, count in shared.items():
            # a flood in Libya and an earthquake in Haiti that both cite the International
            # Federation of Red Cross and Red Crescent Societies are two events
            theirs = read[other_id][1][2]
            most = count >= SHARED_NAME_SHARE * min(len(mine), len(rare[other_id]))
            if count >= MIN_SHARED_NAMES and most and not (country and theirs and theirs != country):
                union(article.id, other_id)
        for n in mine:
            index[n].append(article)
    _join_by_event_marks(unlabelled, {i: marks for i, (_, marks) in read.items()}, union)
    return {a.id: f"event:{a.event}" if a.event else f"auto:{find(a.id)}" for a in articles}


# (named events, kinds of disaster, country, the towns and districts named): _event_marks
Marks = tuple[set[str], set[str], str, set[str]]


def _join_by_event_marks(articles: list[Article], marks: Mapping[str, Marks],
                         union: Callable[[str, str], None]) -> None:
    """Unlabelled articles that name one event by its marks are one event: the same named
    storm within a year ("Hurricane Maria"), or the same kind of disaster in the same country
    within ``EVENT_WINDOW_DAYS`` ("earthquake" in articles whose opening's places are in
    Nepal; or in the same town where the country is unclear), within ``PLACE_EVENT_DAYS`` for a
    kind of disaster that seldom recurs within a month (``RARE_DISASTERS``: "the crush in
    Seoul", two weeks on), and by its town only for one that recurs along a coast within days
    (``TOWN_DISASTERS``: two shipwrecks off Libya in a week). Attacks and shootings are not
    joined so: a city has several in a week."""
    index: dict[str, list[Article]] = defaultdict(list)
    for article in sorted(articles, key=lambda a: (a.published, a.id)):
        named, disasters, country, places = marks[article.id]
        keys = [(f"named:{n}", NAMED_EVENT_DAYS) for n in named]
        keys += [(f"disaster:{d}:{where}", _join_days(d)) for d in disasters
                 for where in ([country] if country and d not in lx.TOWN_DISASTERS else []) + sorted(places)]
        for key, days in keys:
            for other in index[key]:
                # an undated article is joined only by its names (group_events), not its marks
                if parse_published(article.published) and parse_published(other.published) \
                        and _close_in_time(article.published, other.published, days):
                    union(article.id, other.id)
            index[key].append(article)


def _join_days(disaster: str) -> int:
    """How far apart articles on one kind of disaster in one place may be to report one event."""
    return PLACE_EVENT_DAYS if disaster in lx.RARE_DISASTERS else EVENT_WINDOW_DAYS


def _event_marks(head: str, all_tokens: list[Token], end: int) -> Marks:
    """(named events, kinds of disaster, the country of the places, the towns named) of an
    article's head (its title and opening, ``_head``) up to ``end``: ({"hurricane maria"},
    {"hurricane"}, "PRI", {"PRI:san juan"})."""
    if not _DISASTER.search(head, 0, end):
        return set(), set(), "", set()  # most articles: no disaster named, nothing to look up
    tokens = [t for t in all_tokens if t.start < end]
    named: set[str] = set()
    disasters: set[str] = set()
    countries: Counter[str] = Counter()
    places: set[str] = set()
    for k, tok in enumerate(tokens):
        word = tok.lower
        if word in lx.DISASTER_NOUNS:
            disasters.add(lx.DISASTER_NOUNS[word])
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if tok.is_capitalized and word in lx.NAMED_EVENT_NOUNS and nxt is not None \
                    and nxt.is_capitalized and nxt.lower not in _NOT_NAMES and nxt.kind == "word":
                named.add(f"{lx.DISASTER_NOUNS[word]} {_plain(nxt.lower.split('-')[0])}")  # "María-related"
        elif tok.is_capitalized and tok.kind == "word" and len(word) > 2 and word not in _NOT_NAMES:
            place = gz.resolve(tok.text)
            if place is not None:
                countries[place.country] += 1
                if place.kind not in _WIDE_PLACES:
                    places.add(f"{place.country}:{gz.name_key(place.name)}")
    ranked = countries.most_common(2)
    country = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else ""
    return named, disasters, country, places


_WIDE_PLACES = frozenset({"country", "admin1", "region"})  # too wide to place one event by itself


def _plain(word: str) -> str:
    """A word without its accents: "maría" -> "maria"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


_DISASTER = re.compile(r"\b(?:" + "|".join(sorted(lx.DISASTER_NOUNS, key=len, reverse=True)) + r")\b",
                       re.IGNORECASE)
_OPENING = 1500  # characters of an article's text, after its title, that name its event


def _read_head(article: Article) -> tuple[set[str], Marks]:
    """The proper names and the event marks of an article's title and opening, from one
    tokenization of them."""
    head = article.title + "\n" + article.text[:_HEAD]
    tokens = tokenize(head)
    return _proper_names(tokens), _event_marks(head, tokens, len(article.title) + 1 + _OPENING)


_HEAD = 2000  # characters of an article's text, after its title, read for its event's names


def _proper_names(tokens: list[Token]) -> set[str]:
    """Capitalised words of the title and the opening (not a sentence's first word)."""
    out = set()
    for prev, tok in itertools.pairwise(tokens):
        if tok.is_capitalized and len(tok.text) > 2 and prev.kind == "word" and not tok.text.isupper() \
                and tok.lower not in _NOT_NAMES:
            out.add(tok.lower)
    return out


def _close_in_time(a: str, b: str, days: int) -> bool:
    da, db = parse_published(a), parse_published(b)
    return da is None or db is None or abs((da - db).days) <= days


def _historical(claim: Claim, main: Span | None = None) -> bool:
    """A figure dated more than ``HISTORICAL_DAYS`` before its article, or, in an article with
    no date, before its incident's main event ("the previous deadliest incident happened in
    1990, when a stampede killed 1,426")."""
    published = parse_published(claim.published) or (main[0] if main else None)
    if not published or claim.as_of_basis != "text" or not claim.as_of:
        return False
    return (published - period_end(claim.as_of)).days > HISTORICAL_DAYS


Span = tuple[dt.date, dt.date]


def main_events(claims: list[Claim], events: dict[str, str]) -> dict[str, Span]:
    """event key -> the days of its main event, where the text dates events: of the event
    dates its figures are tied to (``Claim.event_date``) that are not after the middle day of
    its articles (their publication, else their latest figure's date), the one the most
    articles name, the latest of those.
    "Saturday's earthquake" is the main event of the coverage of the week after it; "last
    year's floods" and "Tuesday's aftershock", three weeks on, are other events. Where the
    texts name one event only, an event ended ``PAST_EVENT_DAYS`` before the first article is
    another."""
    spans: dict[str, set[Span]] = defaultdict(set)
    naming: dict[tuple[str, Span], set[str]] = defaultdict(set)  # the articles that name each event
    days: dict[str, dict[str, dt.date]] = defaultdict(dict)  # key -> article -> its day
    for c in claims:
        key = events.get(c.article_id, f"auto:{c.article_id}")
        try:
            if c.event_date:
                span = (period_start(c.event_date), period_end(c.event_date))
                spans[key].add(span)
                naming[(key, span)].add(c.article_id)
            # (an undated article's day from its figures' days, not a year or month it names)
            day = parse_published(c.published) or (period_end(c.as_of) if len(c.as_of) == len("2015-04-25")
                                                   and not _historical(c) else None)
        except ValueError:
            continue
        if day is not None:
            days[key][c.article_id] = max(day, days[key].get(c.article_id, day))
    out = {}
    for key, found in spans.items():
        ends = sorted(days[key].values())
        if len(found) < 2 or not ends:
            continue  # one event named: nothing to tell apart
        middle = ends[len(ends) // 2]  # the coverage's middle day, one vote an article
        before = [span for span in found if span[0] <= middle]
        if before:
            # the event most of them name, the latest of those ("the quake of the 19th" in every
            # article, not the aftershock of the 23rd that one of two tells of)
            out[key] = max(before, key=lambda span: (len(naming[(key, span)]), span))
    for key in spans:
        if key not in out and days[key]:
            # one event named ("the 2018 Camp Fire, in which 85 people were killed", in coverage
            # of 2023): an event that ended a month before the first article is another; no
            # event is later than the main one
            first = min(days[key].values())
            out[key] = (first - dt.timedelta(days=PAST_EVENT_DAYS - OTHER_EVENT_DAYS),
                        dt.date.max - dt.timedelta(days=OTHER_EVENT_DAYS + 1))
    return out


def _event_of(claim: Claim, main: Span | None) -> str:
    """"earlier" or "later" when the claim's event is another than the main one, else ""."""
    if main is None or not claim.event_date:
        return ""
    try:
        start, end = period_start(claim.event_date), period_end(claim.event_date)
    except ValueError:
        return ""
    if end < main[0] - dt.timedelta(days=OTHER_EVENT_DAYS):
        return "earlier"
    if start > main[1] + dt.timedelta(days=OTHER_EVENT_DAYS):
        return "later"
    return ""


def _incident_key(claim: Claim, events: dict[str, str], mains: Mapping[str, Span]) -> str:
    event = events.get(claim.article_id, f"auto:{claim.article_id}")
    if claim.scope == "compared":  # "the deadliest after tremors in Turkey, in which 50,000 died"
        return f"{event}|compared:{claim.location.lower()}"
    if _historical(claim, mains.get(event)):
        return f"{event}|history:{claim.as_of[:4]}|{claim.location.lower()}"
    if _event_of(claim, mains.get(event)) == "earlier":  # "last month's quake killed 8,046"
        return f"{event}|history:{claim.event_date}|{claim.location.lower()}"
    return event


def _place_in_incident(claim: Claim, events: dict[str, str], mains: Mapping[str, Span]) -> Claim:
    """The claim in its incident; a figure of a later event than the incident's main one (an
    aftershock, a second attack), of its whole area or of a part, counts one phase of it
    (`scope=period`), not its toll."""
    event = events.get(claim.article_id, f"auto:{claim.article_id}")
    incident_id = "I" + hashlib.sha1(_incident_key(claim, events, mains).encode()).hexdigest()[:10]
    later = _event_of(claim, mains.get(event)) == "later" and claim.scope in ("whole", "area")
    return replace(claim, incident_id=incident_id, scope="period" if later else claim.scope)


def _labels(claims: list[Claim], events: dict[str, str], mains: Mapping[str, Span]) -> dict[str, str]:
    """incident id -> a readable label: the user's event name, or the place its tolls of the
    whole most name (else the country of its parts); then the month its first toll refers to
    (the year, for history)."""
    places: dict[str, Counter[str]] = defaultdict(Counter)
    countries: dict[str, Counter[str]] = defaultdict(Counter)
    dates: dict[str, list[str]] = defaultdict(list)
    whole_dates: dict[str, list[str]] = defaultdict(list)  # the month of the tolls, not of a part
    named_event: dict[str, str] = {}
    history: dict[str, bool] = {}
    compared: dict[str, str] = {}  # incident -> the place of another event named for comparison
    for c in claims:
        if c.scope == "compared":
            compared[c.incident_id] = compared.get(c.incident_id) or _proper_place(c.location)
            continue
        if c.location and c.scope == "whole":
            places[c.incident_id][_proper_place(c.location)] += 1
        elif c.country:  # a part's country names the incident when no toll of the whole has a place
            countries[c.incident_id][c.country] += c.value or c.low or 1
        if c.as_of:
            dates[c.incident_id].append(c.as_of)
            if c.scope == "whole":
                whole_dates[c.incident_id].append(c.as_of)
        key = _incident_key(c, events, mains)
        history[c.incident_id] = "|history:" in key
        if key.startswith("event:"):
            named_event[c.incident_id] = key.split("|")[0].removeprefix("event:")
    labels = {}
    for incident in sorted({c.incident_id for c in claims}):
        if incident in compared:
            note = "(another event, named for comparison)"
            labels[incident] = f"{compared[incident]} {note}".strip()
            continue
        named = [p for p, _ in sorted(places[incident].items(), key=lambda kv: (-kv[1], kv[0])) if p]
        if not named and countries[incident]:
            code = max(sorted(countries[incident]), key=lambda k: countries[incident][k])
            country = gz.country(code)
            named = [country.name] if country is not None else []
        when = min(whole_dates[incident] or dates[incident] or [""])
        if incident in named_event and not history[incident]:
            labels[incident] = _printable(named_event[incident])
            continue
        when = when[:4] if history[incident] else _month(when)
        if history[incident] and not named:
            # "1,800 died in 2005 when Hurricane Katrina ...": an earlier event's figures
            of = f"{_printable(named_event[incident])}: " if incident in named_event else ""
            labels[incident] = f"{of}an earlier event, {when}" if when else f"{of}an earlier event"
            continue
        labels[incident] = " ".join(x for x in (named[0] if named else "", when) if x) or incident
    return _unique(labels)


def _unique(labels: dict[str, str]) -> dict[str, str]:
    """Labels that tell incidents apart: a label two incidents share gets a number ("Osh June
    2010 (2)"), in the order of the incidents' ids."""
    seen: Counter[str] = Counter()
    taken = set(labels.values())
    out = {}
    for incident in sorted(labels):
        label = labels[incident]
        seen[label] += 1
        if seen[label] > 1:
            n = seen[label]
            while f"{label} ({n})" in taken:
                n += 1
            label = f"{label} ({n})"
            taken.add(label)
        out[incident] = label
    return out


def _printable(text: str, width: int = 80) -> str:
    """A label fit for a chart title and a Markdown heading: no control characters, one line,
    not too long (it comes from the user's folders and records)."""
    clean = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    clean = " ".join(clean.split())
    return clean if len(clean) <= width else clean[:width - 1] + "…"


def _proper_place(location: str) -> str:
    """The place's name without its possessive: "Baghdad's" -> "Baghdad"."""
    words = [possessed(w) for w in location.split() if w[:1].isupper()]
    return " ".join(words)


def _month(iso: str) -> str:
    if len(iso) >= 7:
        return dt.date(int(iso[:4]), int(iso[5:7]), 1).strftime("%B %Y")
    return iso[:4]


def _places_by_incident(claims: list[Claim]) -> dict[str, set[str]]:
    places: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        places[c.incident_id].update(w.lower() for w in _WORD.findall(c.location))
    return places


EVENT_PLACE_SHARE = 0.5  # share of an incident's articles whose opening names a place of the event itself


def event_places(claims: Iterable[Claim], arts: Mapping[str, Article]) -> dict[str, frozenset[str]]:
    """incident -> the names of the places the event itself is at: the names of its figures'
    places that the titles and openings of at least half of its articles (two at least) name
    ("Itaewon" and "Seoul" of a crowd crush, each article's dateline and lede)."""
    articles: dict[str, set[str]] = defaultdict(set)
    named: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        articles[c.incident_id].add(c.article_id)
        if c.location:
            named[c.incident_id].update(_place_words(c.location))
    heads = {a: _head_words(arts[a]) for ids in articles.values() for a in ids if a in arts}
    out = {}
    for incident, ids in articles.items():
        if len(ids) < 2:
            continue
        counts = Counter(w for a in ids for w in named[incident] & heads.get(a, set()))
        out[incident] = frozenset(w for w, n in counts.items() if n >= max(2, EVENT_PLACE_SHARE * len(ids)))
    return out


def _place_words(location: str) -> set[str]:
    return {possessed(w).lower() for w in _WORD.findall(location) if w[:1].isupper()}


def _head_words(article: Article) -> set[str]:
    """The capitalised words of an article's title and opening, a sentence's first among them."""
    return _place_words(article.title + "\n" + article.text[:_HEAD])


def _at_own_place(c: Claim, own: frozenset[str]) -> bool:
    """A figure of a place the event itself is at, not said to be a part ("... alone"): the
    place's name (its first capitalised word but a noun of places: "Itaewon" of "Itaewon,
    Yongsan District") is one of the event's own."""
    name = next((possessed(w).lower() for w in _WORD.findall(c.location)
                 if w[:1].isupper() and w.lower() not in lx.PLACE_NOUNS), "")
    return bool(name) and not _said_part(c) and name in own


def _said_part(c: Claim) -> bool:
    """A figure the text says is a part ("in Jalal-Abad alone", "in government-held areas"),
    not one of a place the gazetteer does not know ("in Seoul's Itaewon district", which the
    areas mark as a named part: there, the event's own site)."""
    if not c.partial:
        return False
    return bool(gz.resolve_all(c.location)) \
        or any(w.lower() in lx.PARTIAL_MARKERS for w in _WORD.findall(c.sentence)) \
        or any(w.lower().endswith(lx.HELD_SUFFIXES) for w in c.location.split())


# ---------------------------------------------------------------- sources


def identify_sources(claims: list[Claim], arts: dict[str, Article],
                     aliases: Mapping[str, str] | None = None) -> list[Claim]:
    """Every claim with its speaker: one key, name and kind per source of an incident
    (``speakers.identify``)."""
    places = _places_by_incident(claims)
    by_incident: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_incident[c.incident_id].append(c)
    speakers: dict[str, Speaker] = {}
    for incident, members in by_incident.items():
        speakers.update(identify(members, arts, places[incident], aliases))
    return [replace(c, source_key=s.key, source_kind=s.kind, speaker=s.name)
            for c in claims for s in [speakers[c.claim_id]]]


# ---------------------------------------------------------------- what a claim's figure means


@functools.lru_cache(maxsize=4096)
def _day(iso: str) -> dt.date | None:
    """The day of an ISO date (None for a month or a year); the same few dates come back for
    every pair of claims compared, so they are parsed once."""
    return parse_published(iso) if len(iso) >= 10 else None


def interval(c: Claim) -> tuple[float, float]:
    """The figures a claim allows (``models.Count.interval``)."""
    return c.count.interval()


def figure(c: Claim) -> float | None:
    """The one number a claim stands for (``models.Count.point``: a range's middle)."""
    return c.count.point()


def wording(c: Claim) -> str:
    """A claim's figure as a reader says it: "at least 124", "18,000-20,000", "dozens (12-99)"."""
    return c.count.wording(c.term)


def _lower(c: Claim) -> float:
    """The smallest figure a claim allows (for "up to 80", its 80: no source said fewer)."""
    return float(c.low if c.low is not None else c.value if c.value is not None else c.high or 0)


def _upper(c: Claim) -> float:
    """The largest figure a claim states: its upper bound, else its figure ("at least 124": 124)."""
    return float(c.high if c.high is not None else c.value if c.value is not None else c.low or 0)


def _firm(c: Claim) -> bool:
    """Stated as a fact: not hedged ("may have died") and not a vague amount ("dozens")."""
    return not c.hedged and c.qualifier != "vague"


def is_toll(c: Claim) -> bool:
    """A toll of the whole incident, the figures that are compared and estimated: people, of
    scope ``whole`` (not a part of the area, a day's count, a group of the victims, people told
    one by one; ``scope``), not a breakdown of another figure."""
    return (c.unit == "people" and c.scope == "whole" and not c.part_of and not c.individuals
            and not c.partial and figure(c) is not None and c.qualifier != "vague")


def _is_part(c: Claim) -> bool:
    """A figure for a part of the area ("700 in Jalal-Abad alone", "34 in India" in a Nepal
    earthquake): a lower bound of the whole."""
    return (c.unit == "people" and c.scope == "area" and not c.part_of and not c.individuals
            and figure(c) is not None)


def _comparable(a: Claim, b: Claim) -> bool:
    """Two figures of the same thing: two tolls of the whole, or two figures of one place; of
    the displaced, two of one measure (the evacuated before a storm, those in shelters, the
    displaced are three counts that need not agree)."""
    if a.category == "displaced" and _displacement(a) != _displacement(b):
        return False
    if _other_windows(a, b):
        return False  # "200 since May" and "67 since August 8" count different spans
    if _other_countries(a, b):
        return False  # Mozambique's toll and Mayotte's, of one cyclone: two counts
    if is_toll(a) and is_toll(b):
        return True
    return _is_part(a) and _is_part(b) and same_place(a, b) and a.qualifier != "vague" != b.qualifier


def _other_countries(a: Claim, b: Claim) -> bool:
    """Do two figures count the people of two different countries (each claim's ``country``)?"""
    return bool(a.country) and bool(b.country) and a.country != b.country


COUNT_START_DAYS = 3  # two counts whose stated starts lie further apart count different spans


def _first_reports(claims: Iterable[Claim]) -> dict[str, dt.date]:
    """incident -> the day of its first article."""
    out: dict[str, dt.date] = {}
    for c in claims:
        day = _day(c.published)
        if day is not None and (c.incident_id not in out or day < out[c.incident_id]):
            out[c.incident_id] = day
    return out


def _longer_span(c: Claim, first_report: dt.date | None) -> bool:
    """A count the text starts well before the incident's first report ("the seasonal rains
    have killed 200 since May" in floods first reported on August 9): a count of a longer span
    than the event's, set against no toll of the event."""
    if not c.counted_from or first_report is None:
        return False
    try:
        end = period_end(c.counted_from)
    except ValueError:
        return False
    return (first_report - end).days > COUNT_START_DAYS


def _of_a_disease(c: Claim) -> bool:
    """A figure given with a disease next to it ("4,072 cases of the disease and seven deaths",
    "seven deaths from the illness", ``DISEASE_WORDS``), not one beside a fear of one ("aid
    agencies warn of disease as the toll rises to 600", ``DISEASE_FEAR_WORDS``)."""
    at = c.sentence.find(c.surface) if c.surface else -1
    if at < 0:
        return False
    window = c.sentence[max(0, at - _DISEASE_REACH):at + len(c.surface) + _DISEASE_REACH]
    near = _WORDS.findall(window.lower())
    return any(w in lx.DISEASE_WORDS for w in near) and not any(w in lx.DISEASE_FEAR_WORDS for w in near)


_WORDS = re.compile(r"[^\W\d_]+")
_DISEASE_REACH = 60  # characters either side of a figure that may name its disease


def _outbreaks(claims: Iterable[Claim]) -> frozenset[str]:
    """The ids of the figures of an outbreak after the event (cholera after a cyclone): a
    disease's figures in an incident fewer than half of whose tolls name a disease. In an
    epidemic most do."""
    tolls: Counter[str] = Counter()
    diseased: Counter[str] = Counter()
    of_a_disease: dict[str, list[str]] = defaultdict(list)
    for c in claims:
        disease = _of_a_disease(c)
        if disease:
            of_a_disease[c.incident_id].append(c.claim_id)
        if is_toll(c) or _is_part(c):
            tolls[c.incident_id] += 1
            diseased[c.incident_id] += disease
    return frozenset(i for incident, n in diseased.items() if n and 2 * n < tolls[incident]
                     for i in of_a_disease[incident])


def _another_count(c: Claim, first_report: Mapping[str, dt.date], outbreaks: frozenset[str]) -> bool:
    """A figure that is not the event's toll: a count of a longer span than the event's
    (``_longer_span``), or one of an outbreak after it (``_outbreaks``)."""
    return c.claim_id in outbreaks or _longer_span(c, first_report.get(c.incident_id))


def _other_windows(a: Claim, b: Claim) -> bool:
    """Two running counts the texts start at days further apart than ``COUNT_START_DAYS``
    ("200 since May", "67 since August 8"): figures of two spans, never a disagreement. A count
    with no stated start is of the whole event and compares with either."""
    if not (a.counted_from and b.counted_from):
        return False
    try:
        (a0, a1), (b0, b1) = ((period_start(c.counted_from), period_end(c.counted_from)) for c in (a, b))
    except ValueError:
        return False
    gap = max((b0 - a1).days, (a0 - b1).days, 0)
    return gap > COUNT_START_DAYS


# the terms of counts of bodies: "bodies", "corps", "cuerpos"
_CORPSE_TERMS = lx.CORPSE_NOUNS | lexicon_fr.BODY_NOUNS | lexicon_es.BODY_NOUNS


def _bodies(c: Claim) -> bool:
    """A count of bodies ("six bodies were recovered"), not of deaths: what is found so far."""
    return c.category == "killed" and c.term.lower() in _CORPSE_TERMS


def _displacement(c: Claim) -> str:
    """The measure a figure of the displaced counts: "evacuated", "sheltered", else "displaced"."""
    term = c.term.lower()
    return next((kind for stem, kind in lx.DISPLACEMENT_MEASURES.items() if stem in term), "displaced")


def _order(c: Claim) -> tuple[str, bool, str, str, int]:
    """Reading order in time: by date, a figure said to be earlier before the others of its
    day ("lowered the toll to 60 from 64")."""
    return c.as_of, c.as_of_basis != EARLIER, c.published, c.article_id, c.start


def _when(c: Claim) -> dt.date | None:
    """The day a figure stands at when figures are compared: its date, or the day before for
    a figure the text places earlier (as_of is the latest day it can refer to)."""
    day = _day(c.as_of)
    return day - dt.timedelta(days=1) if day is not None and c.as_of_basis == EARLIER else day


def _moment(c: Claim) -> tuple[str, bool]:
    """A figure's place in time, to the day: two figures of one day, one said to be earlier,
    are two moments."""
    return c.as_of[:10], c.as_of_basis != EARLIER


# ---------------------------------------------------------------- disagreements


def find_conflicts(claims: list[Claim], ratio: float = DEFAULT_RATIO,
                   own_places: Mapping[str, frozenset[str]] | None = None,
                   unset: frozenset[str] = frozenset()) -> list[Conflict]:
    """Disagreements between sources, not between claims: per incident and category, each
    source's tolls as time goes on are compared with each other source's, and a pair of
    sources gets at most one flag, the strongest; a pair of sources that says what a flagged
    pair already says (the same two figures) is named in that flag's note instead of flagged
    again. A source's own decrease is a flag of its own. Ranked most severe first.
    ``own_places``: incident -> the names of the places the event itself is at
    (``event_places``); a figure placed there is no certain part of the whole. ``unset``: the
    claims whose time is not known, compared with nothing (``_undated_headlines``,
    ``_late_copies``)."""
    claims = _as_known(claims)
    groups: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    first_report = _first_reports(claims)
    outbreaks = _outbreaks(claims)
    for c in claims:
        # (an undated article's latest day is its figures' date only in _below_what_was_said; an
        # article that dates nothing is compared with itself only: _days)
        if not (_day(c.as_of) is not None or not c.as_of) or _another_count(c, first_report, outbreaks) \
                or c.claim_id in unset:
            continue
        if is_toll(c) or _is_part(c):
            groups[(c.incident_id, c.category, "")].append(c)
        elif _group_toll(c):
            # one group's toll ("the number of foreigners killed"), set against the same group's:
            # compared as the toll of a smaller incident
            groups[(c.incident_id, c.category, _group_key(c))].append(
                replace(c, scope="whole", part_of="", group=c.group))
    order = _ordering(claims)
    missing = _missing_by_day(claims)
    out: list[Conflict] = []
    for (incident, category, group), members in sorted(groups.items()):
        members.sort(key=_order)
        by_source: dict[str, list[Claim]] = defaultdict(list)
        for c in members:
            by_source[c.source_key].append(c)
        decreases = [flag for tolls in by_source.values() for flag in _decreases(tolls)]
        if group and len(by_source) < 2 and not decreases:
            continue
        candidates = list(decreases)
        successors = {i: d for tolls in by_source.values() for i, d in _successors(tolls).items()}
        keys = sorted(by_source)
        words = {k: _its_word(by_source[k], ratio) for k in keys}
        here = (own_places or {}).get(incident, frozenset())
        uncertain = frozenset(c.claim_id for c in members if _is_part(c) and _at_own_place(c, here))
        caught_up = _catching_up(members, uncertain)
        if category == "killed" and incident in missing and not group:
            caught_up = _or_feared(caught_up, missing[incident])
        for i, ka in enumerate(keys):
            for kb in keys[i + 1:]:
                flag = _strongest(words[ka], words[kb], ratio, successors, uncertain, caught_up, order)
                if flag:
                    candidates.append(flag)
        found = _collapse(incident, category, candidates, ratio)
        if group:
            label = members[0].group
            found = [replace(f, note=f"Among {label}: {f.note}") for f in found]
        out += found
    ranked = sorted(out, key=lambda c: (-c.ratio, _gap(c), c.kind, c.conflict_id))
    return [replace(c, rank=n) for n, c in enumerate(ranked, 1)]


def _as_known(claims: list[Claim]) -> list[Claim]:
    """The claims as compared: an outlet's own toll of the event, dated by the event's day in
    an article written days after it ("At least 6,500 people were injured in the explosion",
    three weeks on), is the count as the outlet knew it when it wrote, not the count of the
    event's first day (a speaker's figure tied to the event's time stays of it: "within an
    hour of the blast, the ministry said 500 had died"). Its day is the article's: its
    publication, else the latest day the article's undated figures are estimated at."""
    known: dict[str, str] = {}
    # the firm tolls of the whole by incident and category: (day, figure, article)
    tolls: dict[tuple[str, str], list[tuple[dt.date, float, str]]] = defaultdict(list)
    for c in claims:
        written = c.published[:10] or (c.as_of[:10] if c.as_of_basis == ESTIMATED else "")
        known[c.article_id] = max(known.get(c.article_id, ""), written)
        if is_toll(c) and _firm(c) and (on := _day(c.as_of)) is not None:
            tolls[(c.incident_id, c.category)].append((on, figure(c) or 0.0, c.article_id))
    out = []
    for c in claims:
        day, then = _day(known.get(c.article_id, "")), _day(c.as_of)
        if day is None or then is None or c.category not in CUMULATIVE:
            out.append(c)
            continue
        # "More than 1,134 people died when the building collapsed on 24 April", eight months on:
        # dated by the event's own day, the count as known when the article was written
        # (an outlet's own statement; a speaker's, or a first figure recalled, "initially police
        # said 87 died in the collapse on 24 April", is of its time)
        event_day = bool(c.event_date) and c.as_of[:10] == c.event_date[:10] and not c.source \
            and c.as_of_basis != EARLIER and (day - then).days > EVENT_KNOWN_DAYS \
            and not _below_others_by(c, day, tolls.get((c.incident_id, c.category), []))
        if (c.date_rule == EVENT_BEFORE and not c.source and (day - then).days > SAME_TIME_DAYS) or event_day:
            c = replace(c, as_of=day.isoformat(), as_of_basis=ESTIMATED if not c.published else c.as_of_basis)
        out.append(c)
    return out


def _below_others_by(c: Claim, day: dt.date, tolls: list[tuple[dt.date, float, str]]) -> bool:
    """Is ``c`` below a firm toll another article gave of its incident by ``day`` (``tolls``: the
    incident's firm tolls of ``c``'s category, as (day, figure, article))? ("At first only 87
    were reported killed in the collapse on 24 April", beside 400 a week on: a first figure
    recalled, of the event's day, not the count known when the article was written.)"""
    value = figure(c)
    return value is not None and any(article != c.article_id and on <= day and amount > value
                                     for on, amount, article in tolls)


def _group_toll(c: Claim) -> bool:
    """A toll of one group of the victims that sources count alike and a reader compares ("nine
    foreigners", "the number of children killed", "1,400 Israelis"): people of scope ``group``
    named by who they are (``COMPARED_GROUPS``, or a nationality), not by what happened to them
    (in hospital, buried, identified, seriously hurt)."""
    return (c.unit == "people" and c.scope == "group" and not c.individuals and not c.partial
            and figure(c) is not None and c.qualifier != "vague"
            and (c.group in lx.COMPARED_GROUPS or gz.country_of_demonym(c.group) is not None))


def _group_key(c: Claim) -> str:
    """One key for the names of one group ("Indians", "Indian": India), and the place its toll
    is given for (none, or one place: "two children in Almaty" is not the country's children)."""
    country = gz.country_of_demonym(c.group)
    return (f"nationality:{country}" if country is not None else c.group) + f"@{c.location.lower()}"


def _undated_headlines(claims: Iterable[Claim], arts: Mapping[str, Article]) -> frozenset[str]:
    """The tolls of headlines whose time is not known: a headline's toll the body does not
    repeat, over a body that gives another toll of the category, was written at another hour
    (an updated headline, "282 killed", over the body's 245 of the day before) or rounds the
    body's count ("Nearly 300 miners die" over 245): it is set against no other figure. A
    headline's figure is its sentence's when the sentence ends without a full stop and opens
    the article, before its first full stop (``headline``)."""
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if is_toll(c) and c.as_of_basis != EARLIER and not c.forecast:
            by_article[c.article_id].append(c)
    out: set[str] = set()
    for article_id, tolls in by_article.items():
        art = arts.get(article_id)
        if art is None:
            continue
        heads = [c for c in tolls if c.mentions == 1 and headline(c, art.text)]
        for c in heads:
            if any(b.category == c.category and not headline(b, art.text) and not b.hedged
                   and interval(b) != interval(c) for b in tolls):
                out.add(c.claim_id)
    return frozenset(out)


def _late_copies(claims: Iterable[Claim]) -> frozenset[str]:
    """The tolls of a late copy: an article stamped ``LATE_COPY_DAYS`` or more after its
    incident's first report whose every toll of the dead or injured, undated in its text, is a
    figure another article gave in the first ``FIRST_DAYS`` and below a toll reached before its
    day (a page republished weeks on, "the bodies of 79 refugees" stamped in July over June's
    82), from a source that gave no figure in another article (one that did is correcting
    itself). Its figures are of the first days, not of its stamp: set against nothing."""
    by_incident: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if is_toll(c) and c.category in CUMULATIVE and c.as_of_basis != EARLIER and _day(c.published):
            by_incident[c.incident_id].append(c)
    out: set[str] = set()
    for members in by_incident.values():
        first = min(d for c in members if (d := _day(c.published)) is not None)
        late = first + dt.timedelta(days=LATE_COPY_DAYS)
        if not any((_day(c.published) or first) >= late for c in members):
            continue  # most incidents: no article weeks after the first
        early = {(c.category, figure(c)) for c in members
                 if (_day(c.published) or first) <= first + dt.timedelta(days=FIRST_DAYS)}
        articles_of: dict[str, set[str]] = defaultdict(set)
        by_article: dict[str, list[Claim]] = defaultdict(list)
        # each category's tolls by day, and the highest reached up to each (bisect below a day)
        dated: dict[str, list[tuple[dt.date, float]]] = defaultdict(list)
        for c in members:
            articles_of[c.source_key].add(c.article_id)
            by_article[c.article_id].append(c)
            if (day := _day(c.as_of)) is not None:
                dated[c.category].append((day, figure(c) or 0.0))
        days: dict[str, list[dt.date]] = {}
        highest: dict[str, list[float]] = {}
        for category, points in dated.items():
            points.sort()
            days[category] = [d for d, _ in points]
            highest[category] = list(itertools.accumulate((v for _, v in points), max))
        for article, tolls in by_article.items():
            day = _day(tolls[0].published)
            if day is None or day < late:
                continue

            copied = True
            for c in tolls:
                n = bisect.bisect_left(days.get(c.category, []), day)
                reached = highest[c.category][n - 1] if n else 0.0
                copied = copied and c.as_of_basis == "published" and (c.category, figure(c)) in early \
                    and (figure(c) or 0.0) < reached and articles_of[c.source_key] == {article}
            if copied:
                out.update(c.claim_id for c in tolls)
    return frozenset(out)


LATE_COPY_DAYS = 21  # days after an incident's first report from which a page may be a late copy
FIRST_DAYS = 3  # the days of an incident's first reports, whose figures a late copy repeats


def headline(c: Claim, text: str) -> bool:
    """Whether a figure is a headline's (or a deck's): its sentence ends without a full stop and
    comes before the text's first sentence that ends with one."""
    end = _FULL_STOP.search(text)
    return (end is None or c.start < end.start()) \
        and not c.sentence.rstrip().endswith((".", "!", "?", '"', "\u201d"))


_FULL_STOP = re.compile(r"[a-z0-9)\u201d\"][.!?](?=\s)")


@dataclass(frozen=True, slots=True)
class _Flag:
    kind: str
    a: Claim
    b: Claim
    ratio: float


def _decreases(claims: list[Claim]) -> list[_Flag]:
    """A source's decreases: of the whole, and of each place it counts apart (the bodies one
    hospital holds "reduced to 26 from 29" is a recount of its own, beside the toll's)."""
    by_place: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_place[place_key(c) if _is_part(c) and c.location else ""].append(c)
    return [flag for members in by_place.values() if (flag := _decrease(members)) is not None]


def _decrease(claims: list[Claim]) -> _Flag | None:
    """A source's toll that went down: its latest figure below an earlier firm one (for a
    toll that only grows), the largest drop. A figure said to be earlier ("updating an earlier
    toll of more than 600") is before the figures of its own article's day, not before another
    article's of that day, and not after a figure of an earlier day (it stood at a time the
    text does not say)."""
    tolls = [c for c in claims if (is_toll(c) or _is_part(c)) and c.category in CUMULATIVE and _firm(c)
             and c.as_of_basis != ESTIMATED]
    best: _Flag | None = None
    for i, earlier in enumerate(tolls):
        for later in tolls[i + 1:]:
            if _moment(later) == _moment(earlier) or not _comparable(earlier, later) \
                    or None in _days(earlier, later) or _bodies(earlier) != _bodies(later):
                continue
            if later.as_of[:10] == earlier.as_of[:10] and later.article_id != earlier.article_id:
                continue  # two articles' figures of one day: their order within it is not known
            if later.as_of_basis == EARLIER and earlier.as_of[:10] < later.as_of[:10]:
                continue  # "increased the toll from 78 to 82": the 78 stood some time before, not after 81
            if interval(later)[1] < interval(earlier)[0]:
                r = _ratio(earlier, later)
                if r > 1 and (best is None or r > best.ratio):
                    best = _Flag("decrease", earlier, later, r)
    return best


def source_words(claims: Iterable[Claim], ratio: float = DEFAULT_RATIO) -> list[Claim]:
    """The claims that are their source's word (``_its_word``), in their order: what the
    report, the HTML page and the charts show as each source's figure."""
    claims = list(claims)
    own: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        own[(c.incident_id, c.category, c.source_key)].append(c)
    parts = _outlets_parts(claims)
    kept = {c.claim_id for members in own.values() for c in _its_word(members, ratio)} - parts
    return [c for c in claims if c.claim_id in kept]


def _its_word(own: list[Claim], ratio: float) -> list[Claim]:
    """A source's figures that are its word on the toll: not one far below another toll of the
    whole that it gives at the same moment in another sentence of the same article ("the toll
    has climbed to 4,455" and "13 bodies recovered so far": the 13 of a place or a group the
    text does not name; 7,939 detained and "207 detained" in one operation; in two articles the
    lower is an earlier hour's count, "early Wednesday, nearly 80", and stays its word). Two
    figures of one sentence are a contrast ("10-50 deaths, not the 300-500 claimed") and both
    stay. Nor, of a toll that
    only grows, one below a firm toll the source gives at the same moment in another sentence
    of the same article: the story's older figure left in it below its update ("the Committee
    said 115 had died" under "the Committee said the toll had risen to 133")."""
    return [c for c in own if not (is_toll(c) and any(
        is_toll(o) and _moment(o) == _moment(c) and o.sentence != c.sentence and o.article_id == c.article_id
        and (interval(c)[1] * ratio < interval(o)[0] or _left_below_update(c, o)) for o in own))]


def _left_below_update(c: Claim, o: Claim) -> bool:
    """``c`` a growing toll below a firm toll ``o`` of the same article (same source, moment),
    ``o`` a count, not a round summary ("more than 4,500" above "4,455" is the headline's
    rounding of it, not its update). The caller compares the figures of one article."""
    return c.category in CUMULATIVE and _firm(o) and (o.qualifier == "exact" or not _round(_lower(o))) \
        and interval(c)[1] < interval(o)[0]


OWN_PART_RATIO = 2.0  # an outlet's own figure this far below a toll its article gives is a part


def _outlets_parts(claims: Iterable[Claim]) -> frozenset[str]:
    """The outlet's own figures (no source) far below (``OWN_PART_RATIO``) a toll of the whole
    that the same article gives at the same moment in another sentence: "Officials said 154
    died" and "11 of the dead were teenagers" a few lines on, where the text lost the words
    that make the 11 a group. An article does not set its own words against the toll it
    reports; another source's figure in it ("the governor put it at 40") stays that
    source's word."""
    by_article: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if is_toll(c):
            by_article[(c.article_id, c.category)].append(c)
    return frozenset(c.claim_id for members in by_article.values() for c in members
                     if not c.source and any(
                         _moment(o) == _moment(c) and o.sentence != c.sentence
                         and interval(c)[1] * OWN_PART_RATIO < interval(o)[0] for o in members))


def _spread(a: Claim, b: Claim) -> float:
    """The larger figure over the smaller (infinite beside a zero)."""
    fa, fb = figure(a) or 0.0, figure(b) or 0.0
    big, small = max(fa, fb), min(fa, fb)
    return big / small if small else float("inf")


def _ratio(a: Claim, b: Claim) -> float:
    """The spread as a flag states it, to two decimals (thresholds compare the spread itself:
    1,944 against 1,763 is 10.3% apart, beyond a day's drift of 10%, though it shows as x1.1)."""
    return round(_spread(a, b), 2)


def _strongest(first: list[Claim], second: list[Claim], ratio: float,
               successors: dict[str, str], uncertain: frozenset[str] = frozenset(),
               caught_up: Callable[[Claim, Claim], bool] | None = None,
               order: Callable[[Claim, Claim], int] | None = None) -> _Flag | None:
    """The strongest disagreement between two sources' figures, or None: the largest ratio,
    then the closest in time, then both firm."""
    best: tuple[tuple[float, int, int], _Flag] | None = None
    for a in first:
        for b in second:
            kind = _kind(a, b, successors, ratio, uncertain, caught_up, order)
            if not kind:
                continue
            flag = _Flag(kind, a, b, _ratio(a, b))
            gap = abs(((_when(a) or dt.date.min) - (_when(b) or dt.date.min)).days)
            strength = (flag.ratio, -gap, int(_firm(a)) + int(_firm(b)))
            if best is None or strength > best[0]:
                best = (strength, flag)
    return best[1] if best else None


CATCH_UP_DAYS = 2  # a toll that passes a higher figure this soon after it was rising, not disputed


def _catching_up(members: list[Claim], own: frozenset[str] = frozenset()) -> Callable[[Claim, Claim], bool]:
    """``caught_up(low, high)``: two figures of one time, ``low`` a count below ``high``, where
    a firm toll of a third source (not ``high``'s) passed ``high`` (a repeat of it is no news)
    in the ``CATCH_UP_DAYS`` after their day: on the day of a quake, 296 in the morning and 820
    by noon, with 2,012 the next day, are one rising count, not a dispute (a third figure of the
    same day says nothing of the order). A range is an assessment, not a running count
    ("between 10 and 50" against 500 stays a dispute), and a figure nobody passes stays one.
    Two figures of one place (the city the attack was in) are passed by a figure of that
    place or by a toll of the whole; a figure at the place the event itself is at (``own``:
    claim ids, "282 dead at the Soma mine") passes a toll of the whole."""
    firm = sorted(((d, figure(c) or 0.0, c) for c in members
                   if (is_toll(c) or _is_part(c)) and _firm(c) and not c.forecast and c.as_of_basis != EARLIER
                   for d in [_day(c.as_of)] if d is not None), key=lambda t: (t[0], t[1]))
    days = [d for d, _, _ in firm]
    # the highest toll of the whole among the first i firm figures, at [i]
    whole_peak = list(itertools.accumulate((f if is_toll(c) else 0.0 for _, f, c in firm), max, initial=0.0))

    def caught_up(low: Claim, high: Claim) -> bool:
        fl, fh = figure(low), figure(high)
        day = _when(low)  # the lower count's day: the toll passed the higher figure after it
        if fl is None or fh is None or fl >= fh or day is None or low.qualifier == "range" \
                or not (is_toll(low) or (_is_part(low) and _comparable(low, high))):
            return False
        until = day + dt.timedelta(days=CATCH_UP_DAYS)
        now = bisect.bisect_right(days, day)
        after = firm[now:bisect.bisect_right(days, until)]
        # a toll of the whole passes two figures of a part only while the whole was not already
        # above them: 5,006 dead in all the next day says nothing of India's 61 against 72
        wholes = is_toll(low) or not _is_part(high) or whole_peak[now] <= fh
        return any(f > fh and c.source_key != high.source_key
                   and ((is_toll(c) and wholes) or c.claim_id in own
                        or (_is_part(high) and _comparable(c, high)))
                   for _, f, c in after)
    return caught_up


def _missing_by_day(claims: Iterable[Claim]) -> dict[str, dict[dt.date, float]]:
    """incident -> day -> the most missing any source gave that day (the upper end of a range)."""
    out: dict[str, dict[dt.date, float]] = defaultdict(dict)
    for c in claims:
        day = _day(c.as_of)
        if c.category == "missing" and is_toll(c) and day is not None:
            high = interval(c)[1]
            if high < math.inf:
                out[c.incident_id][day] = max(out[c.incident_id].get(day, 0.0), high)
    return out


def _or_feared(caught_up: Callable[[Claim, Claim], bool],
               missing: Mapping[dt.date, float]) -> Callable[[Claim, Claim], bool]:
    """``caught_up``, or: a hedged figure of the dead (``high``: "more than 350 are feared dead")
    no higher than a count of the dead of its time (``low``: 194 bodies) and the missing of that
    day or the day before ("about 200 still missing"): the fear counts the missing as dead, it
    disputes no count."""
    def covered(low: Claim, high: Claim) -> bool:
        if caught_up(low, high):
            return True
        day, fl = _when(low), figure(low)
        if not high.hedged or low.hedged or day is None or fl is None:
            return False
        most = max(missing.get(day, 0.0), missing.get(day - dt.timedelta(days=1), 0.0))
        return most > 0 and interval(high)[0] <= fl + most
    return covered


def _ordering(claims: list[Claim]) -> Callable[[Claim, Claim], int]:
    """``order(a, b)``: which of two articles' figures of one day is the later count, by the
    other tolls that only grow each article gives that day (of the same category and place):
    1 when they are higher in b's article on the whole (the sum of the logarithms of their
    ratios passes ``_ORDER_MARGIN``), -1 when lower, 0 when they do not tell. An article that
    gives 20,451 dead in all and 17,134 in Turkey beside 3,317 in Syria is later than one that
    gives 16,420 and 12,873 beside "over 3,550"; for the Turkey figures, the rise of the whole
    outweighs the fall in Syria."""
    index: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if (is_toll(c) or _is_part(c)) and c.category in CUMULATIVE and _firm(c) and not c.forecast \
                and c.as_of_basis != EARLIER and c.qualifier != "range" and figure(c) is not None:
            index[(c.article_id, c.as_of[:10])].append(c)

    def order(a: Claim, b: Claim) -> int:
        if a.article_id == b.article_id or a.as_of[:10] != b.as_of[:10] \
                or "range" in (a.qualifier, b.qualifier):
            return 0  # a range is an assessment, not a running count (as for _catching_up)
        votes = 0.0
        for x in index.get((a.article_id, a.as_of[:10]), ()):
            for y in index.get((b.article_id, b.as_of[:10]), ()):
                if x.category != y.category or x.claim_id in (a.claim_id, b.claim_id) \
                        or y.claim_id in (a.claim_id, b.claim_id) or _is_part(x) != _is_part(y) \
                        or (_is_part(x) and not same_place(x, y)) or _bodies(x) != _bodies(y):
                    continue
                fx, fy = figure(x) or 0.0, figure(y) or 0.0
                if fx > 0 and fy > 0:
                    votes += math.log(fy / fx)
        return 1 if votes > _ORDER_MARGIN else -1 if votes < -_ORDER_MARGIN else 0
    return order


_ORDER_MARGIN = math.log(1.02)  # other tolls this much higher in all make a report the later


def _successors(own: list[Claim]) -> dict[str, str]:
    """claim id -> the date of the source's next figure of the same thing (none: its last)."""
    out: dict[str, str] = {}
    for claim in own:
        later = [c for c in own if _moment(claim) < _moment(c) and _comparable(c, claim)]
        if later:
            out[claim.claim_id] = min(later, key=_moment).as_of
    return out


def _current(claim: Claim, successors: dict[str, str], day: dt.date) -> bool:
    """A source's figure is its word on ``day`` when it is the source's latest by then."""
    following = successors.get(claim.claim_id)
    if following is None:
        return True
    following_day = _day(following)
    return following_day is not None and following_day > day


_LOWER_BOUNDS = frozenset({"at_least", "more_than"})
_UPPER_BOUNDS = frozenset({"at_most"})
# sources outside the authorities that count the dead: their belief is an estimate of its own
_OUTSIDE_KINDS = frozenset({"international", "ngo", "witness", "media", "armed_group"})


def _round(value: float) -> bool:
    """A figure a summary rounds to: a multiple of 50 from 100 on ("over 3,000", "more than
    200"), of 10 below (not 180, 164 or 47)."""
    return value % (50 if value >= 100 else 10) == 0


_ONE_TIME = dt.date(2000, 1, 2)  # the day two figures of an article that dates nothing stand at


def _days(a: Claim, b: Claim) -> tuple[dt.date | None, dt.date | None]:
    """The days two figures stand at when compared (``_when``); two figures of one article
    that dates nothing were said at one time, whenever it was ("residents count 78 dead; 64
    officially"), an earlier one ("ранее сообщалось о 13") the day before."""
    if a.as_of or b.as_of:
        return _when(a), _when(b)
    if a.article_id != b.article_id:
        return None, None
    before = dt.timedelta(days=1)
    return (_ONE_TIME - before if a.as_of_basis == EARLIER else _ONE_TIME,
            _ONE_TIME - before if b.as_of_basis == EARLIER else _ONE_TIME)


def _kind(a: Claim, b: Claim, successors: dict[str, str], ratio: float,
          uncertain: frozenset[str] = frozenset(),
          caught_up: Callable[[Claim, Claim], bool] | None = None,
          order: Callable[[Claim, Claim], int] | None = None) -> str:
    """How two figures of two sources disagree, or "" when they need not.

    - part_exceeds_whole: a figure for part of the area above a whole dated with it or after it
      (not a figure placed where the event itself is, ``uncertain``: "151 dead in a crush in
      Seoul" is Seoul's crush, not Seoul's share of it);
    - contradiction: at the same time, intervals that cannot both hold (two articles' figures
      within ``SAME_DAY_DRIFT`` of each other are a count that moved within the day, not a
      contradiction); for a toll that only grows, a later figure below the other
      source's word at that time;
    - divergence: at the same time, figures more than ``ratio`` apart.
    A projection ("could reach 10,000") and, but for a part above a whole, a figure the text
    says was given before (``EARLIER``: its time is not known) raise no flag with another source.
    "At the same time" is within ``SAME_TIME_DAYS`` for a toll that only grows, and the same
    day for the others (the missing, the displaced, the detained), which move both ways."""
    da, db = _days(a, b)
    fa, fb = figure(a), figure(b)
    if da is None or db is None or fa is None or fb is None or _other_windows(a, b):
        return ""
    one_time = a.as_of_basis == b.as_of_basis == ESTIMATED and a.article_id == b.article_id and da == db
    if ESTIMATED in (a.as_of_basis, b.as_of_basis) and not one_time:
        # (two figures an undated article does not date stand at one time, whenever it was)
        return _below_what_was_said(a, b, successors, caught_up) \
            if _comparable(a, b) and _firm(a) and _firm(b) else ""
    if not _comparable(a, b):
        # a part and the whole, or a part and a place that holds it ("Jalal-Abad" city in the
        # provinces of Osh and Jalal-Abad); two parts of different places say nothing of each
        # other, nor do the counts of two countries
        if _other_countries(a, b):
            return ""
        if (_is_part(a) and not _is_part(b)) or contains(b, a):
            (part, dp), (whole, dw) = (a, da), (b, db)
        elif (_is_part(b) and not _is_part(a)) or contains(a, b):
            (part, dp), (whole, dw) = (b, db), (a, da)
        else:
            return ""
        # two lower bounds ("more than 1,500" of a part, "more than 1,000" of the whole a day
        # before) can both hold
        bounds = part.qualifier in _LOWER_BOUNDS and whole.qualifier in _LOWER_BOUNDS
        # a part of a place the text does not name ("in that country alone") is no certain part
        # (a whole of the missing or the displaced a day later may have gone down)
        certain = _firm(part) and _firm(whole) and not bounds and bool(part.location) \
            and ((dw - dp).days >= -SAME_TIME_DAYS if a.category in CUMULATIVE else dw == dp)
        certain = certain and not (_bodies(whole) and not _bodies(part))  # bodies found so far bound nothing
        certain = certain and part.claim_id not in uncertain
        # a whole that other sources passed within days was an earlier hour's count (296 dead
        # on the quake's day, 452 in one province the next): no part above it
        certain = certain and not (caught_up is not None and caught_up(whole, part))
        return "part_exceeds_whole" if certain and _lower(part) > _upper(whole) else ""
    speculative = a.hedged or b.hedged or a.qualifier == "vague" or b.qualifier == "vague"
    if a.forecast or b.forecast:
        return ""  # a projection ("the toll could reach 10,000") is no toll yet
    if EARLIER in (a.as_of_basis, b.as_of_basis):
        # a figure the text says was given before ("after an initial count of 288", "had said
        # 5,500") stood at a time it does not say: another source's figure is not of its time
        return ""
    if _bodies(a) != _bodies(b):
        # bodies recovered so far are a lower bound of the dead: only more bodies than deaths disagree
        # (found by a day, above the deaths of that day or later: 20 bodies on Wednesday above
        # Tuesday's 15 dead is a rising toll)
        body, deaths = (a, b) if _bodies(a) else (b, a)
        day_body, day_deaths = (da, db) if body is a else (db, da)
        if _estimate_against_count(deaths, body) and deaths.source_kind in _OUTSIDE_KINDS \
                and deaths.source_kind != body.source_kind \
                and abs((day_deaths - day_body).days) <= SAME_TIME_DAYS \
                and _believed(deaths)[0] > ratio * _upper(body):
            # an outside source's belief of the dead far above the bodies found at that time ("as
            # many as 500 may have died", the UN agency; 78 bodies recovered, the coast guard): the
            # count and the estimate a reader sets side by side; the authorities' own "presumed
            # dead" beside the bodies found so far is the rest not yet found
            return "divergence"
        return "contradiction" if not speculative and 0 <= (day_deaths - day_body).days <= SAME_TIME_DAYS \
            and _lower(body) > _upper(deaths) else ""
    (earlier, de), (later, dl) = sorted([(a, da), (b, db)],
                                        key=lambda t: (_moment(t[0]), t[0].published[:10], t[0].claim_id))
    gap = (dl - de).days
    cumulative = a.category in CUMULATIVE
    (le, he), (ll, hl) = interval(earlier), interval(later)
    if gap > SAME_TIME_DAYS:
        # a later toll below what the other source still says cannot both be true
        still = _current(earlier, successors, dl)
        # "at least 180" days after another source's "more than 200": the later count is 180,
        # below what was said (a lower bound of an exact-looking figure stands for the figure;
        # a round one, "over 3,000 lives", is a summary, no count)
        said_later = (figure(later) or 0.0) if later.qualifier in _LOWER_BOUNDS \
            and not _round(figure(later) or 0.0) else hl
        return "contradiction" if cumulative and still and said_later < le and not speculative else ""
    if gap and not cumulative:
        return ""  # the missing, the displaced, the detained: a day later, a figure may move either way
    # which of two reports of one day is the later count, by the other tolls each gives then
    sequence = order(earlier, later) if order is not None else 0
    if sequence and not cumulative:
        first, second = (earlier, later) if sequence > 0 else (later, earlier)
        if (figure(second) or 0.0) < (figure(first) or 0.0):
            return ""  # 238 missing beside 64 dead, then 215 beside 87: the missing found dead
    if sequence and cumulative and not speculative and _firm(a) and _firm(b):
        first, second = (earlier, later) if sequence > 0 else (later, earlier)
        if interval(second)[1] < interval(first)[0]:
            # the later count (17,134 dead in Turkey against 12,873) below the earlier one
            # (3,317 in Syria against "over 3,550"): not a count that moved, one of them is wrong
            return "contradiction"
        if interval(first)[1] < interval(second)[0]:
            return ""  # the later report higher: the count rose between them (12,873, then 17,134)
    # one sentence that sets two sources' figures side by side ("357, though a report in the
    # Economic Times put the toll at 370") disagrees whatever came after
    # ("the toll neared 80, contradicting the report by the Red Cross": one text that says so)
    contrasted = _contrasted(a, b)
    if cumulative and caught_up is not None and a.sentence != b.sentence and not _set_against(a, b) \
            and not contrasted and (caught_up(a, b) or caught_up(b, a)):
        return ""  # the lower was the count of an earlier hour: the toll passed the higher within days
    two_reports = a.article_id != b.article_id \
        or (a.sentence != b.sentence and LIVE_ENTRY in (a.date_rule, b.date_rule))
    if two_reports and _spread(a, b) <= SAME_DAY_DRIFT:
        # two reports of a count within a day, a little apart (149 and 151 dead on the day of a
        # crush; "just over 300" and 292 missing as the list is updated): the count moved between
        # them; one text that sets two figures side by side still disagrees ("78 on the
        # residents' list, 64 officially"); two entries of one live page are two reports
        return ""
    # the later, higher figure may simply be newer: a day later, a later article's figure
    # said earlier than it, whose hour is not known, or a figure of the same day in an article
    # published on a later day (it knows the day's last count: 500 on Sunday in Sunday's paper,
    # 1,023 "on Sunday" in Monday's)
    newer = (bool(gap) or later.as_of[:10] > earlier.as_of[:10]
             or later.published[:10] > earlier.published[:10]) and not contrasted
    if (he < ll or hl < le) and not speculative:
        if cumulative and newer and he < ll:
            return ""
        return "contradiction"
    if a.hedged != b.hedged and _beside_its_count(a if a.hedged else b, b if a.hedged else a):
        # one text that gives one source's fear beside its count, or an unnamed one's ("officials
        # feared more than 5,000 could be missing"; "only 265 are confirmed missing, Nugroho
        # said"), tells the two apart itself
        return ""
    # one source's belief against another's count ("more than 200 are believed to have been
    # killed", the governor; 171 dead, the ministry, a day later): intervals apart by more than a
    # day's drift diverge; two beliefs, or a vague amount, do not
    if a.hedged != b.hedged and "vague" not in (a.qualifier, b.qualifier) \
            and _spread(a, b) > SAME_DAY_DRIFT:
        (be, bh), (bl, bhl) = _believed(earlier), _believed(later)
        if (bh < bl or bhl < be) and not (cumulative and newer and bh < bl):
            return "divergence"
    if cumulative and newer and (figure(later) or 0.0) > (figure(earlier) or 0.0):
        return ""  # a day later and higher: the toll may simply have risen
    big, small = max(fa, fb), min(fa, fb)
    return "divergence" if small > 0 and big / small > ratio else ""


def _believed(c: Claim) -> tuple[float, float]:
    """The figures a claim allows, a belief's upper bound read as its figure: "as many as 500
    may have died" believes about 500 dead (``ABOUT_SLACK`` below it), not any number up to 500;
    a stated upper bound ("up to 80 were killed") allows all below it."""
    if c.hedged and c.qualifier in _UPPER_BOUNDS and c.high is not None:
        return c.high * (1 - ABOUT_SLACK), float(c.high)
    return interval(c)


def _estimate_against_count(belief: Claim, count: Claim) -> bool:
    """A belief of the dead ("up to 500 are feared dead") set against another source's count of
    them, stated as a fact: not a vague amount, not one text's fear beside its own count."""
    return belief.hedged and not count.hedged and "vague" not in (belief.qualifier, count.qualifier) \
        and not _beside_its_count(belief, count)


def _beside_its_count(belief: Claim, count: Claim) -> bool:
    """One text that gives a source's fear beside its own count, or an unnamed one's ("officials
    feared more than 5,000 could be missing"; "only 265 are confirmed missing, Nugroho said")."""
    return belief.article_id == count.article_id \
        and (belief.source_key == count.source_key or _unnamed(belief))


def _set_against(a: Claim, b: Claim) -> bool:
    """Two figures of one article, one in a sentence that says it contradicts the other's
    source ("the minister said the toll neared 80, contradicting the report by the Red Cross";
    not "contrary to rumours, no foreigners died, the governor said")."""
    if a.article_id != b.article_id or a.source_key == b.source_key:
        return False
    for one, other in ((a, b), (b, a)):
        words = _WORD.findall(one.sentence.lower())
        named = set(_WORD.findall(other.source.lower())) - lx.DETERMINERS
        at = next((k for k, w in enumerate(words) if w in lx.CONTRADICTING_WORDS), None)
        if at is not None and named and named & set(words[at + 1:]):
            return True
    return False


def _contrasted(a: Claim, b: Claim) -> bool:
    """Two sources' figures of one article in two sentences one after the other, the second
    opening with a contrast ("Patiño confirmed 443 dead. However, the prosecutor's office said
    507"): the text sets them against each other, whatever the hour of each."""
    if a.article_id != b.article_id or a.source_key == b.source_key or a.sentence == b.sentence:
        return False
    first, second = (a, b) if a.start < b.start else (b, a)
    opening = second.sentence.lstrip().lower()
    return second.start - first.end <= len(first.sentence) + len(second.sentence) and any(
        opening.startswith(w) and opening[len(w):len(w) + 1] in {" ", ","} for w in lx.CONTRAST_OPENERS)


def _unnamed(c: Claim) -> bool:
    """A figure no one named gives: no source, or authorities in general ("officials", "Indonesian
    officials", "the authorities")."""
    words = c.source.lower().split()
    return not words or (len(words) <= _UNNAMED_WORDS and words[-1] in lx.UNNAMED_SPEAKERS)


_UNNAMED_WORDS = 2  # words of a source that names authorities in general ("Indonesian officials")


def _below_what_was_said(a: Claim, b: Claim, successors: dict[str, str],
                         caught_up: Callable[[Claim, Claim], bool] | None = None) -> str:
    """A figure of an undated article (dated by the latest day it writes, "estimated") is as of
    that day or later, so the one disagreement that holds whatever its date is a toll that
    only grows below what the other source had said by then and still said; on that same
    day, not a count the toll passed within days (``caught_up``: 205 and 245 on the day
    after a mine fire, 274 that evening, are one rising count)."""
    if a.as_of_basis == b.as_of_basis or a.category not in CUMULATIVE:
        return ""
    undated, other = (a, b) if a.as_of_basis == ESTIMATED else (b, a)
    day, said = _when(undated), _when(other)
    if day is None or said is None or said > day or not _current(other, successors, day):
        return ""
    if said == day and caught_up is not None and caught_up(undated, other):
        return ""
    return "contradiction" if interval(undated)[1] < interval(other)[0] else ""


def _same_figures(f: _Flag, g: _Flag, ratio: float) -> bool:
    """Two flags that oppose the same two positions: on each side one source, or figures that
    do not diverge from each other (less than ``ratio`` and less than either flag's own ratio
    apart) and stand on the same side of the other position (59 and 78 against 64 are two
    disagreements: one says fewer, the other more)."""
    # figures of one position are closer to each other than either flag's two sides are
    limit = min(ratio, f.ratio, g.ratio)

    def close(x: Claim, y: Claim) -> bool:
        fx, fy = figure(x) or 0.0, figure(y) or 0.0
        # one source's figures, for one place: its whole toll and one hospital's are two counts
        here = _is_part(x) == _is_part(y) and (not _is_part(x) or same_place(x, y))
        apart = max(fx, fy) / min(fx, fy) if min(fx, fy) > 0 else math.inf
        # a state's bodies speak for one official count (an emergencies ministry's 48 and an
        # investigative committee's 64), an outlet's own figure beside a named source's most
        # likely repeats a count (170 beside the ministry's 124); other sources (a newspaper's
        # analysis and the government's data, three outlets' own tallies) are one position only
        # when their figures are about the same
        kinds = {x.source_kind, y.source_kind}
        one_voice = (len(kinds) == 1 and kinds <= _ONE_VOICE) or (len(kinds) == 2 and "unattributed" in kinds)
        return (x.source_key == y.source_key and here) or (apart <= ratio and apart < limit and (
            one_voice or apart <= _SAME_POSITION))

    def side(x: Claim, other: Claim) -> bool:
        return (figure(x) or 0.0) > (figure(other) or 0.0)

    def pairs(a: Claim, b: Claim, c: Claim, d: Claim) -> bool:  # a with c, b with d
        return close(a, c) and close(b, d) and side(a, b) == side(c, d)
    return f.kind == g.kind and (pairs(f.a, f.b, g.a, g.b) or pairs(f.a, f.b, g.b, g.a))


_SAME_POSITION = 1.1  # figures of two independent sources this close are one position
_ONE_VOICE = frozenset({"government", "military_police"})  # the kinds of a state's one official count

_KIND_PRIORITY = {"government": 0, "international": 1, "military_police": 2, "medical": 3, "ngo": 4,
                  "armed_group": 5, "media": 6, "witness": 7, "": 8, "unattributed": 9}


def _representative(f: _Flag) -> tuple[int, float, int, str]:
    """Which of several flags that say the same to show: named, official sources before an
    outlet's own figure; then the disagreement at its narrowest (the smallest ratio: "more
    than 300" against the highest official figure, 64, not the first day's 48); then figures
    of the same time before figures of different times."""
    gap = abs(((_when(f.a) or dt.date.min) - (_when(f.b) or dt.date.min)).days)
    same_time = gap <= SAME_TIME_DAYS
    rank = _KIND_PRIORITY.get(f.a.source_kind, 8) + _KIND_PRIORITY.get(f.b.source_kind, 8)
    return rank, f.ratio, int(not same_time), f.a.claim_id + f.b.claim_id


def _one_per_figures(flags: list[_Flag]) -> list[_Flag]:
    """One flag for one pair of figures: where a source's own decrease and a disagreement
    between two sources oppose the same two figures (a ministry's 10,915 and the 10,194 that
    it and its emergency centre gave the next day; another source's earlier 64 against the
    60 a source corrected its own 64 to), the decrease says it."""
    best: dict[tuple[tuple[float, str], ...], _Flag] = {}
    for f in flags:
        key = tuple(sorted(((figure(f.a) or 0.0, f.a.as_of), (figure(f.b) or 0.0, f.b.as_of))))
        kept = best.get(key)
        if kept is None or _FLAG_ORDER.index(f.kind) < _FLAG_ORDER.index(kept.kind):
            best[key] = f
    # a source's correction (64 to 60 on 20 April) and another source's earlier 64 against the
    # same 60 are one change: the decrease says it
    corrected = {(f.b.claim_id, figure(f.a)) for f in best.values() if f.kind == "decrease"}
    return [f for f in best.values() if f.kind == "decrease" or not (
        (f.a.claim_id, figure(f.b)) in corrected or (f.b.claim_id, figure(f.a)) in corrected)]


_FLAG_ORDER = ("decrease", "contradiction", "part_exceeds_whole", "divergence")


def _collapse(incident: str, category: str, flags: list[_Flag], ratio: float) -> list[Conflict]:
    """One flag for each pair of opposed positions: the other pairs of sources that give about
    the same two figures are named in its note."""
    classes: list[list[_Flag]] = []
    for f in sorted(_one_per_figures(flags), key=_representative):
        home = next((members for members in classes if _same_figures(members[0], f, ratio)), None)
        if home is None:
            classes.append([f])
        else:
            home.append(f)
    return [_conflict(incident, category, members[0], members[1:]) for members in classes]


def _say(c: Claim) -> str:
    who = c.speaker or c.source or c.outlet
    where = f" in {c.location}" + (" alone" if c.partial else "") if c.location else ""
    possessive = "'" if who.endswith("s") else "'s"
    when = f"before {c.as_of}" if c.as_of_basis == EARLIER else \
        f"{c.as_of} or later: an undated article's latest day" if c.as_of_basis == ESTIMATED else \
        c.as_of or "undated"
    return f"{who}{possessive} {wording(c)}{where} ({when})"


def _conflict(incident: str, category: str, flag: _Flag, same: list[_Flag]) -> Conflict:
    kind, a, b, r = flag.kind, flag.a, flag.b, flag.ratio
    if _order(b) < _order(a):
        a, b = b, a  # the earlier figure first
    sa, sb = _say(a), _say(b)
    if kind == "decrease":
        note = f"The toll went down: {sb} is below {sa}. A correction, or an error."
    elif kind == "part_exceeds_whole":
        part, whole = (sa, sb) if _is_part(a) and not (_is_part(b) and contains(a, b)) else (sb, sa)
        note = f"A figure for part of the area, {part}, is {r:g} times {whole} for the whole."
    elif kind == "contradiction" and ESTIMATED in (a.as_of_basis, b.as_of_basis):
        below, above = (sa, sb) if _upper(a) < _upper(b) else (sb, sa)
        note = f"{below} is below {above}, given by then, and a toll only grows: they cannot both be right."
    elif kind == "contradiction" and abs(((_when(a) or dt.date.min)
                                          - (_when(b) or dt.date.min)).days) > SAME_TIME_DAYS:
        note = f"{sb} is below {sa}, but a toll only grows: they cannot both be right."
    elif kind == "contradiction":
        note = f"{sa} and {sb} cannot both be true for the same area and time."
    else:
        note = f"{sa} and {sb} are {r:g} times apart for the same area and time."
    others = sorted({n for f in same for n in (f.a.speaker, f.b.speaker)} - {a.speaker, b.speaker})
    if others:
        note += f" Also giving about the same figures: {', '.join(others)}."
    conflict_id = "X" + hashlib.sha1(f"{a.claim_id}|{b.claim_id}|{kind}".encode()).hexdigest()[:10]
    return Conflict(conflict_id, incident, category, kind, a.claim_id, b.claim_id, a.speaker, b.speaker,
                    a.value, b.value, a.as_of, b.as_of, r, note, sentence_a=a.sentence, sentence_b=b.sentence,
                    outlet_a=a.outlet, outlet_b=b.outlet, source_kind_a=a.source_kind,
                    source_kind_b=b.source_kind)


def _gap(c: Conflict) -> int:
    da, db = _day(c.as_of_a), _day(c.as_of_b)
    return abs((da - db).days) if da and db else 0


# ---------------------------------------------------------------- estimates


def estimate(claims: list[Claim], labels: dict[str, str]) -> list[Estimate]:
    """Low / best / high per incident, category and date (README, "Estimates").

    For each date a toll refers to, each source's latest toll up to that date counts while it
    is current: until a later toll (of any source) is higher than it, for a toll that only
    grows; and, for every category, until a toll is given more than ``STALE_DAYS`` after it
    (a figure nobody has repeated for a week is no longer the word on the toll); and not once
    the source that gave a figure lowered it ("revised from 174 to 125"), for anyone who had
    repeated it by then (``_withdrawn``). low = the
    smallest lower bound of the current figures; best = their median, leaving out hedged
    figures while others remain; high = the highest firm figure given up to that date, a
    figure for part of the area ("700 in Jalal-Abad alone") counting as a lower bound of the
    whole; latest = the toll with the latest date. A count the text starts well before the
    incident's first report ("200 since May", ``_longer_span``), or an outbreak's deaths after
    the event (``_outbreaks``), counts for none of them."""
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    first_report = _first_reports(claims)
    outbreaks = _outbreaks(claims)
    for c in claims:
        # a count of a longer span than the event's ("200 since May"), or an outbreak's after
        # it (cholera after a cyclone), is not its toll
        if c.unit == "people" and not c.part_of and figure(c) is not None and c.as_of \
                and not _another_count(c, first_report, outbreaks):
            groups[(c.incident_id, c.category)].append(c)
    out: list[Estimate] = []
    for (incident, category), members in sorted(groups.items()):
        tolls = [c for c in members if is_toll(c)]
        parts = [c for c in members if _is_part(c) and _firm(c)]
        # where no toll of the whole is given: the tolls of one group ("civilians"), else people
        # counted one by one, or vague amounts
        named_groups = Counter(c.group for c in members if c.scope == "group")
        main_group = [c for c in members if c.scope == "group" and c.group == min(
            named_groups, key=lambda g: (-named_groups[g], g))] if named_groups else []
        # (people counted one by one stand for no toll where parts of the area give counts: one
        # person "previously reported missing" beside 2,000 missing in one of three countries)
        one_by_one = [c for c in members if not c.partial and c.scope != "period"
                      and not (parts and c.scope == "individual")]
        pool = source_words(tolls or main_group or one_by_one)
        if not pool:
            continue
        pool.sort(key=_order)
        withdrawn = _withdrawn(pool) if category in CUMULATIVE else {}
        for day in sorted({c.as_of for c in pool}):
            upto = [c for c in pool if c.as_of <= day]
            latest: dict[str, Claim] = {}
            for c in upto:
                latest[c.source_key] = c  # in date order: the last one wins
            newest = max((d for c in upto for d in [_day(c.as_of)] if d), default=None)
            current = [c for c in latest.values() if _still_current(c, upto, category, newest)
                       and not _withdrawn_by(c, withdrawn, day)]
            firm = [c for c in current if not c.hedged and c.qualifier != "vague"] or \
                [c for c in current if c.qualifier != "vague"] or current
            figures = [f for c in firm for f in [figure(c)] if f is not None]
            stated = [_upper(c) for c in upto if _firm(c)] + \
                [_lower(c) for c in parts if c.as_of <= day]
            highs = stated or [_upper(c) for c in upto]
            last = upto[-1]
            out.append(Estimate(
                incident_id=incident, label=labels.get(incident, incident), category=category,
                as_of=day, claims=sum(1 for c in pool if c.as_of == day), sources=len(latest),
                low=int(min(_lower(c) for c in current)) if current else None,
                best=round(statistics.median(figures)) if figures else None,
                high=int(max(highs)) if highs else None,
                latest_value=last.value,
                latest_source=last.speaker or last.source or last.outlet,
                current_sources=len(current),
            ))
    return out


STALE_DAYS = 7  # a figure is out of date this long after a newer one


def _withdrawn(pool: list[Claim]) -> dict[float, str]:
    """figure -> the day a source lowered it (a toll that only grows: "revised down from 174 to
    125"): the figure its own source withdrew, whoever else repeats it."""
    out: dict[float, str] = {}
    own: dict[str, list[Claim]] = defaultdict(list)
    for c in pool:  # in time order
        if _firm(c):
            own[c.source_key].append(c)
    for tolls in own.values():
        for i, earlier in enumerate(tolls):
            value = figure(earlier)
            lower = next((c for c in tolls[i + 1:] if _moment(c) > _moment(earlier)
                          and _upper(c) < _lower(earlier)), None)
            if value is not None and lower is not None and (value not in out or lower.as_of < out[value]):
                out[value] = lower.as_of
    return out


def _withdrawn_by(c: Claim, withdrawn: Mapping[float, str], day: str) -> bool:
    """A figure its own source had withdrawn by ``day``, given before the withdrawal."""
    value = figure(c)
    when = withdrawn.get(value) if value is not None else None
    return when is not None and c.as_of <= when <= day


def _still_current(c: Claim, upto: list[Claim], category: str, newest: dt.date | None) -> bool:
    """Whether a source's latest figure still counts (``estimate``); ``newest`` is the latest
    day of the figures given so far."""
    if category in CUMULATIVE and any(_moment(o) > _moment(c) and _firm(o) and _lower(o) > _upper(c)
                                      for o in upto):
        return False
    day = _day(c.as_of)
    return day is None or newest is None or (newest - day).days <= STALE_DAYS
