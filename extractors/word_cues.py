"""Cue words compiled as a trie, with word edges checked inside the regex.

Python's `re` scans an alternation of many words slowly, and slower still
when branches start with `\\b` or a lookbehind. A trie of literal words runs
several times faster. Words written in ASCII letters need word edges ("round"
must not match inside "around"): the left edge is a lookbehind over the whole
word placed where the word ends (so the trie still starts with literal
characters, and a letter inside a word, where a scan stops most often, fails on
a literal before any lookbehind runs) and the right edge a lookahead after it.
A word ending in `*` may be followed by more letters ("announc*").

`AnyOf` searches a few patterns apart where one alternation of them would
leave `re` no characters to skip ahead to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _is_letter(ch: str) -> bool:
    return "a" <= ch <= "z"


def trie_pattern(words: Iterable[str], open_end: frozenset[str] = frozenset(),
                 edges: bool = False) -> str:
    """A regex source matching any of `words`, longest first, shaped as a trie.

    With `edges`, a word starting (ending) with an ASCII letter matches only where no
    ASCII letter is right before (after) it, except after the words in `open_end`.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = word

    def emit(node: dict, last: str) -> str:
        branches = []
        for ch, child in sorted(node.items(), key=lambda kv: kv[0]):
            if not ch:
                continue
            branches.append(re.escape(ch) + emit(child, ch))
        end = ""
        if "" in node:
            word = node[""]
            if edges and _is_letter(word[0]):
                end = f"(?<![a-z]{re.escape(word)})"
            if edges and _is_letter(last) and word not in open_end:
                end += "(?![a-z])"
        if not branches:
            return end
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + "|" + end + ")" if end else "(?:" + body + ")?"
        return body

    return emit(trie, "")


class WordCue:
    """A set of cue words searched in folded (lower-case) text.

    `search`, `finditer` and `match` are those of the compiled regex, so a cue set costs
    no more per call than one regex.
    """

    def __init__(self, words: Iterable[str]) -> None:
        open_end: set[str] = set()
        literal = []
        for word in words:
            if word.endswith("*"):
                word = word[:-1]
                open_end.add(word)
            literal.append(word)
        self.words = frozenset(literal)
        self.open_end = frozenset(open_end)
        self.rx = re.compile(trie_pattern(literal, self.open_end, edges=True))
        self.search = self.rx.search
        self.finditer = self.rx.finditer
        self.match = self.rx.match

    def last(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """Last match in `text[pos:endpos]`, or None."""
        found = None
        for m in self.finditer(text, pos, len(text) if endpos is None else endpos):
            found = m
        return found


class AnyOf:
    """Patterns searched one after the other, as one alternation of them would be for
    whether it occurs: `search` returns a match of the first pattern that has one (not the
    leftmost of all). `re` skips ahead to where a match can start only in a pattern whose
    branches all open with a literal (or all with one character class), so a pattern of
    words and one of digit-led phrases search faster apart than as one alternation.
    """

    def __init__(self, *patterns: re.Pattern) -> None:
        self.patterns = patterns

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """A match of any of the patterns in `text[pos:endpos]`, or None."""
        end = len(text) if endpos is None else endpos
        for rx in self.patterns:
            found = rx.search(text, pos, end)
            if found:
                return found
        return None
