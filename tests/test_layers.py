"""Table tests per layer, so that a failing example names the layer that broke, not only the
sentence: numbers (``parse_amount``), noise (``is_noise``), dates (``date_for``) and
attribution (``attribute``). The sentence tables (examples.py, test_context.py) test the
layers together.

Rows are grouped by the kind of text they stand for (wire copy, local crime news,
humanitarian reports, and forms of our own); every sentence was written for these tests.
The input is the test id; known failures are strict xfails.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extractor.attribution import attribute, find_frames
from tracker.extractor.dates import DateIndex, date_for, find_dates
from tracker.extractor.noise import is_noise
from tracker.extractor.numbers import parse_amount
from tracker.extractor.text import Token, tokenize

PUBLISHED = dt.date(2016, 3, 9)  # a Wednesday


def _tokens(text: str) -> list[Token]:
    return tokenize(text)


def _at(tokens: list[Token], word: str) -> int:
    """Index of the first token that is ``word``."""
    return next(k for k, t in enumerate(tokens) if t.text == word)


def _span(tokens: list[Token], text: str, phrase: str) -> tuple[int, int]:
    """(first, last) token indexes of ``phrase`` in ``text``."""
    start = text.index(phrase)
    end = start + len(phrase)
    inside = [k for k, t in enumerate(tokens) if t.start >= start and t.end <= end]
    return inside[0], inside[-1] + 1


def _params(groups: dict[str, list[tuple[object, ...]]], known: list[tuple[object, ...]]) -> list[object]:
    rows: list[object] = [pytest.param(*row, id=f"{origin}: {row[0]}")
                          for origin, table in groups.items() for row in table]
    rows += [pytest.param(*row, id=f"known failure: {row[0]}", marks=pytest.mark.xfail(strict=True))
             for row in known]
    return rows


# ---------------------------------------------------------------- numbers: parse_amount

# (sentence, the token the amount starts at, (value, low, high, kind) or None)
AMOUNTS = {
    "wire copy": [
        ("At least 1,500 people were killed.", "1,500", (1500, 1500, 1500, "exact")),
        ("The flood displaced 1.5 million people.", "1.5", (1500000, 1500000, 1500000, "exact")),
        ("Twenty-four civilians died.", "Twenty-four", (24, 24, 24, "exact")),
        ("Dozens of people were wounded.", "Dozens", (None, 12, 99, "vague")),
        ("Between 20 and 30 people died.", "Between", (None, 20, 30, "range")),
        ("Hundreds of families fled.", "Hundreds", (None, 100, 999, "vague")),
        ("The 7.8 magnitude quake hit the coast.", "7.8", None),  # a decimal without a scale
        # "700 hundred" is a slip for 700 (the digits already hold the hundreds); "20 hundred" is 2,000
        ("A pilgrim was one of over 700 hundred killed.", "700", (700, 700, 700, "exact")),
        ("Some 20 hundred people were killed.", "20", (2000, 2000, 2000, "exact")),
    ],
    "local news": [
        ("A man was shot on Main Street.", "A", (1, 1, 1, "single")),
        ("Two men were arrested.", "Two", (2, 2, 2, "exact")),
        ("Another was wounded.", "Another", (1, 1, 1, "single")),
    ],
    "humanitarian reports": [
        ("Some 12,000 people have fled their homes.", "12,000", (12000, 12000, 12000, "exact")),
        ("Nearly 2,000 families were displaced.", "2,000", (2000, 2000, 2000, "exact")),
    ],
}
KNOWN_AMOUNTS: list[tuple[object, ...]] = []


@pytest.mark.parametrize(("text", "word", "expected"), _params(AMOUNTS, KNOWN_AMOUNTS))
def test_parse_amount(text: str, word: str,
                      expected: tuple[int | None, int | None, int | None, str] | None) -> None:
    tokens = _tokens(text)
    amount = parse_amount(tokens, _at(tokens, word))
    got = None if amount is None else (amount.value, amount.low, amount.high, amount.kind)
    assert got == expected


# ---------------------------------------------------------------- noise: is_noise

# (sentence, the token the amount starts at, is it noise)
NOISE = {
    "wire copy": [
        ("The UN appealed for $50 million in aid.", "50", True),
        ("Turnout was 45 percent.", "45", True),
        ("At least 22 people were killed.", "22", False),
        ("The quake struck at 11:56.", "11", True),
    ],
    "local news": [
        ("The victim, 23, was shot in the leg.", "23", True),
        ("Police were called at 3:15 a.m.", "3", True),
        ("Two men were shot.", "Two", False),
        ("Call 555-1234 with information.", "555", True),
    ],
    "humanitarian reports": [
        ("Some 40% of the population fled.", "40", True),
        ("About 3,000 people are in shelters.", "3,000", False),
    ],
}
KNOWN_NOISE: list[tuple[object, ...]] = []


@pytest.mark.parametrize(("text", "word", "noise"), _params(NOISE, KNOWN_NOISE))
def test_is_noise(text: str, word: str, noise: bool) -> None:
    tokens = _tokens(text)
    amount = parse_amount(tokens, _at(tokens, word))
    assert amount is not None
    assert is_noise(tokens, amount) is noise


# ---------------------------------------------------------------- dates: date_for

# (sentence, the figure phrase, (as_of, rule)); published on Wednesday 2016-03-09
DATES = {
    "wire copy": [
        ("At least 22 people were killed on Sunday, a monitor said.", "22 people",
         ("2016-03-06", "nearest_in_clause")),
        ("The toll rose to 77 on Sunday.", "77", ("2016-03-06", "right_after")),
        ("The death toll rose to 46 by Tuesday.", "46", ("2016-03-08", "cut_off")),
        ("Six people were killed on Saturday and Sunday.", "Six people", ("2016-03-06", "later_day")),
        ("On Monday, 12 soldiers were killed.", "12 soldiers", ("2016-03-07", "nearest_in_clause")),
        ("Twelve soldiers were killed.", "Twelve soldiers", ("", "no_date")),
        ("The toll of 90 is up from 41 reported a week ago.", "41",
         ("2016-03-02", "right_after")),
        ("Two days ago, 15 people were killed in the clashes.", "15 people",
         ("2016-03-07", "nearest_in_clause")),
        ("Earlier this month, 60 people were killed in the floods.", "60 people",
         ("2016-03", "nearest_in_clause")),
        ("Officials said 3 weeks ago that 200 homes were destroyed.", "200 homes",
         ("2016-02-17", "nearest_in_clause")),
    ],
    "local news": [
        ("Two men were shot Monday night in Houston.", "Two men", ("2016-03-07", "right_after")),
        ("A man was shot on March 2, police said.", "A man", ("2016-03-02", "nearest_in_clause")),
    ],
    "humanitarian reports": [
        ("Last year, 3,000 people were displaced.", "3,000 people", ("2015", "nearest_in_clause")),
    ],
}
KNOWN_DATES: list[tuple[object, ...]] = []


@pytest.mark.parametrize(("text", "phrase", "expected"), _params(DATES, KNOWN_DATES))
def test_date_for(text: str, phrase: str, expected: tuple[str, str]) -> None:
    tokens = _tokens(text)
    first, last = _span(tokens, text, phrase)
    index = DateIndex(find_dates(tokens, PUBLISHED), {last})
    assert date_for(index, tokens, first, last) == expected


# ---------------------------------------------------------------- attribution: attribute

# (sentence, the figure phrase, (source, via, rule))
ATTRIBUTION = {
    "wire copy": [
        ("Floods have killed 40 people, the Health Ministry said.", "40 people",
         ("Health Ministry", "", "say_frame")),
        ("According to the UN, 12,000 people have fled their homes.", "12,000 people",
         ("UN", "", "according_frame")),
        ("A community leader told Reuters that 300 people were killed.", "300 people",
         ("A community leader", "Reuters", "say_frame")),
        ("Rebels reported, citing doctors, that 31 civilians were wounded.", "31 civilians",
         ("doctors", "Rebels", "citing_frame")),
        ("The storm left 3 people dead.", "3 people", ("", "", "no_frame")),
    ],
    "local news": [
        ("Police said two men were arrested near the border.", "two men", ("Police", "", "say_frame")),
    ],
    "humanitarian reports": [
        ("About 700 people were killed in the city alone, Interfax reported.", "700 people",
         ("Interfax", "", "relay_frame")),
    ],
}
KNOWN_ATTRIBUTION: list[tuple[object, ...]] = [
    # comma-less wire text glues the adverb into the speaker's name
    ("Dozens of people were killed an NGO however said.", "Dozens of people", ("an NGO", "", "say_frame")),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), _params(ATTRIBUTION, KNOWN_ATTRIBUTION))
def test_attribute(text: str, phrase: str, expected: tuple[str, str, str]) -> None:
    tokens = _tokens(text)
    first, _ = _span(tokens, text, phrase)
    assert attribute(find_frames(tokens), first) == expected
