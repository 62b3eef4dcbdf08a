"""The dates and places of Russian figures: "14 июня", "в понедельник", "накануне",
"тогда" relative to the publication date; "в Оше", "в Кызылординской области" as written."""

from __future__ import annotations

import datetime as dt
import re

from . import lexicon_ru as lx
from .morph_ru import form
from .ru_text import Token, clause
from .shared_steps import Figure, parse_day, year_for

_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")


def year_of(text: str) -> int | None:
    """The year an undated article names most (its latest on a tie): the year of its dates
    that name none ("Утром 26 ноября")."""
    years = [int(y) for y in _YEAR.findall(text)]
    if not years:
        return None
    return max(set(years), key=lambda y: (years.count(y), y))


_DATELINE = re.compile(
    r"""^[ \t]*(?P<lead>[^\W\d_][\w.\-]*)(?:[ \t]+[\w.\-]+){0,2}[ \t]*(?:,|[ \t][-–—])[ \t]*  # agency, city
    (?P<day>\d{1,2})[ \t]+(?P<month>[^\W\d_]+)\.?(?:[ \t]+(?P<year>(?:19|20)\d\d))?  # a day, a month, a year
    [ \t]*(?:[^\W\d_]{1,2}\.)?[ \t]*(?:[.,]|[-–—]|$)""", re.MULTILINE | re.VERBOSE)  # the year's abbreviation


def dateline_day(text: str, year: int | None) -> dt.date | None:
    """The day of an opening dateline ("ТАСС, 12 сентября.", "БАКУ, 2 фев - 1NEWS.AZ", "Москва,
    9 сентября - АиФ"), in the first lines; a day without a year takes the year the article
    names most, else there is none."""
    for m in _DATELINE.finditer(text[:400]):
        if not m.group("lead")[:1].isupper():
            continue
        word = m.group("month").lower()
        month = lx.MONTHS.get(word) or lx.MONTH_ABBREVIATIONS.get(word)
        stated = int(m.group("year")) if m.group("year") else year
        if month is None or stated is None:
            continue
        try:
            return dt.date(stated, month, int(m.group("day")))
        except ValueError:
            continue
    return None


def find_dates(tokens: list[Token], published: dt.date | None,
               year: int | None = None) -> list[tuple[int, str]]:
    """(token index, ISO date) of the dates of a sentence: "26 марта", "14 июня 2010 года",
    "в понедельник", "накануне", relative to the publication date; a date that starts a
    period ("с 2 января") is left out."""
    out: list[tuple[int, str]] = []
    for k, tok in enumerate(tokens):
        day: dt.date | None = None
        if tok.lower in lx.MONTHS and k > 0 and tokens[k - 1].lower.isdigit():
            day = _day_month(tokens, k, published, year)
            at = k - 1
        elif tok.lower in lx.WEEKDAYS and k > 0 and tokens[k - 1].lower in lx.WEEKDAY_PREPOSITIONS \
                and published is not None:
            back = (published.weekday() - lx.WEEKDAYS[tok.lower]) % 7
            day, at = published - dt.timedelta(days=back), k
        elif tok.lower in lx.RELATIVE_DAYS and published is not None:
            day, at = published - dt.timedelta(days=lx.RELATIVE_DAYS[tok.lower]), k
        if day is None or (published is not None and day > published):
            continue
        if at > 0 and tokens[at - 1].lower in lx.SINCE_WORDS:
            continue
        out.append((at, day.isoformat()))
    stated = [d for d in out if _as_of_phrase(tokens, d[0])]
    return stated or out


def _as_of_phrase(tokens: list[Token], k: int) -> bool:
    """Is the date at token k the day of a count ("по данным на 6 марта", "по состоянию на
    14 июня", "на 11.00 14 июня")? It dates every figure of the sentence."""
    j = k - 1
    if j >= 0 and re.fullmatch(r"\d{1,2}[.:]\d\d", tokens[j].lower):
        j -= 1  # "на 11.00 14 июня"
    return j >= 1 and tokens[j].lower == lx.AS_OF_ON and tokens[j - 1].lower in lx.AS_OF_NOUNS


