"""The date a figure refers to ("by Monday", "on June 14", "In 1990").

Our own patterns find candidate phrases in the sentence; weekdays and "yesterday" are
counted back from the publication date here, explicit dates go to ``dateparser.parse``
(English only, the publication date as the base, cached). A date after publication is
dropped (the article was updated, or it is a plan), a date after "since" starts a running
toll and is not its date. Month-only and year-only dates keep their precision ("2013-08",
"1990"): a historical figure never takes today's date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from . import lexicon as lx
from .numbers import parse_amount
from .text import Token

_FUTURE = lx.FUTURE_WORDS
_CLAUSE_REACH = 60  # tokens: a date further from its figure than this is another clause's
_DATE_STARTS = (frozenset(lx.WEEKDAYS) | frozenset(lx.MONTHS) | frozenset(lx.RELATIVE_DAYS)
                | frozenset(lx.UNITS) | {lx.EARLIER_THIS_MONTH[0], "last", "a", "the"})


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # token index
    end: int
    iso: str  # "2010-06-14", "2013-08" or "1990"
    cumulative: bool  # "by Monday", "as of Friday"
    # "last month's quake": the date of an event, not of a count ("killed at least 8,046" is
    # the toll now); events.py reads it, DateIndex does not
    event_only: bool = False
    # "Tuesday's blast", "the February 6 earthquake": the day names an event (a figure said
    # earlier than the article is not of that day: date_for)
    names_event: bool = False
    # "the crash on Friday", "the quakes that struck on Saturday": the day follows its event
    # noun; it yields to a later day the figure's clause gives ("the government on Sunday
    # revised the toll in the crash on Friday to 275": Sunday)
    after_event: bool = False
    # "comes three years after a dam burst ...", "the worst since 2014, when a ferry sank ...":
    # the date of another event, told after it; it dates only the figures after it
    ahead_only: bool = False

    @property
    def dates_event(self) -> bool:
        """Whether the day is an event's ("Tuesday's blast", "the crash on Friday")."""
        return self.names_event or self.after_event


