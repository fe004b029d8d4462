"""Per-language data the resolver reads from newsgraph/lang/<code>/: role words, coreference cues, syntax.

Files (all optional; a language without them still matches actor names):
  roles.tsv         phrase -> role key (ontology/actors/roles.tsv)
  coref.tsv         phrase -> what it refers to (one of COREF_REFERS); a phrase with COUNT_SLOT stands for one
                    phrase per count word ("the {n} countries": "the four countries", "the five countries", ...)
  counts.tsv        count word -> the number it says ("four" 4; "empat" 4, which "ke{n}" makes "keempat")
  actor_syntax.tsv  kind -> value: word orders, linkers, possessives, name cues, name particles, non-names,
                    role modifiers ("new", "former": words that may stand between a body and its role),
                    coordinators ("and", "dan": a known name followed by one is its own name inside a list),
                    place nouns ("the town of Samarra": the name after "<place noun> of" is a place, not an actor),
                    community words and not-actor suffixes ("ethnic Albanian", "the Russian language": a state's
                    name or demonym used for a people, a tongue or a manner is no actor), site nouns ("Esfahan
                    Uranium Conversion Facilities": an unknown name ending in one is a place), plural roles
                    ("the leaders of Britain, France and Germany": each body's holder), vessel prefixes are KB data,
                    site modifiers ("the Rafah border crossing"), site heads ("Rumah Sakit Indonesia": a known name
                    after one is a building's), mission prefixes ("KBRI Muscat": the city is part of the name),
                    coreference modifiers ("the three Sahel states": where a coref phrase takes them), intermediary
                    cues ("mediated by Qatar and Turkey": go-betweens, never "the two sides"), community adjectives
                    ("a Sikh separatist": no actor), relative openers (", which ...": a body first named there is
                    no antecedent of "the bloc"), plural markers ("para pemimpin ASEAN": the body), portfolios
                    ("Menteri Pemuda dan Olahraga X": not the name), title heads ("Perjanjian ZEE", "Konvensi Wina":
                    a document's or event's name), short body names ("first": "Mahkamah" for the ICJ named before)
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field

from newsgraph.datafile import read_tsv
from newsgraph.model import InputError
from newsgraph.resources import lang_dir

COREF_REFERS = ("last-actor", "sole-body", "last-body", "last-alliance", "last-organization", "last-state", "last-group",
                "last-person", "speaker-person", "two-states", "two-people", "two-sides", "counted-states",
                "other-person", "person-body", "possessive-person", "speaker-body", "place")
COUNT_SLOT = "{n}"
COUNTED = {"counted-states"}  # the kinds whose phrases say how many they refer to


@dataclass
class LanguageData:
    lang: str
    roles: dict[str, str] = field(default_factory=dict)
    coref: dict[str, str] = field(default_factory=dict)
    coref_counts: dict[str, int] = field(default_factory=dict)  # counted phrase -> how many it refers to
    syntax: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def words(self, kind: str) -> list[str]:
        return self.syntax.get(kind, [])

    def orders(self) -> set[str]:
        return set(self.words("order")) or {"role-body"}


@functools.lru_cache(maxsize=None)
def load_language(lang: str) -> LanguageData:
    data = LanguageData(lang)
    folder = lang_dir(lang)
    if (folder / "roles.tsv").is_file():
        data.roles = {r["phrase"]: r["role"] for r in read_tsv(folder / "roles.tsv")}
    counts = {}
    if (folder / "counts.tsv").is_file():
        counts = {r["word"]: _count(r) for r in read_tsv(folder / "counts.tsv")}
    if (folder / "coref.tsv").is_file():
        counted = []
        for row in read_tsv(folder / "coref.tsv"):
            if row["refers"] not in COREF_REFERS:
                raise InputError(row["_where"], f"unknown refers {row['refers']!r} (one of: {', '.join(COREF_REFERS)})")
            if (COUNT_SLOT in row["phrase"]) != (row["refers"] in COUNTED):
                raise InputError(row["_where"], f"{COUNT_SLOT} belongs in the phrases of {', '.join(sorted(COUNTED))}"
                                                f" and in no others")
            if COUNT_SLOT in row["phrase"]:
                counted.append(row)
            else:
                data.coref[row["phrase"]] = row["refers"]
        # a phrase written out ("the two countries": a pair has its own kind) wins over a counted one
        for row in counted:
            for word, count in counts.items():
                phrase = row["phrase"].replace(COUNT_SLOT, word)
                if phrase not in data.coref:
                    data.coref[phrase] = row["refers"]
                    data.coref_counts[phrase] = count
    if (folder / "actor_syntax.tsv").is_file():
        for row in read_tsv(folder / "actor_syntax.tsv"):
            data.syntax[row["kind"]].append(row["value"])
    return data


def _count(row: dict[str, str]) -> int:
    if not row["count"].isdigit():
        raise InputError(row["_where"], f"count {row['count']!r} is not a whole number")
    return int(row["count"])
