"""Amounts of people as written: "1,500", "1.5 million", "one hundred and twenty-four",
"two dozen", "dozens", "several hundred", "tens of thousands", "between 10 and 20".

The parser works on tokens (``text.Token``) so the extractor knows exactly which words a
figure took. Vague words become intervals by the rule in ``lexicon.VAGUE_UNITS``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from .text import Token

RANGE_JOINERS = lx.RANGE_JOINERS
MAX_DIGITS = 15
# "5.000", "10.915": groups of three digits after dots are thousands (European style); a
# decimal ("1.5") that is not a whole number is no count of people anyway
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
# "1 100", "12 500": a plain space between groups of three digits (the SI style, common on
# the web) joins them into one number, after a first group of one to three digits and not
# after a month ("March 3 100 people": a date, then a figure)
_GROUP_HEAD = re.compile(r"[1-9]\d{0,2}")
_GROUP = re.compile(r"\d{3}")
_SCALE_WORDS = frozenset(lx.SCALES) | frozenset(lx.DOZEN)  # "million", "dozen": not "a" alone


@dataclass(frozen=True, slots=True)
class Amount:
    """A figure spanning tokens[start:end]."""

    start: int
    end: int
    value: int | None
    low: int | None
    high: int | None
    kind: str  # "exact", "single" (a/an/another/both), "vague", "range"


def parse_amount(tokens: list[Token], i: int) -> Amount | None:
    """The amount that starts at token i, or None."""
    tok = tokens[i]
    if tok.lower == "between":
        return _between(tokens, i)
    fraction = _fraction(tokens, i)
    if fraction is not None:
        value, end = fraction
        return Amount(i, end, value, value, value, "exact")
    if tok.lower in lx.SINGLE_WORDS and _next_lower(tokens, i) not in _SCALE_WORDS:
        if tok.lower == "one":
            return Amount(i, i + 1, 1, 1, 1, "exact")
        if i + 1 < len(tokens) and (tokens[i + 1].kind == "num" or _next_is_number_word(tokens, i)) \
                and _next_lower(tokens, i + 1) != "-":
            return None  # "another 12", "an estimated": the number that follows is the figure
        if tok.lower == "a" and _next_lower(tokens, i) in lx.VAGUE_MULTIPLIERS:
            inner = _vague(tokens, i + 1)
            return None if inner is None else Amount(i, inner.end, None, inner.low, inner.high, "vague")
        n = lx.SINGLE_WORDS[tok.lower]
        return Amount(i, i + 1, n, n, n, "single")
    first = _exact(tokens, i)
    if first is None:
        return _vague(tokens, i)
    value, end = first
    if end < len(tokens) and tokens[end].lower in RANGE_JOINERS and (
            _prev_lower(tokens, i) != "from" or _prev_lower(tokens, i - 1) in lx.RANGING_WORDS):
        second = _exact(tokens, end + 1) if end + 1 < len(tokens) else None
        if second is not None and _is_range(tokens, end, value, second[0]):
            return Amount(i, second[1], None, value, second[0], "range")
    return Amount(i, end, value, value, value, "exact")


def _fraction(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """A fraction of a scale word at i: "half a million" (500,000), "a quarter of a million"
    (250,000), "three quarters of a million" (750,000)."""
    j, numerator = i, 1
    word = tokens[i].lower
    if word in {"a", "one"}:
        j += 1
    elif word in lx.UNITS and lx.UNITS[word] > 1:
        numerator = lx.UNITS[word]
        j += 1
    if j >= len(tokens) or tokens[j].lower not in lx.FRACTIONS:
        return None
    denominator = lx.FRACTIONS[tokens[j].lower]
    j += 1
    if _next_lower(tokens, j - 1) == "of":
        j += 1
    if _next_lower(tokens, j - 1) != "a" or _next_lower(tokens, j) not in lx.SCALES:
        return None
    scale = lx.SCALES[tokens[j + 1].lower]
    return (numerator * scale + denominator // 2) // denominator, j + 2


def _is_range(tokens: list[Token], joiner: int, low: int, high: int) -> bool:
    # "9-1-1" and "570-7244" are numbers, not ranges; "10-20" and "two or three" are.
    if not low < high:
        return False
    if tokens[joiner].lower in {"-", "–", "—"}:
        if tokens[joiner].start != tokens[joiner - 1].end or high >= 1000:
            return False
        after = joiner + 2
        if after < len(tokens) and tokens[after].lower in {"-", "–"}:
            return False
    return True


def _between(tokens: list[Token], i: int) -> Amount | None:
    first = _exact(tokens, i + 1) if i + 1 < len(tokens) else None
    if first is None or first[1] >= len(tokens) or tokens[first[1]].lower not in {"and", "to", "-"}:
        return None
    second = _exact(tokens, first[1] + 1) if first[1] + 1 < len(tokens) else None
    if second is None or second[0] <= first[0]:
        return None
    return Amount(i, second[1], None, first[0], second[0], "range")


def _exact(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """(value, end) of an exact number at i: digits (with scale words) or number words."""
    tok = tokens[i]
    if tok.kind == "num":
        if len(tok.text) > MAX_DIGITS:
            return None  # no toll has so many digits: an identifier, or garbage
        end = i + 1
        grouped = _space_groups(tokens, i)
        if grouped is not None:
            return grouped
        scale = _scale_at(tokens, end)
        if not scale and _DOT_THOUSANDS.fullmatch(tok.text):
            return int(tok.text.replace(".", "")), end  # "5.000 people": a dot between thousands
        number = float(tok.text.replace(",", ""))
        if scale:
            # "over 700 hundred killed": a slip for 700 (no one writes 70,000 so), unlike "20 hundred"
            number *= scale if not (scale == _HUNDRED and number >= _HUNDRED) else 1
            end += 1
        if abs(number - round(number)) > 1e-6:
            return None  # 1.5 without a scale word is a measurement, not people
        return round(number), end
    if tok.kind == "word":
        return _words(tokens, i)
    return None


_HUNDRED = 100


def _space_groups(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """(value, end) of digit groups parted by single spaces from i ("1 100": 1,100), or None."""
    if not _GROUP_HEAD.fullmatch(tokens[i].text) or _prev_lower(tokens, i) in lx.MONTHS:
        return None
    j, text = i + 1, tokens[i].text
    while j < len(tokens) and tokens[j].kind == "num" and _GROUP.fullmatch(tokens[j].text) \
            and tokens[j].start == tokens[j - 1].end + 1:
        text += tokens[j].text
        j += 1
    if j == i + 1 or (j < len(tokens) and tokens[j].kind == "num"):
        return None  # one group alone, or a run of numbers that are no one figure
    return int(text), j


def _scale_at(tokens: list[Token], i: int) -> int:
    if i >= len(tokens):
        return 0
    word = tokens[i].lower
    if word in lx.SCALES:
        return lx.SCALES[word]
    if word in lx.SCALE_ABBREVIATIONS and tokens[i].start == tokens[i - 1].end:
        return lx.SCALE_ABBREVIATIONS[word]
    return 0


def _words(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """Number words from i: "forty", "one hundred and twenty-four", "a dozen", "half a dozen"."""
    total = current = 0
    seen = False
    last = ""  # kind of the word before: "", "unit", "tens", "scale"
    j = i
    if tokens[j].lower == "half" and _next_lower(tokens, j) == "a" and _next_lower(tokens, j + 1) == "dozen":
        return 6, j + 3
    while j < len(tokens):
        word = tokens[j].lower
        parts = word.split("-")
        if all(p in lx.UNITS or p in lx.TENS for p in parts) and (
            last in ("", "scale") or (last == "tens" and parts[0] in lx.UNITS and current % 10 == 0)
        ):
            current += sum(lx.UNITS.get(p, 0) + lx.TENS.get(p, 0) for p in parts)
            last = "tens" if parts[-1] in lx.TENS else "unit"
            seen = True
            j += 1
            continue
        elif word == "a" and not seen and _next_lower(tokens, j) in _SCALE_WORDS:
            current = 1
        elif word == "hundred" and (seen or current):
            current = max(current, 1) * 100
        elif word in lx.SCALES and word != "hundred" and (seen or current):
            total += max(current, 1) * lx.SCALES[word]
            current = 0
        elif word == "dozen" and (seen or current):
            current = max(current, 1) * 12
        elif word == "and" and seen and _next_is_number_word(tokens, j):
            j += 1
            continue
        else:
            break
        seen = True
        last = "scale"
        j += 1
    if not seen:
        return None
    return total + current, j


def _next_is_number_word(tokens: list[Token], j: int) -> bool:
    word = _next_lower(tokens, j)
    return bool(word) and all(p in lx.UNITS or p in lx.TENS for p in word.split("-"))


def _vague(tokens: list[Token], i: int) -> Amount | None:
    """Vague amounts at i: "dozens", "several hundred", "a few", "tens of thousands"."""
    word = tokens[i].lower
    nxt, after = _next_lower(tokens, i), _next_lower(tokens, i + 1)
    if word in lx.VAGUE_TENS and nxt == "of" and after in lx.VAGUE_UNITS and after != "dozens":
        base = lx.VAGUE_TENS[word] * lx.VAGUE_UNITS[after][0]
        return Amount(i, i + 3, None, base, base * 10 - 1, "vague")
    if word in lx.VAGUE_UNITS:
        low, high = lx.VAGUE_UNITS[word]
        return Amount(i, i + 1, None, low, high, "vague")
    if word in lx.VAGUE_MULTIPLIERS:
        low, high = lx.VAGUE_MULTIPLIERS[word]
        unit = lx.SCALES.get(nxt) or lx.DOZEN.get(nxt)
        if unit:
            return Amount(i, i + 2, None, low * unit, (high + 1) * unit - 1, "vague")
        return Amount(i, i + 1, None, low, high, "vague")
    return None


def _next_lower(tokens: list[Token], i: int) -> str:
    return tokens[i + 1].lower if i + 1 < len(tokens) else ""


def _prev_lower(tokens: list[Token], i: int) -> str:
    return tokens[i - 1].lower if i > 0 else ""
