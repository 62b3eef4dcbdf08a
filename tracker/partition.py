"""Items joined into groups (union-find): the articles of one event, the names of one speaker."""

from __future__ import annotations

from collections.abc import Iterable


class Partition:
    """Groups of strings; a group is named by its smallest member, so the result does not
    depend on the order of the joins."""

    def __init__(self, items: Iterable[str]) -> None:
        self._parent = {x: x for x in items}

    def find(self, x: str) -> str:
        parent = self._parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def __contains__(self, x: object) -> bool:
        return x in self._parent
