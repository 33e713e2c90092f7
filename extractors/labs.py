"""The lab registry (`data/labs.toml`) and finding its names in text.

The registry is data: canonical English names, aliases in English, simplified
and traditional Chinese, each entity's kinds (lab, cloud, chipmaker, investor,
company, vendor), product names and people that stand for an entity, and for a few
short Chinese names the neighbours that make them part of another word
("北京东城" is not JD.com). It is read once at import from the package (no I/O
at extraction time) and compiled into trie-shaped regexes over folded text
(`folding.fold`).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from extractors.folding import fold

_OWNER_KINDS = frozenset({"lab", "cloud", "company"})


@dataclass(frozen=True, slots=True)
class Entity:
    """One organisation of the registry."""

    name: str
    kinds: frozenset[str]
    startup: bool

    @property
    def can_own(self) -> bool:
        """True when the entity can own or operate compute (not a pure chipmaker or fund)."""
        return not self.kinds.isdisjoint(_OWNER_KINDS)

    @property
    def can_raise(self) -> bool:
        """True when the entity raises venture rounds (startup labs and neoclouds, not big tech)."""
        return self.startup

    @property
    def is_cloud(self) -> bool:
        """True when the entity rents out compute."""
        return "cloud" in self.kinds

    @property
    def sells_compute(self) -> bool:
        """True for a cloud that neither invests nor builds models: its deals sell compute."""
        return "cloud" in self.kinds and self.kinds.isdisjoint(("investor", "lab"))


@dataclass(frozen=True, slots=True)
class Mention:
    """A registry name found in a text: `text[start:end]` names `entity`."""

    start: int
    end: int
    entity: Entity
    role: str  # "name", "product" or "person"


_ROLE_ORDER = {"name": 0, "product": 1, "person": 2}


def _load() -> tuple[list[Entity], dict[str, tuple[Entity, str, str]],
                   dict[str, tuple[tuple[str, ...], tuple[str, ...]]]]:
    raw = resources.files("extractors").joinpath("data/labs.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    entities: list[Entity] = []
    aliases: dict[str, tuple[Entity, str, str]] = {}
    guards: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for row in data.get("entity", []):
        entity = Entity(row["name"], frozenset(row.get("kinds", [])), bool(row.get("startup")))
        entities.append(entity)
        if row.get("not_after") or row.get("not_before"):
            guards[entity.name] = (tuple(fold(x) for x in row.get("not_after", [])),
                                   tuple(fold(x) for x in row.get("not_before", [])))
        exact = set(row.get("exact", []))
        for role, names in (("name", [row["name"], *row.get("aliases", [])]),
                            ("product", row.get("products", [])),
                            ("person", row.get("people", []))):
            for alias in names:
                key = fold(alias).strip()
                if not key:
                    continue
                previous = aliases.get(key)
                # the first, most specific role wins ("name" over "person")
                if previous is None or _ROLE_ORDER[role] < _ROLE_ORDER[previous[1]]:
                    aliases[key] = (entity, role, alias if alias in exact else "")
        for alias in [row["name"], *row.get("aliases", [])]:
            # a Latin name of several words is often written as one in Chinese text
            # ("SafeSuperintelligence的20亿美元融资"); spelled as one word it is no ordinary word
            joined = fold(alias).strip().replace(" ", "")
            if " " in alias.strip() and alias not in exact and joined.isascii() and len(joined) >= 8 and (
                    joined not in aliases):
                aliases[joined] = (entity, "name", "")
    return entities, aliases, guards


ENTITIES, _ALIASES, _GUARDS = _load()
BY_NAME = {e.name: e for e in ENTITIES}


def _trie_regex(words: list[str]) -> str:
    """A regex matching any of `words`, shaped as a trie so matching stays fast (longest first)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


def _is_ascii_word(alias: str) -> bool:
    return alias[0].isascii() and alias[0].isalnum()


_ASCII = sorted(a for a in _ALIASES if _is_ascii_word(a))
_OTHER = sorted(a for a in _ALIASES if not _is_ascii_word(a))
# ASCII names need word edges (no "meta" inside "metadata"); digits may follow
# a product name ("Grok3"). CJK names have no word edges to check.
# Two regexes: one alternation of both tries scans several times slower.
_MENTION_ASCII = re.compile(rf"(?<![a-z0-9])(?:{_trie_regex(_ASCII)})(?![a-z])")
_MENTION_OTHER = re.compile(_trie_regex(_OTHER))


# alias -> (entity, role, exact spelling or "", guard words or None), one look-up per match
_HITS = {key: (entity, role, exact, _GUARDS.get(entity.name))
         for key, (entity, role, exact) in _ALIASES.items()}


def mention_spans(text: str, folded: str) -> list[tuple[int, int, Entity, str]]:
    """The mentions of `find_mentions` as plain `(start, end, entity, role)` tuples, for
    callers that read each one once (building a frozen dataclass per name is costly)."""
    found: list[tuple[int, int, Entity, str]] = []
    matches = [*_MENTION_ASCII.finditer(folded)]
    other = [*_MENTION_OTHER.finditer(folded)]
    if other:
        # an ASCII name starts with a letter or digit and no other name does: the two
        # lists never share a start, so the start alone orders them
        matches += other
        matches.sort(key=re.Match.start)
    last = -1
    hits = _HITS
    for m in matches:
        start, end = m.span()
        if start < last:
            continue
        hit = hits.get(m.group())
        if hit is None:
            continue
        entity, role, exact, guard = hit
        if exact:
            surface = text[start:end]
            if surface != exact and surface != exact.upper():
                continue
        if guard and (folded.endswith(guard[0], max(0, start - 8), start)
                      or folded.startswith(guard[1], end)):
            continue  # "北京东城" is not JD.com, "财富达到" is not Fidelity
        found.append((start, end, entity, role))
        last = end
    return found


def find_mentions(text: str, folded: str | None = None) -> list[Mention]:
    """All registry mentions in `text`, left to right, longest match at each place."""
    folded = fold(text) if folded is None else folded
    return [Mention(*span) for span in mention_spans(text, folded)]


def canonical(name: str) -> str | None:
    """Canonical registry name for any alias (`"月之暗面"` -> `"Moonshot AI"`), else None."""
    hit = _ALIASES.get(fold(name).strip())
    return hit[0].name if hit else None


def is_person(name: str) -> bool:
    """True when `name` is a registry person ("Jeff Bezos", "王小川"), not a name of an entity."""
    hit = _ALIASES.get(fold(name).strip())
    return hit is not None and hit[1] == "person"


@lru_cache(maxsize=4096)
def lookup(name: str) -> Entity | None:
    """Registry entity for any alias, else None."""
    hit = _ALIASES.get(fold(name).strip())
    return hit[0] if hit else None


@lru_cache(maxsize=1024)
def lookup_short_form(name: str) -> Entity | None:
    """Registry entity whose only company-name alias starts with a short Chinese `name`
    ("昆仑芯" for 昆仑芯科技), when exactly one entity has such an alias; else None."""
    key = fold(name).strip()
    if len(key) < 3 or key.isascii():
        return None
    found = {hit[0].name: hit[0] for alias, hit in _ALIASES.items()
             if alias.startswith(key) and alias != key and hit[1] == "name"}
    return next(iter(found.values())) if len(found) == 1 else None
