"""Role assignment from word order, voice morphology and function words.

For languages without a trained parser (Indonesian today). Indonesian is SVO with voice marked on the verb: an active
meN- verb takes its agent on the left and its target on the right; a passive di- verb takes its patient on the left
and its agent after "oleh" (or straight after the verb); a nominal trigger ("serangan Rusia terhadap Ukraina") takes
its agent as the genitive right after it and its target after a preposition. Everything language-specific is read
from grammar.toml; the trigger's voice comes from the lexicon's morphology.
"""

from __future__ import annotations


from spacy.tokens import Span

from newsgraph.extract import cues
from newsgraph.extract.frames import (
    CONTROL_ROOTS,
    STATEMENT_ROOT,
    FORCEFUL_ROOTS,
    MEDIATION_CODE,
    OBLIGATION_CODE,
    OBLIGATION_GLOSS,
    Frame,
    ImpliedTrigger,
    MentionIndex,
    MUTUAL_IF_NO_OBJECT_ROOTS,
    SentenceContext,
    is_joint,
    is_verbal,
    voices_speakers_side,
)
from newsgraph.extract.grammar import Grammar
from newsgraph.model import Mention

MAX_LEFT = 14  # words between a subject and its predicate
MAX_RIGHT = 10  # words between a predicate and its target
GENITIVE_REACH = 3  # "serangan militer besar Rusia"
APPOSITION_REACH = 4  # words before the actor in an apposition: "Rusia, sekutu dekat Serbia, ..."
PARENTHETICAL_REACH = 4  # words in a bracketed abbreviation or gloss after a name: "(USTR)", "(Pemerintah Persatuan)"

# Roots whose target is an addressee or a partner, never where something came from.
_NO_SOURCE_TARGET_ROOTS = frozenset({"01", "04"})
# Roots whose partner is never what they are about: talks, diplomatic and material cooperation.
_NO_TOPIC_TARGET_ROOTS = frozenset({"04", "05", "06"})
# Defying norms or law (128) and violating a ceasefire (196): told in someone's words, the teller accuses the violator.
VIOLATION_CODES = ("128", "196")
ACCUSATION_CODE, ACCUSATION_GLOSS = "112", "accuse (of a violation)"
# Consultations (talks, negotiations) and the verbs after which an event noun is only wished for: appeals (02),
# intents and offers (03), demands (10).
CONSULT_ROOT = "04"
AID_ROOT = "07"
UNASSERTING_ROOTS = frozenset({"02", "03", "10"})
# Appeals (02), demands (10) and accusations (11): their addressee's next acts are what it is asked to do or accused
# of ("Jepang meminta Rusia menghentikan serangan dan menarik pasukannya": no withdrawal is told).
ASKING_ROOTS = frozenset({"02", "10", "11"})
ADDRESSEE_HEAD_REACH = 2  # head nouns between the verb and its addressee's name: "mendesak pihak Korea Selatan"
RELATIVE_REACH = 20  # words between an event noun and the 'yang' clause that tells what it did
PURPOSE_REACH = 14  # words of an offered act and its purpose clause before the verb the offer reaches
WISH_REACH = 4  # plain words between an offer or appeal and the event noun it is about: "siap berperan dalam mendorong"
TOPIC_REACH = 4  # words of topic between a talks noun and its "antara": "perundingan pembebasan sandera antara"
# Acts whose target a place may name: force ("menyerang kilang di Rusia"), and protests and shows of force staged
# at or around it ("berunjuk rasa di depan Kedutaan Besar India", "mengerahkan kapal perang di sekitar Taiwan").
LOCATIVE_TARGET_ROOTS = FORCEFUL_ROOTS | {"14", "15"}


