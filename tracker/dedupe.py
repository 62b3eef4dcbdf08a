"""The same article twice, and wire copies.

An article whose cleaned text is identical to one read before is a duplicate: it is skipped
and says of which. An article whose text is near-identical (an agency story republished by
several outlets, with a different headline or sign-off) is kept, but names the first copy in
``copy_of``, so that five outlets relaying one wire figure count as one source.

Near-identical means a Jaccard similarity of at least ``NEAR`` between the articles' sets of
five-word shingles. Candidates are found with MinHash and banding (locality-sensitive
hashing), so the cost per article stays flat however many came before.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass, field

NEAR = 0.8
SHINGLE = 5
_BANDS, _ROWS = 8, 3  # 24 hash functions: pairs at Jaccard 0.8 collide in a band with p > 0.99
_SEEDS = tuple(range(1, _BANDS * _ROWS + 1))
_WORDS = re.compile(r"\w+")
_MASK = 0xFFFFFFFF


@dataclass
class Deduper:
    """Remembers the articles seen so far; ``check`` says what a new one is."""

    _exact: dict[str, str] = field(default_factory=dict)
    _buckets: dict[tuple[int, bytes], list[str]] = field(default_factory=dict)
    _shingles: dict[str, frozenset[int]] = field(default_factory=dict)

    def check(self, article_id: str, text: str) -> tuple[str, str]:
        """("duplicate", first_id), ("copy", first_id) or ("", "") for a new article."""
        digest = hashlib.sha1(" ".join(_WORDS.findall(text.lower())).encode()).hexdigest()
        first = self._exact.get(digest)
        if first is not None:
            return "duplicate", first
        self._exact[digest] = article_id
        shingles = _shingles(text)
        if not shingles:
            return "", ""
        signature = [min(_mix(s, seed) for s in shingles) for seed in _SEEDS]
        keys = [(band, _band_key(signature[band * _ROWS:(band + 1) * _ROWS])) for band in range(_BANDS)]
        candidates = dict.fromkeys(c for key in keys for c in self._buckets.get(key, ()))
        copy_of = next((c for c in candidates if _jaccard(shingles, self._shingles[c]) >= NEAR), "")
        if not copy_of:  # only originals are remembered: every copy points to the first one
            self._shingles[article_id] = shingles
            for key in keys:
                self._buckets.setdefault(key, []).append(article_id)
        return ("copy", copy_of) if copy_of else ("", "")


def _shingles(text: str) -> frozenset[int]:
    words = _WORDS.findall(text.lower())
    return frozenset(zlib.crc32(" ".join(words[i:i + SHINGLE]).encode())
                     for i in range(max(0, len(words) - SHINGLE + 1)))


def _mix(value: int, seed: int) -> int:
    # a cheap, deterministic hash family (Python's hash() changes between runs)
    value = (value ^ (seed * 0x9E3779B1)) & _MASK
    value = (value * 0x85EBCA6B) & _MASK
    return value ^ (value >> 13)


def _band_key(rows: list[int]) -> bytes:
    return b"".join(r.to_bytes(4, "little") for r in rows)


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0
