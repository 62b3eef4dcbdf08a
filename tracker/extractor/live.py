"""The entries of a live page: "5/1 – 8:44 a.m. PST: Yonhap reports 221 dead", "Aug 15, 2018
5:04 pm (IST) A senior official said ...". A page whose paragraphs open with such a stamp
two times or more (``MIN_ENTRIES``) is a live page, updated over days: each entry's figures
stand at its own day, not the page's publication day, and its weekdays are read from that
day. An entry runs to the next stamp; a stamp with a time alone ("2:19 p.m. PST:") is a later
hour of the same day.

``entry_days(text, published)`` gives the (offset, day) of each dated stamp, or nothing for a
page that is no live page. A numeric stamp is month/day, or day/month where that is the only
reading on or before the publication day; a stamp after the publication day, or more than
``MAX_ENTRY_DAYS`` before it, is no stamp.
"""

from __future__ import annotations

import datetime as dt
import re

from . import lexicon as lx

MIN_ENTRIES = 2  # dated stamps that make a page a live page
MAX_ENTRY_DAYS = 120  # a stamp this long before the page's day is no entry of it

_MONTH = "|".join(sorted(lx.MONTHS, key=len, reverse=True))
_TIME = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?"
_DASH = "".join(re.escape(d) for d in sorted(lx.DASHES))
# at the start of a paragraph: "5/1 –", "5/3 – 8:00 a.m. PST:", "Aug 15, 2018 5:04 pm (IST)",
# "15 August 2018, 17:04"
_STAMP = re.compile(
    rf"(?:^|\n)[ \t]*(?:"
    rf"(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})(?:/(?P<y1>\d{{2}}|\d{{4}}))?\s*[{_DASH}:-]"
    rf"|(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:,?\s+(?P<y2>\d{{4}}))?,?\s+{_TIME}"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\.?(?:\s+(?P<y3>\d{{4}}))?,?\s+{_TIME}"
    rf")",
    re.IGNORECASE,
)


def entry_days(text: str, published: dt.date | None) -> list[tuple[int, dt.date]]:
    """(offset of the stamp, its day) for each dated entry of a live page, in text order;
    empty for a page that is no live page, or with no publication day to read stamps by."""
    if published is None or "\n" not in text:
        return []
    out: list[tuple[int, dt.date]] = []
    for m in _STAMP.finditer(text):
        day = _day_of(m, published)
        if day is not None:
            out.append((m.start(), day))
    return out if len(out) >= MIN_ENTRIES else []


def _day_of(m: re.Match[str], published: dt.date) -> dt.date | None:
    year_text = m.group("y1") or m.group("y2") or m.group("y3")
    year = None if year_text is None else int(year_text) + (2000 if len(year_text) == 2 else 0)
    if m.group("a") is not None:
        a, b = int(m.group("a")), int(m.group("b"))
        readings = [(a, b), (b, a)]  # month/day first, as US live pages write it
    else:
        month = lx.MONTHS[(m.group("m1") or m.group("m2")).lower()]
        readings = [(month, int(m.group("d1") or m.group("d2")))]
    for month, day in readings:
        found = _dated(year, month, day, published)
        if found is not None:
            return found
    return None


def _dated(year: int | None, month: int, day: int, published: dt.date) -> dt.date | None:
    for y in ([year] if year is not None else [published.year, published.year - 1]):
        try:
            found = dt.date(y, month, day)
        except ValueError:
            continue
        if found <= published and (published - found).days <= MAX_ENTRY_DAYS:
            return found
    return None