class _Sentence(MentionIndex):
    """Token positions of actor mentions and triggers within one sentence."""

    def __init__(self, sent: Span, mentions: list[Mention], triggers: list, g: Grammar):
        super().__init__(mentions)
        self.sent = sent
        self.doc = sent.doc
        self.g = g
        self.trigger_heads = {t.head: t for t in triggers}
        # the words of verb phrases ("memanggil duta besar"): a mention among them is that verb's object
        self.verb_phrase_words = {k for t in triggers if not t.nominal for k in range(t.tok_start, t.tok_end)}
        self.trigger_tokens_of_current: set[int] = set()  # the predicate being filled: not a boundary
        self.headline = False

    def word(self, i: int) -> str:
        return self.doc[i].lower_

    def preceded_by(self, m: Mention, words: frozenset[str]) -> bool:
        i = m.tok_start - 1
        return i >= self.sent.start and self.word(i) in words

    def function_word(self, word: str) -> bool:
        g = self.g
        return (word in g.auxiliaries or word in g.negators or word in g.coordinators or word in g.clause_breaks
                or word in g.complementizers or word in g.oblique_markers or g.modality_of(word) is not None)

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

    def closes_quote(self, i: int) -> bool:
        """A closing quote or the speech verb after it: what follows names the speaker, not a target."""
        word = self.word(i)
        return word in self.g.quote_verbs or (len(word) == 1 and word in cues.CLOSE_QUOTES)

    def predicative(self, t) -> bool:
        """A nominal-looking trigger used as the predicate: 'Indonesia dan Australia sepakat …'."""
        i = t.tok_start - 1
        while i >= self.sent.start and (self.word(i) in self.g.auxiliaries or self.word(i) in self.g.negators):
            i -= 1
        return i >= self.sent.start and i in self.at

    def verb_like(self, i: int) -> bool:
        """An affixed verb the lexicon does not know ('melanjutkan', 'menggelar'), by its prefix."""
        tok = self.doc[i]
        return (tok.is_alpha and tok.is_lower and i not in self.trigger_heads and not self.function_word(tok.lower_)
                and any(tok.lower_.startswith(p) and len(tok.lower_) > len(p) + 3 for p in self.g.verb_prefixes))

    def is_reporting(self, t) -> bool:
        return self.lexicon.is_reporting_verb(self.doc[t.head])

    def is_break(self, i: int) -> bool:
        w = self.word(i)
        if w in self.g.clause_breaks and i + 1 < self.sent.end and self.word(i + 1) in self.g.demonstratives:
            return False  # "sejak itu", "setelah itu": an adverb of time, no new clause
        return w in self.g.clause_breaks or w in self.g.complementizers

    def opening_event_noun(self, noun) -> bool:
        """The event noun opens its clause ('Bantuan Jepang ...', ', bantuan Jepang ...')."""
        before = noun.tok_start - 1
        return before < self.sent.start or self.is_break(before) or self.word(before) == ","

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

    def ceased(self, t) -> bool:
        """The act is what a verb of stopping takes ('mendesak Israel menghentikan serangan terhadap Lebanon',
        'berhenti menyerang'): asked to stop, the addressee is doing it."""
        i = t.tok_start - 1
        return i >= self.sent.start and self.word(i) in self.g.linear.get("cessation_verbs", ())

    def plain_object_after(self, t) -> bool:
        """A noun right after the verb is its object though it names no actor ('AS dan Israel menolak resolusi
        tersebut': they reject the resolution, not each other)."""
        i = t.tok_end
        if i >= self.sent.end:
            return False
        tok = self.doc[i]
        return (tok.is_lower and tok.text.replace("-", "").isalpha() and not self.function_word(tok.lower_)
                and i not in self.trigger_heads)

    def verb_or_trigger(self, i: int) -> bool:
        return self.verbal_trigger_at(i) or self.verb_like(i)

    def says_event(self, i: int) -> bool:
        """'menyampaikan kecaman terhadap', 'menyatakan dukungan kepada', 'mengumumkan sanksi terhadap': a plain
        statement verb whose object is an event noun of another class is a light verb for that event."""
        verb = self.trigger_heads.get(i)
        if verb is None or verb.nominal or verb.code != STATEMENT_ROOT + "0" or verb.tok_end - verb.tok_start > 1:
            return False
        noun = self.trigger_heads.get(verb.tok_end)
        return noun is not None and noun.nominal and noun.tok_start == verb.tok_end and noun.code[:2] != STATEMENT_ROOT

    def verbal_trigger_at(self, i: int) -> bool:
        t = self.trigger_heads.get(i)
        return t is not None and not t.nominal

    # -- argument search -------------------------------------------------------------------------------------------
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
                    and self._only_auxiliaries(i + 1, start)):
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
                if self.lexicon.is_reporting_verb(self.doc[t.head]) and self._only_auxiliaries(t.tok_end, start):
                    # "AS menyatakan mendukung Filipina": a statement verb before the act shares its subject
                    i = t.tok_start - 1
                    continue
                break
            i -= 1
        return [], 0

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

    def _only_auxiliaries(self, lo: int, hi: int) -> bool:
        return all(self.word(k) in self.g.auxiliaries for k in range(lo, hi))

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

    def after_parenthetical(self, i: int) -> int:
        """'Perwakilan Dagang AS (USTR) dan Menteri Keuangan AS': the position after a bracketed abbreviation or
        gloss that follows a name, so that the list goes on after it."""
        if i >= self.sent.end or self.word(i) != "(":
            return i
        for j in range(i + 1, min(self.sent.end, i + PARENTHETICAL_REACH + 2)):
            if self.word(j) == ")":
                return j + 1
        return i

    def before_parenthetical(self, i: int) -> int:
        """The position of the name before a bracketed abbreviation that ends at i (see after_parenthetical)."""
        if i < self.sent.start or self.word(i) != ")":
            return i
        for j in range(i - 1, max(self.sent.start - 1, i - PARENTHETICAL_REACH - 2), -1):
            if self.word(j) == "(":
                return j - 1
        return i

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

    def opens_clause(self, i: int) -> bool:
        """A comma before actors that a predicate follows: 'Korut luncurkan rudal, Jepang dan Korsel protes'."""
        if self.word(i) != ",":
            return False
        j, named = i + 1, False
        while j < self.sent.end:
            m = self.at.get(j)
            if m is not None:
                named, j = True, m.tok_end
            elif self.word(j) in self.g.coordinators and self.word(j) != ",":
                j += 1
            elif self.word(j) in self.g.auxiliaries or self.word(j) in self.g.negators:
                j += 1
            else:
                break
        t = self.trigger_heads.get(j) if named else None
        return t is not None and (not t.nominal or self.predicative(t))

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


