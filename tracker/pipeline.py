"""The public functions the CLI and the notebook share."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from .dedupe import Sketch, link_copies, sketch
from .engine import Options, Stats, extract_safely, run
from .extractor import lexicon as lx
from .extractor.events import event_weekdays
from .extractor.extraction import extract_claims
from .extractor.language import detect_language
from .extractor.text import clean_text
from .ingest import read_inputs
from .metadata import yearless_dateline
from .models import Article, Claim, Skipped
from .reconcile import DEFAULT_RATIO, Reconciled, group_events, reconcile
from .table import claims_frame

OnSkip = Callable[[Skipped], None]
HEAD = 2000  # what is kept of an article's text once its claims are out (for event grouping)


@dataclass(frozen=True)
class Collection:
    """What a set of inputs gave: its articles (sorted by id, text cut to their opening),
    their claims, and every input that gave no article, with the reason."""

    claims: list[Claim]
    articles: list[Article]
    skipped: list[Skipped]


@dataclass
class Reader:
    """Reads inputs as a stream of (article, claims), remembering what the end needs: which
    inputs were skipped, and a sketch of every article to find wire copies."""

    paths: list[str]
    published: str = ""
    outlet: str = ""
    on_skip: OnSkip | None = None
    options: Options = field(default_factory=Options)
    progress: bool = False
    find_copies: bool = True  # keep a sketch of every article (a few hundred bytes each)
    language: str = ""  # the language of articles that state none ("" = detect)
    skipped: list[Skipped] = field(default_factory=list)
    sketches: list[tuple[str, Sketch]] = field(default_factory=list)
    stats: Stats = field(default_factory=Stats)

    def skip(self, item: Skipped) -> None:
        self.skipped.append(item)
        if self.on_skip is not None:
            self.on_skip(item)

    def __iter__(self) -> Iterator[tuple[Article, list[Claim]]]:
        for article, result in run(self._articles(), self.options, self.stats):
            if isinstance(result, str):
                self.skip(Skipped(article.id, article.path, result, article.line))
                continue
            if self.find_copies:
                self.sketches.append((article.id, sketch(article.text)))
            yield article, result

    def _articles(self) -> Iterator[Article]:
        seen: dict[bytes, str] = {}  # digest of (where from, text) -> id: 20 bytes an article
        items: Iterable[Article | Skipped] = read_inputs(self.paths, self.published, self.outlet)
        if self.progress:
            items = _progress(items)
        for item in items:
            if isinstance(item, Skipped):
                self.skip(item)
                continue
            key = hashlib.sha1(f"{_identity(item)}\0{item.text}".encode("utf-8", "surrogatepass")).digest()
            if key in seen:  # the same file or record read twice
                self.skip(Skipped(item.id, item.path, f"duplicate of {seen[key]}", item.line))
                continue
            seen[key] = item.id
            # the language here, once, so that articles.csv says it (the engine reads by it)
            yield replace(item, language=item.language or self.language or detect_language(item.text))

    def copies(self) -> dict[str, str]:
        """article id -> the article it copies; the first copy is the one with the lowest id."""
        return link_copies(sorted(self.sketches, key=lambda s: s[0]))


def extract_text(text: str, published: str = "", outlet: str = "", article_id: str = "text",
                 language: str = "") -> pd.DataFrame:
    """The claims table of one text given as a string (``language``: ISO 639-1, "" = detect)."""
    article = Article(id=article_id, text=clean_text(text), published=published, outlet=outlet,
                      language=language)
    return claims_frame(extract_claims(article))


def read_collection(
    paths: list[str], published: str = "", outlet: str = "", on_skip: OnSkip | None = None,
    progress: bool = False, options: Options | None = None, language: str = "",
) -> Collection:
    """Read files and folders and extract every article's claims.

    The result does not depend on the order of the inputs: articles are sorted by id, and
    the first copy of a wire story is the one with the lowest id."""
    reader = Reader(paths, published, outlet, on_skip, options or Options(), progress, language=language)
    articles: list[Article] = []
    claims: list[Claim] = []
    for article, found in reader:
        # an article with no date that names a weekday is kept whole, to be dated by its event
        whole = not article.published and _WEEKDAY.search(article.text) is not None
        articles.append(article if whole else replace(article, text=article.text[:HEAD]))
        claims.extend(found)
    copies = reader.copies()
    articles = sorted((replace(a, copy_of=copies.get(a.id, "")) for a in articles),
                      key=lambda a: (a.id, a.path, a.line or 0))
    return date_by_event(Collection(claims, articles, reader.skipped))


_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def date_by_event(collection: Collection) -> Collection:
    """The undated articles of an event, dated by it where they can be: an article with no
    date at all (none published, none in its text or URL) that names the event by the weekday
    it began on ("Saturday's earthquake", when the dated articles of its incident tie their
    figures to a Saturday, 2015-04-25) is read again with its weekdays as days of that week
    ("climbed to 4,455 on Tuesday": 2015-04-28, ``date_rule=event_week``). News calls an event
    by its weekday in the week after it; the figures that the article does not date stay
    undated. Every article's text is cut to its opening after."""
    collection = _date_by_dateline(collection)
    whole = [a for a in collection.articles if not a.published and _WEEKDAY.search(a.text)]
    if not whole:
        return collection
    heads = [replace(a, text=a.text[:HEAD]) for a in collection.articles]
    events = group_events(heads)
    days = _event_days(collection.claims, heads, events)
    redone: dict[str, list[Claim]] = {}
    for article in whole:
        if (article.language or detect_language(article.text)) != "en":
            continue
        named = event_weekdays(article.text)
        written = {lx.WEEKDAYS[m.group().lower()] for m in _WEEKDAY.finditer(article.text)}
        for day in days.get(events[article.id], []):
            weekday = dt.date.fromisoformat(day).weekday()
            if weekday not in written:
                continue
            found = extract_safely(replace(article, event_week=day))
            # it names the event by that day's weekday, in its text or in a figure's clause
            if not isinstance(found, str) and (weekday in named or any(c.event_date == day for c in found)):
                redone[article.id] = found
                break
    claims = [c for c in collection.claims if c.article_id not in redone] + \
        [c for found in redone.values() for c in found]
    return Collection(claims, heads, collection.skipped)


