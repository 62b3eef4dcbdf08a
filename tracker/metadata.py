"""Metadata written into the text itself: front matter and news-agency datelines."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .extractor import lexicon as lx

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.DOTALL)

# "OSH, Kyrgyzstan, June 14 (Reuters) -", "LIMA, 9 JAN 90 (EFE) --", "BEIRUT (AP) --",
# "MOSCOW, June 14, 2010 (Interfax) -": a place in capitals, an optional date, the agency
# in brackets, then a dash.
_DATELINE = re.compile(
    r"""\A\s*
    (?P<place>[A-Z][A-Z .'\-]{1,40}(?:,\s*[A-Z][A-Za-z .'\-]{1,30})?)\s*,?\s*
    (?:(?P<date>[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{2,4})?|\d{1,2}\s+[A-Za-z]{3,9}\.?(?:,?\s+\d{2,4})?)\s*)?
    \((?P<agency>[A-Za-z][A-Za-z0-9 .&'\-]{0,40})\)\s*
    (?:-{1,2}|–|—)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Dateline:
    published: str = ""  # ISO date, when the dateline has a full date
    outlet: str = ""


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """({key: value}, body) of a text that opens with a `---` block of `key: value` lines."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return meta, text[m.end():]


def dateline(text: str, default: str = "") -> Dateline:
    """The date and agency of an opening dateline. A date without a year takes the year of
    ``default`` (an ISO date) when there is one, and is left out otherwise."""
    m = _DATELINE.match(text[:200])
    if not m:
        return Dateline()
    return Dateline(_dateline_date(m.group("date") or "", default), m.group("agency").strip())


# a dateline with a month and day but no year, opening a paragraph near the top of a page
# (after a headline or a caption): "Aug. 29 (UPI) -- ", "SEOUL, Nov. 14 (Yonhap) --"
_YEARLESS_DATELINE = re.compile(
    r"""(?:\A|\n)[ \t]*(?:[A-Z][A-Z .'\-]{1,40}(?:,\s*[A-Z][A-Za-z .'\-]{1,30})?,\s*)?
    (?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})\s*
    \((?P<agency>[A-Za-z][A-Za-z0-9 .&'\-]{0,40})\)\s*(?:-{1,2}|–|—)""",
    re.VERBOSE,
)
YEARLESS_REACH = 600  # characters from a page's top that may hold such a dateline


def yearless_dateline(text: str) -> tuple[int, int] | None:
    """(month, day) of a dateline that gives no year ("Aug. 29 (UPI) --"), or None."""
    m = _YEARLESS_DATELINE.search(text[:YEARLESS_REACH])
    if not m or m.group("month").lower() not in lx.MONTHS:
        return None
    month, day = lx.MONTHS[m.group("month").lower()], int(m.group("day"))
    try:
        dt.date(2000, month, day)  # (a leap year: 29 February stays possible)
    except ValueError:
        return None
    return month, day


def _dateline_date(raw: str, default: str) -> str:
    words = re.findall(r"[A-Za-z]+|\d+", raw)
    month = next((lx.MONTHS[w.lower()] for w in words if w.lower() in lx.MONTHS), None)
    numbers = [int(w) for w in words if w.isdigit()]
    if month is None or not numbers:
        return ""
    day = numbers[0]
    if len(numbers) > 1:
        year = numbers[1] + (1900 if 30 <= numbers[1] < 100 else 2000 if numbers[1] < 30 else 0)
    elif default:
        year = int(default[:4])
    else:
        return ""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


# The day a page's address gives it: "/2014/05/14/", "/2014/may/16/", "/2023-06-15-", "/20140513/"
# in the path (not the host, not the query). News sites write the day of first publication
# there; a month alone ("/2015-10") dates nothing.
_URL_DAY = re.compile(
    r"""(?<![0-9])(?:
        (?P<y1>(?:19|20)\d\d)/(?P<m1>[01]?\d|[a-z]{3,9})/(?P<d1>[0-3]?\d)(?=[/_.-]|$)
      | (?P<y2>(?:19|20)\d\d)-(?P<m2>[01]\d)-(?P<d2>[0-3]\d)(?![0-9])
      | (?P<y3>(?:19|20)\d\d)(?P<m3>[01]\d)(?P<d3>[0-3]\d)(?![0-9])
    )""",
    re.VERBOSE | re.IGNORECASE,
)


def url_date(url: str) -> str:
    """The ISO day a page's address gives it, or "" (``_URL_DAY``)."""
    path = _URL_HOST.sub("", url.strip()).split("?")[0].split("#")[0]
    for m in _URL_DAY.finditer(path):
        year, month, day = [part for n in (1, 2, 3) for part in m.group(f"y{n}", f"m{n}", f"d{n}") if part]
        number = lx.MONTHS.get(month.lower()) if month.isalpha() else int(month)
        if number is None:
            continue
        try:
            return dt.date(int(year), number, int(day)).isoformat()
        except ValueError:
            continue
    return ""


_URL_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://[^/]*", re.IGNORECASE)


# ---------------------------------------------------------------- a record's own date field

# The day a record's date field gives when it is not ISO: "7/5/15" or "05.07.2015" (numbers,
# day and month in the order the file writes them), "January 27, 2014", "27 Jan 2014", "Sun, 05
# Jul 2015 22:00:00 GMT" (a month's name: no order to decide).
_NUMERIC_DATE = re.compile(r"\A\s*(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{2,4})(?:[ T,].*)?\Z")
_NAMED_DATE = re.compile(r"[A-Za-z]+|\d+")
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
DAY_FIRST, MONTH_FIRST = "day_first", "month_first"


def numeric_order(value: str) -> str:
    """The order a numeric date shows by itself: "25/12/2015" is day first, "12/25/2015"
    month first; "" when it shows none ("5/7/15", an ISO date, a month's name)."""
    m = _NUMERIC_DATE.match(value)
    if m is None or len(m.group(1)) == 4:
        return ""
    first, second = int(m.group(1)), int(m.group(2))
    if first > 12 >= second:
        return DAY_FIRST
    if second > 12 >= first:
        return MONTH_FIRST
    return ""


def is_ambiguous(value: str) -> bool:
    """A numeric date whose day and month could be either ("5/7/15")."""
    m = _NUMERIC_DATE.match(value)
    if m is None or len(m.group(1)) == 4:
        return False
    first, second = int(m.group(1)), int(m.group(2))
    return 1 <= first <= 12 and 1 <= second <= 12 and first != second


def record_date(value: str, order: str = "") -> str:
    """The ISO day a record's date field gives, in any of the forms above; a numeric date
    whose order it does not show is read in ``order`` (``DAY_FIRST`` or ``MONTH_FIRST``), else
    not at all ("")."""
    m = _NUMERIC_DATE.match(value)
    if m is not None:
        a, b, c = m.group(1), int(m.group(2)), m.group(3)
        if len(a) == 4:  # "2015/07/05"
            year, month, day = int(a), b, int(c)
        else:
            shown = numeric_order(value) or (order if int(a) != b else MONTH_FIRST)
            if not shown:
                return ""
            day, month = (int(a), b) if shown == DAY_FIRST else (b, int(a))
            year = _full_year(int(c)) if len(c) == 2 else int(c)
        return _iso_day(year, month, day)
    # the words, without a time of day ("2:13 PM", "10:30 GMT")
    words = _NAMED_DATE.findall(_CLOCK.sub(" ", value))
    at = next((k for k, w in enumerate(words) if w.lower() in lx.MONTHS), None)
    if at is None:
        return ""
    years = [int(w) for w in words if w.isdigit() and len(w) == 4]
    # the day next to the month's name: "January 25, 2014", "25 Jan 2014"
    days = [int(w) for w in (words[at + 1:at + 2] + words[at - 1:at] if at else words[at + 1:at + 2])
            if w.isdigit() and len(w) <= 2]
    if not years or not days:
        return ""
    return _iso_day(years[0], lx.MONTHS[words[at].lower()], days[0])


def _full_year(two: int) -> int:
    return two + (1900 if two >= 70 else 2000)


def _iso_day(year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""