def assign_roles(sent: Span, mentions: list[Mention], triggers: list, ctx: SentenceContext) -> list[Frame]:
    g: Grammar = ctx.grammar
    # "Operasi Sindoor", an unknown name the resolver took for an actor: a named operation acts on nobody;
    # "dolar AS" is money
    places = g.linear.get("place_heads", frozenset())
    vessels = g.linear.get("vessel_heads", frozenset())
    mentions = [m for m in mentions
                if not (m.unknown_name and sent.doc[m.tok_start].lower_ in g.non_actor_heads)
                and not (m.tok_start > sent.start and sent.doc[m.tok_start - 1].lower_ in g.currency_words)
                # "Rumah Sakit Indonesia di Beit Lahia" is a hospital, not Indonesia
                and not (m.tok_start > sent.start and sent.doc[m.tok_start - 1].lower_ in places)
                # "membajak kapal Galaxy Leader": a ship's name nobody knows is the ship
                and not (m.unknown_name and m.tok_start > sent.start and sent.doc[m.tok_start - 1].lower_ in vessels)]
    sport = g.sport_words
    if sport and any(tok.lower_ in sport for tok in sent):
        # "Korea Selatan menyerang balik ... dan menyamakan kedudukan melawan Jepang": a match report's attacks,
        # shots and defeats are no use of force
        triggers = [t for t in triggers if t.code[:2] not in FORCEFUL_ROOTS]
    if ctx.headline:
        # "TNI AL dan Angkatan Laut Rusia Gelar Latihan Gabungan Perdana": a title-case run nobody knows that holds
        # a trigger's words is the predicate, not a person's name (the resolver's fix would keep Russia)
        predicate = {k for t in triggers for k in range(t.tok_start, t.tok_end)}
        mentions = [m for m in mentions
                    if not ((m.unknown_name or m.how in ("name", "role")) and m.actor is not None
                            and m.actor.type == "person" and not m.actor.qid
                            and any(k in predicate for k in range(m.tok_start, m.tok_end)))]
    s = _Sentence(sent, mentions, triggers, g)
    s.lexicon = ctx.lexicon
    s.headline = ctx.headline
    nominal_heads = {t.tok_end - 1 for t in triggers if t.nominal and not s.predicative(t)}
    reports: list[tuple[int, list[Mention]]] = _plain_reports(s, triggers, nominal_heads)  # (end of verb, speakers)
    complements = _complements(s, triggers)
    frames: list[Frame] = []
    according = _according_to(s)

    previous: Frame | None = None  # the last active verbal predicate's frame
    last_subjects: list[Mention] = []  # the subject of the last active verbal predicate, with or without a frame
    for t in sorted(triggers, key=lambda t: t.tok_start):
        if id(t) in complements.values():
            continue
        s.trigger_tokens_of_current = set(range(t.tok_start, t.tok_end))
        own = frozenset(w.lower() for w in (t.object_markers or ()))
        markers = own | g.object_markers
        if t.code[:2] in _NO_SOURCE_TARGET_ROOTS:
            markers -= g.source_markers - own
        if t.code[:2] in _NO_TOPIC_TARGET_ROOTS:
            # "menandatangani nota kesepahaman tentang ... pekerja migran Indonesia": what an accord or talks are
            # about names no partner
            markers -= g.topic_markers - own
        reporting = ctx.lexicon.is_reporting_verb(s.doc[t.head])
        frame = _frame_for(s, t, markers, nominal_heads, complement=_by_id(triggers, complements.get(id(t))))
        if reporting:
            speakers, _ = s.subject_left(t.tok_start, nominal_heads)
            if speakers:
                reports.append((t.tok_end, speakers))
                reports.sort(key=lambda r: r[0])
                # "Nauru mengumumkan pemutusan hubungan ... dan beralih mengakui Republik Rakyat China"
                last_subjects = list(speakers)
            # Saying is an event only towards an addressee ("mengatakan kepada NATO"); a speech act with a class
            # of its own ("memperingatkan AS", "menuduh NATO") is one in any case.
            # A phrase that says what was expressed ("menyampaikan terima kasih atas perhatian Indonesia") names
            # whom it concerns with its own markers, as "menyatakan optimisme terhadap" does.
            phrase = len((getattr(t, "pattern", "") or "").split()) > 1 and t.code != STATEMENT_ROOT + "0"
            statement = t.code[:2] == STATEMENT_ROOT and not phrase
            if frame is None and t.code[:2] == STATEMENT_ROOT or frame is not None and statement and not any(
                    s.addressed(o) for o in frame.objects):
                continue  # (an act of another class may still take the last subject: "dan beralih mengakui")
            if s.says_event(t.head):
                continue  # "menyampaikan dukungan kepada Palestina": the support is the event, not the saying
        if previous is not None and _shares_subject(s, previous, t):
            # "Rusia mengecam NATO dan menyerang Ukraina": the second predicate's subject is the first's, not
            # the first's object
            if frame is None:
                objects, distance = s.object_right(t.head + 1, markers)
                frame = Frame(t, list(previous.subjects), objects, distance=distance) if objects else None
            else:
                frame.subjects = list(previous.subjects)
        # ("PBB menuduh Myanmar melakukan pembersihan etnis, tuduhan yang dibantah Naypyidaw": not Myanmar's own)
        frame = _denied_accusation(s, t, frames) or frame
        active_verb = not t.nominal and (t.voice or "active") != "passive"
        if frame is None and active_verb and last_subjects and _continues_predicate(s, t):
            # "Pakistan menyatakan tetap berkomitmen ... dan justru menuduh India ...", "AS akan terus bekerja sama
            # dengan Indonesia, tetapi belum memberi selamat kepada Prabowo": no subject of its own, so the last one
            if not s.subject_left(t.tok_start, nominal_heads)[0]:
                objects, distance = s.object_right(t.head + 1, markers)
                frame = Frame(t, list(last_subjects), objects, distance=distance) if objects else None
        if active_verb:
            here = frame.subjects if frame is not None else s.subject_left(t.tok_start, nominal_heads)[0]
            if here:
                last_subjects = list(here)
        if frame is None:
            continue
        if active_verb:
            previous = frame
        if frame.subjects and frame.subjects[0].tok_start < t.tok_start and s.asked(frame.subjects[0]) \
                and not s.ceased(t):
            continue  # "meminta Rusia menghentikan serangan dan menarik pasukannya": asked, not done
        cstart = cues.clause_start(s.doc, t.tok_start, sent.start, g)
        if cues.obliged_before(s.doc, t.tok_start, cstart, g):
            continue  # what someone must do is their addressee's demand (_obligations), not an act
        frame.negated = cues.negation_before(s.doc, t.tok_start, cstart, g) or (
            # "tidak mungkin dapat melanjutkan dialog": an event noun is negated with the plain verb it is the
            # object of (one that is no trigger itself: "tidak mengecam serangan NATO" does not deny the attack)
            t.nominal and t.tok_start - 1 > cstart and not any(
                o.tok_start <= t.tok_start - 1 < o.tok_end for o in triggers)
            and cues.negation_before(s.doc, t.tok_start - 1, cstart, g))
        frame.modality = cues.modality_before(s.doc, t.tok_start, cstart, g)
        manner_of = t.tok_start - 2  # "tidak akan membalas dengan menaikkan tarif": how a denied act would be done
        if manner_of > cstart and s.word(t.tok_start - 1) in g.manner_markers and s.verb_or_trigger(manner_of):
            frame.negated = frame.negated or cues.negation_before(s.doc, manner_of, cstart, g)
            frame.modality = frame.modality or cues.modality_before(s.doc, manner_of, cstart, g)
        _attribute(frame, t, s, reports, according, ctx)
        frames.append(frame)
    for frame in _mediated_parties(s, triggers, frames):
        _attribute(frame, frame.trigger, s, reports, according, ctx)
        frames.append(frame)
    return frames + _obligations(s, reports, according, ctx) + _reported_violations(s, triggers, reports, according,
                                                                                   ctx, nominal_heads) \
        + _verdicts(s, reports, according, ctx)


PRAISE_CODE, PRAISE_GLOSS = "051", "praise"
BLAME_CODE, BLAME_GLOSS = "111", "criticize"
VERDICT_REACH = 2  # words between the copula and its noun: "adalah saudara dekat", "adalah pihak agresor"


def _verdicts(s: _Sentence, reports, according, ctx: SentenceContext) -> list[Frame]:
    """'"Malaysia adalah saudara dekat kita," kata Prabowo', 'Macron menegaskan bahwa Rusia adalah agresor': a state
    named a friend or an aggressor in someone's words is praised or criticised by them (the nouns and the copulas
    are grammar.toml [linear] data)."""
    words = s.g.linear
    copulas = words.get("copulas", frozenset())
    kinds = ((words.get("praise_nouns", frozenset()), PRAISE_CODE, PRAISE_GLOSS),
             (words.get("blame_nouns", frozenset()), BLAME_CODE, BLAME_GLOSS))
    frames = []
    for k in range(s.sent.start + 1, s.sent.end - 1):
        if s.word(k) not in copulas:
            continue
        noun = next(((j, code, gloss) for j in range(k + 1, min(s.sent.end, k + 1 + VERDICT_REACH))
                     for words, code, gloss in kinds if s.word(j) in words), None)
        i = k - 1
        while i >= s.sent.start and s.word(i) in s.g.auxiliaries and i not in s.at:
            i -= 1
        target = s.at.get(i)
        if noun is None or target is None:
            continue
        region = ctx.quote_at(s.doc[k].idx)
        speakers = [region.speaker] if region is not None else (
            next((sp for end, sp in reversed(reports) if end <= target.tok_start), None) or according)
        if not speakers:
            continue
        j, code, gloss = noun
        trigger = ImpliedTrigger(k, j + 1, j, code, gloss, tokens=(k, j))
        frame = Frame(trigger, list(speakers), s.coordinated_left(target), quote=region is not None)
        frame.features.add("verdict")
        frames.append(frame)
    return frames


