"""The event a figure is tied to, when its clause dates that event: `event_date`.

Most figures are the toll of the article's event and their clause names no event; some are
tied by the text to a dated event, which may be another than the one the article (or the
incident) is about:

- a dated possessive: "last month's quake killed at least 8,046", "Saturday's earthquake";
- a date before the event noun: "the 2005 earthquake", "the April 25 quake", "2005's
  Hurricane Katrina";
- the event noun, then its date: "981 injured in an earthquake on Tuesday", "the floods of
  2010", "an attack last week".

The date is the date mention's (``dates.find_dates``), at its precision ("2015-04", "2005").
Reconciliation compares it with the date of the incident's main event: an earlier event's
figure is history, a later event's (an aftershock, a second attack) is a period of the
incident, not its toll (``reconcile``).
"""

from __future__ import annotations

from . import lexicon as lx
from .dates import DateMention, event_noun_after, possessed
from .text import Token, sentence_spans, tokenize

_REACH = 15  # tokens between a figure and the event phrase of its clause


def event_phrases(tokens: list[Token], dates: list[DateMention]) -> list[tuple[int, int, str]]:
    """(start, end, date) of each dated event phrase of a sentence, in reading order."""
    out: list[tuple[int, int, str]] = []
    for m in dates:
        if m.ahead_only:
            continue  # "the worst crash since 2010, when ...": another event, dated for the figures after it
        noun = event_noun_after(tokens, m.end)
        if noun is not None:  # "last month's quake", "the 2005 earthquake"
            out.append((m.start, noun + 1, m.iso))
            continue
        k = m.start - 1
        if k >= 1 and tokens[k].lower in lx.EVENT_DATE_LINKS and tokens[k - 1].lower in lx.DATED_EVENT_NOUNS:
            out.append((k - 1, m.end, m.iso))  # "an earthquake on Tuesday", "the floods of 2010"
        elif k >= 0 and tokens[k].lower in lx.DATED_EVENT_NOUNS and tokens[m.start].lower in lx.RELATIVE_PAST:
            out.append((k, m.end, m.iso))  # "an attack last week"
        elif len(m.iso) < 10 and (noun := _noun_before_place(tokens, m.start)) is not None:
            out.append((noun, m.end, m.iso))  # "a quake in eastern Nepal last year"
    dated = {start for start, _, _ in out}
    for k, tok in enumerate(tokens):
        # "2005's Hurricane Katrina": a year's possessive (no date mention: "from 2005")
        if tok.year(1900) and k not in dated and k + 2 < len(tokens) \
                and tokens[k + 1].text in lx.APOSTROPHES and tokens[k + 2].lower == "s":
            noun = event_noun_after(tokens, k + 3)
            if noun is not None:
                out.append((k, noun + 1, tok.text))
    return sorted(out)


_PLACE_REACH = 6  # words of a place between an event noun and its month or year


def _noun_before_place(tokens: list[Token], start: int) -> int | None:
    """The event noun a month or a year at ``start`` dates across the place between them ("an
    earthquake in eastern Nepal near India last year"): its index, else None. A figure or a
    mark between them ("the quake killed 300 in Nepal last year") puts them apart."""
    for k in range(start - 1, max(-1, start - _PLACE_REACH - 1), -1):
        tok = tokens[k]
        if tok.kind != "word":
            return None
        if tok.lower in lx.DATED_EVENT_NOUNS:
            return k
    return None


def event_date_for(phrases: list[tuple[int, int, str]], tokens: list[Token], first: int, last: int) -> str:
    """The date of the event phrase nearest the figure at tokens[first:last] within its clause
    (no ";" or ":" between them), or ""."""
    best = ""
    distance = _REACH + 1
    for start, end, iso in phrases:
        gap = start - last if start >= last else first - end if end <= first else 0
        if gap < distance and not any(t.text in lx.EVENT_CLAUSE_BREAKS
                                      for t in tokens[min(end, first):max(start, last)]):
            best, distance = iso, gap
    return best


