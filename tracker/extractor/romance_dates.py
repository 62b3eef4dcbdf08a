"""The dates and places of French and Spanish figures: "le 14 juin", "el 14 de junio de
2010" (read by dateparser in the article's language), "lundi", "el domingo", "hier",
"ayer", "la veille" relative to the publication date; "à Derna", "en Libye", "dans la
ville de Derna", "en el estado de Guerrero", as written, resolved by the gazetteer through
its French and Spanish names (tracker/data/gazetteer_names_fr.tsv, _es.tsv)."""

from __future__ import annotations

import datetime as dt

from .. import gazetteer as gz
from .romance_sources import is_media, join
from .romance_words import Grammar
from .ru_text import Token, clause
from .shared_steps import Figure, parse_day, year_for


def find_dates(g: Grammar, tokens: list[Token], published: dt.date | None,
               year: int | None = None) -> list[tuple[int, str]]:
    """(token index, ISO date) of the dates of a sentence, none after publication; a date
    that starts a period ("depuis le 14 juin", "desde el domingo") is left out, and a date
    of the count ("au 14 juin", "al 14 de junio") stands for the whole sentence."""
    w = g.words
    out: list[tuple[int, str]] = _periods(g, tokens, published)
    stated: list[tuple[int, str]] = []
    for k, tok in enumerate(tokens):
        day: dt.date | None = None
        word = tok.lower
        if word in w.MONTHS:
            day = _day_month(g, tokens, k, published, year)
            at = k - 1 - (1 if k > 1 and tokens[k - 1].lower in w.MONTH_LINKS else 0)
        elif word in w.WEEKDAYS and published is not None and not (
                k + 1 < len(tokens) and tokens[k + 1].lower in w.FUTURE_WORDS):
            day, at = published - dt.timedelta(days=(published.weekday() - w.WEEKDAYS[word]) % 7), k
        elif published is not None:
            relative = g.relative_days.at(tokens, k)
            if relative is not None:
                day, at = published - dt.timedelta(days=g.days_back[relative]), k
        if day is None or (published is not None and day > published):
            continue
        opening = [t.lower for t in tokens[max(0, at - 3):at]]
        if any(t in w.SINCE_WORDS for t in opening):
            continue
        if published is not None and (published - day).days <= _RECENT_EVENT_DAYS \
                and _event_day(g, tokens, at):
            # the day of an event the article follows ("la cifra de muertos del terremoto del pasado
            # sábado 16 de abril llegó a 366") is no count's day; a past event's day dates its toll
            # ("El atentado del 11 de marzo de 2004 dejó 191 muertos")
            continue
        out.append((at, day.isoformat()))
        marks = [t.lower for t in tokens[max(0, at - 2):at]
                 if t.lower not in w.DETERMINERS or t.lower in w.AS_OF_WORDS]  # "al 14 de junio"
        if marks and marks[-1] in w.AS_OF_WORDS:
            stated.append(out[-1])
    return stated or sorted(out)


def _event_day(g: Grammar, tokens: list[Token], at: int) -> bool:
    """The day at ``at`` is an event's ("la cifra de muertos del terremoto del pasado sábado 16
    de abril llegó a 366", "le bilan du séisme du 12 janvier"): its noun just before, past
    determiners, "de", a weekday and ``EVENT_DAY_LINKS``; the day the event struck, not the
    count's."""
    k = at - 1
    while k >= 0 and at - k <= _EVENT_DAY_REACH + _MAGNITUDE_WORDS:
        if tokens[k].lower in g.event_day_links:
            k -= 1  # "del pasado sábado 16 de abril"
        elif k > 0 and tokens[k - 1].lower in g.words.MAGNITUDE_WORDS and tokens[k].lower[:1].isdigit():
            k -= 2  # "del terremoto de magnitud 8,2 del pasado 7 de septiembre"
        else:
            break
    return 0 <= k < at - 1 and tokens[k].lower in g.words.EVENT_NOUNS


_EVENT_DAY_REACH = 5  # words from an event's noun to its day ("del terremoto del pasado sábado 16")
_MAGNITUDE_WORDS = 2  # "magnitud 8,2" between them
_RECENT_EVENT_DAYS = 45  # an event this close before publication is the one the article follows