def _mediated_parties(s: _Sentence, triggers: list, frames: list[Frame]) -> list[Frame]:
    """'Thailand dan Kamboja menyepakati gencatan senjata setelah pertemuan yang dimediasi Anwar Ibrahim': talks
    mediated by someone, named by a noun that is no actor, were between the parties of the sentence's joint act."""
    out = []
    framed = {id(f.trigger) for f in frames}
    for t in triggers:
        if (id(t) in framed or not t.code.startswith(MEDIATION_CODE) or t.nominal
                or (t.voice or "active") != "passive"):
            continue
        joint = next((f for f in reversed(frames) if "reciprocal" in f.features and f.trigger.tok_start < t.tok_start),
                     None)
        if joint is None:
            continue
        mediators, distance, implicit = s.agent_after(t.tok_end)
        if not mediators or implicit or any(m in joint.subjects for m in mediators):
            continue
        out.append(Frame(t, mediators, list(joint.subjects), distance=distance))
    return out


def _plain_reports(s: _Sentence, triggers: list, nominal_heads: set[int]) -> list[tuple[int, list[Mention]]]:
    """Speech verbs the lexicon codes no event for ('Ia menambahkan, Indonesia akan mendesak ...', 'menilai'): they
    report what follows as their subject's words, as a speech verb with a lexicon row does."""
    inside = {k for t in triggers for k in range(t.tok_start, t.tok_end)}
    out = []
    for k in range(s.sent.start, s.sent.end):
        if k in inside or k in s.at or not s.lexicon.is_reporting_verb(s.doc[k]) or s.word(k) in s.g.according_to:
            continue
        speakers, _ = s.subject_left(k, nominal_heads)
        if speakers:
            out.append((k + 1, speakers))
    return out


def _shares_subject(s: _Sentence, previous: Frame, t) -> bool:
    """A verb right after a conjunction that follows the previous predicate's object is that predicate's twin."""
    if t.nominal or (t.voice or "active") == "passive" or not previous.objects:
        return False
    g = s.g
    i = t.tok_start - 1
    while i >= s.sent.start and (s.word(i) in g.auxiliaries or s.word(i) in g.negators):
        i -= 1
    conjunctions = g.coordinators - g.manner_markers - {","}
    if i < s.sent.start or s.word(i) not in conjunctions:
        return False
    last_object = max(m.tok_end for m in previous.objects)
    return last_object == i and previous.trigger.tok_end <= i


def _denied_accusation(s: _Sentence, t, frames: list[Frame]) -> Frame | None:
    """'India menuding Pakistan mendukung militan, tuduhan yang dibantah Islamabad': the denier answers the
    accuser of the clause the accusation noun sums up."""
    if not t.code.startswith("016") or (t.voice or "active") != "passive":
        return None
    i = t.tok_start - 1
    while i > s.sent.start and s.word(i) != "yang" and s.word(i) in s.g.auxiliaries:
        i -= 1  # "tuduhan yang selalu dibantah Naypyidaw"
    if i - 1 < s.sent.start:
        return None
    noun = s.trigger_heads.get(i - 1)
    if s.word(i) != "yang" or noun is None or not noun.nominal or noun.code[:2] != "11":
        return None
    accusation = next((f for f in reversed(frames) if f.trigger.code[:2] == "11" and not f.trigger.nominal), None)
    if accusation is None:
        return None
    deniers, distance, implicit = s.agent_after(t.tok_end)
    if not deniers or implicit:
        return None
    return Frame(t, deniers, list(accusation.subjects), distance=distance)


def _continues_predicate(s: _Sentence, t) -> bool:
    """A verb right after 'dan'/'serta' or 'tetapi'/'namun' (auxiliaries, negators, a 'secara' adverb and a speech
    verb between: "... serta mengklaim telah menembak jatuh lima jet tempur India")."""
    g = s.g
    i = t.tok_start - 1
    while i >= s.sent.start:
        w = s.word(i)
        speech = s.trigger_heads.get(i)
        if w in g.auxiliaries or w in g.negators:
            i -= 1
        elif i - 1 >= s.sent.start and s.word(i - 1) == "secara":
            i -= 2
        elif speech is not None and not speech.nominal and s.is_reporting(speech) and speech.tok_end == i + 1:
            i = speech.tok_start - 1
        else:
            break
    if i < s.sent.start:
        return False
    w = s.word(i)
    # (a comma: "Korea Utara menembakkan rudal ke Laut Jepang, memicu kecaman dari Tokyo", a clause with no subject
    # of its own after the predicate's says what that subject's act did)
    return w in (g.coordinators - g.manner_markers) or w in g.continuations


def _obligations(s: _Sentence, reports, according, ctx: SentenceContext) -> list[Frame]:
    """'"AS harus berhenti …," kata X' and 'X mengatakan Y harus …': X demands of Y."""
    frames = []
    for k in range(s.sent.start, s.sent.end):
        if s.word(k) not in s.g.obligation:
            continue
        i = k - 1
        while i >= s.sent.start and s.word(i) in s.g.auxiliaries and i not in s.at:
            i -= 1
        target = s.at.get(i)
        if target is None:
            continue
        region = ctx.quote_at(s.doc[k].idx)
        speakers = [region.speaker] if region is not None else None
        if speakers is None:
            speakers = next((sp for end, sp in reversed(reports) if end <= target.tok_start), None) or according
        if not speakers:
            continue
        trigger = ImpliedTrigger(k, k + 1, k, OBLIGATION_CODE, OBLIGATION_GLOSS, tokens=(k,))
        frame = Frame(trigger, list(speakers), s.coordinated_left(target), quote=region is not None)
        frame.features.add("obligation")
        frames.append(frame)
    return frames