_HAPPENING_REACH = 20  # tokens between an event's verb or noun and the weekday that dates it


def event_weekdays(text: str) -> set[int]:
    """The weekdays (0 = Monday) an article names its event by: "Tuesday's bridge collapse", "the
    collapse on Tuesday", "the boat sank on Thursday", "dozens of vehicles that plunged ... into a
    dry river bed on Tuesday", "On Friday, gunmen opened fire". A weekday in another week ("on
    Thursday last week") or in a clause with a toll noun ("the toll hit 139 on Tuesday": the
    toll's day) names no event. News names an event by its weekday in the week
    after it, which dates an article that has no date of its own (``pipeline.date_by_event``)."""
    out: set[int] = set()
    for start, end in sentence_spans(text):
        tokens = tokenize(text, start, end)
        for k, tok in enumerate(tokens):
            day = lx.WEEKDAYS.get(possessed(tok.lower)) if tok.is_capitalized else None
            if day is None or day in out or (len(tok.lower) <= 4 and tok.lower in lx.WEEKDAYS):
                continue  # "Sat", "Sun": abbreviations are stamps, not the event's day
            if k + 1 < len(tokens) and tokens[k + 1].lower in lx.OTHER_WEEK_WORDS:
                continue
            owner = k + 1 if k + 1 < len(tokens) and possessed(tokens[k + 1].lower) in lx.DAY_PARTS else k
            if possessed(tokens[owner].lower) != tokens[owner].lower:
                if event_noun_after(tokens, owner + 1) is not None:
                    out.add(day)  # "Tuesday's bridge collapse", "Tuesday afternoon's quake"
                continue
            if _happening_near(tokens, k):
                out.add(day)
    return out


def _happening_near(tokens: list[Token], k: int) -> bool:
    """Whether the clause of the weekday at ``k`` tells the event happening: an event's verb
    ("sank", "opened fire") or noun ("the collapse on Tuesday") near it, and no toll noun."""
    first = k
    while first > 0 and k - first < _HAPPENING_REACH and tokens[first - 1].text not in _CLAUSE_ENDS:
        first -= 1
    last = k
    while last + 1 < len(tokens) and last - k < _HAPPENING_REACH \
            and tokens[last + 1].text not in _CLAUSE_ENDS:
        last += 1
    clause = tokens[first:last + 1]
    if any(t.lower in lx.TOLL_NOUNS for t in clause) or _day_of_saying(tokens, k, first):
        return False
    for j, t in enumerate(clause):
        after = clause[j + 1].lower if j + 1 < len(clause) else ""
        if (t.lower in lx.EVENT_HAPPENING_VERBS and not after.endswith("ing")) \
                or f"{t.lower} {after}" in lx.EVENT_HAPPENING_PHRASES:
            return True  # not "began burying the dead on Friday"
    # "the collapse on Tuesday": the event's noun right before "on" and the weekday
    return k >= 2 and tokens[k - 1].lower in lx.EVENT_DATE_LINKS \
        and tokens[k - 2].lower in lx.DATED_EVENT_NOUNS


def _day_of_saying(tokens: list[Token], k: int, first: int) -> bool:
    """Whether the weekday at ``k`` is the day of a saying: a verb of saying shortly before it
    with no event's verb between ("the agency said in a report on Friday", "told reporters on
    Friday"), not "officials said the boat sank on Thursday"."""
    for j in range(k - 1, max(first, k - _SAYING_REACH) - 1, -1):
        word = tokens[j].lower
        if word in lx.EVENT_HAPPENING_VERBS:
            return False
        if word in lx.SAY_VERBS:
            return True
    return False


_SAYING_REACH = 5  # tokens from a verb of saying to the weekday that dates it
_CLAUSE_ENDS = frozenset(";:—–")