def _day_month(tokens: list[Token], k: int, published: dt.date | None,
               year_of_article: int | None) -> dt.date | None:
    """"14 июня [2010 года]": read by dateparser's Russian, the year from the publication
    date when the text gives none (the last such day on or before it)."""
    day, month = int(tokens[k - 1].lower), lx.MONTHS[tokens[k].lower]
    stated = int(tokens[k + 1].lower) if k + 1 < len(tokens) and tokens[k + 1].lower.isdigit() \
        and len(tokens[k + 1].lower) == 4 else None
    year = year_for(day, month, stated, published, year_of_article)
    return None if year is None else parse_day(f"{day} {tokens[k].lower} {year}", "ru")


def date_for(dates: list[tuple[int, str]], figure: Figure, tokens: list[Token]) -> str:
    """The date nearest the figure in its sentence; not a date inside a running toll's
    subject, which dates the event ("Число погибших при теракте 22 марта достигло 140": the
    toll is of the day it is told), unless it is the day of the count ("по данным на 12 июня",
    "к 25 марта"); nor a date in a relative clause the figure is not in ("85 человек погибли
    от тайфуна, который накануне обрушился на острова": the day of the typhoon)."""
    dates = [d for d in dates if not _in_other_relative_clause(tokens, d[0], figure)]
    if figure.rule == "toll":
        subject = _toll_subject_span(tokens, figure.first)
        dates = [d for d in dates if not subject[0] < d[0] < subject[1] or _as_of_phrase(tokens, d[0])
                 or any(tokens[j].lower in lx.CUT_OFF_WORDS for j in range(max(0, d[0] - 2), d[0]))]
    if not dates:
        return ""
    return min(dates, key=lambda d: min(abs(d[0] - figure.first), abs(d[0] - figure.last)))[1]


def _in_other_relative_clause(tokens: list[Token], k: int, figure: Figure) -> bool:
    """Is token k in a relative clause ("который накануне обрушился") that the figure is not in?"""
    start, end = clause(tokens, k, k + 1)
    opens = any(tokens[j].lower in lx.RELATIVE_PRONOUNS for j in range(start, min(end, start + 2)))
    return opens and not start <= figure.first < end


def _toll_subject_span(tokens: list[Token], first: int) -> tuple[int, int]:
    """(toll noun, toll verb) token indices before a toll's figure at ``first``; (0, 0) when
    they are not found."""
    verb = next((j for j in range(first - 1, -1, -1) if tokens[j].lower.startswith(lx.TOLL_VERB_STEMS)), None)
    if verb is None:
        return 0, 0
    noun = next((j for j in range(verb - 1, -1, -1) if tokens[j].lower.startswith(lx.TOLL_NOUN_STEMS)), None)
    return (noun, verb) if noun is not None else (0, 0)


def find_place(tokens: list[Token], figure: Figure) -> str:
    """"в Алма-Ате", "в Кызылординской области", "в городе Ош" in the figure's clause, as
    written: the one nearest the figure."""
    a, b = clause(tokens, figure.first, figure.last)
    if figure.rule == "ellipsis" and a >= 2:
        a = clause(tokens, a - 2, a - 1)[0]  # "в Джалал-Абадской области — 27 человек": before the dash
    places: list[tuple[int, str]] = []
    for k in range(a, b - 1):
        if tokens[k].lower not in lx.PLACE_PREPOSITIONS:
            continue
        j = k + 1
        if tokens[j].lower in lx.PLACE_KINDS and j + 1 < b:
            j += 1
        if tokens[j].text[:1].isupper() and not tokens[j].text.isupper():
            end = j + 1
            while end < min(b, j + 3) and tokens[end].text[:1].isupper() and not tokens[end].text.isupper():
                end += 1  # "в Нижних Выселках"
            if end < b and tokens[end].lower in lx.PLACE_KINDS:
                end += 1
            places.append((k, " ".join(t.text for t in tokens[j:end])))
        elif j + 1 < b and tokens[j + 1].lower in lx.PLACE_KINDS and form(tokens[j].lower).pos == "ADJF" \
                and tokens[j].text[:1].isupper():
            places.append((k, f"{tokens[j].text} {tokens[j + 1].text}"))
    if not places:
        return ""
    return min(places, key=lambda p: min(abs(p[0] - figure.first), abs(p[0] - figure.last)))[1]