def _reported_violations(s: _Sentence, triggers: list, reports, according, ctx: SentenceContext,
                         nominal_heads: set[int]) -> list[Frame]:
    """'X mengatakan, Pakistan telah berulang kali melanggar kesepakatan', '"Tiongkok telah melanggar hukum
    internasional," kata X': a violation told in someone's words is their accusation of the violator (as 'X menuduh
    Y melanggar' is), whether or not the violated thing is an actor."""
    frames = []
    for t in triggers:
        if t.nominal or not t.code.startswith(VIOLATION_CODES) or (t.voice or "active") == "passive":
            continue
        region = ctx.quote_at(s.doc[t.tok_start].idx)
        speakers = [region.speaker] if region is not None else (
            next((sp for end, sp in reversed(reports) if end <= t.tok_start), None) or according
            or _judge(s, t.tok_start, nominal_heads))
        if not speakers:
            continue
        violators, _ = s.subject_left(t.tok_start, nominal_heads)
        if not violators:
            continue
        accusation = ImpliedTrigger(t.tok_start, t.tok_end, t.head, ACCUSATION_CODE, ACCUSATION_GLOSS,
                                    tokens=tuple(range(t.tok_start, t.tok_end)))
        frame = Frame(accusation, list(speakers), violators, quote=region is not None)
        frame.features.add("reported_violation")
        frames.append(frame)
    return frames


def _judge(s: _Sentence, start: int, nominal_heads: set[int]) -> list[Mention]:
    """The subject of a speech or judgement verb the lexicon codes no event for ('Yordania menilai serangan itu
    melanggar ...'), before `start` in its clause."""
    for k in range(start - 1, s.sent.start - 1, -1):
        if s.is_break(k):
            return []
        if k not in s.trigger_heads and s.lexicon.is_reporting_verb(s.doc[k]):
            return s.subject_left(k, nominal_heads)[0]
    return []


def _by_id(triggers: list, ident: int | None):
    return next((t for t in triggers if id(t) == ident), None) if ident is not None else None


def _complements(s: _Sentence, triggers: list) -> dict[int, int]:
    """id(controlling trigger) -> id(its verbal complement), for the CONTROL_ROOTS verbs."""
    verbal = sorted((t for t in triggers if not t.nominal or s.predicative(t)), key=lambda t: t.tok_start)
    out: dict[int, int] = {}
    for a, b in zip(verbal, verbal[1:]):
        if a.code[:2] not in CONTROL_ROOTS or (s.is_reporting(a) and a.code[:2] == STATEMENT_ROOT):
            continue
        between = [s.word(i) for i in range(a.tok_end, b.tok_start)]
        # "siap mengirim putra-putri terbaik bangsa kami untuk menjaga perdamaian dan melindungi rakyat Palestina":
        # a purpose clause of the offered act goes on, its verbs joined by "dan", and is offered with it
        purpose = a.code[:2] in UNASSERTING_ROOTS and any(w in s.g.purpose_markers for w in between) and not any(
            k in s.at and s.word(k) not in s.g.first_person for k in range(a.tok_end, b.tok_start))
        if len(between) > (PURPOSE_REACH if purpose else 8) or any(
                w in s.g.clause_breaks and w not in s.g.purpose_markers for w in between):
            continue
        if _new_subject_between(s, a.tok_end, b.tok_start):
            continue  # "meminta Rusia menghentikan serangan, dan Rusia kemudian menyerang": a clause of its own
        while between and (between[-1] in s.g.auxiliaries or between[-1] in s.g.negators):
            between.pop()  # "... dan justru menuduh", "... dan tidak akan mengirim"
        if between and between[-1] in s.g.coordinators and between[-1] not in s.g.manner_markers and not purpose:
            # "mengecam NATO dan menyerang Ukraina": a second predicate, not a complement; but "menuduh NATO
            # melakukan provokasi dengan menggelar latihan": the manner is part of what is alleged
            continue
        out[id(a)] = id(b)
    return out


def _new_subject_between(s: _Sentence, lo: int, hi: int) -> bool:
    """A conjunction after a word that names no actor, then an actor: 'menghentikan serangan, dan Rusia ...' opens a
    clause with a subject of its own ('meminta Israel dan Hamas ...' only lists addressees)."""
    conjunctions = s.g.coordinators - s.g.manner_markers - {","}
    for j in range(lo + 1, hi):
        if s.word(j) not in conjunctions:
            continue
        before = j - 1 if s.word(j - 1) != "," else j - 2
        if before < lo or before in s.at or s.word(before) == ")":
            continue
        k = j + 1
        while k < hi and (s.word(k) in s.g.auxiliaries or s.word(k) in s.g.demonstratives):
            k += 1
        if k < hi and k in s.at:
            return True
    return False


