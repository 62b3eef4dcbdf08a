"""Text plumbing: cleaning, sentence spans and tokens with their character offsets."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from . import lexicon as lx

# Zero-width and bidirectional controls hide inside numbers and words on the web
# ("1\u200b500"); they carry no meaning for us and would split tokens.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
_SPACES = re.compile("[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_NBSP_THOUSANDS = re.compile(r"(?<=\d)[\u00a0\u202f\u2009](?=\d{3}\b)")
# A footnote mark glued to a sentence's full stop ("in the region alone.2 The final toll"):
# no figure, and the end of the sentence
_FOOTNOTE_MARK = re.compile(r"(?<=[a-z]{2}[.;])\d{1,2}(?= [A-Z])")


def clean_text(text: str) -> str:
    """The text every span refers to: NFC, one kind of line end and of space, no invisibles.

    A non-breaking or thin space between digit groups ("1\u00a0500") becomes a comma, so
    that the figure reads as one number and keeps its length; a footnote mark after a full
    stop ("alone.2 The") becomes spaces.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _NBSP_THOUSANDS.sub(",", text)
    text = _FOOTNOTE_MARK.sub(lambda m: " " * len(m.group()), text)
    return _SPACES.sub(" ", text)


# ---------------------------------------------------------------- sentences

_ABBREVIATIONS = lx.ABBREVIATIONS
# A newline ends a sentence (headlines, paragraphs) unless a hard-wrapped line goes on in
# lower case ("reported that 25\npeople were missing"), after a blank line too (wire copy
# that double-spaces its wrapped lines: "arrived in Gadaref and Kassala\n\nstates since").
# A full stop with no space after it ends one too between a word and a capitalised word
# ("confirmed dead.The quake": text scraped from the web), not inside "U.S." or "St.Louis".
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])|(?<=[a-z]{3})\.(?=[A-Z][a-z])"""
                       r"""|\n(?![ \t\n]*[a-z])\s*""")


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence; a newline ends one (headlines, paragraphs) unless the
    next line goes on in lower case."""
    start = 0
    quotes = _QuoteCount()
    for m in _BOUNDARY.finditer(text):
        mark = m.group()
        if mark[:1] == "." and _abbreviation_before(text, m.start()):
            continue
        if mark.startswith(_ELLIPSIS) and not any(q in mark for q in _CLOSING_QUOTES) \
                and quotes.open(text, start, m.start()):
            continue  # "“So far we have confirmed 512 dead ... (Some) 316 others were injured,” he said"
        end = m.end() if mark.strip() else m.start()
        yield from _trimmed(text, start, end)
        start = m.end()
    yield from _trimmed(text, start, len(text))


_LONGEST_ABBREVIATION = max(len(word) for word in _ABBREVIATIONS)
_ELLIPSIS = "..."  # an ellipsis in a quotation leaves words out of it; the quotation goes on


_CLOSING_QUOTES = ("”", '"', "’", "'")  # a mark that holds one closes the quotation: "...”" ends it


class _QuoteCount:
    """Whether a quotation is open at a point of the current sentence, counted once over the text
    (a sentence with thousands of ellipses is read once, not once per ellipsis)."""

    def __init__(self) -> None:
        self.start = self.at = 0
        self.opened = self.closed = self.straight = 0

    def open(self, text: str, start: int, end: int) -> bool:
        if start != self.start:  # a new sentence: count from its start
            self.start = self.at = start
            self.opened = self.closed = self.straight = 0
        part = text[self.at:end]
        self.opened += part.count("“")
        self.closed += part.count("”")
        self.straight += part.count('"')
        self.at = end
        return self.opened > self.closed or self.straight % 2 == 1


def _abbreviation_before(text: str, dot: int) -> bool:
    """Is the full stop at ``dot`` the end of an abbreviation ("Lt.", "U.S.", "J.", "L.C.")?"""
    if dot > _LONGEST_ABBREVIATION and text[dot - _LONGEST_ABBREVIATION - 1:dot].isalpha():
        return False  # a word longer than any abbreviation: most sentence ends
    k = dot
    while k > 0 and dot - k < 12 and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    word = text[k:dot].lower().rstrip(".")
    # an abbreviation, an initial ("J."), or initials ("L.C. Govak")
    return word in _ABBREVIATIONS or (bool(word) and all(len(part) == 1 for part in word.split(".")))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


# ---------------------------------------------------------------- tokens

