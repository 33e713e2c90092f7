"""Research institutions the registry does not know, named with their head noun.

Universities, institutes and national laboratories run GPU clusters of their own, and public
agencies buy compute: "The Vector
Institute … locates most of its 1,000 graphics processing units here", "3,000 Nvidia H100 chips for
the King Abdullah University of Science and Technology". They own compute but raise no rounds.

A name counts only as capitalised words ending in an institution's head noun ("Institute",
"University", "Laboratory", …), optionally with an "of"/"for" tail of capitalised words ("University
of Toronto", "National Centre for High-Performance Computing"); found on the original text, anchored
on the head noun. Lower-case "the institute" or "a national lab" names nothing.
"""

from __future__ import annotations

import re

from extractors.labs import Entity
from extractors.new_startups import overlaps

_INSTITUTION_KINDS = frozenset({"company"})
# (a public body spends on compute but is not taken for the owner of a site: "150 MW from the Tennessee
# Valley Authority" is a supplier; see `labs` kind "public")
_PUBLIC_KINDS = frozenset({"public"})
_PUBLIC_HEADS = frozenset({"Authority", "Agency", "Ministry", "Commission"})
# (opened by a class of the heads' first letters, which `re` scans for quickly; the letter before is no
# letter: `(?<![A-Za-z].)`)
_HEAD = re.compile(
    r"[ICULAM](?<![A-Za-z].)(?:(?<=I)nstitute|(?<=U)niversity|(?<=L)ab(?:oratory)?|(?<=C)ent(?:re|er)|"
    r"(?<=C)ommission|(?<=A)cademy|(?<=A)uthority|(?<=A)gency|(?<=M)inistry)(?![A-Za-z])")
# one to five capitalised words right before the head ("King Abdullah ", "Argonne National ")
# (an "and" between capitalised words belongs to the name: "National Development and Reform Commission")
_WORDS_BEFORE = re.compile(r"(?<![\w'-])(?:[A-Z][\w&'.-]*\s(?:and\s(?=[A-Z]))?){1,5}$")
# "University of Toronto", "Centre for High-Performance Computing", "of Science and Technology"
# (a university takes "of" only: "Stanford University for AI research" ends at University)
_TAIL = re.compile(r"\s(?:of|for)\s(?:the\s)?[A-Z][\w&'-]*(?:\s(?:and\s|&\s)?[A-Z][\w&'-]*){0,4}")
_UNIVERSITY_TAIL = re.compile(r"\sof\s(?:the\s)?[A-Z][\w&'-]*(?:\s(?:and\s|&\s)?[A-Z][\w&'-]*){0,4}")
# a landmark a site is near is no owner: "near the Abilene Christian University", "from the Racine Lab"
_PLACE_BEFORE = re.compile(
    r"\b(?:near|beside|next to|close to|across from|opposite|outside|from|at|behind|around)\s(?:the\s)?$")
# head words of places that hold no compute of their own: "Convention Center", "Shopping Centre"
_VENUE_WORDS = frozenset({"Convention", "Conference", "Shopping", "Community", "Visitor", "Visitors", "Civic",
                          "Trade", "Sports", "Arts", "Fitness", "Exhibition", "Distribution", "Call", "Medical",
                          "Performing", "Recreation", "Aquatic", "Garden", "Town", "City"})
# "… at Hon Hai Research Institute", "… of Microsoft": the organisation the named one belongs to
_AT_PARENT = re.compile(
    r"\s(?:at|of)\s(?:the\s)?(?:(?:[A-Z][\w&'.-]*\s){0,4}(?P<head>Institute|University|Laboratory|Lab|Centre|Center|Academy)\b)?")
_SITE_WORDS = frozenset({"Data", "Datacenter", "Colocation", "Hosting"})
_POSSESSIVE_BEFORE = re.compile(r"(?:'s|’s)\s$")
# capitalised words that open a sentence or a clause, not a name ("The", "In", "Its")
_NOT_NAME_WORDS = frozenset(
    "The A An This That These Those Its Their His Her Our In At On For From By With And But Or As If When While "
    "According Meanwhile Separately Earlier Later Last Next Every Each Some Many Most Other Another One Two "
    "Three Global World AI Monday Tuesday Wednesday Thursday Friday Saturday Sunday Yesterday Today Tomorrow "
    "Now Then Also However".split())


def institution_mentions(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Entity, str]]:
    """Mentions `(start, end, entity, "name")` of institutions named in `text` (and their repeats);
    spans in `taken` (registry names) are left alone."""
    found: dict[str, Entity] = {}
    for head in _HEAD.finditer(text):
        before = _WORDS_BEFORE.search(text, max(0, head.start() - 70), head.start())
        tail = (_UNIVERSITY_TAIL if head.group() == "University" else _TAIL).match(text, head.end())
        if tail and tail.group().split()[-1] in _NOT_NAME_WORDS:
            tail = None  # ("Institute for AI" keeps "for AI" only with a word after it)
        words = before.group().split() if before else []
        if words and (words[-1] in _SITE_WORDS or words[-1] in _VENUE_WORDS):
            continue  # "GSA Data Center", "Abilene Convention Center": a site or a venue, no institution
        possessor = max((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), default=-1)
        if possessor >= 0 or _POSSESSIVE_BEFORE.search(text, max(0, head.start() - 80), head.start() - len(
                " ".join(words))):
            continue  # "Foxconn's Artificial Intelligence Research Center": a part of another organisation
        while words and words[0] in _NOT_NAME_WORDS:
            words.pop(0)  # "The Vector Institute" is "Vector Institute"
        if not words and not (tail and head.group() == "University"):
            continue  # a bare "Institute", "Lab" or "Center" names nothing ("University of Toronto" does)
        start = head.start() - len(" ".join(words)) - (1 if words else 0)
        end = tail.end() if tail else head.end()
        if _PLACE_BEFORE.search(text, max(0, start - 20), start):
            continue  # "near the Abilene Christian University", "at the University of Texas": a place
        parent = _AT_PARENT.match(text, end)
        if parent and (parent.group("head") or any(s == parent.end() for s, _ in taken)):
            continue  # "the Artificial Intelligence Research Center at Hon Hai Research Institute": a unit of it
        name = text[start:end]
        if name not in found and not overlaps(start, end, taken):
            found[name] = Entity(name, _PUBLIC_KINDS if head.group() in _PUBLIC_HEADS else _INSTITUTION_KINDS, False)
    mentions = []
    for name, entity in found.items():
        at = text.find(name)
        while at >= 0:
            if not overlaps(at, at + len(name), taken):
                mentions.append((at, at + len(name), entity, "name"))
            at = text.find(name, at + len(name))
    return sorted(mentions, key=lambda m: m[0])

