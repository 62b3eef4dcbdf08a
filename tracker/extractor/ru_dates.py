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


def date_for(dates: list[tuple[int, str]], figure: Figure) -> str:
    """The date nearest the figure in its sentence."""
    if not dates:
        return ""
    return min(dates, key=lambda d: min(abs(d[0] - figure.first), abs(d[0] - figure.last)))[1]


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
