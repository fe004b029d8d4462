"""Who fills a predicate's roles, found by word order: the subject on the left, the target on the right.

An active meN- verb takes its agent on the left and its target on the right; a passive di- verb its patient on the
left and its agent after "oleh" (or straight after the verb). Lists are read through their conjunctions, appositions
and bracketed glosses; prepositions tell a target from a place or a topic. The words are the language's grammar.toml.
"""

from __future__ import annotations

from newsgraph.extract.linear_clauses import Clauses
from newsgraph.model import Mention

MAX_LEFT = 14  # words between a subject and its predicate
MAX_RIGHT = 10  # words between a predicate and its target
APPOSITION_REACH = 4  # words before the actor in an apposition: "Rusia, sekutu dekat Serbia, ..."
# Appeals (02), demands (10) and accusations (11): their addressee's next acts are what it is asked to do or accused
# of ("Jepang meminta Rusia menghentikan serangan dan menarik pasukannya": no withdrawal is told).
ASKING_ROOTS = frozenset({"02", "10", "11"})
ADDRESSEE_HEAD_REACH = 2  # head nouns between the verb and its addressee's name: "mendesak pihak Korea Selatan"


class Sentence(Clauses):
    """A sentence's actor mentions as the arguments of its triggers."""

    def inside_oblique_phrase(self, m: Mention) -> bool:
        """'di dekat perbatasan Rusia': the mention modifies a noun that a preposition or predicate governs."""
        k = m.tok_start - 1
        steps = 0
        while k >= self.sent.start and steps < 4:
            tok = self.doc[k]
            if not (tok.is_alpha and tok.is_lower) or self.function_word(tok.lower_) or k in self.trigger_heads:
                break
            k -= 1
            steps += 1
        if steps == 0 or k < self.sent.start:
            return False
        if k in self.trigger_heads and self.lexicon.is_reporting_verb(self.doc[k]):
            # "militer Filipina menyebut personel penjaga pantai China merampas ...": what follows a speech verb
            # opens the reported clause; its first noun phrase is that clause's subject, not an object
            return False
        return self.word(k) in self.g.oblique_markers or k in self.trigger_heads

    def decision_agent(self, m: Mention, start: int) -> bool:
        """'atas keputusan Presiden AS Donald Trump (untuk) menaikkan tarif': the decision's owner does the act."""
        before = m.tok_start - 1
        if before < self.sent.start or self.word(before) not in self.g.agentive_nouns:
            return False
        return all(self.word(k) in self.g.purpose_markers for k in range(m.tok_end, start))

    def opening_event_agent(self, m: Mention, start: int) -> bool:
        """'Serangan balasan Israel (sejak itu) menewaskan ...': the agent of an event noun that opens the clause is
        the agent of a predicate of the same class ('Bantuan Jepang ... tiba di Ankara' is no visit by Japan)."""
        verb = next((t for t in self.trigger_heads.values() if t.tok_start == start and not t.nominal), None)
        if verb is None:
            return False
        k = m.tok_start - 1
        steps = 0
        while k >= self.sent.start and steps < 3 and k not in self.trigger_heads:
            tok = self.doc[k]
            if not (tok.is_alpha and tok.is_lower) or self.function_word(tok.lower_):
                return False
            k -= 1
            steps += 1
        t = self.trigger_heads.get(k)
        if t is None or not t.nominal or t.tok_end > m.tok_start or t.code[:2] != verb.code[:2]:
            return False
        before = t.tok_start - 1
        return before < self.sent.start or self.is_break(before) or self.word(before) == ","

    def asked(self, m: Mention) -> bool:
        """The mention is the addressee of an appeal or a demand, or the object of an accusation ('Moskow menuduh
        Kyiv ...', 'Jepang meminta Rusia ...', 'mendesak pihak Korea Selatan ...'): what it does next is what it is
        accused of or asked to do, not an act, however many verbs the request runs to."""
        k = m.tok_start - 1
        for _ in range(ADDRESSEE_HEAD_REACH):
            if k < self.sent.start or k in self.trigger_heads or any(
                    v.tok_end == k + 1 for v in self.trigger_heads.values()):
                break
            tok = self.doc[k]
            if not (tok.is_alpha and tok.is_lower) or self.function_word(tok.lower_):
                return False
            k -= 1
        t = next((v for v in self.trigger_heads.values() if v.tok_end == k + 1), None)
        return (t is not None and not t.nominal and (t.voice or "active") != "passive"
                and t.code[:2] in ASKING_ROOTS)

    def subject_left(self, start: int, skip_genitive_of: set[int]) -> tuple[list[Mention], int]:
        """The nearest agent-like mention left of `start` in the same clause, with coordinated ones."""
        return self._left(start, skip_genitive_of)

    def patient_left(self, start: int) -> tuple[list[Mention], int]:
        """The patient of a passive: a mention, or the agent of a nominal event ('Serangan Rusia … dikecam')."""
        return self._left(start, set())

    def _left(self, start: int, skip_genitive_of: set[int]) -> tuple[list[Mention], int]:
        i = start - 1
        lo = max(self.sent.start, start - MAX_LEFT)
        while i >= lo:
            if self.is_break(i):
                break
            if (self.headline and self.word(i) == "," and (i - 1) not in self.at
                    and self.only_auxiliaries(i + 1, start)):
                break  # "China Sebut Kemenangan Lai Ching-te Tak Ubah Apa Pun, Protes AS": a headline's second clause
            m = self.at.get(i)
            if m is not None:
                if m.tok_start in self.verb_phrase_words and m.tok_start not in self.trigger_tokens_of_current:
                    break  # "Tokyo memanggil duta besar China untuk menyampaikan protes": the envoy is summoned
                oblique = self.preceded_by(m, self.g.oblique_markers) or self.inside_oblique_phrase(m)
                genitive = (m.tok_start - 1) in skip_genitive_of
                if not oblique and not genitive or self.opening_event_agent(m, start) or self.decision_agent(m, start):
                    head = self.apposition_head(m, start)
                    if head is not None:
                        return self.coordinated_left(head), start - head.tok_end
                    return self.coordinated_left(m), start - m.tok_end
                i = m.tok_start - 1
                continue
            if self.verbal_trigger_at(i) and i not in self.trigger_tokens_of_current:
                t = self.trigger_heads[i]
                if self.lexicon.is_reporting_verb(self.doc[t.head]) and self.only_auxiliaries(t.tok_end, start):
                    # "AS menyatakan mendukung Filipina": a statement verb before the act shares its subject
                    i = t.tok_start - 1
                    continue
                break
            i -= 1
        return [], 0

    def listed_members(self, start: int, end: int) -> list[Mention]:
        """'Sejumlah pemimpin Eropa menyatakan dukungan kepada Zelensky, di antaranya Presiden Prancis Emmanuel Macron
        dan Kanselir Jerman Olaf Scholz': a plural subject naming nobody, whose members are listed after the clause
        of the predicate at [start, end), are those members."""
        words = self.g.linear
        i = start - 1
        while i >= self.sent.start and not self.is_break(i) and self.word(i) != ",":
            if i in self.at:
                return []
            i -= 1
        if i + 1 >= start or self.word(i + 1) not in words.get("plural_quantifiers", ()):
            return []
        markers = [m.split() for m in words.get("example_markers", ())]
        for k in range(end, self.sent.end - 1):
            if self.is_break(k):
                return []
            if self.word(k) != ",":
                continue
            for marker in markers:
                if [self.word(j) for j in range(k + 1, min(self.sent.end, k + 1 + len(marker)))] == marker:
                    m = self.mention_in_phrase(k + 1 + len(marker))
                    return self.coordinated_right(m) if m is not None else []
        return []

    def apposition_head(self, m: Mention, start: int) -> Mention | None:
        """'Rusia, sekutu dekat Serbia, menyatakan ...': a mention inside an apposition set off by commas before the
        predicate describes the subject named before it."""
        comma = start - 1
        while comma > m.tok_end and self.word(comma) in self.g.auxiliaries:
            comma -= 1
        if self.word(comma) != "," or comma - m.tok_end > APPOSITION_REACH or any(
                k in self.at or k in self.trigger_heads or self.word(k) == "," for k in range(m.tok_end, comma)):
            return None  # ("sekutu utama AS di Asia, juga mengecam": a place phrase may close the apposition)
        k = m.tok_start - 1
        for _ in range(APPOSITION_REACH):
            if k < self.sent.start:
                return None
            tok = self.doc[k]
            if tok.text == ",":
                return self.at.get(k - 1) if k > self.sent.start else None
            if not (tok.is_alpha and tok.is_lower) or self.function_word(tok.lower_) or k in self.trigger_heads:
                return None
            k -= 1
        return None

    def coordinated_left(self, m: Mention) -> list[Mention]:
        """'Indonesia, Malaysia, dan Filipina' read leftwards from the last conjunct."""
        group = self.all_at(m)
        words: list[str] = []
        while True:
            i = group[0].tok_start - 1
            joiners: list[str] = []
            while i >= self.sent.start and self.word(i) in self.g.coordinators and len(joiners) < 2:
                joiners.append(self.word(i))
                i -= 1
            prev = self.at.get(i) or self.at.get(self.before_parenthetical(i)) if joiners else None
            if prev is None or prev in group:
                break
            if self.preceded_by(prev, self.g.oblique_markers) and not self.preceded_by(m, self.g.oblique_markers) \
                    and not self.preceded_by(prev, self.g.between_markers):
                # (but "kesepakatan antara Israel dan Hamas itu dimediasi Qatar": "antara" takes the whole list)
                # "bertemu ... di Canberra, dan kedua pemimpin sepakat", "pesan untuk Presiden Putin dan saya
                # sampaikan": a prepositional phrase ends before the conjunction, which joins a new clause
                break
            words.extend(joiners)  # only the joiners of a conjunct taken ("tersebut, kedua pemimpin" joins nothing)
            group[:0] = self.all_at(prev)
        return group if self._conjoined(words) else self.all_at(m)

    def coordinated_right(self, m: Mention) -> list[Mention]:
        group = self.all_at(m)
        words: list[str] = []
        while True:
            i = self.after_parenthetical(group[-1].tok_end)
            joiners = 0
            while i < self.sent.end and self.word(i) in self.g.coordinators and joiners < 2:
                words.append(self.word(i))
                i += 1
                joiners += 1
            nxt = self.at.get(i) if joiners else None
            if nxt is None and joiners and words[-1] not in self.g.manner_markers and words[-1] != ",":
                nxt = self._headed_mention(i)
            if nxt is None or nxt in group:
                break
            group.extend(self.all_at(nxt))
        return group if self._conjoined(words) else self.all_at(m)

    def _headed_mention(self, i: int, reach: int = 3) -> Mention | None:
        """'militer Sudan dan pasukan paramiliter RSF': a conjunct whose actor follows a head noun or two."""
        for j in range(i, min(self.sent.end, i + reach + 1)):
            m = self.at.get(j)
            if m is not None:
                return m if j > i else None
            tok = self.doc[j]
            if (not (tok.is_alpha and tok.is_lower) or self.function_word(tok.lower_) or j in self.trigger_heads
                    or self.verb_like(j)):
                return None
        return None

    def _conjoined(self, joiners: list[str]) -> bool:
        """A list joined only by commas is no coordination ("Israel, Amerika Serikat akan …" spans two clauses)."""
        return not joiners or any(w != "," for w in joiners)

    def addressed(self, m: Mention, reach: int = 4) -> bool:
        """'kepada NATO', 'kepada pemerintah dan rakyat Qatar': an addressee marker opens the mention's phrase."""
        k = m.tok_start - 1
        for _ in range(reach):
            if k < self.sent.start:
                return False
            word = self.word(k)
            if word in self.g.addressee_markers:
                return True
            tok = self.doc[k]
            if not (tok.is_alpha and tok.is_lower) or k in self.trigger_heads or (
                    self.function_word(word) and word not in self.g.coordinators):
                return False
            k -= 1
        return False

    def marked_by(self, m: Mention, markers: frozenset[str], reach: int = 3) -> bool:
        """A preposition governs the mention's phrase: 'terhadap Ukraina', 'terhadap warga Palestina'."""
        k = m.tok_start - 1
        for _ in range(reach):
            if k < self.sent.start:
                return False
            word = self.word(k)
            if word in markers:
                return True
            tok = self.doc[k]
            if not (tok.is_alpha and tok.is_lower) or self.function_word(word):
                return False
            k -= 1
        return False

    def object_right(self, end: int, markers: frozenset[str], require_marker: bool = False,
                     after: int | None = None) -> tuple[list[Mention], int]:
        """The first target-like mention right of `end`, before the next clause or predicate, within MAX_RIGHT words
        of `after` (default `end`: a trigger's own words do not count against the reach)."""
        i = end
        hi = min(self.sent.end, max(end, after or end) + MAX_RIGHT)
        governing = None  # the last preposition passed: "bertemu di sela KTT ASEAN-Australia" puts ASEAN in a place
        while i < hi:
            if self.is_break(i) or self.closes_quote(i) or self.opens_clause(i):
                break
            m = self.at.get(i)
            if m is not None and m.how == "coref" and self.trigger_tokens_of_current and (
                    m.tok_start in self.trigger_tokens_of_current or m.tok_start == max(self.trigger_tokens_of_current)
                    + 1 and m.text.lower() in self.g.linear.get("possessive_nouns", ())):
                # "menarik pasukannya dari Mali", "menyiagakan pasukannya di perbatasan": the subject's own troops
                # are what it moves, no target
                i = m.tok_end
                continue
            if m is not None:
                marked = self.marked_by(m, markers)
                oblique_only = not marked and (self.preceded_by(m, self.g.oblique_markers - markers)
                                               or governing is not None and governing not in markers)
                if oblique_only or (require_marker and not marked):
                    i = m.tok_end
                    continue
                return self.coordinated_right(m), m.tok_start - end
            if self.verbal_trigger_at(i):
                break
            if self.word(i) in self.g.oblique_markers and self.word(i) not in self.g.agent_markers:
                governing = self.word(i)  # ("dugaan spionase oleh agen Tiongkok": the agent is no place)
            i += 1
        return [], 0

    def agent_after(self, end: int) -> tuple[list[Mention], int, bool]:
        """The agent of a passive: after "oleh" in the clause, or right after the verb ("dikecam NATO")."""
        i = end
        hi = min(self.sent.end, end + MAX_RIGHT)
        while i < hi:
            if self.is_break(i):
                break
            if self.word(i) in self.g.agent_markers:
                m = self.mention_in_phrase(i + 1)
                if m is not None:
                    return self.coordinated_right(m), m.tok_start - end, False
            i += 1
        m = self.mention_in_phrase(end)
        if m is not None:
            return self.coordinated_right(m), m.tok_start - end, False
        return [], 0, True

    def mention_in_phrase(self, i: int, reach: int = 3) -> Mention | None:
        """The actor of the noun phrase starting at i: 'NATO', or 'penjaga pantai Tiongkok' (a head noun first; a
        verb ends the phrase: 'diminta meninggalkan Gedung Putih' names no agent)."""
        for j in range(i, min(self.sent.end, i + reach + 1)):
            m = self.at.get(j)
            if m is not None:
                return m
            tok = self.doc[j]
            if (not (tok.is_alpha and tok.is_lower) or self.function_word(tok.lower_) or j in self.trigger_heads
                    or self.verb_like(j)):
                return None
        return None
