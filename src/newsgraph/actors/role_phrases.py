"""Role phrases: ROLE [BODY] [NAME] and BODY ['s] ROLE [NAME] in the language's word orders.

"Sekretaris Jenderal NATO Jens Stoltenberg", "Russian President Vladimir Putin", "the Russian foreign ministry",
"the leaders of Britain, France and Germany": the office holder at the article's date, the person named, or the body.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from newsgraph.actors.known_names import KnownNames, name_keys
from newsgraph.actors.offices import Offices
from newsgraph.actors.people import PersonNames
from newsgraph.actors.tables import DETERMINERS, LanguageTables
from newsgraph.actors.tokens import Tokens, make_mention
from newsgraph.actors.tracker import ArticleActors
from newsgraph.model import PERSON, STATE, Actor, Mention

COLLECTIVE_ROLE = "leadership"  # ontology/actors/roles.tsv: a body kind, always the body itself
# The head of something a state owns ("the head of India's intelligence agency", "Kepala Bakamla", "the Pentagon chief")
# is one of the state's officials, not its head; "the head of Israel's government" is the head.
OWNED_HEAD_ROLE = "official"
HEAD_OF_STATE_BODIES = {"government", "leadership"}
MAX_OWNED_WORDS = 3  # "Israel's militia ally", "Russia's main regional rival": the words of what a body owns


@dataclass
class RolePhrase:
    start: int
    end: int
    role: str
    body: str | None
    person: Actor | None
    person_known: bool


class RolePhrases:
    """Role phrases in a sentence and the office holders or bodies they stand for."""

    def __init__(self, t: LanguageTables, names: KnownNames, people: PersonNames, offices: Offices):
        self.community_words = t.community_words
        self.head_owned = t.head_owned
        self.kb = t.kb
        self.linkers = t.linkers
        self.list_separators = t.list_separators
        self.orders = t.orders
        self.plural_roles = t.plural_roles
        self.plural_markers = t.plural_markers
        self.portfolios = t.portfolios
        self.possessives = t.possessives
        self.relation_nouns = t.relation_nouns
        self.postings = t.postings
        self.role_modifiers = t.role_modifiers
        self.roles = t.roles
        self.all_people = names.all_people
        self.all_regions = names.all_regions
        self.body_at = names.body_at
        self.institution_at = names.institution_at
        self.after_title_head = names.after_title_head
        self.name_at = names.name_at
        self.appositive_name = people.appositive_name
        self.person_at = people.person_at
        self.ranked_name = people.ranked_name
        self.titled_name = people.titled_name
        self.resolve_role = offices.resolve_role

    def role_mention(self, toks: Tokens, i: int, tracker: ArticleActors) -> list[Mention] | None:
        if toks.caps[i] and self.after_title_head(toks, i):
            return None  # "Pertemuan Pemimpin ASEAN": a meeting's name, not ASEAN's leader
        rp = self.role_phrase(toks, i, tracker, with_name=True)
        if rp is None:
            return None
        resolved = self.resolve_role(rp, tracker.date)
        if resolved is None:
            return None
        actor, matched, how = resolved
        out = [make_mention(toks, rp.start, rp.end, actor, matched, how)]
        if rp.body is not None and rp.person is None and self._plural_role(toks, i):
            listed = self._listed_holders(toks, rp, tracker)
            if not listed and self.kb.roles[rp.role].kind in ("office", "leader"):
                # "the leaders of ASEAN", "para pemimpin ASEAN": one body's leaders are its members speaking
                # together, as "EU leaders" are, not its one office holder
                actor, matched, how = self.resolve_role(replace(rp, role=COLLECTIVE_ROLE), tracker.date)
                out = [make_mention(toks, rp.start, rp.end, actor, matched, how)]
            out.extend(listed)
        return out

    def _plural_role(self, toks: Tokens, i: int) -> bool:
        """A role in the plural: its last word ("leaders") or a plural marker before it ("para pemimpin")."""
        hit = self.roles.match(toks.lowers, toks.texts, i, toks.n)
        return hit is not None and (toks.lowers[hit[0] - 1] in self.plural_roles
                                    or i > 0 and toks.lowers[i - 1] in self.plural_markers)

    def _listed_holders(self, toks: Tokens, rp: RolePhrase, tracker: ArticleActors) -> list[Mention]:
        """'the leaders of Britain, France and Germany', 'the foreign ministers of India and China': a plural role
        over a list of bodies is each body's holder, one mention per body."""
        out: list[Mention] = []
        k = rp.end
        while k + 1 < toks.n and toks.lowers[k] in self.list_separators:
            k += 1
            if toks.lowers[k] in self.list_separators:  # ", and"
                k += 1
            found = self.body_at(toks, k, tracker)
            if found is None:
                break
            end, body = found
            resolved = self.resolve_role(RolePhrase(k, end, rp.role, body, None, False), tracker.date)
            if resolved is None:
                break
            actor, matched, how = resolved
            out.append(make_mention(toks, k, end, actor, matched, how))
            k = end
        return out

    def role_phrase(self, toks: Tokens, i: int, tracker: ArticleActors, *, with_name: bool) -> RolePhrase | None:
        n = toks.n
        hit = self.roles.match(toks.lowers, toks.texts, i, n)
        named = self.name_at(toks, i) if hit else None
        if hit and named and named[0] > hit[0]:
            return None  # "King Hussein" is a name the knowledge base knows whole, title and all
        if hit:  # ROLE [linker] [BODY] [NAME]: "Sekjen NATO Jens Stoltenberg", "Secretary General of NATO"
            j, roles = hit
            role = roles[0]
            j = self._portfolio_end(toks, j)
            body, k = None, j
            owned_head = False  # "the head of India's intelligence agency": no name of the head follows directly
            if "role-body" in self.orders and j < n:
                link = self.linkers.match(toks.lowers, toks.texts, j, n)
                at = link[0] if link else j
                inner = self.roles.match(toks.lowers, toks.texts, at, n)
                found = None
                if inner and self.kb.roles[inner[1][0]].kind == "body" and self.kb.roles[role].kind == "post":
                    found = self.body_at(toks, inner[0], tracker)  # "jubir Kemlu China": China's foreign ministry's
                    if found is not None:
                        at = inner[0]
                found = found or self.body_at(toks, at, tracker)  # "Juru bicara Kemlu Teuku Faizasyah": Kemlu's own
                after = self.roles.match(toks.lowers, toks.texts, found[0], n) if found and found[0] < n else None
                if after is not None and self.kb.roles[after[1][0]].kind == "title":
                    after = None  # "Kepala Bakamla Laksamana Madya Irvansyah": a rank begins the name
                if found and found[0] < n and toks.lowers[found[0]] in self.possessives:
                    if any(w in self.relation_nouns for w in toks.lowers[found[0] + 1:found[0] + 1 + MAX_OWNED_WORDS]):
                        return None  # "the deputy chief of Israel's militia ally": another party's, not Israel's
                    # "the head of India's intelligence agency": the head of what the body owns, not the body's head
                    owned = self.body_at(toks, found[0] + 1, tracker)
                    o = found[0] + 1
                    while o < n - 1 and toks.lowers[o] in self.role_modifiers:
                        o += 1  # "the leaders of Romania's new government"
                    owned_role = self.roles.match(toks.lowers, toks.texts, o, n)
                    if self.head_owned.match(toks.lowers, toks.texts, o, n):
                        owned_role = (o + 1, ["government"])  # "the leader of China's Communist Party": its head
                    if owned is not None:
                        found = owned  # "the leader of Russia's Wagner Group"
                    elif self.kb.actors[found[1]].type == STATE and (
                            owned_role is None or owned_role[1][0] not in HEAD_OF_STATE_BODIES):
                        # (a group's or an organisation's "political bureau", "council" is led by its leader)
                        role, found, owned_head = OWNED_HEAD_ROLE, (found[0] + 1, found[1]), True
                    after = None
                if found and after is None:
                    k, body = found
                    if self.institution_at(toks, at) and self.kb.roles[role].kind in ("office", "leader"):
                        role = OWNED_HEAD_ROLE  # "Kepala Bakamla", "the head of the Pentagon": not the state's head
                elif link:  # "head of the Russian delegation": the role belongs to the next phrase
                    return None
            person, known = None, False
            if with_name and body is not None:
                k = self._posting_end(toks, k, tracker, role, body)
            if with_name and k < n and owned_head:
                got = None
            elif with_name and k < n:
                if body is None and self._unknown_acronym(toks, k):
                    k += 1  # "Ketua ULMWP Benny Wenda": a body the knowledge base lacks, then its chair's name
                got = self.person_at(toks, k, tracker) or self.appositive_name(toks, k, tracker, role, body)
                if body is None and self.kb.roles[role].kind == "title":
                    got = self.titled_name(toks, k, tracker, got)
                elif got is None and body is not None:
                    got = self.ranked_name(toks, k, tracker)  # "Kepala Bakamla Laksamana Madya Irvansyah"
                if got and self.kb.roles[role].kind == "body" and not got[2] and got[1].key not in tracker.keys:
                    got = None  # "rakyat Papua", "Militer XVII": a collective's place or unit, never a new person
                if got:
                    k, person, known = got
            if body is not None or person is not None:
                return RolePhrase(i, k, role, body, person, known)
        if "body-role" in self.orders:  # BODY ['s] ROLE [NAME]: "Russian President Vladimir Putin"
            found = self.body_at(toks, i, tracker, people=True)
            if found and i > 0 and toks.lowers[i - 1] in self.community_words:
                found = None  # "ethnic Albanian guerrillas": a community's members, not the state's (the name decides)
            if found:
                j, body = found
                if j < n and toks.lowers[j] in self.possessives:
                    j += 1
                while j < n - 1:
                    if toks.lowers[j] in self.role_modifiers:
                        j += 1
                        continue
                    region = self.name_at(toks, j, accept=self.all_regions)
                    if region is None or not self.roles.match(toks.lowers, toks.texts, region[0], n):
                        break
                    j = region[0]  # "U.S. Middle East envoy Steve Witkoff": the region is the envoy's brief
                hit = self.roles.match(toks.lowers, toks.texts, j, n) if j < n else None
                if hit is None:
                    shorter = self._body_under_role(toks, i, j, tracker)
                    if shorter is not None:
                        j, body, hit = shorter
                by_person = self.kb.actors[name_keys(self.name_at(toks, i)[1])[0]].type == PERSON
                if hit and by_person and self.kb.roles[hit[1][0]].kind != "body":
                    hit = None  # "Putin's spokesman" is about Putin: leave it to the name
                if hit and self.kb.roles[hit[1][0]].kind in ("office", "leader") and self.institution_at(toks, i):
                    hit = (hit[0], [OWNED_HEAD_ROLE])  # "the Pentagon chief", "the IDF chief": not the state's head
                if hit and toks.lowers[hit[0] - 1] in self.plural_roles:
                    # "EU leaders", "Arab foreign ministers": a plural after the body is its members, the body
                    hit = (hit[0], [COLLECTIVE_ROLE])
                if hit:
                    k, roles = hit
                    person, known = None, False
                    named = self.name_at(toks, j, accept=self.all_people)
                    if with_name and named and named[0] > k:
                        k = j  # "Jordan's King Hussein": the title begins the name
                    elif with_name:
                        k = self._posting_end(toks, k, tracker, roles[0], body)
                    if with_name and k < n:
                        got = self.person_at(toks, k, tracker) or self.appositive_name(toks, k, tracker, roles[0], body) \
                            or self.ranked_name(toks, k, tracker)
                        if got:
                            k, person, known = got
                    return RolePhrase(i, k, roles[0], body, person, known)
        return None

    def _portfolio_end(self, toks: Tokens, j: int) -> int:
        """The end of a minister's portfolio after the role words ("Menteri Pemuda dan Olahraga", "Menteri
        Pendidikan, Kebudayaan, Riset, dan Teknologi"): the name after it is the minister's, the portfolio is no
        part of it. `j` itself when no portfolio follows."""
        if not self.portfolios:
            return j
        n, end = toks.n, j
        # the role words may end with a portfolio of their own: "Menteri Energi" dan Sumber Daya Mineral
        joined = j > 0 and self._portfolio_at(toks, j - 1) == j
        while end < n:
            k = end
            while joined and k < n and toks.lowers[k] in self.list_separators:
                k += 1  # "dan", ",", ", dan"
            got = self._portfolio_at(toks, k)
            if got is None:
                break
            end, joined = got, True
        return end

    def _portfolio_at(self, toks: Tokens, k: int) -> int | None:
        hit = self.portfolios.match(toks.lowers, toks.texts, k, toks.n) if k < toks.n else None
        return hit[0] if hit else None

    def _unknown_acronym(self, toks: Tokens, k: int) -> bool:
        """An acronym the knowledge base does not know, followed by a capitalised word ("ULMWP Benny Wenda")."""
        word = toks.texts[k]
        return (len(word) >= 2 and word.isalpha() and word.isupper() and k + 1 < toks.n and toks.caps[k + 1]
                and self.name_at(toks, k) is None)

    def _body_under_role(self, toks: Tokens, i: int, j: int, tracker: ArticleActors):
        """'U.S. Treasury Secretary Scott Bessent': a shorter body name at i ('U.S.') followed by a role that runs
        past the longer name ('U.S. Treasury', ending at j) is that body's role: (end, body, role hit) or None."""
        for end, names in toks.names_at.get(i) or ():
            if end >= j:
                continue
            keys = name_keys([nm for nm in names if all(self.kb.is_body(k) for k in nm.keys)])
            if len(keys) != 1:
                continue
            hit = self.roles.match(toks.lowers, toks.texts, end, toks.n)
            if hit is not None and hit[0] > j:
                return end, keys[0], hit
        return None

    def _posting_end(self, toks: Tokens, k: int, tracker: ArticleActors, role: str, body: str) -> int:
        """Where the name of an envoy starts after the place they are posted to ("Duta Besar Rusia untuk Indonesia
        Lyudmila Vorobieva", "Israel's ambassador to the United Nations, Gilad Erdan,"): the posting is part of the
        role. `k` itself when no posting and name follow."""
        n = toks.n
        if k >= n - 1 or toks.lowers[k] not in self.postings:
            return k
        posted = self.body_at(toks, k + 1, tracker)
        if posted is None and toks.lowers[k + 1] in DETERMINERS:
            posted = self.body_at(toks, k + 2, tracker)  # "to the US"
        if posted and posted[0] < n and (self.person_at(toks, posted[0], tracker)
                                         or self.appositive_name(toks, posted[0], tracker, role, body)):
            return posted[0]
        return k