def parse_published(value: str | None) -> dt.date | None:
    """An ISO date or date-time (as the contract allows) to a date; None if it is not one."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def period_end(iso: str) -> dt.date:
    """The last day an ISO date of any precision can mean: "1990" -> 1990-12-31."""
    if len(iso) >= 10:
        return dt.date.fromisoformat(iso[:10])
    if len(iso) == 7:
        year, month = int(iso[:4]), int(iso[5:7])
        return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(int(iso[:4]), 12, 31)


def period_start(iso: str) -> dt.date:
    """The first day an ISO date of any precision can mean: "2015-04" -> 2015-04-01."""
    if len(iso) >= 10:
        return dt.date.fromisoformat(iso[:10])
    return dt.date(int(iso[:4]), int(iso[5:7]) if len(iso) >= 7 else 1, 1)


def find_dates(tokens: list[Token], published: dt.date | None, year: int | None = None,
               week_of: dt.date | None = None, starts: list[DateMention] | None = None) -> list[DateMention]:
    """Date phrases in a sentence that can date a figure. ``year`` completes a day without a
    year ("as of June 19") in an article without a publication date; ``week_of``, in such an
    article, is the first day of the week its weekdays fall in (``Article.event_week``).
    ``starts``, when given, receives the days running counts start at ("since May", "since
    the protests began on June 18", "in the bout that began nine days ago"): no figure's date,
    but the start of its count (``count_start``)."""
    out: list[DateMention] = []
    period_start = -1  # where the start of a period ("between Sept. 20 and ...") ended
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind == "punct" or (tok.kind == "word" and tok.lower.removesuffix("'s") not in _DATE_STARTS):
            i += 1  # most tokens start no date: skip them without the full test
            continue
        found = _date_at(tokens, i, published, year, week_of)
        if found is None:
            i += 1
            continue
        end, iso = found
        # "on Tuesday, June 18": a date in apposition to its weekday takes the weekday's marker
        weekday = i >= 2 and tokens[i - 1].lower == "," and tokens[i - 2].lower in lx.WEEKDAYS
        marker = _marker(tokens, i - 2 if weekday else i)
        if marker in lx.PERIOD_STARTS:
            period_start = end
        # "from Sept. 20 to Dec. 31", "between Sept. 20, when it struck, and Dec. 31": a
        # count over a period is the count at its end
        period_end = period_start >= 0 and marker in lx.PERIOD_ENDS and i - period_start <= _PERIOD_REACH
        possessive = possessed(tokens[end - 1].lower) != tokens[end - 1].lower
        if _span_before(tokens, i) is not None \
                or (marker in lx.START_MARKERS and _ranked_since(tokens, i, end)):
            # "comes three years after a dam burst", "the worst since 2014, when a ferry sank"
            out.append(DateMention(i, end, iso, False, ahead_only=True))
        elif marker in lx.START_MARKERS and possessive:
            # "the toll from Saturday's earthquake": the event's date, not where a toll starts
            out.append(DateMention(i, end, iso, False, True))
        elif marker == lx.SINCE or _began_since(tokens, i, marker) or _since_ago(tokens, i, end) \
                or _since_event(tokens, i):
            if starts is not None and (published is None or iso[:10] <= published.isoformat()):
                starts.append(DateMention(i, end, iso, False))  # "since May": where the count starts
        elif marker not in lx.START_MARKERS and marker not in lx.PERIOD_STARTS and not _future(tokens, i) \
                and not (marker in lx.UNTIL_MARKERS and tokens[i].lower in lx.WEEKDAYS):
            cumulative = marker in lx.CUMULATIVE_MARKERS or period_end
            if published is None or iso[:10] <= published.isoformat():
                # "last month's quake": the date of the event the figure is of, not of its count
                names_event = _names_event(tokens, end)
                event_only = (len(iso) < 10 and possessive) or (names_event and _past_event(iso, published))
                after_event = _event_noun_before(tokens, i) or _relative_event_clause(tokens, i) is not None
                out.append(DateMention(i, end, iso, cumulative, event_only, names_event, after_event))
        i = end
    return out


_PERIOD_REACH = 12  # tokens from a period's start to its end ("between Sept. 20, when ..., and")


_SINCE_REACH = 14  # tokens from "since" to the date of "since the ... protests began on"


def _began_since(tokens: list[Token], i: int, marker: str) -> bool:
    """"since the protests began on June 18", "in the latest bout that began nine days ago": the
    start of a running toll, not its date."""
    if marker not in lx.BEGIN_VERBS:
        return False
    verb = next((k for k in range(i - 1, max(-1, i - 3), -1) if tokens[k].lower == marker), None)
    return any(t.lower == "since" for t in tokens[max(0, i - _SINCE_REACH):i]) \
        or (verb is not None and verb > 0 and tokens[verb - 1].lower in lx.EVENT_RELATIVES)


def _since_event(tokens: list[Token], i: int) -> bool:
    """"13 bodies have been recovered since the train derailed at about 1 a.m. Saturday": a
    date in a "since" clause whose verb tells an event (a past verb, not one of saying: "since
    officials said on Monday" gives a reason) is where a running count starts, not its date."""
    for k in range(i - 1, max(-1, i - _SINCE_REACH), -1):
        if tokens[k].kind == "punct":
            return False
        if tokens[k].lower == "since":
            return any(t.lower in lx.SINCE_EVENT_VERBS or t.lower in lx.SINCE_ONLY_EVENT_VERBS or (
                t.lower.endswith(lx.PAST_SUFFIX) and t.lower not in lx.SAY_VERBS and not t.is_capitalized)
                for t in tokens[k + 1:i])
    return False


def _ranked_since(tokens: list[Token], i: int, end: int) -> bool:
    """"the worst disaster the country has seen since 2014, when a ferry sank": a date after a
    ranking's "since" that a clause of its own event follows is that event's date, not the
    start of a running toll ("the deadliest since 2015, killed 300" is one)."""
    if i == 0 or tokens[i - 1].lower != "since" or end + 1 >= len(tokens) or tokens[end].text != "," \
            or tokens[end + 1].lower not in lx.RANKED_SINCE_OPENERS:
        return False
    return any(t.lower in lx.RANKING_WORDS for t in tokens[max(0, i - 1 - lx.RANKED_SINCE_REACH):i - 1])


def _span_before(tokens: list[Token], i: int) -> int | None:
    """Months back from publication of the event that "comes three years after a dam burst",
    "it has been two years since floods" name at ``i`` (the count): the article's event, its
    verb before the span, stands that long after the other one. None where no such span is."""
    months = _counted(tokens, i, lx.AGO_MONTHS, lx.SPAN_BEFORE_LINKS)
    if months is None:
        return None
    k = i - 1
    while k >= 0 and tokens[k].lower in lx.SPAN_BEFORE_FILLERS:
        k -= 1
    return months if k >= 0 and tokens[k].lower in lx.SPAN_BEFORE_VERBS else None


def _since_ago(tokens: list[Token], i: int, end: int) -> bool:
    """"since it first intervened just over a year ago": the start of a running toll too."""
    if tokens[end - 1].lower not in lx.AGO_WORDS:
        return False
    for k in range(i - 1, max(-1, i - _SINCE_REACH), -1):
        if tokens[k].kind == "punct":
            return False
        if tokens[k].lower == "since":
            return True
    return False


_REFERENCE_YEAR = re.compile(
    r"\b(?:" + "|".join(sorted((m.capitalize() for m in lx.MONTHS), key=len, reverse=True))
    + r")\.?\s+(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b")


def reference_year(text: str) -> int | None:
    """The latest year the article writes with a month ("April 18, 2018", "June 2018"): the
    year of its days without one when the article carries no publication date."""
    years = [int(m.group(1)) for m in _REFERENCE_YEAR.finditer(text)]
    return max(years) if years else None


# "July 1", "July 1, 2019", "Jun. 15" (a short month with its full stop)
_MONTH_DAY = re.compile(
    r"\b(" + "|".join(sorted((m.capitalize() for m in lx.MONTHS if len(m) > 3), key=len, reverse=True))
    + "|" + "|".join(sorted(m.capitalize() + r"\." for m in lx.MONTHS if len(m) <= 4 and m != "may"))
    + r")\s+(\d{1,2})\b(?:,?\s+((?:19|20)\d\d)\b)?")


# "15th May 2014", "3 October 2013": the day first (a capitalised "May" after a day is the month)
_DAY_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(sorted((m.capitalize() for m in lx.MONTHS
                                                        if len(m) > 3 or m == "may"), key=len, reverse=True))
    + r")\b(?:,?\s+((?:19|20)\d\d)\b)?")


def latest_date(text: str, year: int | None) -> dt.date | None:
    """The latest day the article writes in full ("Monday, July 1", "15th May 2014"; its year
    written or the article's ``year``): an article without a publication date was written on
    it or after, so it stands in for that date."""
    days = []
    found = [(m.group(1), m.group(2), m.group(3)) for m in _MONTH_DAY.finditer(text)]
    found += [(m.group(2), m.group(1), m.group(3)) for m in _DAY_MONTH.finditer(text)]
    for month, day, written_year in found:
        written = int(written_year) if written_year else year
        if written is None:
            continue
        try:
            days.append(dt.date(written, lx.MONTHS[month.lower().rstrip(".")], int(day)))
        except ValueError:
            continue
    return max(days) if days else None


class DateIndex:
    """A sentence's date mentions, indexed by position, so that dating each of a sentence's
    figures costs the same however many figures and dates the sentence holds."""

    def __init__(self, mentions: list[DateMention], figure_ends: set[int]) -> None:
        self.mentions = sorted((m for m in mentions if not m.event_only), key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.cut = [m for m in self.mentions if m.cumulative]
        self.cut_starts = [m.start for m in self.cut]
        # a date right after a figure is that figure's ("up from 38 on Monday")
        self.owner = {id(m): None if m.ahead_only else next(
            (m.start - gap for gap in (0, 1, 2) if m.start - gap in figure_ends), None)
            for m in self.mentions}

    def __bool__(self) -> bool:
        return bool(self.mentions)


_MODIFIERS = 4  # tokens between a date and its event noun ("Saturday's devastating 7.8 quake")


_EVENT_PAST_DAYS = 2  # days after which "the February 6 earthquake" no longer dates its toll


def _names_event(tokens: list[Token], end: int) -> bool:
    """Whether the date ending at ``end`` modifies an event noun ("Tuesday's blast", "the
    February 6 earthquake"), not the day of a death ("the May 14 shooting death of") nor a day
    a preposition sets apart ("killed Friday in an ambush")."""
    noun = event_noun_after(tokens, end)
    if noun is None or (noun + 1 < len(tokens) and tokens[noun + 1].lower in lx.DEATH_NOUNS):
        return False
    return not any(t.lower in lx.PREPOSITIONS or t.lower in lx.DETERMINERS for t in tokens[end:noun])


def _event_noun_before(tokens: list[Token], i: int) -> bool:
    """"the crash on Friday", "the floods of 2010", "the fire on the night of June 14": the date
    at ``i`` follows its event noun."""
    if i >= 5 and tokens[i - 1].lower == "of" and tokens[i - 2].lower in lx.DAY_PARTS \
            and tokens[i - 3].lower == "the" and tokens[i - 4].lower in lx.EVENT_DATE_LINKS:
        i -= 3
    if i >= 1 and tokens[i].lower in lx.RELATIVE_PAST and _is_event_noun(tokens[i - 1]):
        return True  # "the wildfires last month", "an attack last week"
    return i >= 2 and tokens[i - 1].lower in lx.EVENT_DATE_LINKS and _is_event_noun(tokens[i - 2])


def _is_event_noun(tok: Token) -> bool:
    return tok.lower in lx.DATED_EVENT_NOUNS or possessed(tok.lower) in lx.DATED_EVENT_NOUNS


def _relative_event_clause(tokens: list[Token], i: int) -> int | None:
    """"the quakes that struck western Afghanistan on Saturday", "the crash, which happened
    on Friday": where the relative clause on an event noun that holds the date at ``i``
    opens (the index of "that", "which"), else None."""
    for k in range(i - 1, max(-1, i - _EVENT_CLAUSE_REACH), -1):
        tok = tokens[k]
        if tok.lower in lx.EVENT_RELATIVES:
            j = k - 1 if k > 0 and tokens[k - 1].text == "," and tok.lower == "which" else k
            return k if j >= 1 and _is_event_noun(tokens[j - 1]) else None
        if tok.text in {",", ";", ":"} or tok.lower in lx.CLAUSE_BREAKS:
            return None
    return None


def _past_event(iso: str, published: dt.date | None) -> bool:
    """"31,643 had died after the February 6 earthquake" in an article of February 13: a day
    that names an event (``_names_event``) more than ``_EVENT_PAST_DAYS`` before publication
    dates the event, not the count, which is the toll as the article knows it ("Saturday's
    shooting killed two", the next day, is that day's)."""
    if published is None or len(iso) != 10:
        return False
    return (published - dt.date.fromisoformat(iso)).days > _EVENT_PAST_DAYS


def event_noun_after(tokens: list[Token], j: int) -> int | None:
    """The event noun a date at ``j`` modifies ("Saturday's devastating quake", "the 2004
    tsunami's toll"): its index, else None."""
    for k in range(j, min(len(tokens), j + _MODIFIERS + 1)):
        tok = tokens[k]
        if tok.lower in lx.DATED_EVENT_NOUNS or possessed(tok.lower) in lx.DATED_EVENT_NOUNS:
            return k
        if (tok.kind == "punct" and tok.text not in ".-") or tok.lower in lx.EVENT_CLAUSE_OPENERS:
            return None  # "rose to 50 on Thursday after a bus crash": the day is the count's
    return None


_JOINS = frozenset({"and", ","})  # the words that join an English list of figures


def said_earlier(words: list[str], first: int, starts: list[int], markers: frozenset[str],
                 anchored: bool = False, keeping: frozenset[str] = frozenset(),
                 joins: frozenset[str] = _JOINS, breaks: frozenset[str] = frozenset()) -> bool:
    """Whether the text places the figure at token ``first`` before its publication: a marker
    ("earlier", "previously"; "ранее") before it in its sentence with no other figure between
    (``starts``: the first tokens of the sentence's figures, in order; ``words``: its lowered tokens), or
    the pluperfect right before it ("the toll had been 255"; not after a past verb of saying,
    "the agency said the toll had climbed to 1,763"). "The toll, which had earlier
    stood at 50, rose to 64": 50, not 64. A sentence ``anchored`` by a cut-off ("By Tuesday,
    the toll had climbed to 1,053", "as of Monday the toll had reached 900") gives the
    figure as of that day: its pluperfect places it at the day, not before it. A verb of
    ``keeping`` before the marker keeps the figure that day ("stuck with its previous total").
    A list joined by ``joins`` goes back with its first figure, unless a word of ``breaks``
    (another language's auxiliaries: "initialement de 22 morts, est passé à 31") opens a clause."""
    n = bisect.bisect_left(starts, first)  # the figures before this one (``starts`` is in order)
    since = starts[n - 1] + 1 if n else 0
    marked = [k for k in range(since, first) if words[k] in markers
              or (words[k] in lx.FIRST_WORDS and words[k + 1] in lx.FIRST_COUNT_NOUNS)]
    if marked and any(w in keeping for w in words[max(since, marked[-1] - _KEPT_REACH):marked[-1]]):
        return False  # "the UN stuck with its previous total of 111,481": still its figure that day
    if marked:
        return True
    near = words[max(since, first - lx.PLUPERFECT_REACH):first]
    if not anchored and lx.PLUPERFECT in near:
        # "the agency said the toll had climbed to 1,763": the tense a past verb of saying
        # shifts, the count when it spoke
        had = max(since, first - lx.PLUPERFECT_REACH) + near.index(lx.PLUPERFECT)
        # the verb of saying may open the list the figure ends ("said 266 people had died and
        # 407 were injured")
        if not any(w in lx.BACKSHIFT_VERBS for w in words[_list_opening(words, starts, n, since):had]) \
                or any(w in lx.EARLIER_AFTER for w in words[first:first + _EARLIER_AFTER_REACH]):
            return True  # "said the toll had been 255 before it was revised": earlier still
    # the next figures of one list after the marker ("Earlier reports indicated 217 people
    # were killed and 89 missing"): the list's figures go back with its first
    k, end = n, first
    while k > max(0, n - _LIST_REACH) and _list_joined(words[starts[k - 1]:end], joins, breaks):
        k, end = k - 1, starts[k - 1]
        since = starts[k - 1] + 1 if k else 0
        if any(w in markers for w in words[since:end]):
            return True
    return False


def overtaken_later(words: list[str], last: int, starts: list[int], contrasts: frozenset[str],
                    later: frozenset[str], spans: frozenset[str]) -> bool:
    """"Relatives spoke of nearly 100 missing, but a week later officials said 64": a figure
    the sentence's contrast clause sets in a later time is the earlier word (the same in
    Russian: "..., но через несколько дней СК объявил"). ``last`` ends the figure; the
    contrast must come before the sentence's next figure (there must be one), the later time
    within ``_LATER_REACH`` words of it: a word of ``later`` ("later", "через"), or a span of time
    (``spans``: "days", "week") followed by "after" or "later"."""
    n = bisect.bisect_left(starts, last)
    if n >= len(starts):
        return False  # no later figure: "12 were killed, but police later said the toll could rise"
    end = starts[n]
    for k in range(last, end):
        if words[k] not in contrasts:
            continue
        ahead = words[k + 1:min(end, k + 1 + _LATER_REACH)]
        return any(w in later or (w in spans and j + 1 < len(ahead) and ahead[j + 1] in _AFTER_WORDS)
                   for j, w in enumerate(ahead))
    return False


_LATER_REACH = 4  # words from "but" to its later time ("but a week later")
_AFTER_WORDS = frozenset({"after", "later"})
_EARLIER_AFTER_REACH = 4  # tokens after a figure that may hold "before" ("255 before it was revised")
_KEPT_REACH = 4  # words from a verb of keeping to the marker ("stuck with its previous")
_LIST_REACH = 8  # figures of one list looked back over (a hostile sentence holds thousands)
_LIST_GAP_WORDS = 12  # words from one list item to the next at most


def _list_opening(words: list[str], starts: list[int], n: int, since: int) -> int:
    """Where the clause opens of the list that ends with the ``n``-th figure (whose own clause
    opens at ``since``): past the figures before it that one list joins to it."""
    k, end = n, starts[n] if n < len(starts) else len(words)
    while k > max(0, n - _LIST_REACH) and _list_joined(words[starts[k - 1]:end]):
        k, end = k - 1, starts[k - 1]
        since = starts[k - 1] + 1 if k else 0
    return since


def _list_joined(gap: list[str], joins: frozenset[str] = _JOINS,
                 breaks: frozenset[str] = frozenset()) -> bool:
    """Words from one figure to the next of one list: joined by "and" or a comma (``joins``),
    with no word that moves the time on ("but now", "while", a verb of saying; ``breaks``)."""
    # a passive verb of saying is the figure's predicate ("40 were reported dead, 30 injured")
    return len(gap) <= _LIST_GAP_WORDS and any(w in joins for w in gap) and not any(
        w in lx.TIME_SHIFTS or w in breaks or (w in lx.SAY_VERBS and not (k and gap[k - 1] in lx.BE_WORDS))
        for k, w in enumerate(gap))


def date_for(index: DateIndex, tokens: list[Token], first: int, last: int,
             earlier: bool = False) -> tuple[str, str]:
    """(date, rule) of the figure at tokens[first:last]: a cut-off date ("by Monday") anywhere
    in the sentence ("cut_off"), else the date right after the figure ("right_after"), else
    the nearest date in the figure's own clause ("nearest_in_clause"; of two joined days the
    later: "later_day"), else empty ("no_date", "none_in_clause"). A date right after another
    figure is that figure's."""
    if not index:
        return "", "no_date"
    if index.cut:
        k = bisect.bisect_left(index.cut_starts, first)
        near = index.cut[max(0, k - 1):k + 1]
        return min(near, key=lambda m: abs(m.start - first)).iso, "cut_off"
    lo, hi = _clause(tokens, first, last)
    window = index.mentions[bisect.bisect_left(index.starts, lo):bisect.bisect_left(index.starts, hi)]
    same = [m for m in window if index.owner[id(m)] in (None, last) and not _behind(tokens, m, first)
            and not _event_of_running_toll(tokens, m, first) and not (earlier and m.names_event)
            and not _in_event_clause(tokens, m, first) and not _outside_relative_clause(tokens, m, first)
            and not _event_after_state(tokens, m, last)]
    # "the government on Sunday revised the toll in the crash on Friday": the event's day
    # yields to a later day of the figure's clause (the day of the count)
    counts = [m.iso for m in same if not m.dates_event and len(m.iso) == 10]
    if counts:
        same = [m for m in same if not (m.dates_event and len(m.iso) == 10 and max(counts) > m.iso)]
    if not same:
        shared = [m for m in window if m.start > last and not m.ahead_only
                  and _coordinated(tokens, last, m.start) and not _event_of_running_toll(tokens, m, first)]
        if shared:  # "seven died and 50 were injured on Saturday": one date for both
            return shared[0].iso, "coordinated"
        return "", "none_in_clause"
    right_after = [m for m in same if 0 <= m.start - last <= 2]
    if right_after:  # "77 on Sunday, up from 37 a day earlier": each figure its own date
        return _finer(same, right_after[0], tokens).iso, "right_after"
    nearest = min(same, key=lambda m: min(abs(m.start - first), abs(m.start - last)))
    nearest = _finer(same, nearest, tokens)
    joined = [m for m in same if m is not nearest and 0 < m.start - nearest.end <= 2
              and tokens[nearest.end].lower == "and"]
    if joined and len(joined[0].iso) == len(nearest.iso):
        return max(nearest.iso, joined[0].iso), "later_day"  # "on Saturday and Sunday"
    return nearest.iso, "nearest_in_clause"


def _behind(tokens: list[Token], mention: DateMention, first: int) -> bool:
    """Whether a date of another event told after it (``DateMention.ahead_only``) misses the
    figure at ``first``: a figure before it ("The collapse, which killed 40, comes three years
    after ..."), or one after the clause it opens has closed ("since 2010, when 90 died, and it
    killed 120")."""
    if not mention.ahead_only:
        return False
    if mention.end > first:
        return True
    return any(tokens[k].text == "," and tokens[k + 1].lower in lx.CONJUNCTIONS
               for k in range(mention.end, first - 1))


def _finer(same: list[DateMention], mention: DateMention, tokens: list[Token]) -> DateMention:
    """"died nearly six months ago, on March 1": of a date and its apposition, the finer."""
    return next((m for m in same if 0 < m.start - mention.end <= 2 and len(m.iso) > len(mention.iso)
                 and all(t.lower in {",", "on"} for t in tokens[mention.end:m.start])), mention)


def _event_of_running_toll(tokens: list[Token], mention: DateMention, first: int) -> bool:
    """"The toll from the bombing on July 3 has reached 324": a date before a toll that has
    risen since dates the event, not the count, which runs to the time of writing; so does a
    date that names the event of a toll that moved or stands now ("rose to 35,224 ... after the
    February 6 earthquake", "climbed to 160 since Tuesday's blast", "the death toll in last
    Sunday's attacks stands at nearly 253")."""
    if mention.end <= first and any(tokens[k].lower in lx.PERFECT_AUX and tokens[k + 1].lower in lx.TOLL_VERBS
                                    for k in range(mention.end, first)):
        return True
    if event_noun_after(tokens, mention.end) is not None and (
            any(tokens[k].lower in lx.TOLL_MOVES for k in range(max(0, first - _MOVE_REACH), first))
            # a toll in the present after the date ("the toll in last Sunday's attacks stands at")
            or any(tokens[k].lower in lx.RUNNING_TOLL_VERBS
                   for k in range(max(mention.end, first - _MOVE_REACH), first))
            or _set_to(tokens, mention, first)):
        return True
    return _in_toll_subject(tokens, mention, first)


def _set_to(tokens: list[Token], mention: DateMention, first: int) -> bool:
    """"Sri Lanka raises death toll of Easter Sunday attacks to 253": a speaker's verb that sets
    the toll, shortly before the event's date, and "to" before the figure."""
    return first >= 1 and tokens[first - 1].lower == "to" and mention.end <= first and any(
        tokens[k].lower in lx.TOLL_SETTING_VERBS
        for k in range(max(0, mention.start - _SET_REACH), mention.start))


_SET_REACH = 5  # tokens from the verb that sets a toll to the event's date ("raises death toll of")


def _in_toll_subject(tokens: list[Token], mention: DateMention, first: int) -> bool:
    """"The death toll from the fire on the night of June 14 is now 79", "the number of people
    killed by the explosions of 4 August reached 180": a date after the event noun of a toll's
    own subject, before its verb, dates the event; the toll stands at the time of writing. A
    toll that "was" or "stood" at a figure keeps the date (the count of that day)."""
    if not mention.after_event or mention.end > first:
        return False
    # the verb after the date, up to the toll's figure (which may be another than this one:
    # "reached at least 180, with over 6,500 injured")
    stop = next((k for k in range(mention.end, min(len(tokens), mention.end + _VERB_REACH))
                 if parse_amount(tokens, k) is not None), None)
    between = tokens[mention.end:stop] if stop is not None else []
    if not between or not all(t.lower in lx.TOLL_LINKS or t.lower in _QUALIFIER_WORDS for t in between) \
            or not any(t.lower in lx.RUNNING_TOLL_VERBS for t in between):
        return False
    for k in range(mention.start - 1, max(-1, mention.start - _SUBJECT_REACH), -1):
        if tokens[k].kind == "punct":
            return False
        if tokens[k].lower in lx.TOLL_NOUNS:
            return True
    return False


_VERB_REACH = 7  # tokens from the event's date to the toll's figure ("of 4 August reached at least 180")
_QUALIFIER_WORDS = frozenset(w for phrase in lx.QUALIFIERS_BEFORE for w in phrase.split())
_SUBJECT_REACH = 12  # tokens from a toll's noun to its event's date ("the number of people killed by ...")


def _outside_relative_clause(tokens: list[Token], mention: DateMention, first: int) -> bool:
    """"The quakes that struck on Saturday have killed 2,000": a date in a relative clause on
    an event noun, before a figure of the clause it hangs on, dates the event, not the figure
    (one the relative clause itself goes on to give, "... on Saturday and killed 2,000",
    keeps it)."""
    if not mention.after_event or mention.end > first:
        return False
    opener = _relative_event_clause(tokens, mention.start)
    if opener is None:
        return False
    between = tokens[mention.end:first]
    # "... on Saturday and killed 2,000", "... on Monday killing 17": the relative clause's own
    if any(t.lower in {"and", "or"} or t.lower.endswith("ing") for t in between):
        return False
    # "that struck on Saturday, killing 2,000": still the relative clause; ", which struck on
    # Saturday, has killed 2,000": an aside, closed by its comma
    return tokens[opener].lower == "which" or not any(t.text == "," for t in between)


_MOVE_REACH = 3  # tokens before a figure that may hold the verb its toll moved by ("rose to")


def _in_event_clause(tokens: list[Token], mention: DateMention, first: int) -> bool:
    """"Five weeks after the typhoon destroyed entire towns on November 8th, the agency put the
    toll at 6,009": a date in a clause that "after", "when" or "following" opens, set off by a
    comma before the figure's clause, dates the event, not the figure."""
    if mention.end > first or not any(t.text == "," for t in tokens[mention.end:first]):
        return False
    for k in range(mention.start - 1, max(-1, mention.start - _EVENT_CLAUSE_REACH), -1):
        if tokens[k].text in {",", ";", ":"}:
            return False
        if tokens[k].lower in lx.EVENT_CLAUSE_OPENERS:
            return True
    return False


_EVENT_CLAUSE_REACH = 14  # tokens from "after" to the date of its clause


_STATE_EVENT_REACH = 24  # tokens from "after" to the date of its clause, after the figure


def _event_after_state(tokens: list[Token], mention: DateMention, last: int) -> bool:
    """"215 people who remain missing after the ferry capsized on a foggy Wednesday morning": a
    date in an event's clause ("after", "when", "following") after a figure of a state that
    holds now (``STATE_NOW_VERBS``) dates the event; the count is as of the article. (Not after a
    toll that moved: "rose to 31 when two more victims died on Tuesday" is Tuesday's count.)"""
    if mention.start < last:
        return False
    if mention.after_event and any(t.lower in lx.STILL_WORDS for t in tokens[last:mention.start]):
        return True  # "66 people were still reported to be missing in the Maui wildfires last month"
    for k in range(mention.start - 1, max(last - 1, mention.start - _STATE_EVENT_REACH), -1):
        if tokens[k].text in {";", ":"}:
            return False
        if tokens[k].lower in lx.EVENT_CLAUSE_OPENERS:
            return any(t.lower in lx.STATE_NOW_VERBS for t in tokens[last:k])
    return False


def count_start(starts: list[DateMention], tokens: list[Token], first: int, last: int) -> str:
    """The day the count of the figure at tokens[first:last] starts at: the nearest start of a
    count in its clause ("67 since August 8", "seasonal rains have killed 200 since May"), or
    "" (a count of the whole event)."""
    lo, hi = _clause(tokens, first, last)
    near = [m for m in starts if lo <= m.start < hi]
    if not near:
        return ""
    return min(near, key=lambda m: min(abs(m.start - first), abs(m.start - last))).iso


def _coordinated(tokens: list[Token], last: int, date_start: int) -> bool:
    """The figure ending at last and the date owned by a later figure are one clause joined
    by "and" (no comma, no other break between): the date is both figures'."""
    between = tokens[last:date_start]
    return any(t.lower == "and" for t in between) and not any(t.kind == "punct" for t in between)


def _clause(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    lo = max(0, first - _CLAUSE_REACH)
    for k in range(first - 1, lo - 1, -1):
        if _breaks(tokens, k):
            lo = k + 1
            break
    hi = min(len(tokens), last + _CLAUSE_REACH)
    for k in range(last, hi):
        if k - last <= 2 and tokens[k].lower in {"who", "which", "that"}:
            continue  # "Robinson, who was shot dead yesterday": the figure's own clause
        if _breaks(tokens, k):
            hi = k
            break
    return lo, hi


def _breaks(tokens: list[Token], k: int) -> bool:
    word = tokens[k].lower
    if word not in lx.CLAUSE_BREAKS:
        return False
    if k > 0 and tokens[k - 1].lower in {"in", "during", "after"}:
        return False  # "a shooting Sunday night in which three people died": the same event
    # "said on Monday that ...": the reporting date still dates what is reported
    return not (word == "that" and any(t.lower in lx.SAY_VERBS for t in tokens[max(0, k - 4):k]))


def _marker(tokens: list[Token], i: int) -> str:
    k = i - 1
    while k >= 0 and tokens[k].lower in {"late", "early", "last", "on", "of", "the", "this", "in"}:
        if tokens[k].lower == "of" and k > 0 and tokens[k - 1].lower == "as":
            return "as"
        if tokens[k].lower == "on" and k > 0 and tokens[k - 1].lower in lx.CUMULATIVE_MARKERS:
            return tokens[k - 1].lower
        k -= 1
    return tokens[k].lower if k >= 0 else ""


def _future(tokens: list[Token], i: int) -> bool:
    return any(t.lower in _FUTURE for t in tokens[max(0, i - 4):i])


def _date_at(tokens: list[Token], i: int, published: dt.date | None,
             year: int | None = None, week_of: dt.date | None = None) -> tuple[int, str] | None:
    tok = tokens[i]
    word = tok.lower.removesuffix("'s")  # "Sunday's attacks"
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if word in lx.WEEKDAYS and len(word) > 3 and tok.is_capitalized:
        if published is None and week_of is not None:  # the week after its incident's event began
            ahead = (lx.WEEKDAYS[word] - week_of.weekday()) % 7
            return i + 1, (week_of + dt.timedelta(days=ahead)).isoformat()
        if published is None:
            return None
        back = (published.weekday() - lx.WEEKDAYS[word]) % 7
        return i + 1, (published - dt.timedelta(days=back)).isoformat()
    months = _months_ago(tokens, i)
    before = _span_before(tokens, i) if months is None else None
    if before is not None:  # "comes three years after a dam burst": to the month
        return (i + 2, _months_back(published, before)) if published is not None else None
    if months is not None:  # "a year ago", "two months ago": to the month
        return (i + 3, _months_back(published, months)) if published is not None else None
    ago = _days_ago(tokens, i)
    if ago is not None:
        if published is None:
            return None
        return i + 3, (published - dt.timedelta(days=ago)).isoformat()
    if tuple(t.lower for t in tokens[i:i + 3]) == lx.EARLIER_THIS_MONTH:
        return (i + 3, published.strftime("%Y-%m")) if published is not None else None
    if word == "the" and [t.lower for t in tokens[i + 1:i + 3]] == ["end", "of"]:
        return _end_of(tokens, i + 3, published)  # "through the end of 2017"
    earlier = _day_earlier(tokens, i) if word in {"a", "the"} else 0
    if earlier:
        if published is None:
            return None
        return i + earlier, (published - dt.timedelta(days=1)).isoformat()
    span = possessed(nxt.lower) if nxt is not None else ""
    if word == "last" and span in (lx.LAST_YEAR, lx.LAST_MONTH):  # "last month", "last month's quake"
        if published is None:
            return None
        if span == lx.LAST_YEAR:  # "last year": the year before publication, to the year
            return i + 2, str(published.year - 1)
        month = published.replace(day=1) - dt.timedelta(days=1)
        return i + 2, month.strftime("%Y-%m")  # "last month"
    if word in lx.RELATIVE_DAYS or (word == "last" and nxt is not None and nxt.lower == "night"):
        if published is None:
            return None
        shift = lx.RELATIVE_DAYS.get(word, -1)
        return i + (2 if word == "last" else 1), (published + dt.timedelta(days=shift)).isoformat()
    # "May" is a month before a day, or after "in", "since", "last" ("since May"), not a modal
    if word in lx.MONTHS and tok.is_capitalized and (word != "may" or _is_day(nxt) or (
            i > 0 and tokens[i - 1].lower in lx.BARE_MONTH_LINKS)):
        return _month_first(tokens, i, published, year)
    if tok.kind == "num" and _is_day(tok) and nxt is not None and nxt.lower in lx.MONTHS \
            and nxt.is_capitalized:
        return _day_first(tokens, i, published, year)
    if tok.year(1900) and i > 0 and tokens[i - 1].lower in {"in", "since", "during", "of"}:
        return i + 1, tok.text
    if tok.year(1900) and i > 0 and nxt is not None and nxt.kind == "word" and (
            (tokens[i - 1].lower == "the" and not nxt.is_capitalized)
            or (tokens[i - 1].lower in {"the", "a"} and event_noun_after(tokens, i + 1) is not None)):
        return i + 1, tok.text  # "the 2010 floods", "the 2018 Camp Fire", "a 2018 fire": the event's year
    if tok.year(1900) and nxt is not None and nxt.text in lx.LIST_ENTRY_MARKS and i + 2 < len(tokens) \
            and tokens[i + 2].kind == "num" and tokens[i + 2].year(1900) is None \
            and tok.end < nxt.start and nxt.end < tokens[i + 2].start:
        # a list of past events: "1990 - 1,426 pilgrims were killed in a tunnel" (a spaced
        # dash; "2018-05-29" is a day)
        return i + 2, tok.text
    return None


def possessed(word: str) -> str:
    """"month's" -> "month" (either apostrophe)."""
    return word.removesuffix("'s").removesuffix("\u2019s")


def _days_ago(tokens: list[Token], i: int) -> int | None:
    """Days counted back by "a week ago", "two days ago", "3 days ago" at i, else None."""
    return _counted_ago(tokens, i, lx.AGO_SPANS)


def _months_ago(tokens: list[Token], i: int) -> int | None:
    """Months counted back by "a year ago", "two months ago", "3 years ago" at i, else None."""
    return _counted_ago(tokens, i, lx.AGO_MONTHS)


def _months_back(published: dt.date, months: int) -> str:
    """The month (YYYY-MM) ``months`` before the publication's."""
    index = published.year * 12 + published.month - 1 - months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _counted_ago(tokens: list[Token], i: int, spans: Mapping[str, int]) -> int | None:
    """The count times the span of "N <unit> ago" at i, in the unit of ``spans``, else None."""
    return _counted(tokens, i, spans, lx.AGO_WORDS)


def _counted(tokens: list[Token], i: int, spans: Mapping[str, int], links: frozenset[str]) -> int | None:
    """The count times the span of "N <unit> <link>" at i ("three years ago", "three years
    after"), in the unit of ``spans``, else None."""
    if i + 2 >= len(tokens) or tokens[i + 2].lower not in links:
        return None
    span = spans.get(tokens[i + 1].lower)
    word = tokens[i].lower
    count = 1 if word in {"a", "one"} else lx.UNITS.get(word)
    if count is None and tokens[i].kind == "num" and tokens[i].text.isdigit():
        count = int(tokens[i].text)
    if span is None or count is None:
        return None
    return count * span


def _day_earlier(tokens: list[Token], i: int) -> int:
    """Length of "a day earlier", "the day before", "the previous day" at i, else 0."""
    words = " ".join(t.lower for t in tokens[i:i + 3])
    for phrase in lx.DAY_BEFORE_PHRASES:
        if words.startswith(phrase) and (len(words) == len(phrase) or words[len(phrase)] == " "):
            return len(phrase.split())
    return 0


def _is_day(tok: Token | None) -> bool:
    return tok is not None and tok.kind == "num" and tok.text.isdigit() and 1 <= int(tok.text) <= 31


def _year_at(tokens: list[Token], j: int) -> tuple[int, str] | None:
    if j < len(tokens) and tokens[j].lower == ",":
        j += 1
    if j < len(tokens) and tokens[j].year(1900):
        return j + 1, tokens[j].text
    return None


def _end_of(tokens: list[Token], j: int, published: dt.date | None) -> tuple[int, str] | None:
    """"the end of 2017" (the year's last day), "the end of May 2018" (the month's)."""
    if j < len(tokens) and tokens[j].year(1900):
        return j + 1, f"{tokens[j].text}-12-31"
    found = _month_first(tokens, j, published) if j < len(tokens) and tokens[j].lower in lx.MONTHS else None
    if found is None or len(found[1]) != 7:
        return None
    first = dt.date.fromisoformat(found[1] + "-01")
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return found[0], last.isoformat()


def _month_first(tokens: list[Token], i: int, published: dt.date | None,
                 year_hint: int | None = None) -> tuple[int, str] | None:
    j = i + 1
    if j < len(tokens) and tokens[j].lower == "." and tokens[j].start == tokens[i].end:
        j += 1
    month = tokens[i].text
    if _is_day(tokens[j] if j < len(tokens) else None):
        day = tokens[j].text
        year = _year_at(tokens, j + 1)
        end = year[0] if year else j + 1
        phrase = f"{month} {day} {year[1]}" if year else f"{month} {day}"
        iso = _parse(phrase, published, bool(year), year_hint)
        return (end, iso) if iso else None
    year = _year_at(tokens, j)
    if year:
        return year[0], f"{year[1]}-{lx.MONTHS[possessed(tokens[i].lower)]:02d}"
    if i > 0 and tokens[i - 1].lower in lx.BARE_MONTH_LINKS:
        # "a fire in November", "last November": the latest such month up to the article's date
        ref = published or (dt.date(year_hint, 12, 31) if year_hint else None)
        if ref is None:
            return None
        number = lx.MONTHS[possessed(tokens[i].lower)]
        return j, f"{ref.year - (number > ref.month)}-{number:02d}"
    return None


def _day_first(tokens: list[Token], i: int, published: dt.date | None,
               year_hint: int | None = None) -> tuple[int, str] | None:
    year = _year_at(tokens, i + 2)
    end = year[0] if year else i + 2
    phrase = f"{tokens[i].text} {tokens[i + 1].text}" + (f" {year[1]}" if year else "")
    iso = _parse(phrase, published, bool(year), year_hint)
    return (end, iso) if iso else None


def _parse(phrase: str, published: dt.date | None, has_year: bool, year_hint: int | None = None) -> str:
    if published is None and not has_year:
        if year_hint is None:
            return ""
        phrase, has_year = f"{phrase} {year_hint}", True  # "as of June 19" in an undated 2018 report
    day = _calendar(phrase, published) or _dateparser(phrase, published)
    if day is None:
        return ""
    if not has_year and published is not None and day > published + dt.timedelta(days=2):
        day = day.replace(year=day.year - 1)  # "June 14" read in January means last June
    return day.isoformat()


def _calendar(phrase: str, base: dt.date | None) -> dt.date | None:
    """"June 14", "14 June 2010", "Jan 5 2011": month, day and year read directly (a
    hundred times faster than dateparser, which stays for what this does not read)."""
    words = phrase.replace(",", " ").replace(".", " ").split()
    month = next((lx.MONTHS[w.lower()] for w in words if w.lower() in lx.MONTHS), None)
    numbers = [int(w) for w in words if w.isdigit()]
    if month is None or not numbers or len(words) != len(numbers) + 1:
        return None
    day, year = numbers[0], numbers[1] if len(numbers) > 1 else (base.year if base else None)
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@functools.lru_cache(maxsize=8192)
def _dateparser(phrase: str, base: dt.date | None) -> dt.date | None:
    import dateparser  # heavy import, only when a date phrase is met

    settings: dict[str, object] = {"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed else None