def _frame_for(s: _Sentence, t, markers: frozenset[str], nominal_heads: set[int], complement=None) -> Frame | None:
    if t.nominal and not s.predicative(t):
        return _nominal_frame(s, t, markers)
    voice = t.voice or "active"
    if voice == "passive":
        patients, dl = s.patient_left(t.tok_start)
        agents, dr, implicit = s.agent_after(t.tok_end)
        if not patients or not agents:
            return None
        return Frame(t, agents, patients, distance=max(dl, dr), implicit_agent=implicit)
    if t.code[:2] == CONSULT_ROOT:
        arrived = _aid_arrives(s, t, markers)
        if arrived is not None:
            return arrived
    subjects, dl = _relative_event_agent(s, t) or s.subject_left(t.tok_start, nominal_heads)
    if t.code[:2] in LOCATIVE_TARGET_ROOTS:
        markers = markers | s.g.locative_markers
    last = s.word(t.tok_end - 1)
    if t.tok_end - t.tok_start > 1 and last in s.g.oblique_markers:
        markers = markers | {last}  # a pattern ending in its own preposition marks its object: "tiba di Beijing"
    # From the head, so that a pattern's object slot is searched too ("menyalahkan * atas serangan").
    objects, dr = s.object_right(t.head + 1, markers, after=t.tok_end)
    if objects and objects[0].tok_start >= t.tok_end and _slot_holds_target(s, t):
        objects, dr = [], 0  # "menyebut serangan itu sebagai pelanggaran terhadap kedaulatan Qatar": Qatar is the victim
    if objects and t.code[:2] == CONSULT_ROOT and not t.code.startswith(MEDIATION_CODE) and \
            _topic_target(s, t, objects[0]):
        objects, dr = [], 0  # "membahas serangan AS terhadap Iran": Iran is the topic's target, not a partner
    partner = frozenset(w.lower() for w in (t.object_markers or ()))
    if objects and t.code[:2] == CONSULT_ROOT and s.word(t.head) in s.g.observing_verbs and partner and \
            not s.marked_by(objects[0], partner):
        # "Keduanya membahas keamanan kawasan dan keketuaan Malaysia di ASEAN": what is discussed names no
        # partner; one is marked ("membahas kerja sama dengan Jepang")
        objects, dr = [], 0
    if not objects and t.code[:2] in CONTROL_ROOTS and t.tok_end < s.sent.end and \
            s.word(t.tok_end) in s.g.purpose_markers:
        # "menyerukan agar kedua negara menahan diri": the appeal's addressee opens the clause it asks for
        # ("meminta agar warganya meninggalkan Iran" asks nothing of Iran)
        addressee = s.mention_in_phrase(t.tok_end + 1)
        if addressee is not None:
            objects, dr = s.coordinated_right(addressee), addressee.tok_start - t.tok_end
    if not objects and complement is not None and not (s.plain_object_after(t) and not s.verb_like(t.tok_end)):
        # ("memperingatkan negara-negara Barat agar tidak mengirim rudal ke Ukraina": the warning is addressed to
        # a noun that names no actor we know; Ukraine is where the missiles would go, not the one warned)
        objects, dr = s.object_right(complement.tok_end, markers)
        dr += complement.tok_end - t.tok_end
    # (the parties' own object, if any, is no actor here, so the no-object condition cannot be checked)
    mutual = is_joint(t) or t.code[:2] in MUTUAL_IF_NO_OBJECT_ROOTS and not s.plain_object_after(t)
    if not objects and len(subjects) > 1 and mutual:
        # "Indonesia dan Australia sepakat", "India dan Pakistan saling tuduh", "... bentrok": they act on each other.
        frame = Frame(t, subjects, list(subjects), distance=dl)
        frame.features.add("reciprocal")
        return frame
    if voice == "object_focus" and not objects:
        # "Moskow mereka kecam": patient, agent, bare verb.
        agent = s.at.get(t.tok_start - 1)
        before = agent.tok_start - 1 if agent is not None else -1
        coordinated = before >= s.sent.start and s.word(before) in s.g.coordinators
        # ("Jepang dan Korsel protes": two subjects of a headline's bare verb, not patient and agent)
        if agent is not None and subjects and subjects[-1] is agent and not coordinated:
            patients, _ = s.patient_left(agent.tok_start)
            if patients:
                return Frame(t, [agent], patients, distance=dl)
    if not subjects or not objects:
        return None
    return Frame(t, subjects, objects, distance=max(dl, dr))


def _relative_event_agent(s: _Sentence, t) -> tuple[list[Mention], int] | None:
    """'mengecam serangan Israel terhadap Rumah Sakit Indonesia di Beit Lahia, ..., yang menewaskan 12 warga
    Palestina': a verb in a relative clause whose antecedent is an event noun of its own class (force: any force)
    has that event's agent as subject."""
    i = t.tok_start - 1
    while i > s.sent.start and s.word(i) != "yang" and (s.word(i) in s.g.auxiliaries or s.word(i) in s.g.negators):
        i -= 1
    if i <= s.sent.start or s.word(i) != "yang":
        return None
    for k in range(i - 1, max(s.sent.start, i - RELATIVE_REACH) - 1, -1):
        if s.is_break(k) or s.verbal_trigger_at(k):
            return None
        noun = s.trigger_heads.get(k)
        if noun is None or not noun.nominal:
            continue
        if not (noun.code[:2] == t.code[:2] or {noun.code[:2], t.code[:2]} <= FORCEFUL_ROOTS):
            return None
        for j in range(noun.tok_end, min(s.sent.end, noun.tok_end + GENITIVE_REACH)):
            m = s.at.get(j)
            if m is not None:
                return (s.coordinated_right(m), t.tok_start - m.tok_end) if not s.preceded_by(
                    m, s.g.oblique_markers) else None
            if s.word(j) in s.g.oblique_markers:
                return None
        return None
    return None


def _slot_holds_target(s: _Sentence, t) -> bool:
    """A row with an object slot inside its words ('tuduh * melakukan agresi', 'sebut * sebagai pelanggaran') and no
    target markers of its own names its target in the slot: a mention after the phrase is someone else."""
    words = (getattr(t, "pattern", "") or "").split()
    interior = "*" in words[1:-1]
    return interior and tuple(t.object_markers or ()) == tuple(getattr(s.lexicon, "default_markers", ()))


def _nominal_frame(s: _Sentence, t, markers: frozenset[str]) -> Frame | None:
    """'serangan Rusia terhadap Ukraina', 'sanksi AS terhadap Rusia', 'tuduhan Rusia bahwa NATO …'."""
    if _unasserted_noun(s, t):
        return None
    by_agent = _nominal_by_agent(s, t, markers) or _aid_from(s, t, markers)
    if by_agent is not None:
        return by_agent
    parties = _talks_between(s, t)
    if parties:
        return _reciprocal(t, parties, 0)
    agents: list[Mention] = []
    for i in range(t.tok_end, min(s.sent.end, t.tok_end + GENITIVE_REACH)):
        if s.word(i) in s.g.oblique_markers and s.word(i) not in s.g.between_markers:
            break  # "kecaman atas serangan Israel": Israel is in the phrase the criticism is about, no genitive
        if s.doc[i].is_punct:
            break  # "Usai pertemuan, Menteri Luar Negeri Sugiono dan ...": the clause's subject, not the noun's
        m = s.at.get(i)
        if m is not None:
            if s.marked_by(m, s.g.between_markers):
                # "perundingan antara Armenia dan Azerbaijan", "bentrokan antara demonstran Serbia dan pasukan
                # penjaga perdamaian NATO": the parties act on each other.
                parties = s.coordinated_right(m)
                return _reciprocal(t, parties, i - t.tok_end) if len(parties) > 1 else None
            if not s.preceded_by(m, s.g.oblique_markers):
                agents = s.coordinated_right(m)
            break
    light = False
    if not agents:
        # "AS dan Tiongkok melanjutkan perundingan dagang": the noun is the object of a verb the lexicon does not
        # know, whose subject is the event's agent.
        verb = t.tok_start - 1
        if verb < s.sent.start or not (s.verb_like(verb) or s.says_event(verb)):
            return None
        if s.word(verb) in s.g.observing_verbs:
            return None  # "Turki menyaksikan serangan terhadap Suriah": watched, not done
        agents, _ = s.subject_left(verb, set())
        light = True
        if agents and s.asked(agents[0]) and not s.ceased(t):
            return None  # "Moskow menuduh Kyiv meningkatkan serangan drone": the accused act is not asserted
    if not agents:
        return None
    # "X berterima kasih kepada Y atas perannya dalam mengakhiri pertempuran": with the agent found left of a
    # plain verb, the target is looked for after the event noun, never back over the verb
    objects, dr = s.object_right(t.tok_end if light else agents[-1].tok_end, markers, require_marker=True)
    after = agents[-1].tok_end
    if not objects and after < s.sent.end and s.word(after) in s.g.complementizers:
        # "tuduhan Rusia bahwa NATO …": the claim is about whoever the complement names first.
        m = s.at.get(after + 1)
        objects, dr = (s.coordinated_right(m), 1) if m is not None else ([], 0)
    if not objects and not light:
        objects, dr = _relative_target(s, t, after, markers)
    if not objects and t.code[:2] in FORCEFUL_ROOTS:
        objects, dr = _casualties(s, t)
    if not objects:
        # "Latihan militer gabungan Amerika Serikat dan Korea Selatan": joint parties with no target; "Kedua
        # pemimpin saling melontarkan kritik": a reciprocal word before the light verb
        mutual = light and _reciprocal_before(s, t.tok_start - 1)
        return _reciprocal(t, agents, 0) if len(agents) > 1 and (is_joint(t) or mutual) else None
    if light and objects == agents:
        return None
    frame = Frame(t, agents, objects, distance=dr)
    frame.features.add("nominal")
    return frame