def _periods(g: Grammar, tokens: list[Token], published: dt.date | None) -> list[tuple[int, str]]:
    """A year or a month alone, which keeps its precision as in English: "en 2023" ->
    2023, "en septembre 2024", "en junio de 2010" -> 2024-09, 2010-06; of a period ("entre
    2014 et 2024", "de 2014 à 2024") its end; not one that starts a period ("depuis 2014",
    "desde 2014") nor one after publication."""
    w = g.words
    out: list[tuple[int, str]] = []
    last = published.year if published is not None else _LAST_YEAR
    for k, tok in enumerate(tokens):
        if not _is_year(tok.lower, last):
            continue
        j = k - 1 - (1 if k > 1 and tokens[k - 1].lower in w.MONTH_LINKS else 0)
        if j >= 0 and tokens[j].lower in w.MONTHS:
            if j > 0 and (tokens[j - 1].lower.isdigit() or tokens[j - 1].lower in w.ORDINAL_SUFFIXES
                          or tokens[j - 1].lower in w.MONTH_LINKS):
                continue  # "14 juin 2010": a day, read with its month
            iso = f"{tok.lower}-{w.MONTHS[tokens[j].lower]:02d}"
            if published is not None and iso > published.isoformat()[:7]:
                continue
            at = j
        elif k > 0 and tokens[k - 1].lower in w.YEAR_PREPOSITIONS:
            iso, at = tok.lower, k
        elif k > 1 and tokens[k - 2].lower.isdigit() and tokens[k - 1].lower in w.RANGE_OPENERS.values() \
                and k > 2 and tokens[k - 3].lower in w.RANGE_OPENERS:
            iso, at = tok.lower, k  # "entre 2014 et 2024": its end
        else:
            continue
        if any(t.lower in w.SINCE_WORDS for t in tokens[max(0, at - 2):at]):
            continue
        out.append((at, iso))
    return out


def _day_month(g: Grammar, tokens: list[Token], k: int, published: dt.date | None,
               year_of_article: int | None) -> dt.date | None:
    """"14 juin [2010]", "14 de junio [de 2010]", "1er janvier": the year from the
    publication date when the text gives none (the last such day on or before it)."""
    w = g.words
    j = k - 1
    if j > 0 and tokens[j].lower in w.MONTH_LINKS:
        j -= 1
    if j > 0 and tokens[j].lower in w.ORDINAL_SUFFIXES:
        j -= 1  # "1er", "1º"
    if j < 0 or not tokens[j].lower.isdigit() or not 1 <= int(tokens[j].lower) <= 31:
        return None
    day, month = int(tokens[j].lower), w.MONTHS[tokens[k].lower]
    n = k + 2 if k + 2 < len(tokens) and tokens[k + 1].lower in w.MONTH_LINKS else k + 1
    stated = int(tokens[n].lower) if n < len(tokens) and tokens[n].lower.isdigit() \
        and len(tokens[n].lower) == 4 else _year_just_before(tokens, j)
    year = year_for(day, month, stated, published, year_of_article)
    return None if year is None else parse_day(f"{day} {tokens[k].lower} {year}", w.CODE)


_LAST_YEAR = 2100  # the latest year a text without a date may name


def _is_year(word: str, last: int = _LAST_YEAR) -> bool:
    """A year of four digits, 1900 to ``last`` ("1985")."""
    return word.isdigit() and len(word) == 4 and 1900 <= int(word) <= last


def _year_just_before(tokens: list[Token], j: int) -> int | None:
    """The year a clause names just before a day without one ("el movimiento de 1985, cuando,
    también un 19 de septiembre, murieron"): that day's year."""
    for k in range(j - 1, max(-1, j - _YEAR_BEFORE_REACH), -1):
        word = tokens[k].lower
        if _is_year(word):
            return int(word)
        if word in {".", ";", ":"} or (word.isdigit() and len(word) != 4):
            return None
    return None


_YEAR_BEFORE_REACH = 7  # tokens from a year back to a day that has none ("de 1985, cuando, también un 19")


