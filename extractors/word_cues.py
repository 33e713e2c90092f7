"""Cue words compiled as a trie, with word edges checked outside the regex.

Python's `re` scans an alternation of many words slowly, and slower still
when branches start with `\\b` or a lookbehind. A trie of literal words runs
several times faster; the edge test for words written in ASCII letters
("round" must not match inside "around") is done on the few matches instead.
A word ending in `*` may be followed by more letters ("announc*").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def trie_pattern(words: Iterable[str]) -> str:
    """A regex source matching any of `words`, longest first, shaped as a trie."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie)


def _is_letter(ch: str) -> bool:
    return "a" <= ch <= "z"


class WordCue:
    """A set of cue words searched in folded (lower-case) text."""

    def __init__(self, words: Iterable[str]) -> None:
        self.open_end: set[str] = set()
        literal = []
        for word in words:
            if word.endswith("*"):
                word = word[:-1]
                self.open_end.add(word)
            literal.append(word)
        self.words = frozenset(literal)
        self.rx = re.compile(trie_pattern(literal))

    def _valid(self, text: str, m: re.Match) -> bool:
        word = m.group(0)
        if not (_is_letter(word[0]) or _is_letter(word[-1])):
            return True  # CJK or symbol-edged cue: no word edge to check
        s, e = m.span()
        if _is_letter(word[0]) and s > 0 and _is_letter(text[s - 1]):
            return False
        if _is_letter(word[-1]) and e < len(text) and _is_letter(text[e]):
            return word in self.open_end
        return True

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        """Valid matches in `text[pos:endpos]`, left to right."""
        end = len(text) if endpos is None else endpos
        for m in self.rx.finditer(text, pos, end):
            if self._valid(text, m):
                yield m

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """First valid match in `text[pos:endpos]`, or None."""
        end = len(text) if endpos is None else endpos
        rx_search, valid = self.rx.search, self._valid
        while True:
            m = rx_search(text, pos, end)
            if m is None or valid(text, m):
                return m
            pos = m.start() + 1

    def last(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """Last valid match in `text[pos:endpos]`, or None."""
        found = None
        for m in self.finditer(text, pos, endpos):
            found = m
        return found