def _date_by_dateline(collection: Collection) -> Collection:
    """Undated articles whose dateline gives a month and day but no year ("Aug. 29 (UPI) --"),
    dated in the year of their event's first report: the first such day on or after a week
    before it (a wire copy is of its event's weeks, not of the year before). The article is
    read again with that day as its publication date."""
    undated = [(a, month_day) for a in collection.articles if not a.published
               for month_day in [yearless_dateline(a.text)] if month_day is not None]
    if not undated:
        return collection
    heads = [replace(a, text=a.text[:HEAD]) for a in collection.articles]
    events = group_events(heads)
    first: dict[str, dt.date] = {}
    for a in collection.articles:
        if len(a.published) >= 10:
            key, on = events[a.id], dt.date.fromisoformat(a.published[:10])
            first[key] = min(on, first.get(key, on))
    redone: dict[str, list[Claim]] = {}
    dated: dict[str, str] = {}
    for article, (month, day) in undated:
        start = first.get(events[article.id])
        if start is None:
            continue
        earliest = start - dt.timedelta(days=EVENT_WEEK)
        for year in (earliest.year, earliest.year + 1):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if candidate >= earliest:
                found = extract_safely(replace(article, published=candidate.isoformat()))
                if not isinstance(found, str):
                    redone[article.id], dated[article.id] = found, candidate.isoformat()
                break
    if not redone:
        return collection
    claims = [c for c in collection.claims if c.article_id not in redone] + \
        [c for found in redone.values() for c in found]
    articles = [replace(a, published=dated[a.id]) if a.id in dated else a for a in collection.articles]
    return Collection(claims, articles, collection.skipped)


def _event_days(claims: list[Claim], articles: list[Article], events: dict[str, str]) -> dict[str, list[str]]:
    """event key -> the days its event may have begun on, likeliest first: the days its dated
    articles tie their figures to ("Saturday's earthquake killed ...": 2015-04-25), the most
    often named first (one vote an article a day), then the day of its first article; when
    they tie none to a day, the days of the week up to its first article."""
    dated = {a.id: a.published[:10] for a in articles if len(a.published) >= 10}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for article_id, day in {(c.article_id, c.event_date) for c in claims
                            if c.article_id in dated and len(c.event_date) == 10}:
        votes[events[article_id]][day] += 1
    first: dict[str, str] = {}
    for article_id, day in dated.items():
        key = events[article_id]
        first[key] = min(day, first.get(key, day))
    out: dict[str, list[str]] = {}
    for key, day in first.items():
        counts = votes.get(key, Counter())
        named = sorted(counts, key=lambda d: (-counts[d], d))
        # news reports an event within days: one its dated articles do not date began in the
        # week up to its first report
        week = [(dt.date.fromisoformat(day) - dt.timedelta(days=n)).isoformat() for n in range(EVENT_WEEK)]
        out[key] = named + ([day] if day not in named else []) if named else week
    return out


EVENT_WEEK = 7  # the days up to an event's first report that it may have begun on



def extract(
    paths: list[str], published: str = "", outlet: str = "", on_skip: OnSkip | None = None,
    options: Options | None = None, language: str = "",
) -> tuple[pd.DataFrame, list[Article], list[Skipped]]:
    """Read files and folders; return (claims table, articles used, inputs skipped)."""
    collection = read_collection(paths, published, outlet, on_skip, options=options, language=language)
    claims = sorted(collection.claims, key=lambda c: (c.article_id, c.start, c.end, c.category))
    return claims_frame(claims), collection.articles, collection.skipped


def analyse(collection: Collection, ratio: float = DEFAULT_RATIO,
            aliases: Mapping[str, str] | None = None) -> Reconciled:
    """Incidents, disagreements and estimates of a collection; ``aliases`` maps a source's
    name to the source it is (``review.read_aliases``)."""
    return reconcile(collection.claims, collection.articles, ratio, aliases)


def _identity(article: Article) -> str:
    """Where an article came from: its file, and its record id in a record file."""
    where = str(Path(article.path).resolve()) if article.path else ""
    return f"{where}\0{article.id}" if article.line is not None else where or article.id


def _progress(items: Iterable[Article | Skipped]) -> Iterable[Article | Skipped]:
    """The inputs, with a progress bar on standard error (for a terminal)."""
    from tqdm import tqdm

    return tqdm(items, desc="articles", unit=" articles", leave=False)
