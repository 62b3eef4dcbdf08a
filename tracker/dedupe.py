"""The same article twice, and wire copies.

The same file read twice (two inputs that overlap) or the same record twice (same id, same
text) is one article: the second is skipped as a duplicate of the first. Two articles of
their own (other files, other record ids) whose texts are identical or near-identical, as
when one agency story is republished by several outlets, are both kept, and the later one
names the first in ``copy_of``, so that five outlets relaying one wire figure can count as
one source.

Near-identical means a Jaccard similarity of at least ``NEAR`` between the articles' sets of
five-word shingles, estimated from bottom-k sketches (the ``SKETCH`` smallest shingle hashes
of each article, a few hundred bytes however long the article). Candidates are the earlier
articles that share several of the ``ANCHORS`` smallest hashes, so the cost per article stays
flat however many came before, and so does the memory per article.
"""

from __future__ import annotations

import hashlib
import heapq
import re
import zlib
from array import array
from collections import Counter
from dataclasses import dataclass, field

NEAR = 0.8
SHINGLE = 5
ANCHORS = 8  # near-identical articles share most of their 8 smallest shingle hashes
SKETCH = 96
MIN_SHARED_ANCHORS = 3
MAX_CANDIDATES = 20
_WORDS = re.compile(r"\w+")


@dataclass
class Deduper:
    """Remembers the articles seen so far; ``check`` says what a new one is."""

    _keys: dict[str, str] = field(default_factory=dict)  # identity -> first id
    _exact: dict[str, str] = field(default_factory=dict)  # text digest -> first id
    _anchors: dict[int, list[str]] = field(default_factory=dict)
    _sketches: dict[str, array[int]] = field(default_factory=dict)

    def check(self, article_id: str, identity: str, text: str) -> tuple[str, str]:
        """("duplicate", first_id), ("copy", first_id) or ("", "") for a new article.

        ``identity`` names where the article came from (a file's resolved path, or a record
        id): the same identity with the same text is the same article read twice."""
        words = _WORDS.findall(text.lower())
        digest = hashlib.sha1(" ".join(words).encode()).hexdigest()
        key = f"{identity}\0{digest}"
        if key in self._keys:
            return "duplicate", self._keys[key]
        self._keys[key] = article_id
        first = self._exact.get(digest)
        if first is not None:
            return "copy", first
        self._exact[digest] = article_id
        shingles = {zlib.crc32(" ".join(words[i:i + SHINGLE]).encode())
                    for i in range(max(0, len(words) - SHINGLE + 1))}
        if not shingles:
            return "", ""
        sketch = array("I", sorted(heapq.nsmallest(SKETCH, shingles)))
        anchors = sketch[:ANCHORS]
        shared = Counter(c for a in anchors for c in self._anchors.get(a, ()))
        for candidate, count in shared.most_common(MAX_CANDIDATES):
            if count < MIN_SHARED_ANCHORS:
                break
            if similarity(sketch, self._sketches[candidate]) >= NEAR:
                return "copy", candidate
        # only originals are remembered: every copy points to the first one
        self._sketches[article_id] = sketch
        for a in anchors:
            self._anchors.setdefault(a, []).append(article_id)
        return "", ""


def similarity(a: array[int], b: array[int]) -> float:
    """Jaccard similarity estimated from two bottom-k sketches (exact for short texts)."""
    k = min(SKETCH, len(set(a) | set(b)))
    smallest = heapq.nsmallest(k, set(a) | set(b))
    both = set(a) & set(b)
    return sum(1 for h in smallest if h in both) / k if k else 0.0
