"""Russian text plumbing: sentence spans and tokens with their character offsets, and
the clause around a phrase (russian.py and its ru_* modules read tokens)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon_ru as lx

_TOKEN = re.compile(
    # "2 265", "7 939", "достигло 2 862." (not "1 037,5"); French writes a narrow space
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[,.]\d)"
    r"|\d+(?:[.,]\d+)?(?:-[^\W\d_]+)?"  # "64", "1,5", "11.00", "23-х", "11-летнего"
    # a word glued to the next by a page's furniture ("Читать на полной версииДиректор ФСБ"):
    # lower case runs into a capitalised word
    rf"|(?<![{lx.UPPER}])[{lx.LOWER}]{{3,}}(?=[{lx.UPPER}][{lx.LOWER}]{{2}})"
    r"|[^\W\d_]+(?:[-.][^\W\d_]+)*"  # words: "Алма-Ате", "Газета.Ru"
    r"|[^\s\w]")  # punctuation, one mark a token
_BOUNDARY = re.compile(r"[.!?…]+[\"'»”)\]]*(?=\s+[\"'«“„(\[—–-]?\s*[А-ЯЁA-Z0-9])|\n\s*")
CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–", "(", ")", "«", "»", '"', "!", "?"})
DASHES = frozenset({"-", "—", "–"})
QUOTES = frozenset({"«", "»", '"', "„", "“", "”"})


@dataclass(frozen=True)
class Token:
    text: str
    lower: str
    start: int
    end: int


def sentence_spans(text: str, boundary: re.Pattern[str] = _BOUNDARY,
                   abbreviations: frozenset[str] = lx.ABBREVIATIONS) -> list[tuple[int, int]]:
    """(start, end) of each sentence: a full stop before a capital or a digit (``boundary``),
    except after an abbreviation ("2 тыс. 231", "г. Ош"); a newline always ends one."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in boundary.finditer(text):
        mark = m.group()
        if mark[0] == ".":
            before = text[max(0, m.start() - 6):m.start()].split()
            word = before[-1].lower() if before else ""
            if word.rsplit(".", 1)[-1] in abbreviations:
                continue
        end = m.end() if mark.strip() else m.start()
        _add_trimmed(spans, text, start, end)
        start = m.end()
    _add_trimmed(spans, text, start, len(text))
    return spans


def _add_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def tokenize(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.group(), m.group().lower(), m.start() + start, m.end() + start)
            for m in _TOKEN.finditer(text[start:end])]


def words_at(tokens: list[Token], k: int, phrase: tuple[str, ...]) -> bool:
    return k >= 0 and k + len(phrase) <= len(tokens) \
        and all(tokens[k + j].lower == w for j, w in enumerate(phrase))


def ends_at(tokens: list[Token], k: int, phrase: tuple[str, ...]) -> bool:
    """Does ``phrase`` end at token k - 1?"""
    return words_at(tokens, k - len(phrase), phrase)


def clause(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """The tokens of the clause around [first, last): up to a comma, a dash, a colon."""
    a = first
    while a > 0 and tokens[a - 1].text not in CLAUSE_MARKS:
        a -= 1
    b = last
    while b < len(tokens) and tokens[b].text not in CLAUSE_MARKS:
        b += 1
    return a, b


def skip_back(tokens: list[Token], k: int) -> int:
    """Token k, or the first of the fillers ("ещё", "уже") just before it."""
    while k > 0 and tokens[k - 1].lower in lx.FILLERS:
        k -= 1
    return k