def event_days(g: Grammar, tokens: list[Token], published: dt.date | None,
               year: int | None = None) -> list[tuple[int, str]]:
    """(token index, ISO date) of the days of events a sentence names by their noun ("del
    terremoto del pasado 7 de septiembre", "le séisme du 12 janvier", "el sismo de 1985"):
    the figures of that clause are that event's (``Claim.event_date``)."""
    w = g.words
    out: list[tuple[int, str]] = []
    for k, tok in enumerate(tokens):
        word = tok.lower
        if word in w.MONTHS:
            day = _day_month(g, tokens, k, published, year)
            at = k - 1 - (1 if k > 1 and tokens[k - 1].lower in w.MONTH_LINKS else 0)
            if day is not None and _event_day(g, tokens, at):
                out.append((at, day.isoformat()))
        elif word in w.WEEKDAYS and published is not None and _event_day(g, tokens, k):
            # "del sismo del sábado pasado": the last such weekday
            back = (published.weekday() - w.WEEKDAYS[word]) % 7
            out.append((k, (published - dt.timedelta(days=back)).isoformat()))
        elif _is_year(word, published.year if published else _LAST_YEAR) and _event_day(g, tokens, k) \
                and not (k > 0 and tokens[k - 1].lower in w.MONTHS) \
                and not (k > 1 and tokens[k - 2].lower in w.MONTHS):
            out.append((k, word))
    return out


def find_place(g: Grammar, tokens: list[Token], figure: Figure) -> str:
    """"à Derna", "en Libye", "dans la ville de Derna", "en el estado de Guerrero" in the
    figure's clause (else in the clause that opens the sentence), as written: the one
    nearest the figure that the gazetteer knows or that a place noun introduces."""
    a, b = clause(tokens, figure.first, figure.last)
    places = _places(g, tokens, a, b)
    if not places:
        # "la capital del país es la que registra más fallecidos con 186": the capital, unnamed
        places = [(k, join(tokens, k, k + 1)) for k in range(max(a + 1, figure.first - _CAPITAL_REACH),
                                                             min(b, figure.last + _CAPITAL_REACH))
                  if tokens[k].lower in g.words.CAPITAL_WORDS and tokens[k - 1].lower in g.words.DETERMINERS
                  and not (k + 1 < b and tokens[k + 1].text[:1].isupper())]
    if not places and a > 0:
        first = clause(tokens, 0, 1)
        places = _places(g, tokens, *first)
    if not places:
        return ""
    return min(places, key=lambda p: min(abs(p[0] - figure.first), abs(p[0] - figure.last)))[1]


_CAPITAL_REACH = 10  # tokens between a figure and the unnamed capital it counts


def _places(g: Grammar, tokens: list[Token], a: int, b: int) -> list[tuple[int, str]]:
    w = g.words
    out: list[tuple[int, str]] = []
    for k in range(a, b - 1):
        if tokens[k].lower not in w.PLACE_PREPOSITIONS:
            continue
        j = k + 1
        kind = False
        for _ in range(4):  # "dans le nord de la Libye", "en la ciudad de"
            if j >= b:
                break
            word = tokens[j].lower
            if word in w.DETERMINERS or word in w.PLACE_LINKS or word in w.COMPASS:
                j += 1
            elif word in w.PLACE_KINDS and tokens[j].text[:1].islower():
                kind = True
                j += 1
            else:
                break
        if j >= b or not tokens[j].text[:1].isupper():
            continue
        end = j + 1
        while end < min(b, j + 5):
            if tokens[end].text[:1].isupper() or (tokens[end].lower in w.PLACE_NAME_LINKS
                                                   and end + 1 < b and tokens[end + 1].text[:1].isupper()):
                end += 1
            else:
                break
        while end > j + 1 and not tokens[end - 1].text[:1].isupper():
            end -= 1
        name = join(tokens, j, end)
        if is_media(g, name) or tokens[j].lower in w.MONTHS or tokens[j].lower in w.WEEKDAYS:
            continue
        if kind or gz.resolve(name) is not None:
            out.append((k, name))
    return out
