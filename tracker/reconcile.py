"""From claims to incidents, disagreements and low / best / high estimates.

``reconcile(claims, articles)`` reads as its steps:

1. group articles into events: the user's label (a record's `event`, the folder), or else
   articles that name a common place within a week of each other;
2. split off historical figures (a figure dated more than a year before its article) into
   incidents of their own;
3. give every claim an independent-source key: the normalised speaker ("the Kyrgyz Health
   Ministry" = "Kyrgyzstan's health ministry" = "the Health Ministry" in a Kyrgyz incident),
   or, for the outlet's own figures, the outlet of the first copy of a wire story;
4. compare claims pairwise within an incident and category (``conflicts``);
5. estimate low / best / high per incident, category and date (``estimates``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from . import lexicon as lx
from .dates import parse_published
from .models import Article, Claim

DEFAULT_RATIO = 1.5  # divergence threshold: larger figure over smaller
SAME_TIME_DAYS = 1  # figures this close are "at the same time"
EVENT_WINDOW_DAYS = 7  # articles this close that share their rarer names report one event
MIN_SHARED_NAMES = 3
SHARED_NAME_SHARE = 0.4
HISTORICAL_DAYS = 365  # a figure dated this long before its article is history
CUMULATIVE = frozenset({"killed", "injured"})  # tolls that only grow; a drop is a correction

_SOURCE_STOP = frozenset("the a an of 's its their".split())
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


@dataclass(frozen=True, slots=True)
class Reconciled:
    claims: list[Claim]  # with incident_id set
    incidents: dict[str, str]  # incident_id -> label
    conflicts: list[Conflict]
    estimates: list[Estimate]


def reconcile(
    claims: Iterable[Claim], articles: Iterable[Article], ratio: float = DEFAULT_RATIO
) -> Reconciled:
    """Incidents, conflicts and estimates of a collection; the same input in any order gives
    the same result."""
    arts = {a.id: a for a in sorted(articles, key=lambda a: a.id)}
    ordered = sorted(claims, key=lambda c: (c.article_id, c.start, c.end, c.category))
    events = group_events(list(arts.values()))
    placed = [_place_in_incident(c, events) for c in ordered]
    labels = _labels(placed, events)
    places = _places_by_incident(placed)
    keyed = _merge_aliases([(c, source_key(c, arts, places[c.incident_id])) for c in placed])
    keyed = [(replace(c, source_key=k), k) for c, k in keyed]
    conflicts = find_conflicts(keyed, ratio)
    estimates = estimate(keyed, labels)
    return Reconciled([c for c, _ in keyed], labels, conflicts, estimates)


# ---------------------------------------------------------------- incidents


def group_events(articles: list[Article]) -> dict[str, str]:
    """article id -> event key. The user's label wins. Unlabelled articles are one event when
    they are copies of one story, or when they were published within ``EVENT_WINDOW_DAYS`` of
    each other and share most of their rarer proper names (at least ``MIN_SHARED_NAMES``
    places, people, units that few other articles of the collection name): two shootings in
    one city on one day stay apart, the follow-ups of one massacre come together."""
    parent = {a.id: a.id for a in articles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    unlabelled = [a for a in articles if not a.event]
    names = {a.id: _proper_names(a) for a in unlabelled}
    frequency = Counter(n for a in unlabelled for n in names[a.id])
    common = max(20, len(unlabelled) // 20)  # named by more than 5% of a large collection
    rare = {a.id: {n for n in names[a.id] if frequency[n] <= common} for a in unlabelled}
    index: dict[str, list[Article]] = defaultdict(list)
    for article in sorted(unlabelled, key=lambda a: (a.published, a.id)):
        if article.copy_of and article.copy_of in parent:
            union(article.id, article.copy_of)
        mine = rare[article.id]
        shared = Counter(other.id for n in mine for other in index[n]
                         if _close_in_time(article.published, other.published, EVENT_WINDOW_DAYS))
        for other_id, count in shared.items():
            if count >= MIN_SHARED_NAMES and count >= SHARED_NAME_SHARE * min(len(mine), len(rare[other_id])):
                union(article.id, other_id)
        for n in mine:
            index[n].append(article)
    return {a.id: f"event:{a.event}" if a.event else f"auto:{find(a.id)}" for a in articles}


def _proper_names(article: Article) -> set[str]:
    """Capitalised words of the title and the opening (not a sentence's first word)."""
    from .text import tokenize

    head = article.title + "\n" + article.text[:2000]
    tokens = tokenize(head)
    out = set()
    for prev, tok in itertools.pairwise(tokens):
        if tok.is_capitalized and len(tok.text) > 2 and prev.kind == "word" and not tok.text.isupper() \
                and tok.lower not in _NOT_NAMES:
            out.add(tok.lower)
    return out


def _close_in_time(a: str, b: str, days: int) -> bool:
    da, db = parse_published(a), parse_published(b)
    return da is None or db is None or abs((da - db).days) <= days


def _historical(claim: Claim) -> bool:
    published = parse_published(claim.published)
    if not published or claim.as_of_basis != "text" or not claim.as_of:
        return False
    return (published - _period_end(claim.as_of)).days > HISTORICAL_DAYS


def _period_end(iso: str) -> dt.date:
    """The last day an ISO date of any precision can mean: "1990" -> 1990-12-31."""
    if len(iso) >= 10:
        return dt.date.fromisoformat(iso[:10])
    if len(iso) == 7:
        year, month = int(iso[:4]), int(iso[5:7])
        return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(int(iso[:4]), 12, 31)


def _incident_key(claim: Claim, events: dict[str, str]) -> str:
    event = events.get(claim.article_id, f"auto:{claim.article_id}")
    if _historical(claim):
        return f"{event}|history:{claim.as_of[:4]}|{claim.location.lower()}"
    return event


def _place_in_incident(claim: Claim, events: dict[str, str]) -> Claim:
    incident_id = "I" + hashlib.sha1(_incident_key(claim, events).encode()).hexdigest()[:10]
    return replace(claim, incident_id=incident_id)


def _labels(claims: list[Claim], events: dict[str, str]) -> dict[str, str]:
    """incident id -> a readable label: the user's event name, or the most named place; then
    the month the figures refer to (the year, for history)."""
    places: dict[str, Counter[str]] = defaultdict(Counter)
    dates: dict[str, list[str]] = defaultdict(list)
    named_event: dict[str, str] = {}
    history: dict[str, bool] = {}
    for c in claims:
        if c.location:
            places[c.incident_id][_proper_place(c.location)] += 1
        if c.as_of:
            dates[c.incident_id].append(c.as_of)
        key = _incident_key(c, events)
        history[c.incident_id] = "|history:" in key
        if key.startswith("event:"):
            named_event[c.incident_id] = key.split("|")[0].removeprefix("event:")
    labels = {}
    for incident in sorted({c.incident_id for c in claims}):
        named = [p for p, _ in sorted(places[incident].items(), key=lambda kv: (-kv[1], kv[0])) if p]
        when = min(dates[incident]) if dates[incident] else ""
        if incident in named_event and not history[incident]:
            labels[incident] = _printable(named_event[incident])
            continue
        when = when[:4] if history[incident] else _month(when)
        labels[incident] = " ".join(x for x in (named[0] if named else "", when) if x) or incident
    return labels


def _printable(text: str, width: int = 80) -> str:
    """A label fit for a chart title and a Markdown heading: no control characters, one line,
    not too long (it comes from the user's folders and records)."""
    clean = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    clean = " ".join(clean.split())
    return clean if len(clean) <= width else clean[:width - 1] + "…"


def _proper_place(location: str) -> str:
    words = [w for w in location.split() if w[:1].isupper()]
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


# ---------------------------------------------------------------- sources


def source_key(claim: Claim, arts: dict[str, Article], places: set[str]) -> str:
    """The independent source a claim stands for.

    A named speaker is normalised: lower case, without articles, possessives and the names
    (or adjectives) of the incident's places, so "Kyrgyzstan's health ministry" and "the
    Kyrgyz Health Ministry" are both "health ministry". An unattributed figure is its outlet's,
    and a wire copy's outlet is the first copy's."""
    if claim.source:
        words = [w.lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(claim.source)]
        kept = [w for w in words if w not in _SOURCE_STOP and not _names_a_place(w, places)]
        return " ".join(kept or words)
    article = arts.get(claim.article_id)
    while article is not None and article.copy_of and article.copy_of in arts:
        article = arts[article.copy_of]
    if article is not None and article.outlet:
        return f"outlet: {article.outlet.lower()}"
    return f"article: {article.id if article else claim.article_id}"


def _merge_aliases(keyed: list[tuple[Claim, str]]) -> list[tuple[Claim, str]]:
    """Within an incident, a speaker named by part of a longer name is that speaker ("OCHA" =
    "UN humanitarian office OCHA"), when exactly one longer name contains it."""
    keys: dict[str, set[str]] = defaultdict(set)
    for claim, key in keyed:
        if not key.startswith(("outlet: ", "article: ")):
            keys[claim.incident_id].add(key)
    alias: dict[tuple[str, str], str] = {}
    for incident, names in keys.items():
        for name in names:
            words = set(name.split())
            longer = [other for other in names if other != name and words < set(other.split())]
            if len(longer) == 1:
                alias[(incident, name)] = longer[0]
    return [(c, alias.get((c.incident_id, k), k)) for c, k in keyed]


def _names_a_place(word: str, places: set[str]) -> bool:
    # "kyrgyz" names "kyrgyzstan"; "uzbek" names "uzbekistan"
    return len(word) >= 4 and any(p.startswith(word[:5]) or word.startswith(p[:5])
                                  for p in places if len(p) >= 4)


# ---------------------------------------------------------------- conflicts


def _day(iso: str) -> dt.date | None:
    return parse_published(iso) if len(iso) >= 10 else None


ABOUT_SLACK = 0.1  # "about 700" allows 630 to 770


def _interval(c: Claim) -> tuple[float, float]:
    """The figures a claim allows: "about" with a slack either side, an open bound unbounded."""
    if c.qualifier == "about" and c.value is not None:
        return c.value * (1 - ABOUT_SLACK), c.value * (1 + ABOUT_SLACK)
    low = float(c.low) if c.low is not None else 0.0
    high = float(c.high) if c.high is not None else float("inf")
    return low, high


def _figure(c: Claim) -> float | None:
    """The one number a claim stands for: its value, a range's middle, else its bound."""
    if c.value is None and c.qualifier == "range" and c.low is not None and c.high is not None:
        return (c.low + c.high) / 2
    for v in (c.value, c.low, c.high):
        if v is not None:
            return float(v)
    return None


def _say(c: Claim, key: str) -> str:
    who = _speaker(c, key)
    phrase = {"at_least": "at least ", "more_than": "more than ", "about": "about ",
              "at_most": "at most "}.get(c.qualifier, "")
    if c.qualifier == "range":
        figure = f"{c.low}-{c.high}"
    elif c.qualifier == "vague":
        figure = f"{c.term} ({c.low}-{c.high})"
    else:
        figure = f"{phrase}{c.value}"
    where = f" in {c.location}" + (" alone" if c.partial else "") if c.location else ""
    possessive = "'" if who.endswith("s") else "'s"
    return f"{who}{possessive} {figure}{where} ({c.as_of or 'undated'})"


def find_conflicts(keyed: list[tuple[Claim, str]], ratio: float = DEFAULT_RATIO) -> list[Conflict]:
    """Pairs of claims of one incident and category that disagree, with their kind."""
    groups: dict[tuple[str, str], list[tuple[Claim, str]]] = defaultdict(list)
    for claim, key in keyed:
        if not (claim.part_of or claim.individuals) and claim.unit == "people" and _figure(claim) is not None:
            groups[(claim.incident_id, claim.category)].append((claim, key))
    out: list[Conflict] = []
    for (incident, category), members in sorted(groups.items()):
        for i, (a, ka) in enumerate(members):
            for b, kb in members[i + 1:]:
                kind = _kind(a, ka, b, kb, ratio)
                if kind:
                    out.append(_conflict(incident, category, kind, a, ka, b, kb))
    return out


def _kind(a: Claim, ka: str, b: Claim, kb: str, ratio: float) -> str:
    """The kind of disagreement between two claims of one incident and category, or ""."""
    da, db = _day(a.as_of), _day(b.as_of)
    fa, fb = _figure(a), _figure(b)
    if da is None or db is None or fa is None or fb is None or a.claim_id == b.claim_id:
        return ""
    if a.qualifier == "vague" or b.qualifier == "vague":
        return ""  # "dozens" says too little to contradict anything
    speculative = a.hedged or b.hedged  # "may have died": an estimate diverges, it cannot contradict
    (earlier, fe), (later, fl) = sorted([(a, fa), (b, fb)], key=lambda cf: (cf[0].as_of, cf[0].claim_id))
    cumulative = a.category in CUMULATIVE
    if ka == kb:  # one source over time: rising is an update, falling a correction
        if a.partial != b.partial or a.location.lower() != b.location.lower() or da == db:
            return ""
        drops = _interval(later)[1] < _interval(earlier)[0] or fl < fe
        return "decrease" if cumulative and drops and not speculative else ""
    gap = abs((da - db).days)
    if a.partial != b.partial:
        part, whole = (a, b) if a.partial else (b, a)
        whole_day, part_day = _day(whole.as_of), _day(part.as_of)
        # a whole dated with or after the part can be no smaller than it
        if whole_day and part_day and (whole_day - part_day).days >= -SAME_TIME_DAYS \
                and (_figure(part) or 0) > (_figure(whole) or 0):
            return "part_exceeds_whole"
        return ""
    if a.partial and a.location.lower() != b.location.lower():
        return ""  # two different parts
    (la, ha), (lb, hb) = _interval(earlier), _interval(later)
    big, small = max(fa, fb), min(fa, fb)
    diverges = small > 0 and big / small > ratio
    if gap > SAME_TIME_DAYS:
        # a later figure of another source below an earlier one cannot both be true for a toll
        return "contradiction" if cumulative and hb < la and not speculative else ""
    if (ha < lb or hb < la) and not speculative:
        if cumulative and gap and ha < lb:
            return ""  # the later, higher figure may simply be newer
        return "contradiction"
    return "divergence" if diverges else ""


def _conflict(incident: str, category: str, kind: str, a: Claim, ka: str, b: Claim, kb: str) -> Conflict:
    fa, fb = _figure(a) or 0.0, _figure(b) or 0.0
    big, small = max(fa, fb), min(fa, fb)
    r = round(big / small, 2) if small else float("inf")
    sa, sb = _say(a, ka), _say(b, kb)
    if kind == "decrease":
        earlier, later = (sa, sb) if a.as_of <= b.as_of else (sb, sa)
        note = f"The toll went down: {later} is below {earlier}. A correction, or an error."
    elif kind == "part_exceeds_whole":
        part, whole = (sa, sb) if a.partial else (sb, sa)
        note = f"A figure for part of the area, {part}, is {r} times {whole} for the whole."
    elif kind == "contradiction" and a.as_of[:10] != b.as_of[:10] and abs(
            ((_day(a.as_of) or dt.date.min) - (_day(b.as_of) or dt.date.min)).days) > SAME_TIME_DAYS:
        earlier, later = (sa, sb) if a.as_of <= b.as_of else (sb, sa)
        note = f"{later} is below {earlier}, but a toll only grows: they cannot both be right."
    elif kind == "contradiction":
        note = f"{sa} and {sb} cannot both be true for the same area and time."
    else:
        note = f"{sa} and {sb} are {r} times apart for the same area and time."
    conflict_id = "X" + hashlib.sha1(f"{a.claim_id}|{b.claim_id}|{kind}".encode()).hexdigest()[:10]
    return Conflict(conflict_id, incident, category, kind, a.claim_id, b.claim_id, _speaker(a, ka),
                    _speaker(b, kb), a.value, b.value, a.as_of, b.as_of, r, note)


# ---------------------------------------------------------------- estimates


def estimate(keyed: list[tuple[Claim, str]], labels: dict[str, str]) -> list[Estimate]:
    """Low / best / high per incident, category and date (README, "Estimates").

    For each date a claim refers to, every independent source's latest figure up to that date
    counts once. low = the most conservative of them (their smallest lower bound); best = the
    median of their figures, leaving out hedged, vague and part-of-the-area figures while
    others remain; high = the highest figure not hedged ("may have died"), a part of the area
    counting as a lower bound for the whole; latest = the figure with the latest date."""
    groups: dict[tuple[str, str], list[tuple[Claim, str]]] = defaultdict(list)
    for claim, key in keyed:
        if not claim.part_of and claim.unit == "people" and _figure(claim) is not None and claim.as_of:
            groups[(claim.incident_id, claim.category)].append((claim, key))
    out: list[Estimate] = []
    for (incident, category), members in sorted(groups.items()):
        tolls = [(c, k) for c, k in members if not c.individuals]
        members = tolls or members  # people counted one by one only where no toll is given
        members.sort(key=lambda ck: (ck[0].as_of, ck[0].published, ck[0].article_id, ck[0].start))
        for day in sorted({c.as_of for c, _ in members}):
            upto = [(c, k) for c, k in members if c.as_of <= day]
            latest: dict[str, Claim] = {}
            for c, k in upto:
                latest[k] = c  # members are in date order: the last one wins
            counted = list(latest.values())
            lows = [_lower(c) for c in counted]
            highs = [_upper(c) for c in counted if not c.hedged] or [_upper(c) for c in counted]
            firm = [c for c in counted if not (c.hedged or c.partial or c.qualifier == "vague")] \
                or [c for c in counted if c.qualifier != "vague"]
            figures = [f for c in firm for f in [_figure(c)] if f is not None]
            last, last_key = upto[-1]
            out.append(Estimate(
                incident_id=incident, label=labels.get(incident, incident), category=category,
                as_of=day, claims=sum(1 for c, _ in members if c.as_of == day), sources=len(latest),
                low=int(min(lows)) if lows else None,
                best=round(statistics.median(figures)) if figures else None,
                high=int(max(highs + [_lower(c) for c in counted if not c.hedged])) if highs else None,
                latest_value=last.value,
                latest_source=_speaker(last, last_key),
            ))
    return out


def _speaker(claim: Claim, key: str) -> str:
    """Who gave a figure, for people: the source as written, or the outlet's name."""
    if claim.source:
        return claim.source
    if claim.outlet:
        return claim.outlet
    return key.removeprefix("outlet: ").replace("article: ", "the article ")


def _lower(c: Claim) -> float:
    """The smallest figure a claim allows (for "up to 80", its 80: no source said fewer)."""
    return float(c.low if c.low is not None else c.value if c.value is not None else c.high or 0)


def _upper(c: Claim) -> float:
    """The largest figure a claim states: its upper bound, else its figure ("at least 124": 124)."""
    return float(c.high if c.high is not None else c.value if c.value is not None else c.low or 0)