_TOKEN = re.compile(
    r"""
      \d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?         # 1,500  100,000  1,500.5
    | \d+(?:\.\d+)?                             # 1500  1.5
    | (?:[a-z]\.){2,}                            # a.m.  p.m.  u.s.
    | [^\W\d_]+(?:[-'’‘][^\W\d_]+)*              # words, hyphenated, with apostrophes ("Rico‘s" too)
    | \S                                        # anything else, one character
    """,
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ is a third slower, and
class Token:             # tokens are made by the million; nothing changes one after it is made
    text: str
    lower: str
    start: int
    end: int
    kind: str  # "num", "word" or "punct"
    is_capitalized: bool = False  # a word that starts with a capital letter

    def year(self, first: int = 1800, last: int = 2100) -> int | None:
        """The year this token writes ("1990"), or None."""
        if self.kind == "num" and len(self.text) == 4 and self.text.isdigit() \
                and first <= int(self.text) <= last:
            return int(self.text)
        return None


# "al-Midan", "el-Arish", "ash-Shifa": a name after a lower-case article particle is a proper name
_PARTICLE_INITIALS = frozenset(p[0] for p in lx.ARTICLE_PARTICLES)


def _particle_name(word: str) -> bool:
    head, dash, rest = word.partition("-")
    return bool(dash) and head in lx.ARTICLE_PARTICLES and rest[:1].isupper()


def capitalized(word: str) -> bool:
    """A word written as a name: a capital first letter, or a particle before one ("al-Furqan")."""
    return word[:1].isupper() or (word[:1] in _PARTICLE_INITIALS and _particle_name(word))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end], offsets in the whole text."""
    end = len(text) if end is None else end
    out: list[Token] = []
    append = out.append
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        first = word[0]
        start_, end_ = m.span()
        if first.isalpha():
            lower = word.lower()
            if "’" in lower or "‘" in lower:
                lower = lower.replace("’", "'").replace("‘", "'")
            capital = first.isupper() or (first in _PARTICLE_INITIALS and _particle_name(word))
            append(Token(word, lower, start_, end_, "word", capital))
        else:
            append(Token(word, word, start_, end_, "num" if first.isdigit() else "punct"))
    return out


def numbers_listed_before(tokens: list[Token], start: int) -> tuple[int, int]:
    """(the token before the list, how many numbers) of the bare numbers joined by "," or "and"
    right before ``start`` ("ages 22, 26, 29 and 37", "113, 29, 48 and 09 deaths"); years are
    no list's numbers."""
    k, numbers = start - 1, 0
    while k >= 1 and tokens[k].lower in {",", "and"} and tokens[k - 1].kind == "num" \
            and tokens[k - 1].year() is None:
        numbers += 1
        k -= 2
    return k, numbers


def bracket_owners(tokens: list[Token]) -> list[int] | None:
    """For each token, the token "(" of the bracketed aside it is in (-1 outside any); None
    for tokens with no bracket at all, most sentences. One pass."""
    if not any(t.text == "(" for t in tokens):
        return None
    owners: list[int] = []
    open_at: list[int] = []
    for k, tok in enumerate(tokens):
        if tok.text == ")" and open_at:
            open_at.pop()
        owners.append(open_at[-1] if open_at else -1)
        if tok.text == "(":
            open_at.append(k)
    return owners


def aside_owners(tokens: list[Token]) -> list[int] | None:
    """``bracket_owners``, with an aside between two dashes as a bracket of its own ("The toll
    of 1,127 — the deadliest since the 1984 disaster in India — could be final": India is the
    aside's). A dash is a token "—" or "–" (a spaced hyphen stays a hyphen). None when the
    tokens hold neither."""
    owners = bracket_owners(tokens)
    dashes = [k for k, t in enumerate(tokens) if t.text in lx.DASHES]
    if len(dashes) < 2:
        return owners
    out = list(owners) if owners is not None else [-1] * len(tokens)
    for opened, closed in zip(dashes[::2], dashes[1::2], strict=False):
        for k in range(opened + 1, closed):
            if out[k] < 0:
                out[k] = opened
    return out


def trie_pattern(words: Iterable[str]) -> str:
    """One regular expression for many literal words, factored by their common prefixes
    ("kill|killed|kin" -> "ki(?:ll(?:ed)?|n)"): Python's re tries alternatives one by one,
    a trie lets it reject a position at the first letter."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def join_tokens(tokens: list[Token]) -> str:
    """The words of consecutive tokens as written, one space where the text had space."""
    if not tokens:
        return ""
    out = tokens[0].text
    for prev, tok in itertools.pairwise(tokens):
        out += ("" if tok.start == prev.end else " ") + tok.text
    return out