def _casualties(s: _Sentence, t) -> tuple[list[Mention], int]:
    """'Dua tentara India tewas dalam serangan pasukan Pakistan': those killed or wounded in an attack are its
    target (the casualty words and the links before the attack noun are grammar.toml [linear] data)."""
    i = t.tok_start - 1
    if i > s.sent.start and s.word(i) in s.g.linear.get("casualty_links", ()):
        i -= 1
    while i > s.sent.start and s.word(i) in s.g.auxiliaries:
        i -= 1
    if i <= s.sent.start or s.word(i) not in s.g.linear.get("casualty_words", ()):
        return [], 0
    victims, distance = s.patient_left(i)
    return victims, distance + t.tok_start - i


def _topic_target(s: _Sentence, t, m: Mention) -> bool:
    """The mention follows an event noun after the talks verb and is not marked as a partner by the verb's own
    lexicon markers ('membahas serangan terhadap Iran'; but 'membahas kerja sama dengan Jepang' names the partner)."""
    nouns = [v for v in s.trigger_heads.values() if v.nominal and t.tok_end <= v.tok_start < m.tok_start]
    partner = frozenset(w.lower() for w in (t.object_markers or ()))
    return bool(nouns) and not (partner and s.marked_by(m, partner))


def _unasserted_noun(s: _Sentence, t) -> bool:
    """An event noun that is only offered, asked for or announced ('menawarkan diri menengahi pembicaraan antara Iran
    dan AS', 'menyerukan perundingan antara ...'), or the topic of talks ('perundingan pembebasan sandera antara
    Israel dan Hamas': the talks are the event, not a release)."""
    before = next((v for v in s.trigger_heads.values() if v.tok_end == t.tok_start), None)
    if before is None:
        return _wished_for(s, t)
    if before.nominal:
        return before.code[:2] == CONSULT_ROOT and t.code[:2] != CONSULT_ROOT
    return before.code[:2] in UNASSERTING_ROOTS


def _wished_for(s: _Sentence, t) -> bool:
    """'Indonesia siap berperan dalam mendorong perundingan damai antara Rusia dan Ukraina': an event noun a few plain
    words after an offer, appeal or demand, with no actor between, is what is offered or asked for."""
    i = t.tok_start - 1
    for _ in range(WISH_REACH):
        if i < s.sent.start or i in s.at or s.is_break(i):
            return False
        v = next((u for u in s.trigger_heads.values() if u.tok_end == i + 1), None)
        if v is not None:
            return not v.nominal and v.code[:2] in UNASSERTING_ROOTS
        tok = s.doc[i]
        if not (tok.is_alpha and tok.is_lower):
            return False
        i -= 1
    return False


def _talks_between(s: _Sentence, t) -> list[Mention]:
    """'perundingan pembebasan sandera antara Israel dan Hamas': the parties of a consultation after 'antara', a few
    words of topic between."""
    if t.code[:2] != CONSULT_ROOT:
        return []
    for i in range(t.tok_end, min(s.sent.end, t.tok_end + TOPIC_REACH + 1)):
        if s.is_break(i) or s.verbal_trigger_at(i) or s.word(i) == "," or i in s.at:
            return []
        if s.word(i) in s.g.between_markers:
            m = s.mention_in_phrase(i + 1)
            parties = s.coordinated_right(m) if m is not None else []
            return parties if len(parties) > 1 else []
    return []


def _nominal_by_agent(s: _Sentence, t, markers: frozenset[str]) -> Frame | None:
    """'penahanan 12 nelayan Indonesia oleh otoritas Australia', 'serangan terhadap Ukraina oleh Rusia': an agent
    phrase in the noun's phrase names who acted; the actor after the noun, or the marked one, is the target."""
    target = None
    for i in range(t.tok_end, min(s.sent.end, t.tok_end + MAX_RIGHT)):
        if s.is_break(i) or s.verbal_trigger_at(i) or s.closes_quote(i) or s.word(i) == ",":
            return None
        if s.word(i) in s.g.agent_markers:
            agent = s.mention_in_phrase(i + 1)
            if agent is None or target is None:
                return None
            frame = Frame(t, s.coordinated_right(agent), s.coordinated_right(target), distance=agent.tok_start - t.tok_end)
            frame.features.add("nominal")
            return frame
        m = s.at.get(i)
        if m is not None and target is None:
            governed = s.marked_by(m, markers) or not s.preceded_by(m, s.g.oblique_markers)
            if not governed:
                return None
            target = m
    return None


def _aid_from(s: _Sentence, t, markers: frozenset[str]) -> Frame | None:
    """'bantuan kemanusiaan dari Pemerintah Indonesia untuk korban gempa Myanmar': aid from someone (a source
    marker) to someone marked as its target is the giver's."""
    if t.code[:2] != AID_ROOT:
        return None
    for i in range(t.tok_end, min(s.sent.end, t.tok_end + GENITIVE_REACH)):
        if s.word(i) in s.g.source_markers:
            giver = s.mention_in_phrase(i + 1)
            if giver is None:
                return None
            givers = s.coordinated_right(giver)
            objects, dr = s.object_right(givers[-1].tok_end, markers - s.g.source_markers, require_marker=True)
            if not objects or any(o in givers for o in objects):
                return None
            frame = Frame(t, givers, objects, distance=dr)
            frame.features.add("nominal")
            return frame
        if s.doc[i].is_punct or s.word(i) in s.g.oblique_markers or i in s.at:
            return None
    return None


