"""The place a figure is about, as written ("the city of Jalal-Abad"), and whether it is
only part of a larger area ("... alone", "in one district")."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from . import lexicon as lx
from .text import Token, join_tokens

_NOT_PLACES = frozenset(lx.WEEKDAYS) | frozenset(lx.MONTHS) | lx.NOT_PLACE_WORDS
_LINKS = lx.PLACE_LINKS
_RUN_LINKS = _LINKS | {"and"}


@dataclass(frozen=True, slots=True)
class Place:
    start: int
    end: int
    text: str
    partial: bool


def find_places(tokens: list[Token]) -> list[Place]:
    places = []
    for i, tok in enumerate(tokens):
        if tok.lower in lx.PLACE_PREPOSITIONS:
            place = _place_after(tokens, i + 1)
        elif tok.lower in {"to", "into"} and i + 1 < len(tokens) and _proper(tokens[i + 1]):
            place = _place_after(tokens, i + 1)  # "troops were sent to Osh"
        else:
            continue
        if place is not None:
            places.append(place)
    return places


def place_for(places: list[Place], first: int, last: int) -> Place | None:
    """The place nearest the figure, preferring one after it ("killed 12 in Osh")."""
    if not places:
        return None
    k = bisect.bisect_left(places, last, key=lambda p: p.start)  # places are in reading order
    after = places[k] if k < len(places) else None
    if after is not None and after.start - last <= 8:
        return after
    before = next((places[j] for j in range(k - 1, max(-1, k - 4), -1) if places[j].end <= first), None)
    return before or after


def _place_after(tokens: list[Token], j: int) -> Place | None:
    start = j
    if j < len(tokens) and tokens[j].lower in {"the", "one"}:
        j += 1
    k = j
    # lower-case words up to a place noun: "the two provinces", "member state Kyrgyzstan"
    while k < len(tokens) and k - j < 3 and tokens[k].kind in {"word", "num"} \
            and not tokens[k].is_capitalized and tokens[k].lower not in lx.PLACE_NOUNS:
        k += 1
    end = None
    if k < len(tokens) and tokens[k].lower in lx.PLACE_NOUNS:
        end = k + 1
        if end + 1 < len(tokens) and tokens[end].lower in _LINKS and _proper(tokens[end + 1]):
            end = _proper_run(tokens, end + 1)
        elif end < len(tokens) and _proper(tokens[end]):
            end = _proper_run(tokens, end)  # "member state Kyrgyzstan"
    elif k < len(tokens) and _proper(tokens[k]):
        end = _proper_run(tokens, k)
        if end < len(tokens) and tokens[end].lower in lx.PLACE_NOUNS:
            end += 1  # "Jalal-Abad province"
    if end is None:
        return None
    if tokens[start].lower == "the" and any(t.is_capitalized for t in tokens[j:end]):
        start = j
    partial = (end < len(tokens) and tokens[end].lower in lx.PARTIAL_MARKERS) \
        or tokens[start].lower == "one"
    return Place(start, end, join_tokens(tokens[start:end]), partial)


def _proper(tok: Token) -> bool:
    return tok.is_capitalized and tok.lower not in _NOT_PLACES


def _proper_run(tokens: list[Token], k: int) -> int:
    """End of "Osh", "Jalal-Abad and Osh", "Santa Rosa de Guayacan"."""
    while k < len(tokens) and (_proper(tokens[k]) or (
            tokens[k].lower in _RUN_LINKS and k + 1 < len(tokens) and _proper(tokens[k + 1]))):
        k += 1
    return k
