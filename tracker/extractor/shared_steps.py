"""Steps the readers of languages other than English share (russian.py, romance.py): who
a sentence says spoke (``Frame``), quotations that run on, figures attributed back from a
later sentence, the scope of each claim, one name per speaker, and the claim's id.

The readers differ in grammar and words; what they do with a figure once it is read is
the same, and lives here once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from .. import gazetteer as gz
from ..models import EARLIER, Article, Category, Claim, Count


@dataclass(frozen=True)
class Frame:
    """Who a sentence says gave its figures: source, relay and the rule that read them."""

    source: str
    via: str
    rule: str
    back: bool  # the sentence attributes the figures of the sentence before ("Об этом ...")
    date: str = ""  # the one date of the sentence that names the speaker ("опубликовал 25 марта")


@dataclass(frozen=True)
class Figure:
    """A number phrase that counts people in one category (any language's reader): tokens [first, last)."""

    first: int
    last: int
    count: Count
    category: Category
    term: str
    rule: str
    part: bool  # a breakdown of a figure before ("из них 10", "58 из 64")
    group: str = ""  # the group of the victims its nouns name ("трех погибших детях": children)
    another: bool = False  # "ещё 10", "еще пять тел": one more count
    corrected: bool = False  # "не 64, а 60": a figure the sentence corrects (an earlier one)
    individuals: bool = False  # people told one by one ("погиб мужчина"): a claim of 1 each


def scope_claims(claims: list[Claim], place_of: Callable[[str], gz.Place | None]) -> list[Claim]:
    """The scope and group of each claim (as scope.py does for English): ``group`` when the
    head noun counts one group of the victims ("18 силовиков", "13 enfants"); ``area`` when
    the place is not the lede's place nor a country ("в городе Алма-Ата" beside "в
    Казахстане"); ``period`` for one more count of a category counted before ("ещё 10
    погибли"). ``place_of`` resolves a location as written."""
    main = place_of(claims[0].location) if claims and claims[0].location else None  # the lede's
    # a figure that names no place is of the country the article's first place is in ("un
    # bilan provisoire de 35 morts" in an article on Mayotte)
    home = next((p for c in claims if c.location for p in [place_of(c.location)] if p is not None), None)
    out: list[Claim] = []
    for c in claims:
        place = place_of(c.location) if c.location else None
        if place is not None:
            c = replace(c, country=place.country, admin1=place.admin1)
        elif not c.location and home is not None and not c.country:
            c = replace(c, country=home.country)
        if c.individuals:
            c = replace(c, scope="individual")  # "un cadáver", "погиб мужчина": told one by one
        elif c.group != "people":
            c = replace(c, scope="group")
        elif c.location and c.location != claims[0].location and (place is None or place.kind != "country") \
                and (place is None or place != main):
            c = replace(c, scope="area", partial=True)
        elif c.scope == "period" and not any(o.category == c.category for o in out):
            c = replace(c, scope="whole")  # "64 погибли, ещё 44 пострадали": another category
        out.append(c)
    return out


def same_speakers(claims: list[Claim]) -> list[Claim]:
    """One name per speaker in an article: a source whose words are all in a longer source's
    ("Ажар Гиният" in "министр здравоохранения республики Ажар Гиният") is that source."""
    names = sorted({c.source for c in claims if c.source}, key=len, reverse=True)
    longer: dict[str, str] = {}
    for k, name in enumerate(names):
        words = set(name.lower().split())
        for other in names[:k]:
            if len(words) > 1 and words < set(other.lower().split()):
                longer[name] = longer.get(other, other)
                break
    if not longer:
        return claims
    return [replace(c, source=longer[c.source]) if c.source in longer else c for c in claims]


def quote_state(sentence: str, open_before: bool) -> bool:
    """Is a quotation open after this sentence? Guillemets say so by their balance, straight
    quotes by their parity."""
    opens, closes = sentence.count("«"), sentence.count("»")
    if opens or closes:
        return opens > closes or (open_before and opens == closes and not closes)
    return open_before != (sentence.count('"') % 2 == 1)


def attribute_back(claims: list[Claim], previous: list[int], frame: Frame,
                   dates: list[tuple[int, str]]) -> None:
    """"Об этом сообщил в воскресенье Минздрав": the source (and the date, when that
    sentence gives one and theirs give none) of the figures before in the paragraph, or in a
    quotation that this sentence closes."""
    for i in previous:
        c = claims[i]
        if not c.source and not c.via:
            c = replace(c, source=frame.source, via=frame.via, source_rule=frame.rule + "_back")
            if len(dates) == 1 and c.as_of_basis != "text":
                c = replace(c, as_of=dates[0][1], as_of_basis="text", date_rule="said_on")
            claims[i] = c


def last_total(claims: list[Claim], category: str) -> str:
    """The id of the last figure of ``category`` that is no part of another: the whole a
    breakdown ("из них 10", "dont 13 enfants") refers to."""
    return next((c.claim_id for c in reversed(claims) if c.category == category and not c.part_of), "")


def claim_id(article_id: str, start: int, end: int, category: str) -> str:
    digest = hashlib.sha1(f"{article_id}\0{start}\0{end}\0{category}".encode()).hexdigest()
    return "c" + digest[:12]


@dataclass(frozen=True)
class Said:
    """Who gave a figure: its source, relay and the rule that read them."""

    source: str
    via: str
    rule: str


@dataclass(frozen=True)
class Dated:
    """The date a sentence gives a figure ("" for none), the rule that read it, and the
    article's publication date that stands in when it gives none."""

    as_of: str
    rule: str
    published: dt.date | None
    earlier: bool = False  # the text places the figure before its publication ("un précédent bilan")


def new_claim(article: Article, figure: Figure, said: Said, dated: Dated, *, location: str,
              sentence: str, span: tuple[int, int], part_of: str, language: str,
              hedged: bool = False, partial: bool = False, event_date: str = "") -> Claim:
    """The claim of one figure read in a sentence, as every reader writes it (``partial``: of
    one place's share, the sentence says, whatever the article's lede)."""
    start, end = span
    published = dated.published
    return Claim(
        claim_id=claim_id(article.id, start, end, figure.category),
        article_id=article.id, published=article.published[:10], outlet=article.outlet,
        category=figure.category, term=figure.term, value=figure.count.value,
        low=figure.count.low, high=figure.count.high, qualifier=figure.count.qualifier,
        source=said.source, via=said.via,
        as_of=dated.as_of or (published.isoformat() if published else ""),
        location=location, sentence=sentence, start=start, end=end, part_of=part_of,
        group=figure.group or "people", partial=partial,
        scope="area" if partial else "period" if figure.another else "whole",
        as_of_basis="text" if dated.as_of else EARLIER if dated.earlier and published
        else ("published" if published else ""),
        surface=article.text[start:end], rule=figure.rule, source_rule=said.rule,
        date_rule=dated.rule, language=language, hedged=hedged, individuals=figure.individuals,
        event_date=event_date,
    )


def hedged_before(words: list[str], first: int, starts: list[int], hedges: frozenset[str],
                  blockers: frozenset[str] = frozenset(), negation: str = "") -> bool:
    """Does a word of doubt or fear stand before the figure at ``first``, in its clause ("il y
    aura certainement plusieurs centaines de morts, peut-être des milliers", "могут быть
    сотни погибших", "Вероятно, погибли 20"): a word of ``hedges`` within ``_HEDGE_REACH``
    tokens, after the figure before it (``starts``), with no clause mark between but the comma
    of a parenthesis right after it (not "le préfet, qui craint le pire, a compté 31 morts"),
    nor a word of ``blockers`` (a toll's noun or an article: "craint que le bilan de 12 morts
    ne s'alourdisse", "un homenaje a los 12 fallecidos"), nor ``negation`` right before it."""
    since = max([s + 1 for s in starts if s < first] + [first - _HEDGE_REACH, 0])
    for k in range(first - 1, since - 1, -1):
        if words[k] in hedges:
            return not (negation and k > 0 and words[k - 1] == negation)
        if words[k] in blockers or (words[k] in _CLAUSE_MARKS and not (k > 0 and words[k - 1] in hedges)):
            return False
    return False


_CLAUSE_MARKS = frozenset({",", ":", ";", "(", ")"})


_HEDGE_REACH = 6  # tokens from a word of doubt to its figure ("pourraient avoir fait plusieurs centaines")


def frame_for(frames: list[tuple[int, Frame]], figure: Figure) -> Frame | None:
    """The frame of a figure: the last one before it in the sentence, else the first after."""
    before = [f for k, f in frames if k <= figure.first and (f.source or f.via)]
    if before:
        return before[-1]
    after = [f for k, f in frames if f.source or f.via]
    return after[0] if after else None


def year_for(day: int, month: int, stated: int | None, published: dt.date | None,
             year_of_article: int | None) -> int | None:
    """The year of a day and month: the one the text states, else the publication's (the
    last such day on or before it), else the year an undated article names most."""
    if stated is not None:
        return stated
    if published is not None:
        return published.year if (month, day) <= (published.month, published.day) else published.year - 1
    return year_of_article


@cache
def parse_day(phrase: str, language: str) -> dt.date | None:
    """A day as a text writes it ("14 июня 2010", "14 juin 2010"), read by dateparser in
    ``language``; None when it is no day."""
    import dateparser

    parsed = dateparser.parse(phrase, languages=[language], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed is not None else None