def _aid_arrives(s: _Sentence, t, markers: frozenset[str]) -> Frame | None:
    """'Bantuan ASEAN dan Indonesia tiba di Myanmar': aid that arrives somewhere is its giver's aid to that place's
    state, no visit by the giver."""
    noun = next((n for n in s.trigger_heads.values() if n.nominal and n.code[:2] == AID_ROOT
                 and n.tok_end <= t.tok_start and t.tok_start - n.tok_end <= GENITIVE_REACH + 4), None)
    if noun is None or s.opening_event_noun(noun) is False:
        return None
    first = next((s.at[j] for j in range(noun.tok_end, min(t.tok_start, noun.tok_end + GENITIVE_REACH))
                  if j in s.at), None)
    if first is None or s.preceded_by(first, s.g.oblique_markers):
        return None
    givers = s.coordinated_right(first)
    after = givers[-1].tok_end
    if not (s.word(after) in markers - s.g.source_markers or s._only_auxiliaries(after, t.tok_start)):
        return None  # the giver's name, then the verb: "Bantuan Jepang (untuk korban gempa di Turki) tiba di Ankara"
    objects, dr = [], 0
    if after < t.tok_start:  # aid "untuk Palestina" that arrives in Egypt is for Palestine
        objects, dr = s.object_right(after, (markers - s.g.source_markers) | s.g.locative_markers,
                                     require_marker=True)
        objects = [o for o in objects if o.tok_end <= t.tok_start]
    if not objects:
        objects, dr = s.object_right(t.head + 1, markers | s.g.locative_markers, after=t.tok_end)
    if not objects or any(o in givers for o in objects):
        return None
    frame = Frame(noun, givers, objects, distance=dr)
    frame.features.add("nominal")
    return frame


def _relative_target(s: _Sentence, t, after: int, markers: frozenset[str]) -> tuple[list[Mention], int]:
    """'serangan udara Israel yang menyasar kompleks permukiman di Doha, Qatar': a verb of the noun's own class
    right after its agent ('yang' and auxiliaries between) names the event's target."""
    verb = next((v for v in s.trigger_heads.values() if not v.nominal and v.tok_start >= after
                 and s._only_auxiliaries(after, v.tok_start)), None)
    if verb is None or not (verb.code[:2] == t.code[:2] or {verb.code[:2], t.code[:2]} <= FORCEFUL_ROOTS):
        return [], 0
    if verb.code[:2] in FORCEFUL_ROOTS:
        markers = markers | s.g.locative_markers
    objects, dr = s.object_right(verb.tok_end, markers)
    return objects, dr + verb.tok_end - after


def _reciprocal_before(s: _Sentence, verb: int) -> bool:
    mutual = getattr(s.lexicon, "reciprocal_before", ())
    i = verb - 1
    while i >= s.sent.start and s.word(i) in s.g.auxiliaries and s.word(i) not in mutual:
        i -= 1
    return i >= s.sent.start and s.word(i) in mutual


def _reciprocal(t, parties: list[Mention], distance: int) -> Frame:
    frame = Frame(t, parties, list(parties), distance=distance)
    frame.features.update({"nominal", "reciprocal"})
    return frame


def _according_to(s: _Sentence) -> list[Mention] | None:
    """'Menurut X, …' puts the whole sentence in X's mouth."""
    for i in range(s.sent.start, min(s.sent.end, s.sent.start + 3)):
        if s.word(i) in s.g.according_to:
            m = s.at.get(i + 1) or s.at.get(i + 2)
            if m is not None:
                return [m]
    return None


def _attribute(frame: Frame, t, s: _Sentence, reports, according, ctx: SentenceContext) -> None:
    """Reported speech and quotes: the claim's source, and first-person pronouns inside a quote."""
    for end, speakers in reports:
        if end <= t.tok_start and not any(sp in frame.subjects for sp in speakers):
            frame.source = speakers[0]
    if frame.source is None and according and according[0] not in frame.subjects:
        frame.source = according[0]
    region = ctx.quote_at(s.doc[t.tok_start].idx)
    if region is not None:
        frame.quote = True
        frame.source = region.speaker
        _speaker_voices_own_side(frame, t, s)
        return
    _speaker_for_own_state(frame, s, reports)


def _speaker_voices_own_side(frame: Frame, t, s: _Sentence) -> None:
    """'"Kami meminta Pakistan ...," ujar Misri', '"Indonesia menyampaikan solidaritas kepada Qatar," ujar Sugiono':
    a statement, appeal, intent, demand, criticism or threat a named official voices for their side is the
    official's own (the convention of devsets/README.md). An unnamed office holder or a body speaking keeps the
    side ('"Kami siap membantu Filipina," kata Menteri Pertahanan Jepang' is Japan's)."""
    speaker = frame.source
    actor = speaker.actor if speaker is not None else None
    if actor is None or actor.type != "person" or speaker.how == "office" or not is_verbal(t.code):
        return
    own = actor.affiliation.key if actor.affiliation is not None else None
    if frame.subjects and all(voices_speakers_side(m, own, s.g.first_person) for m in frame.subjects):
        frame.subjects = [speaker]
        frame.source = None
        frame.features.add("speaker_states")


def _speaker_for_own_state(frame: Frame, s: _Sentence, reports) -> None:
    """'Xi menyatakan bahwa China siap ...', 'Blinken mengatakan, AS mendesak ...': an official who reports what
    their own state does is stating it, so the official is the actor (as the article gold codes it). Only for a bare
    name or metonym of that state opening the reported clause ('delegasi Indonesia akan bertolak' stays the state)."""
    if frame.source is None or frame.source.actor is None or frame.source.actor.type != "person":
        return
    own = frame.source.actor.affiliation
    if own is None or not frame.subjects or not is_verbal(frame.trigger.code):
        return  # ('Hagari mengatakan Israel menyerang markas Hamas': a material act keeps its actor, Hagari the source)
    for end, speakers in reports:
        if frame.source not in speakers or len(speakers) != 1:
            continue
        first = min(m.tok_start for m in frame.subjects)
        between = [s.word(i) for i in range(end, first)]
        if any(w != "," and w not in s.g.complementizers for w in between):
            continue
        own_side = s.g.linear.get("own_side_words", frozenset())
        # a bare name or metonym of the state, or a word for the speaker's own side ("mengatakan pihaknya mengecam")
        if all((m.how == "alias" or m.how == "coref" and m.text.lower() in own_side)
               and m.actor is not None and m.actor.key == own.key for m in frame.subjects):
            frame.subjects = [frame.source]
            frame.source = None
            frame.features.add("speaker_states")
        return
