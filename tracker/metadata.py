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
